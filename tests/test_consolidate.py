"""consolidate: hand-made extractions -> one record per real thing (no extraction stage involved)."""

from __future__ import annotations

import random
import re

from build_dossier.consolidate import consolidate, fold
from build_dossier.curate import Knowledge, KnownPlace
from build_dossier.ingest import ingest_bytes
from build_dossier.models import (
    ActorMention,
    AgreementMention,
    Article,
    EventMention,
    Extraction,
    PlaceMention,
    QuoteMention,
    Sentence,
)
from build_dossier.schema import check_references, validate

SLUG = re.compile(r"^[a-z0-9]+(-{1,2}[a-z0-9]+)*$")


def article(name: str, text: str, **sidecar: str) -> Article:
    return ingest_bytes(text.encode(), f"seeds/{name}.txt", sidecar or None)


def sentence(art: Article, needle: str) -> Sentence:
    for s in art.sentences:
        if needle in s.text:
            return s
    raise KeyError(needle)


def actor(art: Article, name: str, surface: str, kind: str = "person", **kw) -> ActorMention:
    s = sentence(art, surface)
    start = art.text.index(surface)
    return ActorMention(
        name=name, kind=kind, surface=surface, start=start, end=start + len(surface), sentence=s, **kw
    )


def event(art: Article, date: str, title: str, needle: str, **kw) -> EventMention:
    return EventMention(date=date, title=title, sentence=sentence(art, needle), **kw)


def quote(art: Article, words: str, speaker: str | None, **kw) -> QuoteMention:
    s = sentence(art, words)
    start = art.text.index(words)
    return QuoteMention(
        text=words, start=start, end=start + len(words), sentence=s, context=s.text, speaker=speaker, **kw
    )


def by_id(records) -> dict[str, dict]:
    return {r["id"]: r for r in records}


# ---------------------------------------------------------------- actors


def test_accented_and_plain_spellings_are_one_person_with_the_accented_name():
    a = article("a", "President Recep Tayyip Erdogan spoke in Ankara.\n")
    b = article("b", "President Recep Tayyip Erdoğan spoke again.\n\nTayyip Erdogan left.\n")
    c = article("c", "Erdogan was there.\n")
    exs = [
        Extraction(
            article=a,
            actors=(
                actor(a, "Recep Tayyip Erdogan", "Recep Tayyip Erdogan", role="President", country="Turkey"),
            ),
        ),
        Extraction(
            article=b,
            actors=(
                actor(b, "Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan", role="president"),
                actor(b, "Tayyip Erdogan", "Tayyip Erdogan"),
            ),
        ),
        Extraction(article=c, actors=(actor(c, "Erdogan", "Erdogan"),)),
    ]
    d = consolidate(exs)
    people = [r for r in d.actors if r["kind"] == "person"]
    assert len(people) == 1
    p = people[0]
    assert p["id"] == "recep-tayyip-erdogan"
    assert p["name"] == "Recep Tayyip Erdoğan"
    assert set(p["aliases"]) == {"Recep Tayyip Erdogan", "Tayyip Erdogan", "Erdogan"}
    assert p["roles"] == ["President"]
    assert p["sources"] == ["a", "b", "c"]
    assert p["mentions"] == 4
    assert p["country"] == "turkey"
    assert "merged_because" in p
    # the country named only as someone's country becomes an actor, so the reference resolves
    assert by_id(d.actors)["turkey"]["kind"] == "country"
    assert check_references(d) == []


def test_dotless_i_names_fold_and_prefer_the_turkish_letter():
    a = article("a", "Ilham Aliyev spoke.\n")
    b = article("b", "İlham Aliyev spoke.\n")
    d = consolidate(
        [
            Extraction(article=a, actors=(actor(a, "Ilham Aliyev", "Ilham Aliyev"),)),
            Extraction(article=b, actors=(actor(b, "İlham Aliyev", "İlham Aliyev"),)),
        ]
    )
    assert [(r["id"], r["name"], r["aliases"]) for r in d.actors] == [
        ("ilham-aliyev", "İlham Aliyev", ["Ilham Aliyev"])
    ]


def test_surname_shared_by_two_people_stays_apart():
    a = article("a", "Heydar Aliyev and Ilham Aliyev and Aliyev.\n")
    exs = [
        Extraction(
            article=a,
            actors=(
                actor(a, "Heydar Aliyev", "Heydar Aliyev"),
                actor(a, "Ilham Aliyev", "Ilham Aliyev"),
                actor(a, "Aliyev", "Aliyev."[:-1]),
            ),
        )
    ]
    names = sorted(r["name"] for r in consolidate(exs).actors)
    assert names == ["Aliyev", "Heydar Aliyev", "Ilham Aliyev"]


def test_kinds_are_never_merged():
    a = article("a", "Georgia Smith met officials of Georgia.\n")
    exs = [
        Extraction(
            article=a,
            actors=(
                actor(a, "Georgia", "Georgia", kind="country"),
                actor(a, "Georgia", "Georgia", kind="person"),
            ),
        )
    ]
    d = consolidate(exs)
    assert sorted(r["kind"] for r in d.actors) == ["country", "person"]
    ids = [r["id"] for r in d.actors]
    assert len(set(ids)) == 2 and all(SLUG.match(i) for i in ids)


# ---------------------------------------------------------------- quotes


def test_same_quote_in_two_outlets_is_one_quote_with_two_sources():
    words_a = "Everyone needs to know that a future cannot be built on grudge and hatred"
    words_b = "a future cannot be built on grudge and hatred"
    a = article("a", f"“{words_a},” Akar said.\n")
    b = article("b", f"Hulusi Akar said “{words_b}” on Monday.\n")
    exs = [
        Extraction(
            article=a,
            actors=(actor(a, "Hulusi Akar", "Akar"),),
            quotes=(quote(a, words_a, "Hulusi Akar", date="2021-11-08"),),
        ),
        Extraction(
            article=b,
            actors=(actor(b, "Hulusi Akar", "Hulusi Akar"),),
            quotes=(quote(b, words_b, "Akar", partial=True),),
        ),
    ]
    d = consolidate(exs)
    assert len(d.quotes) == 1
    q = d.quotes[0]
    assert q["speaker"] == "hulusi-akar"
    assert q["text"] == words_a
    assert q["id"].startswith("hulusi-akar-")
    assert [c["source"] for c in q["sources"]] == ["a", "b"]
    assert q["sources"][1]["text"] == f"Hulusi Akar said “{words_b}” on Monday."
    assert q["sources"][1]["quote"] == words_b
    assert q["merged_because"] == ["one quotation contains the other"]
    assert validate("quotes", d.quotes) == []


def test_different_quotes_and_different_speakers_stay_apart():
    a = article("a", "“We will win this war soon,” Smith said. “We will win this war soon,” Jones said.\n")
    s = sentence(a, "Smith")
    exs = [
        Extraction(
            article=a,
            actors=(actor(a, "John Smith", "Smith"), actor(a, "Ann Jones", "Jones")),
            quotes=(
                QuoteMention(
                    text="We will win this war soon",
                    start=1,
                    end=26,
                    sentence=s,
                    context=s.text,
                    speaker="John Smith",
                ),
                QuoteMention(
                    text="We will win this war soon",
                    start=1,
                    end=26,
                    sentence=s,
                    context=s.text,
                    speaker="Ann Jones",
                ),
                QuoteMention(text="Peace is near", start=1, end=14, sentence=s, context=s.text, speaker=None),
            ),
        )
    ]
    d = consolidate(exs)
    assert sorted(q["speaker"] or "-" for q in d.quotes) == ["-", "ann-jones", "john-smith"]
    assert any(q["id"].startswith("unattributed-") for q in d.quotes)


def test_unknown_speaker_becomes_an_actor():
    a = article("a", "“Borders must be respected,” the Foreign Ministry said.\n")
    exs = [Extraction(article=a, quotes=(quote(a, "Borders must be respected", "Foreign Ministry"),))]
    d = consolidate(exs)
    assert [(r["id"], r["kind"]) for r in d.actors] == [("foreign-ministry", "organization")]
    assert d.quotes[0]["speaker"] == "foreign-ministry"
    assert check_references(d) == []


# ---------------------------------------------------------------- events and agreements


CEASEFIRE = [
    (
        "a",
        "2020-11-10",
        "Russia brokers ceasefire ending the war",
        "The war ended with a ceasefire on November 10.",
    ),
    ("b", "2020-11-10", "Ceasefire ends the war", "A ceasefire ended the war on Nov. 10."),
    (
        "c",
        "2020-11-10",
        "Russia-brokered ceasefire ends war",
        "The Russia-brokered ceasefire of Nov 10 ended the war.",
    ),
    (
        "d",
        "2020-11-10",
        "Armenia and Azerbaijan sign ceasefire",
        "Armenia and Azerbaijan signed a ceasefire.",
    ),
    ("e", "2020-11-09", "Leaders sign trilateral statement", "The leaders signed a statement on November 9."),
]


def _ceasefire_extractions() -> list[Extraction]:
    exs = []
    for name, date, title, text in CEASEFIRE:
        art = article(name, text + "\n")
        agr = AgreementMention(
            name="Trilateral statement",
            surface="statement",
            start=0,
            end=1,
            sentence=art.sentences[0],
            date=date,
            parties=("Armenia", "Azerbaijan"),
        )
        exs.append(
            Extraction(
                article=art,
                actors=(actor(art, "Armenia", art.sentences[0].text[:3], kind="country"),),
                agreements=(agr,),
                events=(
                    event(art, date, title, text[:10], agreement="Trilateral statement", actors=("Armenia",)),
                ),
            )
        )
    return exs


def test_same_event_from_five_sources_is_one_event_with_five_citations():
    d = consolidate(_ceasefire_extractions())
    assert len(d.events) == 1
    e = d.events[0]
    assert e["date"] == "2020-11-10"
    assert [c["source"] for c in e["sources"]] == ["a", "b", "c", "d", "e"]
    assert e["sources"][4]["text"] == "The leaders signed a statement on November 9."
    assert e["id"].startswith("2020-11-10-")
    assert e["agreement"] == "trilateral-statement"
    assert e["actors"] == ["armenia"]
    # the agreement: one record, the majority date, the other date kept
    assert len(d.agreements) == 1
    g = d.agreements[0]
    assert g["date"] == "2020-11-10"
    assert g["dates_stated"] == [
        {"date": "2020-11-09", "sources": ["e"]},
        {"date": "2020-11-10", "sources": ["a", "b", "c", "d"]},
    ]
    assert len(g["citations"]) == 5
    for name, records in d.files().items():
        assert validate(name, records) == [], name
    assert check_references(d) == []


def test_different_dates_stay_different_events():
    a = article("a", "Humanitarian ceasefire agreed on Oct. 10.\n\nThe city was captured on Nov. 8.\n")
    b = article(
        "b", "A ceasefire was signed on Nov. 10.\n\nThe anniversary of the capture was marked on Nov. 8.\n"
    )
    exs = [
        Extraction(
            article=a,
            events=(
                event(
                    a,
                    "2020-10-10",
                    "Humanitarian ceasefire agreed",
                    "Humanitarian",
                    agreement="Humanitarian ceasefire",
                ),
                event(a, "2020-11-08", "City captured", "captured"),
            ),
            agreements=(
                AgreementMention(
                    name="Humanitarian ceasefire",
                    surface="ceasefire",
                    start=0,
                    end=1,
                    sentence=sentence(a, "Humanitarian"),
                    date="2020-10-10",
                ),
            ),
        ),
        Extraction(
            article=b,
            events=(
                event(b, "2020-11-10", "Ceasefire signed", "signed", agreement="Ceasefire"),
                event(b, "2021-11-08", "Anniversary of the city's capture", "anniversary"),
            ),
            agreements=(
                AgreementMention(
                    name="Ceasefire",
                    surface="ceasefire",
                    start=0,
                    end=1,
                    sentence=sentence(b, "signed"),
                    date="2020-11-10",
                ),
            ),
        ),
    ]
    d = consolidate(exs)
    assert sorted(e["date"] for e in d.events) == ["2020-10-10", "2020-11-08", "2020-11-10", "2021-11-08"]
    assert len(d.agreements) == 2
    assert check_references(d) == []


def test_undated_event_id_and_interval_id():
    a = article("a", "Talks were held in the 1990s.\n\nFighting went on from Nov. 15 to Nov. 25.\n")
    exs = [
        Extraction(
            article=a,
            events=(
                event(a, "", "Talks held", "Talks"),
                event(a, "2020-11-15/2020-11-25", "Fighting goes on", "Fighting"),
            ),
        )
    ]
    ids = sorted(e["id"] for e in consolidate(exs).events)
    assert ids == ["2020-11-15--2020-11-25-fighting-goes-on", "undated-talks-held"]
    assert all(SLUG.match(i) for i in ids)


# ---------------------------------------------------------------- places, curated aliases


def test_places_merge_by_fold_and_by_curated_alias():
    a = article("a", "They met in Shusha.\n")
    b = article("b", "He spent the day in Susha and Şuşa.\n")

    def place(art, name, surface):
        start = art.text.index(surface)
        return PlaceMention(
            name=name, surface=surface, start=start, end=start + len(surface), sentence=sentence(art, surface)
        )

    exs = [
        Extraction(article=a, places=(place(a, "Shusha", "Shusha"),)),
        Extraction(article=b, places=(place(b, "Susha", "Susha"), place(b, "Şuşa", "Şuşa"))),
    ]
    plain = consolidate(exs)
    assert len(plain.places) == 3  # without curation a typo is another place
    know = Knowledge(places=(KnownPlace(name="Shusha", aliases=("Susha", "Şuşa")),))
    d = consolidate(exs, knowledge=know)
    assert [(p["id"], p["name"], p["sources"]) for p in d.places] == [("shusha", "Shusha", ["a", "b"])]
    assert d.places[0]["aliases"] == ["Susha", "Şuşa"]
    assert d.places[0]["merged_because"] == ["curated alias"]


# ---------------------------------------------------------------- determinism and sources


def test_deterministic_in_any_input_order():
    exs = _ceasefire_extractions()
    first = consolidate(exs)
    assert consolidate(exs) == first
    rng = random.Random(4)
    for _ in range(3):
        shuffled = exs[:]
        rng.shuffle(shuffled)
        assert consolidate(shuffled) == first
    for records in first.files().values():
        ids = [r["id"] for r in records]
        assert ids == sorted(ids) and len(ids) == len(set(ids))
        assert all(SLUG.match(i) for i in ids)


def test_source_records_carry_metadata_with_provenance():
    a = article("001_x", "Title line\n\nBody text here.\n", outlet="Daily Example", published="2021-11-08")
    d = consolidate([Extraction(article=a)])
    (s,) = d.sources
    assert s["id"] == "001-x"
    assert s["outlet"] == "Daily Example" and s["published"] == "2021-11-08"
    assert s["published_from"] == "metadata"
    assert s["provenance"]["outlet"] == "metadata" and s["provenance"]["author"] is None
    assert any("Body text here." in b["text"] for b in s["body"])
    assert all(isinstance(b["heading"], bool) and b["line"] >= 1 for b in s["body"])
    assert validate("sources", d.sources) == []


def test_fold():
    assert fold("İlham Əliyev’s") == "ilham aliyev s"
    assert fold("Erdoğan") == fold("ERDOGAN")


# ---------------------------------------------------------------- same happening, different words


def test_same_day_same_kind_of_happening_from_different_sources_is_one_event():
    a = article("a", "Heavy fighting broke out on the river on 3 May 2019.\n")
    b = article("b", "Rebel forces launched an attack on the river town on May 3, 2019.\n")
    c = article("c", "Floods hit the river town on 3 May 2019.\n")
    exs = [
        Extraction(article=a, events=(event(a, "2019-05-03", "Heavy fighting broke out", "fighting"),)),
        Extraction(article=b, events=(event(b, "2019-05-03", "Rebel forces launched an attack", "attack"),)),
        Extraction(article=c, events=(event(c, "2019-05-03", "Floods hit the river town", "Floods"),)),
    ]
    events = consolidate(exs).events
    assert len(events) == 2
    fighting = next(e for e in events if len(e["sources"]) == 2)
    assert {c["source"] for c in fighting["sources"]} == {"a", "b"}
    assert any("fighting" in why for why in fighting["merged_because"])


def test_two_happenings_of_one_kind_in_one_source_are_not_chained_together():
    a = article(
        "a", "Troops attacked the border post on 3 May 2019.\n\nArtillery shelled villages on 3 May 2019.\n"
    )
    b = article("b", "An attack hit the north on 3 May 2019.\n")
    exs = [
        Extraction(
            article=a,
            events=(
                event(a, "2019-05-03", "Troops attacked the border post", "border"),
                event(a, "2019-05-03", "Artillery shelled villages", "villages"),
            ),
        ),
        Extraction(article=b, events=(event(b, "2019-05-03", "An attack hit the north", "north"),)),
    ]
    events = consolidate(exs).events
    # Each of a's two events may absorb b's report, but never both into one event.
    for e in events:
        sources = [c["source"] for c in e["sources"]]
        assert len(sources) == len(set(sources)), e


def test_article_without_headline_gets_an_inferred_title():
    a = article(
        "a", "The council voted on Monday to close the old bridge for repairs that will last a year.\n"
    )
    record = consolidate([Extraction(article=a)]).sources[0]
    assert record["title"].startswith("The council voted on Monday")
    assert record["provenance"]["title"] in ("inferred", "text")


def test_long_ids_are_cut_at_a_word_boundary():
    from build_dossier.slugs import slugify

    slug = slugify("Azerbaijan’s region came under the occupation of Armenian armed forces again", 40)
    assert len(slug) <= 40
    assert "occupation" in slug or slug.endswith(("the", "under", "came"))
    assert slug == "azerbaijans-region-came-under-the"


def test_a_month_report_and_a_day_report_of_one_happening_merge_at_the_day():
    a = article("a", "The rebels captured Kora in March 2018.\n")
    b = article("b", "Rebel forces seized Kora on 12 March 2018.\n")
    c = article("c", "Floods hit the valley in March 2018.\n")
    exs = [
        Extraction(article=a, events=(event(a, "2018-03", "The rebels captured Kora", "captured"),)),
        Extraction(article=b, events=(event(b, "2018-03-12", "Rebel forces seized Kora", "seized"),)),
        Extraction(article=c, events=(event(c, "2018-03", "Floods hit the valley", "Floods"),)),
    ]
    events = consolidate(exs).events
    assert len(events) == 2
    capture = next(e for e in events if len(e["sources"]) == 2)
    assert capture["date"] == "2018-03-12"
    assert any("same month" in why for why in capture["merged_because"])


def test_a_country_keeps_the_other_spellings_of_its_name_as_aliases():
    a = article("a", "Türkiye's ministry spoke.\n\nThe Turkish side agreed.\n")
    ex = Extraction(
        article=a,
        actors=(
            actor(a, "Turkey", "Türkiye's", kind="country"),
            actor(a, "Turkey", "Turkish", kind="country"),
        ),
    )
    countries = [r for r in consolidate([ex]).actors if r["kind"] == "country"]
    assert [(r["name"], r["aliases"]) for r in countries] == [("Turkey", ["Türkiye"])]  # no demonym


def test_one_article_events_the_extractor_told_apart_stay_apart_but_merge_across_sources():
    a = article(
        "a",
        "Chile has handed over to Peru the maps of mines.\n\n"
        "In return, Peru today handed over 15 detainees to Chile.\n",
    )
    b = article("b", "Peru handed over 15 detainees to Chile on Saturday.\n")
    maps = "Chile has handed over to Peru the maps of mines"
    detainees = "Peru handed over 15 detainees to Chile"
    countries = ("Chile", "Peru")

    def actors_of(art: Article, needle: str) -> tuple[ActorMention, ...]:
        s = sentence(art, needle)
        return tuple(
            ActorMention(
                name=c, kind="country", surface=c, start=s.start + s.text.index(c),
                end=s.start + s.text.index(c) + len(c), sentence=s,
            )
            for c in countries
        )  # fmt: skip

    exs = [
        Extraction(
            article=a,
            actors=actors_of(a, "maps") + actors_of(a, "In return"),
            events=(
                event(a, "2021-06-12", maps, "maps", actors=("Chile", "Peru")),
                event(a, "2021-06-12", detainees, "In return", actors=("Peru", "Chile")),
            ),
        ),
        Extraction(
            article=b,
            actors=actors_of(b, "Saturday"),
            events=(event(b, "2021-06-12", detainees, "Saturday", actors=("Peru", "Chile")),),
        ),
    ]
    d = consolidate(exs)
    assert sorted(len(e["sources"]) for e in d.events) == [1, 2]
    # without subjects to tell them apart, one article's similar titles of a day are one happening
    plain = [
        Extraction(
            article=a,
            events=(event(a, "2021-06-12", maps, "maps"), event(a, "2021-06-12", detainees, "In return")),
        )
    ]
    assert len(consolidate(plain).events) == 1
