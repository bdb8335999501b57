"""The meetings stage."""
