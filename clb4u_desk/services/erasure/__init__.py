"""Erasure with four eyes: plan, execute, certify, purge, replay."""
