"""Comparators: two catalogs in, operations out."""
