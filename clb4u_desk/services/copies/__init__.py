"""The data copy: PDF and machine-readable export."""
