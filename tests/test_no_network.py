"""soilkit opens no network connection: every command runs with sockets blocked.

The commands run in this process (through typer's test runner) with the socket API replaced by
a tripwire; the worker processes they fork inherit it, and a tripped wire there surfaces as an
error for that file, so the exit codes below would change.
"""

from __future__ import annotations

import json
import socket

import pytest
from conftest import CORPUS, SAMPLES
from typer.testing import CliRunner

from soilkit.cli import app

REPORT = str(SAMPLES / "seed-report.txt")
SESSIONS = str(SAMPLES / "seed-session-page.txt")


class NetworkUsed(AssertionError):
    pass


@pytest.fixture()
def no_network(monkeypatch):
    attempts: list[str] = []

    def trip(name):
        def blocked(*args, **kwargs):
            attempts.append(name)
            raise NetworkUsed(f"soilkit tried to use the network: {name}{args[1:2]}")
        return blocked

    for name in ("connect", "connect_ex", "sendto", "send", "bind"):
        monkeypatch.setattr(socket.socket, name, trip(f"socket.{name}"))
    # socketpair stays: multiprocessing talks to its workers over an unnamed local pair.
    for name in ("create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, trip(name))
    return attempts


def _invoke(*args: str):
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout


def test_every_command_runs_without_the_network(no_network, tmp_path):
    pdf = CORPUS / "pdf" / "jp-kanpo-official-gazette-page.pdf"
    inputs = [REPORT, SESSIONS] + ([str(pdf)] if pdf.is_file() else [])
    code, out = _invoke("extract", *inputs, "-f", "json", "--jobs", "2")
    assert code == 0, out
    assert len(json.loads(out)) == len(inputs)
    code, _ = _invoke("extract", *inputs, "--out-dir", str(tmp_path / "out"))
    assert code == 0 and len(list((tmp_path / "out").iterdir())) == len(inputs)
    for fmt in ("yaml", "jsonl", "csv", "table"):
        assert _invoke("extract", REPORT, "-f", fmt)[0] == 0
    code, out = _invoke("refs", *inputs, "-f", "json")
    assert code == 0 and all("error" not in r for r in json.loads(out))
    assert _invoke("refs", *inputs, "--group", "-f", "csv")[0] == 0
    assert _invoke("show", REPORT)[0] == 0
    assert _invoke("show", SESSIONS, "--type", "sessions")[0] == 0
    code, out = _invoke("check", *inputs, "-f", "json")
    assert code in (0, 1) and all(r["schema"] != "soilkit/error/1" for r in json.loads(out))
    assert _invoke("schema")[0] == 0
    assert no_network == []


def test_the_tripwire_works(no_network):
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))
    assert no_network == ["create_connection"]
