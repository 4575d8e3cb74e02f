"""`build-dossier serve`: a live preview that rebuilds when a seed changes (real server on loopback)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import copy_project


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(predicate, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.5)
    return False


def test_serve_rebuilds_when_a_seed_is_added(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    proc = subprocess.Popen(
        [sys.executable, "-m", "build_dossier", "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert _wait_for(lambda: (_get(base + "sources/") or "") != "", 60), "server did not start"
        assert "a-new-article" not in (_get(base + "sources/") or "")
        (project / "seeds" / "a_new_article.txt").write_text(
            "Harbour reopens after storm\n\nThe harbour of Port Elin reopened on 4 March 2022, the port "
            "authority said.\n",
            encoding="utf-8",
        )
        assert _wait_for(lambda: "a-new-article" in (_get(base + "sources/") or ""), 60)
        assert (project / "data" / "sources.yaml").read_text(encoding="utf-8").count("a-new-article") >= 1
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_serve_on_a_bad_or_busy_address_is_one_line_and_exit_2(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    project = copy_project(tmp_path)
    result = run_cli(project, "serve", "-a", "nonsense")
    assert result.returncode == 2
    assert result.stderr.strip() == "--dev-addr:0: 'nonsense' is not HOST:PORT (e.g. 127.0.0.1:8000)"
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run_cli(project, "serve", "-q", "-a", f"127.0.0.1:{port}")
    assert result.returncode == 2
    assert "cannot serve on" in result.stderr and "Traceback" not in result.stderr


def test_sigterm_stops_serve_and_removes_its_temporary_site(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    port = _free_port()
    temp = tmp_path / "tmp"
    temp.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "build_dossier", "serve", "-q", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        env={**__import__("os").environ, "TMPDIR": str(temp)},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert _wait_for(lambda: (_get(f"http://127.0.0.1:{port}/") or "") != "", 60)
        assert list(temp.glob("dossier-serve-*"))
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    assert not list(temp.glob("dossier-serve-*"))
