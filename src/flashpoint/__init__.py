"""flashpoint: political event data from news, coded in CAMEO with PLOVER alongside."""

import logging

from flashpoint.types import Actor, ActorMention, Article, Drop, DropReason, Event, Modality, QuadClass

__version__ = "0.1.0"
__all__ = [
    "Actor", "ActorMention", "Article", "Drop", "DropReason", "Event", "Modality", "QuadClass",
    "__version__",
]

logging.getLogger("flashpoint").addHandler(logging.NullHandler())
