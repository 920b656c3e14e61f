"""The data copy in the GUI: check, preview and issue (services/copies.py does the work)."""
