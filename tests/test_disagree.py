"""Tests of build_dossier.disagree: facts the sources state differently (data/disagreements.yaml)."""

from __future__ import annotations

import json
from pathlib import Path

from jsonschema import Draft202012Validator

from build_dossier.disagree import (
    choices_from_curation,
    find_disagreements,
    find_quantities,
    singular,
    split_sentences,
    with_disagreements,
)
from build_dossier.models import Dossier

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "build_dossier" / "schemas" / "disagreements.json").read_text(encoding="utf-8"))


def source(sid: str, published: str | None, *body: str, outlet: str = "Outlet") -> dict:
    return {"id": sid, "outlet": outlet, "published": published, "body": list(body)}


def by_id(found: tuple[dict, ...]) -> dict[str, dict]:
    return {d["id"]: d for d in found}


def values(d: dict) -> dict[str, list[str]]:
    return {v["value"]: v["sources"] for v in d["values"]}


# ---------------------------------------------------------------- quantities


def test_quantities_with_qualifiers_number_words_and_of_its() -> None:
    found = [(q.value, q.noun) for q in find_quantities("They took over 300 settlements and villages.")]
    assert found == [("over 300", "settlement")]
    assert [q.value for q in find_quantities("Baku retook nearly 300 of its settlements.")] == ["nearly 300"]
    assert [q.value for q in find_quantities("More than 1,500 soldiers and some 40 tanks.")] == [
        "over 1,500",
        "about 40",
    ]
    assert [(q.value, q.noun) for q in find_quantities("Ninety-three Azeri civilians died.")] == [
        ("93", "civilian")
    ]
    assert [q.value for q in find_quantities("Three hundred and five houses burned.")] == ["305"]
    assert [q.value for q in find_quantities("Almost 2 million people fled.")] == ["nearly 2,000,000"]


def test_durations_dates_and_years_are_not_counted_things() -> None:
    text = "After 27 years, on Nov. 10 the 44-day war ended; in 2020 troops came and 3 weeks passed."
    assert find_quantities(text) == []


def test_singular_and_sentences() -> None:
    assert [singular(w) for w in ("settlements", "casualties", "churches", "villages", "boxes")] == [
        "settlement",
        "casualty",
        "church",
        "village",
        "box",
    ]
    assert split_sentences("Talks began on Nov. 10 in Baku. They ended. “Good,” he said.") == [
        "Talks began on Nov. 10 in Baku.",
        "They ended.",
        "“Good,” he said.",
    ]


def test_quantities_across_sources_with_shared_context_disagree() -> None:
    dossier = Dossier(
        sources=(
            source("a", "2020-11-20", "The army liberated over 300 villages in the north."),
            source("b", "2020-11-21", "Troops liberated nearly 300 villages, officials said."),
            source("c", "2020-11-22", "The army liberated 300 villages."),
            source(
                "d", "2020-11-22", "Five villages were shelled on Monday.", "Fighters shelled 7 villages."
            ),
        )
    )
    found = by_id(find_disagreements(dossier, {}))
    d = found["dossier--number-of-villages"]
    assert d["subject"] is None and d["subject_kind"] == "dossier"
    assert values(d) == {"300": ["c"], "nearly 300": ["b"], "over 300": ["a"]}
    assert d["values"][2]["citations"] == [
        {"source": "a", "text": "The army liberated over 300 villages in the north."}
    ]
    assert d["chosen"] is None and d["label"] == "number of villages"
    # 5 and 7 shelled villages share no context with the 300 liberated ones, and are far apart in size
    assert all("5" not in values(x) for x in found.values())


def test_quantities_of_one_subject_disagree_without_shared_words() -> None:
    cites = [
        {"source": "a", "text": "Officials counted 40 casualties."},
        {"source": "b", "text": "Some 45 casualties were reported by medics."},
    ]
    event = {"id": "2021-03-01-blast", "date": "2021-03-01", "title": "Blast", "sources": cites}
    dossier = Dossier(sources=(source("a", "2021-03-02"), source("b", "2021-03-02")), events=(event,))
    (d,) = find_disagreements(dossier, {})
    assert d["id"] == "2021-03-01-blast--number-of-casualties"
    assert (d["subject"], d["subject_kind"]) == ("2021-03-01-blast", "event")
    assert values(d) == {"40": ["a"], "about 45": ["b"]}


def test_same_values_or_one_source_are_no_disagreement() -> None:
    dossier = Dossier(
        sources=(
            source("a", None, "The army liberated over 300 villages."),
            source("b", None, "The army liberated more than 300 villages."),  # same meaning
            source("c", None, "The army liberated 12 villages; it liberated 11 villages in May."),
        )
    )
    assert find_disagreements(dossier, {}) == ()


# ---------------------------------------------------------------- dates


def agreement(cites: list[dict], date: str | None = "2020-11-10") -> dict:
    return {
        "id": "ceasefire",
        "name": "Ceasefire",
        "date": date,
        "sources": sorted({c["source"] for c in cites}),
        "citations": cites,
    }


def test_signing_dates_disagree_and_a_year_less_date_takes_the_agreements_year() -> None:
    cites = [
        {"source": "a", "text": "The deal signed on November 9 by the leaders ended the war."},
        {"source": "a", "text": "The agreement became effective on November 10."},  # not a signing date
        {"source": "b", "text": "The war ended with an agreement on Nov. 10, 2020."},
        {"source": "c", "text": "On Nov. 10, the two countries signed the ceasefire."},
        {"source": "d", "text": "The declaration signed on Nov. 9 was welcomed."},  # published a year later
    ]
    dossier = Dossier(
        sources=(
            source("a", "2020-11-11"),
            source("b", "2021-11-08"),
            source("c", "2020-11-25"),
            source("d", "2021-11-09"),
        ),
        agreements=(agreement(cites),),
    )
    (d,) = find_disagreements(dossier, {})
    assert d["id"] == "ceasefire--date" and d["subject_kind"] == "agreement" and d["shown"] == "2020-11-10"
    assert values(d) == {"2020-11-09": ["a", "d"], "2020-11-10": ["b", "c"]}
    texts = [c["text"] for v in d["values"] for c in v["citations"]]
    assert "The agreement became effective on November 10." not in texts


def test_a_coarser_compatible_date_is_no_disagreement_and_dates_stated_count() -> None:
    cites = [
        {"source": "a", "text": "The pact was signed in November 2020."},
        {"source": "b", "text": "The pact was signed on 10 November 2020."},
    ]
    dossier = Dossier(sources=(source("a", None), source("b", None)), agreements=(agreement(cites),))
    assert find_disagreements(dossier, {}) == ()
    stated = {**agreement(cites), "dates_stated": [{"date": "2020-11-12", "sources": ["c"]}]}
    (d,) = find_disagreements(
        Dossier(sources=(source("a", None), source("b", None)), agreements=(stated,)), {}
    )
    assert values(d) == {"2020-11-10": ["b"], "2020-11-12": ["c"]}


def test_event_dates_disagree_between_sources() -> None:
    cites = [
        {"source": "a", "text": "The ministers met in Baku on 3 March 2021."},
        {"source": "b", "text": "The ministers met in Baku on 4 March 2021, a year after 4 March 2020."},
    ]
    event = {"id": "2021-03-03-meeting", "date": "2021-03-03", "title": "Meeting", "sources": cites}
    (d,) = find_disagreements(Dossier(sources=(source("a", None), source("b", None)), events=(event,)), {})
    assert d["id"] == "2021-03-03-meeting--date"
    assert values(d) == {"2021-03-03": ["a"], "2021-03-04": ["b"]}  # 2020 is far from the event: ignored


def test_curator_choice_is_recorded_and_every_value_kept() -> None:
    cites = [
        {"source": "a", "text": "The truce was signed on 9 November 2020."},
        {"source": "b", "text": "The truce was signed on 10 November 2020."},
    ]
    dossier = Dossier(sources=(source("a", None), source("b", None)), agreements=(agreement(cites),))
    raw = {
        "disagreements": [
            {
                "kind": "agreements",
                "id": "ceasefire",
                "field": "date",
                "choose": "2020-11-10",
                "note": "Dated so.",
            }
        ]
    }
    choices = choices_from_curation(raw)
    assert choices == {"ceasefire--date": {"choose": "2020-11-10", "note": "Dated so.", "kind": "agreements"}}
    (d,) = with_disagreements(dossier, raw).extra["disagreements"]
    assert (d["chosen"], d["note"]) == ("2020-11-10", "Dated so.")
    assert list(values(d)) == ["2020-11-09", "2020-11-10"]


# ---------------------------------------------------------------- the sample dossier


def test_sample_dossier_disagreements(tmp_path: Path) -> None:
    """The real sample: the trilateral statement's date (9 or 10 November) and the number of
    settlements (over 300, 300, nearly 300) must be found, with their sources; output is valid and
    deterministic."""
    from build_dossier.errors import Report
    from build_dossier.pipeline import Paths, extract_dossier

    paths = Paths(seeds=ROOT / "seeds", data=tmp_path / "data")
    dossier = extract_dossier(paths, Report())
    from build_dossier.curate import load_curation

    raw = load_curation(ROOT / "seeds" / "curation.yaml", Report()).raw
    found = find_disagreements(dossier, choices_from_curation(raw))
    assert found == find_disagreements(dossier, choices_from_curation(raw))
    assert [d["id"] for d in found] == sorted(d["id"] for d in found)
    assert not list(Draft202012Validator(SCHEMA).iter_errors(list(found)))
    dates = [d for d in found if d["field"] == "date" and d["subject_kind"] == "agreement"]
    signing = next(d for d in dates if {"2020-11-09", "2020-11-10"} <= set(values(d)))
    assert signing["shown"] == "2020-11-10"  # the curated date; both dates stay listed
    assert len(values(signing)["2020-11-09"]) >= 2 and len(values(signing)["2020-11-10"]) >= 2
    settlements = next(d for d in found if d["field"] == "number-of-settlements")
    assert {"over 300", "300", "nearly 300"} <= set(values(settlements))
    assert len({s for v in settlements["values"] for s in v["sources"]}) >= 3
    # nothing absurd: every value of every disagreement is backed by a sentence or a source
    for d in found:
        assert len(d["values"]) >= 2
        assert all(v["sources"] for v in d["values"])
