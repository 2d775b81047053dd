"""The school server's migrations run offline: Alembic writes the SQL (from the server's
revision to this Senim's), and desktop/server/schema.py runs it inside its own transaction,
with the rest of setting up or upgrading a server (all of it, or none)."""

from alembic import context


def run_migrations() -> None:
    if not context.is_offline_mode():
        raise RuntimeError("the server's migrations run as SQL (desktop/server/schema.py)")
    context.configure(dialect_name="postgresql", literal_binds=True, transactional_ddl=False,
                      version_table="alembic_version", version_table_schema="senim",
                      output_buffer=context.config.attributes["buffer"])
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
