"""Everything CLB4U holds about one customer, per data category."""
