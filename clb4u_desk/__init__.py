"""CLB4U Desk: the privacy-request workbench."""
