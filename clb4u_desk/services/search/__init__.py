"""Finding customers by name, contact point, reference or invoice."""
