"""Extraction quality does not regress: the real CLI on the blind set and on the samples, scored
against the hand-made gold with `build_dossier.evaluate`.

Nine gold sets are scored from one extraction run:

- `tests/gold/own/` — eight articles written and annotated *before* the extractor was run on them.
  Measured blind once (issue 3's closing note has that table: publication dates 5/8, people 22/33,
  speakers 29/36, event recall 51/76, places 59/70, agreements 6/15); the general gaps it showed were
  then fixed (date formats, "X quoted Y as saying", named agreements, regions), and photo/editing
  credits were taken out of `people` (credits, like bylines, are not actors in the story). So it is
  no longer blind: it is now a development set, and a regression guard;
- `tests/gold/blind/` — fourteen more articles written and annotated blind in session 2 by helpers
  who could not run the extractor; measured blind once (tests/gold/blind/README.md has that table:
  speakers 56/76, event recall 113/159, agreements 28/39, publication dates 11/14), then used to
  fix general gaps. A development set and regression guard now, like `own`;
- `tests/gold/blind3/` — fourteen more, written and annotated blind in session 3 the same way; measured
  blind once (tests/gold/blind3/README.md: speakers 72/85, event recall 151/179, agreements 20/30,
  places 113/131, people 65/70 with one false person), then used to fix general gaps;
- `tests/gold/blind4/` — fourteen more, written and annotated blind in session 4, asked to carry many
  agreements that are only described; measured blind once (tests/gold/blind4/README.md: agreements
  32/46, agreement dates 17/29, speakers 55/60, people 63/69 with two false people), then used to fix
  general gaps;
- `tests/gold/blind5/` — fourteen more, written and annotated blind in session 5; measured blind once
  (tests/gold/blind5/README.md: agreements 37/52, agreement dates 21/31, event recall 144/170,
  speakers 72/78, people 86/91 with two false people), then used to fix general gaps;
- `tests/gold/blind6/` — fourteen more, written and annotated blind in session 6 from a brief that asked
  for ordinary articles rather than hard cases (an unbiased sample); measured blind once
  (tests/gold/blind6/README.md: agreements 18/26, agreement dates 11/14, speakers 58/64, people 77/82
  with three false people; events 126/135 met the target), then used to fix general gaps;
- `tests/gold/blind7/` — fourteen more, written and annotated blind in session 7 from the same unbiased
  brief; measured blind once (tests/gold/blind7/README.md: people 69/77 with one false person, speakers
  55/61, event recall 133/152, places 145/165, agreements 26/33, agreement dates 14/23), then used to
  fix general gaps;
- `tests/gold/blind8/` — fourteen more from the same brief, written after set 7's fixes; measured blind
  once (tests/gold/blind8/README.md: event recall 100/123, speakers 50/58, agreements 22/28, agreement
  dates 14/18, people 55/59 with two false people, publication dates 13/14; places 132/135 met the
  target), then used to fix general gaps;
- `tests/gold/blind9/` and `tests/gold/blind10/` — twenty-eight more from the same brief, written at the
  same time in two lanes of topics in session 8 and measured blind once at one commit (their README.md:
  set 9 places 130/147, agreements 21/27, agreement dates 14/17, speakers 69/75, one false person; set 10
  people 63/68, speakers 53/60, agreements 26/36; event recall met the target on both), then used to fix
  general gaps;
- `tests/gold/blind11/` and `tests/gold/blind12/` — twenty-eight more from the same brief, written at the
  same time in two lanes of topics in session 9 and measured blind once at commit 825d15a (their
  README.md: set 11 people 61/67 with five false people, quotes 65/70, speakers 60/65, agreements 15/17,
  agreement dates 12/15; set 12 people 74/79 with one false person, speakers 51/62, event recall 121/136,
  agreements 24/28, agreement dates 15/19), then used to fix general gaps;
- `tests/gold/blind13/` and `tests/gold/blind14/` — twenty-eight more from the same brief, written at the
  same time in two lanes of topics in session 10 and measured blind once at commit 776f0ac (their
  README.md: set 13 speakers 55/62, agreement dates 6/7, event recall 130/144; set 14 agreements 25/34
  with one false person; the other measures met their targets), then used to fix general gaps;
- `tests/gold/samples/` — the five seed articles the rules were tuned on.

For each measure the floor is `min(issue target, score measured when this test was written minus one
item)` (for error rates, the ceiling is `max(target, measured plus one item)`), so the test guards
against regressions without pretending that unmet targets are met. When extraction improves, raise
the `MEASURED` counts. Run with `-s` to see the tables.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from build_dossier.data import load_data
from build_dossier.evaluate import TARGETS, Row, Scores, format_scores, load_gold, score
from tests.conftest import ROOT, copy_project, run_cli

OWN_GOLD = ROOT / "tests" / "gold" / "own"
BLIND_GOLD = ROOT / "tests" / "gold" / "blind"
BLIND3_GOLD = ROOT / "tests" / "gold" / "blind3"
BLIND4_GOLD = ROOT / "tests" / "gold" / "blind4"
BLIND5_GOLD = ROOT / "tests" / "gold" / "blind5"
BLIND6_GOLD = ROOT / "tests" / "gold" / "blind6"
BLIND7_GOLD = ROOT / "tests" / "gold" / "blind7"
BLIND8_GOLD = ROOT / "tests" / "gold" / "blind8"
BLIND9_GOLD = ROOT / "tests" / "gold" / "blind9"
BLIND10_GOLD = ROOT / "tests" / "gold" / "blind10"
BLIND11_GOLD = ROOT / "tests" / "gold" / "blind11"
BLIND12_GOLD = ROOT / "tests" / "gold" / "blind12"
BLIND13_GOLD = ROOT / "tests" / "gold" / "blind13"
BLIND14_GOLD = ROOT / "tests" / "gold" / "blind14"
SAMPLE_GOLD = ROOT / "tests" / "gold" / "samples"

# (found, total) per measure, measured when this test was written.
MEASURED: dict[str, dict[str, tuple[int, int]]] = {
    "own": {
        "published": (8, 8),
        "people": (26, 26),
        "false_people": (0, 26),
        "organizations": (35, 51),
        "quotes": (36, 36),
        "speakers": (35, 36),
        "false_quotes": (0, 35),
        "event_recall": (71, 76),
        "event_precision": (78, 83),
        "places": (67, 70),
        "agreements": (15, 15),
        "agreement_dates": (13, 13),
    },
    "blind": {
        "published": (14, 14),
        "people": (87, 87),
        "false_people": (0, 87),
        "organizations": (86, 103),
        "quotes": (84, 85),
        "speakers": (84, 84),
        "false_quotes": (0, 74),
        "event_recall": (149, 159),
        "event_precision": (174, 181),
        "places": (129, 132),
        "agreements": (36, 39),
        "agreement_dates": (26, 27),
    },
    "blind3": {
        "published": (14, 14),
        "people": (70, 70),
        "false_people": (0, 70),
        "organizations": (80, 90),
        "quotes": (85, 85),
        "speakers": (85, 85),
        "false_quotes": (0, 80),
        "event_recall": (165, 179),
        "event_precision": (183, 190),
        "places": (131, 131),
        "agreements": (28, 30),
        "agreement_dates": (21, 22),
    },
    "blind4": {
        "published": (14, 14),
        "people": (69, 69),
        "false_people": (0, 69),
        "organizations": (62, 94),
        "quotes": (61, 62),
        "speakers": (60, 61),
        "false_quotes": (0, 59),
        "event_recall": (146, 152),
        "event_precision": (164, 172),
        "places": (161, 166),
        "agreements": (43, 46),
        "agreement_dates": (37, 39),
    },
    "blind5": {
        "published": (14, 14),
        "people": (90, 91),
        "false_people": (0, 90),
        "organizations": (77, 110),
        "quotes": (78, 78),
        "speakers": (77, 78),
        "false_quotes": (0, 73),
        "event_recall": (154, 170),
        "event_precision": (172, 183),
        "places": (167, 171),
        "agreements": (47, 52),
        "agreement_dates": (37, 40),
    },
    "blind6": {
        "published": (14, 14),
        "people": (82, 82),
        "false_people": (0, 82),
        "organizations": (66, 94),
        "quotes": (64, 64),
        "speakers": (64, 64),
        "false_quotes": (0, 61),
        "event_recall": (129, 135),
        "event_precision": (151, 159),
        "places": (104, 108),
        "agreements": (25, 26),
        "agreement_dates": (16, 19),
    },
    "blind7": {
        "published": (14, 14),
        "people": (77, 77),
        "false_people": (0, 77),
        "organizations": (77, 94),
        "quotes": (62, 63),
        "speakers": (62, 62),
        "false_quotes": (0, 61),
        "event_recall": (143, 152),
        "event_precision": (155, 157),
        "places": (164, 165),
        "agreements": (32, 33),
        "agreement_dates": (26, 29),
    },
    "blind8": {
        "published": (14, 14),
        "people": (59, 59),
        "false_people": (0, 59),
        "organizations": (50, 79),
        "quotes": (58, 59),
        "speakers": (58, 58),
        "false_quotes": (0, 58),
        "event_recall": (114, 123),
        "event_precision": (138, 157),
        "places": (131, 135),
        "agreements": (27, 28),
        "agreement_dates": (20, 22),
    },
    "blind9": {
        "published": (14, 14),
        "people": (82, 82),
        "false_people": (0, 82),
        "organizations": (73, 102),
        "quotes": (78, 78),
        "speakers": (77, 78),
        "false_quotes": (0, 77),
        "event_recall": (150, 161),
        "event_precision": (173, 179),
        "places": (140, 147),
        "agreements": (25, 27),
        "agreement_dates": (19, 21),
    },
    "blind10": {
        "published": (14, 14),
        "people": (67, 68),
        "false_people": (0, 67),
        "organizations": (66, 93),
        "quotes": (60, 60),
        "speakers": (59, 60),
        "false_quotes": (0, 58),
        "event_recall": (146, 154),
        "event_precision": (164, 176),
        "places": (159, 161),
        "agreements": (34, 36),
        "agreement_dates": (26, 27),
    },
    "blind11": {
        "published": (14, 14),
        "people": (64, 67),
        "false_people": (0, 64),
        "organizations": (85, 112),
        "quotes": (65, 70),
        "speakers": (64, 65),
        "false_quotes": (0, 62),
        "event_recall": (132, 138),
        "event_precision": (152, 158),
        "places": (126, 131),
        "agreements": (17, 17),
        "agreement_dates": (14, 17),
    },
    "blind12": {
        "published": (14, 14),
        "people": (78, 79),
        "false_people": (1, 79),
        "organizations": (65, 85),
        "quotes": (62, 63),
        "speakers": (58, 62),
        "false_quotes": (0, 60),
        "event_recall": (126, 136),
        "event_precision": (146, 153),
        "places": (170, 175),
        "agreements": (28, 28),
        "agreement_dates": (20, 23),
    },
    "blind13": {
        "published": (14, 14),
        "people": (72, 72),
        "false_people": (0, 70),
        "organizations": (66, 82),
        "quotes": (62, 63),
        "speakers": (62, 62),
        "false_quotes": (0, 55),
        "event_recall": (135, 144),
        "event_precision": (161, 170),
        "places": (123, 128),
        "agreements": (12, 12),
        "agreement_dates": (6, 7),
    },
    "blind14": {
        "published": (14, 14),
        "people": (62, 62),
        "false_people": (0, 62),
        "organizations": (50, 68),
        "quotes": (56, 56),
        "speakers": (56, 56),
        "false_quotes": (0, 52),
        "event_recall": (138, 146),
        "event_precision": (159, 168),
        "places": (133, 141),
        "agreements": (33, 34),
        "agreement_dates": (22, 22),
    },
    "samples": {
        "published": (5, 5),
        "people": (12, 12),
        "false_people": (0, 12),
        "organizations": (15, 20),
        "quotes": (26, 26),
        "speakers": (26, 26),
        "false_quotes": (0, 25),
        "event_recall": (39, 43),
        "event_precision": (45, 46),
        "places": (56, 56),
        "agreements": (9, 9),
        "agreement_dates": (8, 8),
    },
}

GOLD_DIRS = {
    "own": OWN_GOLD,
    "blind": BLIND_GOLD,
    "blind3": BLIND3_GOLD,
    "blind4": BLIND4_GOLD,
    "blind5": BLIND5_GOLD,
    "blind6": BLIND6_GOLD,
    "blind7": BLIND7_GOLD,
    "blind8": BLIND8_GOLD,
    "blind9": BLIND9_GOLD,
    "blind10": BLIND10_GOLD,
    "blind11": BLIND11_GOLD,
    "blind12": BLIND12_GOLD,
    "blind13": BLIND13_GOLD,
    "blind14": BLIND14_GOLD,
    "samples": SAMPLE_GOLD,
}


def bound(key: str, found: int, total: int) -> tuple[str, float]:
    """The comparison and limit (percent) a measure must keep: at most one item worse than measured,
    and never required to be better than the issue target."""
    op, target = TARGETS.get(key, (">=", 100.0))  # no target (organisations): only today's score
    if op == ">=":
        return op, min(target, 100.0 * (found - 1) / total)
    return op, max(target, 100.0 * (found + 1) / total)


def _ok(row: Row, op: str, limit: float) -> bool:
    pct = row.percent if row.percent is not None else (0.0 if op == "<=" else 100.0)
    return pct >= limit - 1e-9 if op == ">=" else pct <= limit + 1e-9


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project with the seeds plus the blind articles, extracted with the real CLI; its data folder."""
    project = copy_project(tmp_path_factory.mktemp("quality"))
    for folder in (path for name, path in GOLD_DIRS.items() if name != "samples"):
        for article in sorted((folder / "articles").iterdir()):
            shutil.copy2(article, project / "seeds" / article.name)
    result = run_cli(project, "extract", "-q")
    assert result.returncode == 0, f"extract failed ({result.returncode}):\n{result.stdout}\n{result.stderr}"
    return project / "data"


def _scores(data: Path, name: str) -> Scores:
    gold = load_gold(GOLD_DIRS[name])
    scores = score(gold, load_data(data))
    print(f"\n[{name}]\n" + format_scores(scores, verbose=True))
    return scores


def test_bound_is_target_or_one_item_below_today() -> None:
    assert bound("people", 22, 33) == (">=", pytest.approx(100.0 * 21 / 33))
    assert bound("people", 12, 12) == (">=", pytest.approx(100.0 * 11 / 12))
    assert bound("people", 100, 100) == (">=", 95.0)
    assert bound("false_people", 0, 12) == ("<=", pytest.approx(100.0 / 12))
    assert bound("false_quotes", 0, 100) == ("<=", 5.0)
    assert bound("organizations", 27, 51) == (">=", pytest.approx(100.0 * 26 / 51))


@pytest.mark.parametrize("name", [*GOLD_DIRS])
def test_extraction_quality_does_not_regress(extracted: Path, name: str) -> None:
    scores = _scores(extracted, name)
    gold = load_gold(GOLD_DIRS[name])
    assert scores.articles == len(gold)
    assert not scores.unmatched_files, f"gold articles not extracted: {scores.unmatched_files}"
    failures = []
    for key, (found, total) in MEASURED[name].items():
        row = scores.row(key)
        op, limit = bound(key, found, total)
        if not _ok(row, op, limit):
            failures.append(
                f"{row.label.strip()}: {row.found}/{row.total} ({row.percent}%), needs {op} {limit:.1f}%"
            )
    assert not failures, f"{name}: extraction quality regressed:\n" + "\n".join(failures)


@pytest.mark.parametrize(
    ("folder", "count"),
    [
        (OWN_GOLD, 8),
        (BLIND_GOLD, 14),
        (BLIND3_GOLD, 14),
        (BLIND4_GOLD, 14),
        (BLIND5_GOLD, 14),
        (BLIND6_GOLD, 14),
        (BLIND7_GOLD, 14),
        (BLIND8_GOLD, 14),
        (BLIND9_GOLD, 14),
        (BLIND10_GOLD, 14),
        (BLIND11_GOLD, 14),
        (BLIND12_GOLD, 14),
        (BLIND13_GOLD, 14),
        (BLIND14_GOLD, 14),
    ],
)
def test_blind_gold_is_complete(folder: Path, count: int) -> None:
    """Every blind article has its gold file and a publication date (text or sidecar)."""
    articles = sorted(p.name for p in (folder / "articles").glob("*.txt"))
    gold = load_gold(folder)
    assert sorted(g.file for g in gold) == articles
    assert len(articles) == count
    assert all(g.published and g.people and g.quotes and g.events for g in gold)
