"""curate: the curation file's loader (every problem at its line) and the decisions applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_dossier.curate import apply_curation, load_curation, parse_curation
from build_dossier.errors import Report
from build_dossier.models import Dossier
from build_dossier.schema import check_references, validate

FIXTURES = Path(__file__).parent / "fixtures" / "curation"


def load(name: str) -> tuple[object, Report]:
    report = Report()
    return load_curation(FIXTURES / name, report), report


def test_valid_file_loads_without_problems_and_gives_knowledge():
    cur, report = load("valid.yaml")
    assert report.errors == [] and report.warnings == []
    know = cur.knowledge
    assert [a.name for a in know.actors] == ["Jana Nováková", "Czechia"]
    assert know.actors[0].aliases == ("Jana Novakova", "Novakova")
    assert know.actors[1].kind == "country"
    assert know.places[0].aliases == ("Brünn",)
    assert know.agreements[0].date == "2019-05-02"  # a YAML date stays an EDTF string
    assert cur.line("add", 0, "title") == 39


def test_sample_curation_is_valid():
    report = Report()
    cur = load_curation(Path(__file__).parent.parent / "seeds" / "curation.yaml", report)
    assert report.errors == []
    assert any(p.name == "Shusha" and "Susha" in p.aliases for p in cur.knowledge.places)


def test_missing_file_is_empty_curation(tmp_path):
    report = Report()
    cur = load_curation(tmp_path / "nope.yaml", report)
    assert cur.raw == {} and cur.knowledge.actors == () and report.errors == []


@pytest.mark.parametrize(
    ("name", "line", "words"),
    [
        ("syntax_error.yaml", 6, "YAML syntax error"),
        ("duplicate_key.yaml", 4, "duplicate key 'name' (first at line 2)"),
        ("unknown_key.yaml", 3, "unknown key 'alias'"),
        ("bad_date.yaml", 3, "'2020-02-30' is not a valid EDTF date"),
        ("alias_bomb.yaml", 2, "anchors and aliases"),
    ],
)
def test_each_problem_is_reported_at_its_line(name, line, words):
    _, report = load(name)
    assert len(report.errors) == 1, report.errors
    err = report.errors[0]
    assert err.path.endswith(name)
    assert err.line == line
    assert words in err.message


def test_syntax_error_keeps_the_column():
    _, report = load("syntax_error.yaml")
    assert "column" in report.errors[0].message


def test_wrong_types_are_each_reported():
    cur, report = load("wrong_type.yaml")
    got = sorted((e.line, e.message) for e in report.errors)
    assert [line for line, _ in got] == [3, 5]
    assert "actors[0].aliases" in got[0][1] and "not of type 'array'" in got[0][1]
    assert "actors[1].kind" in got[1][1] and "robot" in got[1][1]
    assert cur.knowledge.actors == ()  # invalid items do not feed extraction


def test_top_level_must_be_a_mapping_and_sections_known():
    report = Report()
    parse_curation("- a\n- b\n", "c.yaml", report)
    assert report.errors[0].line == 1 and "mapping" in report.errors[0].message
    report = Report()
    parse_curation("actors: []\n\nevent:\n  - id: x\n", "c.yaml", report)
    assert [(e.line, "unknown key 'event'" in e.message) for e in report.errors] == [(3, True)]


def test_added_event_needs_a_title_and_merge_into_not_in_ids():
    report = Report()
    parse_curation(
        "add:\n  - kind: event\n    source: a\n    text: t\n"
        "merge:\n  - {kind: actors, into: a, ids: [a, b]}\n",
        "c.yaml",
        report,
    )
    assert sorted(e.line for e in report.errors) == [2, 6]


# ---------------------------------------------------------------- applying


def dossier() -> Dossier:
    cite = {"source": "b", "text": "The ministers signed the accord.", "line": 3}
    return Dossier(
        sources=(
            {
                "id": "b",
                "file": "seeds/b.txt",
                "sha256": "0" * 64,
                "title": "T",
                "outlet": None,
                "author": None,
                "published": None,
                "published_from": None,
            },
        ),
        actors=(
            {
                "id": "jana-novakova",
                "name": "Jana Novakova",
                "kind": "person",
                "aliases": [],
                "country": None,
                "roles": [],
                "sources": ["b"],
            },
            {
                "id": "novakova",
                "name": "Novakova",
                "kind": "organization",
                "aliases": [],
                "country": None,
                "roles": [],
                "sources": ["b"],
            },
            {
                "id": "czech-republic",
                "name": "Czech Republic",
                "kind": "country",
                "aliases": [],
                "country": None,
                "roles": [],
                "sources": ["b"],
            },
            {
                "id": "river-authority",
                "name": "River Authority",
                "kind": "organization",
                "aliases": [],
                "country": "czech-republic",
                "roles": [],
                "sources": ["b"],
            },
        ),
        places=(
            {"id": "brno", "name": "Brno", "aliases": [], "sources": ["b"]},
            {"id": "brno-city", "name": "Brno City", "aliases": [], "sources": ["b"]},
        ),
        agreements=(
            {
                "id": "river-accord",
                "name": "River Accord",
                "aliases": [],
                "date": "2019-05-01",
                "parties": ["czech-republic"],
                "sources": ["b"],
            },
        ),
        events=(
            {
                "id": "2019-05-02-ministers-sign-the-river-accord",
                "date": "2019-05-02",
                "title": "Signing",
                "actors": ["jana-novakova", "river-authority"],
                "places": ["brno-city"],
                "agreement": "river-accord",
                "sources": [cite],
            },
        ),
        quotes=(
            {
                "id": "unattributed-0badf00d",
                "speaker": None,
                "text": "We signed",
                "partial": False,
                "date": None,
                "sources": [cite],
            },
        ),
    )


def test_apply_curation_applies_every_decision_and_keeps_references():
    cur, report = load("valid.yaml")
    out = apply_curation(dossier(), cur, report)
    actors = {a["id"]: a for a in out.actors}
    # known names: the person and the country get their curated names; ids follow; refs rewritten
    assert "jana-novakova" in actors and actors["jana-novakova"]["name"] == "Jana Nováková"
    assert actors["jana-novakova"]["kind"] == "person"
    assert actors["jana-novakova"]["roles"] == ["Foreign Minister"]
    assert actors["jana-novakova"]["country"] == "czechia"
    assert "novakova" not in actors  # an alias of the known person, merged in
    assert actors["czechia"]["aliases"] == ["Czech Republic"]
    assert "river-authority" not in actors  # rejected
    events = {e["id"]: e for e in out.events}
    assert sorted(events) == ["2019-05-02-ministers-sign-the-river-accord", "2019-06-river-opened-to-ships"]
    signing = events["2019-05-02-ministers-sign-the-river-accord"]
    assert signing["title"] == "Ministers sign the River Accord"
    assert signing["actors"] == ["jana-novakova"]
    assert signing["places"] == ["brno"]  # merged place
    assert out.agreements[0]["date"] == "2019-05-02"  # known date, then the disagreement choice
    assert out.agreements[0]["parties"] == ["czechia"]
    assert out.quotes[0]["speaker"] == "jana-novakova"
    assert check_references(out) == []
    for name, records in out.files().items():
        assert validate(name, records) == [], name
    # the one decision whose target is gone is a warning naming its line
    assert [(w.line, "no longer exists" in w.message) for w in report.warnings] == [(22, True)]


def test_added_items_appear_with_their_source():
    cur, report = load("valid.yaml")
    out = apply_curation(dossier(), cur, report)
    added = [e for e in out.events if e["id"] == "2019-06-river-opened-to-ships"]
    assert added and added[0]["sources"] == [
        {"source": "b", "text": "The river was opened to ships in June 2019."}
    ]
    assert added[0]["places"] == ["brno"]


def test_decisions_on_missing_targets_warn_and_are_deterministic():
    text = (
        "merge:\n  - {kind: places, into: nowhere, ids: [brno]}\n"
        "reject:\n  - {kind: quotes, id: gone-quote}\n"
        "quotes:\n  - {id: unattributed-0badf00d, speaker: Nobody Known}\n"
        "add:\n  - {kind: quote, source: zzz, text: Hello there}\n"
    )
    report = Report()
    cur = parse_curation(text, "cur.yaml", report)
    assert report.errors == []
    first = apply_curation(dossier(), cur, report)
    assert sorted(w.line for w in report.warnings) == [2, 4, 6, 8]
    assert all("no longer exists" in w.message for w in report.warnings)
    assert apply_curation(dossier(), cur, Report()) == first
    assert {p["id"] for p in first.places} == {"brno", "brno-city"}


def _two_source_dossier() -> Dossier:
    base = dossier()
    event = dict(base.events[0])
    event["sources"] = [
        {"source": "b", "text": "The ministers signed the accord.", "line": 3},
        {"source": "c", "text": "Farmers blocked the bridge in protest.", "line": 5},
    ]
    source_c = dict(base.sources[0], id="c", file="seeds/c.txt")
    return Dossier(
        sources=(*base.sources, source_c),
        actors=base.actors,
        places=base.places,
        agreements=base.agreements,
        events=(event,),
        quotes=base.quotes,
    )


def test_split_a_wrongly_merged_event_by_source_keeps_the_id_for_the_first_part():
    text = (
        "split:\n"
        "  - kind: events\n"
        "    id: 2019-05-02-ministers-sign-the-river-accord\n"
        "    note: two different happenings on one day\n"
        "    parts:\n"
        "      - {sources: [b]}\n"
        "      - {sources: [c], title: Farmers block the bridge}\n"
    )
    report = Report()
    cur = parse_curation(text, "seeds/curation.yaml", report)
    assert not report.errors, report.errors
    out = apply_curation(_two_source_dossier(), cur, report)
    events = {e["id"]: e for e in out.events}
    assert sorted(events) == [
        "2019-05-02-farmers-block-the-bridge",
        "2019-05-02-ministers-sign-the-river-accord",
    ]
    first = events["2019-05-02-ministers-sign-the-river-accord"]
    assert [c["source"] for c in first["sources"]] == ["b"]
    second = events["2019-05-02-farmers-block-the-bridge"]
    assert [c["source"] for c in second["sources"]] == ["c"]
    assert second["split_from"] == "2019-05-02-ministers-sign-the-river-accord"
    assert second["split_because"] == "two different happenings on one day"
    for name, records in out.files().items():
        assert validate(name, records) == [], name


def test_split_of_a_missing_record_or_source_warns_at_its_line():
    text = (
        "split:\n"
        "  - kind: events\n"
        "    id: gone\n"
        "    parts: [{sources: [b]}, {sources: [c]}]\n"
        "  - kind: events\n"
        "    id: 2019-05-02-ministers-sign-the-river-accord\n"
        "    parts:\n"
        "      - {sources: [b]}\n"
        "      - {sources: [zz]}\n"
    )
    report = Report()
    cur = parse_curation(text, "seeds/curation.yaml", report)
    apply_curation(_two_source_dossier(), cur, report)
    lines = sorted((w.line, w.message.split(";")[0]) for w in report.warnings)
    assert lines[0][0] == 3 and "no longer exists" in report.warnings[0].message
    assert any(line == 9 and "zz" in msg for line, msg in lines), lines


def test_split_needs_two_parts():
    report = Report()
    parse_curation("split:\n  - {kind: events, id: x, parts: [{sources: [b]}]}\n", "c.yaml", report)
    assert report.errors and report.errors[0].line == 2


def test_rename_ids_rewrites_every_reference():
    from build_dossier.curate import rename_ids

    out = rename_ids(dossier(), {"actors": {"jana-novakova": "jana-novakova-old"}})
    ids = {a["id"] for a in out.actors}
    assert "jana-novakova-old" in ids and "jana-novakova" not in ids
    assert "jana-novakova-old" in out.events[0]["actors"]
    assert check_references(out) == [] or all("jana-novakova" not in m for m in check_references(out))
