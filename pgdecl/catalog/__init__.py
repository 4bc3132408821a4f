"""Catalog model and introspection."""
