"""Exchange with spreadsheets and address books: Excel/CSV/vCard import and export."""
