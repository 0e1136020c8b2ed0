"""Atomic file writing: a reader sees the old file or the new one, never half.

Where the system allows (Linux), the new content is written to an unnamed
file in the target's folder and given a name only once it is complete, so a
process killed mid-write (``kill -9``, a power cut) leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


def _process_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


# Read once, at import: reading the umask means setting it, which is not safe
# once other threads may be creating files.
_UMASK = _process_umask()


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success rename it over ``path``.

    For writers that want a file name rather than a stream (genanki, SQLite).
    If the block raises, the temporary file is removed and ``path`` is untouched.
    The file gets the permissions of the one it replaces, or those a new file
    gets from ``open`` (the temporary file itself is private to its owner).
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    permissions = _permissions(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        os.chmod(tmp, permissions)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", **open_kwargs) -> Iterator[IO]:
    """Open an unnamed file beside ``path`` for writing; on success it replaces ``path``.

    If the block raises, or the process dies inside it, ``path`` is untouched
    and no temporary file is left.
    """
    if "b" not in mode:
        open_kwargs.setdefault("encoding", "utf-8")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(target.parent, os.O_TMPFILE | os.O_WRONLY, 0o600)
    except (AttributeError, OSError):  # no unnamed files here: a named temporary file cleaned up on errors
        with atomic_path(target) as tmp, open(tmp, mode, **open_kwargs) as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        return
    with open(fd, mode, **open_kwargs) as stream:
        yield stream
        stream.flush()
        os.fchmod(fd, _permissions(target))
        os.fsync(fd)
        _link_over(fd, target)


def _link_over(fd: int, target: Path) -> None:
    """Give the unnamed file ``fd`` a temporary name beside ``target``, then rename it over ``target``."""
    # a directory fd makes os.link use linkat(AT_SYMLINK_FOLLOW), which names the unnamed file itself
    fds = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY)
    try:
        for _ in range(100):
            tmp = target.parent / f".{target.name}.{secrets.token_hex(6)}.tmp"
            try:
                os.link(str(fd), tmp, src_dir_fd=fds, follow_symlinks=True)
                break
            except FileExistsError:
                continue
        else:
            raise FileExistsError(f"no free temporary name beside {target}")
    finally:
        os.close(fds)
    try:
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _permissions(target: Path) -> int:
    """The permissions of the file being replaced, or those a new file gets from ``open``."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_UMASK
