"""A throwaway PostgreSQL server on a free loopback port, and fresh databases on it, for the benchmarks and the tests.

Started with ``initdb`` (trust authentication, no fsync), from Debian's ``/usr/lib/postgresql/*/bin``;
``scripts/setup.sh --dev`` installs it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

POSTGRES_BIN = sorted(Path("/usr/lib/postgresql").glob("*/bin"))


class PostgresUnavailable(RuntimeError):
    """PostgreSQL is not installed, or its server did not start."""


@contextlib.contextmanager
def throwaway_server() -> Iterator[str]:
    """Run a PostgreSQL server for the ``with`` block; yields its URL without a database name."""
    if not POSTGRES_BIN:
        raise PostgresUnavailable("PostgreSQL is not installed: scripts/setup.sh --dev installs it")
    bin_dir = POSTGRES_BIN[-1]
    folder = Path(tempfile.mkdtemp(prefix="quizgen-postgres-"))
    run_as = []
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root: run it as Debian's postgres user
        shutil.chown(folder, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    data = folder / "data"
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off "
               "-c max_connections=200")
    try:
        subprocess.run([*run_as, bin_dir / "initdb", "-D", data, "-U", "quizgen", "--auth=trust", "-E", "UTF8",
                        "--no-sync"], check=True, capture_output=True)
        subprocess.run([*run_as, bin_dir / "pg_ctl", "-D", data, "-l", folder / "server.log", "-o", options, "-w",
                        "start"], check=True, capture_output=True)
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise PostgresUnavailable(f"PostgreSQL did not start: {exc.stderr.decode(errors='replace').strip()}") from None
    try:
        yield f"postgresql://quizgen@127.0.0.1:{port}"
    finally:
        subprocess.run([*run_as, bin_dir / "pg_ctl", "-D", data, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def new_database(server: str, prefix: str = "quizgen_bench") -> str:
    """Create an empty database on ``server``; return its URL."""
    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"
