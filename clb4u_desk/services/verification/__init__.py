"""Verifying the requester's identity."""
