from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from dibao_desk.models import load_all

target_metadata = load_all()  # every table, not only those the program has loaded so far


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        url = context.config.get_main_option("sqlalchemy.url")
        if url is None:
            raise RuntimeError("alembic: no connection given and no sqlalchemy.url set")
        engine = create_engine(url)
        with engine.begin() as connection:
            _run(connection)
    else:
        _run(connection)


def _run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


run()
