"""The keywords stage."""
