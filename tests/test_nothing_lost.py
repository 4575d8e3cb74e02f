"""Nothing lost (issue 5): outputs are replaced only by a whole successful build; inputs are never written;
two builds with the same inputs give identical bytes."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import copy_project, run_cli


def digest(root: Path) -> dict[str, str]:
    """Relative path -> SHA-256 of every file under `root` (symlinks not followed)."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def inputs_state(project: Path) -> dict[str, tuple[str, int]]:
    """Content and mtime of every input file (seeds, curation, templates, docs, mkdocs.yml)."""
    out = {}
    for name in ("seeds", "templates", "docs", "mkdocs.yml"):
        root = project / name
        files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
        for p in files:
            out[p.relative_to(project).as_posix()] = (
                hashlib.sha256(p.read_bytes()).hexdigest(),
                p.stat().st_mtime_ns,
            )
    return out


@pytest.fixture()
def built(tmp_path: Path) -> Path:
    project = copy_project(tmp_path / "project")
    result = run_cli(project, "build")
    assert result.returncode == 0, result.stderr
    return project


def test_build_never_writes_its_inputs(built: Path) -> None:
    before = inputs_state(built)
    result = run_cli(built, "build")
    assert result.returncode == 0, result.stderr
    assert inputs_state(built) == before
    assert sorted(p.name for p in built.iterdir()) == [
        "data",
        "docs",
        "mkdocs.yml",
        "seeds",
        "site",
        "templates",
    ]


def test_two_builds_give_identical_bytes(tmp_path: Path) -> None:
    first = copy_project(tmp_path / "one")
    second = copy_project(tmp_path / "two")
    env_epoch = {"SOURCE_DATE_EPOCH": "1600000000"}
    for project in (first, second):
        result = subprocess.run(
            [sys.executable, "-m", "build_dossier", "build"],
            cwd=project, capture_output=True, text=True, timeout=600, env={**os.environ, **env_epoch},
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        time.sleep(1.1)  # a timestamp in the output would differ
    assert digest(first / "data") == digest(second / "data")
    assert digest(first / "site") == digest(second / "site")


def test_a_failing_build_leaves_data_and_site_intact(built: Path) -> None:
    """A new article is extracted fine but the site build fails (broken template): nothing changes."""
    before = {d: digest(built / d) for d in ("data", "site")}
    extra = built / "seeds" / "zz_new.txt"
    extra.write_text(
        "Bridge reopens after repairs\n\nOfficials in Lisbon said on 3 June 2021 that the bridge reopened.\n",
        encoding="utf-8",
    )
    template = built / "templates" / "event.md.j2"
    template.write_text(template.read_text(encoding="utf-8") + "\n{% if %}\n", encoding="utf-8")
    result = run_cli(built, "build")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert {d: digest(built / d) for d in ("data", "site")} == before
    assert not [p.name for p in built.iterdir() if p.name.startswith(".")]


def test_a_strict_failure_writes_nothing(built: Path) -> None:
    before = {d: digest(built / d) for d in ("data", "site")}
    (built / "seeds" / "scan.txt").write_bytes(b"%PDF-1.4\n binary")
    result = run_cli(built, "build", "--strict")
    assert result.returncode == 2
    assert {d: digest(built / d) for d in ("data", "site")} == before


@pytest.mark.parametrize("delay", [0.3, 0.9, 1.5])
def test_a_killed_build_leaves_the_previous_output(built: Path, delay: float) -> None:
    """SIGKILL at several points of a build: data/ and site/ are the previous ones, whole; the
    next build removes any leftover temporary directory."""
    before = {d: digest(built / d) for d in ("data", "site")}
    (built / "seeds" / "zz_new.txt").write_text(
        "Bridge reopens after repairs\n\nOfficials in Lisbon said on 3 June 2021 that the bridge reopened.\n",
        encoding="utf-8",
    )
    proc = subprocess.Popen([sys.executable, "-m", "build_dossier", "build", "-q"], cwd=built)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    after = {d: digest(built / d) for d in ("data", "site")}
    if proc.returncode == -signal.SIGKILL:
        assert after == before or (
            # killed after the swap: then the output is the new build, whole
            after["site"] != before["site"] and (built / "site" / "index.html").exists()
        )
    leftovers = [p.name for p in built.iterdir() if p.name.startswith(".")]
    assert all(n.startswith((".data-", ".site-")) for n in leftovers), leftovers
    result = run_cli(built, "build")
    assert result.returncode == 0, result.stderr
    assert not [p.name for p in built.iterdir() if p.name.startswith(".")]
