"""The county office's side of the exchange: where a township's case and a warning typed in at
the county stand. Stable codes (stored, and shown through ``messages.exchange``)."""

from __future__ import annotations

from enum import StrEnum


class CountyCaseStatus(StrEnum):
    """A township's case received for the county's approval (县民政局审批)."""

    AWAITING = "awaiting"  # 待审批
    DECIDED = "decided"  # 已审批, not yet in a decisions package
    SENT = "sent"  # 已下发 to the township
    # 乡镇已终止: absent from a newer cases package of its township (the package lists every case
    # still awaiting the county), so the township ended it; never decided nor sent
    ENDED = "ended"


class CountyWarningStatus(StrEnum):
    """A cross-check warning typed in at the county for a township."""

    PENDING = "pending"  # not yet in a warnings package
    SENT = "sent"


def office_title(county_name: str, name: str) -> str:
    """An office as a title names it: 德安县示例镇, but 德安县民政局 (not 德安县德安县民政局)."""
    if county_name and not name.startswith(county_name):
        return f"{county_name}{name}"
    return name
