"""Storage of coded articles, events and drops (DuckDB, one file, no server)."""

from flashpoint.store.duckdb import EventStore

__all__ = ["EventStore"]
