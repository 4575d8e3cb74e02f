"""The command line as a user runs it: help everywhere, exit codes, one-line errors, no traceback."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import copy_project, run_cli

COMMANDS = ["build", "extract", "render", "check", "serve"]


def test_top_level_help_lists_every_command(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s+\S", result.stdout, re.M), command


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(tmp_path: Path, command: str) -> None:
    result = run_cli(tmp_path, command, "--help")
    assert result.returncode == 0
    assert f"usage: build-dossier {command}" in result.stdout
    assert "--strict" in result.stdout and "--debug" in result.stdout


def test_extract_options_match_the_design(tmp_path: Path) -> None:
    out = run_cli(tmp_path, "extract", "--help").stdout
    assert "--seeds DIR" in out and "--data DIR" in out


def test_bad_sidecar_is_one_line_with_path_and_line_and_exit_2(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    sidecar = project / "seeds" / "002_fd68ee673bc3184e.meta.yaml"
    sidecar.write_text("outlet: Trend\npublished: 2020-02-30\n", encoding="utf-8")
    for command in ("extract", "check"):
        result = run_cli(project, command, "--quiet")
        assert result.returncode == 2, (command, result.stderr)
        assert "Traceback" not in result.stderr
        assert re.search(r"seeds/002_fd68ee673bc3184e\.meta\.yaml:2: .*2020-02-30", result.stderr), (
            result.stderr
        )
    assert not (project / "data").exists(), "nothing may be written on bad input"


def test_sidecar_without_article_is_an_error(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "seeds" / "orphan.meta.yaml").write_text("outlet: X\n", encoding="utf-8")
    result = run_cli(project, "check")
    assert result.returncode == 2
    assert "seeds/orphan.meta.yaml:" in result.stderr


def test_check_passes_on_the_sample_project_after_extract(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    assert run_cli(project, "extract", "--quiet").returncode == 0
    result = run_cli(project, "check")
    assert result.returncode == 0, result.stderr


def test_check_reports_a_broken_data_file_with_its_line(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    assert run_cli(project, "extract", "--quiet").returncode == 0
    events = project / "data" / "events.yaml"
    text = events.read_text(encoding="utf-8")
    events.write_text(text.replace("date: '", "date: 'not-a-date", 1), encoding="utf-8")
    result = run_cli(project, "check")
    assert result.returncode == 2
    assert re.search(r"data/events\.yaml:\d+: ", result.stderr), result.stderr
    assert "Traceback" not in result.stderr


def test_render_writes_markdown_pages_for_review(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    assert run_cli(project, "extract", "--quiet").returncode == 0
    result = run_cli(project, "render", "--out", "pages")
    assert result.returncode == 0, result.stderr
    assert (project / "pages" / "chronology" / "index.md").is_file()
    site_name = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8").split("\ntheme:")[0])[
        "site_name"
    ]
    assert site_name in (project / "pages" / "index.md").read_text(encoding="utf-8")
    assert list((project / "pages" / "events").glob("*.md"))
    assert not list((project / "docs").rglob("events")), "generated pages never go into docs/"


def test_failed_build_keeps_previous_data(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    assert run_cli(project, "extract", "--quiet").returncode == 0
    before = {p.name: p.read_bytes() for p in (project / "data").glob("*.yaml")}
    (project / "seeds" / "001_188add32cb956324.meta.yaml").write_text("outlet: [unclosed\n", encoding="utf-8")
    result = run_cli(project, "extract", "--quiet")
    assert result.returncode == 2
    after = {p.name: p.read_bytes() for p in (project / "data").glob("*.yaml")}
    assert after == before


def test_internal_error_has_no_traceback_without_debug(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "templates").rename(project / "templates-gone")
    assert run_cli(project, "extract", "--quiet").returncode == 0
    result = run_cli(project, "render")
    assert result.returncode in (1, 2)
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_flags_before_the_command_are_honoured(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    (project / "seeds" / "empty.txt").write_text("", encoding="utf-8")  # a warning: skipped article
    assert run_cli(project, "extract", "-q").returncode == 0
    assert run_cli(project, "--strict", "extract", "-q").returncode == 2
    assert run_cli(project, "extract", "--strict", "-q").returncode == 2


def test_check_reports_a_stale_curation_decision_and_strict_fails(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    curation = project / "seeds" / "curation.yaml"
    text = curation.read_text(encoding="utf-8")
    line = text.count("\n") + 2
    curation.write_text(
        text + "reject:\n  - {kind: events, id: 2099-01-01-no-such-event}\n", encoding="utf-8"
    )
    result = run_cli(project, "check")
    assert result.returncode == 0
    assert f"seeds/curation.yaml:{line}: warning: events '2099-01-01-no-such-event' no longer exists" in (
        result.stderr
    )
    assert run_cli(project, "check", "--strict").returncode == 2
    assert curation.read_text(encoding="utf-8").endswith("no-such-event}\n"), "check never writes"


def test_render_without_data_is_an_error(tmp_path: Path) -> None:
    project = copy_project(tmp_path)
    result = run_cli(project, "render", "--data", "missing")
    assert result.returncode == 2
    assert result.stderr.strip() == "missing:0: data folder not found: run `build-dossier extract` first"


@pytest.mark.parametrize(
    ("entry", "words"),
    [
        ("{kind: events, id: x, field: sources, choose: x}", "'sources' is not a value sources disagree on"),
        ("{kind: agreements, id: a, field: date, choose: 1066}", "1066 is not a valid EDTF date"),
        ("{kind: events, id: x, field: id, choose: zzz}", "'id' is not a value sources disagree on"),
    ],
)
def test_a_bad_disagreement_choice_is_an_error_at_its_line(tmp_path: Path, entry: str, words: str) -> None:
    project = copy_project(tmp_path)
    curation = project / "seeds" / "curation.yaml"
    text = curation.read_text(encoding="utf-8")
    line = text.count("\n") + 2
    curation.write_text(text + f"disagreements:\n  - {entry}\n", encoding="utf-8")
    result = run_cli(project, "extract", "-q")
    assert result.returncode == 2
    assert f"seeds/curation.yaml:{line}: disagreements[0]: {words}" in result.stderr
    assert not (project / "data").exists()
