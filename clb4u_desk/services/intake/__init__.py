"""Taking a request in: forms and .eml files."""
