"""Tests of the render stage (data -> Markdown pages), the data loader and the MkDocs plugin.

The golden test renders the hand-written fixture dossier in tests/fixtures/dossier/ and compares
every page with tests/golden/pages/. When a change of the output is intended, regenerate with

    UPDATE_GOLDENS=1 /tmp/venv/bin/pytest tests/test_render.py

and review the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

import logging
import os
import posixpath
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import markdown
import pytest
import yaml

from build_dossier.data import load_data
from build_dossier.errors import DossierError
from build_dossier.models import Dossier
from build_dossier.render import build_index, chronology_groups, md, render_pages, safe_url

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "dossier"
GOLDEN = ROOT / "tests" / "golden" / "pages"
TEMPLATES = ROOT / "templates"
DOCS = ROOT / "docs"
SITE = {
    "name": "Fixture dossier",
    "description": "A hand-written fixture of Turkish–Azerbaijani defence news.",
}


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    return load_data(FIXTURE)


@pytest.fixture(scope="module")
def pages(dossier: Dossier) -> dict[str, str]:
    return render_pages(dossier, TEMPLATES, SITE)


def to_html(text: str) -> str:
    """Markdown -> HTML with the extensions configured in mkdocs.yml."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names, configs = [], {}
    for item in config["markdown_extensions"]:
        if isinstance(item, dict):
            ((name, options),) = item.items()
            names.append(name)
            configs[name] = options or {}
        else:
            names.append(item)
    return markdown.markdown(text, extensions=names, extension_configs=configs)


class _Html(HTMLParser):
    """Collects the text and the elements (tag, attributes) of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.elements: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(html: str) -> _Html:
    parser = _Html()
    parser.feed(html)
    parser.close()
    return parser


# ---------------------------------------------------------------- golden pages


def test_pages_match_goldens(pages: dict[str, str]) -> None:
    if os.environ.get("UPDATE_GOLDENS"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for path, text in pages.items():
            target = GOLDEN / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    golden = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8") for p in GOLDEN.rglob("*.md")}
    assert sorted(pages) == sorted(golden), "set of pages differs; regenerate with UPDATE_GOLDENS=1"
    for path, text in pages.items():
        assert text == golden[path], f"{path} differs from tests/golden/pages/{path}"


def test_rendering_is_deterministic(dossier: Dossier, pages: dict[str, str]) -> None:
    again = render_pages(dossier, TEMPLATES, SITE)
    assert again == pages


def test_every_expected_page_exists(dossier: Dossier, pages: dict[str, str]) -> None:
    for name in ("index.md", "chronology/index.md", "events/index.md"):
        assert name in pages
    for section in ("people", "organisations", "agreements", "places", "sources"):
        assert f"{section}/index.md" in pages
    for event in dossier.events:
        assert f"events/{event['id']}.md" in pages
    for actor in dossier.actors:
        person = f"people/{actor['id']}.md"
        organisation = f"organisations/{actor['id']}.md"
        if actor["kind"] == "person":
            assert person in pages and organisation not in pages
        else:
            assert organisation in pages and person not in pages
    for kind in ("agreements", "places", "sources"):
        for record in getattr(dossier, kind):
            assert f"{kind}/{record['id']}.md" in pages


# ---------------------------------------------------------------- chronology


def test_every_event_has_its_anchor_in_the_chronology(dossier: Dossier, pages: dict[str, str]) -> None:
    chronology = pages["chronology/index.md"]
    html = parse_html(to_html(chronology))
    ids = [attrs.get("id") for tag, attrs in html.elements if tag == "a" and attrs.get("id")]
    for event in dossier.events:
        assert chronology.count(f'<a id="{event["id"]}"></a>') == 1
        assert ids.count(event["id"]) == 1


def test_chronology_groups_by_year_and_month_in_order(pages: dict[str, str]) -> None:
    headings = re.findall(r"^(#{2,3}) (.+?) \{#([\w-]+)\}$", pages["chronology/index.md"], re.MULTILINE)
    assert headings == [
        ("##", "1990s", "decade-199x"),
        ("##", "2010", "year-2010"),
        ("###", "August 2010", "month-2010-08"),
        ("##", "2020", "year-2020"),
        ("###", "September 2020", "month-2020-09"),
        ("###", "November 2020", "month-2020-11"),
        ("##", "2021", "year-2021"),
        ("###", "June 2021", "month-2021-06"),
        ("##", "Undated", "undated"),
        ("##", "Withdrawn", "withdrawn"),
    ]
    html = parse_html(to_html(pages["chronology/index.md"]))
    heading_ids = [attrs.get("id") for tag, attrs in html.elements if tag in ("h2", "h3")]
    assert heading_ids == [h[2] for h in headings]


def test_dates_are_shown_at_their_precision(pages: dict[str, str]) -> None:
    chronology = pages["chronology/index.md"]
    shown = re.findall(r'<a id="([^"]+)"></a><span class="dossier-date">([^<]+)</span>', chronology)
    assert shown == [
        ("199x-turkish-officers-train-azerbaijani-cadets", "1990s"),
        ("2010-08-16-strategic-partnership-agreement-signed", "16 August 2010"),
        ("2020-09-27-fighting-breaks-out", "27 September 2020"),
        ("2020-11-turkish-military-experts-arrive", "November 2020"),
        ("2020-11-10-akar-and-hasanov-meet-in-baku", "10 November 2020"),
        ("2020-11-15-joint-monitoring-centre-set-up", "15 November 2020 – 25 November 2020"),
        ("2021-joint-exercises-in-nakhchivan", "2021"),
        ("2021-06-15-shusha-declaration-signed", "15 June 2021"),
        ("turkish-drones-delivered", "undated"),
    ]
    assert "**Date:** November 2020" in pages["events/2020-11-turkish-military-experts-arrive.md"]


def test_year_only_events_come_before_the_months_of_their_year() -> None:
    events = [{"id": "b", "date": "2021-06-15"}, {"id": "a", "date": "2021"}, {"id": "c", "date": None}]
    groups, undated = chronology_groups(events)
    assert [g["id"] for g in groups] == ["year-2021"]
    assert [e["id"] for e in groups[0]["loose"]] == ["a"]
    assert [m["id"] for m in groups[0]["months"]] == ["month-2021-06"]
    assert [e["id"] for e in undated] == ["c"]


# ---------------------------------------------------------------- content of item pages


def test_person_page_lists_roles_country_aliases_quotes_events(pages: dict[str, str]) -> None:
    page = pages["people/ilham-aliyev.md"]
    assert page.startswith("# İlham Əliyev\n")
    assert "**Roles:** President of Azerbaijan" in page
    assert "**Country:** [Azerbaijan](../organisations/azerbaijan.md)" in page
    assert "Ilham Aliyev, Əliyev, Aliyev" in page
    assert "The Shusha Declaration raises our relations to the level of an alliance" in page
    assert "](../events/2021-06-15-shusha-declaration-signed.md)" in page
    # the quote's supporting sentence, linked to its source
    assert '> "The Shusha Declaration raises our relations to the level of an alliance," Əliyev said.' in page
    assert "](../sources/b02-shusha-declaration-signed.md)" in page


def test_country_page_lists_its_people(pages: dict[str, str]) -> None:
    page = pages["organisations/turkey.md"]
    assert "[Hulusi Akar](../people/hulusi-akar.md): Defence Minister of Turkey" in page
    assert "[Turkish Armed Forces](turkish-armed-forces.md)" in page


def test_agreement_page_lists_parties_events_and_mentioning_quotes(pages: dict[str, str]) -> None:
    page = pages["agreements/shusha-declaration.md"]
    assert "**Signed:** 15 June 2021" in page
    assert (
        "**Parties:** [Turkey](../organisations/turkey.md), [Azerbaijan](../organisations/azerbaijan.md)"
        in page
    )
    assert "](../events/2021-06-15-shusha-declaration-signed.md)" in page
    assert "level of an alliance" in page  # the quote names the agreement
    assert "We will always stand by" not in page  # this one does not
    undated = pages["agreements/military-training-protocol.md"]
    assert "**Signed:** undated" in undated


def test_source_page_shows_provenance_text_furniture_and_citing_records(pages: dict[str, str]) -> None:
    page = pages["sources/a01-ministers-meet-in-baku.md"]
    assert "| Outlet | Caspian Evening Post | curator's sidecar |" in page
    assert "| Author | Leyla Məmmədova | article text |" in page
    assert "| Published | 10 November 2020 | article text |" in page
    assert "**Training and exercises**" in page  # a cross-heading of the body
    assert "| 1 | HOME &#124; NEWS &#124; POLITICS &#124; WORLD | site header |" in page
    assert "READ MORE: Ankara hosts defence fair" in page
    assert "](../events/2020-11-10-akar-and-hasanov-meet-in-baku.md)" in page
    assert "We will always stand by our Azerbaijani brothers" in page
    bare = pages["sources/c03-undated-background-note.md"]
    assert "| Published | undated | inferred |" in bare
    assert "not part of the data" in bare


def test_event_page_shows_every_supporting_sentence(pages: dict[str, str]) -> None:
    page = pages["events/2021-06-15-shusha-declaration-signed.md"]
    assert "> In June 2021 the two presidents signed the Shusha Declaration." in page
    assert "> — [Background: two states, one nation](../sources/c03-undated-background-note.md)" in page
    assert "[in the chronology](../chronology/index.md#2021-06-15-shusha-declaration-signed)" in page
    assert "**Agreement:** [Shusha Declaration](../agreements/shusha-declaration.md)" in page


def test_home_page_shows_description_counts_latest_and_sources(pages: dict[str, str]) -> None:
    page = pages["index.md"]
    assert page.startswith("# Fixture dossier\n")
    assert "A hand-written fixture of Turkish–Azerbaijani defence news." in page
    assert "**9** [events](chronology/index.md)" in page
    assert "**4** [people](people/index.md)" in page
    latest = re.findall(r"\*\*\[[^\]]+\]\(events/([^)]+)\.md\)\*\*", page)
    assert latest[0] == "2021-06-15-shusha-declaration-signed"
    assert "turkish-drones-delivered" not in latest
    assert (
        "[Erdoğan and Əliyev sign the Shusha Declaration](sources/b02-shusha-declaration-signed.md)" in page
    )


# ---------------------------------------------------------------- links


_LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_every_relative_link_points_to_a_page(pages: dict[str, str]) -> None:
    hand_written = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    targets = set(pages) | hand_written
    anchors = {
        path: set(re.findall(r'<a id="([^"]+)"></a>|\{#([\w-]+)\}', text)) for path, text in pages.items()
    }
    anchor_ids = {path: {a or b for a, b in found} for path, found in anchors.items()}
    checked = 0
    for path, text in pages.items():
        for link in _LINK.findall(text):
            if re.match(r"^[a-z]+:", link):
                continue
            target, _, anchor = link.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target)) if target else path
            assert resolved in targets, f"{path}: broken link {link}"
            if anchor:
                assert anchor in anchor_ids.get(resolved, set()), f"{path}: broken anchor {link}"
            checked += 1
    assert checked > 100


def test_unknown_references_render_as_text_not_links() -> None:
    dossier = Dossier(
        events=(
            {
                "id": "e1",
                "date": "2020",
                "title": "T",
                "actors": ["nobody"],
                "places": [],
                "agreement": "no-such-agreement",
                "sources": [{"source": "nowhere", "text": "S"}],
            },
        )
    )
    page = render_pages(dossier, TEMPLATES)["events/e1.md"]
    assert "**Who:** nobody" in page
    assert "**Agreement:** no-such-agreement" in page
    assert "— nowhere" in page


# ---------------------------------------------------------------- safety

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(2)">',
    "{{ 7*7 }}",
    "{% raw %}x",
    "[click](javascript:alert(3))",
    "# not a heading",
    "| a | b |",
    "---",
    "!!! note",
    "Title {#evil}",
    "*emph* and _x_ and `code`",
    "1. not a list",
    "- not a list",
    "<https://example.org>",
    "&amp; stays &lt;literal&gt;",
    'line one\n\n<div markdown="1">**bold**</div>',
    "</title><script>alert(5)</script>",
]


def hostile_dossier() -> Dossier:
    def cite(i: int) -> list[dict]:
        return [{"source": "src", "text": HOSTILE[i % len(HOSTILE)]}]

    source = {
        "id": "src",
        "file": HOSTILE[0],
        "sha256": HOSTILE[1],
        "title": HOSTILE[4],
        "outlet": HOSTILE[2],
        "author": HOSTILE[8],
        "published": "2020-01-01",
        "published_from": HOSTILE[3],
        "url": "javascript:alert(4)",
        "provenance": {"title": HOSTILE[0], "outlet": "text"},
        "body": [*HOSTILE, {"text": HOSTILE[5], "heading": True}],
        "furniture": [{"line": i, "text": text, "reason": HOSTILE[-i - 1]} for i, text in enumerate(HOSTILE)],
    }
    actors = tuple(
        {
            "id": f"a{i}",
            "name": text,
            "kind": ("person", "organization", "country")[i % 3],
            "aliases": [HOSTILE[(i + 1) % len(HOSTILE)]],
            "country": "a2" if i % 3 == 0 else None,
            "roles": [HOSTILE[(i + 2) % len(HOSTILE)]],
            "sources": ["src"],
        }
        for i, text in enumerate(HOSTILE)
    )
    events = tuple(
        {
            "id": f"e{i}",
            "date": "2020-01",
            "title": text,
            "actors": [f"a{i}"],
            "places": [f"p{i}"],
            "agreement": f"g{i}",
            "sources": cite(i + 3),
        }
        for i, text in enumerate(HOSTILE)
    )
    return Dossier(
        sources=(source,),
        actors=actors,
        places=tuple(
            {"id": f"p{i}", "name": t, "aliases": [t], "sources": ["src"]} for i, t in enumerate(HOSTILE)
        ),
        agreements=tuple(
            {"id": f"g{i}", "name": t, "aliases": [], "date": None, "parties": [f"a{i}"], "sources": ["src"]}
            for i, t in enumerate(HOSTILE)
        ),
        events=events,
        quotes=tuple(
            {
                "id": f"q{i}",
                "speaker": f"a{i}",
                "text": t,
                "partial": False,
                "date": None,
                "sources": cite(i + 5),
            }
            for i, t in enumerate(HOSTILE)
        ),
    )


def test_hostile_text_renders_literally_and_harmlessly() -> None:
    pages = render_pages(hostile_dossier(), TEMPLATES, {"name": HOSTILE[0], "description": HOSTILE[4]})
    for path, text in pages.items():
        html = to_html(text)
        parsed = parse_html(html)
        assert "<script" not in html.lower(), path
        assert "49" not in "".join(parsed.text), f"{path}: Jinja evaluated data"
        for tag, attrs in parsed.elements:
            assert tag not in ("script", "img", "iframe"), f"{path}: <{tag}> from data"
            assert not any(name.startswith("on") for name in attrs), f"{path}: event handler attribute"
            assert not (attrs.get("href") or "").lower().startswith("javascript:"), (
                f"{path}: javascript: link"
            )
            assert attrs.get("id") != "evil", f"{path}: attr_list from data"
        headings = [tag for tag, _ in parsed.elements if tag in ("h1", "h2", "h3", "h4", "h5", "h6", "hr")]
        assert "hr" not in headings, f"{path}: a rule from data"
        if path.startswith("events/e"):
            assert not any(tag in ("code", "ol", "table") for tag, _ in parsed.elements), path
            assert [tag for tag, _ in parsed.elements].count("h2") == 1, path
    # The original strings are present, literally, in the text of the HTML.
    source_text = " ".join(" ".join(parse_html(to_html(pages["sources/src.md"])).text).split())
    for text in HOSTILE:
        assert " ".join(text.split()) in source_text, text
    event_text = " ".join(parse_html(to_html(pages["events/e4.md"])).text)
    assert "[click](javascript:alert(3))" in event_text
    assert "javascript:alert(4)" in source_text  # shown as text, not as a link


def test_md_escapes_markdown_html_and_line_starts() -> None:
    assert md(None) == ""
    assert md("Recep Tayyip Erdoğan") == "Recep Tayyip Erdoğan"
    assert md("a <b> & c") == "a &lt;b&gt; &amp; c"
    assert md("*x* _y_ `z` [l](u) {#id} | # !") == (
        "&#42;x&#42; &#95;y&#95; &#96;z&#96; &#91;l&#93;(u) &#123;&#35;id&#125; &#124; &#35; &#33;"
    )
    assert md("- item") == "&#45; item"
    assert md("12. item") == "12&#46; item"
    assert md("one\n\n  two\tthree") == "one two three"


def test_safe_url_accepts_only_http() -> None:
    assert safe_url("https://example.org/a_b?x=1&y=(2)") == "https://example.org/a_b?x=1&y=%282%29"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,x") is None
    assert safe_url(None) is None


def test_bad_ids_are_refused() -> None:
    for bad in ("../etc/passwd", "Upper", 'x"><script>', ""):
        with pytest.raises(DossierError, match="not a lowercase ASCII slug"):
            build_index(Dossier(events=({"id": bad, "date": None, "title": "t"},)))
    with pytest.raises(DossierError, match="duplicate id"):
        build_index(Dossier(places=({"id": "x", "name": "A"}, {"id": "x", "name": "B"})))
    with pytest.raises(DossierError, match="clashes with a chronology heading"):
        render_pages(Dossier(events=({"id": "year-2020", "date": "2020", "title": "t"},)), TEMPLATES)


# ---------------------------------------------------------------- data loading


def test_load_data_reads_fixture_and_extra_files(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "data")
    (tmp_path / "data" / "disagreements.yaml").write_text("- id: d1\n  topic: date\n", encoding="utf-8")
    (tmp_path / "data" / "quotes.yaml").unlink()
    dossier = load_data(tmp_path / "data")
    assert [a["name"] for a in dossier.actors][:3] == ["Azerbaijan", "Hulusi Akar", "İlham Əliyev"]
    assert dossier.quotes == ()
    assert dossier.extra["disagreements"] == ({"id": "d1", "topic": "date"},)
    assert sorted(dossier.extra) == ["disagreements", "ledger"]
    assert load_data(tmp_path / "missing") == Dossier()


def test_load_data_reports_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "events.yaml").write_text(
        "- id: a\n  title: x\n- id: b\n  title: [unclosed\n", encoding="utf-8"
    )
    with pytest.raises(DossierError) as err:
        load_data(tmp_path)
    assert err.value.path.endswith("events.yaml") and err.value.line >= 4
    (tmp_path / "events.yaml").write_text("- id: a\n- just text\n", encoding="utf-8")
    with pytest.raises(DossierError) as err:
        load_data(tmp_path)
    assert err.value.line == 2 and "not a mapping" in err.value.message
    (tmp_path / "events.yaml").write_text("id: a\n", encoding="utf-8")
    with pytest.raises(DossierError, match="expected a list"):
        load_data(tmp_path)


# ---------------------------------------------------------------- the MkDocs plugin, for real


def _site(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    root.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(DOCS, root / "docs")
    shutil.copytree(TEMPLATES, root / "templates")
    shutil.copytree(FIXTURE, root / "data")
    return root


def _build(root: Path) -> list[str]:
    """Build with `--strict`; returns MkDocs' warnings and errors (a failed build raises `Abort`,
    with the plugin's `path:line: message` logged as an error just before)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort

    messages: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.levelno >= logging.WARNING:
                messages.append(record.getMessage())

    handler = Collect()
    logging.getLogger("mkdocs").addHandler(handler)
    try:
        build(load_config(config_file=str(root / "mkdocs.yml"), strict=True))
    except Abort:
        messages.append("Abort")
    finally:
        logging.getLogger("mkdocs").removeHandler(handler)
    return messages


def test_mkdocs_strict_build_with_the_plugin(tmp_path: Path) -> None:
    root = _site(tmp_path)
    assert _build(root) == []
    site = root / "site"
    chronology = (site / "chronology" / "index.html").read_text(encoding="utf-8")
    assert 'id="2020-11-10-akar-and-hasanov-meet-in-baku"' in chronology
    assert 'href="../events/2020-11-10-akar-and-hasanov-meet-in-baku/"' in chronology
    assert (site / "people" / "recep-tayyip-erdogan" / "index.html").exists()
    assert (site / "organisations" / "turkish-armed-forces" / "index.html").exists()
    assert not (root / "docs" / "chronology").exists()  # nothing generated is written into docs/
    nav = (site / "about" / "index.html").read_text(encoding="utf-8")
    assert "recep-tayyip-erdogan" not in nav  # item pages stay out of the navigation


def test_mkdocs_refuses_a_hand_written_page_at_a_generated_path(tmp_path: Path) -> None:
    root = _site(tmp_path)
    (root / "docs" / "people").mkdir()
    (root / "docs" / "people" / "hulusi-akar.md").write_text("# Hand-written\n", encoding="utf-8")
    messages = _build(root)
    assert messages[-1] == "Abort"
    assert messages[0].endswith(
        "docs/people/hulusi-akar.md:0: hand-written page has the path of a generated page; "
        "rename or remove it (generated pages come from data/ and templates/)"
    )


def test_mkdocs_reports_bad_data_with_file_and_line(tmp_path: Path) -> None:
    root = _site(tmp_path)
    (root / "data" / "places.yaml").write_text("- id: x\n  name: [oops\n", encoding="utf-8")
    messages = _build(root)
    assert messages[-1] == "Abort"
    assert re.search(r"data/places\.yaml:3: invalid YAML", messages[0]), messages


def test_mkdocs_site_of_hostile_data_has_no_markup_from_data(tmp_path: Path) -> None:
    root = _site(tmp_path)
    shutil.rmtree(root / "data")
    (root / "data").mkdir()
    for name, records in hostile_dossier().files().items():
        text = yaml.safe_dump(list(records), allow_unicode=True)
        (root / "data" / f"{name}.yaml").write_text(text, encoding="utf-8")
    assert _build(root) == []
    pages = list((root / "site").rglob("*.html"))
    assert len(pages) > 60
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html, page
        parsed = parse_html(html)
        for tag, attrs in parsed.elements:
            assert not any(name.startswith("on") for name in attrs), f"{page}: <{tag}> with a handler"
            assert not (attrs.get("href") or "").lower().startswith("javascript:"), page
    title = parse_html((root / "site" / "events" / "e16" / "index.html").read_text(encoding="utf-8"))
    assert "</title><script>alert(5)</script>" in "".join(title.text)  # shown, literally


# ---------------------------------------------------------------- disagreements


def test_disagreements_page_lists_every_value_with_its_sources(pages: dict[str, str]) -> None:
    page = pages["disagreements/index.md"]
    assert (
        "## [Shusha Declaration](../agreements/shusha-declaration.md): signing date "
        "{#shusha-declaration--date}" in page
    )
    assert "## Across the dossier: number of officers {#dossier--number-of-officers}" in page
    # every value, with the outlets that report it (country and type) and their sentences
    assert (
        "**15 June 2021**, reported by [Anadolu Wire](../sources/b02-shusha-declaration-signed.md) "
        "(Turkey, state news agency):" in page
    )
    assert (
        "**16 June 2021**, reported by "
        "[Background: two states, one nation](../sources/c03-undated-background-note.md):" in page
    )
    assert "> The declaration was signed on 16 June 2021." in page
    assert "**over 50**, reported by" in page and "**40**, reported by" in page
    # the curator's choice and why; no choice is said plainly
    assert (
        "The dossier keeps **15 June 2021**, the value the curator chose: The declaration itself is dated"
        in page
    )
    assert "The curator has not chosen between these values." in page


def test_agreement_and_event_pages_show_their_disagreements(pages: dict[str, str]) -> None:
    agreement = pages["agreements/shusha-declaration.md"]
    assert "**Signed:** 15 June 2021 ([sources disagree](#disagreements))" in agreement
    assert "## Where sources disagree {#disagreements}" in agreement
    assert "Sources disagree on the signing date" in agreement
    assert "[disagreements page](../disagreements/index.md)" in agreement
    event = pages["events/2021-06-15-shusha-declaration-signed.md"]  # its agreement's disagreement
    assert "**About:** [Shusha Declaration](../agreements/shusha-declaration.md)" in event
    assert "## Where sources disagree" not in pages["events/2020-11-10-akar-and-hasanov-meet-in-baku.md"]


def test_no_disagreements_is_said_plainly() -> None:
    page = render_pages(Dossier(), TEMPLATES)["disagreements/index.md"]
    assert "No disagreements were found" in page


# ---------------------------------------------------------------- source perspective


def test_event_page_says_who_reports_it(pages: dict[str, str]) -> None:
    page = pages["events/2021-06-15-shusha-declaration-signed.md"]
    assert (
        "- **Reported by:** [Anadolu Wire](../sources/b02-shusha-declaration-signed.md) "
        "(Turkey, state news agency); "
        "[Background: two states, one nation](../sources/c03-undated-background-note.md)\n"
    ) in page


def test_home_page_shows_the_balance_of_sources_by_country(pages: dict[str, str]) -> None:
    page = pages["index.md"]
    assert "## Who reports {#perspective}" in page
    assert page.index("## Who reports") < page.index("## Latest events")  # seen at a glance
    assert "| Azerbaijan | 1 | ███████ |" in page
    assert "| not recorded | 1 | ███████ |" in page
    assert "| state news agency | 1 |" in page
    assert "All 3 sources" not in page  # one source's country is unknown: no claim about all of them
    assert "| Article | Outlet | Based in | Kind | Published |" in page
    assert "| Outlet based in | Turkey | curation file |" in pages["sources/b02-shusha-declaration-signed.md"]


def test_outlet_balance_warns_when_sources_come_from_one_or_two_countries() -> None:
    from build_dossier.render import outlet_balance

    two = [{"outlet_country": c} for c in ("Turkey", "Azerbaijan", "Turkey", "Turkey", "Azerbaijan")]
    balance = outlet_balance(two)
    assert balance["warning"] == "All 5 sources are from media in Turkey and Azerbaijan."
    assert [(r["name"], r["count"], len(r["bar"])) for r in balance["countries"]] == [
        ("Turkey", 3, 12),
        ("Azerbaijan", 2, 8),
    ]
    assert (
        outlet_balance([{"outlet_country": "Armenia"}])["warning"]
        == "The only source is from media in Armenia."
    )
    three = [*two, {"outlet_country": "Russia"}]
    assert outlet_balance(three)["warning"] is None
    assert outlet_balance([])["warning"] is None
    page = render_pages(Dossier(sources=tuple({"id": f"s{i}", **s} for i, s in enumerate(two))), TEMPLATES)
    assert "All 5 sources are from media in Turkey and Azerbaijan." in page["index.md"]


def test_curated_outlets_give_sources_their_country_and_type() -> None:
    from build_dossier.curate import apply_curation, parse_curation
    from build_dossier.errors import Report

    text = (
        "outlets:\n"
        "  Caspian Evening Post: {country: Azerbaijan, type: private newspaper, aliases: [CEP]}\n"
        "  anadolu wire: {country: Turkey, type: state news agency}\n"
        "  Gone Gazette: {country: Georgia, type: private}\n"
    )
    report = Report()
    curation = parse_curation(text, "curation.yaml", report)
    assert not report.errors
    sources = (
        {"id": "a", "outlet": "Caspian Evening Post"},
        {"id": "b", "outlet": "ANADOLU WIRE"},
        {"id": "c", "outlet": "cep.az"},
        {"id": "d", "outlet": None},
    )
    out = {s["id"]: s for s in apply_curation(Dossier(sources=sources), curation, report).sources}
    assert (out["a"]["outlet_country"], out["a"]["outlet_type"]) == ("Azerbaijan", "private newspaper")
    assert out["b"]["outlet_type"] == "state news agency"  # any case
    assert out["c"]["outlet_country"] == "Azerbaijan"  # alias, web domain ignored
    assert "outlet_country" not in out["d"]
    assert not report.warnings  # an outlet of no source is reference data, not a problem
    bad = Report()
    parse_curation("outlets:\n  X: {country: Y, kind: private}\n", "curation.yaml", bad)
    assert any("unknown key 'kind'" in str(e) and ":2:" in str(e) for e in bad.errors), bad.errors


# ---------------------------------------------------------------- old URLs (the ledger)


def test_moved_pages_redirect_and_keep_their_chronology_anchor(pages: dict[str, str]) -> None:
    page = pages["events/2020-11-10-akar-meets-hasanov.md"]
    assert page.startswith("---\ndossier_redirect: events/2020-11-10-akar-and-hasanov-meet-in-baku.md\n")
    assert (
        "This page has moved to [Akar and Həsənov meet in Baku](2020-11-10-akar-and-hasanov-meet-in-baku.md)"
        in page
    )
    assert "](../chronology/index.md#2020-11-10-akar-and-hasanov-meet-in-baku)" in page
    person = pages["people/zakir-hesenov.md"]
    assert "This page has moved to [Zakir Həsənov](zakir-hasanov.md)" in person
    chronology = pages["chronology/index.md"]
    assert (
        '<a id="2020-11-10-akar-meets-hasanov"></a><a id="2020-11-10-akar-and-hasanov-meet-in-baku"></a>'
        in chronology
    )


def test_withdrawn_pages_say_why_and_what_to_read_instead(pages: dict[str, str]) -> None:
    page = pages["events/2020-11-11-page-header-read-as-an-event.md"]
    assert "# Withdrawn: Page header read as an event" in page
    assert "**Why:** the crawl date of the page was read as an event." in page
    assert "[all events](index.md)" in page and "(../chronology/index.md#withdrawn)" in page
    place = pages["places/ganja.md"]
    assert "This place has been withdrawn" in place and "[all places](index.md)" in place
    # a moved entry whose successor is gone is shown as withdrawn, not as a broken redirect
    gone = pages["events/2021-06-14-declaration-prepared.md"]
    assert "dossier_redirect" not in gone and "the page it moved to no longer exists" in gone
    chronology = pages["chronology/index.md"]
    withdrawn = chronology[chronology.index("## Withdrawn {#withdrawn}") :]
    assert '<a id="2020-11-11-page-header-read-as-an-event"></a>**Page header read as an event**' in withdrawn
    assert '<a id="2021-06-14-declaration-prepared"></a>' in withdrawn
    # an entry of a live page (active) or of an unknown section gets no page
    assert "agreements/shusha-declaration.md" in pages
    assert not any("moved" in p for p in pages)


def test_ledger_pages_ignore_live_and_malformed_entries() -> None:
    from build_dossier.render import ledger_pages

    ledger = (
        {"id": "events/e1", "status": "moved", "successor": "events/e2"},  # e1 is live: no page
        {"id": "events/../x", "status": "withdrawn", "reason": "r"},
        {"id": "nowhere/x", "status": "withdrawn", "reason": "r"},
        {"id": "events/old", "status": "moved", "successor": "events/e2"},
        "not a mapping",
    )
    events = ({"id": "e1", "date": None, "title": "A"}, {"id": "e2", "date": None, "title": "B"})
    out = ledger_pages(Dossier(events=events, extra={"ledger": ledger}))
    assert [(e["id"], e["status"]) for e in out] == [("events/old", "moved")]


def test_mkdocs_moved_page_has_meta_refresh_and_canonical(tmp_path: Path) -> None:
    root = _site(tmp_path)
    assert _build(root) == []
    site = root / "site"
    moved = (site / "events" / "2020-11-10-akar-meets-hasanov" / "index.html").read_text(encoding="utf-8")
    head = moved[: moved.index("</head>")]
    assert '<meta http-equiv="refresh" content="0; url=../2020-11-10-akar-and-hasanov-meet-in-baku/">' in head
    assert '<link rel="canonical" href="../2020-11-10-akar-and-hasanov-meet-in-baku/">' in head
    assert 'href="../2020-11-10-akar-and-hasanov-meet-in-baku/"' in moved[moved.index("</head>") :]
    withdrawn = (site / "places" / "ganja" / "index.html").read_text(encoding="utf-8")
    assert "http-equiv" not in withdrawn and "This place has been withdrawn" in withdrawn
    assert (site / "disagreements" / "index.html").exists()
    nav = (site / "about" / "index.html").read_text(encoding="utf-8")
    assert "disagreements/" in nav and "akar-meets-hasanov" not in nav
    search = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "Moved: Akar meets" not in search  # old addresses are not search results


def test_hostile_disagreements_and_ledger_labels_render_literally() -> None:
    evil = "<script>alert(1)</script> {#evil} [x](javascript:alert(2))"
    dossier = Dossier(
        sources=({"id": "s", "outlet": evil, "outlet_country": evil, "outlet_type": evil},),
        events=({"id": "e", "date": None, "title": "T", "sources": [{"source": "s", "text": evil}]},),
        extra={
            "disagreements": (
                {
                    "id": "e--date",
                    "subject": "e",
                    "subject_kind": "event",
                    "field": "date",
                    "label": evil,
                    "values": [
                        {"value": evil, "sources": ["s"], "citations": [{"source": "s", "text": evil}]}
                    ],
                    "chosen": evil,
                    "note": evil,
                },
            ),
            "ledger": ({"id": "events/old", "status": "withdrawn", "reason": evil, "label": evil},),
        },
    )
    pages = render_pages(dossier, TEMPLATES)
    for path in ("disagreements/index.md", "events/e.md", "events/old.md", "chronology/index.md", "index.md"):
        html = to_html(pages[path])
        assert "<script" not in html, path
        for _tag, attrs in parse_html(html).elements:
            assert attrs.get("id") != "evil", path
            assert not (attrs.get("href") or "").startswith("javascript:"), path
    with pytest.raises(DossierError, match="not a lowercase ASCII slug"):
        bad = {"id": '"><script>', "subject": None, "values": []}
        render_pages(Dossier(extra={"disagreements": (bad,)}), TEMPLATES)


def test_event_page_shows_the_curators_note_why_reports_were_merged_and_each_sources_date(
    dossier: Dossier,
) -> None:
    from dataclasses import replace

    event = dict(dossier.events[0])
    first = dict(event["sources"][0], date="1990-01-01")
    event.update(
        note="Checked against the <b>archive</b>.",
        merged_because=["same day, same kind of happening (fighting), different sources"],
        sources=[first, *event["sources"][1:]],
    )
    changed = replace(dossier, events=(event, *dossier.events[1:]))
    page = render_pages(changed, ROOT / "templates")[f"events/{event['id']}.md"]
    html = to_html(page)
    assert "Curator's note" in html and "Checked against the &lt;b&gt;archive&lt;/b&gt;." in html
    assert "Why the reports were merged:" in html and "different sources" in html
    assert "this source dates it 1 January 1990" in html
