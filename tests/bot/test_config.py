"""Configuration: read once, documented everywhere it is used, and refused clearly when wrong."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.config import VARIABLES, ConfigError, Settings

ROOT = Path(__file__).resolve().parents[2]
HELPLINE = [sys.executable, "-m", "bot.cli"]


def test_defaults_are_the_embedded_ones() -> None:
    s = Settings.from_env({}, dotenv=None)
    assert (s.host, s.port) == ("127.0.0.1", 8080)
    assert s.database_url.startswith("sqlite+aiosqlite:///./var/")
    assert s.redis_url == ""


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("HELPLINE_PORT", "eighty"),
        ("HELPLINE_PORT", "70000"),
        ("DATABASE_URL", "mysql://x"),
        ("REDIS_URL", "http://x"),
        ("HELPLINE_AUTO_MIGRATE", "maybe"),
        ("RASA_URL", "ftp://rasa"),
    ],
)
def test_a_bad_value_names_the_variable(name: str, value: str) -> None:
    with pytest.raises(ConfigError) as err:
        Settings.from_env({name: value}, dotenv=None)
    assert str(err.value).startswith(f"{name}=")


def test_secret_values_are_not_echoed() -> None:
    with pytest.raises(ConfigError) as err:
        Settings.from_env({"DATABASE_URL": "postgres://admin:hunter2@db/x"}, dotenv=None)
    assert "hunter2" not in str(err.value)


def test_dotenv_is_read_and_the_environment_wins(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("# comment\nHELPLINE_PORT=9001\nexport WEBCHAT_TTL_HOURS='5'\n", encoding="utf-8")
    assert Settings.from_env({}, dotenv=env).port == 9001
    assert Settings.from_env({}, dotenv=env).webchat_ttl_hours == 5
    assert Settings.from_env({"HELPLINE_PORT": "9002"}, dotenv=env).port == 9002
    env.write_text("NOT A PAIR\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\.env:1"):
        Settings.from_env({}, dotenv=env)


def test_bad_value_stops_serve_with_one_clear_line(tmp_path: Path) -> None:
    env = {**os.environ, "HELPLINE_PORT": "not-a-port"}
    result = subprocess.run(
        [*HELPLINE, "serve"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "HELPLINE_PORT" in lines[0]


def test_every_variable_is_documented_in_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- variables:start -->")[1].split("<!-- variables:end -->")[0]
    generated = subprocess.run(
        [*HELPLINE, "config", "docs"], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert table.strip() == generated.strip(), "README is stale: paste `helpline config docs` into it"
    for var in VARIABLES:
        assert f"`{var.name}`" in table


def test_compose_file_parses_and_names_variables_consistently() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) >= {"app", "postgres", "redis"}
    known = {var.name for var in VARIABLES}
    app_env = services["app"]["environment"]
    unknown = set(app_env) - known
    assert not unknown, f"compose sets variables the app does not read: {unknown}"
    for name in ("DATABASE_URL", "REDIS_URL"):
        assert name in app_env
    pg = services["postgres"]["environment"]
    database_url = app_env["DATABASE_URL"]
    assert database_url.startswith("postgresql+asyncpg://")
    assert f"{pg['POSTGRES_USER']}:" in database_url and database_url.endswith(f"/{pg['POSTGRES_DB']}")
    assert "@postgres:5432/" in database_url and app_env["REDIS_URL"].startswith("redis://redis:6379")
    for name, service in services.items():
        assert "healthcheck" in service, f"{name} has no healthcheck"
    assert set(compose["volumes"]) == {"postgres-data", "redis-data"}
    referenced = set(re.findall(r"\$\{(\w+)", (ROOT / "docker-compose.yml").read_text(encoding="utf-8")))
    assert referenced <= known | {"POSTGRES_PASSWORD"}
    # Settings parse what compose passes.
    resolved = {k: re.sub(r"\$\{\w+:-([^}]*)\}", r"\1", str(v)) for k, v in app_env.items()}
    Settings.from_env(resolved, dotenv=None)
