"""Quote extraction: own fixture articles (tests/fixtures/quotes) and must/must-not on the samples."""

from __future__ import annotations

from pathlib import Path

from build_dossier.curate import Knowledge
from build_dossier.extract.actors import extract_actors
from build_dossier.extract.quotes import extract_quotes
from build_dossier.ingest import ingest_bytes
from build_dossier.models import Article, QuoteMention

ROOT = Path(__file__).resolve().parent.parent
FIX = ROOT / "tests" / "fixtures" / "quotes"


def quotes_of(path: Path) -> tuple[Article, tuple[QuoteMention, ...]]:
    article = ingest_bytes(path.read_bytes(), str(path.relative_to(ROOT)))
    found = extract_quotes(article, extract_actors(article, Knowledge()), ())
    for q in found:
        if "\n" not in article.text[q.start : q.end]:
            assert article.text[q.start : q.end] == q.text
        assert q.sentence.start <= q.start < q.sentence.end or q.sentence.text in q.context
        # four words or more; a shorter quotation only as a partial quote with a named speaker
        assert len(q.text.split()) >= 4 or (len(q.text.split()) >= 2 and q.partial and q.speaker)
    return article, found


def fixture(name: str) -> tuple[QuoteMention, ...]:
    return quotes_of(FIX / name)[1]


def speakers(found: tuple[QuoteMention, ...]) -> list[tuple[str, str | None, bool]]:
    return [(q.text.split()[0], q.speaker, q.partial) for q in found]


def test_said_after_pronoun_and_continued_speech() -> None:
    found = fixture("q01_pronoun_continuation.txt")
    assert speakers(found) == [
        ("We", "Lucía Fernández Ortega", False),  # "…," Fernández said
        ("Nobody", "Lucía Fernández Ortega", False),  # "…," she added
        ("The", "Lucía Fernández Ortega", False),  # a paragraph that is only a quotation
        ("a", "Tomás Herrera Vidal", True),  # criticised the plan as "…"
    ]
    assert found[0].text.endswith("raising taxes")
    assert found[0].speaker_kind == "person"


def test_attribution_before_with_colon_and_documents() -> None:
    found = fixture("q02_before_colon.txt")
    assert [(q.speaker, q.speaker_kind, q.partial) for q in found] == [
        ("Nordic Council", "organization", False),  # The statement said: "…" (issued by the council)
        ("Ingrid Solberg Haugen", "person", False),
    ]


def test_inverted_attribution() -> None:
    found = fixture("q03_inverted.txt")
    assert [q.speaker for q in found] == ["Amina Wekesa Otieno", "Ministry of Internal Affairs (Kenya)"]
    assert "declared Chief Justice" in found[0].context


def test_quotation_over_two_paragraphs() -> None:
    article, found = quotes_of(FIX / "q04_multi_paragraph.txt")
    assert len(found) == 1
    q = found[0]
    assert q.speaker == "Karin Almqvist"
    assert q.text.startswith("Last year was") and q.text.endswith("ready for the recovery")
    assert "idle for months. But we kept" in q.text  # pieces joined by one space
    assert article.text[q.start : q.end].startswith("Last year") and article.text[q.start : q.end].endswith(
        "recovery"
    )


def test_guillemets_framing_the_body_make_no_giant_quote() -> None:
    found = fixture("q05_guillemets_frame.txt")
    assert speakers(found) == [("Our", "Marcos Tavares Lima", False), ("years", "Marcos Tavares Lima", True)]
    assert not any("Brazilian President" in q.text or q.text == "historic" for q in found)


def test_quoted_as_saying_and_according_to() -> None:
    found = fixture("q06_quoted_as_saying.txt")
    assert [q.speaker for q in found] == ["Jakub Wróblewski", "Ministry of Transport (Lithuania)"]


def test_tweets_headings_and_repeated_text() -> None:
    found = fixture("q07_tweets.txt")
    assert len(found) == 1  # the embedded tweet repeats the quote; the quoted heading is no speech
    assert found[0].speaker == "Claire Dubois-Martin"
    assert "pic.twitter" not in found[0].text


def test_partial_and_scare_quotes() -> None:
    found = fixture("q08_partial.txt")
    assert speakers(found) == [
        ("hostile", "Budi Santoso Wirawan", True),  # two words inside reported speech: a partial quote
        ("calm", "Budi Santoso Wirawan", True),
        ("a", "Budi Santoso Wirawan", True),
    ]
    texts = [q.text for q in found]
    assert "unique" not in texts  # a one-word scare quote
    assert "One Sea" not in texts  # a slogan nobody named adopts


def test_slogans_are_partial_quotes_of_the_adopting_actor() -> None:
    found = fixture("q12_slogans.txt")
    by_text = {q.text: q for q in found}
    assert by_text["Clean Water for Every Village"].speaker == "Kenya"
    assert by_text["Clean Water for Every Village"].partial
    assert by_text["one river, many nations"].speaker == "Uganda"
    texts = " | ".join(by_text)
    assert "Long Road" not in texts  # a title, not anybody's words
    assert "Water Is Life" not in texts  # nobody named adopts it


def test_statement_adds_and_it_notes() -> None:
    found = fixture("q09_statement_adds.txt")
    assert [q.speaker for q in found] == ["Haruto Kobayashi"] * 3
    assert [q.partial for q in found] == [False, False, True]


def test_told_and_the_minister() -> None:
    found = fixture("q10_told_minister.txt")
    assert [q.speaker for q in found] == ["Hany Soliman Farouk", "Hany Soliman Farouk", "Osman Idris Bakheit"]


def test_organisations_as_speakers() -> None:
    found = fixture("q11_organisations.txt")
    assert [(q.speaker, q.speaker_kind, q.partial) for q in found] == [
        ("National Democratic Party", "organization", True),
        ("West Africa Election Monitoring Network", "organization", False),
    ]


def test_date_of_the_attribution_sentence() -> None:
    from build_dossier.models import DateMention

    article = ingest_bytes((FIX / "q03_inverted.txt").read_bytes(), "tests/fixtures/quotes/q03_inverted.txt")
    actors = extract_actors(article, Knowledge())
    sent = next(s for s in article.sentences if "declared" in s.text)
    start = sent.start + sent.text.index("declared")
    date = DateMention(value="2022-09-05", surface="declared", start=start, end=start + 8, sentence=sent)
    found = extract_quotes(article, actors, (date,))
    assert found[0].date == "2022-09-05"
    assert found[1].date is None


def test_appositions_relative_clauses_and_role_nouns() -> None:
    found = fixture("q14_appositions.txt")
    assert speakers(found) == [
        ("We", "Marta Lindqvist", False),  # `X's chief executive, NAME, welcomed` … `she told reporters`
        ("Now", "Marta Lindqvist", False),  # split quotation: the attribution in the middle
        ("fully", "Jonas Berglund", True),  # `NAME, an adviser to Minister OTHER, said`: not OTHER
        ("the", "Anders Holm", True),  # `the words of X, who described the port as "…"`
        ("The", "Per Nilsson", False),  # `he`: the main clause's subject, not the relative clause's
        ("fairly", "Per Nilsson", True),  # `According to him`, three words after a reporting cue
        ("Our", "Ola Haugen", False),  # `the Norwegian minister said`: the minister with that country
        ("We", "Karin Dahl", False),  # `the Swedish minister said`
        ("Small", "Marta Lindqvist", False),  # `the local radio quoted her as saying`
    ]
    assert not any("ignoring" in q.text for q in found)  # a short quote of an unnamed group: dropped


def test_organisations_documents_and_short_partial_quotes() -> None:
    found = fixture("q15_org_speakers.txt")
    assert [(q.text.split()[0], q.speaker, q.speaker_kind, q.partial) for q in found] == [
        ("Inflation", "Central Bank of Slovenia", "organization", False),  # the statement the bank issued
        ("Coordinating", "Competition Council", "organization", False),  # `the council said`
        ("stands", "European Union Delegation", "organization", True),  # not `… to Slovenia`
        ("closer", "Danube Declaration", "organization", True),  # `In the declaration, the leaders said`
        ("seven", "Savinja Athletic Club", "organization", True),  # `The club thanked him for "…"`
        ("every", "Savinja Athletic Club", "organization", True),  # single quote marks
        ("the", "Baltic Fishermen's Union", "organization", True),  # not the next sentence's speaker
    ]
    texts = [q.text for q in found]
    assert "procedural errors" not in texts and "consulting fees" not in texts  # `what X called`, so-called


def snippet(body: str) -> tuple[QuoteMention, ...]:
    article = ingest_bytes(("Headline of the story\n\nMarch 3, 2024\n\n" + body + "\n").encode(), "x.txt")
    return extract_quotes(article, extract_actors(article, Knowledge()), ())


def test_short_quotes_need_reported_speech_and_a_speaker() -> None:
    found = snippet(
        'Foreign Minister Lena Varga said the proposal was "being studied." '
        'The plan has five "basic principles" for the talks.'
    )
    assert [(q.text, q.speaker, q.partial) for q in found] == [("being studied.", "Lena Varga", True)]
    assert snippet('Prime Minister Otto Brandt called the deal a "victory" for the country.') == ()


def test_a_quote_ending_a_sentence_is_not_attributed_to_the_next_sentence() -> None:
    found = snippet(
        'Defence Minister Ivo Kral rejected the report, saying troops had shown "restraint at all times." '
        "Opposition leader Mira Hajek later told reporters that she did not believe him."
    )
    assert [(q.speaker, q.partial) for q in found] == [("Ivo Kral", True)]
    found = snippet(
        '"The border will stay open for trade and for families." Interior Minister Ivo Kral said.'
    )
    assert [q.speaker for q in found] == ["Ivo Kral"]  # a short attribution after the period stays


def test_capitalised_names_after_an_article_are_not_quotations() -> None:
    found = snippet(
        'The families returned under the "Great Return to the Southern Valleys" programme, '
        "officials said on Monday."
    )
    assert found == ()


# ---------------------------------------------------------------- samples (must / must not)


def sample(prefix: str) -> tuple[QuoteMention, ...]:
    return quotes_of(next((ROOT / "seeds").glob(prefix + "*.txt")))[1]


def test_sample_000_akar_quotes() -> None:
    found = sample("000_")
    assert len(found) == 3
    assert all(q.speaker == "Hulusi Akar" for q in found)
    assert found[0].text.startswith("Azerbaijan launched a counter-offensive")
    assert found[2].text.startswith("We have never forgotten")  # "he added"


def test_no_quote_from_furniture() -> None:
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        for q in quotes_of(path)[1]:
            assert "[PHOTO/VIDEO]" not in q.text and "READ MORE" not in q.text
            assert q.text != "Armenia should abandon hostility"  # the quoted cross-heading alone


def test_sample_001() -> None:
    found = sample("001_")
    by_text = {q.text.split()[0]: q for q in found}
    assert by_text["Victory"].speaker == "Hulusi Akar" and not by_text["Victory"].partial
    assert by_text["mobilise"].speaker == "Ilham Aliyev" and by_text["mobilise"].partial
    assert by_text["Armenia"].speaker == "Ilham Aliyev"  # continued speech after a partial quote
    assert by_text["Everyone"].speaker == "Hulusi Akar"  # "he said" after "Akar noted"


def test_sample_002_ministry_quote() -> None:
    found = sample("002_")
    assert [(q.speaker, q.speaker_kind) for q in found] == [("Ministry of Defence (Turkey)", "organization")]


def test_sample_003() -> None:
    found = sample("003_")
    first = next(q for q in found if len(q.text.split()) >= 4)
    assert first.text.startswith("Armenia should abandon hostility and look")
    assert first.speaker == "Hulusi Akar"  # "Anadolu Agency quoted ... Hulusi Akar as saying"
    texts = [q.text for q in found]
    assert "hostility" not in texts  # one word: a scare quote
    grudge = [q for q in found if q.text.startswith("grudge and hatred")]  # 3 words after `stressing`
    assert len(grudge) == 1 and grudge[0].partial and grudge[0].speaker == "Hulusi Akar"
    erdogan = [q for q in found if q.text.startswith("I sincerely congratulate")]
    assert erdogan and erdogan[0].speaker == "Recep Tayyip Erdoğan"
    last = [q for q in found if q.text.startswith(("Armenia must choose", "Attempts to directly"))]
    assert [q.speaker for q in last] == ["Ministry of Foreign Affairs (Azerbaijan)"] * 2


def test_sample_004() -> None:
    found = sample("004_")
    long = [q for q in found if len(q.text.split()) >= 4]
    assert [q.speaker for q in long] == ["Ministry of Defence (Turkey)"] * 2
    assert long[1].text.startswith("Our glorious Star and Crescent")  # "it added"
    short = {q.text: q.speaker for q in found if len(q.text.split()) < 4}
    assert short == {"defeat of Armenia": "Ilham Aliyev", "unspeakably painful": "Nikol Pashinyan"}
    assert "victory" not in short  # one-word scare quotes


# ---------------------------------------------------------------- embedded tweets (own fixtures)

TWEETS = ROOT / "tests" / "fixtures" / "tweets"


def test_tweet_lines_before_a_signature_are_a_dated_quotation() -> None:
    _article, found = quotes_of(TWEETS / "t01_flood_minister.txt")
    assert len(found) == 1
    q = found[0]
    assert q.speaker == "Anna Kowalczyk" and q.speaker_kind == "person"
    assert q.date == "2024-04-14"
    assert q.text.startswith("Thank you to every volunteer") and q.text.endswith("We will rebuild together.")
    assert "pic.twitter" not in q.text


def test_tweet_signature_forms_split_tweets_and_repeats() -> None:
    _article, found = quotes_of(TWEETS / "t02_chess_federation.txt")
    by_speaker = {q.speaker: q for q in found}
    assert set(by_speaker) == {"Marek Janssen", "Liis Tamm"}  # all-caps surname tidied
    janssen = by_speaker["Marek Janssen"]
    assert janssen.date == "2023-10-03"  # `3 October 2023` signature
    assert "Congratulations to my successor" in janssen.text
    assert "chess a sport for everyone" in janssen.text  # lines after the signature, up to the link
    # the tweet repeats the quotation of the body: one quotation, dated by the tweet
    tamm = [q for q in found if q.speaker == "Liis Tamm"]
    assert len(tamm) == 1 and tamm[0].date == "2023-10-03"
    assert "t.co" not in tamm[0].text


def test_quoted_by_a_body_demonym_minister_according_to_metonym_and_titles() -> None:
    found = fixture("q13_quoted_by_a_body.txt")
    assert [(q.text.split()[0], q.speaker, q.speaker_kind) for q in found] == [
        ("will", "Rasa Vaitkute", "person"),  # the press office quoted X as saying that "…"
        ("It", "Rasa Vaitkute", "person"),  # the next `she said`: the quoted person, not the ministry
        ("We", "Aino Heikkinen", "person"),  # the Finnish minister said, according to the ministry
        ("the", "Aino Heikkinen", "person"),  # According to Heikkinen, the project is "…"
        ("a", "Belarus", "country"),  # which Minsk denounced as "…"
        ("a", None, None),  # a name no country fits: nobody
        ("Nobody", "Ieva Grinyte", "person"),  # said X, 54, a farmer
    ]
    assert not any("Iron Roads" in q.text for q in found)  # a series title is not a quotation


def test_an_adverb_before_the_verb_is_no_unnamed_group():
    from build_dossier.extract import extract_article
    from build_dossier.ingest import ingest_bytes

    text = (
        "Headline of the story\n\nMayor Ana Novak visited the flooded district on Monday.\n\n"
        'Speaking to residents, she firmly said: "We will rebuild every house here."\n\n'
        'Critics accused the council of "betraying the voters who trusted it."\n'
    )
    quotes = extract_article(ingest_bytes(text.encode(), "x.txt", {"published": "2024-02-14"})).quotes
    speakers = {q.text[:12]: q.speaker for q in quotes}
    assert speakers["We will rebu"] == "Ana Novak"
    assert speakers["betraying th"] is None


def test_short_titles_and_places_are_not_quotes_and_a_later_whether_keeps_the_speaker():
    from build_dossier.extract import extract_article
    from build_dossier.ingest import ingest_bytes

    text = (
        "Headline of the story\n\nAna Novak is the mayor of the town, officials said.\n\n"
        'Mayor Ana Novak said she read "War and Peace." on holiday.\n\n'
        'The coach said the team would play at the "new stadium." next year.\n\n'
        '"Why would we ever leave this place?" Novak asked reporters '
        "who had come to ask whether she would go.\n"
    )
    quotes = extract_article(ingest_bytes(text.encode(), "x.txt", {"published": "2024-02-14"})).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("Why would we ever leave this place?", "Ana Novak")]


def test_outlets_companies_and_coordinated_verbs() -> None:
    found = fixture("q16_outlets_and_companies.txt")
    assert speakers(found) == [
        # `The company … in a written statement sent to <outlet>. It said …`: the company, not the outlet
        ("were", "Kestrel Docks", True),
        ("unlawful", "Kestrel Docks", True),
        ("We", "Kestrel Docks", False),  # `"…," the statement said`
        # `X, for his part, met Y and said … "…", the agency reported`: X, not the agency nor Y
        ("a", "Oskar Lindqvist", True),
        ("real", "Greta Holm", True),  # `X thanked the minister … and said`
        ("far", "Jonas Berg", True),  # `<Party> MP X said`: the person, not the party
        ("within", "Jonas Berg", True),  # `and warned that accidents would continue "…"`
        ("needs", "Pieter Maas", True),  # `The <Organisation> chairman, X, told`
        ("The", "Ingrid Solberg", False),  # `the Deputy PM said` after `Deputy Prime Minister X`
        ("nobody", "Erik Dahl", True),  # `X first described …`
    ]
    assert found[0].speaker_kind == "organization"


def test_a_possessive_before_an_apposition_and_a_verb_in_the_next_sentence() -> None:
    from build_dossier.extract import extract_article

    text = (
        "Headline of the story\n\nMayor Ana Novak opened the new bridge on Monday.\n\n"
        "Novak's deputy, engineer Marko Horvat, told the Citywire portal that the bridge had "
        'been built "ahead of schedule."\n\n'
        "The town council sent its comments to Citywire.net. It said the bridge "
        '"will serve the town for a hundred years."\n'
    )
    quotes = extract_article(ingest_bytes(text.encode(), "x.txt", {"published": "2024-02-14"})).quotes
    got = {q.text[:10]: q.speaker for q in quotes}
    assert got["ahead of s"] == "Marko Horvat"  # not the possessive Novak
    assert got["will serve"] != "Citywire.net"  # `… to X. It said`: X is no subject of `said`


def test_a_verb_inside_a_quotation_does_not_make_its_subject() -> None:
    from build_dossier.extract import extract_article

    text = (
        "Headline of the story\n\nThe Kestrel Docks Company rejected the accusations on Monday.\n\n"
        "It said that the breaches cited by the Harbour Authority "
        '"were corrected long ago" and that the fine would be "plainly unlawful."\n'
    )
    quotes = extract_article(ingest_bytes(text.encode(), "x.txt", {"published": "2024-02-14"})).quotes
    assert [(q.text[:9], q.speaker) for q in quotes] == [
        ("were corr", "Kestrel Docks Company"),
        ("plainly u", "Kestrel Docks Company"),  # not the authority followed by `"were corrected"`
    ]


def test_a_speaker_introduced_by_a_person_apposition() -> None:
    from build_dossier.extract import extract_article

    text = (
        "Headline of the story\n\nThe storm hit the town on Monday.\n\n"
        "Tomas Berg, a resident of the village who came by bus, said the road was shut.\n\n"
        '"We waited all night for the ploughs," he said.\n\n'
        "“My rent has doubled since spring,” said Lusine, a nurse who takes two buses to work.\n"
    )
    quotes = extract_article(ingest_bytes(text.encode(), "x.txt", {"published": "2024-02-14"})).quotes
    got = {q.text[:10]: q.speaker for q in quotes}
    assert got["We waited "] == "Tomas Berg"
    assert got["My rent ha"] == "Lusine"


def test_an_unlisted_body_told_by_its_own_words() -> None:
    from build_dossier.extract import extract_article

    text = (
        "Headline of the story\n\nTalks were held today, the agency reported, citing the press service "
        "of the Deputy Prime Minister of Lindora.\n\n"
        '"The meeting was held in a businesslike atmosphere," the press service said.\n\n'
        "The Varna municipality said in a written statement that fares were still “among the lowest "
        "in the region” after the rise.\n"
    )
    quotes = extract_article(ingest_bytes(text.encode(), "x.txt", {"published": "2024-02-14"})).quotes
    got = {q.text[:10]: q.speaker for q in quotes}
    assert got["The meetin"] == "press service of the Deputy Prime Minister of Lindora"
    assert got["among the "] == "Varna municipality"


def test_asides_offices_generic_role_nouns_and_a_second_quote_of_one_sentence() -> None:
    from build_dossier.extract import extract_article

    text = (
        "Headline of the story\n\n"
        "Lindoran Foreign Ministry spokeswoman Maria Oskarsdottir said on Tuesday the mission erred.\n\n"
        "According to the diplomat, the decision was taken “hastily and without any consultations with "
        "the region.”\n\n"
        "The envoys were received by President of Estonia Tomas Kessler, who, according to his press "
        "service, said Estonia would offer “a neutral and comfortable platform” for the talks.\n\n"
        "Oskarsdottir, commenting on the handover, said Lindora “respects the sovereign decisions of "
        "Estonia” but warned that its course of “drifting towards the West” would have consequences.\n\n"
        "Estonian Prime Minister Anna Rask travelled to Lindora. In a statement, the Estonian prime "
        "minister's office said Rask had a brief conversation with the president.\n\n"
        "“The Prime Minister expressed hope that relations will improve soon,” the statement said.\n"
    )
    quotes = extract_article(ingest_bytes(text.encode(), "x.txt", {"published": "2024-02-14"})).quotes
    got = {q.text[:10]: q.speaker for q in quotes}
    assert got["hastily an"] == "Maria Oskarsdottir"  # `the diplomat`: any person just spoken of
    assert got["a neutral "] == "Tomas Kessler"  # the `according to` aside names no speaker
    assert got["respects t"] == got["drifting t"] == "Maria Oskarsdottir"
    assert got["The Prime "] == "Anna Rask"  # the prime minister's office speaks for her


def test_participles_titles_before_names_and_events_as_speakers() -> None:
    # the subject of `saying`, not its object
    found = snippet(
        "Parliament speaker Petra Novotna won the vote.\n\nCommission President Ursula von der Aue "
        'congratulated Novotna on X, saying she looked forward to "working together for a strong Europe".'
    )
    assert [q.speaker for q in found] == ["Ursula von der Aue"]
    # a title hyphenated (`Co-Chair`), a party-state aside, `wrote on X`, then a continued quotation
    found = snippet(
        'Senate Budget Caucus Co-Chair Mark Delaney (D-NJ) echoed the call. "The country cannot look '
        'away while the talks stall," Delaney wrote on X. "The workers must come home."'
    )
    assert [q.speaker for q in found] == ["Mark Delaney", "Mark Delaney"]
    # an event is no speaker: `he` is the person who told the agency
    found = snippet(
        "Executive Director of the Velox City Circuit Jon Marek told reporters that the organization of "
        "this year's Grand Prix was once again praised.\n\n"
        '"Every year we try to raise the bar for the race," he said.'
    )
    assert [q.speaker for q in found] == ["Jon Marek"]
    # an organisation's name does not run across a comma to take the quotation
    found = snippet(
        "Prime Minister Nils Halvorsen spoke on Monday. Speaking at a meeting with officials of the "
        'Ministry of Justice, Halvorsen said the state "must become more competitive" in a changed world.'
    )
    assert [q.speaker for q in found] == ["Nils Halvorsen"]
    found = snippet(
        "The regional prosecutor's office said in a statement that the defendants had \"caused damage to "
        'the budget and put lives at risk."'
    )
    assert [q.speaker for q in found] == ["regional prosecutor's office"]
    # `the X's top court voted … to '…'`: the court named earlier speaks
    found = snippet(
        "The International Court of Arbitration (ICA) has ordered Lindora to reopen the road.\n\n"
        "In an order read out in Geneva on Wednesday by the court's president, Anna Weber, the UN's top "
        "court voted 13 to 2 to require Lindora to 'take all measures at its disposal to ensure free "
        "movement of persons'."
    )
    assert [q.speaker for q in found] == ["International Court of Arbitration"]


def test_possessive_speech_nouns_documents_and_relative_clauses() -> None:
    found = snippet(
        "Chile's Ministry of Foreign Affairs has issued a statement on the resolution adopted by the "
        "Peruvian Congress on Monday.\n\n"
        "According to the statement, the document, which calls for sanctions against Chile and the "
        '"withdrawal of Chilean troops from the border area", is a provocative step.\n\n'
        "The ministry stressed that the Congress's call on the Peruvian government to \"consider closing "
        'the northern border" is interference in internal affairs.\n\n'
        '"We strongly reject the resolution and all of its conclusions," the MFA said.\n\n'
        "Earlier, the Chilean side criticized remarks by Peruvian President Luis Arce, who in an interview "
        'with a local radio station accused Chile of playing "a very dangerous game".'
    )
    assert [(q.text.split()[0], q.speaker, q.partial) for q in found] == [
        ("withdrawal", "Peruvian Congress", True),  # the document's issuer
        ("consider", "Peruvian Congress", True),  # the possessor of `call`, not the sentence's subject
        ("We", "Ministry of Foreign Affairs (Chile)", False),  # `the MFA`
        ("a", "Luis Arce", True),  # `X, who in an interview … accused`
    ]


def test_a_statement_released_by_an_actor_speaks_for_it() -> None:
    found = snippet(
        "According to a statement released by the Chilean government's press service late on Thursday, "
        "the troops will leave the northern regions. The statement said the Chilean side "
        '"will independently guard the border" from now on.'
    )
    assert [(q.speaker, q.partial) for q in found] == [("Government (Chile)", True)]


def test_role_phrases_nationality_nouns_and_officials_of_a_body() -> None:
    # `the head of state` is the president the text just spoke of (`state` is a noun here, no verb)
    found = snippet(
        "Prime Minister Ivo Kral spoke first. Later, President Marta Lind stressed that the pact was "
        'historic.\n\n"Our two nations are now allies, and this is the result of years of work," the head '
        "of state said."
    )
    assert [(q.speaker, q.partial) for q in found] == [("Marta Lind", False)]
    # a nationality noun: the person of that nationality, else the person the text just spoke of
    found = snippet(
        "Lindora coach Paolo Ferri praised his players after the match.\n\n"
        '"We suffered, but the players never stopped believing," the Italian told reporters.\n\n'
        'Varnia coach Luc Morel said his side had no regrets. "We played with courage against a strong '
        'team," the Frenchman said.'
    )
    assert [q.speaker for q in found] == ["Paolo Ferri", "Luc Morel"]
    # `one of the officials` after `<body> officials said`: the body speaks
    found = snippet(
        "The three countries will sign a memorandum on Thursday, Chilean defence ministry officials said.\n\n"
        '"The memorandum is open to other countries in the region," one of the officials told reporters, '
        "speaking on condition of anonymity."
    )
    assert [(q.speaker, q.speaker_kind) for q in found] == [("Ministry of Defence (Chile)", "organization")]


def test_role_nouns_refer_to_the_titled_person_or_the_office_of_the_role() -> None:
    found = snippet(
        "The court sentenced Pavel Novak to five years in prison. The prosecutor had demanded eight years, "
        'describing the scheme as "a business built on fear."\n\n'
        '"I never took a single coin from anybody," Novak said.\n\n'
        "His lawyer, Tomas Vrba, told reporters that the defence would appeal.\n\n"
        '"The court ignored the expert examination of the prices," the lawyer said.\n\n'
        "The Prosecutor General's Office said the court had also confiscated his flat."
    )
    assert [(q.speaker, q.partial) for q in found] == [
        ("Prosecutor General's Office", True),  # no prosecutor named: the office of the role
        ("Pavel Novak", False),
        ("Tomas Vrba", False),  # `the lawyer`: the person introduced as a lawyer, not the defendant
    ]


def test_a_short_quote_with_its_speaker_right_after_it() -> None:
    found = snippet(
        "Seismologist Ana Ruiz visited the town on Monday.\n\n"
        'The barriers around the town were "holding for now", she said, but lava had reached the road.\n\n'
        'Minister Tomas Vrba called the partnership "strategic and long-term" on Friday.'
    )
    assert [(q.text, q.speaker, q.partial) for q in found] == [
        ("holding for now", "Ana Ruiz", True),
        ("strategic and long-term", "Tomas Vrba", True),
    ]


def test_role_nouns_with_other_wordings_and_of_complements() -> None:
    found = snippet(
        "Chile's Human Rights Defender Rosa Vidal said on Monday that the families had no water.\n\n"
        '"People are being deprived of their livelihood here," the Ombudsman wrote on Facebook.\n\n'
        "President of Chile Marco Silva met Peruvian Foreign Minister Ana Ruiz and US Assistant Secretary "
        "of State for Andean Affairs Tom Hale.\n\n"
        '"Most of the articles of the treaty are agreed," the President of Chile emphasized.\n\n'
        '"We believe a lasting peace is within reach," the assistant secretary of state said.\n\n'
        "Luis Mora, an adviser to the president, visited the site. The presidential aide stressed that the "
        'strike came after a truce, which, he said, the rebels "have violated from the very first hours."'
    )
    assert [(q.text.split()[0], q.speaker) for q in found] == [
        ("People", "Rosa Vidal"),
        ("Most", "Marco Silva"),
        ("We", "Tom Hale"),
        ("have", "Luis Mora"),
    ]


def test_appositions_relative_clauses_and_words_about_a_work() -> None:
    found = snippet(
        "Ana Ruiz, who arrived a day after talks with Peruvian Foreign Minister Tomas Vrba in Lima, "
        'described the meeting as "productive."\n\n'
        '"Had a productive meeting with my counterpart. We discussed the border," she wrote on X.\n\n'
        '"My mother always said that she was a painter first and a teacher second," Marc Olier, the '
        "painter's son and head of the Olier Trust, said at the opening.\n\n"
        "Minister Lena Varga, who signed the decree, called the program \u201cthe best way to keep her "
        "music alive for the young.\u201d\n\n"
        "Karel Brok, a former banker who worked for the Nordic Investment Bank, campaigned on promises to "
        'raise pensions and to dismantle what he called "the corrupt networks of the old regime."'
    )
    assert [(q.text.split()[0], q.speaker) for q in found] == [
        ("Had", "Ana Ruiz"),
        ("My", "Marc Olier"),
        ("the", "Lena Varga"),
        ("the", "Karel Brok"),
    ]


def test_headline_quotes_and_names_in_quotation_marks() -> None:
    article = ingest_bytes(
        (
            "LDN\nNews Agency of Lindora\n\nPolitics   Region   Economy   World\nEN  RU\n\nRegion\n\n"
            'Lena Varga: "Lindora has committed another crime in Ostrava"\n\n17 October 2020 11:42\n\n'
            "Foreign Minister Lena Varga visited Ostrava on Monday.\n\n"
            'The forum, hosted under the theme "Advancing Trade in Times of Change," opened on Friday.\n\n'
            "The ministry said the delegations had discussed the draft \u201cAgreement on the establishment "
            "of peace and good relations,\u201d and the border.\n\n"
            'The International Association "Baltic Sea Transport Route", which unites port companies, met.\n'
        ).encode(),
        "x.txt",
    )
    found = extract_quotes(article, extract_actors(article, Knowledge()), ())
    assert [(q.text, q.speaker) for q in found] == [
        ("Lindora has committed another crime in Ostrava", "Lena Varga")
    ]


def test_the_outlet_a_statement_was_sent_to_is_not_its_speaker() -> None:
    article = ingest_bytes(
        (
            b"Rail operator under fire\n\n12 March 2024\n\n"
            b"The government criticised the Varnia Rail Company (VRC) on Monday.\n\n"
            b"The VRC dismissed the criticism. In a written statement to Lindoranews.am, the company's press "
            b'service insisted that it "has met and continues to meet all of its obligations".\n'
        ),
        "x.txt",
    )
    found = extract_quotes(article, extract_actors(article, Knowledge()), ())
    assert [q.speaker for q in found] == ["Varnia Rail Company"]


def _inline(body: str) -> list[tuple[str, str | None]]:
    article = ingest_bytes(("Headline of a short story\n\n12 March 2024\n\n" + body + "\n").encode(), "x.txt")
    found = extract_quotes(article, extract_actors(article, Knowledge()), ())
    return [(q.text.split()[0], q.speaker) for q in found]


def test_a_name_inside_the_quoted_words_is_no_antecedent_of_he() -> None:
    assert _inline(
        "President Jon Varga said the talks were going well.\n\n"
        '"My dear friend Kasper Holm is determined. The other side also sees there is no alternative," he '
        "added.\n\n"
        "Varga said he had congratulated U.S. President-elect Tom Reedy, who won the Nov. 5 election, in a "
        'phone call. "I believe that with Mr. Reedy we can open a new page," he said.'
    ) == [("My", "Jon Varga"), ("I", "Jon Varga")]


def test_inverted_speech_verb_before_a_long_title_and_the_name() -> None:
    assert _inline(
        "The opposition criticised the plan on Monday.\n\n"
        '"The government is building a gate for a door nobody will open," said Green Union Council of '
        'Lindora member and lawmaker Petra Holmberg. "They have never hidden their conditions."'
    ) == [("The", "Petra Holmberg"), ("They", "Petra Holmberg")]


def test_subjects_after_an_age_an_apposition_and_an_irregular_past_verb() -> None:
    assert _inline(
        'Outgoing president Oskar Lindqvist, 75, wished his successor well and urged him to "protect the '
        'fragile calm" of recent years.\n\n'
        'Defence lawyer Ivo Marekov told reporters: "My client regrets everything that happened."\n\n'
        "The father of one of the victims, Tomas Berger, left the courtroom in tears. \u201cNothing will "
        "bring my son back,\u201d he said.\n\n"
        "Prime Minister Karel Holubek laid a wreath at the memorial. Speaking to journalists, he said the "
        "state had \u201cdone everything it could\u201d for the families."
    ) == [
        ("protect", "Oskar Lindqvist"),
        ("My", "Ivo Marekov"),
        ("Nothing", "Tomas Berger"),
        ("done", "Karel Holubek"),
    ]


def test_a_joint_press_release_of_named_bodies_speaks() -> None:
    found = _inline(
        "A farmer was injured by a mine, the agency reported citing a joint press release of the National "
        "Mine Action Agency and the Interior Ministry of Varnia.\n\n"
        '"Citizens must not enter the area without permission and must follow the safety rules," the press '
        "release reads."
    )
    assert found == [("Citizens", "National Mine Action Agency")]


def test_the_credited_outlet_is_not_the_body_a_group_noun_refers_to() -> None:
    article = ingest_bytes(
        b"Regulator tightens checks\n\nBy Interfax\n\n"
        b"KESTEL, July 10 (Interfax) - Varnia's food safety watchdog said on Wednesday it would "
        b"tighten controls on imports.\n\n"
        b'"The other side has not taken sufficient measures despite our warnings," the watchdog said.\n',
        "x.txt",
    )
    found = extract_quotes(article, extract_actors(article, Knowledge()), ())
    assert [q.speaker for q in found] != ["Interfax"]
    assert len(found) == 1


def test_a_clause_after_the_quote_with_its_own_subject_is_no_attribution() -> None:
    found = _inline(
        "Critics in Kestel have repeatedly criticised the mission. Presidential aide Darin Vokolov last year "
        'accused the mission of turning into a "tool of pressure against Kestel", while Moscow has called it '
        "an attempt to squeeze it out of the region."
    )
    assert found == [("tool", "Darin Vokolov")]


def test_a_body_reporting_its_members_partial_words_is_not_the_speaker() -> None:
    found = _inline(
        "Foreign Minister Tavo Remmelgas received the head of the observer mission on Tuesday.\n\n"
        'Remmelgas praised the role of the observers in "strengthening stability and predictability" '
        "in the border regions, the ministry said."
    )
    assert found == [("strengthening", "Tavo Remmelgas")]


def test_a_one_word_body_speaking_in_a_statement_is_an_organisation() -> None:
    article = ingest_bytes(
        b"Checks tightened\n\nKESTEL, July 10 (Reuters) - Varnia's plant watchdog said on Wednesday it "
        b"would tighten controls on imports.\n\n"
        b"Fitonadzor said in a statement it had detected pests in 64 consignments since January.\n\n"
        b'"The other side has not taken sufficient measures despite our warnings," the watchdog said.\n\n'
        b"Foreign Minister Jan Halvorsen said on Jan 30 that talks would continue. Halvorsen said in a "
        b"statement that the dispute was technical.\n",
        "x.txt",
    )
    actors = extract_actors(article, Knowledge())
    kinds = {(a.surface, a.kind, a.name) for a in actors}
    assert ("Fitonadzor", "organization", "Fitonadzor") in kinds
    assert ("Jan Halvorsen", "person", "Jan Halvorsen") in kinds
    assert ("Halvorsen", "person", "Jan Halvorsen") in kinds  # a person's surname is never a body
    assert not any(a.surface == "Jan" for a in actors)  # `Jan 30` is the month
    found = extract_quotes(article, actors, ())
    assert [q.speaker for q in found] == ["Fitonadzor"]


# ---------------------------------------------------------------- session 10 constructions


def test_an_unnamed_source_is_nobody_not_the_last_lawmaker() -> None:
    found = snippet(
        "Lawmaker Petra Kolar voted against the bill on Tuesday.\n\n"
        '"Nothing will change for the pensions of ordinary people," a senior ruling party lawmaker told '
        "reporters, asking not to be named."
    )
    assert [(q.text.split()[0], q.speaker) for q in found] == [("Nothing", None)]


def test_this_was_stated_by_after_a_quote_standing_alone() -> None:
    found = snippet(
        '"The supply of these weapons does not serve stability in the region."\n\n'
        "The agency informs that this was stated by the spokeswoman for the Foreign Ministry, Ana Lukic, "
        "commenting on the contracts signed on Monday."
    )
    assert [(q.text.split()[0], q.speaker) for q in found] == [("The", "Ana Lukic")]


def test_coordinated_verb_after_in_a_statement_keeps_the_subject() -> None:
    found = snippet(
        "The Supreme Court ruled in April on the case.\n\n"
        "In a statement, President Ivo Maran congratulated the winners and said he expected spending "
        '"no lower than 2% of output".'
    )
    assert [(q.text, q.speaker) for q in found] == [("no lower than 2% of output", "Ivo Maran")]


def test_coordinated_verb_after_a_long_relative_clause() -> None:
    found = snippet(
        "The summit opened on Friday. Queen Margit, who became head of the union after the death of her "
        "father King Olaf in 2019, did "
        'not mention the dispute in her address but acknowledged the "most difficult chapters" of the past.'
    )
    assert [(q.text, q.speaker) for q in found] == [("most difficult chapters", "Margit")]


def test_a_period_of_an_abbreviation_does_not_end_the_attribution() -> None:
    found = snippet(
        "He also noted that the new duties on steel made in Asia, which took effect on Oct. 30, could create "
        '"fresh openings" for mills in the region.\n\nSteel director Oskar Lind spoke first. He noted '
        'prices were "very high now", he said.'
    )
    assert ("fresh openings", None) not in [(q.text, q.speaker) for q in found]


def test_a_person_introduced_by_among_is_the_antecedent_of_she() -> None:
    found = snippet(
        "Regional governor Pavel Dusek handed over the keys.\n\n"
        "Among the new residents is 68-year-old Irena Bartos, who left the town in 1994.\n\n"
        '"I waited thirty years for this day and now I am home again," she told the agency.'
    )
    assert [(q.text.split()[0], q.speaker) for q in found] == [("I", "Irena Bartos")]


def test_the_parliament_refers_to_the_legislature_named_before() -> None:
    found = snippet(
        "Speaker Jana Kral opened a plenary session of the Sejm on Thursday.\n\n"
        "In a statement adopted at the session, the parliament said that relations would be "
        '"reviewed in all their aspects."'
    )
    assert [(q.text, q.speaker) for q in found] == [("reviewed in all their aspects.", "Sejm")]


def test_a_headline_quote_takes_the_speaker_of_the_body_quote_it_condenses() -> None:
    article = ingest_bytes(
        (
            b"Council debates youth unemployment\n\nMarch 3, 2024\n\n"
            b'"They want jobs, not speeches": city council holds hearings on unemployment among young people '
            b"since the crisis of 2020\n\n"
            b"Council chairman Marek Holub opened the debate.\n\n"
            b'"These young people do not want speeches, they want jobs and a future here," Holub said.\n'
        ),
        "x.txt",
    )
    found = extract_quotes(article, extract_actors(article, Knowledge()), ())
    assert {q.text.split()[0]: q.speaker for q in found} == {"They": "Marek Holub", "These": "Marek Holub"}


def test_a_communique_issued_at_the_close_of_a_meeting_speaks_for_the_meeting() -> None:
    found = snippet(
        "A communique issued at the close of the Nordic Council Summit (NCS) in the Finnish capital said "
        'leaders "agreed that the time has come for a common energy market".'
    )
    assert [q.speaker for q in found] == ["Nordic Council"]  # the organisation named in the meeting's name


def test_an_event_title_in_quotation_marks_is_no_quote() -> None:
    found = snippet(
        "Deputy Minister Ruta Vaitkus spoke at the international conference "
        "«Post-war recovery: cities and accountability» held in the capital today."
    )
    assert found == ()
