"""Invented customers for the demo workspace and for benchmarks (nobody real is in here)."""
