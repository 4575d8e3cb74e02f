"""`build-dossier evaluate`: gold loading, matching rules, exact scores on a hand-made dossier, the CLI."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from build_dossier.data import load_data
from build_dossier.errors import Abort, DossierError
from build_dossier.evaluate import (
    GoldArticle,
    GoldEvent,
    GoldName,
    dates_match,
    fold,
    format_scores,
    load_gold,
    names_match,
    quotes_match,
    score,
)
from build_dossier.models import Dossier
from tests.conftest import ROOT, run_cli

FIXTURES = ROOT / "tests" / "fixtures" / "evaluate"
SAMPLES_GOLD = ROOT / "tests" / "gold" / "samples"
DEVSET_GOLD = ROOT / "benchmarks" / "devset_gold"


@pytest.fixture(scope="module")
def scores():
    return score(load_gold(FIXTURES / "gold"), load_data(FIXTURES / "data"))


def counts(scores, key: str) -> tuple[int, int]:
    row = scores.row(key)
    return row.found, row.total


# --------------------------------------------------------------------------- matching rules


def test_fold_transliterates_and_drops_quote_marks() -> None:
    assert fold("İlham Əliyev’s “victory”") == "ilham aliyev s victory"
    assert fold("Mevlüt  Çavuşoğlu") == "mevlut cavusoglu"


def test_names_match_on_surname_and_token_sets() -> None:
    assert names_match("Hulusi Akar", "Akar")
    assert names_match("Recep Tayyip Erdoğan", "Tayyip Erdogan")
    assert names_match("Maria Lopez", "Mr. María López") is True
    assert not names_match("Heydar Aliyev", "Ilham Aliyev")
    assert not names_match("Armenia", "Armenian")


def test_quotes_match_containment_and_fuzz() -> None:
    assert quotes_match("This operation was an awakening", "“This operation was an awakening. We saw…”")
    assert quotes_match("Armenia should abandon hostility and look", "Armenia should abandon hostility")
    # one typo in a long quote is still the same quote
    assert quotes_match("we will never forget their courage", "We will never forgett their courage")
    assert not quotes_match("we will never forget their courage", "the harbour will be rebuilt soon")


def test_dates_match_equal_or_day_in_interval() -> None:
    assert dates_match("2020-11-10", "2020-11-10")
    assert dates_match("2020-11-10", "2020-11-09/2020-11-11")
    assert dates_match("2020-11-09/2020-11-11", "2020-11-10")
    assert dates_match("2023-09-10", "2023-09/2023-10")
    assert dates_match("2020-11", "2020-11-10")  # finer, inside the gold's month
    assert dates_match("2020", "2020-11")
    assert not dates_match("2020-11-10", "2020-11")  # coarser than the gold: not right
    assert not dates_match("2020-11", "2020-12-01")
    assert not dates_match("2020-11-10", None)


# --------------------------------------------------------------------------- exact scores


def test_fixture_scores_are_exactly_the_hand_counted_ones(scores) -> None:
    assert scores.articles == 2
    assert counts(scores, "published") == (1, 2)  # beta's date is wrong
    assert counts(scores, "people") == (3, 4)  # Ana Silva was extracted as an organisation
    assert counts(scores, "false_people") == (1, 4)  # "Harbour Authority"
    assert counts(scores, "quotes") == (2, 3)
    assert counts(scores, "speakers") == (1, 2)  # Berg's quote given to López
    assert counts(scores, "false_quotes") == (1, 3)  # the invented one; "ok then" is too short to count
    assert counts(scores, "event_recall") == (3, 4)  # the resignation's keyword is nowhere
    assert counts(scores, "event_precision") == (4, 5)  # the 2021 event matches no gold date
    assert counts(scores, "places") == (2, 3)  # Portugal found as a country, Porto missing
    assert counts(scores, "false_places") == (0, 1)  # the one place record (Lisboa) is gold's Lisbon
    assert counts(scores, "agreements") == (1, 1)
    assert counts(scores, "agreement_dates") == (0, 1)
    assert scores.unmatched_files == ()


def test_misses_and_false_positives_are_named(scores) -> None:
    misses = {(d.file, d.category, d.item) for d in scores.misses}
    assert ("alpha.txt", "person", "Ana Silva (found as organization)") in misses
    assert ("beta.txt", "place", "Porto") in misses
    assert any(c == "speaker" and "Tomas Berg (got María López)" in i for _, c, i in misses)
    assert ("beta.txt", "published", "2022-01-02 (got 2022-01-01)") in misses
    fps = {(d.category, d.item) for d in scores.false_positives}
    assert ("person", "Harbour Authority") in fps
    assert ("quote", "This is an invented quotation of many words") in fps
    assert ("event", "2021-05-05 Something unrelated") in fps


def test_format_scores_prints_counts_percentages_and_targets(scores) -> None:
    text = format_scores(scores)
    assert re.search(r"quotations found\s+2/3\s+66\.7\s+>= 95\s+MISS", text)
    assert re.search(r"events found \(recall\)\s+3/4\s+75\.0", text)
    assert "Listed as people but not people:\n  alpha.txt: Harbour Authority" in text
    assert "Misses" not in text
    verbose = format_scores(scores, verbose=True)
    assert "alpha.txt: quote: The accord is a first step, not the last (Ana Silva)" in verbose
    assert "False positives" in verbose


def test_each_extracted_event_finds_at_most_one_gold_event() -> None:
    gold = [
        GoldArticle(
            path="g.yaml",
            file="a.txt",
            events=(
                GoldEvent(date="2020-01-01", what="one", keywords=("talks",)),
                GoldEvent(date="2020-01-01", what="two", keywords=("talks",)),
            ),
        )
    ]
    event = {"id": "e", "date": "2020-01-01", "title": "Talks", "sources": [{"source": "a", "text": ""}]}
    dossier = Dossier(sources=({"id": "a", "file": "seeds/a.txt"},), events=(event,))
    result = score(gold, dossier)
    assert counts(result, "event_recall") == (1, 2)
    assert counts(result, "event_precision") == (1, 1)


def test_extracted_places_not_in_the_gold_are_counted_and_listed() -> None:
    gold = [GoldArticle(path="g.yaml", file="a.txt", places=(GoldName(name="Porto", aliases=("Oporto",)),))]
    places = (
        {"id": "porto", "name": "Oporto", "sources": [{"source": "a", "text": ""}]},
        {"id": "ic", "name": "Information Center", "sources": [{"source": "a", "text": ""}]},
        {"id": "braga", "name": "Braga", "sources": [{"source": "b", "text": ""}]},  # another article
    )
    dossier = Dossier(sources=({"id": "a", "file": "seeds/a.txt"},), places=places)
    result = score(gold, dossier)
    assert counts(result, "places") == (1, 1)
    assert counts(result, "false_places") == (1, 2)
    assert result.row("false_places").target is None  # informational, like organisations
    assert ("a.txt", "place", "Information Center") in {
        (d.file, d.category, d.item) for d in result.false_positives
    }
    plain = format_scores(result)
    assert re.search(r"places not in the gold\s+1/2\s+50\.0\n", plain)
    assert "Extracted places not in the gold" not in plain
    verbose = format_scores(result, verbose=True)
    assert "Extracted places not in the gold:\n  a.txt: Information Center" in verbose
    assert "place: Information Center" not in verbose  # listed once, not again among false positives


def test_gold_without_its_source_counts_everything_missed() -> None:
    gold = load_gold(FIXTURES / "gold")
    result = score(gold, Dossier())
    assert result.unmatched_files == ("alpha.txt", "beta.txt")
    assert counts(result, "people") == (0, 4)
    assert "Gold articles not among the sources: alpha.txt, beta.txt" in format_scores(result)


# --------------------------------------------------------------------------- gold files


def test_shipped_gold_files_load() -> None:
    samples = load_gold(SAMPLES_GOLD)
    assert [g.file for g in samples] == sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert {g.file: g.published for g in samples}["001_188add32cb956324.txt"] == "2021-11-08"
    assert all(g.quotes or g.file.startswith("002") for g in samples)
    devset = load_gold(DEVSET_GOLD)
    assert len(devset) == 10
    unknown = {g.file[:2] for g in devset if g.published is None}
    assert unknown == {"03", "04", "07"}
    tass = next(g for g in devset if g.file.startswith("07"))
    assert tass.agreements[0].dates == ("2020-11-10", "2020-11-09")
    assert tass.quotes[-1].speakers == ("Yerevan", "Armenia")


def test_bad_gold_file_names_path_and_line(tmp_path: Path) -> None:
    with pytest.raises(DossierError) as err:
        load_gold(FIXTURES / "bad_gold")
    assert err.value.line == 7
    assert "unknown key `spekaer`" in err.value.message
    bad = tmp_path / "g"
    bad.mkdir()
    (bad / "a.yaml").write_text("file: a.txt\nevents:\n  - date: 2020-13-01\n", encoding="utf-8")
    (bad / "b.yaml").write_text("published: 2020-01-01\n", encoding="utf-8")
    with pytest.raises(Abort) as many:
        load_gold(bad)
    found = {(Path(p.path).name, p.line) for p in many.value.problems}
    assert found == {("a.yaml", 3), ("b.yaml", 1)}


# --------------------------------------------------------------------------- command line


def test_cli_evaluate_prints_the_table(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES, tmp_path / "ev")
    result = run_cli(tmp_path / "ev", "evaluate", "--gold", "gold", "--data", "data", "--quiet")
    assert result.returncode == 0, result.stderr
    assert "Extraction quality on 2 gold article(s)" in result.stdout
    assert re.search(r"people found as people\s+3/4\s+75\.0", result.stdout)
    verbose = run_cli(tmp_path / "ev", "evaluate", "--gold", "gold", "--data", "data", "-q", "--verbose")
    assert "beta.txt: place: Porto" in verbose.stdout


def test_cli_bad_gold_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = run_cli(ROOT, "evaluate", "--gold", str(FIXTURES / "bad_gold"), "--data", str(FIXTURES / "data"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert re.search(r"bad_gold/broken\.yaml:7: unknown key `spekaer`", result.stderr), result.stderr


def test_cli_help_lists_evaluate(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "evaluate", "--help")
    assert result.returncode == 0
    assert "--gold DIR" in result.stdout and "--data DIR" in result.stdout and "--verbose" in result.stdout


def test_a_merged_quote_is_matched_in_each_source_s_own_wording():
    from build_dossier.evaluate import _quote_texts

    quote = {
        "text": "The longer wording that one outlet printed in full",
        "sources": [
            {"source": "a", "text": "…", "quote": "The wording of outlet a"},
            {"source": "b", "text": "…"},
        ],
    }
    assert _quote_texts(quote, "a") == ["The wording of outlet a"]
    assert _quote_texts(quote, "b") == ["The longer wording that one outlet printed in full"]
    quote["sources"].append({"source": "a", "text": "…"})  # a second citation in a, without own words
    assert _quote_texts(quote, "a") == [
        "The wording of outlet a",
        "The longer wording that one outlet printed in full",
    ]
