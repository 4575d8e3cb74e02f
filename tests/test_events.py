"""Events: dated happenings with short titles, on own fixtures and on the sample seeds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from build_dossier.curate import Knowledge
from build_dossier.dates import parse_date
from build_dossier.extract import extract_article
from build_dossier.extract.events import extract_events
from build_dossier.ingest import ingest_bytes
from build_dossier.models import ActorMention, Article, DateMention, MetaValue, Paragraph, Sentence

FIXTURES = Path(__file__).parent / "fixtures" / "events"
SEEDS = Path(__file__).parent.parent / "seeds"


def fixture(name: str):
    path = FIXTURES / name
    published = parse_date(re.search(r"Published (.*)", path.read_text()).group(1))
    art = ingest_bytes(path.read_bytes(), f"tests/fixtures/events/{name}", {"published": published})
    return extract_article(art, Knowledge())


def seed(stem: str):
    import yaml

    path = SEEDS / f"{stem}.txt"
    side = path.with_name(stem + ".meta.yaml")
    sidecar = yaml.safe_load(side.read_text()) if side.exists() else None
    return extract_article(ingest_bytes(path.read_bytes(), f"seeds/{stem}.txt", sidecar), Knowledge())


def has(events, date: str, *words: str) -> bool:
    return any(e.date == date and all(w.lower() in e.title.lower() for w in words) for e in events)


# ---------------------------------------------------------------- unit: built mentions, no other stage


def _article(text: str) -> tuple[Article, Sentence]:
    s = Sentence(text=text, start=0, end=len(text), line=1, paragraph=0)
    para = Paragraph(text=text, start=0, end=len(text), line=1, sentences=(s,))
    none = MetaValue(value=None, origin=None)
    art = Article(
        id="x",
        path="x.txt",
        sha256="0",
        text=text,
        paragraphs=(para,),
        furniture=(),
        title=none,
        outlet=none,
        author=none,
        published=MetaValue(value="2020-11-20", origin="metadata"),
        url=none,
    )
    return art, s


def _date(s: Sentence, surface: str, value: str, nth: int = 0) -> DateMention:
    start = [m.start() for m in re.finditer(re.escape(surface), s.text)][nth]
    return DateMention(value=value, surface=surface, start=start, end=start + len(surface), sentence=s)


def test_two_dates_in_one_sentence_give_two_events_with_borrowed_subject():
    art, s = _article(
        "Armenia was supposed to leave Kalbajar on Nov. 15 but asked for more time until Nov. 25."
    )
    dates = (_date(s, "Nov. 15", "2020-11-15"), _date(s, "Nov. 25", "2020-11-25"))
    events = extract_events(art, (), (), (), dates)
    assert [e.date for e in events] == ["2020-11-15", "2020-11-25"]
    assert events[0].title == "Armenia was supposed to leave Kalbajar"
    assert events[1].title == "Armenia asked for more time"


def test_leading_adverbial_and_attribution_are_stripped():
    art, s = _article(
        "On Nov. 10, the two countries signed an agreement to end the fighting, the ministry said."
    )
    events = extract_events(art, (), (), (), (_date(s, "Nov. 10", "2020-11-10"),))
    assert len(events) == 1
    assert events[0].title == "The two countries signed an agreement to end the fighting"
    assert not events[0].title.endswith(".")


def test_actors_of_the_sentence_are_attached():
    art, s = _article("Erdogan met Putin in Sochi on September 29, 2021.")
    actor = ActorMention(
        name="Recep Tayyip Erdoğan", kind="person", surface="Erdogan", start=0, end=7, sentence=s
    )
    events = extract_events(art, (actor,), (), (), (_date(s, "September 29, 2021", "2021-09-29"),))
    assert events[0].actors == ("Recep Tayyip Erdoğan",)
    assert events[0].title == "Erdogan met Putin in Sochi"


def test_timestamp_line_and_rhetorical_quote_year_are_not_events():
    art, s = _article("Published November 25, 2020")
    assert extract_events(art, (), (), (), (_date(s, "November 25, 2020", "2020-11-25"),)) == ()
    art, s = _article('"We have waited for this since 1991," the minister told reporters in the capital.')
    assert extract_events(art, (), (), (), (_date(s, "1991", "1991"),)) == ()


def test_a_target_year_inside_a_quotation_is_an_event():
    text = (
        '"The volume of cargo can be brought to 10 million tons a year by 2027 if the ports are '
        'widened," the press service said.'
    )
    art, s = _article(text)
    events = extract_events(art, (), (), (), (_date(s, "2027", "2027"),))
    assert [e.date for e in events] == ["2027"]
    assert events[0].title.startswith("The volume of cargo can be brought to 10 million tons a year")


def test_when_clause_gives_the_happening():
    art, s = _article("The conflict began in 1988 when Armenia made territorial claims against Azerbaijan.")
    events = extract_events(art, (), (), (), (_date(s, "1988", "1988"),))
    assert events[0].title == "Armenia made territorial claims against Azerbaijan"


def test_duplicate_in_one_article_is_one_event():
    text = (
        "New clashes erupted on Sept. 27, 2020.\n\nNew clashes erupted on September 27, 2020, officials said."
    )
    art = ingest_bytes(text.encode(), "dup.txt", {"published": "2020-10-01"})
    ex = extract_article(art, Knowledge())
    assert [e.date for e in ex.events] == ["2020-09-27"]


# ---------------------------------------------------------------- own fixture articles (full pipeline)


@pytest.mark.parametrize(
    ("name", "date", "words"),
    [
        ("ceasefire.txt", "2024-03-03", ("fighting broke out",)),
        ("ceasefire.txt", "2024-03-12", ("signed", "ceasefire")),
        ("ceasefire.txt", "2024-03-13", ("truce", "took effect")),
        ("ceasefire.txt", "1992", ("war ended",)),
        ("treaty.txt", "2023-06-02", ("Finland and Norway signed", "Treaty")),
        ("treaty.txt", "1989", ("Kirkenes Protocol",)),
        ("summit.txt", "2022-08-19", ("ended", "summit")),
        ("summit.txt", "2022-08-17", ("leaders met",)),
        ("summit.txt", "2022-08-18", ("closed talks",)),
        ("summit.txt", "2023-09", ("next summit",)),
        ("election.txt", "2021-11-09", ("voters",)),
        (
            "election.txt",
            "2021-11-11",
            ("declared", "winner"),
        ),  # published Friday 12 Nov: the Thursday before
        ("election.txt", "2021-11-24", ("sworn",)),
        ("election.txt", "2016", ("ran for president",)),
        ("border.txt", "2022-04-06", ("border point", "reopened")),
        ("border.txt", "1992", ("crossing was closed",)),
        ("border.txt", "2022-04-07", ("trucks crossed",)),
        ("trade.txt", "2023-12-13", ("signed", "agreement")),
        ("trade.txt", "2002", ("negotiated",)),
        ("deadline.txt", "2020-11-10", ("truce signed",)),
        ("deadline.txt", "2020-11-15", ("supposed to leave",)),
        ("deadline.txt", "2020-11-18", ("entered", "Salo")),
        ("alias.txt", "2022-05-08", ("gathered",)),
        ("alias.txt", "1992", ("captured",)),
        ("alias.txt", "2020-11", ("retaken",)),
    ],
)
def test_fixture_events(name, date, words):
    events = fixture(name).events
    assert has(events, date, *words), [(e.date, e.title) for e in events]


def test_fixture_titles_are_short_sentence_case_without_period():
    for path in sorted(FIXTURES.glob("*.txt")):
        for e in fixture(path.name).events:
            assert len(e.title) <= 95, e.title
            assert e.title[0].isupper() and not e.title.endswith("."), e.title


def test_fixture_publication_line_is_not_an_event():
    for path in sorted(FIXTURES.glob("*.txt")):
        assert not any("published" in e.title.lower() for e in fixture(path.name).events)


def test_fixture_event_carries_agreement():
    events = fixture("treaty.txt").events
    signing = next(e for e in events if e.date == "2023-06-02")
    assert signing.agreement == "Tana River Treaty"
    assert "Helsinki" in signing.places


# ---------------------------------------------------------------- sample seeds (integration)


def test_seed_outbreak_of_fighting_2020_09_27():
    for stem in ("001_188add32cb956324", "003_73061d099c96e705", "004_0c0575619c868127"):
        assert has(seed(stem).events, "2020-09-27", "clashes erupted"), stem
    assert any(e.date == "2020-09-27" for e in seed("002_fd68ee673bc3184e").events)


def test_seed_background_history():
    assert has(seed("002_fd68ee673bc3184e").events, "1988", "territorial claims")
    assert has(seed("002_fd68ee673bc3184e").events, "1994", "ceasefire")
    assert has(seed("001_188add32cb956324").events, "1991", "occupied")
    assert any(e.date == "199X" for e in seed("000_e24d4901e29cb5bd").events)


def test_seed_end_of_war_and_deadlines():
    assert has(seed("001_188add32cb956324").events, "2020-11-10", "fighting ended")
    ev004 = seed("004_0c0575619c868127").events
    assert has(ev004, "2020-11-15", "supposed to leave Kalbajar")
    assert has(ev004, "2020-11-25", "more time")
    assert has(seed("000_e24d4901e29cb5bd").events, "2020-12-01")


def test_seed_no_duration_dates_and_no_timestamp_events():
    for path in sorted(SEEDS.glob("*.txt")):
        events = seed(path.stem).events
        assert not any(
            "44" in e.date or e.title.lower().startswith(("published", "politics")) for e in events
        )
        dates = [(e.date, e.title) for e in events]
        assert len(dates) == len(set(dates))


def test_seed_shusha_declaration_event():
    events = seed("003_73061d099c96e705").events
    e = next(e for e in events if e.date == "2021-06-15")
    assert e.agreement == "Shusha Declaration"
    assert "signed" in e.title


# ---------------------------------------------------------------- tweets, links, leads, `soon after`

LINKS = Path(__file__).parent / "fixtures" / "links"
TWEETS = Path(__file__).parent / "fixtures" / "tweets"


def links(name: str):
    path = LINKS / name
    published = parse_date(re.search(r"Published (.*)", path.read_text()).group(1))
    art = ingest_bytes(path.read_bytes(), f"tests/fixtures/links/{name}", {"published": published})
    return extract_article(art, Knowledge())


def test_tweet_is_a_statement_event_dated_by_its_signature() -> None:
    path = TWEETS / "t01_flood_minister.txt"
    ex = extract_article(
        ingest_bytes(path.read_bytes(), "tests/fixtures/tweets/t01_flood_minister.txt"), Knowledge()
    )
    assert [e.date for e in ex.events] == ["2024-04-14"]
    assert ex.events[0].title.startswith("Anna Kowalczyk: “Thank you")
    assert "Anna Kowalczyk" in ex.events[0].actors


def test_link_phrase_events() -> None:
    ev = links("l01_trade_talks.txt").events
    assert has(ev, "2024-03-12", "signed two agreements")
    assert has(ev, "2024-03-12", "flew to Quito")
    # `During the visit`: no dated visit before, so the round is dated only by its own `for June`
    assert [e.date for e in ev if "new round" in e.title] == ["2024-06"]


def test_soon_after_main_clause_and_wire_lead_statement() -> None:
    ev = links("l03_election_result.txt").events
    assert has(ev, "2024-05-02", "sworn in")
    assert has(ev, "2024-05-02", "declared him the winner")
    assert has(ev, "2024-05-03", "challenge the result")  # `has said in a statement`: publication day
    assert has(ev, "2024-05-17", "deadline")
    assert len([e for e in ev if e.date == "2024-05-03"]) == 1


def test_lead_statement_needs_a_day_publication_date() -> None:
    text = b"Title line\n\nThe union has said in a statement that the strike will go ahead.\n"
    ex = extract_article(ingest_bytes(text, "t.txt", {"published": "2024-05"}), Knowledge())
    assert ex.events == ()


def test_coordinated_predicates_give_one_event_each() -> None:
    harvest = fixture("coordinated_harvest.txt").events
    assert has(harvest, "2024-04-11", "toured", "grain terminal")
    assert has(harvest, "2024-04-11", "ministers", "signed two accords")
    assert not any("signed" in e.title for e in harvest if "toured" in e.title)
    # an adjective participle after `and` is no second predicate
    assert [e.title for e in harvest if e.date == "2024-04-12"] == [
        "Kenya discussed security and related issues with its neighbours"
    ]
    rescue = fixture("coordinated_rescue.txt").events
    assert has(rescue, "2024-03-02", "Malawi opened its border crossings")
    assert has(rescue, "2024-03-02", "Zambia sent three cargo planes")
    assert has(rescue, "2024-03-04", "army evacuated")
    assert has(rescue, "2024-03-04", "Red Cross opened two field hospitals")
    # coordinated subjects are not split
    assert [e.title for e in rescue if e.date == "2024-03-03"] == [
        "Norway and Sweden pledged new funds for the relief effort"
    ]


def test_continuations_inherit_the_narrative_day() -> None:
    tour = fixture("continuation_tour.txt")
    assert has(tour.events, "2024-05-18", "Reyes visited Puerto Montt")
    assert has(tour.events, "2019", "Puerto Montt was devastated")
    later = [d for d in tour.dates if d.surface == "later"]
    assert later and later[0].relative and later[0].value == "2024-05-18"
    # `also` links only to the previous sentence of the same paragraph
    assert not any("fund" in e.title for e in tour.events)
    mine = fixture("continuation_mine.txt").events
    assert has(mine, "2023-10-03", "mining company suspended work")
    assert has(mine, "2023-10-03", "freed eleven miners")
    # `Mendoza later met` names nobody of a dated sentence in the last ones: no date is guessed
    assert not any("families" in e.title for e in mine)


def test_date_with_an_aside_before_its_year() -> None:
    events = fixture("aside_treaty.txt").events
    assert has(events, "2019-06-14", "signed")
    assert has(events, "2019-06-13", "signed")
    assert not any(e.date == "2024-06-14" for e in events)


def test_an_event_that_violates_an_agreement_is_not_that_agreement_s_event():
    from build_dossier.extract import extract_article
    from build_dossier.ingest import ingest_bytes

    text = (
        "Truce broken in the north\n\n"
        "Rebel forces attacked the town of Marsa on 3 May 2019, violating the ceasefire agreement "
        "signed on 12 March 2019.\n\n"
        "The ceasefire agreement was signed on 12 March 2019 in Tunis.\n"
    )
    ex = extract_article(
        ingest_bytes(text.encode(), "tests/fixtures/events/violated.txt", {"published": "2019-05-04"})
    )
    by_date = {e.date: e for e in ex.events}
    assert by_date["2019-05-03"].agreement is None
    assert by_date["2019-03-12"].agreement is not None


# ---------------------------------------------------------------- events dated by another happening


@pytest.mark.parametrize(
    ("name", "date", "words"),
    [
        ("anchored_storm.txt", "2023-10-09", ("fishermen drowned",)),
        ("anchored_storm.txt", "2023-10-10", ("power was restored",)),
        ("anchored_storm.txt", "2023-10-09", ("volunteers evacuated",)),
        ("anchored_congress.txt", "2024-03-27/2024-03-28", ("congress approved",)),
        ("anchored_congress.txt", "2024-03-28", ("sponsorship deal",)),
        ("anchored_congress.txt", "2024-04-02", ("ethics committee", "statement")),
    ],
)
def test_events_dated_relative_to_another_happening(name, date, words):
    events = fixture(name).events
    assert has(events, date, *words), [(e.date, e.title) for e in events]


def test_document_day_month_takes_the_year_stated_elsewhere_in_the_article():
    dates = fixture("document_year.txt").dates
    assert [d.value for d in dates if d.surface == "May 4"] == ["2023-05-04"]
    assert not any(d.value.startswith("2024-05-04") for d in dates)


def test_seed_first_day_of_the_attacks_is_the_attacks_day():
    events = seed("000_e24d4901e29cb5bd").events
    assert has(events, "2020-09-27", "civilians were killed"), [(e.date, e.title) for e in events]


def test_who_and_where_come_from_the_clause_that_tells_the_event():
    from build_dossier.extract import extract_article
    from build_dossier.ingest import ingest_bytes

    text = (
        "Mayor speaks\n\n"
        "Speaking in Lisbon, Mayor Ana Petrova said the city would rebuild, referring to the rebels "
        "that seized the town of Kora in 1998.\n"
    )
    ex = extract_article(
        ingest_bytes(text.encode(), "tests/fixtures/events/clause.txt", {"published": "2019-05-04"})
    )
    event = next(e for e in ex.events if e.date == "1998")
    assert "Ana Petrova" not in event.actors
    assert "Lisbon" not in event.places


def _extract(text: str, published: str = "2023-05-16"):
    art = ingest_bytes(text.encode(), "lead.txt", {"published": published})
    return extract_article(art, Knowledge())


def test_present_perfect_wire_lead_is_news_of_the_publication_day():
    text = (
        "Ministers meet in Tallinn\n\n"
        "Tallinn, May 16, NORDPRESS\n\n"
        "Minister of Foreign Affairs of the Republic of Estonia Kadri Vask has arrived in Latvia "
        "on an official visit, the ministry reports.\n\n"
        "On the same day, Latvian Foreign Minister Andris Ozols met with his Estonian counterpart.\n\n"
        "The country has long demanded a new border treaty, officials say.\n"
    )
    events = _extract(text).events
    assert has(events, "2023-05-16", "Kadri Vask", "arrived")
    assert not any(e.title.startswith("Minister of Foreign Affairs") for e in events)  # role chain dropped
    assert has(events, "2023-05-16", "Andris Ozols", "met")
    assert not any("demanded" in e.title for e in events)  # a state, not a happening of the day


def test_between_a_and_b_is_not_split_and_a_named_document_keeps_its_date():
    text = (
        "The talks opened on Tuesday in Riga with delegations of both countries present at the table.\n\n"
        "The minister noted that relations between Latvia and Estonia are built on trust, and stressed "
        "that the Treaty on Good Neighbourliness signed in Tartu in June 2021 has opened a new stage.\n\n"
        "The ministers signed a plan of consultations for 2023-2024 at the end of the talks.\n"
    )
    events = _extract(text).events
    assert not any(e.title.startswith("Estonia are") for e in events)
    assert has(events, "2021-06", "Treaty on Good Neighbourliness")
    assert not any(e.date == "2023/2024" for e in events)  # a period of validity, not a happening


def test_a_list_of_document_dates_gives_one_event_per_document():
    text = (
        "According to the joint statement, the sides reaffirmed their commitment to the trilateral "
        "statements of the three leaders of March 4, 2021, June 9, 2022 and October 31, 2022.\n"
    )
    events = _extract(text).events
    titles = {e.date: e.title for e in events}
    assert titles["2021-03-04"].startswith("Trilateral statement")
    assert titles["2022-06-09"].startswith("Trilateral statement")
    assert not any(t.startswith(("June", "October")) for t in titles.values())


def test_possessive_date_of_a_happening_is_an_event_but_not_of_a_thing():
    text = (
        "Ruling party keeps its majority\n\n"
        "The ruling party won 68 seats in Friday's election, the commission said on Sunday.\n\n"
        "Officials said next year's summit would be held in Riga.\n\n"
        "Exports fell below last year's level, the ministry said.\n"
    )
    events = _extract(text, "2024-07-01").events
    assert has(events, "2024-06-28", "election")
    assert has(events, "2025", "summit")
    assert not any(e.date == "2023" for e in events)


def test_link_phrases_after_a_linked_sentence_do_not_crash():
    text = (
        "Leaders meet in Paris\n\n"
        "The leaders met on Monday in Paris for long talks about trade.\n\n"
        "After the talks, the leaders ate dinner together in the old city.\n\n"
        "The weather was very fine in the city all week long.\n\n"
        "On the same day, the mayor spoke to the press in the town hall.\n"
    )
    events = _extract(text, "2024-05-15").events
    assert has(events, "2024-05-13", "leaders met")


def test_a_time_of_day_dates_a_sentence_to_the_news_day():
    text = (
        "Quake jolts the valley\n\n"
        "A strong earthquake struck the Lindora valley early Tuesday, the disaster agency said.\n\n"
        "The agency recorded 31 aftershocks by noon, the strongest at 7.12 a.m. local time.\n\n"
        "The mayor, who visited the worst-hit village in the afternoon, promised tents.\n\n"
        "Engineers will inspect the dam at 10 a.m., officials said.\n"
    )
    events = _extract(text, "2024-11-21").events
    assert has(events, "2024-11-19", "aftershocks")
    assert has(events, "2024-11-19", "mayor")
    assert not any("dam" in e.title for e in events)  # a future time of day has no known day


def test_a_time_of_day_without_any_day_takes_the_publication_day():
    text = "Shares jump\n\nShares in Norvik Cement rose 6% on the exchange by 0630 GMT, traders said.\n"
    events = _extract(text, "2024-09-12").events
    assert has(events, "2024-09-12", "shares")


def test_the_talks_a_dated_clause_follows_are_a_second_happening():
    text = (
        "Ministers adopt a statement\n\n"
        "The foreign ministers of Lindora and Norvia adopted a joint statement following trilateral "
        "talks in Riga on Friday, the ministry said.\n\n"
        "The two sides signed the deal on Monday after months of talks.\n"
    )
    events = _extract(text, "2024-04-15").events
    assert has(events, "2024-04-12", "joint statement")
    assert has(events, "2024-04-12", "trilateral talks in Riga")
    assert not any(e.title.lower().startswith("months") for e in events)  # a stretch of time
    assert sum(1 for e in events if e.date == "2024-04-15") == 1


def test_an_attribution_after_the_date_is_not_the_title():
    text = (
        "Two killed in a quake\n\n"
        "At least two people were killed after an earthquake struck the Lindora district early Tuesday, "
        "the disaster agency said.\n"
    )
    events = _extract(text, "2024-11-21").events
    assert any(e.title.startswith("At least two people were killed") for e in events)


def test_a_short_bracketed_aside_does_not_cut_the_title():
    text = (
        "Summit ends\n\n"
        "Leaders of the Organization of Baltic Ports (OBP) on Wednesday adopted the Riga Declaration "
        "at the end of the organization's summit.\n"
    )
    events = _extract(text, "2024-11-08").events
    assert has(events, "2024-11-06", "Baltic Ports adopted the Riga Declaration")


def test_a_plan_in_a_relative_clause_is_the_dated_happening():
    text = (
        "Council created\n\n"
        "The leaders signed a memorandum on emergency response, and approved the creation of a council "
        "of transport ministers, which is to hold its first meeting in Riga in the spring of 2025.\n"
    )
    events = _extract(text, "2024-11-08").events
    dated = [e for e in events if e.date == "2025"]
    assert dated and all("council of transport ministers" in e.title.lower() for e in dated)
    assert not any("memorandum" in e.title for e in dated)  # the signing is not dated by the plan


def test_a_possessive_date_titles_the_clause_not_the_bare_noun():
    text = (
        "Vote count\n\n"
        "Officials said that next year's summit would be held in Riga.\n\n"
        "Turnout in Sunday's referendum was 61 percent, the commission said.\n\n"
        "Ahead of Thursday's vote in Tallinn, the ministers met on Monday.\n\n"
        "Monday's deal follows a contract for ten ferries signed in February.\n"
    )
    events = _extract(text, "2024-07-04").events
    assert has(events, "2025", "summit would be held in Riga")
    assert has(events, "2024-06-30", "turnout in the referendum")
    assert has(events, "2024-07-04", "vote in Tallinn")
    assert has(events, "2024-07-01", "deal follows a contract")


def test_an_offset_from_a_named_gathering_in_a_dated_sentence():
    text = (
        "Bloc in crisis\n\n"
        "Two months later, at the bloc's summit in Riga on 23 November 2022, the premier refused to sign "
        "the final declaration.\n\n"
        "In January 2023 Latvia declined to host the bloc's exercises, and it skipped the summit in Minsk "
        "a year after the Riga meeting.\n"
    )
    events = _extract(text, "2024-06-14").events
    assert has(events, "2022-11-23", "premier refused")
    assert has(events, "2023-11-23", "skipped the summit")
    assert not any(e.date == "2022-11" for e in events)


def test_two_dates_are_split_at_a_clause_boundary_not_at_a_noun_and():
    text = (
        "Clearance\n\n"
        "According to him, last year the agency and the companies involved in clearance cleared 34,000 "
        "hectares of land, while the target for 2024 is 40,000 hectares.\n"
    )
    events = _extract(text, "2024-04-04").events
    assert has(events, "2023", "the agency and the companies involved")


def test_an_opening_offset_dates_the_main_clause_not_the_deadline():
    text = (
        "Region dissolved\n\n"
        "Thousands fled after Norvia launched an offensive on September 19, 2023.\n\n"
        "Nine days after the offensive began, the region's leader Jan Dorian signed a decree dissolving all "
        "of its institutions by January 1, 2024.\n"
    )
    events = _extract(text, "2024-03-14").events
    assert has(events, "2023-09-28", "Jan Dorian signed a decree")


def test_earlier_this_week_and_a_time_later_in_the_day():
    text = (
        "Talks\n\n"
        "Earlier this week, the spokesman told reporters that a meeting was being prepared.\n\n"
        "Applications will be accepted until March 25.\n\n"
        "In a written statement released later in the day, the government defended the changes.\n"
    )
    events = _extract(text, "2024-10-18").events
    assert has(events, "2024-10-14/2024-10-17", "spokesman")
    assert has(events, "2024-10-18", "government defended")  # not the deadline told before


def test_undated_next_steps_of_the_reported_day():
    text = (
        "Workshop held\n\n"
        "An international workshop on demining was held in Riga on Wednesday, the agency reports.\n\n"
        "Addressing the event, the agency's chairman said the fields are heavily mined.\n\n"
        "Following the speeches, the agency and a Geneva centre signed a memorandum of understanding.\n\n"
        "The participants then visited a village near the border.\n"
    )
    events = _extract(text, "2024-04-04").events
    assert has(events, "2024-04-03", "signed a memorandum")
    assert has(events, "2024-04-03", "participants visited")


def test_second_reading_event_guards():
    text = (
        "Storm\n\n"
        "The city was hit by a storm that killed 12 people on Monday.\n\n"
        "On Tuesday, the ceasefire collapsed, a year after the peace conference in Paris.\n\n"
        "Shares of the lender rose by 3.25 percent.\n\n"
        "Residents usually queue for water in the morning.\n"
    )
    events = _extract(text, "2024-11-06").events
    assert has(events, "2024-11-04", "storm killed 12 people")
    assert not any("conference" in e.title.lower() for e in events)  # a year before, not that Tuesday
    assert not any("shares" in e.title.lower() or "queue" in e.title.lower() for e in events)


def test_a_signing_told_without_a_date_is_an_event_on_the_day_the_agreement_got():
    text = (
        "Commission meets in Tallinn\n\nThe intergovernmental commission met in Tallinn today.\n\n"
        "Following the meeting, the co-chairs signed the protocol of the meeting of the commission.\n\n"
        "The two agriculture ministries also signed a roadmap for cooperation in farming for 2024-2026.\n\n"
        "The ministers said the protocol would help trade.\n"
    )
    events = extract_article(ingest_bytes(text.encode(), "x.txt", {"published": "2024-04-05"})).events
    assert has(events, "2024-04-05", "signed", "protocol")
    assert has(events, "2024-04-05", "signed", "roadmap")
    assert not any("would help" in e.title for e in events)  # no signing verb: no event


def test_a_restated_offset_and_two_coordinated_names_keep_the_main_clause():
    text = (
        "Guards leave the border\n\nPublished 1 August 2024\n\n"
        "Two months later, on May 9, Prime Minister Ana Lirov and President Tomas Verde agreed in Lindhaven "
        "that the guards would also leave posts in the Tavra and Meli provinces, where they had been "
        "deployed after the 2020 war."
    )
    events = extract_article(ingest_bytes(text.encode(), "x.txt", None), Knowledge()).events
    assert has(events, "2024-05-09", "Ana Lirov", "Tomas Verde", "agreed")


def test_a_comparison_base_is_no_event_and_a_possessive_day_names_a_capitalised_meeting():
    art = ingest_bytes(
        b"Rates\n\nPublished 30 July 2024\n\nThe economic activity index grew by 9.8% in January-June 2024 "
        b"compared with the same period of last year. The premier also referred to the issue at today's "
        b"Cabinet meeting.",
        "x.txt",
        None,
    )
    events = extract_article(art, Knowledge()).events
    assert [e.date for e in events] == ["2024-01/2024-06", "2024-07-30"]
    assert "Cabinet meeting" in events[1].title


def test_a_link_phrase_inside_a_told_sentence_takes_the_day_of_the_event_it_names():
    art = ingest_bytes(
        b"Vote\n\nPublished 18 October 2024\n\nThe parliament ratified the regulation on Wednesday. "
        b"The opposition walked out. The speaker thanked the deputies. The minister, who attended the "
        b"session, told reporters after the vote that the ratification would speed up the treaty work. "
        b"The next round will take place at the meeting in Lindhaven.",
        "x.txt",
        None,
    )
    events = extract_article(art, Knowledge()).events
    assert has(events, "2024-10-16", "told reporters")
    assert not any("next round" in e.title for e in events)


def test_a_wire_lead_with_a_year_inside_a_name_is_news_of_the_day():
    art = ingest_bytes(
        b"Piastri wins\n\nBaku, September 15, 2024\n\nMcLaren driver Oscar Piastri has won the Azerbaijan "
        b"Grand Prix 2024 held at the Baku City Circuit.\n\nIt was his second victory.",
        "x.txt",
        None,
    )
    events = extract_article(art, Knowledge()).events
    assert [e.date for e in events if "Piastri" in e.title] == ["2024-09-15"]


def test_a_short_past_sentence_dated_by_an_offset_is_a_happening():
    text = (
        "Kestel declared independence on Feb. 17, 2008. Arland recognized Kestel a day later. "
        "The gas supply was cut off on December 13. It was restored three days later."
    )
    evs = extract_article(ingest_bytes(text.encode(), "short.txt", {"published": "2023-01-17"})).events
    got = {(e.date, e.title) for e in evs}
    assert ("2008-02-18", "Arland recognized Kestel") in got
    assert ("2022-12-16", "It was restored") in got


def test_validity_ends_comparison_bases_and_vague_offsets_are_no_happenings():
    text = (
        "In 2010, the two countries signed a protocol extending the base's presence until 2044. "
        "The party came first in Sunday's election, but with far fewer votes than four years ago. "
        "The senate had adopted a similar resolution on November 25, 2020, a few weeks after the end of "
        "the war. "
        "The season-ending World Cup Final is scheduled for October in Tlaxcala, Mexico."
    )
    evs = extract_article(ingest_bytes(text.encode(), "v.txt", {"published": "2022-11-16"})).events
    dates = sorted(e.date for e in evs)
    assert "2044" not in dates and "2018" not in dates and "2020-11-04" not in dates
    assert {"2010", "2022-11-13", "2020-11-25", "2023-10"} <= set(dates)


def test_a_told_year_or_a_named_document_inside_a_quotation_is_a_happening_but_rhetoric_is_not():
    text = (
        '"The court ignored the report, which showed that in 2020 the prices for ventilators increased," the '
        'lawyer said. "Any deal must rest on the 1991 Kestel Declaration," he said. "We have waited for 30 '
        'years since 1991 and suffered," she said.'
    )
    evs = extract_article(ingest_bytes(text.encode(), "q.txt", {"published": "2023-06-05"})).events
    assert sorted(e.date for e in evs) == ["1991", "2020"]
    assert any("Kestel Declaration" in e.sentence.text for e in evs if e.date == "1991")


def test_same_day_events_with_other_subjects_stay_two():
    art = ingest_bytes(
        (
            b"Chile has handed over to Peru the maps of 97,000 mines laid in the district, the ministry "
            b"said.\n\nIn return for this gesture, Peru today handed over 15 detainees to Chile, the "
            b"ministry said.\n"
        ),
        "t.txt",
        {"published": "2021-06-12"},
    )
    titles = [e.title for e in extract_article(art).events if e.date == "2021-06-12"]
    assert len(titles) == 2 and any(t.startswith("Peru handed over 15 detainees") for t in titles)


# ---------------------------------------------------------------- session 9: lists, starts, asides


def _told_events(text: str, published: str):
    art = ingest_bytes(text.encode(), "t.txt", {"published": published})
    return extract_article(art, Knowledge()).events


def test_a_list_of_people_with_roles_is_one_subject_and_a_start_date_is_its_own_event():
    events = _told_events(
        "On March 4, 2019, Lorvian President Ana Kestel, Dravian President Piet Oran and Velran Prime "
        "Minister Ivo Marek signed a joint statement on a full ceasefire in the valley starting from "
        "March 5.",
        "2020-03-10",
    )
    assert has(events, "2019-03-04", "Ana Kestel, Piet Oran and Ivo Marek signed a joint statement")
    assert has(events, "2019-03-05", "ceasefire in the valley starts")
    assert not any(e.title.startswith(("2019", "Ana Kestel\n")) for e in events)


def test_comes_years_after_titles_the_earlier_happening():
    events = _told_events(
        "The victory of the new president comes two years after the island ran out of foreign currency to "
        "pay for imports, triggering months of protests.",
        "2024-09-23",
    )
    assert has(events, "2022", "island ran out of foreign currency")


def test_a_note_to_the_reader_is_not_part_of_the_title():
    events = _told_events(
        "Note that in June and July last year, Lorvia handed over to Dravia maps of minefields in the "
        "border districts.",
        "2022-08-11",
    )
    assert any(e.date == "2021-06/2021-07" and e.title.startswith("Lorvia handed over") for e in events)


def test_a_year_naming_a_treaty_beside_a_told_day_is_no_event():
    events = _told_events(
        "Late on Tuesday, the Security Council of Lorvia formally asked Dravia to help defend the country "
        "under the 1997 Treaty of Friendship between the two countries.",
        "2021-11-17",
    )
    assert has(events, "2021-11-16", "asked Dravia")
    assert not any(e.date == "1997" for e in events)


def test_a_year_naming_a_declaration_the_sides_commit_to_stays_an_event():
    events = _told_events(
        "At a meeting in Velra on October 6, 2022, the two leaders confirmed their commitment to the 1991 "
        "Harbin Declaration, through which both countries recognize each other's borders.",
        "2023-05-12",
    )
    assert any(e.date == "1991" for e in events)


def test_a_year_naming_a_violated_document_is_no_event() -> None:
    from build_dossier.extract import extract_article
    from build_dossier.ingest import ingest_bytes

    art = ingest_bytes(
        b"Headline\n\nPublished: 28 October 2021\n\n"
        b"The ombudsman said it was a gross violation of the 1949 Kestel Conventions.\n",
        "x.txt",
    )
    assert [e.date for e in extract_article(art).events] == []


def _events_of(body: str, published: str) -> list[tuple[str, str]]:
    art = ingest_bytes(("Headline\n\n" + body + "\n").encode(), "x.txt", {"published": published})
    return [(e.date, e.title) for e in extract_article(art).events]


def test_a_stretch_ending_in_a_when_clause_gives_the_end_its_own_event() -> None:
    found = _events_of(
        "Orlov served as state minister from November 2022 until February 2023, when he was dismissed by "
        "the regional leader.\n\nThe delegation visited the port on August 18-19, when it held talks with "
        "the governor.",
        "2024-11-03",
    )
    assert ("2022-11/2023-02", "Orlov served as state minister") in found
    assert ("2023-02", "He was dismissed by the regional leader") in found
    # a stretch without an end word: the `when` clause happened within it, no second event
    assert [d for d, _ in found if d.startswith("2024-08")] == ["2024-08-18/2024-08-19"]


def test_a_past_relative_clause_keeps_its_own_tense_beside_a_future_main_clause() -> None:
    found = _events_of(
        "Prime Minister Tane Holm, who took office in May, said he would welcome all partners.\n\n"
        "Kestel will use its presidency of the council, which begins on July 1, to close the deal.",
        "2024-06-20",
    )
    assert any(d == "2024-05" and "took office" in t for d, t in found)  # not next May
    assert any(d == "2024-07-01" for d, _ in found)  # a present-tense relative clause: the coming July 1


def test_a_comparison_year_with_a_when_clause_and_commas_inside_numbers() -> None:
    found = _events_of(
        "According to him, the number of applicants has grown by nearly 1,100 compared with last year, "
        "when 11,290 people sat the exams.\n\nExports grew 9.8% compared with the same period of last year.",
        "2024-05-31",
    )
    assert found == [("2023", "11,290 people sat the exams")]
