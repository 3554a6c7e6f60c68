"""Reading packages fast must not change what is read: several sheets parsed at once give the
same rows and checksum, and the cycle collector is on again after every import."""

from __future__ import annotations

import gc
import threading

import pytest

from dibao_desk.exchange import package as pkg

A = pkg.SheetSpec("甲", (pkg.Column("id", "编号", pkg.ID), pkg.Column("money", "金额", pkg.MONEY)))
B = pkg.SheetSpec("乙", (pkg.Column("id", "编号", pkg.ID), pkg.Column("text", "内容"),
                        pkg.Column("n", "数", pkg.INT)))


def write(path, a_rows, b_rows):
    return pkg.write_package(path, kind="roster", direction="up", township_code="360426100000",
                             township_name="德安镇", county_name="德安县", sequence=1, period="2026-11",
                             sheets=[pkg.SheetData(A, a_rows), pkg.SheetData(B, b_rows)])


def test_two_sheets_come_back_in_order_with_their_checksum(tmp_path):
    a_rows = [(f"{i:06d}", 100 * i + i % 7) for i in range(3000)]
    b_rows = [(f"{i:06d}", "=1" if i % 50 == 0 else f"第{i}行\t带制表符" if i % 97 == 0 else f"第{i}行", i)
              for i in range(5000)]
    written = write(tmp_path / "p.xlsx", a_rows, b_rows)
    back = pkg.read_package(tmp_path / "p.xlsx", specs={"甲": A, "乙": B})
    assert back.manifest.sha256 == written.manifest.sha256
    assert [(r["id"], r["money"]) for r in back.sheets["甲"]] == a_rows
    assert [(r["id"], r["text"], r["n"]) for r in back.sheets["乙"]] == b_rows


def test_collector_is_on_after_reading_and_after_a_refusal(tmp_path):
    assert gc.isenabled()
    write(tmp_path / "p.xlsx", [("1", 100)], [("1", "甲", 1)])
    pkg.read_package(tmp_path / "p.xlsx")
    assert gc.isenabled()
    (tmp_path / "bad.xlsx").write_bytes(b"not a workbook")
    with pytest.raises(pkg.PackageError):
        pkg.read_package(tmp_path / "bad.xlsx")
    assert gc.isenabled()


def test_overlapping_pauses_in_two_threads_leave_the_collector_on():
    inside, release = threading.Event(), threading.Event()

    def other():
        with pkg.gc_paused():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=other)
    with pkg.gc_paused():
        t.start()
        inside.wait(5)
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread is still in its pause
    release.set()
    t.join(5)
    assert gc.isenabled()


def test_cycles_made_during_a_pause_are_still_collected_afterwards():
    """The objects made during a pause go to the oldest generation when it ends, not out of
    the collector's reach: a reference cycle made then is freed by a later collection."""
    import weakref

    class Node:
        pass

    with pkg.gc_paused():
        a, b = Node(), Node()
        a.other, b.other = b, a
        alive = weakref.ref(a)
    assert gc.isenabled() and gc.get_freeze_count() == 0
    del a, b
    assert alive() is not None  # a cycle: reference counting alone cannot free it
    gc.collect()
    assert alive() is None
