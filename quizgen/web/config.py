"""Configuration from the environment, with safe defaults.

``DATABASE_URL``   any SQLAlchemy URL (default: SQLite in ``instance/quizgen.sqlite3``)
``SECRET_KEY``     signs the learner cookie (default: generated once into ``instance/secret_key``)
``QUIZGEN_DECKS``  the folder of deck YAML files imported on start (default: ``<project>/decks``)
``QUIZGEN_INSTANCE`` the folder for the default database, the secret key and the kept Anki downloads
                   (default: ``<project>/instance``)
``SESSION_COOKIE_SECURE`` ``1`` behind HTTPS: browsers then send the learner cookie over HTTPS only (default: ``0``)
"""

from __future__ import annotations

import os
import secrets
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def instance_folder() -> Path:
    """Where the default SQLite database, the generated secret key and the kept Anki downloads live."""
    return Path(os.environ.get("QUIZGEN_INSTANCE") or PROJECT_ROOT / "instance")


def settings_from_environment(instance_path: Path) -> dict:
    """The app's settings, read from the environment."""
    return {
        "DATABASE_URL": os.environ.get("DATABASE_URL") or f"sqlite:///{instance_path / 'quizgen.sqlite3'}",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or None,
        "QUIZGEN_DECKS": os.environ.get("QUIZGEN_DECKS") or str(PROJECT_ROOT / "decks"),
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": environment_flag("SESSION_COOKIE_SECURE"),
        "PERMANENT_SESSION_LIFETIME": 365 * 24 * 3600,
        "SESSION_REFRESH_EACH_REQUEST": False,  # the learner cookie is set once, not re-signed on every page
        "WTF_CSRF_TIME_LIMIT": None,  # a question left open overnight can still be answered
        "MAX_CONTENT_LENGTH": 64 * 1024,
    }


def environment_flag(name: str) -> bool:
    """An on/off setting from the environment: 1, true, yes or on; 0, false, no, off or unset."""
    value = os.environ.get(name, "").strip().lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("", "0", "false", "no", "off"):
        return False
    raise ValueError(f"{name} must be 1 or 0, found {os.environ[name]!r}")


def instance_secret_key(instance_path: Path) -> str:
    """The secret key stored in ``instance/secret_key``, generated on first use.

    Created with O_EXCL so that several workers starting together agree on one key.
    """
    path = instance_path / "secret_key"
    instance_path.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        key = ""
        for _ in range(50):  # the creator may not have written it yet
            key = path.read_text(encoding="ascii").strip()
            if key:
                break
            time.sleep(0.02)
        if not key:
            raise RuntimeError(f"{path} is empty: delete it and start again") from None
        return key
    key = secrets.token_hex(32)
    with os.fdopen(fd, "w", encoding="ascii") as stream:
        stream.write(key + "\n")
    return key
