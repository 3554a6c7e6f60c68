"""Importable helpers for tests (``from tests.helpers import make_id``)."""

from tests.conftest import make_id, simple_draft  # noqa: F401
