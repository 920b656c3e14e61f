"""The supervisor's pages: the approval queue (four eyes)."""
