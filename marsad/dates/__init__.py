"""The dates stage."""
