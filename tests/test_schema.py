"""schema: the data contract's JSON Schemas, and the cross-file reference check."""

from __future__ import annotations

import copy

import pytest

from build_dossier.models import Dossier
from build_dossier.schema import SCHEMA_NAMES, check_references, schema_for, validate

CITE = {"source": "s1", "text": "Leaders signed the statement.", "line": 4}
VALID = {
    "sources": {
        "id": "s1",
        "file": "seeds/s1.txt",
        "sha256": "a" * 64,
        "title": "Title",
        "outlet": None,
        "author": None,
        "published": "2020-11-10",
        "published_from": "text",
        "body": [{"text": "Leaders signed the statement.", "heading": False, "line": 4}],
        "furniture": [{"line": 1, "text": "Menu", "reason": "site header"}],
    },
    "actors": {
        "id": "recep-tayyip-erdogan",
        "name": "Recep Tayyip Erdoğan",
        "kind": "person",
        "aliases": ["Erdogan"],
        "country": "turkey",
        "roles": ["President"],
        "sources": ["s1"],
    },
    "places": {"id": "shusha", "name": "Shusha", "aliases": ["Susha"], "sources": ["s1"]},
    "agreements": {
        "id": "trilateral-statement",
        "name": "Trilateral statement",
        "aliases": [],
        "date": "2020-11-10",
        "parties": ["turkey"],
        "sources": ["s1"],
        "citations": [CITE],
    },
    "events": {
        "id": "2020-11-15--2020-11-25-fighting",
        "date": "2020-11-15/2020-11-25",
        "title": "Fighting",
        "actors": ["recep-tayyip-erdogan"],
        "places": ["shusha"],
        "agreement": "trilateral-statement",
        "sources": [CITE],
    },
    "quotes": {
        "id": "recep-tayyip-erdogan-0a1b2c3d",
        "speaker": "recep-tayyip-erdogan",
        "text": "Hello",
        "partial": False,
        "date": None,
        "sources": [CITE],
    },
}


@pytest.mark.parametrize("name", sorted(VALID))
def test_valid_records_pass(name):
    assert validate(name, [VALID[name]]) == []


@pytest.mark.parametrize(
    ("name", "field"),
    [(name, field) for name in sorted(VALID) for field in schema_for(name)["items"]["required"]],
)
def test_each_missing_required_field_gives_a_message(name, field):
    rec = copy.deepcopy(VALID[name])
    del rec[field]
    messages = validate(name, [VALID[name], rec])
    assert len(messages) == 1
    assert messages[0].startswith(f"{name}[1]")
    assert repr(field) in messages[0] and "required" in messages[0]


@pytest.mark.parametrize(
    ("name", "field", "value", "words"),
    [
        ("sources", "published", "2020-02-30", "not a valid EDTF date"),
        ("sources", "published_from", "guessed", "published_from"),
        ("sources", "sha256", "xyz", "sha256"),
        ("actors", "id", "Recep_Tayyip", "id"),
        ("actors", "kind", "robot", "kind"),
        ("actors", "aliases", "Erdogan", "aliases"),
        ("places", "sources", [3], "sources[0]"),
        ("agreements", "date", "10 November 2020", "not a valid EDTF date"),
        ("events", "sources", [], "sources"),
        ("events", "sources", [{"source": "s1"}], "sources[0]: 'text' is required"),
        ("events", "agreement", "Not A Slug", "agreement"),
        ("quotes", "partial", "no", "partial"),
        ("quotes", "speaker", 7, "speaker"),
    ],
)
def test_each_invalid_field_gives_a_message_with_its_path(name, field, value, words):
    rec = copy.deepcopy(VALID[name])
    rec[field] = value
    messages = validate(name, [rec])
    assert messages, (name, field)
    assert all(
        m.startswith(f"{name}[0] {VALID[name]['id'] if field != 'id' else ''}".rstrip()) for m in messages
    )
    assert any(words in m for m in messages), messages


def test_schemas_are_draft_2020_12_and_unknown_names_refused():
    for name in SCHEMA_NAMES:
        assert schema_for(name)["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    with pytest.raises(KeyError):
        schema_for("nonsense")
    assert validate("no-such-file", [{"anything": 1}]) == []
    assert any("'id' is required" in m for m in validate("disagreements", [{"anything": 1}]))
    assert any("'id' is required" in m for m in validate("ledger", [{"status": "active"}]))


def test_check_references_names_every_dangling_id():
    good = Dossier(**{n: (copy.deepcopy(VALID[n]),) for n in VALID})
    # `turkey` (the actor's country, the agreement's party) has no record
    assert check_references(good) == [
        "actors: [0] recep-tayyip-erdogan: country: unknown actors id 'turkey'",
        "agreements: [0] trilateral-statement: parties[0]: unknown actors id 'turkey'",
    ]
    events = copy.deepcopy(VALID["events"])
    events["places"] = ["nowhere"]
    events["sources"] = [{"source": "s9", "text": "x"}]
    bad = Dossier(**{**{n: (copy.deepcopy(VALID[n]),) for n in VALID}, "events": (events,)})
    messages = check_references(bad)
    assert "events: [0] 2020-11-15--2020-11-25-fighting: places[0]: unknown places id 'nowhere'" in messages
    assert (
        "events: [0] 2020-11-15--2020-11-25-fighting: sources[0].source: unknown sources id 's9'" in messages
    )
