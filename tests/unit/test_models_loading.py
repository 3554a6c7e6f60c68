"""The model modules load when needed (dibao_desk.models): each one, loaded alone in a fresh
interpreter, brings the tables its foreign keys name and its mappers configure, so a command
that loads only some of them writes and reads them as when every model was loaded."""

from __future__ import annotations

import subprocess
import sys

import pytest

from dibao_desk import models
from tests.unit.test_main import _env

_ALONE = """
import importlib, sys
from sqlalchemy.orm import configure_mappers
from dibao_desk.models.base import Base
importlib.import_module(sys.argv[1])
configure_mappers()
for table in Base.metadata.tables.values():
    for fk in table.foreign_keys:
        fk.column  # raises when the table it names is not loaded
print(" ".join(sorted(Base.metadata.tables)))
"""


@pytest.mark.parametrize("module", sorted(models.MODULES))
def test_a_model_module_loaded_alone_brings_the_tables_its_foreign_keys_name(module):
    done = subprocess.run([sys.executable, "-c", _ALONE, f"dibao_desk.models.{module}"], capture_output=True,
                          text=True, env=_env(), timeout=120)
    assert done.returncode == 0, done.stderr
    assert {getattr(models, name).__tablename__ for name in models.MODULES[module]} <= set(done.stdout.split())


def test_every_name_the_package_gives_is_its_model_and_load_all_knows_every_table():
    metadata = models.load_all()
    for module, names in models.MODULES.items():
        for name in names:
            cls = getattr(models, name)
            assert cls.__module__ == f"dibao_desk.models.{module}"
            assert cls.__table__ is metadata.tables[cls.__tablename__]
    assert set(models.__all__) == {"Base", *(n for names in models.MODULES.values() for n in names)}
    with pytest.raises(AttributeError):
        models.NoSuchModel  # noqa: B018


def test_importing_a_roster_loads_only_the_models_and_services_it_writes_with(ctx, tmp_path):
    """A county's roster import (a process of its own, as an office runs it) does not build the
    models of payrolls, recoveries, the registers or the county's tables, nor load the backup."""
    from tests.exchange.roster_samples import messy_roster

    path = messy_roster(tmp_path / "花名册.xlsx")
    data = ctx.data_dir
    ctx.close()
    code = ("import sys; from dibao_desk.main import main; code = main(sys.argv[1:]); "
            "print(' '.join(sorted(m for m in sys.modules if m.startswith('dibao_desk.'))))")
    done = subprocess.run([sys.executable, "-c", code, "--data-dir", str(data), "import-roster", str(path)],
                          capture_output=True, text=True, env=_env(), timeout=300)
    assert done.returncode == 0, done.stderr
    assert "导入完成" in done.stdout
    loaded = set(done.stdout.split())
    assert {"dibao_desk.models.household", "dibao_desk.models.roster", "dibao_desk.models.audit"} <= loaded
    for unneeded in ("models.payroll", "models.recovery", "models.registers", "models.exchange",
                     "models.household_files", "models.assistance", "services.recovery", "services.backup",
                     "services.restore", "services.reviews_lists"):
        assert f"dibao_desk.{unneeded}" not in loaded, unneeded
