"""What a reader does on the built site, in a real browser (Debian's chromium via Playwright)."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.browser import browser_page, serve_dir


def test_search_finds_an_event_by_a_place_name(built_project: Path) -> None:
    """Type a word into the search box: the matching event's page is among the results."""
    events = yaml.safe_load((built_project / "data" / "events.yaml").read_text(encoding="utf-8"))
    # Pick the word from the data, as a reader would: the first place of the first event that has one.
    event = next(e for e in events if e["places"])
    places = {
        p["id"]: p["name"] for p in yaml.safe_load((built_project / "data" / "places.yaml").read_text())
    }
    word = places[event["places"][0]].split()[0]
    with serve_dir(built_project / "site") as base, browser_page() as page:
        page.goto(base)
        page.click("input.md-search__input")
        page.keyboard.type(word)
        page.wait_for_selector(".md-search-result__item a", timeout=15000)
        hrefs = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
        texts = page.inner_text(".md-search-result")
    assert word.lower() in texts.lower()
    assert any("/events/" in h for h in hrefs), hrefs


def test_kalbajar_search_finds_the_event_of_25_november_2020(built_project: Path) -> None:
    """The sample dossier's acceptance check (issue 2): searching finds the 2020-11-25 event."""
    with serve_dir(built_project / "site") as base, browser_page() as page:
        page.goto(base)
        page.click("input.md-search__input")
        page.keyboard.type("Kalbajar")
        page.wait_for_selector(".md-search-result__item a", timeout=15000)
        hrefs = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    assert any("/events/2020-11-25" in h for h in hrefs), hrefs


def test_event_link_opens_the_event_and_the_chronology_anchor_scrolls(built_project: Path) -> None:
    events = yaml.safe_load((built_project / "data" / "events.yaml").read_text(encoding="utf-8"))
    event = events[len(events) // 2]
    with serve_dir(built_project / "site") as base, browser_page() as page:
        page.goto(f"{base}events/{event['id']}/")
        assert event["title"] in page.inner_text("article")
        page.goto(f"{base}chronology/#{event['id']}")
        box = page.locator(f"[id='{event['id']}']").bounding_box()
        assert box is not None and 0 <= box["y"] < 900, box
