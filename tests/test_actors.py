"""Actor extraction: own fixture articles (tests/fixtures/actors, tests/fixtures/quotes) and the samples."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from build_dossier.curate import Knowledge, KnownActor
from build_dossier.extract.actors import extract_actors
from build_dossier.ingest import ingest_bytes
from build_dossier.models import ActorMention, Paragraph, Sentence
from build_dossier.vocab import geo

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures"


def actors_of(path: Path, knowledge: Knowledge | None = None) -> tuple[ActorMention, ...]:
    article = ingest_bytes(path.read_bytes(), str(path.relative_to(ROOT)))
    found = extract_actors(article, knowledge or Knowledge())
    for m in found:
        assert article.text[m.start : m.end] == m.surface
    return found


def people(found: tuple[ActorMention, ...]) -> set[str]:
    return {m.name for m in found if m.kind == "person"}


def by_name(found: tuple[ActorMention, ...], name: str) -> list[ActorMention]:
    return [m for m in found if m.name == name]


# ---------------------------------------------------------------- geo vocabulary


def test_geo_lookups() -> None:
    assert len(geo.COUNTRIES) >= 190
    assert geo.is_country("Türkiye") == "Turkey"
    assert geo.is_country("the United States") == "United States"
    assert geo.country_of_demonym("Azerbaijani") == "Azerbaijan"
    assert geo.country_of_demonym("Armenian") == "Armenia"
    assert geo.country_of_demonym("Turkish") == "Turkey"
    assert geo.country_of_demonym("Russian") == "Russia"
    assert geo.country_of_capital("Baku") == "Azerbaijan"
    assert geo.country_of_capital("Yerevan") == "Armenia"
    assert geo.country_of_capital("Bogotá") == "Colombia"
    assert geo.is_country("Atlantis") is None
    assert geo.country_of_demonym("Tuesday") is None


# ---------------------------------------------------------------- own fixtures


def test_names_and_non_names() -> None:
    found = actors_of(FIX / "actors" / "a01_names_and_non_names.txt")
    assert people(found) == {"Ana Lucía Quispe Torres"}
    quispe = by_name(found, "Ana Lucía Quispe Torres")
    assert quispe[0].role == "President" and quispe[0].country == "Peru"
    assert any(m.surface == "Quispe" for m in quispe)  # surname resolved to the full name
    # a person's name inside an organisation's name is not a mention of a person
    assert not {"Rosa Mendoza", "Jorge Chávez"} & people(found)
    # the byline author, the handle, the festival and the holiday are not people
    assert not any("Ramirez" in n or "Peru" in n or "Festival" in n or "Day" in n for n in people(found))
    # a capital is a country actor in subject position only
    bogota = [m for m in found if m.surface == "Bogotá"]
    assert bogota and bogota[0].kind == "country" and bogota[0].name == "Colombia"
    assert by_name(found, "Ministry of Culture (Peru)")


def test_roles_apposition_and_spelling_variants() -> None:
    found = actors_of(FIX / "actors" / "a02_roles_and_merging.txt")
    assert people(found) == {"Jürgen Weißmann", "Élodie Marchand", "Klaus-Peter Hofbauer"}
    weiss = by_name(found, "Jürgen Weißmann")
    assert {m.surface for m in weiss} >= {"Weissmann", "Weißmann", "Jürgen Weißmann"}
    assert weiss[0].role == "Economy Minister" and weiss[0].country == "Germany"
    assert by_name(found, "Élodie Marchand")[0].country == "France"
    hof = by_name(found, "Klaus-Peter Hofbauer")[0]
    assert hof.role.startswith("presidential adviser") and hof.country == "Germany"
    eib = by_name(found, "European Investment Bank")
    assert {m.surface for m in eib} == {"European Investment Bank", "EIB"}


def test_ministries_are_normalised_with_their_country() -> None:
    found = actors_of(FIX / "actors" / "a03_ministries.txt")
    orgs = {m.surface: m.name for m in found if m.kind == "organization"}
    assert orgs["Serbia's defence ministry"] == "Ministry of Defence (Serbia)"
    assert orgs["Hungarian Ministry of Defense"] == "Ministry of Defence (Hungary)"
    assert orgs["its Foreign Ministry"] == "Ministry of Foreign Affairs (Croatia)"
    assert orgs["The ministry"] == "Ministry of Foreign Affairs (Croatia)"
    assert [m.name for m in found if m.surface == "Budapest"] == ["Hungary"]


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        ("q01_pronoun_continuation.txt", {"Lucía Fernández Ortega", "Tomás Herrera Vidal"}),
        ("q02_before_colon.txt", {"Ingrid Solberg Haugen"}),
        ("q03_inverted.txt", {"Amina Wekesa Otieno"}),
        ("q04_multi_paragraph.txt", {"Karin Almqvist"}),
        ("q05_guillemets_frame.txt", {"Marcos Tavares Lima"}),
        ("q06_quoted_as_saying.txt", {"Jakub Wróblewski"}),
        ("q07_tweets.txt", {"Claire Dubois-Martin"}),
        ("q08_partial.txt", {"Budi Santoso Wirawan"}),
        ("q09_statement_adds.txt", {"Haruto Kobayashi"}),
        ("q10_told_minister.txt", {"Hany Soliman Farouk", "Osman Idris Bakheit"}),
        ("q11_organisations.txt", set()),
    ],
)
def test_people_in_quote_fixtures(fixture: str, expected: set[str]) -> None:
    assert people(actors_of(FIX / "quotes" / fixture)) == expected


def test_roles_in_quote_fixtures() -> None:
    found = actors_of(FIX / "quotes" / "q10_told_minister.txt")
    assert by_name(found, "Osman Idris Bakheit")[0].role == "Irrigation Minister"
    assert by_name(found, "Osman Idris Bakheit")[0].country == "Sudan"
    found = actors_of(FIX / "quotes" / "q09_statement_adds.txt")
    kob = by_name(found, "Haruto Kobayashi")[0]
    assert kob.role == "Foreign Ministry spokesperson" and kob.country == "Japan"
    found = actors_of(FIX / "quotes" / "q11_organisations.txt")
    nd = by_name(found, "National Democratic Party")
    assert {m.surface for m in nd} == {"National Democratic Party", "NDP"}


def test_knowledge_names_the_actor() -> None:
    know = Knowledge(
        actors=(
            KnownActor(name="Jürgen Weißmann", kind="person", aliases=("J. Weissmann",), country="Germany"),
        )
    )
    found = actors_of(FIX / "actors" / "a02_roles_and_merging.txt", know)
    assert "Jürgen Weißmann" in people(found)
    assert all(
        m.name == "Jürgen Weißmann" for m in found if "eißmann" in m.surface or "eissmann" in m.surface
    )


def test_empty_article_gives_no_actors() -> None:
    article = ingest_bytes(b"", "tests/fixtures/empty.txt")
    assert extract_actors(article, Knowledge()) == ()


# ---------------------------------------------------------------- samples (must / must not)


def sample(name: str) -> tuple[ActorMention, ...]:
    path = next((ROOT / "seeds").glob(name + "*.txt"))
    return actors_of(path)


def test_sample_000() -> None:
    found = sample("000_")
    assert {"Hulusi Akar", "Zakir Hasanov"} <= people(found)
    assert not any("Ismayilova" in n or "İsmayilova" in n for n in people(found))  # the byline
    assert all(m.name == "Hulusi Akar" for m in found if m.surface == "Akar")
    assert any(m.name == "Ministry of Defence (Azerbaijan)" for m in found)


def test_sample_001() -> None:
    found = sample("001_")
    ppl = people(found)
    assert {"Hulusi Akar", "Ilham Aliyev", "Zakir Hasanov"} <= ppl
    assert "Heydar Aliyev" not in ppl  # only inside "Heydar Aliyev Cultural Center"
    assert not {"Victory Day", "Shusha", "Caucasus", "Baku"} & ppl
    akar = by_name(found, "Hulusi Akar")
    assert akar[0].role == "Defence Minister" and akar[0].country == "Turkey"
    assert any("Erdogan" in n or "Erdoğan" in n for n in ppl)


def test_sample_003() -> None:
    found = sample("003_")
    ppl = people(found)
    assert {"Hulusi Akar", "Recep Tayyip Erdoğan"} <= ppl
    assert any(n in ppl for n in ("İlham Aliyev", "Ilham Aliyev"))
    assert "Heydar Aliyev" not in ppl and "Victory Day" not in ppl
    orgs = {m.surface: m.name for m in found if m.kind == "organization"}
    assert orgs["its Foreign Ministry"] == "Ministry of Foreign Affairs (Azerbaijan)"
    assert orgs["the country’s Foreign Ministry"] == "Ministry of Foreign Affairs (Azerbaijan)"
    baku = [m for m in found if m.surface == "Baku"]
    assert [m.name for m in baku] == ["Azerbaijan"]  # "Baku called on", not "in the capital Baku"


def test_sample_004() -> None:
    found = sample("004_")
    ppl = people(found)
    assert {"Ilham Aliyev", "Nikol Pashinyan"} <= ppl
    assert not any("Star" in n or "Crescent" in n for n in ppl)
    names = {m.surface: m.name for m in found if m.kind == "organization"}
    assert names["Turkey's defense ministry"] == names["Turkish National Defense Ministry"]
    assert names["Turkey's defense ministry"] == "Ministry of Defence (Turkey)"


def test_samples_list_no_non_people() -> None:
    bad = {"Victory", "Day", "November", "Monday", "Twitter", "Photo", "Video", "Azernews", "Karabakh"}
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for name in people(actors_of(path)):
            assert not set(name.split()) & bad, (path.name, name)
            assert len(name.split()) >= 2, (path.name, name)


def test_known_countries_still_give_context_to_ministries() -> None:
    know = Knowledge(
        actors=(KnownActor(name="Croatia", kind="country"), KnownActor(name="Hungary", kind="country"))
    )
    found = actors_of(FIX / "actors" / "a03_ministries.txt", know)
    orgs = {m.surface: m.name for m in found if m.kind == "organization"}
    assert orgs["its Foreign Ministry"] == "Ministry of Foreign Affairs (Croatia)"
    assert [m.name for m in found if m.surface == "Croatia"] == ["Croatia"]


def test_armed_bodies_named_by_a_demonym_are_organisations() -> None:
    found = actors_of(ROOT / "tests" / "fixtures" / "actors" / "a04_armed_bodies.txt")
    orgs = {m.name: m.country for m in found if m.kind == "organization"}
    surfaces = {re.sub(r"['’]s$", "", m.surface): m.name for m in found if m.kind == "organization"}
    # troops, army and military of one country are one body, named like ministries are
    assert surfaces["Chilean troops"] == surfaces["Chilean army"] == "Armed Forces (Chile)"
    assert surfaces["Peruvian army"] == surfaces["Peruvian military"] == "Armed Forces (Peru)"
    assert surfaces["Peruvian police"] == "Police (Peru)"
    assert orgs["Armed Forces (Chile)"] == "Chile" and orgs["Police (Peru)"] == "Peru"
    assert "Bolivian military" not in surfaces and "Armed Forces (Bolivia)" not in orgs  # an attribute
    assert "Chilean military" not in surfaces  # `Chilean military positions`
    assert not people(found)


def test_titles_of_a_country_appositions_credits_and_companies() -> None:
    found = actors_of(FIX / "actors" / "a05_credits_companies_titles.txt")
    assert people(found) == {"Valentina Rojas", "Ricardo Quispe Mamani", "Hernan Sepulveda", "Marta Fuentes"}
    # a company named after `shipbuilder` / before `'s general manager` is an organisation everywhere
    yard = by_name(found, "Astillero Pacifico")
    assert yard and {m.kind for m in yard} == {"organization"}
    quispe = by_name(found, "Ricardo Quispe Mamani")[0]
    assert quispe.role == "deputy defence minister" and quispe.country == "Peru"
    found = actors_of(FIX / "quotes" / "q13_quoted_by_a_body.txt")
    heikkinen = by_name(found, "Aino Heikkinen")[0]  # `Minister of Transport of the Republic of Finland X`
    assert (heikkinen.role, heikkinen.country) == ("Minister of Transport", "Finland")
    zukauskas = by_name(found, "Tomas Zukauskas")[0]  # `Deputy Transport Minister of Lithuania X`
    assert (zukauskas.role, zukauskas.country) == ("Deputy Transport Minister", "Lithuania")
    assert "Ieva Grinyte" in people(found)  # `said X Y, 54, a farmer`
    assert [m.name for m in found if m.surface == "Minsk"] == ["Belarus"]  # `which Minsk denounced`


def test_byline_name_is_not_an_actor_even_when_left_in_the_body() -> None:
    path = FIX / "actors" / "a05_credits_companies_titles.txt"
    article = ingest_bytes(path.read_bytes(), str(path.relative_to(ROOT)))
    # a byline that ingest did not recognise stays a body paragraph, its author unknown
    line = "By Tomas Errazuriz, Valparaiso correspondent"
    sent = Sentence(text=line, start=0, end=len(line), line=1, paragraph=0)
    para = Paragraph(text=line, start=0, end=len(line), line=1, sentences=(sent,))
    shift = len(line) + 2

    def moved(x):
        x = replace(x, start=x.start + shift, end=x.end + shift, line=x.line + 2)
        return replace(x, paragraph=x.paragraph + 1) if isinstance(x, Sentence) else x

    bare = replace(
        article,
        text=line + "\n\n" + article.text,
        paragraphs=(
            para,
            *(replace(moved(p), sentences=tuple(moved(x) for x in p.sentences)) for p in article.paragraphs),
        ),
        author=replace(article.author, value=None),
    )
    found = extract_actors(bare, Knowledge())
    assert "Tomas Errazuriz" not in people(found)
    assert "Valentina Rojas" in people(found)


# ---------------------------------------------------------------- person cues (a06) and organisations (a07)


def actors_in(text: str) -> tuple[ActorMention, ...]:
    """Actors of a short article written inline (title line, blank line, body)."""
    article = ingest_bytes(("Headline of a short story\n\n" + text + "\n").encode(), "tests/inline.txt")
    return extract_actors(article, Knowledge())


def orgs(found: tuple[ActorMention, ...]) -> set[str]:
    return {m.name for m in found if m.kind == "organization"}


def test_person_cues_in_appositions_ages_and_possessives() -> None:
    found = actors_of(FIX / "actors" / "a06_person_cues.txt")
    assert people(found) == {
        "Sana Rahimi", "Jonas Vik", "Trine Moe", "Marc Delorme", "Ola Berg", "Ines Varga", "Lena Ortiz",
        "Lars Dahl", "Knut Aasen", "Tomas Brandt",
    }  # fmt: skip
    # a given name that is also a news agency's name (`Sana`) is a name; the agency in capitals is not
    assert "AFP" in orgs(found)
    assert by_name(found, "Sana Rahimi")[0].role == "Foreign Ministry spokeswoman"
    assert by_name(found, "Marc Delorme")[0].role == "lawyer"  # `His lawyer, X Y,`
    assert by_name(found, "Ola Berg")[0].country == "Denmark"  # `Her Danish counterpart, X Y,`
    assert by_name(found, "Ines Varga")[0].role == "former finance director"  # `The company's director, X Y,`
    assert by_name(found, "Lena Ortiz")[0].role == "legal director"  # `the NGO's legal director, X Y.`
    dahl = by_name(found, "Lars Dahl")[0]  # `Head of Norway's X Agency (XA) First Last`
    assert dahl.role == "Head of Water Resources Agency" and dahl.country == "Norway"
    # a full name without a cue is a person when its surname alone has one elsewhere
    assert {m.surface for m in by_name(found, "Tomas Brandt")} == {"Tomas Brandt", "Brandt"}


def test_person_cues_need_the_cue() -> None:
    # the same shapes without the cue word are not people
    assert not people(actors_in("The Riverside Green Park opened on Friday, near the old bridge."))
    assert not people(actors_in("The committee met Knut Aasen Holdings of the Green Alliance group."))
    assert not people(actors_in("The company's shares, Nordic Steel and Baltic Ore, fell on Friday."))
    # a surname that speaks does not turn an organisation or a place into a person
    found = actors_in("Talks were held at Vega Hall in Lund. Lund said the hall was too small.")
    assert not people(found)


def test_organisations_named_with_heads_acronyms_and_outlets() -> None:
    found = actors_of(FIX / "actors" / "a07_organisations.txt")
    names = orgs(found)
    assert {
        "TASS",  # `/TASS/` in a dateline
        "National Bank of Freedonia",
        "Nordnews.am",  # an outlet named by its web address
        "European Council",  # the organisation inside a person's title
        "Court of Appeal",  # a head-word and its complement
        "State Committee for Affairs of Refugees and Migrants",
        "Borsa Italiana",  # a head-word first
        "FC Nordvik",
        "Norwegian Red Cross",  # known by name, with a demonym
        "Finwatch",  # `the markets watchdog X`
        "United Nations",  # `UN Charter`
        "European Union",  # `EU-brokered`
        "Institute for Northern Studies",  # `Oslo-based` left out
        "Supreme Council",  # `on Monday` is not part of the name
    } <= names
    assert by_name(found, "Norwegian Red Cross")[0].country == "Norway"
    # the person keeps the full title; the organisation is its own mention
    assert by_name(found, "Anna Kowalczyk")[0].role == "European Council President"
    # an agreement is not an organisation; a country's title does not make the country an organisation
    assert not any("Convention" in n or n == "Costa Rica" for n in names)
    assert not any("Monday" in n or "based" in n for n in names)
    assert people(found) == {
        "Anna Kowalczyk", "Ola Lund", "Ida Holm", "Maria Holt", "Luis Mora", "Nina Berg", "Ola Strand",
    }  # fmt: skip


def test_companies_employers_and_acronyms_before_titles() -> None:
    found = actors_of(FIX / "actors" / "a07_organisations.txt")
    names = orgs(found)
    assert "Fjord Finance" in names  # `chief economist at X Finance.`
    assert "Nordkapp Capital Markets" in names  # `Oslo brokerage X Capital Markets`
    assert "NFU" in names  # `NFU development officer X Y`
    assert "Public Reporting Platform" in names
    assert by_name(found, "Ola Strand")[0].role == "NFU development officer"
    # `analyst at <city> brokerage`: the city is not the employer
    assert "Oslo" not in orgs(actors_in("Ola Berg, an analyst at Oslo brokerage Nordkapp, said so."))


def test_name_like_words_before_an_organisation_title() -> None:
    found = actors_of(FIX / "actors" / "a07_organisations.txt")
    # `Riverside President X Y`, `Green Future lawmaker X Y`: the words before the title are a body
    assert {"Riverside", "Green Future"} <= orgs(found)
    # not when the words name a person of the article, and never for aides of a person
    found = actors_in(
        "Coach Maja Lind said the team was ready. Lind director Ola Dahl agreed. "
        "Brenner adviser Tom Falk said nothing."
    )
    assert not ({"Lind", "Brenner"} & orgs(found))


def _actors_of(text: str) -> list[tuple[str, str]]:
    from build_dossier.extract import extract_article
    from build_dossier.ingest import ingest_bytes

    art = ingest_bytes(
        ("Headline of the story\n\n" + text + "\n").encode(), "x.txt", {"published": "2024-02-14"}
    )
    return [(m.kind, m.name) for m in extract_article(art).actors]


def test_title_modifiers_are_not_organisations_and_known_names_after_of_the():
    assert _actors_of("Interim President Maria Lopez said the vote would be held in May.") == [
        ("person", "Maria Lopez")
    ]
    assert _actors_of("Veteran striker Ivo Petrov scored twice on Sunday.") == [("person", "Ivo Petrov")]
    assert _actors_of("Officials of the Red Cross said aid arrived on Monday.") == [
        ("organization", "Red Cross")
    ]


def test_bodies_companies_and_titles_before_names() -> None:
    found = actors_of(FIX / "actors" / "a08_bodies_and_titles.txt")
    orgs = {m.name for m in found if m.kind == "organization"}
    assert people(found) == {
        "Kari Nordby",
        "Henrik Vold",  # `Oslo-based businessman X Y`
        "Lars Eide",  # `The Speaker of Parliament, X Y,`
        "Anna Berglund",  # `the Ambassador of the European Union to Norway X Y`
        "Petter Lund",  # `Chairman of the Board of NMA X Y`
        "Olof Strand",
        "Mikko Aalto",  # `Sweden's X Y and Finland's Z W`
    }
    assert {
        "Government (Norway)",  # `The Norwegian government` and `The Government`
        "Water Protection and Mining Inspection Body",
        "Fjellmark Minerals",  # `X Y, the company developing …`
        "Ministry of Environment (Norway)",  # `Environment Minister X … her ministry`
        "Baltic Ore Trading JSC",
        "Board of NMA",
        "North Fjord Railway",  # `the X Y Z company`
        "General Directorate of Forestry",
        "Rusta District Governor's Office",
        "Green Valley alliance",
        "Rusta municipality",
    } <= orgs
    assert "Speaker of Parliament" not in orgs
    assert len(by_name(found, "Government (Norway)")) == 2
    assert by_name(found, "Lars Eide")[0].role == "Speaker of Parliament"


def test_a_company_apposition_needs_a_company_noun_as_its_head() -> None:
    assert ("person", "Ivo Petrov") in _actors_of(
        "Ivo Petrov, a company director, said the plant would close."
    )
    assert ("organization", "Nordlys Shipping") in _actors_of(
        "Nordlys Shipping, a Bergen-based firm, said the plant would close."
    )


def test_a_person_apposition_before_a_speech_verb_is_a_person_cue() -> None:
    text = "The storm hit the town on Monday. Maria Lopez, a teacher, said the school is close."
    assert ("person", "Maria Lopez") in _actors_of(text)
    assert ("person", "Tomas Berg") in _actors_of(
        "Tomas Berg, a resident of the village who came by bus, said the road was shut."
    )
    assert ("person", "Ana Ruiz") in _actors_of(
        "Ana Ruiz, a nurse who lives nearby, told reporters it was calm."
    )
    # a body or a place heads the apposition: not a person
    found = _actors_of("Zorvex Holdings, a mining company, said output fell in March.")
    assert not [n for k, n in found if k == "person"]
    # a lone first name after an inverted speech verb with an apposition
    assert ("person", "Lusine") in _actors_of(
        "“Prices keep rising,” said Lusine, a nurse who takes two buses."
    )


def test_ranks_vessels_and_plural_titles() -> None:
    found = _actors_of("Navy spokesperson Rear Adm. Karel Dvorak said the drills had ended.")
    assert [n for k, n in found if k == "person"] == ["Karel Dvorak"]
    found = _actors_of(
        "The research vessel Sea Falcon reached the port on Monday. Sea Falcon, escorted by navy ships, "
        "will survey three blocks."
    )
    assert not [n for k, n in found if k == "person"]
    found = _actors_of("The treaty was signed by presidents Marek Dolan and Ivo Brankov in 2020.")
    assert {n for k, n in found if k == "person"} == {"Marek Dolan", "Ivo Brankov"}
    found = _actors_of("The deputy commander, Captain 1st Rank Oleg Sorin, led the last column out.")
    assert [n for k, n in found if k == "person"] == ["Oleg Sorin"]


def test_coordinated_subjects_titled_partners_and_words_of_a_treaty_name():
    text = (
        "Envoys meet in Vienna\n\nOn Monday, John Smith and Ruben Karlsson met in Vienna for talks.\n\n"
        "The envoys are Estonia's former Ambassador to Washington Serdar Kilic and Latvian Parliament "
        "Deputy Speaker Anna Ozola.\n\n"
        "The declaration builds on the Agreement on Strategic Partnership and Mutual Assistance and the "
        "Treaty of Friendship and Good Neighborliness.\n"
    )
    art = ingest_bytes(text.encode(), "x.txt", {"published": "2024-03-04"})
    found = people(extract_actors(art, Knowledge()))
    assert {"John Smith", "Ruben Karlsson", "Serdar Kilic", "Anna Ozola"} <= found
    assert not found & {"Mutual Assistance", "Good Neighborliness"}


def test_roles_relations_affiliations_and_regnal_numbers_make_people() -> None:
    def names(text: str) -> set[str]:
        return {n for k, n in _actors_of(text) if k == "person"}

    # a hyphenated title (`Co-Chair`, `Then-Gov.`) and a party-state aside before the verb
    assert names("Senate Budget Caucus Co-Chair Mark Delaney (D-NJ) echoed the call.") == {"Mark Delaney"}
    assert names("The bill passed. Tom Arvel (R-Texas) said it was late.") == {"Tom Arvel"}
    assert names("Then-President Mark Oden later apologized for the response.") == {"Mark Oden"}
    # a role noun before two names, an affiliation before `, who`, coordination across affiliations
    found = names(
        "Max Rovan of Velox, who started 15th on the grid, came fourth, ahead of three-time world "
        "champion Tom Berrin of Kestrel. Piet Hollan of Kestrel and Velox's Andre Mattis, who were "
        "fighting for third place, collided on the last lap."
    )
    assert found == {"Max Rovan", "Tom Berrin", "Piet Hollan", "Andre Mattis"}
    # a relation noun (`his fiancée`) is a cue for a person, but no role
    found = _actors_of(
        "Protests followed the murder of investigative journalist Karel Vondra and his fiancée "
        "Marta Lunova in February 2018."
    )
    assert ("person", "Marta Lunova") in found
    # a single capitalised word after a role noun that is no role alone: a club as often as a person
    assert not names("Turkish champion Kestrelspor completed the signing on Wednesday.")
    # a regnal number, names with particles, four names after a country's possessive
    assert names("Spain's King Carlos III poses with heads of state for the family photo.") == {"Carlos III"}
    assert "Hamad bin Khalid bin Hamad Al Nasri" in names(
        "The deal was signed by Qatar's Minister of Transport Sheikh Hamad bin Khalid bin Hamad Al Nasri."
    )
    assert "Andres Manuel Vela Orozco" in names(
        "Chile's Gabriel Rivas attended, while Mexico's Andres Manuel Vela Orozco stayed away."
    )


def test_events_bodies_commas_and_credits_are_not_people() -> None:
    def names(text: str) -> set[str]:
        return {n for k, n in _actors_of(text) if k == "person"}

    # an event name and a time word's possessive before a name
    assert names("The organization of this year's Grand Prix was once again praised by the teams.") == set()
    assert names("Organisers said next year's Lindora Marathon will start at dawn.") == set()
    # an apposition after a lower-case body noun names the body
    found = _actors_of(
        "Tomas Rek, the former deputy director of the regional road agency Dorlan Vesk, received a "
        "suspended sentence. The head of Dorlan Vesk, Petr Holub, resigned in August."
    )
    assert ("organization", "Dorlan Vesk") in found
    assert ("person", "Dorlan Vesk") not in found
    # an organisation's name never runs across a comma into the next name
    found = _actors_of(
        "Prime Minister Nils Halvorsen spoke on Monday. Speaking at a meeting with officials of the "
        "Ministry of Justice, Halvorsen said the state must change."
    )
    assert ("organization", "Ministry of Justice") in found
    assert [n for k, n in found if k == "person"] == ["Nils Halvorsen", "Nils Halvorsen"]
    # a contributor credit, and an author's name on its own line (the page gives the author's handle)
    assert (
        names("Police closed the road.\n\nPress writer Lena Varga in Oslo contributed to this report.")
        == set()
    )
    found = names(
        "Lena Varga\nRead more\n\nOSLO, March 12. Nordpress:\n\nThe ministers signed a protocol. Trade "
        "Minister Ivo Dahl said the list would grow.\n\nFollow the author on X: @LenaVarga"
    )
    assert found == {"Ivo Dahl"}


# ---------------------------------------------------------------- session 7: lists, long titles, envoys


def test_a_list_of_names_joins_from_its_cued_end() -> None:
    # the last name has the verb; the others join by coordination, the first one too
    found = actors_in(
        "Under the plan, a working group co-chaired by the deputy prime ministers of Norway, Chile and "
        "Peru – Lars Ostby, Pedro Rojas and Juan Quispe – is to be set up.\n\nOn Saturday, Norway's women's "
        "team of Ayşe Gül Yılmaz, Fatma Nur Kaya and Zeynep Demir won the bronze medal."
    )
    assert people(found) == {
        "Lars Ostby", "Pedro Rojas", "Juan Quispe", "Ayşe Gül Yılmaz", "Fatma Nur Kaya", "Zeynep Demir"
    }  # fmt: skip
    # a plural title before a list cues its first name, even when no name has a verb
    found = actors_in(
        "The countries were represented by their foreign ministers – Ana Lopez, Ivo Perez and Mia Gomez. "
        "The talks were hosted by the presidents of Chile and Peru, Gabriel Soto and Luis Arce.\n\nThe "
        "ministers of Chile, Peru and Bolivia met in Lima. Among the bidders: Rio Tinto, Anglo American."
    )
    assert people(found) == {"Ana Lopez", "Ivo Perez", "Mia Gomez", "Gabriel Soto", "Luis Arce"}


def test_a_long_body_title_before_a_name() -> None:
    found = actors_in(
        "Chairman of the Grand Assembly Committee on Foreign Relations and Inter-Parliamentary Affairs "
        "Kemal Duran, in turn, told reporters that the assembly would meet on Friday.\n\nHead of the "
        "Agency for Regional Development Mira Lenz spoke next.\n\nThe Council on Foreign Relations said it "
        "would act."
    )
    assert people(found) == {"Kemal Duran", "Mira Lenz"}
    assert {
        "Grand Assembly Committee on Foreign Relations and Inter-Parliamentary Affairs",
        "Agency for Regional Development",
        "Council on Foreign Relations",
    } <= orgs(found)
    duran = by_name(found, "Kemal Duran")[0]
    assert duran.role and duran.role.startswith("Chairman of Grand Assembly Committee")


def test_an_envoy_to_a_capital_and_a_country_possessive_before_a_name() -> None:
    found = actors_in(
        "The deal was signed in the presence of Chile's Economy Minister Juan Perez and Norway's "
        "Ambassador to Lima Ingrid Dahl.\n\nThe 25-year-old beat Spain's Carlos Moya 6-4 in a tense final. "
        "He had defeated Portugal's Nuno Gomes in the semifinal.\n\nThe summit was attended by Ugo Brun, "
        "chairman of Bhutan's Gyelyong Tshogde (National Council), and by officials from Peru's Cusco Ruta."
    )
    assert people(found) == {"Juan Perez", "Ingrid Dahl", "Carlos Moya", "Nuno Gomes", "Ugo Brun"}
    dahl = by_name(found, "Ingrid Dahl")[0]
    assert (dahl.role, dahl.country) == ("Ambassador", "Norway")
    assert by_name(found, "Carlos Moya")[0].country == "Spain"


def test_names_opening_related_headlines_and_places_named_by_their_head() -> None:
    found = actors_in(
        "Police evacuated the town on Monday, and the nearby Silver Lagoon, one of the country's best-known "
        "tourist attractions, was closed again.\n\nRead also:\nBoris Kovac: Our city will not surrender\n"
        "Weather: rain expected in the north\n"
    )
    assert people(found) == {"Boris Kovac"}
    kovac = by_name(found, "Boris Kovac")[0]
    assert kovac.sentence.text == "Boris Kovac: Our city will not surrender"


def test_passive_agents_and_ministry_acronyms() -> None:
    found = actors_in(
        "Lopez was joined by Lucia Reyes and Diego Torres at the ceremony.\n\nChile's Ministry of Foreign "
        "Affairs issued a statement on Monday. The MFA said the vote was unacceptable. Spokesperson for the "
        "Foreign Ministry Ana Rojas told journalists the same."
    )
    assert {"Lucia Reyes", "Diego Torres", "Ana Rojas"} <= people(found)
    ministries = [m for m in found if m.name.startswith("Ministry")]
    assert [m.surface for m in ministries] == [
        "Chile's Ministry of Foreign Affairs",
        "MFA",
        "Foreign Ministry",
    ]
    assert {m.name for m in ministries} == {"Ministry of Foreign Affairs (Chile)"}


def test_envoys_in_a_capital_long_roles_storms_products_and_a_player_s_team() -> None:
    found = actors_in(
        "Chile's ambassador in Lima, Rosa Vidal, warned that such cooperation would not help.\n\n"
        "The former chief accountant of the city hospital, Ines Kolar, was sentenced on probation.\n\n"
        "Peru signed a contract to buy Swedish-made Archer howitzers. A year later, Typhoon Maria killed "
        "hundreds, and tropical storm Lupe flooded the coast.\n\n"
        "Lindora face Marco Silva's Portugal in Lisbon on Saturday.\n\n"
        "Then-Gov. Pablo Reyes apologized later. Sen. Lucia Gomez voted against."
    )
    assert people(found) == {"Rosa Vidal", "Ines Kolar", "Marco Silva", "Pablo Reyes", "Lucia Gomez"}
    vidal = by_name(found, "Rosa Vidal")[0]
    assert vidal.country == "Chile" and vidal.role and vidal.role.startswith("ambassador")
    assert by_name(found, "Pablo Reyes")[0].role == "Then-Governor"
    assert by_name(found, "Lucia Gomez")[0].role == "Senator"
    assert "Prosecutor General's Office" in orgs(
        actors_in("The Prosecutor General's Office said the court had also confiscated his flat.")
    )


def test_names_with_islam_comma_appositions_party_affiliations_and_post_name_titles() -> None:
    found = actors_in(
        "The reform stalled under late President Islam Dzhurayev.\n\nCity mayor Farid Islam said the work "
        "would begin on Thursday.\n\n"
        "Moscow objected to the visit of President Tomas Varga's wife, Elena Varga, to Kyiv.\n\n"
        "Chile sent a senior Foreign Ministry official, Rosa Quintero, to the meeting.\n\n"
        "The gallery's curator, Ines Kalnina, told reporters that the rooms were ready.\n\n"
        "Pavel Dorn of the Renewal bloc accused the government of lying.\n\n"
        "The fortress fell in 1915 to troops under the command of Ismail Pasha."
    )
    assert people(found) == {
        "Islam Dzhurayev", "Farid Islam", "Tomas Varga", "Elena Varga", "Rosa Quintero", "Ines Kalnina",
        "Pavel Dorn", "Ismail Pasha",
    }  # fmt: skip
    assert by_name(found, "Ines Kalnina")[0].role == "curator"


def test_a_title_word_before_a_document_name_is_no_person_and_long_for_titles() -> None:
    found = actors_in(
        "The craft was inscribed on UNESCO's Representative List of the Intangible Heritage in 2012.\n\n"
        "US Assistant Secretary of State for African and Asian Affairs Mark Denby arrived in Lima. "
        "Chile's Minister of Foreign Affairs Rosa Vidal met him, the press said, citing the ministry."
    )
    assert people(found) == {"Mark Denby", "Rosa Vidal"}
    assert (
        by_name(found, "Mark Denby")[0].role == "Assistant Secretary of State for African and Asian Affairs"
    )
    assert "Ministry of Foreign Affairs (Chile)" in orgs(found)


def test_title_words_inside_a_body_name_and_ensembles_are_no_people() -> None:
    found = actors_in(
        "The head of Norvik District Executive Power said a memorial would be built.\n\n"
        "The Velmar Province Court of General Jurisdiction on Tuesday sentenced the driver.\n\n"
        "The concert will be given by the Lindora State Symphony Orchestra under the baton of a guest.\n\n"
        "The first units of the 12th Separate Motor Rifle Brigade arrived on Monday."
    )
    assert people(found) == set()
    assert "Lindora State Symphony Orchestra" in orgs(found) or "State Symphony Orchestra" in orgs(found)


def test_person_cues_born_works_by_plural_envoys_and_named_appositions() -> None:
    found = actors_in(
        "The mine exploded near the village, where Tomas Berger, born in 1981, was ploughing a field.\n\n"
        "The programme includes works by Ivo Marekov, Karel Holubek and Petr Dvorsky.\n\n"
        "Under a deal reached by the two countries' special envoys for trade, Pavel Dornik and Ali Sezeran, "
        "in Oslo, both sides pledged to open the border.\n\n"
        "The launch comes after Lindora's first astronaut, Mira Kovacek, flew to the station in January.\n\n"
        "A court extended the detention of Oskar Lindqvist, the Swedish-Norwegian banker who briefly "
        "served as the State Minister of Varnia, by four months."
    )
    assert people(found) == {
        "Tomas Berger",
        "Ivo Marekov",
        "Karel Holubek",
        "Petr Dvorsky",
        "Pavel Dornik",
        "Ali Sezeran",
        "Mira Kovacek",
        "Oskar Lindqvist",
    }


# ---------------------------------------------------------------- titles, credits, long appositions


def test_credit_lines_with_a_role_are_not_people() -> None:
    found = actors_in(
        "Finance Minister Tomas Rieger said the budget would be balanced.\n\n"
        "*Writing by Ilse Marten\n\nEditing by Paolo Renzi"
    )
    assert people(found) == {"Tomas Rieger"}


def test_a_name_after_an_acronym_closing_a_titled_body_is_a_person() -> None:
    found = actors_in(
        "The families were welcomed by the chairman of the State Agency for Affairs of Migrants and IDPs "
        'Karel Novotny. "We are glad," Novotny said.'
    )
    assert "Karel Novotny" in people(found)
    assert "State Agency for Affairs of Migrants and IDPs" in orgs(found)


def test_a_title_ending_with_a_district_names_its_holder() -> None:
    found = actors_in(
        "The forum was opened by the Special Representative of the Governor in the Eastern district "
        "Milan Hrubes."
    )
    assert "Milan Hrubes" in people(found)
    assert by_name(found, "Milan Hrubes")[0].role.startswith("Representative of the Governor")


def test_a_title_with_a_two_domain_of_complement() -> None:
    found = actors_in("Minister of Fisheries and Coastal Affairs Edda Solheim said the quota would rise.")
    assert by_name(found, "Edda Solheim")[0].role == "Minister of Fisheries and Coastal Affairs"
    found = actors_in(
        "He thanked the Prime Minister of Norway Erna Lunde, Polish Foreign Minister Adam Wrona and others."
    )
    assert by_name(found, "Adam Wrona")[0].role == "Foreign Minister"


def test_demonym_and_specialist_before_a_name() -> None:
    found = actors_in("He replaced Dutch specialist Pieter Van Dael, who left in March.")
    assert "Pieter Van Dael" in people(found)
