"""Agreements: named, described, curated; one agreement per article with date and parties."""

from __future__ import annotations

from pathlib import Path

from build_dossier.curate import Knowledge, KnownAgreement
from build_dossier.extract import extract_article
from build_dossier.ingest import ingest_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "events"
SEEDS = Path(__file__).parent.parent / "seeds"


def agreements(text: str, published: str = "2020-11-20", knowledge: Knowledge | None = None):
    art = ingest_bytes(text.encode(), "t.txt", {"published": published})
    return extract_article(art, knowledge or Knowledge()).agreements


def names(ms) -> set[str]:
    return {m.name for m in ms}


def test_named_agreements():
    found = names(
        agreements(
            "The leaders adopted the New Delhi Declaration. The Minsk Protocol failed. "
            "They recalled the Treaty of Kars and the Paris Agreement."
        )
    )
    assert {"New Delhi Declaration", "Minsk Protocol", "Treaty of Kars", "Paris Agreement"} <= found


def test_described_agreement_with_date_parties_and_mediator():
    ms = agreements(
        "According to a Russia-brokered cease-fire agreement signed between Baku and Yerevan on "
        "Nov. 10, troops withdrew."
    )
    assert len(names(ms)) == 1
    m = ms[0]
    assert m.name == "Ceasefire agreement of 10 November 2020"
    assert m.date == "2020-11-10"
    assert {"Azerbaijan", "Armenia", "Russia"} <= set(m.parties)


def test_one_agreement_per_article_across_descriptions():
    text = (
        "The war ended with the Russian-brokered peace deal signed on November 9 by the Azerbaijani, Russian "
        "and Armenian leaders. The peace agreement became effective on November 10. "
        "Both sides hailed the agreement."
    )
    ms = agreements(text)
    assert len(names(ms)) == 1 and len(ms) == 3
    assert ms[0].date == "2020-11-09"
    assert {"Azerbaijan", "Russia", "Armenia"} <= set(ms[0].parties)


def test_trilateral_statement_kind():
    ms = agreements(
        "Peacekeepers deployed based on a trilateral statement signed by Armenia, Azerbaijan and "
        "Russia on November 9, 2020."
    )
    assert names(ms) == {"Trilateral statement of 9 November 2020"}


def test_press_statements_and_plans_are_not_agreements():
    assert agreements("The Kremlin said in a statement that the talks went well.") == ()
    assert agreements("They intend to sign an agreement.") == ()
    assert agreements("The two presidents discussed three agreements.") == ()
    # decided rule (issue 3): a planned peace treaty is an undated record; a counted signed set is one
    assert [(m.name, m.date) for m in agreements("They intend to sign a peace treaty.")] == [
        ("Peace treaty", None)
    ]
    assert names(agreements("The two presidents signed three agreements.")) == {"Three agreements"}


def test_curated_agreement_wins_by_alias_and_by_date():
    know = Knowledge(
        agreements=(
            KnownAgreement(
                name="Trilateral statement on Nagorno-Karabakh",
                aliases=("November statement",),
                date="2020-11-10",
                parties=("Armenia", "Azerbaijan", "Russia"),
            ),
        )
    )
    ms = agreements("The November statement was signed by Armenia, Azerbaijan and Russia.", knowledge=know)
    assert names(ms) == {"Trilateral statement on Nagorno-Karabakh"}
    ms = agreements(
        "The fighting ended with a Russian-brokered agreement on November 10, 2020.", knowledge=know
    )
    assert names(ms) == {"Trilateral statement on Nagorno-Karabakh"}
    assert ms[0].date == "2020-11-10"


def test_fixture_agreements():
    path = FIXTURES / "treaty.txt"
    ex = extract_article(ingest_bytes(path.read_bytes(), str(path), {"published": "2023-06-05"}), Knowledge())
    by_name = {m.name: m for m in ex.agreements}
    assert by_name["Tana River Treaty"].date == "2023-06-02"
    assert set(by_name["Tana River Treaty"].parties) == {"Finland", "Norway"}
    assert by_name["Kirkenes Protocol"].date == "1989"
    path = FIXTURES / "trade.txt"
    ex = extract_article(ingest_bytes(path.read_bytes(), str(path), {"published": "2023-12-14"}), Knowledge())
    assert names(ex.agreements) == {"Free trade agreement of 13 December 2023"}
    assert "Chile" in ex.agreements[0].parties


def seed(stem: str):
    import yaml

    path = SEEDS / f"{stem}.txt"
    side = path.with_name(stem + ".meta.yaml")
    sidecar = yaml.safe_load(side.read_text()) if side.exists() else None
    return extract_article(ingest_bytes(path.read_bytes(), f"seeds/{stem}.txt", sidecar), Knowledge())


def test_seed_shusha_declaration_dated():
    ms = [m for m in seed("003_73061d099c96e705").agreements if m.name == "Shusha Declaration"]
    assert ms and ms[0].date == "2021-06-15"
    assert {"Turkey", "Azerbaijan"} <= set(ms[0].parties)


def test_seed_november_2020_agreement():
    for stem in ("000_e24d4901e29cb5bd", "001_188add32cb956324", "004_0c0575619c868127"):
        ms = seed(stem).agreements
        assert any(m.date in ("2020-11-09", "2020-11-10") for m in ms), (stem, [(m.name, m.date) for m in ms])
    ms = seed("004_0c0575619c868127").agreements
    main = [m for m in ms if not m.name.startswith("Humanitarian")]
    assert {m.name for m in main} == {"Ceasefire agreement of 10 November 2020"}
    assert len(main) >= 4  # the cease-fire agreement, the agreement, the truce ... are one agreement
    assert {"Azerbaijan", "Armenia", "Russia"} <= set(main[0].parties)
    assert "Humanitarian ceasefire" in {m.name for m in ms}  # `three humanitarian cease-fire agreements`


def test_seed_1994_and_humanitarian_ceasefires():
    found = {(m.name, m.date) for m in seed("002_fd68ee673bc3184e").agreements}
    assert ("Ceasefire agreement of 1994", "1994") in found
    assert any(n.startswith("Humanitarian ceasefire") for n, _d in found)


LINKS = Path(__file__).parent / "fixtures" / "links"


def test_counted_plural_signed_is_one_dated_record():
    import re

    from build_dossier.dates import parse_date

    path = LINKS / "l01_trade_talks.txt"
    published = parse_date(re.search(r"Published (.*)", path.read_text()).group(1))
    art = ingest_bytes(
        path.read_bytes(), "tests/fixtures/links/l01_trade_talks.txt", {"published": published}
    )
    found = extract_article(art, Knowledge()).agreements
    assert names(found) == {"Two agreements of 12 March 2024"}
    assert found[0].date == "2024-03-12"  # `Before the press conference,` on Tuesday
    assert names(agreements("The ministers discussed agreements on fishing.")) == set()


def test_joint_statement_and_planned_peace_treaty():
    found = agreements(
        "Moscow welcomed a joint statement by Ghana and Togo. The two countries intend to sign a peace "
        "treaty next year. They also want to sign an agreement on roads."
    )
    assert any(n.startswith("Joint statement") for n in names(found))
    treaty = [m for m in found if m.name == "Peace treaty"]
    assert treaty and treaty[0].date is None  # planned: undated, not merged with a signed agreement
    assert not any("roads" in m.surface for m in found)  # a generic plan stays out


def test_a_described_agreement_is_named_by_what_it_is_about() -> None:
    from build_dossier.extract import extract_article

    text = (
        "Ports deal\n\n"
        "On 4 March 2022 the two governments signed a pact to share port fees and customs data.\n\n"
        "The ministers are going to sign a deal on building a joint fishing inspection centre.\n\n"
        "They hope to sign an agreement soon.\n"
    )
    art = ingest_bytes(text.encode(), "tests/fixtures/agreements/topic.txt", {"published": "2022-03-05"})
    mentions = extract_article(art).agreements
    found = {g.name: g.date for g in mentions}
    # signed: the usual name (so other articles' mentions merge with it), the words as its surface
    signed = next(g for g in mentions if g.date == "2022-03-04")
    assert signed.surface == "pact to share port fees and customs data"
    # planned, not signed: named by what it is about, undated
    assert found["Deal on building a joint fishing inspection centre"] is None
    assert len(found) == 2, found  # `sign an agreement soon` names nothing


OWN = Path(__file__).parent / "fixtures" / "agreements"


def _fixture(name: str, published: str = "2023-04-04"):
    ms = agreements((OWN / name).read_text(encoding="utf-8"), published=published)
    return {m.name: m for m in ms}


def test_head_first_names_with_on_and_of():
    found = _fixture("named_head_first.txt")
    assert found["Convention on Fisheries Management"].date == "2019-05"
    settlement = "Agreement on the Principles of a Lasting Settlement of the Border Dispute"
    assert found[settlement].date == "1998-06-03"
    # the name stops before `between`; the parties come from the between-clause
    memo = found["Memorandum of Understanding"]
    assert {"Lindorian Academy", "Varnian Institute"} <= set(memo.parties)
    # an undated signing in a news report is the day's news
    assert memo.date == "2023-04-04"
    assert found["Programme of Cultural Exchanges"].date == "2023-04-04"
    assert not any(n.endswith((" of", " on", " the")) for n in found)


def test_quoted_plural_protocols():
    found = _fixture("named_head_first.txt")
    assert found["Oslo-plus protocols"].date == "2017-03"
    assert not any(n == "Lasting Settlement" for n in found)


def test_described_topic_mediator_and_with_party():
    found = _fixture("described_topic.txt")
    contract = found["Contract for 30 maritime patrol drones"]
    assert contract.date == "2023-01"
    deal = found["Deal mediated by the United Arab Emirates"]
    assert "United Arab Emirates" in deal.parties
    treaty = found["Investment treaty with Japan"]
    assert treaty.date == "2016" and {"Japan", "Kenya"} <= set(treaty.parties)
    assert "Memorandum of understanding on sharing market data" in found
    # a contract nobody signs (sports, employment) is not an agreement
    assert not any("young players" in n for n in found)


def test_bare_contract_is_not_an_agreement():
    assert not agreements("The striker's contract runs until June. He wants a new contract for next season.")


def _agreements_of(text: str, published: str = "2024-02-14"):
    from build_dossier.extract import extract_article
    from build_dossier.ingest import ingest_bytes

    art = ingest_bytes(
        ("Headline of the story\n\n" + text + "\n").encode(), "x.txt", {"published": published}
    )
    return [(g.name, g.date) for g in extract_article(art).agreements]


def test_plural_documents_with_a_list_of_dates_are_one_agreement_each():
    found = _agreements_of(
        "The ministers reaffirmed the trilateral statements of the three leaders of March 4, 2021, "
        "June 9, 2022 and October 31, 2022, the ministry said."
    )
    assert {d for _n, d in found} == {"2021-03-04", "2022-06-09", "2022-10-31"}


def test_year_before_a_named_document_dates_it_and_acronym_names_an_instrument():
    assert ("Vilnius Declaration", "1993") in _agreements_of(
        "The parties confirmed their commitment to the 1993 Vilnius Declaration, the ministry said."
    )
    assert [n for n, _d in _agreements_of(
        "The firm turned down a deferred prosecution agreement (DPA) offered by prosecutors, the court heard."
    )] == ["Deferred prosecution agreement"]  # fmt: skip
    assert ("OPEC+ Agreement", None) in _agreements_of(
        "Output stayed within the quota under the OPEC+ agreement, which could weigh on exports."
    )


def test_joint_statement_is_an_agreement_but_a_press_statement_is_not():
    assert _agreements_of("Both governments agreed in a joint statement on Feb. 7 to release prisoners.") == [
        ("Joint statement of 7 February 2024", "2024-02-07")
    ]
    assert _agreements_of("The ministry said in a statement on Monday that the talks were useful.") == []


def test_two_proper_names_signed_the_same_day_stay_two_agreements(tmp_path):
    from build_dossier.consolidate import _described

    assert _described("Trilateral statement of 9 November 2020")
    assert _described("Ceasefire agreement")
    assert not _described("Kora Declaration")
    assert not _described("Memorandum of understanding on cooperation in disaster management")


def test_an_instrument_named_by_its_on_topic_or_its_modifiers():
    got = _agreements_of(
        "The agreement on the Baltic Energy Corridor was signed by four states on May 3, 2022."
    )
    assert got == [("Agreement on the Baltic Energy Corridor", "2022-05-03")]
    got = _agreements_of(
        "Norgas and Balto Trading have signed a gas sales and purchase agreement for the supply of gas."
    )
    assert got == [("Gas sales and purchase agreement for the supply of gas", "2024-02-14")]
    listed = _agreements_of(
        "Among the documents signed were a framework agreement on defence cooperation, a memorandum of "
        "understanding on higher education and an agreement on the recognition of diplomas."
    )
    assert {name for name, _ in listed} == {
        "Framework agreement on defence cooperation",
        "Memorandum of understanding on higher education",
        "Agreement on the recognition of diplomas",
    }
    # an adjective is no name: `an advanced framework agreement` stays a described agreement
    assert _agreements_of("The two sides signed an advanced framework agreement on Monday.") == [
        ("Agreement of 12 February 2024", "2024-02-12")
    ]


def test_a_ceasefire_that_came_into_force_is_dated_by_it():
    assert _agreements_of("The war was halted by a ceasefire that came into force on May 12, 1994.") == [
        ("Ceasefire agreement of 12 May 1994", "1994-05-12")
    ]


def test_a_joint_statement_is_dated_by_its_issuing():
    got = _agreements_of("The envoy welcomed the joint statement of Latvia and Estonia issued last Thursday.")
    assert got == [("Joint statement of 8 February 2024", "2024-02-08")]


def test_an_old_signing_is_not_the_days_news():
    got = _agreements_of("Latvia had signed a trade agreement with the EU years earlier.")
    assert all(date is None for _name, date in got)


def test_documents_are_known_by_the_city_where_they_were_signed():
    got = _agreements_of(
        "Protocols signed by the two neighbours in Geneva in 2011 were never ratified. Both sides "
        "remain committed to the agreements reached in Lisbon and Tallinn, the minister said."
    )
    assert ("Geneva protocols", "2011") in got
    assert {"Lisbon agreements", "Tallinn agreements"} <= {n for n, _ in got}
    # a month after `in` is a date, not a city; a country is not the name of a set of documents
    assert _agreements_of("The agreements reached in March were kept by Norway.") == []
    # a named set of documents without its own date takes the day of the meeting held in that city
    got = _agreements_of(
        "At a meeting in Lisbon on October 6, 2022, the leaders confirmed the borders. The ministers "
        "said the agreements reached in Lisbon remain the basis of the talks."
    )
    assert ("Lisbon agreements", "2022-10-06") in got
    assert ("Minsk agreements", None) in _agreements_of("Moscow said the Minsk agreements were dead.")


def test_an_agreement_between_two_parties_is_named_by_its_long_topic():
    got = _agreements_of(
        "The agreement between Chile and Peru on cooperation in the construction and operation of the "
        "desalination plant at the Arica site was signed on May 12, 2010."
    )
    assert got == [
        (
            "Agreement between Chile and Peru on cooperation in the construction and operation of the "
            "desalination plant at the Arica site",
            "2010-05-12",
        )
    ]


def test_signed_contracts_arrangements_and_regulations_and_their_later_mentions():
    # a contract won with a purpose, then dated by a later bare mention
    got = _agreements_of(
        "The court convicted him of bribing officials to win a €240 million contract to dredge the port "
        "of Lomé. The contract was signed in March 2015."
    )
    assert got == [("€240 million contract to dredge the port of Lomé", "2015-03")] * 2
    # a contract named by its own words and the day it was signed
    assert _agreements_of("The 27-year-old signed a three-year contract with the club.") == [
        ("Three-year contract of 14 February 2024", "2024-02-14")
    ]
    # an approved loan arrangement is dated by its approval; a ratification never dates the signing
    got = _agreements_of(
        "The IMF approved a 36-month stand-by arrangement with Moldova worth $150 million on December 12 "
        "last year."
    )
    assert got == [("36-month stand-by arrangement with Moldova", "2023-12-12")]
    got = _agreements_of(
        "Parliament on Wednesday ratified the regulation on the joint work of the two border commissions. "
        "The regulation was signed on Jan. 30 by the deputy prime ministers."
    )
    assert got == [("Regulation on the joint work of the two border commissions", "2024-01-30")] * 2
    # unsigned: an EU rule, security arrangements, an employment contract
    assert (
        _agreements_of(
            "Security arrangements were discussed. His contract expires in June. "
            "The EU regulation on batteries applies from 2025."
        )
        == []
    )


def test_parties_that_agreed_on_a_day_to_do_something_made_an_agreement():
    got = _agreements_of(
        "At their third meeting, held in Oslo on July 1, 2022, the envoys agreed to open the land border "
        "for citizens of third countries."
    )
    assert got == [("Agreement to open the land border for citizens of third countries", "2022-07-01")]
    got = _agreements_of(
        "Tension grew in the north, where Peru agreed on April 19 to hand over to Chile the land of two "
        "abandoned villages. The deal sparked weeks of protests."
    )
    assert got == [("Agreement to hand over to Chile the land of two abandoned villages", "2023-04-19")] * 2
    # plans to meet, undated concessions and one person's consent are not agreements
    assert _agreements_of("On Monday the ministers agreed to meet again in December.") == []
    assert _agreements_of("Peru agreed to provide an additional 10 days. He agreed on Monday to quit.") == []


def test_a_described_instrument_keeps_its_noun_and_its_signers_date():
    got = _agreements_of(
        "Protesters demanded that the government annul the protocol signed by the Peruvian and Chilean "
        "commissions on April 19, under which land came under Chilean control."
    )
    assert got == [("Protocol between Chile and Peru of 19 April 2023", "2023-04-19")]
    got = _agreements_of(
        "The centre was set up under a memorandum of understanding signed by then-Defence Minister Ana Ruiz "
        "and her Chilean counterpart Luis Soto on Nov. 11, 2020, the ministry said."
    )
    assert got == [("Memorandum of understanding of 11 November 2020", "2020-11-11")]
    got = _agreements_of(
        "He referred to the declaration on allied interaction signed by the two presidents in Lima on "
        "February 22, 2022."
    )
    assert got == [("Declaration on allied interaction", "2022-02-22")]
    got = _agreements_of(
        "Their first joint statement without mediators was issued by the offices of the two presidents on "
        "December 7 last year."
    )
    assert got == [("Joint statement of 7 December 2023", "2023-12-07")]


def test_todays_protocol_is_new_and_a_stated_day_beats_the_news_day():
    got = _agreements_of(
        "The commissions discussed the regulations on joint activities, which were signed on August 30. "
        '"At the end of the meeting, a protocol was signed," the press service said.'
    )
    assert ("Protocol of 14 February 2024", "2024-02-14") in got
    assert ("Regulations on joint activities", "2023-08-30") in got
    got = _agreements_of(
        "Chile and Peru have signed a production-sharing agreement for two blocks. The agreement was "
        "signed in Lima on Monday by the two ministers."
    )
    assert {d for _n, d in got} == {"2024-02-12"}
    got = _agreements_of(
        "The city has signed a 320 million euro loan agreement with a group of lenders to finish the "
        "long-delayed metro line, the mayor said on Feb. 13."
    )
    assert {d for _n, d in got} == {"2024-02-13"}


def test_an_agreement_as_agreed_at_talks_and_a_later_same_agreement():
    got = _agreements_of(
        "Guards will leave the airport from August 1, as agreed at his talks with the president in Lima on "
        "January 8. Under the same agreement, they also leave two regions."
    )
    assert got == [("Agreement of 8 January 2024", "2024-01-08")] * 2


def test_a_statement_issued_afterwards_takes_the_last_day_of_the_talks():
    got = _agreements_of(
        "The ministers held two days of talks in Lima on January 10-11. A joint statement issued afterwards "
        "said progress had been made."
    )
    assert got == [("Joint statement of 11 January 2024", "2024-01-11")]


def test_a_roadmap_agreed_in_a_city_and_a_framework_named_across_and():
    got = _agreements_of("The ministers reviewed the roadmap agreed in Quito in June, which sets out steps.")
    assert got == [("Quito roadmap", "2023-06")]
    got = _agreements_of(
        "It builds on the Defence and Economic Cooperation Framework Agreement signed in Lima a month "
        "earlier, on Jan. 8, the ministry said."
    )
    assert ("Defence and Economic Cooperation Framework Agreement", "2024-01-08") in got


def test_headline_capitals_name_no_agreement_and_a_treaty_is_not_a_joint_statement():
    got = _agreements_of(
        'Lima Sends Quito New Peace Treaty Draft\n\n"The text of the treaty is much more agreed than it was '
        'a month ago," he said. The president said a peace treaty would be signed only after elections.'
    )
    names = {n for n, _d in got}
    assert not any("Sends" in n for n in names)
    assert all(d is None for _n, d in got)  # `more agreed than a month ago` dates nothing
    assert "Peace treaty" in names


def test_leaders_statements_governments_agreements_and_the_years_a_roadmap_covers():
    found = _agreements_of(
        "The group was set up under the statement of the leaders of Latvia, Estonia and Lithuania of "
        "11 January 2021 and meets monthly.\n\n"
        "The minister recalled that the Agreement between the Government of the Republic of Latvia and "
        "the Government of the Republic of Estonia on the protection of the waters of the Salaca river, "
        "signed in Riga on 3 September 2010, was a good example.\n\n"
        "The two agriculture ministries also signed a roadmap for cooperation in farming for 2024-2026."
    )
    assert (
        "Statement of the leaders of Latvia, Estonia and Lithuania of 11 January 2021",
        "2021-01-11",
    ) in found
    assert ("Agreement on the protection of the waters of the Salaca river", "2010-09-03") in found
    assert ("Roadmap for cooperation in farming for 2024-2026", "2024-02-14") in found  # signed today


def test_dates_out_of_names_later_document_sentences_and_quadrilateral_statements():
    found = _agreements_of(
        "The role dates back to the Treaty of Varna of March 16, 1921, and the Treaty of Ruse, signed on "
        "October 13 of the same year.\n\n"
        "The three railways have signed an agreement establishing a joint venture, the agency reported.\n\n"
        "The document was signed yesterday in Tallinn by the chairmen.\n\n"
        "A memorandum of understanding on the development of cargo transport was then signed by the two "
        "companies.\n\n"
        "The idea emerged at the meeting in Prague on October 6, 2022, where the leaders adopted a "
        "quadrilateral statement.",
        published="2024-06-20",
    )
    assert ("Treaty of Varna", "1921-03-16") in found  # `of March` is no part of its name
    assert ("Agreement establishing a joint venture", "2024-06-19") in found  # dated by `the document`
    assert ("Memorandum of understanding on the development of cargo transport", "2024-06-20") in found
    assert ("Quadrilateral statement of 6 October 2022", "2022-10-06") in found


def test_two_named_leaders_agreeing_that_something_will_be_done_is_an_agreement():
    found = _agreements_of(
        "Two months later, on May 9, Prime Minister Ana Lirov and President Tomas Verde agreed in Lindhaven "
        "that the guards would also leave posts along the border, officials said.",
        "2024-08-01",
    )
    assert ("Agreement that the guards would also leave posts along the border", "2024-05-09") in found
    # a shared view or more talks are no agreement
    assert _agreements_of("On Monday, Ana Lirov and Tomas Verde agreed that the report was wrong.") == []
    assert _agreements_of("On Monday, the ministers agreed that talks would continue.") == []


def test_a_memorandum_signed_in_a_relative_clause_with_its_own_subject():
    found = _agreements_of(
        "The scheme has run since 2019 under a memorandum that the Ministry of Economy signed with four "
        "insurance companies, with the state covering half of the premium."
    )
    assert [n for n, _d in found] == ["Memorandum of understanding"]


def test_a_date_between_the_determiner_and_the_noun_dates_the_statement():
    found = _agreements_of(
        "Peacekeepers, deployed under the November 9, 2020 trilateral statement that ended the war, stayed."
    )
    assert found == [("Trilateral statement of 9 November 2020", "2020-11-09")]


def test_a_statement_by_its_authors_on_a_day():
    found = _agreements_of(
        "Baku freed 32 servicemen in December 2023 under a deal set out in a joint statement by the offices "
        "of the prime minister and the president on December 7, 2023."
    )
    assert ("Joint statement of 7 December 2023", "2023-12-07") in found


def test_undated_signings_of_the_day_with_a_long_noun_phrase():
    found = _agreements_of(
        "In addition, a memorandum of understanding was signed between the export agency and the board.\n\n"
        "Lirova Market signed the share purchase agreement with a Vienna-based private equity firm, the "
        "company said.",
        "2024-05-14",
    )
    assert {d for _n, d in found} == {"2024-05-14"}
    assert len(found) == 2


def test_statutes_arrangements_loan_facilities_and_final_declarations():
    found = dict(
        _agreements_of(
            "The Rome Statute of the International Criminal Court entered into force for Lindora today. "
            "An IMF mission will visit in September under the 36-month Stand-By Arrangement. "
            "The loan, known as an Extended Fund Facility, was approved in December 2022. "
            "The Akkuyu Nuclear Facility will open next year. "
            "The premier refused to sign the final declaration of the summit."
        )
    )
    expected = {"Rome Statute", "Stand-By Arrangement", "Extended Fund Facility", "Final declaration"}
    assert expected <= set(found)
    assert not any("Nuclear" in n for n in found)


def test_a_topic_ends_before_a_date():
    found = _agreements_of(
        "A and B signed a memorandum of understanding on the joint exploration of the Dostluk field on "
        "Jan. 21, 2021, ending a dispute."
    )
    name = "Memorandum of understanding on the joint exploration of the Dostluk field"
    assert (name, "2021-01-21") in found


def test_a_signing_at_a_dated_meeting_where_it_was_adopted_and_a_loan_dated_by_its_approval():
    found = _agreements_of(
        "The idea emerged at the meeting in Prague on October 6, 2022, where the two leaders, together with "
        "two European presidents, adopted a quadrilateral statement. The mission will visit in September "
        "under the 36-month Stand-By Arrangement, which was approved by the IMF Executive Board on "
        "December 12, 2022."
    )
    assert ("Quadrilateral statement of 6 October 2022", "2022-10-06") in found
    assert ("Stand-By Arrangement", "2022-12-12") in found


def test_a_long_agreed_clause_is_named_by_its_first_words_and_plural_protocols_by_their_topic():
    found = _agreements_of(
        "At their meeting in Vienna on July 1, 2022, the envoys agreed to open the land border to "
        "third-country nationals visiting the two countries at the earliest date possible and to start "
        "direct air cargo trade between the two countries in the coming months. An earlier "
        "attempt, the protocols on the establishment of diplomatic relations and the development of "
        "bilateral relations signed in Zurich on Oct. 10, 2009, was never ratified."
    )
    named = [(n, d) for n, d in found if n.startswith("Agreement to open the land border to third-country")]
    assert [d for _n, d in named] == ["2022-07-01"]
    assert len(named[0][0].split()) <= 16  # a clause without an end is cut to its first words
    assert ("Protocols on the establishment of diplomatic relations", "2009-10-10") in found


def test_a_ceasefire_or_brokered_statement_is_an_agreement_but_a_bare_statement_is_not():
    ms = agreements(
        "Under the Moldovan-brokered ceasefire statement that ended the 2019 war, signed on 9 March 2019 by "
        "the leaders of Arland and Borovia, the road stays open. The ministry issued a statement on Monday."
    )
    assert [m.surface for m in ms] == ["Moldovan-brokered ceasefire statement"]
    assert ms[0].date == "2019-03-09" and "Moldova" in ms[0].parties


def test_an_agreement_signed_with_a_partner_is_named_by_the_partner():
    ms = agreements(
        "Under the agreement signed with the Velora Racing Group earlier this year, the race stays. "
        "A contract signed with Brightline Aero last week covers 20 planes. "
        "Kenya signed a deal with Ethiopia on May 3."
    )
    got = {m.name: m for m in ms}
    assert set(got) == {
        "Agreement with the Velora Racing Group",
        "Contract with Brightline Aero",
        "Deal with Ethiopia",
    }
    assert got["Agreement with the Velora Racing Group"].date == "2020"
    assert {"Kenya", "Ethiopia"} <= set(got["Deal with Ethiopia"].parties)


def test_a_joint_statement_issued_after_an_opening_date_and_no_agreement_after_any():
    ms = agreements(
        "The 1994 ceasefire ended the war. On Oct. 1, the presidents of Arland, Borovia and the U.S. – Ana "
        "Lind, Bo Berg and Cy Dunn – issued a joint statement calling for calm. Arland has said any "
        "ceasefire must be tied to a withdrawal."
    )
    got = {(m.name, m.date) for m in ms}
    assert got == {
        ("Ceasefire agreement of 1994", "1994"),
        ("Joint statement of 1 October 2020", "2020-10-01"),
    }
    assert not any(m.surface == "ceasefire" and "tied" in m.sentence.text for m in ms)


def test_a_ceasefire_between_two_sides_dated_by_the_day_the_fighting_ended():
    ms = agreements(
        "Arland launched an offensive on 19 September. The fighting ended the next day with a ceasefire "
        "agreement between Borovia and the Kestel authorities mediated by UN peacekeepers.",
        published="2023-10-04",
    )
    assert [(m.name, m.date) for m in ms] == [("Ceasefire agreement of 20 September 2023", "2023-09-20")]


def test_leaders_agreed_at_a_dated_summit_named_by_the_first_words():
    ms = agreements(
        "At the inaugural summit in Lindora in October 2022, the two leaders agreed to recognise each "
        "other's borders on the basis of the 1991 Kestel Declaration.",
        published="2023-10-04",
    )
    got = {m.name: m.date for m in ms}
    assert got["Agreement to recognise each other's borders"] == "2022-10"


def test_a_head_first_name_listing_its_subjects_and_an_effect_date():
    ms = agreements(
        "Ties are governed by the Treaty on Friendship, Cooperation and Mutual Assistance of August 29, "
        "1997. They recalled the Treaty of Kars, Georgia and Turkey disagreed. The road was reopened under "
        "the Moldovan-brokered trilateral statement that ended the 44-day war between Arland and Borovia in "
        "November 2020.",
        published="2024-05-10",
    )
    got = {m.name: m.date for m in ms}
    assert got["Treaty on Friendship, Cooperation and Mutual Assistance"] == "1997-08-29"
    assert "Treaty of Kars" in got
    assert got["Trilateral statement of November 2020"] == "2020-11"


def test_signings_of_the_day_a_meeting_protocol_and_a_later_quoted_agreement_stay_apart():
    ms = agreements(
        "Under a 25-year power purchase agreement signed in Lindora, the grid will buy all output.\n\n"
        "Following the meeting, the protocol of the 6th meeting of the commission was signed. An agreement "
        "on a 100 million US dollar credit line was signed between Arland Investment Company and Borovia "
        "Bank."
        "\n\nThe minister spoke.\n\nHe added more.\n\n"
        '"Under the agreement signed in Kestel in April last year, gas has been flowing," he said.',
        published="2024-10-08",
    )
    got = {m.name: m.date for m in ms}
    assert got["25-year power purchase agreement"] == "2024-10-08"
    assert got["Protocol of 8 October 2024"] == "2024-10-08"
    assert got["Agreement on a 100 million US dollar credit line"] == "2024-10-08"
    assert got["Agreement signed in Kestel"] == "2023-04"


def test_an_approved_declaration_is_of_the_day_and_the_final_declaration_is_that_one():
    ms = agreements(
        "The leaders have approved the Lindora Declaration at their summit, President Ana Lind said on "
        'Wednesday. "The final declaration has been agreed upon," she said.',
        published="2024-10-23",
    )
    assert {(m.name, m.date) for m in ms} == {("Lindora Declaration", "2024-10-23")}
    assert len(ms) == 2


def test_a_stated_signing_day_beats_the_day_of_the_report_and_the_document_is_the_dated_one():
    ms = agreements(
        "Kestel Yapi has signed a $118 million contract to build a hospital in Lindora, the company said "
        "Wednesday. The contract was signed in the capital on Tuesday by its manager.",
        published="2023-04-12",
    )
    assert {m.date for m in ms} == {"2023-04-11"}
    ms = agreements(
        "Arland and Borovia have signed a protocol expanding the goods covered by the bilateral Preferential "
        "Trade Agreement. The document was signed by the two ministers in Lindora today. The Preferential "
        "Trade Agreement was signed on February 25, 2020.",
        published="2024-03-12",
    )
    got = {m.name: m.date for m in ms}
    assert got["Preferential Trade Agreement"] == "2020-02-25"
    assert [m.date for m in ms if m.surface == "The document was signed"] == ["2024-03-12"]


def test_a_memorandum_keeps_its_kind_and_one_signed_the_same_day_takes_its_date():
    ms = agreements(
        "It implements the quadrilateral memorandum of understanding the four countries signed in Kestel on "
        "April 22. A framework agreement on water management signed on the same day as the Kestel "
        "memorandum provides for irrigation.",
        published="2024-09-12",
    )
    got = {m.name: m.date for m in ms}
    assert got["Memorandum of understanding of 22 April 2024"] == "2024-04-22"
    assert got["Framework agreement on water management"] == "2024-04-22"


def test_coordinated_instruments_an_opening_date_a_pair_with_dots_and_a_planned_signing():
    ms = agreements(
        "In October 2023, less than a month after Arland's September offensive, Lind and Berg signed an "
        "agreement on the delivery of three radars as well as a memorandum of understanding on the future "
        "purchase of air-defense systems.",
        published="2024-06-18",
    )
    got = {m.name: m.date for m in ms}
    assert got["Agreement on the delivery of three radars"] == "2023-10"
    assert got["Memorandum of understanding on the future purchase of air-defense systems"] == "2023-10"
    ms = agreements(
        "It was done under a memorandum of understanding between Kestel and the U.S. on preventing the "
        "trafficking of cultural property, which was signed in January 2021 and allows checks.",
        published="2022-10-13",
    )
    assert [(m.name, m.date) for m in ms] == [
        (
            "Memorandum of understanding between Kestel and the U.S. on preventing the trafficking of "
            "cultural property",
            "2021-01",
        )
    ]
    ms = agreements(
        "Ports shipped more since Russia quit a U.N.-brokered grain export deal last July. Arland, Borovia "
        "and Kestel are due to sign a memorandum of understanding in Lindora on Thursday to clear mines. "
        "Speaking at a joint press statement, the minister praised the deal.",
        published="2024-01-09",
    )
    dates = {m.surface: m.date for m in ms}
    assert dates["memorandum"] == "2024-01-11"
    assert dates["U.N.-brokered grain export deal"] is None
    assert not any("press" in m.surface for m in ms)


def test_plural_documents_signed_in_several_places_are_one_agreement_each():
    ms = agreements(
        "The president said the implementation of the statements adopted in Lindora on January 11, 2021, "
        "and in Kestel on November 26, 2021, is of great importance.",
        published="2022-02-23",
    )
    assert {(m.name, m.date) for m in ms} == {
        ("Statement adopted in Lindora on 11 January 2021", "2021-01-11"),
        ("Statement adopted in Kestel on 26 November 2021", "2021-11-26"),
    }
    # one city, one date: still the city's name for the set
    ms = agreements("The protocols signed in Lindora on October 10, 2009, were never ratified.")
    assert [(m.name, m.date) for m in ms] == [("Lindora protocols", "2009-10-10")]


def test_unsigned_arrangement_between_countries_is_an_agreement():
    ms = agreements(
        "The shortfall will be covered by supplies from Iran under the gas-for-electricity swap arrangement "
        "between the two countries. Deliveries will run through a swap arrangement with Georgia. "
        "Security arrangements with Russia stay, and he has a contract with Spain.",
        published="2024-03-18",
    )
    got = {m.name: m.parties for m in ms}
    assert got == {"Gas-for-electricity swap arrangement": (), "Swap arrangement with Georgia": ("Georgia",)}


def test_customs_union_is_named_by_its_joined_parties_and_is_not_the_deal():
    ms = agreements(
        "The two countries signed a free trade agreement on Dec. 29, 2020. It rolled over the terms under "
        "the Türkiye-EU customs union, in force since 1996. Exporters hope the new deal eases rules. "
        "Ankara wants to modernize the customs union.",
        published="2024-01-15",
    )
    union = [m for m in ms if "customs union" in m.surface]
    assert {m.name for m in union} == {"Customs union between European Union and Turkey"}
    assert {m.date for m in union} == {None} and len(union) == 2
    deal = next(m for m in ms if m.surface == "new deal")
    assert deal.name.startswith("Free trade agreement")


def test_listed_plural_documents_with_repeated_on_and_of_are_one_each():
    ms = agreements(
        "Arland, Borovia and Kestel signed trilateral statements on November 9, 2020, on January 11, 2021 "
        "and on November 26, 2021. The leaders reaffirmed the statements of November 9, 2020 and January "
        "11, 2021.",
        published="2024-05-20",
    )
    assert {m.date for m in ms} == {"2020-11-09", "2021-01-11", "2021-11-26"}
    assert {m.name for m in ms if m.surface == "statements"} == {
        "Trilateral statement of 9 November 2020",
        "Trilateral statement of 11 January 2021",
    }


def test_undated_plural_set_does_not_take_a_later_single_agreement():
    ms = agreements(
        "We believe that the trilateral agreements remain the only basis. Moscow welcomed the agreement "
        "reached by the Arlandian and Borovian commissions on April 19 on four villages.",
        published="2024-05-20",
    )
    single = next(m for m in ms if m.surface.startswith("agreement reached"))
    assert single.surface == "agreement reached by the Arlandian and Borovian commissions on April 19"
    assert single.date == "2024-04-19" and not single.name.startswith("Trilateral")


def test_signing_day_between_memorandum_and_its_topic():
    ms = agreements(
        "Arland and Kestel signed a memorandum of understanding on Nov. 11 on a joint center to monitor "
        "the cease-fire, and parliament approved a motion on Nov. 17.",
        published="2020-12-10",
    )
    assert [(m.name, m.date) for m in ms] == [
        ("Memorandum of understanding on a joint center to monitor the cease-fire", "2020-11-11")
    ]


def test_leaders_listed_with_a_serial_comma():
    ms = agreements(
        "“The side violated the provisions of the trilateral statement of the leaders of Arland, Borovia, "
        "and Kestel of 9 November 2020”, the ministry said.",
        published="2022-03-26",
    )
    assert [(m.name, m.date) for m in ms] == [
        ("Statement of the leaders of Arland, Borovia, and Kestel of 9 November 2020", "2020-11-09")
    ]


def test_agreed_to_by_ministries_or_by_they_after_a_meeting():
    ms = agreements(
        "The Arlandian and Borovian emergencies ministries agreed on Sunday to exchange hydrological data "
        "every six hours, the ministry said. The ministers agreed on Monday to exchange views regularly.",
        published="2024-04-08",
    )
    assert [(m.name, m.date) for m in ms] == [
        ("Agreement to exchange hydrological data every six hours", "2024-04-07")
    ]
    ms = agreements(
        "At their fourth meeting in Lindora on July 1, 2022, they agreed to open the land border to "
        "third-country nationals. They agreed to keep in touch, he said on Monday.",
        published="2024-03-02",
    )
    assert [m.date for m in ms] == ["2022-07-01"]
    assert ms[0].name.startswith("Agreement to open the land border")


def test_consensus_and_free_trade_area_names():
    ms = agreements(
        "That plan, known as the Five-Point Consensus, was agreed in Lindora in April 2021. The Washington "
        "Consensus shaped policy. Firms want a foothold in the Kestel Continental Free Trade Area, and the "
        "agreement helps.",
        published="2024-10-09",
    )
    got = {m.name: m.date for m in ms}
    assert got["Five-Point Consensus"] == "2021-04"
    assert "Washington Consensus" not in got
    assert "Kestel Continental Free Trade Area" in got
    # `the agreement` is no name for a free trade area
    assert next(m for m in ms if m.surface == "agreement").name != "Kestel Continental Free Trade Area"


def test_declaration_signed_by_parties_and_two_indefinite_documents():
    ms = agreements(
        "Talks have dragged on since Chile and Peru signed a nonbinding declaration in 2002.",
        published="2024-10-09",
    )
    assert [(m.name, m.date) for m in ms] == [("Declaration between Chile and Peru of 2002", "2002")]
    ms = agreements(
        "Documents were signed, including a memorandum of understanding between the Ministry of Transport "
        "and Roads of Arland and the Ministry of Transport of Borovia on the development of the North–South "
        "corridor, and an agreement between the governments of the two countries on cooperation in the "
        "field of education.",
        published="2024-08-19",
    )
    assert {m.name for m in ms} == {
        "Memorandum of understanding on the development of the North–South corridor",
        "Agreement on cooperation in the field of education",
    }


def test_described_contract_signed_after_an_apposition():
    ms = agreements(
        "The state contract for its construction, worth more than 800 million rubles, was signed in 2010. "
        "It came after Civic Contract won the elections held in October 2023.",
        published="2024-04-08",
    )
    assert [(m.name, m.date) for m in ms] == [("State contract of 2010", "2010")]


def test_undated_plural_after_a_listed_set_does_not_rename_its_last_member():
    found = _agreements_of(
        "The leaders reaffirmed the statements of March 4, 2021 and June 9, 2022. A spokesman said the "
        "meeting would sum up the first year of implementing the ceasefire agreements.",
        published="2022-11-26",
    )
    assert ("Statement of 9 June 2022", "2022-06-09") in found
    assert not any(n.startswith("Ceasefire") for n, _d in found)


def test_an_earlier_instrument_known_by_the_city_where_it_was_made():
    found = _agreements_of(
        '"Under the agreement signed in Lindos in April last year, gas has been reaching us since January," '
        "the minister said. The other side remains committed to the deal reached in Varosha, he added.",
        published="2024-03-12",
    )
    assert ("Agreement signed in Lindos", "2023-04") in found
    assert ("Deal reached in Varosha", None) in found


def test_memorandum_of_cooperation_is_named_by_its_own_words():
    found = _agreements_of(
        "On Tuesday, the observatory signed a memorandum of cooperation with the Varnia Institute for "
        "Optics. Separately, the Lindora Heritage Society and Kestel State University signed a memorandum "
        "of cooperation on joint research into the history of the valley.",
        published="2024-06-14",
    )
    names = {n for n, _d in found}
    assert "Memorandum of cooperation with the Varnia Institute for Optics" in names
    assert "Memorandum of cooperation on joint research into the history of the valley" in names


def test_agreement_reached_by_named_people_in_a_city_is_its_own_dated_agreement():
    found = _agreements_of(
        "The leaders discussed the draft peace agreement. The mission was sent in October 2022 on the basis "
        "of the agreement reached by Prime Minister Ana Ruiz, President Marc Olier and Council President "
        "Lena Varga in Kestel on October 6, 2022. Under an agreement reached by the two envoys, Karel Brok "
        "and Tomas Vidal, in Lindos on July 1, 2022, the sides pledged to open the border.",
        published="2024-01-16",
    )
    assert ("Agreement reached in Kestel", "2022-10-06") in found
    assert ("Agreement reached in Lindos", "2022-07-01") in found
    assert ("Peace agreement", None) in found


def test_a_protocol_told_again_with_its_city_is_the_one_named_before():
    found = _agreements_of(
        "Lindora and the bloc signed a protocol on market access on Monday. The protocol, signed in Kestel "
        "by chief negotiator Karel Brok and officials of the bloc, sets out tariffs.",
        published="2024-01-17",
    )
    assert len({n for n, _d in found}) == 1


def test_signing_after_an_opening_also_on_weekday_takes_that_day():
    found = _agreements_of(
        "Also on Monday, Lindoran Finance Minister Ana Ruiz and her Varnian counterpart Marc Olier signed an "
        "agreement on a state export credit to finance part of the construction.",
        published="2024-05-29",
    )
    assert found == [("Agreement on a state export credit to finance part of the construction", "2024-05-27")]


def test_a_ceasefire_that_a_statement_is_about_is_not_a_second_agreement():
    found = _agreements_of(
        "On November 9, 2020, the presidents of Lindora, Varnia and Kestel signed a joint statement on a "
        "complete ceasefire starting from November 10.",
        published="2021-11-10",
    )
    assert found == [("Joint statement of 9 November 2020", "2020-11-09")]


def test_a_statement_adopted_by_several_leaders_is_an_agreement_one_of_a_parliament_is_not():
    found = _agreements_of(
        "On January 11, the three leaders met in Kestel and adopted a statement on unblocking economic and "
        "transport links in the region. On Monday the parliament adopted a statement on the situation.",
        published="2021-11-10",
    )
    assert [d for _n, d in found] == ["2021-01-11"]


def test_the_day_a_ceasefire_stopped_the_war_dates_it():
    found = _agreements_of(
        "The sections were handed over in December 2020 in line with the Varnia-brokered ceasefire agreement "
        "that stopped the war in and around Lindora on November 9-10, 2020.",
        published="2021-09-17",
    )
    assert [d for _n, d in found] == ["2020-11-09/2020-11-10"]


def test_plural_convention_name_is_an_agreement():
    found = _agreements_of("This is a gross violation of the 1949 Geneva Conventions, the ombudsman said.")
    assert found == [("Geneva Conventions", "1949")]


def test_a_capitalised_name_that_was_signed_is_an_agreement():
    found = _agreements_of(
        "The Kestel Union was signed in November last year on the sidelines of the previous forum.",
        published="2024-08-30",
    )
    assert found == [("Kestel Union", "2023-11")]


def test_memoranda_listed_in_the_next_sentence_are_one_record_each():
    found = _agreements_of(
        "Chile and Peru signed three memoranda of understanding on Tuesday at the session of their joint "
        "commission. The documents concern cooperation in the construction and maintenance of ports, the "
        "mutual recognition of fishing licences, and cooperation between the customs services at the Tacna "
        "border crossing.",
        published="2023-12-20",
    )
    assert ("Three memoranda of 19 December 2023", "2023-12-19") in found
    assert (
        "Memorandum of understanding on cooperation in the construction and maintenance of ports",
        "2023-12-19",
    ) in found
    assert ("Memorandum of understanding on mutual recognition of fishing licences", "2023-12-19") in found
    assert len(found) == 4


def test_a_list_that_does_not_match_the_count_gives_no_documents():
    found = _agreements_of(
        "Chile and Peru signed three memoranda of understanding on Tuesday. The documents concern ports "
        "and fishing.",
        published="2023-12-20",
    )
    assert [n for n, _d in found] == ["Three memoranda of 19 December 2023"]


def test_uncounted_memoranda_on_listed_topics():
    names_ = {
        n for n, _d in _agreements_of("Ghana and Togo signed memoranda on education, health and tourism.")
    }
    assert {
        "Memorandum of understanding on education",
        "Memorandum of understanding on health",
        "Memorandum of understanding on tourism",
    } <= names_


def test_a_communique_issued_at_a_summit_is_dated_by_the_news_and_named_by_its_noun():
    found = _agreements_of(
        'A communique issued at the close of the Pacific Islands Forum said leaders "agreed that the time '
        'has come". Tonga\'s prime minister said the communique was "a first step".',
        published="2024-10-26",
    )
    assert set(found) == {("Communique of 26 October 2024", "2024-10-26")}


def test_the_statement_of_a_day_acted_upon_is_an_agreement_a_press_statement_is_not():
    found = _agreements_of(
        "The contingent deployed in the valley under the statement of May 10, 2019 is doing its job. "
        "He recalled the statement of May 12, 2019 by the ministry.",
        published="2021-08-26",
    )
    assert found == [("Statement of 10 May 2019", "2019-05-10")]


def test_a_swap_arrangement_in_force_since_a_year_is_an_agreement():
    found = _agreements_of(
        "The sides also discussed the oil-for-grain swap arrangement in force since 2011 and a power line."
    )
    assert found == [("Oil-for-grain swap arrangement", None)]


def test_a_typed_set_of_agreements_signed_or_to_be_signed():
    found = _agreements_of(
        "The ministry and Solaris have signed implementation agreements for three wind projects with a total "
        "capacity of 2 gigawatts. Power purchase agreements for the new plants are expected to be signed "
        "with the state utility by the end of the year. The countries also signed agreements last year.",
        published="2024-06-04",
    )
    assert ("Implementation agreements for three wind projects", "2024-06-04") in found
    assert ("Power purchase agreements for the new plants", None) in found
    assert len(found) == 2


def test_a_deal_reached_by_envoys_on_a_day_keeps_the_article_words():
    art = ingest_bytes(
        b"Headline\n\nUnder a deal reached by the two countries' special envoys on July 1, 2022, direct air "
        b"cargo trade was to be allowed.\n",
        "x.txt",
        {"published": "2024-01-03"},
    )
    ms = extract_article(art, Knowledge()).agreements
    assert [(m.date, m.surface) for m in ms] == [
        ("2022-07-01", "deal reached by the two countries' special envoys on July 1, 2022")
    ]


def test_a_planned_free_trade_agreement_is_its_own_undated_record():
    found = _agreements_of(
        "Talks with Lima on turning the preferential deal into a full free trade agreement would begin "
        "in the spring."
    )
    assert ("Free trade agreement", None) in found


def test_a_ceasefire_mediated_by_peacekeepers_on_a_day():
    found = _agreements_of(
        "The rebels agreed to lay down their arms under a ceasefire mediated by Chilean peacekeepers on "
        "September 20, a day after the offensive began.",
        published="2023-09-28",
    )
    assert [d for _n, d in found] == ["2023-09-20"]


def test_the_fighting_stopped_the_day_after_an_agreement_was_reached():
    found = _agreements_of(
        "The offensive began in the valley on September 19. The fighting stopped the following day after an "
        "agreement on a ceasefire was reached with the mediation of the peacekeepers.",
        published="2023-09-28",
    )
    assert [d for _n, d in found] == ["2023-09-20"]


def test_a_war_of_a_year_that_ended_with_a_ceasefire_dates_it_a_day_does_not():
    found = _agreements_of(
        "Chile regained territory in a six-week war in 2020 that ended with a ceasefire agreement brokered "
        "by Peru."
    )
    assert [d for _n, d in found] == ["2020"]
    found = _agreements_of(
        "Chile regained territory in a war on September 27, 2020 that ended with a ceasefire agreement "
        "brokered by Peru."
    )
    assert [d for _n, d in found] == [None]


def test_an_undated_counted_set_is_the_dated_one_told_later():
    found = _agreements_of(
        "Chile and Peru sign three memoranda in Lima. Chile and Peru signed three memoranda of understanding "
        "on Tuesday at the session.",
        published="2023-12-20",
    )
    assert found == [("Three memoranda of 19 December 2023", "2023-12-19")] * 2
