"""Vocabulary for actor and speaker extraction: everything of `vocab.people`, with the sets below
extended for the actor and quote rules (general knowledge only; nothing about a particular dossier).

`vocab.people` is shared with other stages; the words added here change only how people, organisations
and speakers are found (`extract/actors.py`, `extract/quotes.py`), which read this module instead.
"""

from __future__ import annotations

from build_dossier.vocab import people as _people
from build_dossier.vocab.people import *  # noqa: F403  (the shared sets; some are extended below)


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`."""
    return frozenset(text.split())


RELATION_NOUNS: frozenset[str] = _words("""
    wife husband fiancée fiancee fiancé fiance partner widow widower son daughter mother father brother
    sister stepson stepdaughter stepmother stepfather grandson granddaughter grandmother grandfather
    nephew niece uncle aunt cousin son-in-law daughter-in-law brother-in-law sister-in-law girlfriend
    boyfriend spouse
    """)
"""Family nouns before a name (`his fiancée X Y`, `the victim's mother X Y`): a cue for a person, but no
role."""

ROLE_NOUNS: frozenset[str] = _words("""
    co-chair co-chairman co-chairwoman co-chairperson vice-chair vice-chairman vice-chairwoman
    vice-premier co-president ex-president ex-minister
    champion driver rider racer cyclist skier swimmer runner sprinter jockey pilot defender forward
    pitcher quarterback teammate team-mate runner-up medallist medalist winner titleholder
    singer actor actress artist filmmaker historian scientist surgeon doctor nurse
    teacher student priest photographer designer architect composer
    """)
"""Role nouns (lower case before a name: `world champion X Y`, `Caucus Co-Chair X Y`) added to the titles
of `vocab.people`."""

TITLE_HEADS: frozenset[str] = _people.TITLE_HEADS | ROLE_NOUNS | RELATION_NOUNS
NOT_ROLE_ALONE: frozenset[str] = (
    _people.NOT_ROLE_ALONE
    | RELATION_NOUNS
    | _words("""
    champion winner runner-up titleholder teammate team-mate
    """)
)
"""Cue words that make no role alone; a single capitalised word after them needs more (`Turkish champion
X` is as often a club as a person)."""

AGENCY_NOUNS: frozenset[str] = _words("""
    agency authority organisation organization charity ngo foundation fund institute inspectorate
    directorate service
    """)
"""Lower-case body nouns right before a capitalised name that make it the body's name (`the regional
road management agency X Y`), like the company nouns."""

COMPANY_NOUNS: frozenset[str] = _people.COMPANY_NOUNS | AGENCY_NOUNS

EVENT_NAME_HEADS: frozenset[str] = _words("""
    prix grand-prix marathon rally regatta expo biennale biennial triennale games olympiad open
    masters classic derby
    """)
"""Last words of the names of events (`Grand Prix`, `City Marathon`): never a person's name."""

TIME_POSSESSIVES: frozenset[str] = _words("""
    year's years' season's week's month's weekend's day's today's tomorrow's yesterday's tonight's
    night's morning's evening's afternoon's century's decade's
    """)
"""A time word's possessive before a capitalised name names an event (`this year's X Y`), not a person."""

PLACE_HEADS: frozenset[str] = _people.PLACE_HEADS | _words("""
    circuit racetrack raceway speedway velodrome
    lagoon spa resort beach beaches glacier volcano crater waterfall falls reservoir dam fjord reef
    canyon gorge marsh wetland wetlands estuary archipelago oasis geyser
    """)
"""Place head-words (`City Circuit`) added to those of `vocab.people`."""

CREDIT_LINE: str = r"\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting)\b"
"""The end of a contributor credit after a name on its line (`Agency writer X Y in City contributed to this
report.`): the name is a credit, not an actor."""

TITLE_PREFIXES: frozenset[str] = _words("then ex former")
"""Prefixes joined to a title by a hyphen (`Then-Gov.`, `ex-President`): the whole word is a title."""

BODY_COMPLEMENT_WORDS: frozenset[str] = _words("""
    relations affairs issues questions matters policy policies security defence defense rights development
    cooperation integration education health science sciences culture energy economy budget finance
    finances agriculture ecology environment youth sports sport legislation justice industry labour labor
    trade investment investments transport communications technology technologies resources protection
    planning reforms reform studies research veterans families women children migration diaspora
    tourism infrastructure innovation innovations safety statistics property privatization
    """)
"""Nouns that end a body's complement (`Committee on Foreign Relations`, `Agency for Regional
Development`): never the first word of a person's name after it."""

MINISTRY_ACRONYMS: dict[str, str] = {"MFA": "Foreign Affairs", "MOFA": "Foreign Affairs"}
"""Acronyms of a ministry (`the MFA said`): the ministry's domain."""

BY_PERSON_VERBS: frozenset[str] = _people.BY_PERSON_VERBS | _words("""
    joined accompanied greeted welcomed received interviewed succeeded replaced congratulated escorted
    photographed hugged flanked
    """)
"""Verbs after which `by <First Last>` names a person, added to those of `vocab.people` (`was joined by X
Y`, `accompanied by X Y`)."""
