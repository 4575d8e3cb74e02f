"""Links that never break: every URL and chronology anchor of a build still resolves after the dossier
changes (new articles, a removed article, curator merges), directly or by redirect; and a rebuild with
the same inputs changes no byte of data/. Real CLI (`python -m build_dossier build --strict`) and real
MkDocs, on a copy of the project.

The two new articles in tests/fixtures/url_ledger/ are hand-written for this test (fictional outlets).
"""

from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

import pytest
import yaml

from tests.conftest import ROOT, copy_project, run_cli

NEW_ARTICLES = ROOT / "tests" / "fixtures" / "url_ledger"
SECTIONS = ("events", "people", "organisations", "agreements", "places", "sources")
REMOVED_SEED = "002_fd68ee673bc3184e"


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.refresh: str | None = None
        self.canonical: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(str(a["id"]))
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            self.refresh = re.sub(r"^\d+;\s*url=", "", a.get("content") or "")
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def build(project: Path) -> str:
    result = run_cli(project, "build", "--strict")
    assert result.returncode == 0, f"build failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout + result.stderr


def published_urls(site: Path) -> set[str]:
    """`events/<id>/` ... for every item page of the site."""
    return {
        f"{section}/{page.parent.name}/"
        for section in SECTIONS
        for page in (site / section).glob("*/index.html")
    }


def chronology_anchors(project: Path) -> set[str]:
    events = yaml.safe_load((project / "data" / "events.yaml").read_text(encoding="utf-8")) or []
    ids = parse(project / "site" / "chronology" / "index.html").ids
    anchors = {e["id"] for e in events}
    assert anchors <= ids  # the first build has every event's anchor
    return anchors


def resolve(site: Path, url: str, hops: int = 0) -> tuple[str, Path]:
    """(final URL, page) of a site URL, following meta refresh redirects."""
    page = site / url / "index.html"
    assert page.exists(), f"{url} does not exist"
    refresh = parse(page).refresh
    if refresh is None:
        return url, page
    assert hops < 3, f"redirect loop at {url}"
    target = str(PurePosixPath(url) / refresh)
    target = str(PurePosixPath(*[p for p in PurePosixPath(target).parts])).replace("\\", "/")
    normalised = []
    for part in target.split("/"):
        if part == "..":
            normalised.pop()
        elif part not in ("", "."):
            normalised.append(part)
    return resolve(site, "/".join(normalised) + "/", hops + 1)


def load(project: Path, name: str) -> list[dict]:
    return yaml.safe_load((project / "data" / f"{name}.yaml").read_text(encoding="utf-8")) or []


def pick_merges(project: Path) -> list[dict]:
    """Two curator merges chosen from what the first build produced: two events citing the same
    article, and two organisations (the curator decides they are one)."""
    removed = REMOVED_SEED.replace("_", "-")
    by_source: dict[str, list[str]] = {}
    for event in load(project, "events"):
        if all(c["source"] != removed for c in event["sources"]):
            by_source.setdefault(event["sources"][0]["source"], []).append(event["id"])
    ids = next(sorted(set(v)) for _, v in sorted(by_source.items()) if len(set(v)) >= 2)
    organisations = sorted(
        a["id"]
        for a in load(project, "actors")
        if a["kind"] == "organization" and removed not in a["sources"] and len(a["sources"]) >= 2
    )
    assert len(organisations) >= 2
    return [
        {"kind": "events", "into": ids[0], "ids": [ids[1]]},
        {"kind": "actors", "into": organisations[0], "ids": [organisations[1]]},
    ]


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> dict:
    project = copy_project(tmp_path_factory.mktemp("links"))
    build(project)
    site = project / "site"
    first = {
        "urls": published_urls(site),
        "anchors": chronology_anchors(project),
        "ledger": load(project, "ledger"),
        "data": {p.name: p.read_bytes() for p in (project / "data").glob("*.yaml")},
    }
    # the same inputs again: not one byte of data/ changes
    build(project)
    first["data_again"] = {p.name: p.read_bytes() for p in (project / "data").glob("*.yaml")}

    # the dossier changes: two new articles, one article removed, two curator merges
    merges = pick_merges(project)
    for path in NEW_ARTICLES.iterdir():
        shutil.copy(path, project / "seeds" / path.name)
    (project / "seeds" / f"{REMOVED_SEED}.txt").unlink()
    curation = project / "seeds" / "curation.yaml"
    curation.write_text(
        curation.read_text(encoding="utf-8") + "\n" + yaml.safe_dump({"merge": merges}, allow_unicode=True),
        encoding="utf-8",
    )
    build(project)  # data/ledger.yaml of the first build is still in data/
    return {"project": project, "first": first, "merges": merges}


def test_rebuild_with_the_same_inputs_changes_no_byte_of_data(two_builds: dict) -> None:
    first = two_builds["first"]
    assert sorted(first["data"]) == sorted(first["data_again"])
    assert "ledger.yaml" in first["data"]
    for name, content in first["data"].items():
        assert first["data_again"][name] == content, f"data/{name} changed on a rebuild with the same inputs"


def test_first_ledger_lists_every_published_page(two_builds: dict) -> None:
    first = two_builds["first"]
    ledger = {e["id"] for e in first["ledger"]}
    assert {u.rstrip("/") for u in first["urls"]} <= ledger
    assert all(e["status"] == "active" for e in first["ledger"])


def test_every_old_url_still_resolves_directly_or_by_redirect(two_builds: dict) -> None:
    project, first = two_builds["project"], two_builds["first"]
    site = project / "site"
    now = published_urls(site)
    redirected = withdrawn = 0
    for url in sorted(first["urls"]):
        final, page = resolve(site, url)
        text = page.read_text(encoding="utf-8")
        if final != url:
            redirected += 1
            assert final in now, f"{url} redirects to {final}, which is not a page"
            assert "This page has moved to" in (site / url / "index.html").read_text(encoding="utf-8")
            assert "Moved:" not in text  # one hop lands on a live page
        elif "has been withdrawn" in text:
            withdrawn += 1
            assert "What to read instead" in text and "Why:" in text
    # the changes really exercised both kinds of old URL
    assert redirected >= 2, "expected the merged event and organisation to redirect"
    assert withdrawn >= 1, "expected pages of the removed article to be withdrawn"
    assert (site / "sources" / REMOVED_SEED.replace("_", "-") / "index.html").exists()


def test_merged_items_redirect_to_what_they_were_merged_into(two_builds: dict) -> None:
    site = two_builds["project"] / "site"
    for merge in two_builds["merges"]:
        section = "events" if merge["kind"] == "events" else "organisations"
        final, _ = resolve(site, f"{section}/{merge['ids'][0]}/")
        assert final == f"{section}/{merge['into']}/"
        page = parse(site / section / merge["ids"][0] / "index.html")
        assert page.canonical == f"../{merge['into']}/"


def test_every_old_chronology_anchor_still_lands(two_builds: dict) -> None:
    project, first = two_builds["project"], two_builds["first"]
    chronology = (project / "site" / "chronology" / "index.html").read_text(encoding="utf-8")
    ids = parse(project / "site" / "chronology" / "index.html").ids
    missing = sorted(a for a in first["anchors"] if a not in ids)
    assert not missing, f"old chronology anchors lost: {missing}"
    merged = two_builds["merges"][0]
    old, new = merged["ids"][0], merged["into"]
    assert f'<a id="{old}"></a>' in chronology and chronology.index(f'id="{old}"') < chronology.index(
        f'id="{new}"'
    )


def test_second_ledger_records_moves_and_withdrawals(two_builds: dict) -> None:
    ledger = {e["id"]: e for e in load(two_builds["project"], "ledger")}
    first = {e["id"] for e in two_builds["first"]["ledger"]}
    assert first <= set(ledger)  # no issued id is ever forgotten
    moved = [e for e in ledger.values() if e["status"] == "moved"]
    withdrawn = [e for e in ledger.values() if e["status"] == "withdrawn"]
    assert moved and withdrawn
    assert all(ledger[e["successor"]]["status"] == "active" for e in moved)
    assert all(e.get("reason") for e in withdrawn)
    assert ledger[f"sources/{REMOVED_SEED.replace('_', '-')}"]["status"] == "withdrawn"
    new_sources = [i for i in ledger if i.startswith("sources/00") and "drills" in i]
    assert len(new_sources) == 2 and all(ledger[i]["status"] == "active" for i in new_sources)


def test_a_published_id_stays_with_the_same_event_when_its_title_improves(tmp_path: Path) -> None:
    """The previous build published an event under another id (an older title): the rebuild keeps
    that id for it, so its URL stays a page rather than becoming a redirect."""
    import yaml as _yaml

    from tests.conftest import copy_project as _copy
    from tests.conftest import run_cli as _run

    project = _copy(tmp_path / "p")
    assert _run(project, "extract", "-q").returncode == 0
    ledger_path = project / "data" / "ledger.yaml"
    ledger = _yaml.safe_load(ledger_path.read_text(encoding="utf-8"))
    events = _yaml.safe_load((project / "data" / "events.yaml").read_text(encoding="utf-8"))
    target = next(e for e in events if len(e["sources"]) > 1)
    old_id = f"{target['date'].replace('/', '--').lower()}-an-older-title"  # same date, older title
    for entry in ledger:
        if entry["id"] == f"events/{target['id']}":
            entry["id"] = f"events/{old_id}"  # as if the previous build had called it that
    ledger_path.write_text(_yaml.safe_dump(ledger, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert _run(project, "extract", "-q").returncode == 0
    events = {e["id"]: e for e in _yaml.safe_load((project / "data" / "events.yaml").read_text("utf-8"))}
    assert old_id in events and target["id"] not in events
    assert events[old_id]["sources"] == target["sources"]
    entries = {e["id"]: e for e in _yaml.safe_load(ledger_path.read_text(encoding="utf-8"))}
    assert entries[f"events/{old_id}"]["status"] == "active"
    assert f"events/{target['id']}" not in entries


def test_a_published_event_id_never_moves_to_a_happening_of_another_date() -> None:
    from build_dossier.ledger import match_keys, stable_ids
    from build_dossier.models import Dossier

    cite = {
        "source": "s1",
        "text": "Earlier on Monday the leader said troops had held the city since 1991.",
        "line": 3,
    }
    speech = {
        "id": "2021-11-08-the-leader-said",
        "date": "2021-11-08",
        "title": "The leader said",
        "sources": [cite],
    }
    history = {
        "id": "1991-troops-held-the-city",
        "date": "1991",
        "title": "Troops held the city",
        "sources": [cite],
    }
    previous = [
        {"id": "events/2021-11-08-leader-spoke", "status": "active", "keys": match_keys("events", speech)},
    ]
    mapping = stable_ids(Dossier(events=(history, speech)), previous)
    # the page of 8 November keeps its URL; the 1991 happening sharing its sentence does not take it
    assert mapping == {"events": {"2021-11-08-the-leader-said": "2021-11-08-leader-spoke"}}
