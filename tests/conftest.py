"""Shared fixtures: the sample dossier built once per test session with the real CLI and MkDocs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT_INPUTS = ("mkdocs.yml", "docs", "templates", "seeds")


def copy_project(dest: Path) -> Path:
    """A copy of the project's inputs (not its outputs) in `dest`."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_INPUTS:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name)
        elif src.exists():
            shutil.copy2(src, dest / name)
    return dest


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """Run `python -m build_dossier ARGS` in `cwd`, as a user would (without an inherited
    SOURCE_DATE_EPOCH, so the tests see the product's own reproducibility)."""
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    return subprocess.run(
        [sys.executable, "-m", "build_dossier", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )


@pytest.fixture(scope="session")
def built_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample dossier built with `build-dossier build --strict` into a temporary project folder."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    result = run_cli(project, "build", "--strict")
    if result.returncode != 0:
        pytest.fail(f"build failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    project.joinpath("build-output.txt").write_text(result.stdout + result.stderr, encoding="utf-8")
    return project
