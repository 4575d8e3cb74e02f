"""Vocabulary for events: triggers, attribution phrases, clause boundaries, skip rules for titles."""

from __future__ import annotations

EVENT_VERBS: frozenset[str] = frozenset(
    {
        "erupted",
        "erupt",
        "broke",
        "began",
        "begin",
        "started",
        "start",
        "launched",
        "launch",
        "ended",
        "end",
        "signed",
        "sign",
        "agreed",
        "reached",
        "met",
        "meet",
        "visited",
        "visit",
        "held",
        "hold",
        "attacked",
        "attack",
        "killed",
        "kill",
        "liberated",
        "liberate",
        "captured",
        "seized",
        "entered",
        "enter",
        "withdrew",
        "withdraw",
        "occupied",
        "occupy",
        "declared",
        "declare",
        "announced",
        "announce",
        "elected",
        "won",
        "win",
        "lost",
        "sworn",
        "opened",
        "open",
        "closed",
        "close",
        "crossed",
        "resumed",
        "continued",
        "escalated",
        "flared",
        "marked",
        "mark",
        "celebrated",
        "hosted",
        "adopted",
        "ratified",
        "concluded",
        "took",
        "became",
        "released",
        "freed",
        "arrested",
        "resigned",
        "appointed",
        "fired",
        "struck",
        "hit",
        "shelled",
        "bombed",
        "invaded",
        "deployed",
        "handed",
        "joined",
        "suspended",
        "called",
        "discussed",
        "welcomed",
        "accused",
        "rejected",
        "expressed",
        "congratulated",
        "received",
        "arrived",
        "left",
        "returned",
        "voted",
        "passed",
        "approved",
        "hailed",
        "imposed",
        "lifted",
        "collapsed",
        "died",
        "ceased",
        "stopped",
        "established",
        "inaugurated",
        "laid",
        "attended",
        "retook",
        "recaptured",
        "sent",
        "delivered",
    }
)
"""Verbs of dated happenings (past and base forms)."""

EVENT_NOUNS: frozenset[str] = frozenset(
    {
        "war",
        "ceasefire",
        "cease-fire",
        "truce",
        "visit",
        "summit",
        "election",
        "elections",
        "vote",
        "referendum",
        "meeting",
        "talks",
        "clashes",
        "attack",
        "attacks",
        "offensive",
        "operation",
        "invasion",
        "agreement",
        "deal",
        "declaration",
        "treaty",
        "ceremony",
        "conference",
        "inauguration",
        "liberation",
        "occupation",
        "withdrawal",
        "earthquake",
        "massacre",
        "protest",
        "protests",
        "signing",
        "anniversary",
        "independence",
        "coup",
        "parade",
        "celebration",
        "celebrations",
    }
)
"""Nouns of dated happenings (`the 1994 ceasefire`, `the Gulf war of 1991`)."""

SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "said",
        "says",
        "say",
        "told",
        "tells",
        "stated",
        "states",
        "added",
        "adds",
        "noted",
        "notes",
        "stressed",
        "stresses",
        "emphasized",
        "emphasised",
        "underlined",
        "reported",
        "reports",
        "announced",
        "tweeted",
        "wrote",
        "claimed",
        "insisted",
        "remarked",
        "explained",
        "confirmed",
        "declared",
        "quoted",
    }
)
"""Attribution verbs: `, the ministry reported` is stripped from titles."""

ATTRIBUTION_PREFIXES: tuple[str, ...] = ("according to", "as reported by", "citing", "quoting")
"""Leading/trailing attribution phrases stripped from titles."""

LEADING_ADVERBIAL: frozenset[str] = frozenset(
    {
        "on",
        "at",
        "in",
        "during",
        "after",
        "following",
        "before",
        "since",
        "by",
        "earlier",
        "later",
        "meanwhile",
        "speaking",
        "welcomed",
        "according",
        "as",
        "when",
        "while",
        "then",
        "also",
        "late",
        "early",
        "last",
        "until",
        "from",
        "amid",
        "despite",
        "under",
        "with",
        "within",
        "over",
    }
)
"""First words of an introductory phrase (`On Nov. 10, ...`, `Speaking at the meeting, ...`)."""

CLAUSE_CUTS: tuple[str, ...] = (
    " which ",
    " who ",
    " whose ",
    " while ",
    " whereas ",
    " although ",
    " though ",
    " because ",
    " as part of ",
    " as a result ",
    " in order to ",
    " so that ",
    " with the ",
    ", with ",
    " saying ",
    " adding ",
    " amid ",
    " despite ",
    " in support of ",
    " in response to ",
    " after ",
    " following ",
    " that ",
    " as well as ",
)
"""Markers after which a title is cut when it is too long (first ones tried first)."""

PARTICIPLE_CUTS: tuple[str, ...] = (
    " signed ",
    " held ",
    " brokered ",
    " made ",
    " taken ",
    " seen ",
    " shared ",
)
"""Reduced relative clauses cut from long titles (`the deal signed by ...`)."""

DATE_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "on",
        "in",
        "since",
        "by",
        "until",
        "till",
        "from",
        "of",
        "during",
        "at",
        "as",
        "early",
        "late",
        "mid",
        "into",
        "for",
    }
)
"""Words before a date surface, removed with it from titles."""

SKIP_LINE_WORDS: frozenset[str] = frozenset(
    {"published", "updated", "update", "posted", "modified", "politics", "news", "world", "date", "source"}
)
"""Words of a timestamp line (not an event)."""

MIN_LOWER_WORDS = 3
"""A sentence needs this many lowercase words beside its date to state a happening (or a past verb)."""

FINITE_AUXILIARIES: frozenset[str] = frozenset(
    {"was", "were", "had", "did", "is", "are", "will", "has", "have"}
)
"""Finite verbs that make a short dated sentence a happening (`It was restored a day later.`), not a
timestamp or menu line."""

MAX_TITLE = 90
"""Titles are cut to about this many characters."""

SUBJECT_STOP_WORDS: frozenset[str] = frozenset({"but", "and", "then", "yet", "or"})
"""Coordinators: a clause starting with one of these borrows the sentence's subject."""

DEADLINE_WORDS: frozenset[str] = frozenset({"by", "until", "before", "no later than"})
"""Before a date: a deadline (kept as an event with the deadline date)."""

QUOTE_TITLE_WORDS = 8
"""Words of a dated quotation shown in the title of its statement event (`X: “...”`)."""

LEAD_PARAGRAPHS = 3
"""A `X has said in a statement` lead without a date is dated by publication only in these first
paragraphs."""

LEAD_SPEECH_VERBS: tuple[str, ...] = ("said", "told", "stated", "announced", "declared", "noted", "warned")
"""Present-perfect attributions of a wire lead (`X has said`)."""

LEAD_STATEMENT_NOUNS: tuple[str, ...] = (
    "statement", "press release", "post", "tweet", "message", "interview", "briefing", "communique",
)  # fmt: skip
"""`said in a statement`, `said in an interview`: a statement whose day the article does not give."""


SAME_DAY_AFTER: tuple[str, ...] = (
    r"soon", r"shortly", r"just", r"only\s+hours", r"just\s+hours", r"hours", r"minutes", r"immediately",
    r"moments",
)  # fmt: skip
"""`X soon after Y on Tuesday`: X happened the same day as Y."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PAST_IRREGULAR: frozenset[str] = _words(
    "met held took became broke began won lost left sent laid struck hit withdrew spent paid gave made "
    "brought fought led stood saw went came ran set put cut shut sold bought built drew flew fled got "
    "grew kept knew rose shook sought spoke swore taught threw tore understood wrote oversaw overtook "
    "undertook retook dealt heard chose froze bore beat bid told said"
)
"""Irregular past-tense verbs (regular ones end in -ed): the verb of a coordinated predicate."""

DOCUMENT_PARTICIPLES: tuple[str, ...] = (
    "signed",
    "adopted",
    "reached",
    "concluded",
    "brokered",
    "agreed",
    "issued",
    "ratified",
    "released",
    "published",
)
"""`the statement signed on DATE`: a reduced relative whose noun and participle are the happening."""

COORD_OBJECT_STARTS: frozenset[str] = _words(
    "the a an its their his her our this that these those to with on in at for by from into up out off "
    "over about against two three four five six seven several many some all new more"
)
"""Words that may follow the verb of a coordinated predicate (`and signed three agreements`): an
adjective participle (`security and related issues`) is followed by a bare noun instead."""

NOT_PAST: frozenset[str] = frozenset({"need", "speed", "breed", "indeed", "proceed", "exceed", "succeed"})
"""Words ending in -ed that are no past tense."""

PARTICIPLES_IRREGULAR: frozenset[str] = _words(
    "met held taken become broken begun won lost left sent laid struck hit withdrawn spent paid given "
    "made brought fought led seen gone come run set put cut shut sold bought built drawn flown fled got "
    "gotten grown kept risen sought spoken sworn thrown torn written overseen undertaken retaken dealt "
    "heard chosen frozen told said"
)
"""Irregular past participles: `X has met Y`, a present-perfect lead happening."""

LEAD_ADVERBS: tuple[str, ...] = ("also", "just", "now", "officially", "today", "formally", "already")
"""Adverbs allowed between `has` and the participle of a lead happening (`has officially opened`);
others (`has long demanded`, `has repeatedly accused`) mark a state, not news of the day."""

LEAD_NOT_NEWS: frozenset[str] = frozenset({
    "remained", "continued", "lived", "served", "worked", "existed", "lasted", "stayed", "used",
    "suffered", "needed", "wanted", "hoped", "tried", "failed", "refused", "insisted", "claimed",
})  # fmt: skip
"""Present-perfect verbs of a state or a habit, not of a happening of the publication day."""

POSSESSED_EVENTS: frozenset[str] = frozenset({
    "election", "elections", "vote", "ballot", "referendum", "run-off", "runoff", "summit", "meeting",
    "talks",
    "attack", "attacks", "strike", "strikes", "earthquake", "quake", "explosion", "blast", "match", "game",
    "final", "race", "visit", "ceremony", "inauguration", "parade", "rally", "protest", "protests", "debate",
    "session", "conference", "forum", "congress", "offensive", "raid", "shooting", "crash", "fire", "flood",
    "floods", "storm", "decision", "verdict", "ruling", "announcement", "speech", "signing", "deal",
    "agreement", "contract", "accord", "declaration", "statement", "ceasefire", "truce",
    "exchange", "release",
})  # fmt: skip
"""`Friday's election`, `next year's summit`: a possessive date names the day of these happenings."""


FOLLOWED_HAPPENINGS: frozenset[str] = frozenset({
    "talks", "meeting", "meetings", "negotiations", "consultations", "summit", "visit", "session",
    "conference", "ceremony", "vote", "election", "referendum", "debate", "hearing", "discussions",
    "phone call", "telephone conversation", "call", "round",
})  # fmt: skip
"""`adopted a statement following trilateral talks in Moscow on Friday`: the talks are a happening of the
same day too (a second event of the sentence)."""
FOLLOWED_SKIP: frozenset[str] = frozenset({
    "hours", "days", "weeks", "months", "years", "decades", "minutes", "rounds", "of", "several", "many",
    "two", "three", "four", "five", "previous", "last", "earlier", "past", "recent", "first",
})  # fmt: skip
"""Words before the noun that make it a stretch of time or an earlier happening (`after months of talks`,
`after the previous round`): no second event."""

LEADING_PREPOSITIONS: frozenset[str] = frozenset({
    "ahead", "before", "after", "during", "at", "in", "on", "for", "since", "until", "following", "by",
    "prior", "amid", "despite", "over", "from", "to", "with",
})  # fmt: skip
"""A title that starts with one of these is an adverbial, not a clause (`Ahead of the summit in X`)."""

STARTING_VERBS: dict[str, str] = {
    "starting": "starts",
    "beginning": "begins",
    "effective": "takes effect",
    "taking effect": "takes effect",
}
"""`a ceasefire starting from November 10`: the word after a noun phrase that a date starts, and the
verb of the title it gives (`Ceasefire starts`)."""
