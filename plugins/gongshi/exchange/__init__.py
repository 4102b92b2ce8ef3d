"""Data in and out: import from Excel/CSV, export in the national exchange format."""
