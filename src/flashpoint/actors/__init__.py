"""Actor resolution: text mentions -> CAMEO actor codes (``ActorResolver``)."""

from flashpoint.actors.resolve import ActorResolver

__all__ = ["ActorResolver"]
