"""Exception tree and the FPxxx message catalogue.

Codes are grouped by hundreds per stage: FP1 config and input, FP2 actors, FP3 coding,
FP4 geo, FP5 store, FP6 evaluation.
"""

from __future__ import annotations


class FlashpointError(Exception):
    """Base of every error flashpoint raises on purpose; ``str(e)`` is one line."""


class ConfigError(FlashpointError):
    """Bad configuration or wiring (a missing model, an unreadable dictionary)."""


class InputError(FlashpointError):
    """An input file or record that cannot be read."""


class StageError(FlashpointError):
    """A stage failed on data it should have handled."""


class StoreError(FlashpointError):
    """The database or an output file cannot be written or read."""


class UnknownCodeError(FlashpointError, KeyError):
    """A CAMEO code that is not in the packaged tables."""

    def __str__(self) -> str:  # KeyError quotes its argument; keep one plain line
        return str(self.args[0]) if self.args else ""
