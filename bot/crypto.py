"""Encryption at rest of what people write, with keys from the environment and rotation.

Keys: ``HELPLINE_DATA_KEYS`` is a comma-separated list of Fernet keys (``helpline keys generate``
prints one). The first key encrypts; every key decrypts (cryptography's ``MultiFernet``), so a new key
is put first, the service restarted, and ``helpline keys rotate`` re-encrypts every row with it; then
the old key can go. Zero-config default: without the variable, the service generates a key file
(``HELPLINE_DATA_KEY_FILE``, ``./var/data-keys``, mode 0600) on its first run and warns once. A dump
of the database alone then still reveals nothing readable; a backup must keep the key file apart.

Why a process-wide keyring: columns are SQLAlchemy ``TypeDecorator`` types (``EncryptedText``,
``EncryptedJSON``), so call sites stay unchanged. A type is bound when the models are imported and
cannot receive a key through the engine, so the application installs the keyring for its lifetime
(``using_keyring``), CLI commands once (``install_keyring``), and tests their own. Code that never
installs one (a CLI command, a test of the store alone) gets the default key file's keyring.

Lookups without plaintext: a value the service must find by equality (a Telegram chat id, a WhatsApp
number: ``conversations.external_id``, ``outbox.chat_id``) is a ``SearchableText`` column, encrypted
deterministically with AES-SIV under a key derived (HKDF) from the current data key. Equal values give
equal ciphertexts, so ``WHERE external_id = :id`` and unique constraints work unchanged, with the
parameter encrypted on its way in. This is a blind index and the encrypted value in one column: it
reveals which rows share a chat id, nothing else. Each ciphertext names its key (``det1:<kid>:``);
after a key change the service re-encrypts these columns at start-up (``reseal_lookups``, small:
one row per chat) before it serves, so lookups never miss a row written under an older key.

Stored values start with ``enc1:`` (random, Fernet) or ``det1:`` (deterministic). A value without
either is legacy plaintext (rows written before migration 0005): it is read as it is and encrypted by
``keys rotate``.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
import logging
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy import Text
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from .errors import ConfigError

__all__ = [
    "DEFAULT_KEY_FILE",
    "PREFIX",
    "EncryptedJSON",
    "EncryptedText",
    "Keyring",
    "SearchableText",
    "current_keyring",
    "generate_key",
    "install_keyring",
    "keyring_from",
    "using_keyring",
]

log = logging.getLogger(__name__)

PREFIX = "enc1:"
DET_PREFIX = "det1:"
DEFAULT_KEY_FILE = Path("var/data-keys")


def generate_key() -> str:
    return Fernet.generate_key().decode("ascii")


def _derive(key: bytes, info: bytes, length: int) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=None, info=info).derive(
        base64.urlsafe_b64decode(key)
    )


class Keyring:
    """Data keys, newest first: encrypt, decrypt, rotate one value, and blind indexes."""

    def __init__(self, keys: Sequence[str]) -> None:
        cleaned = [k.strip() for k in keys if k.strip()]
        if not cleaned:
            raise ConfigError("HELPLINE_DATA_KEYS: at least one key is needed")
        try:
            self._fernets = [Fernet(k.encode("ascii")) for k in cleaned]
        except (ValueError, UnicodeEncodeError):
            raise ConfigError(
                "HELPLINE_DATA_KEYS: (hidden) is not a list of Fernet keys; "
                "`helpline keys generate` makes one"
            ) from None
        self._multi = MultiFernet(self._fernets)
        raw = [k.encode("ascii") for k in cleaned]
        self._index_keys = [_derive(k, b"helpline blind index v1", 32) for k in raw]
        self._sivs = {
            hmac.new(ik, b"key id", hashlib.sha256).hexdigest()[:8]: AESSIV(_derive(k, b"siv v1", 64))
            for k, ik in zip(raw, self._index_keys, strict=True)
        }
        self.kid = next(iter(self._sivs))

    @classmethod
    def parse(cls, raw: str) -> Keyring:
        return cls(raw.split(","))

    def __len__(self) -> int:
        return len(self._fernets)

    def encrypt(self, value: str) -> str:
        return PREFIX + self._fernets[0].encrypt(value.encode("utf-8")).decode("ascii")

    def decrypt(self, stored: str) -> str:
        if not stored.startswith(PREFIX):
            return stored  # legacy plaintext, encrypted by `keys rotate`
        try:
            return self._multi.decrypt(stored[len(PREFIX) :].encode("ascii")).decode("utf-8")
        except InvalidToken:
            raise ConfigError("a stored value does not decrypt with any key in HELPLINE_DATA_KEYS") from None

    def is_current(self, stored: str) -> bool:
        """Encrypted with the first (current) key."""
        if not stored.startswith(PREFIX):
            return False
        try:
            self._fernets[0].decrypt(stored[len(PREFIX) :].encode("ascii"))
        except InvalidToken:
            return False
        return True

    def rotate(self, stored: str) -> str:
        """The same value encrypted with the current key (plaintext gets encrypted)."""
        if self.is_current(stored):
            return stored
        return self.encrypt(self.decrypt(stored))

    def seal(self, value: str) -> str:
        """Deterministic encryption with the current key: equal values, equal ciphertexts."""
        sealed = self._sivs[self.kid].encrypt(value.encode("utf-8"), None)
        return f"{DET_PREFIX}{self.kid}:{base64.urlsafe_b64encode(sealed).decode('ascii')}"

    def unseal(self, stored: str) -> str:
        if not stored.startswith(DET_PREFIX):
            return stored  # legacy plaintext
        kid, _, body = stored[len(DET_PREFIX) :].partition(":")
        siv = self._sivs.get(kid)
        if siv is None:
            raise ConfigError("a stored chat id was sealed with a key that is not in HELPLINE_DATA_KEYS")
        try:
            return siv.decrypt(base64.urlsafe_b64decode(body), None).decode("utf-8")
        except InvalidToken:
            raise ConfigError("a stored chat id does not decrypt with its key") from None

    def current_seal_prefix(self) -> str:
        return f"{DET_PREFIX}{self.kid}:"

    def blind(self, value: str) -> str:
        return hmac.new(self._index_keys[0], value.encode("utf-8"), hashlib.sha256).hexdigest()

    def blinds(self, value: str) -> list[str]:
        return [hmac.new(k, value.encode("utf-8"), hashlib.sha256).hexdigest() for k in self._index_keys]


_installed: Keyring | None = None
_defaults: dict[Path, Keyring] = {}  # by the key file's absolute path


def install_keyring(keyring: Keyring) -> None:
    """Make ``keyring`` the one every encrypted column uses (called once at start-up)."""
    global _installed
    _installed = keyring


@contextlib.contextmanager
def using_keyring(keyring: Keyring) -> Iterator[Keyring]:
    """Install a keyring for a block (an app's lifetime, a test), then put the previous one back."""
    global _installed
    previous = _installed
    _installed = keyring
    try:
        yield keyring
    finally:
        _installed = previous


def current_keyring() -> Keyring:
    if _installed is not None:
        return _installed
    return keyring_from("", DEFAULT_KEY_FILE)


def keyring_from(keys: str, key_file: str | Path) -> Keyring:
    """The keyring of the settings: HELPLINE_DATA_KEYS, or else the key file (made when missing)."""
    if keys.strip():
        return Keyring.parse(keys)
    path = Path(key_file).absolute()
    if path not in _defaults:
        _defaults[path] = _file_keyring(path)
    return _defaults[path]


def _file_keyring(path: Path) -> Keyring:
    created = _ensure_key_file(path)
    if created:
        log.warning(
            "no HELPLINE_DATA_KEYS set: generated a data key in %s (mode 0600); "
            "keep it apart from database backups, or set HELPLINE_DATA_KEYS",
            path,
        )
    return Keyring.parse(path.read_text(encoding="ascii").strip().replace("\n", ","))


def _ensure_key_file(path: Path) -> bool:
    """Create the key file atomically (two processes starting together agree on one key)."""
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".data-keys-")
    try:
        os.fchmod(fd, 0o600)
        os.write(fd, (generate_key() + "\n").encode("ascii"))
        os.fsync(fd)
        os.close(fd)
        try:
            os.link(tmp, path)  # fails if another process made it first
        except FileExistsError:
            return False
        return True
    finally:
        os.unlink(tmp)


class EncryptedText(TypeDecorator[str]):
    """A text column stored encrypted with the current keyring."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else current_keyring().encrypt(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else current_keyring().decrypt(value)


class SearchableText(TypeDecorator[str]):
    """A text column encrypted deterministically, so equality lookups and unique constraints work."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else current_keyring().seal(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else current_keyring().unseal(value)


class EncryptedJSON(TypeDecorator[Any]):
    """A JSON value (dict, list) stored as encrypted text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return current_keyring().encrypt(json.dumps(value, ensure_ascii=False, separators=(",", ":")))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, str):  # a JSON column not yet migrated
            return value
        return json.loads(current_keyring().decrypt(value))
