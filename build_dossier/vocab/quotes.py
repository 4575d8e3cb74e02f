"""Vocabulary for quotation attribution that only the quote stage uses (general English only).

The shared speech vocabulary (speech verbs, document nouns, quotation marks) stays in
`build_dossier.vocab.speech`; this module adds what the quote stage alone needs. All entries lowercase.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`."""
    return frozenset(text.split())


OBJECT_PERSON_PRONOUNS: frozenset[str] = _words("him her")
"""Object pronouns that refer back to a person (`according to him`, `quoted her as saying`)."""

OBJECT_THING_PRONOUNS: frozenset[str] = _words("them")
"""Object pronouns that refer back to an organisation, a country or a document."""

RELATIVE_PRONOUNS: frozenset[str] = _words("who which")
"""Relative pronouns whose antecedent is the actor named right before the comma (`X, who said`)."""

MORE_GROUP_NOUNS: frozenset[str] = _words("""
    board regulator bank club team federation association institute foundation tribunal parliament
    assembly delegation secretariat watchdog firm ngo league movement network centre center
    commissariat chamber cabinet university operator carrier airline manufacturer producer insurer
    lender group's ministry's municipality mayoralty police utility broadcaster newspaper
    """)
"""More nouns that, after `the`, refer back to an organisation (`the board said`, `the club thanked`)."""

ORG_NAME_HEADS: frozenset[str] = _words("""
    ministry agency council committee commission party union organization organisation bank fund
    institute university association federation foundation corporation company group court tribunal
    office department bureau service authority administration government cabinet parliament assembly
    congress senate army coalition alliance league movement board secretariat mission delegation
    embassy club team chamber network centre center
    """)
"""Head-words of a capitalised organisation name found in the text when no actor matched
(`the National Bank of Lindora said`, `the club` -> `Club Varnia`)."""

MODIFIER_PREPOSITIONS: frozenset[str] = _words("to of in for at from with on")
"""A country or organisation right after one of these inside a subject phrase only modifies its head
(`the European Union Delegation to Türkiye said`): not the speaker."""

SHORT_QUOTE_MIN_WORDS = 2
"""Quotations of two or three words are kept only inside reported speech (`said the plan was "being
studied"`); one-word quotations are always scare quotes."""

SHORT_QUOTE_VERBS: frozenset[str] = _words("""
    thanked thanks thank wished wishes wish accused accuses accusing described describes describing
    called calls calling termed terms terming labelled labeled branded criticised criticized
    condemned denounced praised hailed urged warned claimed claiming said says saying told tells
    added adding noted noting stated stating stressed stressing insisted insisting argued arguing
    declared declaring promised pledged vowed confirmed announced wrote writes tweeted posted
    reported explained replied responded maintained asserted acknowledged admitted recalled
    reiterated expressed dismissed rejected rejecting denied denying charged alleged alleging
    suggested complained complaining demanded demanding pointed according
    """)
"""Verbs of reported speech (and `according` to X) that make a two- or three-word quotation in the same
sentence somebody's words (`the club thanked him for "two great seasons"`)."""

SCARE_QUOTE_BEFORE: str = (
    r"(?:\bso-called|\bwhat\s+(?:\w+\s+){1,4}?(?:called|calls|described\s+as|describes\s+as|termed|dubbed)"
    r"|\bdubbed|\bnicknamed|\bknown\s+as|\bthe\s+term|\bthe\s+word|\bthe\s+phrase)\s*$"
)
"""Text right before a short quotation that makes it a scare quote or a label (`what it called
"security measures"`, `so-called "consulting fees"`)."""

GENERIC_DOCUMENT_NOUNS: frozenset[str] = _words("document text release")
"""Document nouns that refer back to any document an actor issued (`the document says`); other nouns
refer back only to a document of the same kind (`the declaration` to a declaration)."""

SUBJECT_ADVERBS: frozenset[str] = _words("""
    first already never once twice again previously initially recently repeatedly publicly jointly
    """)
"""Adverbs allowed between a subject and its verb (`X first presented`, `X publicly said`); any other
lower-case word ending in `-ly` (longer than five letters) is taken as an adverb too."""

NOT_ADVERBS: frozenset[str] = _words("""
    family assembly supply rally reply anomaly monopoly italy july ally bully belly jelly
    """)
"""Words ending in `-ly` that are not adverbs (`the X family announced` still has `family` as a noun)."""

REPORTING_VERBS: frozenset[str] = _words("reported reports")
"""Verbs of an outlet passing on somebody's words (`…", the agency reported`): after a quotation whose
sentence already names a speaker before it (`X said that "…"`), they name the outlet, not the speaker."""

ROLE_NOUN_ROLES: dict[str, str] = {
    "premier": "prime minister",
    "chief": "minister",
    "pm": "prime minister",
    "fm": "foreign minister",
}
"""Role nouns that refer back to a person with another role wording (`the PM` -> a prime minister, `the FM`
-> a foreign minister)."""

ANY_PERSON_NOUNS: frozenset[str] = _words("diplomat official politician leader lawmaker representative aide")
"""Role nouns any person may be called (`according to the diplomat` after a spokeswoman's words)."""

ROLE_NOUN_PREFIXES: frozenset[str] = _words("deputy vice")
"""Words before a role noun that stay part of the role sought (`the Deputy PM`, `the vice president`)."""

PAST_VERBS: frozenset[str] = _words("""
    met made gave took held went came left sent led won lost began spoke saw put set paid kept brought
    bought chose became found drew ran sought struck threw understood laid flew fled fought felt heard
    meant rose spent stood taught wrote built sold knew grew withdrew undertook oversaw drove swore
    """)
"""Irregular past-tense verbs: after a name they make it a subject like any `-ed` verb (`X met Y and
said …`)."""

FINITE_CLAUSE_WORDS: frozenset[str] = _words("""
    that whether and but who which when while because if although though
    """)
"""Words that open another clause: between `who` and a verb they mean the verb is not the relative
clause's own (`X, who said that Y accused …`)."""

POSSESSIVE_SPEECH_NOUNS: frozenset[str] = _words("""
    call calls demand demands appeal appeals words remarks plea pleas request requests proposal proposals
    warning warnings pledge pledges promise promises vow insistence accusation accusations claim claims
    urging
    """)
"""Speech nouns after a possessive (`the Senate's call on X to "…"`): the quotation is the possessor's."""

ROLE_PHRASES: dict[str, str] = {"head of state": "president", "head of government": "prime minister"}
"""Role phrases that refer back to the holder of a role (`the head of state said` -> the president)."""

GROUP_PERSON_NOUNS: frozenset[str] = _words("""
    officials diplomats sources representatives spokespeople spokesmen officers negotiators
    """)
"""Plural person nouns of a body (`X officials said … one of the officials told`): the body speaks."""

NATIONALITY_DETERMINERS: frozenset[str] = _words("the")
"""Determiners before a capitalised nationality noun that refer back to a person (`the Italian said`)."""

ROLE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "ombudsman": (
        "human rights defender",
        "public defender",
        "commissioner for human rights",
        "human rights commissioner",
        "people's advocate",
        "ombudsperson",
    ),
    "aide": ("adviser", "advisor"),
}
"""Other wordings of a role noun (`the ombudsman said` after `Human Rights Defender X Y`)."""

WORK_NOUNS: frozenset[str] = _words("""
    series book film movie documentary novel report programme program show album song play exhibition
    column podcast
    """)
"""Naming cues that are nouns for a work: a long lower-case quotation after one describes the work
(`called the program "the best way to …"`), a title would be capitalised."""

DESCRIPTION_MIN_WORDS = 6
"""Fewest words of a lower-case quotation after a work noun that make it words about the work."""

NAME_MODIFIERS: frozenset[str] = _words("""
    draft proposed new so-called planned joint final revised updated bilateral trilateral future
    """)
"""Words between an article and a capitalised quotation that make it a name (`the draft "Agreement on
…"`), not speech."""

INDEFINITE_ARTICLES: frozenset[str] = _words("a an another")
"""Words before a role noun that make it an unnamed source (`a senior lawmaker told Reuters`): no
person named before is meant."""

LEGISLATURE_NOUNS: frozenset[str] = _words("parliament legislature")
"""Nouns for a national parliament (`the parliament said`): they refer back to a legislature the text
named by its own name (`the Milli Majlis`, `the Sejm`)."""

LEGISLATURES: frozenset[str] = _words("""
    bundestag knesset duma state-duma verkhovna-rada milli-majlis grand-national-assembly jogorku-kenesh
    oliy-majlis mazhilis sejm storting riksdag folketing althing eduskunta seimas saeima riigikogu
    lok-sabha rajya-sabha senate congress sabor skupština skupstina sobranie cortes bundesrat majlis
    mejlis national-assembly national-council supreme-council house-of-commons house-of-representatives
    """)
"""Names of legislatures (lower case, words joined by `-`): what `the parliament` may refer back to."""

ECHO_MIN_WORDS = 4
"""Distinct words an unattributed quotation needs before it takes the speaker of an attributed quotation
holding all of them (a headline condensing a quotation of the body)."""

EVENT_TITLE_NOUNS: frozenset[str] = _words("""
    conference forum summit congress symposium seminar festival exhibition roundtable round-table
    workshop panel session
    """)
"""Nouns of an event whose title may follow in quotation marks (`the international conference
"Post-war recovery: lessons learned"`): a capitalised quotation without a final mark after one is a title."""
