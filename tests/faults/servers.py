"""Private Redis and PostgreSQL servers and `helpline serve` processes a fault test may kill.

The shared servers other tests use are never touched: each private one listens on its own free port
with its data in a temporary directory. PostgreSQL refuses to run as root, so when the tests run as
root it runs as the ``postgres`` OS user (``runuser``).
"""

from __future__ import annotations

import asyncio
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, Any

from aiohttp import ClientSession

from tests.servers import free_port

__all__ = ["PrivatePostgres", "PrivateRedis", "ServeProcess", "free_port"]


def _wait_port(port: int, up: bool, within: float = 20.0) -> None:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                if up:
                    return
        except OSError:
            if not up:
                return
        time.sleep(0.05)
    raise RuntimeError(f"port {port} did not go {'up' if up else 'down'} within {within} s")


class PrivateRedis:
    """``redis-server`` without persistence: a restart comes back empty, as a lost Redis would."""

    def __init__(self) -> None:
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="helpline-redis-")
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--dir", self.dir],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        _wait_port(self.port, up=True)

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)
        _wait_port(self.port, up=False)

    def close(self) -> None:
        self.kill()
        shutil.rmtree(self.dir, ignore_errors=True)


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError(f"PostgreSQL's {name} is missing; scripts/test installs PostgreSQL")
    return found[-1]


class PrivatePostgres:
    """A throw-away PostgreSQL cluster (trust auth, fsync off) with one database, ``helpline``."""

    def __init__(self) -> None:
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="helpline-pg-"))
        self.data = self.dir / "data"
        self.log = self.dir / "log"
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            shutil.chown(self.dir, "postgres", "postgres")

    @property
    def url(self) -> str:
        return f"postgresql+asyncpg://postgres@127.0.0.1:{self.port}/helpline"

    def _run(self, *cmd: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self._as_postgres else []
        subprocess.run(
            [*prefix, *cmd], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60
        )

    def init(self) -> None:
        self._run(_pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8")
        self.start()
        self._run(_pg_bin("createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "helpline")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "start")
        _wait_port(self.port, up=True)

    def stop(self, mode: str = "immediate") -> None:
        """``immediate`` is a crash as far as clients can tell: connections drop mid-transaction."""
        self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")
        _wait_port(self.port, up=False)

    def close(self) -> None:
        try:
            self.stop()
        except (subprocess.CalledProcessError, RuntimeError):
            pass
        shutil.rmtree(self.dir, ignore_errors=True)


class ServeProcess:
    """`helpline serve` in its own process; its output goes to a file (a pipe nobody reads could fill)."""

    def __init__(self, env: dict[str, str], port: int | None = None) -> None:
        self.env = env
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self._log = tempfile.NamedTemporaryFile(prefix="helpline-serve-", suffix=".log", delete=False)
        self.process: subprocess.Popen[bytes] | None = None
        self.start()

    def start(self) -> None:
        stderr: IO[Any] = self._log
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "serve"],
            env={**self.env, "HELPLINE_PORT": str(self.port)},
            stdout=stderr,
            stderr=subprocess.STDOUT,
        )

    def output(self) -> str:
        return Path(self._log.name).read_text(errors="replace")[-20000:]

    async def ready(self, http: ClientSession, within: float = 90.0) -> None:
        deadline = time.monotonic() + within  # start-up loads the NLU; allow for a busy machine
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"worker exited: {self.output()}")
            try:
                async with http.get(self.base + "/readyz") as resp:
                    if resp.status == 200:
                        return
            except OSError:
                pass
            await asyncio.sleep(0.1)
        raise RuntimeError(f"worker did not become ready: {self.output()}")

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(10)

    def close(self) -> None:
        self.kill()
        self._log.close()
        Path(self._log.name).unlink(missing_ok=True)
