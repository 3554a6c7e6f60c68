"""A township's villages (村) and communities (社区): stable codes, and what a name says."""

from __future__ import annotations

from enum import StrEnum


class VillageKind(StrEnum):
    VILLAGE = "village"  # 村
    COMMUNITY = "community"  # 社区


def kind_of_name(name: str) -> VillageKind:
    """The kind a new place's name gives it: 'XX社区' is a community, any other name a village."""
    return VillageKind.COMMUNITY if name.endswith("社区") else VillageKind.VILLAGE
