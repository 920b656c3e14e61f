"""Installable policy files (TOML) turned into domain objects."""
