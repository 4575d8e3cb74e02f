"""The orchestrator: reads like DESIGN.md's pipeline, one call per stage, nothing else.

ingest -> extract -> consolidate -> curate -> (validate) -> write -> render -> publish
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from build_dossier.check import validate_dossier
from build_dossier.consolidate import consolidate
from build_dossier.curate import apply_curation, load_curation, rename_ids
from build_dossier.disagree import with_disagreements
from build_dossier.errors import Abort, Report
from build_dossier.extract import extract_article
from build_dossier.ingest import load_seeds
from build_dossier.ledger import load_ledger, stable_ids, update_ledger
from build_dossier.models import Dossier
from build_dossier.write import data_files, fill_files, replace_dir, write_data

Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


@dataclass(frozen=True, kw_only=True)
class Paths:
    """Where a dossier's inputs and outputs live (defaults: relative to the project directory)."""

    seeds: Path = Path("seeds")
    data: Path = Path("data")
    curation: Path | None = None
    """The curation file; default `<seeds>/curation.yaml`."""
    config: Path = Path("mkdocs.yml")
    site: Path = Path("site")
    templates: Path = Path("templates")

    @property
    def curation_file(self) -> Path:
        return self.curation if self.curation is not None else self.seeds / "curation.yaml"


def extract_dossier(
    paths: Paths, report: Report, progress: Progress = _quiet, ledger: tuple[dict, ...] | None = None
) -> Dossier:
    """seeds (+ sidecars, + curation) -> the curated dossier, in memory. Nothing is written.

    `ledger` is the previous build's ledger (read from data/ when not given)."""
    curation = load_curation(paths.curation_file, report)
    articles = load_seeds(paths.seeds, report)
    progress(f"ingest: {len(articles)} articles from {paths.seeds}")
    extractions = []
    for n, article in enumerate(articles, 1):
        extractions.append(extract_article(article, curation.knowledge))
        progress(f"extract: [{n}/{len(articles)}] {article.path}")
    for ex in extractions:
        for where, message in ex.warnings:
            report.warn(where.path, where.line, message)
    dossier = consolidate(extractions, curation.knowledge)
    # ids the previous build published stay with the same things (before the curation, whose ids
    # are the published ones)
    previous = load_ledger(paths.data) if ledger is None else ledger
    dossier = rename_ids(dossier, stable_ids(dossier, previous))
    progress("consolidate: done")
    dossier = apply_curation(dossier, curation, report)
    return with_disagreements(dossier, curation.raw)


def with_ledger(dossier: Dossier, previous: tuple[dict, ...]) -> Dossier:
    """The dossier plus the next ledger of issued ids (data/ledger.yaml)."""
    extra = dict(dossier.extra)
    extra["ledger"] = update_ledger(previous, dossier)
    return replace(dossier, extra=extra)


def prepare_data(
    paths: Paths, report: Report, *, strict: bool = False, progress: Progress = _quiet
) -> Dossier:
    """seeds -> the validated dossier with its ledger, in memory; `Abort` on any problem."""
    ledger = load_ledger(paths.data)  # read once: stable ids and the next ledger come from it
    dossier = extract_dossier(paths, report, progress, ledger)
    dossier = with_ledger(dossier, ledger)
    report.extend(validate_dossier(dossier))
    if report.errors or (strict and report.warnings):
        raise Abort(report.errors + (report.warnings if strict else []))
    return dossier


def extract_to_data(
    paths: Paths, report: Report, *, strict: bool = False, progress: Progress = _quiet
) -> Dossier:
    """seeds -> data/*.yaml. Writes nothing if any input or output problem was found."""
    dossier = prepare_data(paths, report, strict=strict, progress=progress)
    write_data(dossier, paths.data)
    progress(f"write: {paths.data}/")
    return dossier


def build(paths: Paths, report: Report, *, strict: bool = False, progress: Progress = _quiet) -> Dossier:
    """Everything: seeds -> data/ -> pages -> site/.

    data/ is written to a temporary sibling, the site is built from it, and data/ is swapped in only
    after the site was: a build that fails (or is killed) before that leaves both as they were.
    """
    from build_dossier.publish import publish, source_date_epoch

    dossier = prepare_data(paths, report, strict=strict, progress=progress)
    files = data_files(dossier)

    def fill(tmp_data: Path) -> None:
        fill_files(tmp_data, files)
        progress(f"publish: building {paths.site}/ with MkDocs")
        for message in publish(paths.config, paths.site, data_dir=tmp_data, strict=strict):
            report.warn(str(paths.config), 0, f"mkdocs: {message}")

    with source_date_epoch(dossier_epoch(dossier)):
        replace_dir(paths.data, fill)
    progress(f"write: {paths.data}/")
    return dossier


def dossier_epoch(dossier: Dossier) -> int:
    """A build timestamp that depends only on the inputs: midnight UTC of the newest publication date."""
    import datetime as dt

    from build_dossier import edtf

    days = [
        s["published"]
        for s in dossier.sources
        if s.get("published") and edtf.precision(s["published"]) == "day"
    ]
    if not days:
        return 0
    newest = dt.date.fromisoformat(max(days))
    return int(dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.UTC).timestamp())


def summary(dossier: Dossier) -> str:
    """`5 sources · N events · N quotes · N people · N organisations · N agreements · N places`."""
    people = sum(1 for a in dossier.actors if a.get("kind") == "person")
    orgs = len(dossier.actors) - people
    return (
        f"{len(dossier.sources)} sources · {len(dossier.events)} events · {len(dossier.quotes)} quotes · "
        f"{people} people · {orgs} organisations · {len(dossier.agreements)} agreements · "
        f"{len(dossier.places)} places"
    )
