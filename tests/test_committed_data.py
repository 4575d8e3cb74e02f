"""The committed data/ is what the code makes of seeds/ today (so its diff in a review is real)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import ROOT, copy_project, run_cli


def test_committed_data_is_up_to_date(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "data").mkdir()
    shutil.copy2(ROOT / "data" / "ledger.yaml", project / "data" / "ledger.yaml")
    result = run_cli(project, "extract", "--quiet")
    assert result.returncode == 0, result.stderr
    stale = [
        f.name
        for f in sorted((ROOT / "data").glob("*.yaml"))
        if (project / "data" / f.name).read_bytes() != f.read_bytes()
    ]
    assert not stale, f"data/ is stale ({', '.join(stale)}): run `build-dossier extract` and commit data/"
