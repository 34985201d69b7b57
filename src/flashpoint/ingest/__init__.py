"""Input readers: plain text, JSON Lines and CSV files, directories and standard input.

``read_inputs`` yields cleaned ``Article`` s and, for inputs that cannot be read, ``Drop`` s
with a reason; it never raises on bad data.
"""

from flashpoint.ingest.read import read_inputs

__all__ = ["read_inputs"]
