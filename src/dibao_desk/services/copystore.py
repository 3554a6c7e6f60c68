"""``copy-store``: move an existing store (a SQLite file) into an empty PostgreSQL database, for
a county that starts working with several clerks. Nothing is written unless the copy verifies:
rows per table and a checksum per table (``models.copy``), then the audit chain on the target.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import OperationalError

from dibao_desk.domain.problems import Problem, RuleError
from dibao_desk.models import audit as audit_rows
from dibao_desk.models import copy as store_copy
from dibao_desk.models.store import (
    current_revision, head_revision, is_server_url, make_engine, make_server_engine, masked,
    password_refusal, unreachable, upgrade,
)
from dibao_desk.domain import audit_chain


@dataclass(frozen=True)
class CopyResult:
    target: str  # the URL without password
    tables: tuple[store_copy.TableCopy, ...]
    audit_rows: int

    @property
    def rows(self) -> int:
        return sum(t.target_rows for t in self.tables)


def copy_store(source: str | Path, target: str, *, password: str | None = None,
               on_table: Callable[[str, int], None] | None = None) -> CopyResult:
    """Copy the store in the SQLite file ``source`` into the PostgreSQL database ``target``
    (which must hold no data), verify it, and commit. RuleError when refused or when the copy
    does not verify (the target is then left as it was); StoreError when the server cannot be
    reached or wants a password."""
    path = Path(source)
    if not is_server_url(target):
        raise RuleError(Problem("copy.target_not_server", "to"))
    if not path.is_file():
        raise RuleError(Problem("copy.source_missing", "from", {"path": str(path)}))
    src_engine = make_engine(path)
    dst_engine = None
    try:
        try:
            revision = current_revision(src_engine)
        except Exception:
            revision = None
        if revision is None:
            raise RuleError(Problem("copy.source_not_store", "from", {"path": str(path)}))
        if revision != head_revision():
            raise RuleError(Problem("copy.source_old", "from", {"path": str(path), "revision": revision}))
        dst_engine = make_server_engine(target, password)
        url = masked(target)
        try:
            upgrade(dst_engine)  # the schema, in its own transaction (a no-op when it is there)
        except OperationalError as exc:
            refusal = password_refusal(exc, url)
            if refusal is not None:
                raise refusal from None
            raise unreachable(url, exc) from None
        with src_engine.connect() as src, dst_engine.begin() as dst:
            used = store_copy.first_data_table(dst)
            if used is not None:
                raise RuleError(Problem("copy.target_not_empty", "to", {"url": url, "table": used[0], "rows": used[1]}))
            checks = store_copy.copy_all(src, dst, on_table)
            problems = [Problem("copy.count_mismatch", "", {"table": c.name, "source": c.source_rows,
                                                             "target": c.target_rows})
                        for c in checks if c.source_rows != c.target_rows]
            problems += [Problem("copy.checksum_mismatch", "", {"table": c.name, "source": c.source_sha256[:16],
                                                                 "target": c.target_sha256[:16]})
                         for c in checks if c.source_rows == c.target_rows and c.source_sha256 != c.target_sha256]
            if problems:
                raise RuleError(problems)  # leaving the block rolls the target back
            report = audit_chain.verify(audit_rows.stored_rows(dst), audit_rows.head(dst))
            if not report.ok:
                raise RuleError(Problem("copy.audit_chain", "", {"url": url}))
        return CopyResult(url, tuple(checks), report.rows)
    finally:
        src_engine.dispose()
        if dst_engine is not None:
            dst_engine.dispose()
