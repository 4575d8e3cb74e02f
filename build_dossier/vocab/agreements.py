"""Vocabulary for agreements: nouns, kinds of described agreements, brokering and signing patterns."""

from __future__ import annotations

NAMED_HEADS: frozenset[str] = frozenset(
    {
        "declaration",
        "agreement",
        "agreements",
        "treaty",
        "protocol",
        "accord",
        "accords",
        "pact",
        "convention",
        "conventions",
        "charter",
        "memorandum",
        "communique",
        "communiqué",
        "statement",
        "deal",
        "armistice",
        "compact",
        "concordat",
        "agenda",
        "statute",
        "arrangement",
        "consensus",
    }
)
"""Last word of a capitalised agreement name (`Paris Agreement`, `Minsk Protocol`, `Rome Statute`,
`Stand-By Arrangement`)."""

LOAN_HEADS: frozenset[str] = frozenset({"arrangement", "facility"})
"""Heads of a lender's loan programme, dated by its board's approval."""

LOAN_FACILITY_WORDS: frozenset[str] = frozenset({"fund", "credit", "financing", "lending", "liquidity"})
"""A capitalised `Facility` is a loan programme (an agreement with a lender) only after one of these
(`Extended Fund Facility`, `Rapid Credit Facility`), not a plant (`Akkuyu Nuclear Facility`)."""

HEAD_FIRST: frozenset[str] = frozenset(
    {
        "treaty",
        "protocol",
        "declaration",
        "convention",
        "charter",
        "accord",
        "agreement",
        "memorandum",
        "plan",
        "programme",
        "program",
        "roadmap",
        "pact",
        "framework",
    }
)
"""Agreement nouns that may lead the name: `Treaty of Kars`, `Declaration of Lindora`."""

NAMED_AGREED_HEADS: frozenset[str] = frozenset({"consensus"})
"""Heads that name an agreement when the sentence says it was agreed, adopted or reached (`the Five-Point
Consensus was agreed in April 2021`)."""

NAMED_REQUIRES_CONTEXT: frozenset[str] = frozenset({"statement", "deal", "agenda", "compact", "consensus"})
"""Heads that name an agreement only when signed/adopted or qualified (`Joint Statement`)."""

NOUNS: frozenset[str] = frozenset(
    {
        "agreement",
        "deal",
        "ceasefire",
        "cease-fire",
        "truce",
        "declaration",
        "statement",
        "pact",
        "treaty",
        "accord",
        "memorandum",
        "protocol",
        "armistice",
        "communique",
        "communiqué",
        "contract",
        "arrangement",
        "regulation",
        "regulations",
        "roadmap",
        "protocols",
        "customs union",
    }
)
"""Lowercase agreement nouns for described agreements (`Russian-brokered peace deal`)."""

WEAK_NOUNS: frozenset[str] = frozenset({"statement", "declaration"})
"""Nouns that are an agreement only when qualified (joint, trilateral) or signed (`the statement signed`)."""

# kind -> (canonical label, trigger words looked for before the noun or the noun itself)
KINDS: tuple[tuple[str, frozenset[str]], ...] = (
    ("Customs union", frozenset({"customs union"})),
    ("Free trade agreement", frozenset({"free trade", "free-trade", "trade"})),
    ("Humanitarian ceasefire", frozenset({"humanitarian"})),
    ("Trilateral statement", frozenset({"trilateral", "tripartite", "three-way"})),
    ("Quadrilateral statement", frozenset({"quadrilateral", "quadripartite", "four-way", "four-party"})),
    ("Joint statement", frozenset({"joint"})),
    (
        "Final declaration",
        frozenset({"final declaration", "final statement", "final communique", "final communiqué"}),
    ),
    ("Peace treaty", frozenset({"peace treaty"})),
    ("Peace agreement", frozenset({"peace"})),
    ("Ceasefire agreement", frozenset({"ceasefire", "cease-fire", "truce", "armistice"})),
    ("Memorandum of understanding", frozenset({"memorandum"})),
)
"""First matching kind wins. Otherwise `Agreement`."""

FAMILY_MAIN: frozenset[str] = frozenset(
    {"Trilateral statement", "Peace agreement", "Ceasefire agreement", "Agreement", "Joint statement"}
)
"""Kinds that, inside one article, refer to the same main agreement when their dates do not conflict."""

STATEMENT_KINDS: frozenset[str] = frozenset(
    {"Trilateral statement", "Quadrilateral statement", "Joint statement", "Final declaration"}
)
"""Kinds that make a weak noun (`statement`, `declaration`) an agreement by themselves."""

STANDING_KINDS: frozenset[str] = frozenset({"Customs union"})
"""Kinds of a standing arrangement between parties, not a signed document of a day: named by the parties,
never merged with another agreement of the article."""

STANDING_TAILS: tuple[str, ...] = ("free trade area",)
"""Name endings of a standing arrangement named by itself (`African Continental Free Trade Area`)."""

SETTLEMENT_KINDS: frozenset[str] = frozenset(
    {"Peace agreement", "Ceasefire agreement", "Humanitarian ceasefire"}
)
"""Kinds that also make a weak noun an agreement: `the ceasefire statement`, `a peace declaration`."""

KIND_PRIORITY: tuple[str, ...] = (
    "Trilateral statement",
    "Quadrilateral statement",
    "Joint statement",
    "Final declaration",
    "Peace agreement",
    "Ceasefire agreement",
    "Agreement",
)
"""When several kinds describe one agreement, the name uses the most specific (first)."""

BROKER_SUFFIXES: tuple[str, ...] = (
    "-brokered",
    "-mediated",
    "-sponsored",
    "-backed",
    "-led",
    " brokered",
    " mediated",
)
"""`Russian-brokered`, `Russia-mediated`: the first part is the mediator."""

BROKER_PHRASES: tuple[str, ...] = ("brokered by", "mediated by", "with the mediation of", "mediation of")
"""`brokered by Russia`."""

MEDIATION_POSSESSIVE: tuple[str, ...] = ("mediation", "brokering", "auspices")
"""`with Russia's mediation`, `under the auspices of X`."""

SIGNING_VERBS: frozenset[str] = frozenset(
    {
        "signed",
        "sign",
        "signs",
        "signing",
        "inked",
        "adopted",
        "adopts",
        "adopt",
        "concluded",
        "agreed",
        "reached",
        "reach",
        "struck",
        "brokered",
        "ratified",
        "endorsed",
        "approved",
    }
)
"""Verbs that make a weak noun an agreement and date it."""

LATER_STEP_VERBS: frozenset[str] = frozenset({"ratified", "endorsed", "approved"})
"""Signing verbs whose date is a later step (ratification), not the signing: they do not date an agreement
(`parliament on Wednesday ratified the regulation`)."""

PARTY_MARKERS: tuple[str, ...] = ("between", "signed by", "by", "among", "of", "with", "leaders of")
"""Words introducing the parties."""

NOT_AGREEMENT_BEFORE: frozenset[str] = frozenset(
    {"in a", "in its", "in his", "in her", "in their", "in an official", "said in a", "press", "news"}
)
"""Contexts where `statement` means a press release, not an agreement."""

PLURAL_SKIP: frozenset[str] = frozenset(
    {"agreements", "deals", "ceasefires", "cease-fires", "truces", "statements", "memoranda"}
)
"""Plural nouns describe several unnamed agreements: not one agreement."""

COUNT_WORDS: tuple[str, ...] = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several",
    "a number of", "a series of", "a package of", "multiple", "dozens of", "a dozen",
)  # fmt: skip
"""Counts before a plural agreement noun after a signing verb (`signed three agreements`)."""

PLANNED_KINDS: frozenset[str] = frozenset({"Peace treaty", "Peace agreement", "Free trade agreement"})
"""Kinds kept when only planned (`sign a peace treaty`): a specific instrument under negotiation."""

PLANNED_VERBS: tuple[str, ...] = (
    r"sign", r"signing", r"signing\s+of", r"conclude", r"concluding", r"negotiate", r"negotiating",
    r"negotiations\s+on", r"talks\s+on", r"work\s+on", r"draft", r"drafting", r"finalise", r"finalize",
    r"agree\s+on",
    # `turning the preferential deal into a full free trade agreement`
    r"(?:turn|turning|upgrade|upgrading|transform|transforming)\s+(?:[\w\-'’]+\s+){0,4}?(?:into|to)",
)  # fmt: skip
"""Verbs before a planned agreement (`to sign a peace treaty`)."""

MODIFIER_BEFORE: frozenset[str] = frozenset(
    {
        "monitoring", "monitors", "observers", "observer", "violation", "violations", "violators", "line",
        "lines", "regime", "talks", "negotiations", "negotiators", "centre", "center", "commission",
        "mission", "zone", "zones", "terms", "conditions", "proposal", "proposals", "process", "breach",
        "breaches", "implementation", "deadline", "text", "draft",
    }
)  # fmt: skip
"""Words after an agreement noun that make it a modifier of another noun (`ceasefire monitoring
centre`, `ceasefire violations`, `peace talks`): not a mention of an agreement."""

HEAD_FIRST_CONNECTORS: frozenset[str] = frozenset({"of", "on", "the", "a", "an", "and", "for", "in", "to"})
"""Lowercase words allowed between capitalised words of a head-first name (`Agreement on the Principles of a
Peaceful Settlement`); a name never ends on one."""

SIGNED_ONLY_NOUNS: frozenset[str] = frozenset(
    {"contract", "arrangement", "regulation", "regulations", "roadmap"}
)
"""Nouns that are an agreement only when signed, approved or awarded in their sentence (`a contract for 12
drones that X signed`, `the IMF approved a stand-by arrangement`, `ratified the regulation on X`); a bare
`contract`, `security arrangements` or an EU `regulation` is not."""

AWARD_VERBS: tuple[str, ...] = (
    "signed", "signs", "sign", "awarded", "awards", "won", "win", "wins", "inked", "concluded", "secured",
)  # fmt: skip
"""Verbs anywhere in the sentence that make a signed-only noun an agreement."""

TOPIC_NAMED_NOUNS: frozenset[str] = frozenset(
    {
        "contract",
        "memorandum",
        "agreement",
        "treaty",
        "pact",
        "accord",
        "deal",
        "arrangement",
        "regulation",
        "regulations",
        "declaration",
        "roadmap",
        "protocol",
        "protocols",
    }
)
"""Nouns that, after `a/an` with a signing and an `on/for` topic, are named by it
(`Contract for 12 unmanned aerial vehicles`, `Memorandum of understanding on sharing information`)."""

NAME_DROP_ADJECTIVES: frozenset[str] = frozenset(
    {"similar", "new", "separate", "another", "further", "landmark", "historic", "major", "second", "first"}
)
"""Adjectives dropped from the start of a described name (`a similar investment treaty with X`)."""


AGREEING_PARTIES: frozenset[str] = frozenset(
    {
        "sides", "parties", "envoys", "leaders", "ministers", "governments", "countries", "states",
        "delegations", "negotiators", "presidents", "premiers", "neighbours", "neighbors", "both", "nations",
        "representatives", "counterparts", "members", "republics", "ministries", "agencies", "commissions",
        "authorities",
    }
)  # fmt: skip
"""Subjects of `agreed to <do something>` that make it an agreement between parties (`the envoys agreed to
open the border`); a country subject does too (`Armenia agreed to hand over four villages`)."""

NOT_AGREED_ACTS: frozenset[str] = frozenset(
    {
        "meet", "continue", "hold", "discuss", "consider", "keep", "stay", "remain", "talk", "resume", "work",
        "study", "pursue", "maintain", "instruct", "intensify", "step", "explore", "examine", "look",
        "take", "be", "have", "give", "disagree",
    }
)  # fmt: skip
"""Acts after `agreed to` that are not an agreement of their own (`agreed to meet again`, `agreed to
continue talks`)."""


GENERIC_LABELS: dict[str, str] = {
    "agreement": "Agreement",
    "deal": "Agreement",
    "protocol": "Protocol",
    "protocols": "Protocols",
    "treaty": "Treaty",
    "accord": "Accord",
    "pact": "Pact",
    "statement": "Statement",
    "declaration": "Declaration",
    "communique": "Communique",
    "communiqué": "Communiqué",
}
"""The label of a described instrument of no specific kind, by its own noun (`the protocol signed by the two
commissions on April 19` -> `Protocol between A and B of 19 April 2024`)."""


NOT_AGREED_EXCHANGES: frozenset[str] = frozenset({"views", "opinions", "ideas", "thoughts", "greetings"})
"""What is exchanged in `agreed to exchange views` (talk, not an agreement); `agreed to exchange prisoners` or
`hydrological data` is one."""

NOT_AGREED_THINGS: frozenset[str] = frozenset(
    {
        "need", "importance", "necessity", "date", "dates", "venue", "agenda", "next", "format", "timing",
        "time", "place", "procedure", "sidelines", "phone",
    }
)  # fmt: skip
"""Nouns after `agreed on the` that are no agreement of their own (`agreed on the need to`, `agreed on the
date of the next meeting`)."""


GENERIC_NOUNS: frozenset[str] = frozenset({"agreement", "deal", "accord"})
"""Nouns by which an article may refer back to any agreement it just mentioned (`the deal`)."""


ISSUED_NOUNS: frozenset[str] = frozenset({"communique", "communiqué"})
"""Nouns of a document that a meeting issues (`a communique issued at the close of the summit`): issuing is
their adoption, dated like a signing."""

IMPLEMENTED_UNDER: tuple[str, ...] = (
    r"under", r"in\s+line\s+with", r"in\s+accordance\s+with", r"pursuant\s+to", r"in\s+keeping\s+with",
    r"(?:provisions|terms|points?|clauses?|implementation|framework|violation|breach)\s+of",
    r"(?:provided|stipulated|envisaged|foreseen)\s+(?:for\s+)?(?:by|in)", r"based\s+on",
)  # fmt: skip
"""Words before `the statement of <date>` that make it an instrument acted upon (`troops deployed under the
statement of 10 May 2019`), not a press statement."""

LISTED_TOPIC_VERBS: tuple[str, ...] = (
    r"concern", r"cover", r"deal\s+with", r"relate\s+to", r"are\s+on", r"focus\s+on", r"provide\s+for",
    r"envisage", r"aim\s+at", r"address", r"regard", r"include\s+cooperation\s+in",
)  # fmt: skip
"""Verbs of `The documents concern X, Y and Z` right after a signed set: the topics of its documents."""

SET_NOT_TYPE: frozenset[str] = frozenset(
    {
        "the", "a", "an", "these", "those", "their", "its", "his", "her", "our", "several", "new", "other",
        "all", "some", "many", "more", "further", "various", "relevant", "corresponding", "existing",
        "previous", "earlier", "both", "any", "such", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "also", "have", "has", "had", "and", "which", "that", "they", "we", "were", "was",
        "be", "been", "dozens", "number", "series", "package", "bilateral", "separate", "similar",
    }
)  # fmt: skip
"""Words before a plural agreement noun that do not give the set a type of its own (`signed several
agreements`, `signed bilateral agreements`), unlike `implementation agreements`, `power purchase
agreements`."""

LISTED_SINGULAR: dict[str, str] = {
    "memoranda": "Memorandum of understanding",
    "agreements": "Agreement",
    "deals": "Agreement",
}
"""The label of one document of a listed signed set (`signed memoranda on X and Y` -> `Memorandum of
understanding on X`)."""
