"""Accounts: creating users, signing in, listing."""
