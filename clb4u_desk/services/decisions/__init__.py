"""Rectification, restriction, objection, consent and refusal decisions."""
