"""pgdecl: keep a PostgreSQL database equal to a YAML description of it."""

__version__ = "0.1.0"
