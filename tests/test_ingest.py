"""Ingest: decoding, furniture, metadata with provenance, paragraphs and sentences, sidecars, seeds."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from build_dossier.errors import Report
from build_dossier.ingest import (
    SIDECAR_SUFFIX,
    byline_author,
    date_line,
    ingest_bytes,
    load_seeds,
    numeric_order,
    read_sidecar,
    split_sentences,
)
from build_dossier.models import Article

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


@pytest.fixture(scope="module")
def samples() -> dict[str, Article]:
    report = Report()
    articles = load_seeds(SEEDS, report)
    assert not report.errors
    return {a.path.split("/")[-1][:3]: a for a in articles}


def fixture(name: str, sidecar: dict | None = None, report: Report | None = None) -> Article:
    raw = (FIXTURES / name).read_bytes()
    return ingest_bytes(raw, f"tests/fixtures/ingest/{name}", sidecar, report or Report())


def furniture(article: Article, reason: str | None = None) -> list[str]:
    return [f.text for f in article.furniture if reason is None or f.reason == reason]


def body(article: Article) -> str:
    return "\n".join(p.text for p in article.paragraphs)


def check_offsets(article: Article) -> None:
    for p in article.paragraphs:
        assert article.text[p.start : p.end] == p.text
        assert article.text.count("\n", 0, p.start) + 1 == p.line
        for s in p.sentences:
            assert article.text[s.start : s.end] == s.text
            assert p.start <= s.start < s.end <= p.end
            assert article.paragraphs[s.paragraph] is p


# ---------------------------------------------------------------- the sample articles


def test_every_sample_keeps_offsets_and_lines(samples: dict[str, Article]) -> None:
    assert sorted(samples) == ["000", "001", "002", "003", "004"]
    for article in samples.values():
        check_offsets(article)
        assert article.sentences
        assert re.fullmatch(r"[0-9a-f]{64}", article.sha256)


def test_every_non_furniture_line_survives(samples: dict[str, Article]) -> None:
    for article in samples.values():
        kept = {p.line for p in article.paragraphs}
        dropped = {f.line for f in article.furniture}
        for no, line in enumerate(article.text.split("\n"), start=1):
            if line.strip():
                assert (no in kept) != (no in dropped), (article.path, no, line)


def test_000_header_date_is_not_the_publication_date(samples: dict[str, Article]) -> None:
    a = samples["000"]
    assert a.published.value == "2020-11-11"
    assert a.published.origin == "text"
    assert a.published.line == 7
    assert ("Friday April 26 2024", "page date") in [(f.text, f.reason) for f in a.furniture]
    assert a.outlet.value == "Azernews.Az"
    assert a.outlet.origin == "text"
    assert a.author.value == "Vafa İsmayilova"
    assert "By Vafa" not in body(a)
    assert a.title.value == "Azerbaijani, Turkish defence ministers mull Karabakh victory"
    assert a.id == "000-e24d4901e29cb5bd"


def test_000_gallery_and_slider_lines_are_furniture(samples: dict[str, Article]) -> None:
    a = samples["000"]
    gallery = furniture(a, "gallery line")
    assert gallery.count("Slider Image 1") == 8
    assert sum(t.endswith("- Gallery Image") for t in gallery) == 8
    text = body(a)
    for junk in ("Slider Image", "Gallery Image", "Follow us on Twitter", "Loading...", "Latest See more"):
        assert junk not in text
    assert "Follow us on Twitter @AzerNewsAz" in furniture(a)
    assert "repeated headline" in {f.reason for f in a.furniture}
    assert "historic victory that ended the 30-years-old conflict" in text


def test_001_metadata_from_sidecar_and_repeats(samples: dict[str, Article]) -> None:
    a = samples["001"]
    assert (a.outlet.value, a.outlet.origin, a.outlet.line) == ("TRT World", "metadata", 2)
    assert (a.published.value, a.published.origin, a.published.line) == ("2021-11-08", "metadata", 3)
    assert a.title.value is None
    reasons = {f.text: f.reason for f in a.furniture}
    assert reasons["Source: AA"] == "agency credit"
    assert sum(r == "read-more link" for r in reasons.values()) == 2
    assert any(t.endswith("(AA)") and r == "repeated paragraph" for t, r in reasons.items())
    assert "READ MORE" not in body(a)
    # the first copy of the repeated paragraph survives
    assert "as part of its historical responsibility." in body(a)
    headings = [p.text for p in a.paragraphs if p.heading]
    assert "Liberation of Karabakh" in headings
    assert "Turkish defence chief in liberated Shusha" in headings
    assert not any(p.heading for p in a.paragraphs if p.text.startswith("New clashes"))


def test_002_storage_prefix_is_not_in_the_title(samples: dict[str, Article]) -> None:
    a = samples["002"]
    assert a.title.value == "Azerbaijani army seized great victory, Turkish Defense Ministry says"
    assert "date" not in a.title.value
    assert (a.published.value, a.published.origin, a.published.line) == ("2020-10-10", "text", 3)
    reasons = {f.text: f.reason for f in a.furniture}
    assert reasons["BAKU, Azerbaijan, Oct. 10"] == "dateline"
    assert reasons["Politics 10 October 2020 15:09 (UTC+04:00)"] == "timestamp"
    assert "Trend:" in reasons
    assert a.paragraphs[0].text.startswith("Azerbaijani army has seized great victory")


def test_003_triple_headline_collapses(samples: dict[str, Article]) -> None:
    a = samples["003"]
    assert a.title.value == "Turkey reiterates solidarity with Azerbaijan on anniversary of Karabakh war"
    assert a.title.origin == "text"
    assert [f.reason for f in a.furniture].count("repeated headline") == 2
    assert "Turkey reiterates solidarity" not in body(a)
    assert (a.outlet.value, a.outlet.origin) == ("Hürriyet Daily News", "metadata")
    assert (a.published.value, a.published.origin) == ("2021-11-09", "metadata")
    # two lines without a blank line between them are two paragraphs
    assert any(p.text.startswith("President İlham Aliyev spent") for p in a.paragraphs)


def test_004_published_line_and_contact_us(samples: dict[str, Article]) -> None:
    a = samples["004"]
    assert (a.published.value, a.published.origin, a.published.line) == ("2020-11-25", "text", 8)
    reasons = {f.text: f.reason for f in a.furniture}
    assert reasons["Contact Us"] == "navigation"
    assert "Published November 25,2020" in reasons
    assert a.title.value == "Turkey hails liberation of Kalbajar from 27-year long Armenian occupation"
    assert a.outlet.value == "Anadolu Agency"


def test_sentence_splitting_on_samples(samples: dict[str, Article]) -> None:
    texts = [s.text for s in samples["003"].sentences]
    assert any(t.startswith("Meanwhile, the Foreign Ministry on Nov. 8 expressed solidarity") for t in texts)
    assert not any(t.endswith("on Nov.") for t in texts)
    quote = [t for t in samples["001"].sentences if "look to the future," in t.text]
    assert quote and quote[0].text.endswith("he said.")


# ---------------------------------------------------------------- own fixtures


def test_page_furniture_fixture() -> None:
    a = fixture("page_furniture.txt")
    check_offsets(a)
    reasons = {f.text: f.reason for f in a.furniture}
    assert reasons["HY RU EN"] == "navigation"
    assert reasons["Harbourtown.News"] == "site header"
    assert reasons["Monday March 3 2025"] == "page date"
    assert reasons["- Advertisement -"] == "advertisement"
    assert reasons["Last Update: 15 June 2019 08:00"] == "update line"
    assert reasons["Write a comment"] == "comment prompt"
    assert reasons["READ MORE: Island residents protest higher fares"] == "read-more link"
    assert reasons["Photo: Harbour Authority"] == "photo caption"
    assert any(t.endswith("(HNA)") and r == "repeated paragraph" for t, r in reasons.items())
    assert (a.published.value, a.published.origin, a.published.line) == ("2019-06-14", "text", 8)
    assert (a.author.value, a.author.line) == ("Maria Olsen", 11)
    assert (a.outlet.value, a.outlet.origin) == ("Harbourtown.News", "text")
    assert a.title.value == "Port council approves new ferry link to the islands"
    assert [p.text for p in a.paragraphs if p.heading] == ["Funding and timetable"]


def test_sentence_splitting_fixture() -> None:
    a = fixture("page_furniture.txt")
    texts = [s.text for s in a.sentences]
    assert (
        '"The link will run twice a day from Sept. 1," said Dr. A. B. Karlsen, '
        "head of the council's transport committee." in texts
    )
    assert '"We waited a long time for this..." he added.' in texts
    assert "The U.S. firm that builds the vessels delivered the first hull in May." in texts
    assert "The second is due by Nov. 30, the council said." in texts
    assert any(
        t.startswith("The council approved the plan with 9.5 votes") and t.endswith("minutes.") for t in texts
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("It cost 2.5 million. Then it rose.", ["It cost 2.5 million.", "Then it rose."]),
        ("“We will win,” he said. Then he left.", ["“We will win,” he said.", "Then he left."]),
        ("It was hard. “We lost.” Nobody cried.", ["It was hard.", "“We lost.”", "Nobody cried."]),
        (
            "Mr. Smith met Gen. Jones on Jan. 5. They talked.",
            ["Mr. Smith met Gen. Jones on Jan. 5.", "They talked."],
        ),
        ("Ask J. R. Smith. He knows.", ["Ask J. R. Smith.", "He knows."]),
        ("He waited... Then he spoke.", ["He waited...", "Then he spoke."]),
        ("She moved to the U.S. The move was hard.", ["She moved to the U.S.", "The move was hard."]),
        (
            "See St. Mark's church at No. 5 Main St. today.",
            ["See St. Mark's church at No. 5 Main St. today."],
        ),
        ("Is it over? Yes! Fine.", ["Is it over?", "Yes!", "Fine."]),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == expected


def test_dateline_without_year_leaves_published_unknown() -> None:
    a = fixture("dateline_only.txt")
    assert a.published.value is None and a.published.origin is None
    assert a.title.value == "River crossing reopens after two weeks of repairs"
    assert furniture(a, "navigation") == ["All news"]
    assert a.paragraphs[0].sentences[0].text == "OSLO, March 4. /NTB/."


def test_dateline_year_inferred_from_url() -> None:
    a = fixture("dateline_only.txt", {"url": "https://example.org/news/2024/03/05/river-crossing"})
    assert (a.published.value, a.published.origin) == ("2024-03-04", "inferred")
    assert a.url.value == "https://example.org/news/2024/03/05/river-crossing"
    assert a.url.origin == "metadata"


def test_no_headline_and_agency_credit() -> None:
    a = fixture("no_headline.txt")
    assert a.title.value is None
    assert (a.outlet.value, a.outlet.origin, a.outlet.line) == ("Local Wire", "text", 5)
    assert [s.text for s in a.sentences][:2] == [
        "The city library opened a new reading room on Monday, the mayor's office said.",
        "It seats 40 readers.",
    ]
    assert a.sentences[2].text == "Opening hours are from 9 a.m. to 8 p.m. on weekdays."


def test_sidecar_values_win() -> None:
    side = {
        "title": "Curated title",
        "outlet": "Curated Outlet",
        "published": "2019-06",
        "author": "A. Writer",
    }
    a = fixture("page_furniture.txt", side)
    assert (a.title.value, a.title.origin) == ("Curated title", "metadata")
    assert (a.outlet.value, a.outlet.origin) == ("Curated Outlet", "metadata")
    assert (a.published.value, a.published.origin) == ("2019-06", "metadata")
    assert (a.author.value, a.author.origin) == ("A. Writer", "metadata")


# ---------------------------------------------------------------- encodings

ARTICLE = (
    "Council approves new ferry link\n\n"
    "The council approved the “new” ferry link on Monday. It will run daily.\n"
)


def test_utf8_bom_and_crlf() -> None:
    raw = b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8")
    report = Report()
    a = ingest_bytes(raw, "x/bom.txt", None, report)
    assert not a.text.startswith("\ufeff")
    assert "\r" not in a.text
    assert a.text == ARTICLE
    assert a.title.value == "Council approves new ferry link"
    assert not report.warnings
    check_offsets(a)


def test_old_mac_line_ends() -> None:
    a = ingest_bytes(ARTICLE.replace("\n", "\r").encode("utf-8"), "x/cr.txt", None, Report())
    assert a.text == ARTICLE
    assert len(a.sentences) == 2


def test_cp1252_fallback_warns() -> None:
    raw = ARTICLE.encode("cp1252")
    report = Report()
    a = ingest_bytes(raw, "x/legacy.txt", None, report)
    assert a.encoding == "cp1252"
    assert "“new”" in a.text
    assert len(report.warnings) == 1
    w = report.warnings[0]
    assert (w.path, w.line) == ("x/legacy.txt", 3)
    assert "UTF-8" in w.message and "cp1252" in w.message
    assert not report.errors


def test_latin1_fallback_for_bytes_undefined_in_cp1252() -> None:
    report = Report()
    a = ingest_bytes(b"Caf\xe9 \x81 opens.\n", "x/l1.txt", None, report)
    assert a.encoding == "latin-1"
    assert "Café" in a.text
    assert report.warnings


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    a = ingest_bytes(bom + ARTICLE.replace("\n", "\r\n").encode(codec), "x/u16.txt", None, Report())
    assert a.text == ARTICLE
    assert a.encoding == "utf-16"


def test_nfc_normalisation_keeps_offsets() -> None:
    raw = "Cafe\u0301 owners met on Monday. They agreed.\n".encode()
    a = ingest_bytes(raw, "x/nfc.txt", None, Report())
    assert "Café" in a.text and "\u0301" not in a.text
    check_offsets(a)


# ---------------------------------------------------------------- sidecars


def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_sidecar_valid_and_date_object(tmp_path: Path) -> None:
    p = write(
        tmp_path,
        "a.meta.yaml",
        "# comment\nurl: https://example.org/a\noutlet: TRT World\npublished: 2021-11-08\n",
    )
    report = Report()
    side = read_sidecar(p, report)
    assert not report.errors
    assert dict(side) == {"url": "https://example.org/a", "outlet": "TRT World", "published": "2021-11-08"}
    assert side.lines == {"url": 2, "outlet": 3, "published": 4}


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ("outlet: X\npublisher: Y\n", 2, "unknown key 'publisher'"),
        ("outlet: X\n\npublished: 2020-02-30\n", 3, "not a valid EDTF"),
        ("published: last tuesday\n", 1, "not a valid EDTF"),
        ("outlet: X\ntitle: [a, b]\n", 2, "title: expected a single value"),
        ("- outlet\n- title\n", 1, "must be a mapping"),
        ("outlet: X\ntitle: 'unclosed\nauthor: Y\n", 4, "YAML syntax error"),
        ("outlet: X\n  bad: indent\n", 2, "YAML syntax error"),
        ("url: not a url\n", 1, "url:"),
        ("outlet: X\noutlet: Y\n", 2, "duplicate key"),
        ("author: yes\n", 1, "expected text"),
    ],
)
def test_sidecar_errors_have_lines(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    p = write(tmp_path, "bad.meta.yaml", text)
    report = Report()
    read_sidecar(p, report)
    assert report.errors, text
    err = report.errors[0]
    assert err.path == str(p)
    assert err.line == line, (text, str(err))
    assert fragment in err.message


def test_empty_sidecar_is_fine(tmp_path: Path) -> None:
    report = Report()
    assert dict(read_sidecar(write(tmp_path, "e.meta.yaml", "# nothing yet\n"), report)) == {}
    assert not report.errors


# ---------------------------------------------------------------- the seeds folder


def test_load_seeds_skips_and_reports(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    write(seeds, "b_article.txt", ARTICLE)
    write(seeds, "a_article.txt", ARTICLE)
    write(seeds, "a_article" + SIDECAR_SUFFIX, "outlet: Example Wire\npublished: 2021-11-08\n")
    write(seeds, "orphan" + SIDECAR_SUFFIX, "outlet: Nobody\n")
    write(seeds, "empty.txt", "  \n\n")
    write(seeds, "notes.md", "not an article")
    (seeds / "scan.txt").write_bytes(b"%PDF-1.4\n\x00\x01\x02binary")
    (seeds / "nul.txt").write_bytes(b"abc\x00\x00\x00\x00def" * 10)
    outside = write(tmp_path, "outside.txt", ARTICLE)
    os.symlink(outside, seeds / "link_out.txt")
    os.symlink(seeds / "b_article.txt", seeds / "link_in.txt")
    (seeds / "sub").mkdir()
    write(seeds / "sub", "nested.txt", ARTICLE)

    report = Report()
    articles = load_seeds(seeds, report)
    assert [a.id for a in articles] == ["a-article", "b-article"]
    assert articles[0].outlet.value == "Example Wire" and articles[0].outlet.origin == "metadata"
    assert articles[0].path == str(seeds / "a_article.txt")
    errors = [(Path(e.path).name, e.message) for e in report.errors]
    assert len(errors) == 1 and errors[0][0] == "orphan.meta.yaml" and "without its article" in errors[0][1]
    warned = {Path(w.path).name: w.message for w in report.warnings}
    assert set(warned) == {"empty.txt", "scan.txt", "nul.txt", "link_out.txt", "link_in.txt"}
    assert "same content as" in warned["link_in.txt"]
    assert "PDF" in warned["scan.txt"]
    assert "outside" in warned["link_out.txt"]


def test_load_seeds_missing_dir(tmp_path: Path) -> None:
    report = Report()
    assert load_seeds(tmp_path / "nope", report) == ()
    assert report.errors and report.errors[0].line == 0


# ---------------------------------------------------------------- web dates, role bylines, credits


@pytest.mark.parametrize(
    ("line", "order", "value", "kind"),
    [
        ("15.03.2023 [18:05]", "dmy", "2023-03-15", "timestamp"),
        ("15.03.2023 [18:05]", "mdy", "2023-03-15", "timestamp"),
        ("January 8, 2023 4:12 PM GMT+2 Updated 2 hours ago", "dmy", "2023-01-08", "timestamp"),
        ("Published: 12/05/2024 - 09:15 | Updated: 13/05/2024 - 13:02", "dmy", "2024-05-12", "published"),
        ("Published: 12/05/2024 - 09:15", "mdy", "2024-12-05", "published"),
        ("Posted 13/05/2024", "mdy", "2024-05-13", "published"),
        ("05/13/2024 10:00", "dmy", "2024-05-13", "timestamp"),
        ("2023-03-15 18:05", "dmy", "2023-03-15", "timestamp"),
        ("15 March 2023, 18:05", "dmy", "2023-03-15", "timestamp"),
        ("Mar 15, 2023", "dmy", "2023-03-15", "timestamp"),
        ("Updated: 12/05/2024 - 13:02", "dmy", "2024-05-12", "update"),
        ("Source: Agency  |  2024-11-06 22:41:15  |  Editor: Jan Kowal", "dmy", "2024-11-06", "timestamp"),
        ("Ana Silva and Rui Costa   |19.11.2024 - Update : 19.11.2024", "dmy", "2024-11-19", "timestamp"),
    ],
)
def test_date_line_web_formats(line: str, order: str, value: str, kind: str) -> None:
    dl = date_line(line, order)
    assert dl is not None and (dl.value, dl.kind) == (value, kind)


def test_date_line_leaves_sentences_alone() -> None:
    assert date_line("He was born on 12/05/1990 in a small town near the border.") is None


def test_numeric_order() -> None:
    assert numeric_order(["Posted 07/04/2023", "Updated: 07/15/2023"]) == "mdy"
    assert numeric_order(["Posted 07/04/2023", "Updated: 15/07/2023"]) == "dmy"
    assert numeric_order(["Posted 07/04/2023"]) == "dmy"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Jane Doe, Oslo correspondent", "Jane Doe"),
        ("By Jane Doe | Example News", "Jane Doe"),
        ("By Jane Doe and John Roe", "Jane Doe and John Roe"),
        ("Written by: Maria Olsen", "Maria Olsen"),
        ("By Jean de la Croix - Senior Editor", "Jean de la Croix"),
        ("By contrast, the army said it had withdrawn.", None),
        ("By Tuesday, troops had left the town.", None),
        ("By Jane Doe, who visited the city last year.", None),
    ],
)
def test_byline_author(line: str, author: str | None) -> None:
    assert byline_author(line) == author


def test_numeric_dates_role_byline_and_credits() -> None:
    a = fixture("numeric_dates.txt")
    check_offsets(a)
    assert (a.published.value, a.published.origin, a.published.line) == ("2024-09-04", "text", 6)
    assert (a.author.value, a.author.line) == ("Tomas Lind", 8)
    reasons = {f.text: f.reason for f in a.furniture}
    assert reasons["By Tomas Lind, transport correspondent"] == "byline"
    assert reasons["Photo by Erik Sand"] == "credit line"
    assert reasons["Credit: Lakeside Transport Company"] == "credit line"
    assert reasons[
        "Passengers wait at the Market Square stop on the opening day. (Photo: Ana Berg/Lakeside Herald)"
    ] in ("photo caption", "credit line")
    text = body(a)
    for gone in ("Tomas Lind", "Erik Sand", "Ana Berg", "Published:", "Credit:"):
        assert gone not in text
    assert "deputy mayor Karin Holm" in text
    assert a.outlet.value != "Lakeside Transport Company"


def test_wire_timestamp_with_update_tail_and_editing_credit() -> None:
    a = fixture("wire_credits.txt")
    check_offsets(a)
    assert (a.published.value, a.published.line) == ("2024-03-05", 6)
    assert a.author.value == "Min-jun Park and Sara Lee"
    assert furniture(a, "credit line") == ["(Reporting by Min-jun Park in Seoul; Editing by Tom Hale)"]
    text = body(a)
    assert "Tom Hale" not in text and "Updated 3 hours ago" not in text and "By Min-jun" not in text
    assert a.paragraphs[0].text.startswith("SEOUL, March 5 (Example Wire)")


def test_month_first_page_and_update_line_is_not_publication() -> None:
    a = fixture("us_dates.txt")
    assert (a.published.value, a.published.line) == ("2023-07-04", 5)
    assert furniture(a, "update line") == ["Updated: 07/15/2023 09:00"]
    assert furniture(a, "credit line") == ["Editing by Joan Reyes"]
    assert "Joan Reyes" not in body(a)
    assert a.author.value is None


def test_segmented_date_line_gives_the_byline_and_update_only_page_gets_its_date() -> None:
    dl = date_line("Ana Silva and Rui Costa | 19.11.2024")
    assert dl is not None and dl.author == "Ana Silva and Rui Costa"
    assert date_line("Home | World | Politics") is None
    text = (
        "WIRE NEWS\n\nFloods close the river port\n\nBy JAN KOWAL\n\n"
        "Updated 9:47 AM GMT+8, July 1, 2024\n\n"
        "The river port was closed on Monday after days of heavy rain, the port authority said.\n"
    )
    art = ingest_bytes(text.encode(), "update.txt")
    assert art.published.value == "2024-07-01"


def test_headlines_listed_under_a_read_more_label_are_furniture() -> None:
    text = (
        "Port reopens after floods\n\n"
        "The river port reopened on Monday after a week of floods, the port authority said.\n\n"
        "Read more:\nMinisters pledge new embankments in March\nFarmers count the cost of the floods\n\n"
        "The authority said traffic would be back to normal within days.\n"
    )
    art = ingest_bytes(text.encode(), "readmore.txt", {"published": "2024-04-02"})
    reasons = {f.text: f.reason for f in art.furniture}
    assert reasons["Ministers pledge new embankments in March"] == "related headline"
    assert reasons["Farmers count the cost of the floods"] == "related headline"
    assert any("back to normal" in s.text for s in art.sentences)


def test_menus_breadcrumbs_tags_and_most_read_lists_are_furniture() -> None:
    text = (
        "Latest news   Politics   Economy   Society   Sport   Interview\n\n"
        "Politics / Foreign policy\n\n"
        "Port of Varna reopens after a week of floods\n\n"
        "12 March 2024 16:52\n\n"
        "The river port reopened on Monday after a week of floods, the port authority said.\n\n"
        "Tags: Varna, floods, port authority\n\n"
        "Share   Facebook   X   WhatsApp   Telegram\n\n"
        "Most read\n\n17:20  Heavy snowfall expected in the mountains\nLev exchange rate for March 13\n"
    )
    art = ingest_bytes(text.encode(), "menus.txt")
    assert art.title is not None and art.title.value == "Port of Varna reopens after a week of floods"
    reasons = {f.text: f.reason for f in art.furniture}
    assert reasons["Politics / Foreign policy"] == "navigation"
    assert reasons["Tags: Varna, floods, port authority"] == "tag list"
    assert reasons["Share   Facebook   X   WhatsApp   Telegram"] == "navigation"
    assert reasons["Lev exchange rate for March 13"] == "related headline"
    assert reasons["17:20  Heavy snowfall expected in the mountains"] == "related headline"
    assert [s.text for s in art.sentences] == [
        "The river port reopened on Monday after a week of floods, the port authority said."
    ]


def test_a_copied_header_whose_year_ran_into_its_time_still_dates_the_page():
    from build_dossier.ingest import date_line

    line = date_line("January 9, 20243:41 PM GMT+1Updated 2 hours ago")
    assert line is not None and line.value == "2024-01-09"
