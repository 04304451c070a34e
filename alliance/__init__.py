"""Shenyang Modern Metropolitan Area Inspection and Testing Alliance dashboard: data access, charts, i18n, ingest."""
