"""The built analyzer kept on disk between starts, under a key made of everything it is built from.

Building the analyzer (phrase rules, language ID, intent model and the statistical net over some 11,000
labelled messages) takes seconds of pure Python; loading what a build made takes a fraction of that. The
key is a SHA-256 over the Python version, the net switch and every file under nlu/ that the build can
read or run (its code and nlu/data, reports and READMEs left out), so any change to a phrase, an example
or the code makes a new key and a fresh, deterministic build: the cache never changes an answer, only
how soon the first one comes.

Where: HELPLINE_NLU_CACHE (a directory, or off/0/false/no to build every time); by default
$XDG_CACHE_HOME/helpline/nlu or ~/.cache/helpline/nlu. A file is a pickle, so it is trusted only when this
user owns it and no one else can write it or its folder (the folder is made 0700, files 0600); anything
else, or a file that does not load, is ignored and rebuilt. Writes go to a temporary file renamed into
place, so workers starting together never read half a file; the newest KEEP files are kept.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import pickle
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

__all__ = ["KEEP", "cache_dir", "cached", "fingerprint"]

log = logging.getLogger(__name__)
NLU_DIR = Path(__file__).resolve().parent
KEEP = 4
_OFF = frozenset({"0", "false", "no", "off"})
_SKIP_DIRS = frozenset({"reports", "__pycache__"})
_T = TypeVar("_T")


def cache_dir(configured: str | None = None) -> Path | None:
    """The cache's folder (``configured``, else HELPLINE_NLU_CACHE, else the default), or None when off."""
    if configured is None:
        configured = os.environ.get("HELPLINE_NLU_CACHE", "")
    configured = configured.strip()
    if configured.lower() in _OFF:
        return None
    if configured:
        return Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
    return Path(base) / "helpline" / "nlu"


def _sources(root: Path) -> list[Path]:
    found = []
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d not in _SKIP_DIRS and not d.startswith("."))
        found += [Path(directory) / f for f in files if not f.endswith((".md", ".pyc"))]
    return sorted(found)


def fingerprint(variant: str, root: Path = NLU_DIR) -> str:
    """SHA-256 of the Python version, ``variant`` and every file the build may read under ``root``."""
    digest = hashlib.sha256(f"{sys.version}\0{variant}\0".encode())
    for path in _sources(root):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _trusted(path: Path) -> bool:
    """Owned by this user, and neither the file nor its folder writable by anyone else."""
    if not hasattr(os, "getuid"):
        return True
    for item in (path.parent, path):
        info = item.stat()
        if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
            return False
    return True


def _load(path: Path) -> object | None:
    try:
        if not path.is_file():
            return None
        if not _trusted(path):
            log.warning("nlu cache %s: not owned by this user or writable by others; building anew", path)
            return None
        with path.open("rb") as handle:
            data = handle.read()
        enabled = gc.isenabled()
        gc.disable()  # hundreds of thousands of new objects, none of them garbage: no collections meanwhile
        try:
            return pickle.loads(data)  # noqa: S301 - our own file, checked above
        finally:
            if enabled:
                gc.enable()
    except Exception as exc:  # a truncated, stale or foreign file: build instead
        log.warning("nlu cache %s unreadable (%s); building anew", path, type(exc).__name__)
        return None


def _store(directory: Path, path: Path, value: object) -> None:
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=".build-", suffix=".tmp")  # mode 0600
        try:
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        old = sorted(directory.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]
        for stale in old:
            stale.unlink(missing_ok=True)
    except OSError as exc:  # a read-only home, a full disk: the build is still good
        log.warning("nlu cache not written to %s (%s)", directory, type(exc).__name__)


def cached(variant: str, build: Callable[[], _T], kind: type[_T], configured: str | None = None) -> _T:
    """What ``build()`` returns, loaded from the cache when a build of the same inputs is there
    (``configured``: the folder or "off", as HELPLINE_NLU_CACHE, which it overrides)."""
    directory = cache_dir(configured)
    if directory is None:
        return build()
    path = directory / f"{variant}-{fingerprint(variant)}.pickle"
    value = _load(path)
    if isinstance(value, kind):
        return value
    value = build()
    _store(directory, path, value)
    return value
