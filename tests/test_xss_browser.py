"""Nothing in an article executes or changes the page (issue 5), in a real browser.

A dossier is built from the hostile articles of tests/fixtures/hostile/ (script tags, event handlers,
Jinja, javascript: links, Markdown and attribute-list syntax); its event, person, source and chronology
pages and the search results for a hostile word are opened in Debian's chromium. No dialog opens, no
element comes from the article, every link keeps a safe target, and the hostile text is shown as text.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from tests.browser import browser_page, serve_dir
from tests.conftest import ROOT, copy_project, run_cli

HOSTILE = ROOT / "tests" / "fixtures" / "hostile"

# Runs in the page: elements and links an article could have injected.
PROBE = """() => ({
  scripts: [...document.querySelectorAll('script')].map(s => s.textContent).filter(t => t.includes('alert(')),
  handlers: [...document.querySelectorAll('*')].filter(
      el => [...el.attributes].some(a => a.name.toLowerCase().startsWith('on'))).map(el => el.outerHTML),
  images: [...document.querySelectorAll('img[src="x"], img[onerror]')].length,
  bold: [...document.querySelectorAll('article b')].map(b => b.textContent),
  badLinks: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))
      .filter(h => /^\\s*(javascript|data|vbscript):/i.test(h) || h.includes('evil.example')),
  ids: [...document.querySelectorAll('[id="id"], [id="top"]')].length,
})"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("xss"))
    shutil.rmtree(project / "seeds")
    shutil.copytree(HOSTILE, project / "seeds")
    result = run_cli(project, "build", "--strict")
    assert result.returncode == 0, result.stderr
    return project


def _pages(project: Path) -> list[str]:
    data = project / "data"
    events = yaml.safe_load((data / "events.yaml").read_text(encoding="utf-8"))
    actors = yaml.safe_load((data / "actors.yaml").read_text(encoding="utf-8"))
    sources = yaml.safe_load((data / "sources.yaml").read_text(encoding="utf-8"))
    pages = ["chronology/", "sources/", "people/"]
    pages += [f"events/{e['id']}/" for e in events]
    pages += [f"people/{a['id']}/" for a in actors if a["kind"] == "person"]
    pages += [f"sources/{s['id']}/" for s in sources]
    return pages


def test_hostile_pages_show_text_and_run_nothing(hostile_site: Path) -> None:
    pages = _pages(hostile_site)
    assert any(p.startswith("people/") and p != "people/" for p in pages)
    dialogs: list[str] = []
    shown = ""
    with serve_dir(hostile_site / "site") as base, browser_page() as page:
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        for path in pages:
            page.goto(base + path)
            page.wait_for_load_state("load")
            found = page.evaluate(PROBE)
            assert found == {
                "scripts": [],
                "handlers": [],
                "images": 0,
                "bold": [],
                "badLinks": [],
                "ids": 0,
            }, path
            assert "alert(1)" not in page.title() or "<script>" in page.title(), path
            shown += page.inner_text("article") + "\n"
    assert dialogs == []
    for literal in (
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "{{ 7*7 }}",
        '{% include "x" %}',
        "[x](javascript:alert(1))",
        "<!-- the rest was hidden -->",
        "{#id}",
        "<b>bold</b>",
        "| a | b |",
        "!!! note",
    ):
        assert literal in shown, literal


def test_search_results_show_hostile_text_literally(hostile_site: Path) -> None:
    dialogs: list[str] = []
    with serve_dir(hostile_site / "site") as base, browser_page() as page:
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(base)
        page.wait_for_load_state("load")
        page.locator("input.md-search__input").click()
        page.keyboard.type("ferry")
        page.wait_for_selector(".md-search-result__item", timeout=15000)
        page.wait_for_timeout(500)
        found = page.evaluate(PROBE)
        results = page.inner_text(".md-search-result")
    assert dialogs == []
    assert found["scripts"] == [] and found["handlers"] == [] and found["images"] == 0
    assert found["badLinks"] == []
    assert "<script>alert(1)</script>" in results
