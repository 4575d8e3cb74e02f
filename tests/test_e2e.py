"""End to end: the sample dossier through the real CLI and the real `mkdocs build --strict`."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlparse

import yaml

INDEX_PAGES = ["", "chronology/", "people/", "organisations/", "agreements/", "places/", "sources/"]


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        d = dict(attrs)
        if d.get("id"):
            self.ids.add(d["id"])
        if tag == "a" and d.get("name"):
            self.ids.add(d["name"])
        if tag in ("a", "link") and d.get("href"):
            self.hrefs.append(d["href"])


def _parse(path: Path) -> _Links:
    p = _Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def _load(project: Path, name: str) -> list[dict]:
    return yaml.safe_load((project / "data" / f"{name}.yaml").read_text(encoding="utf-8"))


def test_summary_line_printed(built_project: Path) -> None:
    out = (built_project / "build-output.txt").read_text(encoding="utf-8")
    assert re.search(
        r"^5 sources · \d+ events · \d+ quotes · \d+ people · \d+ organisations · "
        r"\d+ agreements · \d+ places$",
        out,
        re.M,
    ), out


def test_every_index_page_exists(built_project: Path) -> None:
    site = built_project / "site"
    for page in INDEX_PAGES:
        assert (site / page / "index.html").is_file(), page


def test_every_internal_link_and_anchor_resolves(built_project: Path) -> None:
    site = built_project / "site"
    pages = {p: _parse(p) for p in site.rglob("*.html")}
    broken = []
    for page, parsed in pages.items():
        base = "http://x/" + page.relative_to(site).as_posix()
        for href in parsed.hrefs:
            url = urljoin(base, href)
            if urlparse(url).netloc != "x":
                continue
            target_url, anchor = urldefrag(url)
            rel = unquote(urlparse(target_url).path).lstrip("/")
            target = site / rel
            if target.is_dir() or rel.endswith("/") or rel == "":
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} -> {href}")
                continue
            if anchor and target.suffix == ".html" and anchor not in pages[target].ids:
                broken.append(f"{page.relative_to(site)} -> {href} (no anchor)")
    assert not broken, "\n".join(broken[:20])


def test_every_event_has_page_and_chronology_anchor(built_project: Path) -> None:
    site = built_project / "site"
    events = _load(built_project, "events")
    assert events
    chronology = _parse(site / "chronology" / "index.html")
    for e in events:
        assert (site / "events" / e["id"] / "index.html").is_file(), e["id"]
        assert e["id"] in chronology.ids, e["id"]


def test_search_index_contains_every_event_title(built_project: Path) -> None:
    index = json.loads((built_project / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = "\n".join(doc.get("title", "") + "\n" + doc.get("text", "") for doc in index["docs"])
    for e in _load(built_project, "events"):
        words = re.sub(r"\s+", " ", e["title"])
        assert words in re.sub(r"\s+", " ", text), e["title"]


def test_sources_have_outlet_and_publication_date(built_project: Path) -> None:
    sources = {s["id"]: s for s in _load(built_project, "sources")}
    assert len(sources) == 5
    trt = sources["001-188add32cb956324"]
    assert (trt["outlet"], trt["published"], trt["published_from"]) == ("TRT World", "2021-11-08", "metadata")
    hdn = sources["003-73061d099c96e705"]
    assert (hdn["outlet"], hdn["published"], hdn["published_from"]) == (
        "Hürriyet Daily News",
        "2021-11-09",
        "metadata",
    )
    aze = sources["000-e24d4901e29cb5bd"]
    assert (aze["published"], aze["published_from"]) == ("2020-11-11", "text")
    assert sources["004-0c0575619c868127"]["published"] == "2020-11-25"
    assert sources["002-fd68ee673bc3184e"]["published"] == "2020-10-10"


def test_chronology_spans_1988_to_2021(built_project: Path) -> None:
    from build_dossier.edtf import year

    years = sorted(year(e["date"]) for e in _load(built_project, "events") if e["date"])
    assert years[0] == 1988
    assert years[-1] == 2021


def test_person_pages_for_the_main_actors(built_project: Path) -> None:
    people = {a["name"]: a["id"] for a in _load(built_project, "actors") if a["kind"] == "person"}
    for name in ["Hulusi Akar", "Zakir Hasanov", "Nikol Pashinyan"]:
        assert name in people, sorted(people)
    assert any(n.replace("İ", "I") == "Ilham Aliyev" for n in people), sorted(people)
    assert any(n.startswith("Recep Tayyip Erdo") for n in people), sorted(people)
    assert "recep-tayyip-erdogan" in people.values()
    for actor_id in people.values():
        assert (built_project / "site" / "people" / actor_id / "index.html").is_file()


def test_agreement_pages(built_project: Path) -> None:
    agreements = _load(built_project, "agreements")
    names = " | ".join(a["name"] + " " + " ".join(a["aliases"]) for a in agreements)
    assert "Shusha Declaration" in names
    assert any(a["date"] in ("2020-11-09", "2020-11-10") for a in agreements), names
    for a in agreements:
        assert (built_project / "site" / "agreements" / a["id"] / "index.html").is_file()


def test_every_event_and_quote_cites_a_sentence_and_links_to_its_source(built_project: Path) -> None:
    site = built_project / "site"
    for kind in ("events", "quotes"):
        for item in _load(built_project, kind):
            assert item["sources"], item["id"]
            for citation in item["sources"]:
                assert citation["text"].strip()
    for e in _load(built_project, "events"):
        html = (site / "events" / e["id"] / "index.html").read_text(encoding="utf-8")
        for citation in e["sources"]:
            assert f"sources/{citation['source']}/" in html, e["id"]


def test_two_builds_give_identical_data(built_project: Path, tmp_path: Path) -> None:
    from tests.conftest import copy_project, run_cli

    again = copy_project(tmp_path / "again")
    result = run_cli(again, "extract", "--quiet")
    assert result.returncode == 0, result.stderr
    for f in sorted((built_project / "data").glob("*.yaml")):
        assert (again / "data" / f.name).read_bytes() == f.read_bytes(), f.name


def test_site_timestamps_come_from_the_inputs_not_the_clock(built_project: Path) -> None:
    """Without SOURCE_DATE_EPOCH, MkDocs would stamp today's date (sitemap.xml.gz header): builds on
    different days would differ. The build uses the newest publication date instead."""
    import datetime as dt
    import struct

    header = (built_project / "site" / "sitemap.xml.gz").read_bytes()[:8]
    stamp = dt.datetime.fromtimestamp(struct.unpack("<I", header[4:8])[0], dt.UTC)
    newest = max(s["published"] for s in _load(built_project, "sources") if s["published"])
    assert stamp.date().isoformat() == newest
