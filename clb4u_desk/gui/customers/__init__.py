"""The Customers page: customer search, linking a case to its subject, the record profile."""
