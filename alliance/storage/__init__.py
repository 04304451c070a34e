"""Data on S3-compatible object storage (issue 24): the bucket is the truth, each replica serves a verified local
mirror of it (see mirror.py for why a mirror and not reads over HTTP)."""
