"""Hostile and broken input (issue 5): clear errors, nothing executes, nothing is lost.

1. Bad articles: each is ingested correctly or skipped with one warning naming the file and the reason.
2. Article text that looks like HTML, Jinja or Markdown syntax stays literal text on every page.
3. Bad curator files: `path:line: message`, exit code 2, nothing written.
Big inputs are generated in tmp_path; the hand-written hostile articles are in tests/fixtures/hostile/.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import shutil
import time
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from build_dossier.curate import Knowledge
from build_dossier.errors import Report
from build_dossier.extract import extract_article
from build_dossier.ingest import MAX_ARTICLE_BYTES, MAX_PARAGRAPH_CHARS, MAX_SENTENCE_CHARS, load_seeds
from build_dossier.models import Article
from build_dossier.pipeline import Paths, extract_dossier
from build_dossier.render import render_pages
from tests.conftest import ROOT, copy_project, run_cli

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
PARA = "Officials in Lisbon said on 3 June 2021 that the bridge would reopen, according to Mayor Ana Costa."
BODY = f"Bridge reopens after two years of repairs\n\n{PARA}\n"


def check_offsets(article: Article) -> None:
    """Every paragraph and sentence is exactly the text its offsets claim."""
    for p in article.paragraphs:
        assert article.text[p.start : p.end] == p.text
        for s in p.sentences:
            assert article.text[s.start : s.end] == s.text
            assert p.start <= s.start <= s.end <= p.end


# ---------------------------------------------------------------- 1. bad articles

# name -> (bytes, None if ingested, else a phrase of the one warning that skips it)
SKIPPED: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty article"),
    "whitespace.txt": ("  \n\t\n \r\n\u3000\n".encode(), "empty article"),
    "scan.txt": (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF document"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "PNG image"),
    "archive.txt": (gzip.compress(BODY.encode(), mtime=0), "gzip archive"),
    "utf16-no-bom.txt": (BODY.encode("utf-16-le"), "UTF-16 text without a byte-order mark"),
    "page.txt": (
        b"<!DOCTYPE html>\n<html><head><title>Bridge</title><script>alert(1)</script></head>\n"
        b"<body><h1>Bridge</h1><p>" + PARA.encode() + b"</p></body></html>\n",
        "whole HTML page",
    ),
    ".hidden.txt": (BODY.encode(), "hidden file"),
    "menu-only.txt": (b"Home\nNews\nMore\nShare\n", "no article text found"),
}

# name -> (bytes, phrase of the one warning it gets, or None for none; a word the body must contain)
INGESTED: dict[str, tuple[bytes, str | None, str]] = {
    "plain.txt": (BODY.encode(), None, "reopen"),
    "cp1252.txt": (
        (
            "Café talks in Zürich end\n\nOfficials said on 3 June 2021 that the café “would reopen” – soon.\n"
        ).encode("cp1252"),
        "decoded as cp1252",
        "“would reopen”",
    ),
    "latin1.txt": (
        "Talks in Zürich end\n\nOfficials in Zürich said on 3 June 2021 the café à la gare reopens.\n".encode(
            "latin-1"
        ),
        "decoded as cp1252",
        "café à la gare",
    ),
    "bad-utf8.txt": (
        "Talks in Zürich end\n\nOfficials in Zürich said on 3 June 2021 that it ".encode()
        + b"\xff\xc3\x28 would reopen.\n",
        "replaced by U+FFFD",
        "Officials in Zürich",
    ),
    "utf16.txt": (BODY.encode("utf-16"), None, "reopen"),
    "utf16be.txt": (b"\xfe\xff" + BODY.encode("utf-16-be"), None, "reopen"),
    "cr.txt": (BODY.replace("\n", "\r").encode(), None, "reopen"),
    "crlf.txt": (BODY.replace("\n", "\r\n").encode(), None, "reopen"),
    "mixed.txt": (
        f"Bridge reopens after two years\r\n\r{PARA}\n\r\nThe mayor spoke on 4 June 2021 again.\r".encode(),
        None,
        "spoke on 4 June",
    ),
    "nul.txt": (BODY.replace("reopen", "re\x00open").encode(), "control character", "would reopen"),
    "rtl.txt": (
        (
            "Bridge talks \u202eevil\u202c in \u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd end\n\n"
            "\u0642\u0627\u0644 \u0627\u0644\u0645\u0633\u0624\u0648\u0644 on 3 June 2021 in Cairo that "
            "zero\u200bwidth\u200d and \ufeff marks and a \x07 bell and \x1b[31m escape stay.\n"
        ).encode(),
        "control character",
        "zero\u200bwidth\u200d",
    ),
    "with space.txt": (BODY.replace("Lisbon", "Porto").encode(), None, "Porto"),
    "-dash.txt": (BODY.replace("Lisbon", "Faro").encode(), None, "Faro"),
    "été à Zürich.txt": (BODY.replace("Lisbon", "Braga").encode(), None, "Braga"),
}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Article], Report]:
    base = tmp_path_factory.mktemp("hostile")
    seeds = base / "seeds"
    seeds.mkdir()
    for name, (raw, _) in SKIPPED.items():
        (seeds / name).write_bytes(raw)
    for name, (raw, _, _) in INGESTED.items():
        (seeds / name).write_bytes(raw)
    (seeds / "zz copy of plain.txt").write_bytes(INGESTED["plain.txt"][0])
    outside = base / "secret.txt"
    outside.write_text("Secret text outside the seeds folder, said on 3 June 2021 by nobody.\n")
    os.symlink(outside, seeds / "link-out.txt")
    report = Report()
    articles = load_seeds(seeds, report)
    return seeds, {Path(a.path).name: a for a in articles}, report


def _warnings(report: Report, name: str) -> list[str]:
    return [w.message for w in report.warnings if Path(w.path).name == name]


@pytest.mark.parametrize("name", sorted(SKIPPED))
def test_bad_article_is_skipped_with_one_warning(loaded, name: str) -> None:
    _, articles, report = loaded
    assert name not in articles
    warnings = _warnings(report, name)
    assert len(warnings) == 1, warnings
    assert SKIPPED[name][1] in warnings[0]


@pytest.mark.parametrize("name", sorted(INGESTED))
def test_odd_article_is_ingested(loaded, name: str) -> None:
    _, articles, report = loaded
    article = articles[name]
    raw, phrase, word = INGESTED[name]
    check_offsets(article)
    body = "\n".join(p.text for p in article.paragraphs)
    assert word in body
    assert "\r" not in article.text and "\x00" not in article.text and "\x07" not in article.text
    assert article.sha256 == hashlib.sha256(raw).hexdigest()
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", article.id)
    warnings = _warnings(report, name)
    if phrase is None:
        assert warnings == []
    else:
        assert len(warnings) == 1 and phrase in warnings[0], warnings


def test_odd_file_names_give_url_safe_unique_ids(loaded) -> None:
    _, articles, _ = loaded
    ids = {n: a.id for n, a in articles.items()}
    assert ids["with space.txt"] == "with-space"
    assert ids["-dash.txt"] == "dash"
    assert ids["été à Zürich.txt"] == "ete-a-zurich"
    assert len(set(ids.values())) == len(ids)


def test_duplicate_article_and_outside_symlink_are_skipped(loaded) -> None:
    _, articles, report = loaded
    assert "zz copy of plain.txt" not in articles and "plain.txt" in articles
    (dup,) = _warnings(report, "zz copy of plain.txt")
    assert "same content as" in dup and "plain.txt" in dup
    (link,) = _warnings(report, "link-out.txt")
    assert "outside the seeds folder" in link and "not followed" in link
    assert all("Secret text" not in a.text for a in articles.values())
    assert report.errors == []


def test_same_bytes_with_different_sidecars_are_two_sources(tmp_path: Path) -> None:
    """A wire story run by two outlets: same text, two sidecars, two sources."""
    for name, outlet in (("a", "Wire One"), ("b", "Wire Two")):
        (tmp_path / f"{name}.txt").write_text(BODY, encoding="utf-8")
        (tmp_path / f"{name}.meta.yaml").write_text(f"outlet: {outlet}\n", encoding="utf-8")
    report = Report()
    articles = load_seeds(tmp_path, report)
    assert [a.outlet.value for a in articles] == ["Wire One", "Wire Two"]
    assert report.warnings == [] and report.errors == []


def test_two_names_with_the_same_id_are_an_error(tmp_path: Path) -> None:
    (tmp_path / "Bridge Talks.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "bridge_talks.txt").write_text(BODY.replace("Lisbon", "Porto"), encoding="utf-8")
    report = Report()
    articles = load_seeds(tmp_path, report)
    assert len(articles) == 1
    (error,) = report.errors
    assert error.path.endswith("bridge_talks.txt") and "bridge-talks" in error.message


def test_20_mb_article_is_refused_quickly(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        line = (PARA + "\n").encode()
        for _ in range(20_000_000 // len(line) + 1):
            fh.write(line)
    started = time.monotonic()
    report = Report()
    assert load_seeds(tmp_path, report) == ()
    assert time.monotonic() - started < 2
    (warning,) = report.warnings
    assert warning.path.endswith("huge.txt") and f"{MAX_ARTICLE_BYTES:,}-byte limit" in warning.message


def test_1_mb_paragraph_is_refused(tmp_path: Path) -> None:
    (tmp_path / "para.txt").write_text("Bridge talks\n\n" + (PARA + " ") * 10_000, encoding="utf-8")
    report = Report()
    assert load_seeds(tmp_path, report) == ()
    (warning,) = report.warnings
    assert "limit" in warning.message


def test_100000_one_word_lines(tmp_path: Path) -> None:
    (tmp_path / "lines.txt").write_text("\n".join(["word"] * 100_000), encoding="utf-8")
    started = time.monotonic()
    report = Report()
    assert load_seeds(tmp_path, report) == ()
    assert time.monotonic() - started < 20
    (warning,) = report.warnings
    assert "no article text found" in warning.message and "100,000 line(s)" in warning.message


def test_long_paragraph_is_cut_and_extraction_finishes(tmp_path: Path) -> None:
    """A 150 kB single-line paragraph (and a 20 kB sentence without a full stop) stays bounded."""
    text = "Bridge talks end\n\n" + " ".join(f"{PARA[:-1]} number {i}." for i in range(1_400))
    text += "\n\n" + "word " * 4_000 + "\n"
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    started = time.monotonic()
    report = Report()
    (article,) = load_seeds(tmp_path, report)
    check_offsets(article)
    assert all(p.end - p.start <= MAX_PARAGRAPH_CHARS for p in article.paragraphs)
    assert all(s.end - s.start <= MAX_SENTENCE_CHARS for s in article.sentences)
    assert any("number 1399" in p.text for p in article.paragraphs)
    assert [w.line for w in report.warnings] == [3, 5]
    assert all("was cut into" in w.message for w in report.warnings)
    extraction = extract_article(article, Knowledge())
    assert time.monotonic() - started < 20
    assert extraction.article is article


def test_hostile_seeds_build_without_traceback_and_strict_fails(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "p")
    for name in ("scan.txt", "page.txt", "empty.txt"):
        (project / "seeds" / name).write_bytes(SKIPPED[name][0])
    (project / "seeds" / "cp1252.txt").write_bytes(INGESTED["cp1252.txt"][0])
    strict = run_cli(project, "build", "--strict")
    assert strict.returncode == 2, strict.stderr
    assert "Traceback" not in strict.stderr
    assert not (project / "data").exists() and not (project / "site").exists()
    for name in ("scan.txt", "page.txt", "empty.txt", "cp1252.txt"):
        assert re.search(rf"^seeds/{re.escape(name)}:\d+: ", strict.stderr, re.MULTILINE), name
    lenient = run_cli(project, "build")
    assert lenient.returncode == 0, lenient.stderr
    assert "Traceback" not in lenient.stderr
    sources = yaml.safe_load((project / "data" / "sources.yaml").read_text(encoding="utf-8"))
    assert "cp1252" in {s["id"] for s in sources} and "scan" not in {s["id"] for s in sources}


# ---------------------------------------------------------------- 2. nothing in an article executes

LITERALS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{ 7*7 }}",
    '{% include "x" %}',
    "[x](javascript:alert(1))",
    "<!-- the rest was hidden -->",
    "| a | b |",
    "# heading",
    "!!! note",
    "{#id}",
    "<b>bold</b>",
]


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.comments: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def to_html(text: str) -> _Html:
    """Markdown -> HTML with the extensions of mkdocs.yml, parsed."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names, configs = [], {}
    for item in config["markdown_extensions"]:
        name, options = next(iter(item.items())) if isinstance(item, dict) else (item, {})
        names.append(name)
        configs[name] = options or {}
    parser = _Html()
    parser.feed(markdown.markdown(text, extensions=names, extension_configs=configs))
    parser.close()
    return parser


@pytest.fixture(scope="module")
def hostile_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    seeds = tmp_path_factory.mktemp("xss") / "seeds"
    shutil.copytree(HOSTILE, seeds)
    report = Report()
    dossier = extract_dossier(Paths(seeds=seeds), report)
    assert report.errors == []
    return render_pages(dossier, ROOT / "templates", {"name": "Hostile", "description": ""})


def test_hostile_article_words_reach_every_kind_of_page(hostile_pages: dict[str, str]) -> None:
    kinds = {path.split("/")[0] for path, text in hostile_pages.items() if "alert(1)" in text}
    assert {"events", "people", "sources", "chronology"} <= kinds, kinds


def test_hostile_text_stays_literal_in_rendered_html(hostile_pages: dict[str, str]) -> None:
    shown: set[str] = set()
    for path, text in hostile_pages.items():
        html = to_html(text)
        tags = {tag for tag, _ in html.elements}
        assert not tags & {"script", "img", "b", "iframe", "style"}, (path, tags)
        assert html.comments == [], path
        for tag, attrs in html.elements:
            assert not any(k.startswith("on") for k in attrs), (path, tag, attrs)
            assert not (attrs.get("href") or "").lower().startswith("javascript:"), (path, attrs)
            assert attrs.get("id") not in {"id", "top"}, (path, attrs)
            assert "admonition" not in (attrs.get("class") or ""), path
        visible = "".join(html.text)
        assert "by 49" not in visible and "{{ 7*7 }}" not in text, path
        shown |= {literal for literal in LITERALS if literal in visible}
    assert set(LITERALS) - shown == set(), "never shown literally: " + repr(set(LITERALS) - shown)


def test_source_page_shows_front_matter_fence_and_table_as_text(hostile_pages: dict[str, str]) -> None:
    page = hostile_pages["sources/frontmatter.md"]
    assert not page.startswith("---")
    html = to_html(page)
    visible = "".join(html.text)
    for literal in ("title: injected front matter", "| a | b |", "{% raw %}", "{{ config }}"):
        assert literal in visible, literal
    assert "This line was indented under an admonition" in visible


# ---------------------------------------------------------------- 3. bad curator files

BAD_CURATION: dict[str, tuple[str, int, str]] = {
    "syntax error": ("actors:\n  - name: [unclosed\n", 3, "YAML syntax error"),
    "section of the wrong type": ("places: 5\n", 1, "places"),
    "section list of the wrong type": ("actors: 5\n", 1, "actors"),
    "merge of the wrong types": ("merge:\n  - {kind: actors, into: 5, ids: 7}\n", 2, "merge"),
    "unknown key": ("actorz: []\n", 1, "unknown key 'actorz'"),
    "duplicate key": ("actors:\n  - name: A\n    name: B\n", 3, "duplicate key 'name'"),
    "billion laughs": (
        'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n'
        "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n",
        1,
        "aliases",
    ),
    "huge number": ("agreements:\n  - name: X\n    date: 99999999999999999999999999999999\n", 3, "EDTF"),
    "impossible date": ("agreements:\n  - name: X\n    date: 2020-02-30\n", 3, "'2020-02-30'"),
    "unknown id (strict)": ("quotes:\n  - id: no-such-quote\n    reject: true\n", 2, "no-such-quote"),
    "unknown merge target (strict)": (
        "merge:\n  - {kind: actors, into: nobody-here, ids: [nobody-else]}\n",
        2,
        "nobody-here",
    ),
}


def _tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def built_small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("small"))
    for p in (project / "seeds").iterdir():
        if p.name not in ("curation.yaml", "002_fd68ee673bc3184e.txt"):
            p.unlink()
    result = run_cli(project, "build")
    assert result.returncode == 0, result.stderr
    return project


@pytest.mark.parametrize("case", sorted(BAD_CURATION))
def test_bad_curation_file_is_reported_and_nothing_is_written(built_small: Path, case: str) -> None:
    text, line, phrase = BAD_CURATION[case]
    curation = built_small / "seeds" / "curation.yaml"
    original = curation.read_bytes()
    before = {d: _tree_digest(built_small / d) for d in ("data", "site")}
    curation.write_text(text, encoding="utf-8")
    try:
        result = run_cli(built_small, "build", "--strict")
    finally:
        curation.write_bytes(original)
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    first = next(x for x in result.stderr.splitlines() if x.startswith("seeds/curation.yaml:"))
    assert first.startswith(f"seeds/curation.yaml:{line}: "), first
    assert phrase in result.stderr, result.stderr
    assert {d: _tree_digest(built_small / d) for d in ("data", "site")} == before


BAD_SIDECARS: dict[str, tuple[str, str, int, str]] = {
    "without its article": ("ghost.meta.yaml", "outlet: X\n", 1, "sidecar without its article"),
    "impossible date": ("002_fd68ee673bc3184e.meta.yaml", "published: 2020-02-30\n", 1, "'2020-02-30'"),
    "unknown key": ("002_fd68ee673bc3184e.meta.yaml", "outlet: X\nfoo: 1\n", 2, "unknown key 'foo'"),
    "wrong type": ("002_fd68ee673bc3184e.meta.yaml", "outlet: [a, b]\n", 1, "expected a single value"),
    "duplicate key": ("002_fd68ee673bc3184e.meta.yaml", "outlet: a\noutlet: b\n", 2, "duplicate key"),
    "syntax error": ("002_fd68ee673bc3184e.meta.yaml", "outlet: 'a\n", 2, "YAML syntax error"),
    "huge number": ("002_fd68ee673bc3184e.meta.yaml", "published: 999999999999999999999\n", 1, "EDTF"),
    "alias bomb": (
        "002_fd68ee673bc3184e.meta.yaml",
        "x: &a [1, 1, 1, 1, 1, 1, 1, 1]\ntitle: [*a, *a, *a, *a, *a, *a, *a, *a]\n",
        1,
        "unknown key 'x'",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_SIDECARS))
def test_bad_sidecar_is_reported_and_nothing_is_written(built_small: Path, case: str) -> None:
    name, text, line, phrase = BAD_SIDECARS[case]
    sidecar = built_small / "seeds" / name
    before = {d: _tree_digest(built_small / d) for d in ("data", "site")}
    sidecar.write_text(text, encoding="utf-8")
    try:
        result = run_cli(built_small, "build")
    finally:
        sidecar.unlink()
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    assert re.search(rf"^seeds/{re.escape(name)}:{line}: .*{re.escape(phrase)}", result.stderr, re.M), (
        result.stderr
    )
    assert {d: _tree_digest(built_small / d) for d in ("data", "site")} == before
