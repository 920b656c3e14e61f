"""Importing customer records from CSV files."""
