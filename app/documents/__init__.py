"""Documents: the PDFs Comptoir prints (customer file, dashboard report, quote, call list)."""
