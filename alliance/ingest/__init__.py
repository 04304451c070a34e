"""Real data in: submission workbooks written by the app, read safely, validated, published as a snapshot."""
from .pipeline import Result, UsageError, ingest
from .templates import export_workbooks, workbook_bytes

__all__ = ["Result", "UsageError", "export_workbooks", "ingest", "workbook_bytes"]
