"""Date recognition: find_dates / parse_date / extract_dates."""

from __future__ import annotations

from pathlib import Path

import pytest

from build_dossier import edtf
from build_dossier.dates import find_dates, parse_date
from build_dossier.errors import Report
from build_dossier.extract.dates import extract_dates
from build_dossier.ingest import ingest_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "dates"
ANCHOR = "2020-11-25"  # a Wednesday


def values(text: str, anchor: str | None = ANCHOR, previous: str | None = None) -> list[str]:
    return [m.value for m in find_dates(text, anchor, previous=previous)]


# ---------------------------------------------------------------- absolute dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened on 11 November 2020 in the capital.", "2020-11-11"),
        ("Fresh clashes erupted on Sept. 27, 2020, officials said.", "2020-09-27"),
        ("The file is dated 2020-10-10 in the archive.", "2020-10-10"),
        ("Published November 25,2020", "2020-11-25"),
        ("The meeting took place on September 19, 2023.", "2023-09-19"),
        ("The 2nd of March 2021 was chosen.", "2021-03-02"),
        ("Sat 03 October 2020:", "2020-10-03"),
        ("December 08 2023, 15:21", "2023-12-08"),
    ],
)
def test_absolute_day_dates(text: str, expected: str) -> None:
    found = find_dates(text, ANCHOR)
    assert [m.value for m in found] == [expected]
    assert found[0].relative is False
    m = found[0]
    assert text[m.start : m.end] == m.surface


def test_day_month_without_year_takes_latest_year_not_after_anchor() -> None:
    assert values("Troops entered the town on Nov. 10.") == ["2020-11-10"]
    assert values("The deal was signed on Dec. 3.") == ["2019-12-03"]
    assert values("Reports came on Jan.30 from the region.") == ["2020-01-30"]
    found = find_dates("Troops entered the town on Nov. 10.", ANCHOR)
    assert found[0].relative is True


def test_day_month_with_weekday_picks_matching_year() -> None:
    # 19 September is a Tuesday in 2023, not in 2024.
    assert values("Fighting escalated on Tuesday, September 19, with an operation.", "2024-01-10") == [
        "2023-09-19"
    ]


def test_day_month_without_anchor_is_skipped() -> None:
    assert values("Troops entered the town on Nov. 10.", None) == []
    assert values("Troops entered the town on Nov. 10, 2020.", None) == ["2020-11-10"]


def test_future_day_month_takes_next_year() -> None:
    found = find_dates("The council will meet again on Jan. 15 to decide.", ANCHOR)
    assert [m.value for m in found] == ["2021-01-15"]
    assert found[0].future is True


def test_deadline_is_future() -> None:
    found = find_dates("Armenia must withdraw its troops by December 1.", ANCHOR)
    assert [m.value for m in found] == ["2020-12-01"]
    assert found[0].future is True


def test_past_deadline_stays_past() -> None:
    found = find_dates("The town was captured by Nov. 8, the ministry said.", ANCHOR)
    assert [m.value for m in found] == ["2020-11-08"]
    assert found[0].future is False


def test_future_words_inside_a_quote_do_not_make_the_attribution_future() -> None:
    text = "“We will continue to strive for peace,” the minister was quoted as saying on Nov. 8."
    assert values(text, "2021-11-09") == ["2021-11-08"]


# ---------------------------------------------------------------- relative to the anchor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said on Monday that talks had ended.", "2020-11-23"),
        ("The army entered the region early Wednesday.", "2020-11-25"),
        ("The minister said Friday the operation was over.", "2020-11-20"),
        ("On Thursday evening, the two sides reached an agreement.", "2020-11-19"),
        ("Crowds gathered yesterday in the square.", "2020-11-24"),
        ("The statement was issued today.", "2020-11-25"),
        ("Unemployment rose last year.", "2019"),
        ("The anniversary fell on Nov. 8 last year.", "2019-11-08"),
    ],
)
def test_relative_to_anchor(text: str, expected: str) -> None:
    found = find_dates(text, ANCHOR)
    assert [m.value for m in found] == [expected]
    assert found[0].relative is True


def test_future_weekday_is_next_one() -> None:
    found = find_dates("Talks will be held on Monday in Geneva.", ANCHOR)
    assert [m.value for m in found] == ["2020-11-30"]
    assert found[0].future is True


def test_relative_without_anchor_is_skipped() -> None:
    assert values("The ministry said on Monday and yesterday that it was last year.", None) == []


def test_relative_weekday_needs_a_day_anchor() -> None:
    assert values("The ministry said on Monday that talks had ended.", "2020-11") == []


def test_month_precision_anchor_still_infers_years() -> None:
    assert values("Troops entered the town on Nov. 10.", "2020-11") == ["2020-11-10"]


def test_relative_to_previous_date() -> None:
    assert values("Two months later, the leaders signed a pact.", None, previous="2020-11-10") == ["2021-01"]
    assert values("Three days later, the talks resumed.", None, previous="2020-11-10") == ["2020-11-13"]
    assert values("Two months later, the leaders signed a pact.", None) == []
    # An absolute date in the same text becomes the previous date.
    assert values("Clashes erupted on September 27, 2020. A week later talks began.", None) == [
        "2020-09-27",
        "2020-10-04",
    ]
    assert values("Clashes erupted on September 27, 2020. Two years later talks began.", None) == [
        "2020-09-27",
        "2022",
    ]


def test_ago_is_relative_to_anchor() -> None:
    assert values("The bridge was closed three years ago.") == ["2017"]


# ---------------------------------------------------------------- years, decades, months


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The region has been occupied since 1991.", ["1991"]),
        ("The conflict began in 1988 when claims were made.", ["1988"]),
        ("The 1994 ceasefire agreement was followed by talks.", ["1994"]),
        ("It was the Karabakh war of 2020.", ["2020"]),
        ("The districts were occupied in the early 1990s.", ["199X"]),
        ("Prices rose in the 1990s.", ["199X"]),
        ("The fighting continued into October 2020.", ["2020-10"]),
        ("The war lasted from 1992 to 1994.", ["1992/1994"]),
        ("The war lasted 1992-1994.", ["1992/1994"]),
    ],
)
def test_years_decades_months(text: str, expected: list[str]) -> None:
    assert values(text, None) == expected


def test_month_alone_takes_year_from_anchor() -> None:
    assert values("The town was liberated in November.") == ["2020-11"]
    assert values("The talks resumed in December.") == ["2019-12"]
    assert values("Elections will be held in March.") == ["2021-03"]
    assert values("The town was liberated in November.", None) == []


def test_may_the_verb_is_not_a_month() -> None:
    assert values("The sides may meet again, officials said.") == []
    assert values("They met in May.") == ["2020-05"]


def test_intervals() -> None:
    found = find_dates("Armenia was to leave the district from Nov. 15 until Nov. 25.", ANCHOR)
    assert [m.value for m in found] == ["2020-11-15/2020-11-25"]
    assert values("The fair runs 15-25 November 2021.", None) == ["2021-11-15/2021-11-25"]
    assert values("The fair ran between March 2 and March 9, 2021.", None) == ["2021-03-02/2021-03-09"]
    for m in find_dates("from Nov. 15 until Nov. 25", ANCHOR):
        assert edtf.is_valid(m.value)


# ---------------------------------------------------------------- not dates


@pytest.mark.parametrize(
    "text",
    [
        "During the 44-day war, troops advanced.",
        "The region was occupied for 30 years.",
        "The fighting lasted six weeks.",
        "It ended the 27-year long occupation.",
        "The town was liberated after 28 years.",
        "They waited for 44 years.",
        "Azerbaijan retook 300 settlements and villages.",
        "Russia deployed 1,960 troops to the region.",
        "About 20% of the territory was occupied.",
        "A ceasefire started at 13:00 local time.",
        "The deal is worth $2020 million.",
        "Delegates met at COP29 and the G20 summit.",
        "The army sent 2000 troops and 1500 people.",
        "Room 1204 was booked.",
    ],
)
def test_not_dates(text: str) -> None:
    assert values(text) == []


# ---------------------------------------------------------------- parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11 November 2020", "2020-11-11"),
        ("Sept. 27, 2020", "2020-09-27"),
        ("November 2020", "2020-11"),
        ("2020", "2020"),
        ("1990s", "199X"),
        ("2020-10-10", "2020-10-10"),
        ("Nov. 10", None),
        ("no date here", None),
        ("2020-02-30", None),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


# ---------------------------------------------------------------- extract_dates on an article


def test_extract_dates_offsets_and_anchor() -> None:
    raw = (FIXTURES / "anchored.txt").read_bytes()
    article = ingest_bytes(raw, "tests/fixtures/dates/anchored.txt", None, Report())
    assert article.published.value == "2021-05-12"
    mentions = extract_dates(article)
    by_surface = {m.surface: m.value for m in mentions}
    for m in mentions:
        assert article.text[m.start : m.end] == m.surface
        assert m.sentence.start <= m.start < m.end <= m.sentence.end
    assert by_surface["Tuesday"] == "2021-05-11"
    assert by_surface["March 3, 2019"] == "2019-03-03"
    assert by_surface["Two months later"] == "2019-05"
    assert by_surface["June 1"] == "2021-06-01"
    assert "12 May 2021" not in by_surface  # the timestamp line is furniture, not body


# ---------------------------------------------------------------- deadlines, anniversaries, links

LINKS = Path(__file__).parent / "fixtures" / "links"


def test_deadline_within_weeks_after_publication_keeps_the_year() -> None:
    assert values("Troops were given time until Nov. 25 to leave.", "2020-11-20") == ["2020-11-25"]
    assert values("Troops were supposed to leave on Dec. 1.", "2020-11-20") == ["2020-12-01"]
    assert values("The deadline for bids expired on Jan. 5.", "2020-12-28") == ["2021-01-05"]
    # not a deadline, or far after publication: the latest date not after publication
    assert values("The talks were held on Nov. 25.", "2020-11-20") == ["2019-11-25"]
    assert values("The plant closed on Dec. 30.", "2020-11-20") == ["2019-12-30"]


def test_anniversary_month_alone_in_past_clause_is_last_year() -> None:
    text = "The dam, which collapsed in March, was rebuilt."
    assert values(text, "2021-03-10") == ["2021-03"]
    assert [m.value for m in find_dates(text, "2021-03-10", anniversary=True)] == ["2020-03"]
    # future or present-tense clauses stay in the current year
    assert [m.value for m in find_dates("Polls will open in March.", "2021-03-10", anniversary=True)] == [
        "2021-03"
    ]


def links_fixture(name: str, knowledge=None):
    import re as _re

    from build_dossier.curate import Knowledge

    path = LINKS / name
    published = parse_date(_re.search(r"Published (.*)", path.read_text()).group(1))
    art = ingest_bytes(path.read_bytes(), f"tests/fixtures/links/{name}", {"published": published})
    return art, extract_dates(art, knowledge or Knowledge())


def by_surface(found) -> dict[str, str]:
    return {d.surface: d.value for d in found}


def test_link_phrases_inherit_the_date_of_the_named_event() -> None:
    _art, found = links_fixture("l01_trade_talks.txt")
    got = by_surface(found)
    assert got["Before the press conference"] == "2024-03-12"
    assert got["Later that day"] == "2024-03-12"
    assert "During the visit" not in got  # no visit in an earlier dated sentence
    assert all(d.relative for d in found if d.surface.startswith(("Before", "Later")))


def test_link_phrases_need_a_short_event_for_before_after() -> None:
    _art, found = links_fixture("l02_sports_federation.txt")
    got = by_surface(found)
    assert got["At the meeting"] == "2023-07-08"
    assert not any(s.startswith(("After the war", "Earlier")) for s in got)


def test_anniversary_article_and_curated_agreement_year() -> None:
    _art, found = links_fixture("l04_anniversary.txt")
    got = [(d.surface, d.value) for d in found]
    assert ("February", "2023-02") in got  # `which struck the region in February`, a year ago
    assert ("February", "2024-02") in got  # `will open in February`: future
    assert ("Feb. 10", "2023-02-10") in got

    from build_dossier.curate import Knowledge, KnownAgreement

    known = Knowledge(agreements=(KnownAgreement(name="Coastal Fisheries Accord", date="2023-09-12"),))
    _art, found = links_fixture("l05_summit_accord.txt", known)
    assert by_surface(found)["Sept. 11"] == "2023-09-11"  # the curated accord's year, ±1 day
    _art, found = links_fixture("l05_summit_accord.txt")
    assert by_surface(found)["Sept. 11"] == "2024-09-11"  # without curation: not after publication


def test_year_after_an_aside_in_parentheses() -> None:
    assert values("signed on November 10 (November 9 according to Moscow time), 2020, in the capital") == [
        "2020-11-10",
        "2020-11-09",
    ]
    # the year after the aside is no date of its own
    assert values("the talks on 3 May (2 May in Washington), 2019 ended without a deal") == [
        "2019-05-03",
        "2019-05-02",
    ]
    # an aside without a year after it changes nothing
    assert values("on 3 May (local time) the talks ended", "2024-06-01") == ["2024-05-03"]


# ---------------------------------------------------------------- schedules, offsets, "that year"


def test_scheduled_present_simple_and_offsets_from_the_nearest_day() -> None:
    raw = (FIXTURES / "scheduled.txt").read_bytes()
    article = ingest_bytes(raw, "tests/fixtures/dates/scheduled.txt", None, Report())
    assert article.published.value == "2024-09-14"
    got = {m.surface: m.value for m in extract_dates(article)}
    # present-simple schedule a few weeks ahead: the coming date, and "three days later" from it
    assert got["October 5"] == "2024-10-05"
    assert got["three days later"] == "2024-10-08"
    # "Two weeks earlier" counts from the happening just told (August 20), not from 1931
    assert got["August 20"] == "2024-08-20"
    assert got["Two weeks earlier"] == "2024-08-06"
    # "until June of that year" takes the year of the previous date, not the publication year
    assert got["June of that year"] == "1980-06"


def test_schedule_rule_keeps_past_tense_in_the_past() -> None:
    assert values("The team beat Ghent in Lyon on October 5.", "2024-09-14") == ["2023-10-05"]
    assert values("The crew raced Ghent on October 5.", "2024-09-14") == ["2023-10-05"]
    assert values("The crew races Ghent on October 5.", "2024-09-14") == ["2024-10-05"]
    # far beyond the schedule window: still the latest date not after publication
    assert values("The crew races Ghent on March 5.", "2024-09-14") == ["2024-03-05"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The delegation handed over its comments last week.", "2020-11-16/2020-11-22"),
        ("The court will decide next week whether to hear the appeal.", "2020-11-30/2020-12-06"),
        ("Talks continue this week in the capital.", "2020-11-23/2020-11-29"),
        ("The first units are expected by the end of the year.", "2020"),
        ("Shelters will be ready before the end of the month.", "2020-11"),
    ],
)
def test_weeks_and_ends_of_periods(text: str, expected: str) -> None:
    assert values(text) == [expected]


def test_end_of_a_month_long_thing_is_no_date() -> None:
    assert values("It marked the end of the month-long strike.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said the panel would rule on the complaints by Friday.", "2020-11-27"),
        ("He could play his first match as early as Saturday.", "2020-11-28"),
        ("The company expected the offer to run from Dec. 4 to Dec. 15.", "2020-12-04/2020-12-15"),
        ("The registration window closes on Dec. 10.", "2020-12-10"),
    ],
)
def test_reported_future_and_present_schedule_look_ahead(text: str, expected: str) -> None:
    assert values(text) == [expected]


def test_month_with_last_year_and_reported_future() -> None:
    assert values("The commissions last met in November last year.") == ["2019-11"]
    assert values("The next families are expected to move in December, said the official.") == ["2020-12"]
    assert values("She said the machines had been tested in early October.") == ["2020-10"]


def test_a_coordinated_clause_keeps_its_own_tense() -> None:
    assert values("The leader declared victory late on Saturday and said he would form a coalition.") == [
        "2020-11-21"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said in a statement on Monday that the city would rebuild.",
        "The court ruled on Monday that the law could be applied.",
        "Lawmakers voted on Monday on a bill that would ban imports.",
        "He said at a news conference on Monday that talks would resume.",
    ],
)
def test_a_modal_in_the_reported_clause_does_not_make_the_date_future(text: str) -> None:
    assert values(text) == ["2020-11-23"]


def test_year_carries_only_into_a_fitting_after_clause() -> None:
    assert values("Ties, frozen since December 2, 1991, improved when the leaders met on March 3.") == [
        "1991-12-02",
        "2020-03-03",
    ]
    assert values("The truce of May 12, 1994 has held, he said while visiting the front on May 5.") == [
        "1994-05-12",
        "2020-05-05",
    ]


# ---------------------------------------------------------------- session 3: plans, participles, refinements


def test_a_month_after_for_is_a_date_and_a_present_plan_is_future() -> None:
    assert values("The next summit is scheduled for November in Riga.", "2024-06-14") == ["2024-11"]
    assert values("Talks are planned for October, he said.", "2024-06-14") == ["2024-10"]
    assert values("He voted for May as party leader.", "2024-06-14") == []  # `for May`: a name


def test_a_past_plan_takes_the_year_nearest_the_publication() -> None:
    assert values("A new round was planned for June.", "2024-03-14") == ["2024-06"]
    assert values("The vote was scheduled for March 3 but was postponed.", "2024-03-14") == ["2024-03-03"]


def test_a_term_after_in_is_no_interval() -> None:
    assert values("The lease was signed in 1995 and extended in 2010 until 2044.") == ["1995", "2010", "2044"]
    assert values("The office is open on Monday until Friday.", "2024-06-14") == ["2024-06-10/2024-06-14"]
    assert values("The fair ran from 2010 until 2014.") == ["2010/2014"]


def test_a_reduced_relative_dates_its_noun_in_a_future_sentence() -> None:
    got = values(
        "Under an agreement reached in March, the guards will leave the airport by 1 August.", "2024-06-14"
    )
    assert got == ["2024-03", "2024-08-01"]
    assert values("The deal signed in March will take effect next year.", "2024-06-14") == ["2024-03", "2025"]
    assert values("Schools will remain closed on Monday.", "2024-05-12") == ["2024-05-13"]
    assert values("A new bridge will be opened in March.", "2024-06-14") == ["2025-03"]


def test_a_day_month_refines_a_stated_month_of_the_paragraph_before() -> None:
    got = [
        m.value for m in find_dates("Riga asked for help on 13 September.", "2024-06-14", narrative="2022-09")
    ]
    assert got == ["2022-09-13"]
    # another month, or a future sentence, keeps the usual inference
    got = [m.value for m in find_dates("In February, the envoy quit.", "2024-06-14", narrative="2023-01")]
    assert got == ["2024-02"]


def test_a_relative_date_refined_by_a_stated_one_is_dropped() -> None:
    got = values("Two months later, at the summit on 23 November 2022, the leader refused.", "2024-06-14")
    assert got == ["2022-11-23"]


def test_halves_and_quarters_of_a_year_are_month_intervals() -> None:
    assert values("Inflation will return to target in the second half of 2024.", "2023-12-07") == [
        "2024-07/2024-12"
    ]
    assert values("Growth slowed in the first quarter of the year.", "2023-12-07") == ["2023-01/2023-03"]
    assert values("Deliveries start in the final quarter of next year.", "2023-12-07") == ["2024-10/2024-12"]
    assert values("In the second half of the match he scored.", "2023-12-07") == []


def test_an_interval_without_years_runs_forward_and_borrows_a_relative_year() -> None:
    assert values("Entry to the forest has been banned from June 1 to Oct. 31.", "2024-07-17") == [
        "2024-06-01/2024-10-31"
    ]
    assert values("The city hosted the cup from July 30 to August 24 last year.", "2024-11-28") == [
        "2023-07-30/2023-08-24"
    ]


def test_an_opening_year_dates_the_day_months_of_its_sentence() -> None:
    assert values("In 2021, fires that started on July 28 killed nine people.", "2024-11-28") == [
        "2021",
        "2021-07-28",
    ]


def test_a_present_passive_is_no_past_tense() -> None:
    got = values(
        "Residents will be allowed to return on Thursday once the area is declared safe.", "2024-07-17"
    )
    assert got == ["2024-07-18"]


def test_second_reading_guards() -> None:
    # an opening year governs only its own clause, never a future or a reported date
    assert values("By 2030, emissions will fall by half, the minister said on March 3.", "2024-06-14") == [
        "2030",
        "2024-03-03",
    ]
    # a plan's participle is no past tense
    assert values("Voters will cast ballots in the election scheduled on Sunday.", "2024-01-10") == [
        "2024-01-14"
    ]
    # a relative date is kept beside a stated one unless it is an offset the stated one refines
    assert values("Prices rose 5% this month, after a 3% rise on 2 June 2024.") == ["2020-11", "2024-06-02"]
    # `for` before a given name is no month
    assert values("Supporters voted for June Smith in the primary.") == []
    # this month's news is not moved to the stated month of last year
    got = [
        m.value for m in find_dates("On 18 September, the bank cut rates.", "2024-09-20", narrative="2023-09")
    ]
    assert got == ["2024-09-18"]


def test_a_past_verb_attached_to_the_date_keeps_it_in_the_past_in_a_future_sentence() -> None:
    got = values(
        "The council voted on Monday to raise fares from January 1, rejecting claims that the rise will hurt "
        "the poor.",
        "2024-11-19",
    )
    assert got == ["2024-11-18", "2025-01-01"]
    got = values(
        "On September 26, the court found the law consistent with the Constitution, and parliament is due "
        "to debate it on October 15.",
        "2024-11-19",
    )
    assert got == ["2024-09-26", "2025-10-15"]
    assert values("Schools will remain closed on Monday.", "2024-05-12") == ["2024-05-13"]


def test_a_month_day_range_with_to_is_an_interval() -> None:
    assert values("It was signed on the night of November 9 to 10, 2020.", "2024-06-12") == [
        "2020-11-09/2020-11-10"
    ]
    assert values("On June 9 to 10 people died.", "2024-06-12") == ["2024-06-09"]


def test_an_offset_refined_by_the_day_right_after_it_is_one_date() -> None:
    t = "It builds on the pact signed in Lima a month earlier, on Feb. 8, the ministry said."
    assert [d.value for d in find_dates(t, "2025-01-21", previous="2024-03-07")] == ["2024-02-08"]


def test_an_after_clause_takes_the_year_of_a_stated_month_before_it() -> None:
    t = "She was elected mayor in October 2023 after her party won the elections held on September 17."
    assert values(t, "2024-11-19") == ["2023-10", "2023-09-17"]


def test_a_happening_counted_back_from_a_stated_day() -> None:
    from build_dossier.extract import extract_article
    from build_dossier.ingest import ingest_bytes

    text = (
        "Headline\n\nThe centre was set up under a memorandum signed on Nov. 11, 2020, a day after the "
        "Norwegian-brokered truce ended the six-week war.\n"
    )
    x = extract_article(ingest_bytes(text.encode(), "x.txt", {"published": "2024-04-27"}))
    assert ("2020-11-10", "Norwegian-brokered truce ended the six-week war") in {
        (e.date, e.title) for e in x.events
    }
    assert ("Ceasefire agreement of 10 November 2020", "2020-11-10") in {
        (g.name, g.date) for g in x.agreements
    }


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Container traffic grew by 63% in January-May.", "2024-07-19", ["2024-01/2024-05"]),
        ("In January–May of this year, exports rose.", "2024-07-19", ["2024-01/2024-05"]),
        ("Exports rose in January-March 2023, officials said.", "2024-07-19", ["2023-01/2023-03"]),
        ("In October-December, exports fell.", "2024-07-19", ["2023-10/2023-12"]),
        ("Freight rose 63% in the first 11 months of the year.", "2024-12-19", ["2024-01/2024-11"]),
        ("Freight rose in the first 11 months of the year.", "2024-01-19", ["2023-01/2023-11"]),
        ("Output fell in the first five months of 2023.", "2024-01-19", ["2023-01/2023-05"]),
    ],
)
def test_month_ranges_are_intervals(text: str, anchor: str, expected: list[str]) -> None:
    assert values(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a Friday article: a warning's stretch is still to come, though the verb is past
        (
            "The weather service posted ice storm warnings from early Saturday through Sunday afternoon.",
            ["2024-01-20/2024-01-21"],
        ),
        ("The agency warned of heavy snowfall in the mountains through Sunday.", ["2024-01-21"]),
        ("Schools will stay closed through Monday.", ["2024-01-22"]),
        # told in the past, without a warning: last week's stretch
        ("Protests continued in the capital through Sunday.", ["2024-01-14"]),
        ("The talks lasted from Monday until Wednesday.", ["2024-01-15/2024-01-17"]),
        # an end without a year follows its start, it is no deadline of its own
        ("The exhibition ran from Nov. 15 until Nov. 25.", ["2023-11-15/2023-11-25"]),
        ("The exhibition will run from Nov. 15 until Nov. 25.", ["2024-11-15/2024-11-25"]),
    ],
)
def test_stretches_through_a_weekday(text: str, expected: list[str]) -> None:
    assert values(text, "2024-01-19") == expected


def test_an_offset_restated_by_the_day_after_it_is_that_day_whatever_it_was_counted_from() -> None:
    text = "Two months later, on May 9, the leaders agreed in Moscow that the guards would leave."
    assert values(text, "2024-08-01", previous="2024-08-01") == ["2024-05-09"]


def test_a_deadline_still_to_come_is_no_reference_for_a_later_offset() -> None:
    text = (
        "Published 1 August 2024\n\n"
        "In March, Armenia told Moscow that its guards would take over from August 1. "
        "A week later, the two sides signed a protocol in the capital."
    )
    art = ingest_bytes(text.encode(), "x.txt", {"published": "2024-08-01"}, Report())
    got = [(d.surface, d.value) for d in extract_dates(art)]
    assert ("A week later", "2024-08-08") not in got


def test_a_weekday_declared_a_day_of_something_is_still_to_come() -> None:
    text = "The president declared Friday a national day of mourning and ordered an inquiry."
    assert values(text, "2024-02-08") == ["2024-02-09"]  # a Thursday article
    assert values("The rally took place on Friday.", "2024-02-08") == ["2024-02-02"]


def test_the_next_day_and_the_following_month_count_from_the_previous_date() -> None:
    assert values("He arrived on May 3 and left the next day.") == ["2020-05-03", "2020-05-04"]
    assert values("The following month, a deal was signed.", previous="2019-05") == ["2019-06"]
    assert values("On the previous day, he spoke.", previous="2019-05-03") == ["2019-05-02"]
    # a stretch still to come, a possessive or no previous day: no date
    assert values("We will know in the next day or two.", previous="2019-05-03") == []
    assert values("The next day's paper ran it.", previous="2019-05-03") == []
    assert values("He left the next day.") == []


def test_a_date_after_since_is_past_however_future_the_clause() -> None:
    # published on a Wednesday, 25 November 2020: 19 September is this year's, not next year's
    assert values("The meeting was expected to be the first since the offensive on 19 September.") == [
        "2020-09-19"
    ]
    assert values("The talks will be held on 19 December.") == ["2020-12-19"]


def test_month_edges_seasons_and_the_start_of_the_year() -> None:
    anchor = "2024-07-11"
    assert values("The level fell between the beginning of May and the end of June.", anchor) == [
        "2024-05/2024-06"
    ]
    assert values("Prices rose from the start of March to the end of May 2023.", anchor) == [
        "2023-03/2023-05"
    ]
    assert values("Visitors rose by 25 percent last summer.", anchor) == ["2023"]
    assert values("Visitors rose by 25 percent last summer.", "2024-10-11") == ["2024"]
    assert values("The plant opens next spring.", anchor) == ["2025"]
    assert values("The fall of the old regime was swift.", anchor) == []
    assert values("Gas has been flowing since the beginning of this year.", anchor) == ["2024-01"]
    assert values("The plant will be finished by the end of the year.", anchor) == ["2024"]


def test_a_sentence_that_starts_inside_a_quotation_is_dated_by_its_attribution() -> None:
    # the quotation was opened in the sentence before: its future tense is the speaker's, not the date's
    anchor = "2025-02-10"  # a Monday
    assert values('We will form a government," Lind told supporters in Kestel late on Sunday.', anchor) == [
        "2025-02-09"
    ]


def test_a_date_that_modifies_a_document_is_its_day_and_a_leading_release_is_past() -> None:
    anchor = "2021-01-14"
    assert values("Under the January 11 statement, a working group is to be set up.", anchor) == [
        "2021-01-11"
    ]
    assert values(
        "According to a statement released by the government's press service late on Thursday, the guards "
        "will leave.",
        "2024-05-10",
    ) == ["2024-05-09"]


def test_same_day_day_before_seasons_possessive_months_and_invitations() -> None:
    assert values("On the same day, Lind told a hearing.", "2023-11-16", previous="2023-11-15") == [
        "2023-11-15"
    ]
    assert values("They met on May 3 and signed a deal on the same day.", "2023-11-16") == ["2023-05-03"]
    assert values("Lind received Berg the day before.", "2023-12-14", previous="2023-12-14") == ["2023-12-13"]
    assert values("Premiums fell in the autumn.", "2024-01-09") == ["2023-09/2023-11"]
    assert values("It came a month after Arland's September offensive.", "2023-11-18") == ["2023-09"]
    assert values("Lind invited Berg to visit Kestel in October.", "2024-06-18") == ["2024-10"]
    assert values("Arland agreed on April 19 to hand over two villages.", "2024-06-18") == ["2024-04-19"]


def test_a_fixture_told_in_the_present_is_to_come_but_an_opening_hour_is_not() -> None:
    anchor = "2024-06-18"  # a Tuesday
    assert values(
        "Kestel face Arland in Lindora on Saturday, before meeting Borovia on June 26.", anchor
    ) == [
        "2024-06-22",
        "2024-06-26",
    ]
    assert values("Kestel plays Arland on Saturday.", anchor) == ["2024-06-22"]
    assert values("The minister met Lind on Saturday.", anchor) == ["2024-06-15"]
    assert values("The office is open on Monday until Friday.", "2024-06-14") == ["2024-06-10/2024-06-14"]


def _told(text: str, published: str) -> dict[str, str]:
    art = ingest_bytes(text.encode(), "t.txt", {"published": published})
    return {d.surface: d.value for d in extract_dates(art)}


def test_same_evening_inside_a_sentence_is_the_day_of_the_sentence_before() -> None:
    got = _told(
        "On November 16, clashes erupted on the border. A ceasefire was reached the same evening through "
        "the mediation of the defence minister.",
        "2021-11-26",
    )
    assert got["the same evening"] == "2021-11-16"
    # two different days before: no guess
    got = _told("Talks ran on May 3 and May 9. A deal was reached later that day.", "2021-11-26")
    assert "later that day" not in got


def test_a_month_told_in_the_sentence_beats_the_narrative_year_of_the_paragraph() -> None:
    got = _told(
        "The country has been in turmoil since an August 2020 election. A government lost a vote last "
        "August, weeks after it signed a deal with the church on Aug. 3.",
        "2023-04-02",
    )
    assert got["August"] == "2022-08" and got["Aug. 3"] == "2022-08-03"


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # present `are due in` / `is expected between`: still to come
        ("The two ministers are both due in Kestel on Friday for the forum.", "2024-02-29", ["2024-03-01"]),
        (
            "The flood peak is expected between April 10 and April 15.",
            "2024-04-08",
            ["2024-04-10/2024-04-15"],
        ),
        # `U.S.` is no clause end: the opening `On Friday,` belongs to `are expected to join`
        (
            "On Friday, U.S. Secretary of State Jon Doe and his counterpart are expected to join the summit.",
            "2024-10-09",
            ["2024-10-11"],
        ),
        # a coordinated clause with its own subject keeps its own tense
        (
            "The post office issued a stamp on Monday, and a concert will take place on Saturday evening.",
            "2024-05-22",
            ["2024-05-20", "2024-05-25"],
        ),
        # `in February 2023 … after the earthquakes of Feb. 6`: the year of the full date, at its precision
        (
            "The gate was opened in February 2023 after the earthquakes of Feb. 6 that hit the south.",
            "2024-03-02",
            ["2023-02", "2023-02-06"],
        ),
    ],
)
def test_future_and_year_cues(text: str, anchor: str, expected: list[str]) -> None:
    assert values(text, anchor) == expected


def test_century_dates_are_valid_edtf_with_a_readable_label() -> None:
    assert edtf.is_valid("19XX") and edtf.is_valid("19XX/2020")
    assert not edtf.is_valid("1XXX")
    assert edtf.precision("19XX") == "century"
    assert edtf.display("19XX") == "20th century"
    assert edtf.display("20XX") == "21st century"
    assert edtf.sort_key("19XX") < edtf.sort_key("199X") < edtf.sort_key("1991")


# ---------------------------------------------------------------- session 9: chained relative dates


def test_an_offset_restated_by_a_day_month_keeps_the_offset_year() -> None:
    got = _told(
        "On March 14, 2019, shells hit the market of Dorvik. A day earlier, on March 13, two farmers "
        "had been killed in a strike on a nearby village.",
        "2020-03-14",
    )
    assert got["March 13"] == "2019-03-13"


def test_a_day_month_right_after_a_stated_day_of_an_earlier_year_is_that_year() -> None:
    got = _told(
        "On April 2, 2019, the two presidents signed a truce in Velra.\n\n"
        "The first monitors were flown in from the capital on April 3.",
        "2020-04-03",
    )
    assert got["April 3"] == "2019-04-03"
    # too far from the stated day: the latest such day before publication
    got = _told(
        "On April 2, 2019, the two presidents signed a truce in Velra.\n\nMonitors arrived on May 28.",
        "2020-06-03",
    )
    assert got["May 28"] == "2020-05-28"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Note that in June and July last year, Lorvia handed over maps.", ["2021-06/2021-07"]),
        ("It rained from May to June 2021 in the valley.", ["2021-05/2021-06"]),
        ("Exports rose in March and October last year.", ["2021-03", "2021-10"]),
        ("Snow fell in December and January 2021.", ["2020-12/2021-01"]),
    ],
)
def test_a_list_of_months_shares_its_stated_year(text: str, expected: list[str]) -> None:
    assert [m.value for m in find_dates(text, "2022-08-11")] == expected


def test_late_on_a_weekday_opening_a_told_sentence_is_past() -> None:
    got = find_dates(
        "Late on Tuesday, the council formally asked its neighbour to help defend the border.", "2021-11-17"
    )
    assert [m.value for m in got] == ["2021-11-16"]


def test_comes_n_years_after_dates_the_happening_back_from_publication() -> None:
    got = _told(
        "The victory comes two years after the island ran out of fuel, triggering months of protests.",
        "2024-09-23",
    )
    assert got["two years after"] == "2022"
    got = _told("The vote comes three months after the floods hit the north.", "2024-09-23")
    assert got["three months after"] == "2024-06"
    # a date of its own after the phrase wins
    got = _told("The vote comes a year after the floods of May 2023.", "2024-09-23")
    assert "a year after" not in got


def test_a_weekday_is_not_moved_to_the_year_of_a_document_date() -> None:
    got = _told(
        "The truce was signed on Nov. 10, 2020. The minister told reporters on Monday that most of the "
        "treaty text had been agreed.",
        "2024-11-13",
    )
    assert got["Monday"] == "2024-11-11"


def test_same_day_and_offsets_follow_the_happening_told_as_known() -> None:
    got = _told(
        "Today marks the first anniversary of the missile attack on Dorvik.\n\n"
        "On May 4, 2023, rockets hit the centre of Dorvik. A day earlier, on May 3, two people had been "
        "killed in a rocket attack on a nearby village.\n\n"
        "The ombudsman sent information about the attack to international bodies.\n\n"
        "The prosecutor opened a criminal case over the attack on the same day.\n\n"
        "Two days after the attack, a rights group confirmed that cluster munitions had been used.",
        "2024-05-04",
    )
    assert got["May 3"] == "2023-05-03"
    assert got["on the same day"] == "2023-05-04"
    assert got["Two days after the attack"] == "2023-05-06"


def test_the_story_day_year_is_dropped_once_another_year_is_told() -> None:
    got = _told(
        "The first meeting was held on May 24, 2022. At the eighth meeting, held on April 19 this year, "
        "the parties agreed on a section of the border, and guards were deployed there on May 24.",
        "2024-05-30",
    )
    assert got["May 24"] == "2024-05-24"


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("The next conference is planned to be held in Baku in autumn.", "2024-05-21", ["2024-09/2024-11"]),
        ("Prices of fruit fell sharply in early spring.", "2024-05-21", ["2024-03/2024-05"]),
        ("The talks took place in the fall.", "2024-05-21", ["2023-09/2023-11"]),
        ("Flights run twice a week in the summer season.", "2024-05-21", []),
        ("The crop is harvested in summer and autumn.", "2024-05-21", []),
    ],
)
def test_seasons_with_and_without_the_article(text: str, anchor: str, expected: list[str]) -> None:
    assert values(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("People were deported several times during the 20th century.", ["19XX"]),
        ("The church was built in the early 19th century.", ["18XX"]),
        ("The museum holds 21st century art.", []),
        ("The 20th-century buildings were razed.", []),
    ],
)
def test_centuries_after_a_preposition_of_time(text: str, expected: list[str]) -> None:
    assert values(text) == expected
    assert all(edtf.precision(v) == "century" for v in expected)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        (
            "The first cases were recorded in the first week of January.",
            "2024-02-15",
            ["2024-01-01/2024-01-07"],
        ),
        ("Talks are set for the second week of March 2025.", "2024-02-15", ["2025-03-08/2025-03-14"]),
        ("The last week of February was the coldest.", "2023-03-10", ["2023-02-22/2023-02-28"]),
        ("We met last week.", "2024-02-15", ["2024-02-05/2024-02-11"]),
    ],
)
def test_a_numbered_week_of_a_month(text: str, anchor: str, expected: list[str]) -> None:
    assert values(text, anchor) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Construction began in 1163 and was largely completed by 1345.", ["1163", "1345"]),
        ("The bridge was built in 1889, when the town grew.", ["1889"]),
        ("The court ruled in 1345 cases last year.", ["2019"]),
        ("The hall holds 1345 seats.", []),
    ],
)
def test_years_before_1900_only_as_years_of_time(text: str, expected: list[str]) -> None:
    assert values(text, "2020-11-25") == expected


def test_a_schedule_in_the_present_and_a_closed_relative_clause_before_the_date() -> None:
    assert values("Kestel hosts the regional climate conference in November.", "2024-02-17") == ["2024-11"]
    # the relative clause in the past tells of something else: the coordinated verb is the future one
    assert values(
        "She will succeed Ana Voss, who has held the post since 2016, and take office on April 1.",
        "2024-10-26",
    ) == ["2016", "2025-04-01"]


def test_later_that_year_takes_the_year_of_the_date_told_before() -> None:
    assert values("Later that year the envoy resigned.", "2024-03-14", previous="2021-06-12") == ["2021"]
    assert values("Later that year the envoy resigned.", "2024-03-14") == []  # no date told before
    assert values("In the same year, the plant closed.", "2024-03-14", previous="2019-05-02") == ["2019"]
    # `October 13 of the same year` is one day, not also a year
    assert values("The treaty of March 16, 1921 and the one signed on October 13 of the same year.") == [
        "1921-03-16",
        "1921-10-13",
    ]


def test_one_of_two_neighbouring_months_is_a_stretch() -> None:
    text = "Economists expect the bank to begin cutting rates either in December or in January."
    assert values(text, "2024-11-28") == ["2024-12/2025-01"]
    assert values("The flooding peaked in June or July.", "2024-11-28") == ["2024-06/2024-07"]
