"""The data copy in the GUI: check, preview and issue (services/copies/service.py does the work)."""
