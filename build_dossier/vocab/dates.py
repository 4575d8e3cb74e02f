"""Vocabulary for date recognition: month and weekday names, relative words, future markers, units.

General language data only (English first; other languages' month and weekday names are used to
recognise page-header date lines, not to resolve dates in the body).
"""

from __future__ import annotations

# Month name (lowercase, without a trailing dot) -> month number.
MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

# Month names that are also common words: accepted alone only when capitalised and in a date context.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march", "mar", "jan", "dec", "aug", "sep"})

# Weekday name (lowercase) -> Python weekday number (Monday = 0).
WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

# Full weekday names only: abbreviations ("Sun", "Wed") are too ambiguous alone in running text.
WEEKDAYS_FULL: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)

# Parts of the day that may follow a weekday ("Thursday evening").
DAY_PARTS: tuple[str, ...] = ("morning", "afternoon", "evening", "night", "midday", "noon")

# Words that may precede a weekday or month ("early Wednesday", "late November").
DAY_MODIFIERS: tuple[str, ...] = ("early", "late", "mid", "earlier", "later", "last", "this", "next")

# Relative day words -> offset in days from the anchor.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "the day before yesterday": -2,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}

# Relative year / month phrases -> offset from the anchor's year / month.
RELATIVE_YEARS: dict[str, int] = {"last year": -1, "this year": 0, "next year": 1, "previous year": -1}
RELATIVE_MONTHS: dict[str, int] = {"last month": -1, "this month": 0, "next month": 1, "previous month": -1}
RELATIVE_WEEKS: dict[str, int] = {"last week": -1, "this week": 0, "next week": 1, "previous week": -1}
"""`last week`: the Monday-to-Sunday interval of the week before the publication day."""

# Number words for "two months later", "three days ago".
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3,
}  # fmt: skip

# Duration units: a number followed by one of these is a duration or age, not a date.
DURATION_UNITS: frozenset[str] = frozenset(
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
        "month", "months", "year", "years", "decade", "decades", "century", "centuries", "yr", "yrs",
    }
)  # fmt: skip

# Words after a number that make it a count, amount or measure rather than a year used as a modifier.
COUNT_NOUNS: frozenset[str] = frozenset(
    {
        "people", "persons", "men", "women", "children", "troops", "soldiers", "civilians", "police",
        "personnel", "staff", "km", "kilometres", "kilometers", "miles", "metres", "meters", "feet",
        "tons", "tonnes", "kg", "dollars", "euros", "pounds", "manats", "liras", "lira", "rubles",
        "roubles", "million", "billion", "thousand", "hundred", "percent", "per", "units", "pieces",
        "houses", "homes", "villages", "settlements", "vehicles", "tanks", "votes", "seats", "times",
        "deaths", "dead", "victims", "refugees", "prisoners", "hectares", "acres", "mw", "gw", "barrels",
        "cubic", "square", "sq", "points", "calories", "words", "pages", "copies", "residents", "families",
    }
)  # fmt: skip

# Words that introduce a year ("in 1991", "since 1991", "the year 2020", "the end of 2020").
YEAR_NAMED_HEADS: tuple[str, ...] = (
    "Declaration", "Agreements?", "Accords?", "Treaty", "Protocols?", "Charter", "Conventions?",
    "Constitution", "Statement", "Memorandum", "Pact", "Ceasefire", "Armistice", "War", "Revolution",
    "Summit", "Elections?", "Referendum", "Games", "Olympics", "Cup", "Uprising", "Coup",
)  # fmt: skip
"""`the 1991 <Capitalised words> Declaration`: the year before a name with one of these heads dates it."""

YEAR_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "in", "since", "of", "from", "until", "till", "til", "by", "year", "before", "after", "during",
        "through", "throughout", "between", "and", "to", "around", "circa", "early", "late", "mid",
        "spring", "summer", "autumn", "fall", "winter", "end", "beginning", "start", "middle", "as",
        "for", "on", "at", "fiscal",
    }
)  # fmt: skip

# Future markers: a sentence with one of these speaks of the future ("will", "plans", "scheduled").
FUTURE_MARKERS: tuple[str, ...] = (
    r"will", r"shall", r"won't", r"\w+'ll", r"plans?", r"planning", r"scheduled", r"upcoming",
    r"next", r"is\s+to", r"are\s+to", r"(?:is|are|was|were)\s+(?:set|due|expected|going)\s+to",
    r"intends?\s+to", r"aims?\s+to", r"deadline", r"would", r"could", r"as\s+early\s+as",
    r"expect(?:s|ed)?\s+(?:[\w'’]+\s+){0,3}?to", r"hopes?\s+to", r"likely\s+to",
    r"(?:is|are)\s+(?:planned|slated|due|scheduled)\s+(?:for|to)",
    # `are both due in Turkey on Friday`, `the peak is expected between April 10 and 15`
    r"(?:is|are)\s+(?:both\s+|also\s+|now\s+)?(?:due|expected)\s+(?:in|at|on|between|from|around)\b",
    r"(?:invited|invites|asked|urged|agreed|decided|promised|pledged|vowed)\s+"
    r"(?:(?!(?:on|in|at|by|during|last|this|next)\b)[A-Za-z'’]+\s+){0,3}?to\s+(?!be\b)[a-z]+",
)  # fmt: skip

REPORTING_PAST: frozenset[str] = frozenset(
    {"said", "told", "added", "noted", "stated", "announced", "reported", "wrote", "explained", "stressed"}
)
"""Past reporting verbs: their tense does not govern the reported clause (`X is expected to move in
May, said Y`)."""

# Deadline / interval prepositions directly before a date: they point to the future unless the
# sentence is in the past tense.
DEADLINE_WORDS: tuple[str, ...] = ("by", "until", "till", "before", "no later than", "not later than")

# Words of a warning or forecast: a stretch `through Sunday` in their clause is still to come
# (`posted storm warnings from Saturday through Sunday`, `heavy snowfall expected through Monday`).
FORECAST_WORDS: tuple[str, ...] = (
    r"warn(?:s|ed|ing|ings)?", r"forecasts?", r"forecasters?", r"advisory", r"advisories", r"alerts?",
    r"expected", r"predicted", r"watch(?:es)?",
)  # fmt: skip

# Clause cues of an obligation or deadline before a date (`was supposed to leave on Nov. 15`).
DEADLINE_CUES: tuple[str, ...] = (
    r"supposed\s+to", r"(?:was|were)\s+to", r"(?:was|were|is|are)\s+due", r"deadline", r"expires?",
    r"ultimatum", r"obliged\s+to", r"required\s+to",
)  # fmt: skip

# A deadline day-month (no year) within this many days after publication keeps the publication year.
DEADLINE_AHEAD_DAYS = 60

# Words saying an article looks back one year (an anniversary piece): see `find_dates(anniversary=)`.
ANNIVERSARY_CUES: tuple[str, ...] = (
    r"anniversary", r"last\s+year", r"a\s+year\s+ago", r"one\s+year\s+ago", r"a\s+year\s+later",
    r"one\s+year\s+(?:on|later|after)", r"previous\s+year",
)  # fmt: skip

# Past-tense auxiliaries: with these, "by November 8" is a past deadline.
PAST_MARKERS: tuple[str, ...] = (r"was", r"were", r"had", r"did", r"ago", r"already")

# Interval connectors between two dates ("from A until B", "between A and B", "A-B").
INTERVAL_OPENERS: tuple[str, ...] = ("from", "between")
INTERVAL_CONNECTORS: tuple[str, ...] = ("until", "till", "to", "through", "and", "-", "–", "—")

# Month names in other languages (lowercase) -> month number: used to recognise page-header and
# widget date lines (e.g. a French "mardi, décembre 5, 2023"), never to date body events.
FOREIGN_MONTHS: dict[str, int] = {
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
    "decembre": 12,
    # Spanish / Portuguese / Italian
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9,
    "outubro": 10, "novembro": 11, "dezembro": 12, "gennaio": 1, "febbraio": 2, "aprile": 4,
    "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12,
    # German / Dutch
    "januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    # Turkish / Azerbaijani
    "ocak": 1, "şubat": 2, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
    "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12, "yanvar": 1, "fevral": 2, "mart": 3,
    "aprel": 4, "iyun": 6, "iyul": 7, "avqust": 8, "sentyabr": 9, "oktyabr": 10, "noyabr": 11,
    "dekabr": 12,
    # Russian (genitive, as in dates)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip

FOREIGN_WEEKDAYS: frozenset[str] = frozenset(
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
        "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
    }
)  # fmt: skip

# Link phrases opening a sentence without a date, which place it at the time of an event named in a
# previous dated sentence (`Before the press conference, ...` after `... a press conference on Monday`).
LINK_SAME_TIME: tuple[str, ...] = (
    r"(?:speaking|addressing\s+\w+|talking\s+to\s+\w+)\s+(?:at|during|on\s+the\s+sidelines\s+of)",
    r"at", r"during", r"on\s+the\s+sidelines\s+of", r"on\s+the\s+margins\s+of", r"in\s+the\s+course\s+of",
)  # fmt: skip
LINK_ADJACENT: tuple[str, ...] = (r"before", r"after", r"ahead\s+of", r"following", r"prior\s+to")
"""Before/after links: same day only for a short event noun (`SHORT_EVENT_NOUNS`)."""
_SHORT_EVENTS = """conference briefing ceremony meeting meetings talks session speech call address summit
    signing reception dinner lunch breakfast match game race vote ballot debate rally parade
    interview event forum congress speeches addresses presentation presentations workshop"""
SHORT_EVENT_NOUNS: frozenset[str] = frozenset(_SHORT_EVENTS.split())
LINK_NOUN_VERBS: dict[str, tuple[str, ...]] = {
    "talks": ("met", "meet", "negotiat", "held talks"),
    "meeting": ("met", "meet"),
    "vote": ("voted", "ratif", "adopted", "approved", "passed", "elected"),
    "session": ("sitting", "plenary", "met", "ratif", "voted", "adopted"),
    "meetings": ("met", "meet"),
    "negotiations": ("met", "talks", "negotiat"),
    "visit": ("arriv", "visit"),
    "trip": ("arriv", "visit", "travel"),
    "call": ("phone", "spoke", "talked"),
    "conversation": ("phone", "spoke", "talked"),
    "match": ("beat", "drew", "lost", "won", "play"),
    "game": ("beat", "drew", "lost", "won", "play"),
}
"""A link noun is also found by these word prefixes in the earlier sentence (`Following the talks,`
after `X met Y on Monday`)."""
LINK_SAME_DAY: tuple[str, ...] = (
    r"later\s+(?:that|the\s+same|in\s+the)\s+day", r"earlier\s+(?:that|the\s+same|in\s+the)\s+day",
    r"on\s+the\s+same\s+day", r"the\s+same\s+day", r"that\s+(?:same\s+)?(?:day|evening|morning|afternoon)",
    r"later\s+that\s+(?:evening|morning|afternoon|night)",
)  # fmt: skip
CLOCK_TIMES: tuple[str, ...] = (
    r"(?:at|by|around|about|before|after|until|till|from|shortly\s+(?:before|after))\s+"
    r"(?:\d{1,2}:\d{2}(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hours\b|hrs\b))?"
    r"|\d{1,2}\.\d{2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b|hours\b|hrs\b)"
    r"|\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|noon|midday|midnight|\d{4}\s*(?:GMT|UTC)\b)"
    r"(?:\s+(?:local|Moscow|Baku|Yerevan|Ankara|Istanbul)\s+time)?(?:\s*\(\d{3,4}\s*(?:GMT|UTC)\))?",
    r"\b\d{1,2}[.:]\d{2}\s*(?:a\.m\.|p\.m\.)(?:\s+local\s+time)?",
    r"(?:in|during)\s+the\s+(?:early\s+|late\s+)?(?:morning|afternoon|evening)\b",
    r"later\s+in\s+the\s+(?:day|morning|afternoon|evening)\b",
)  # fmt: skip
"""A time of day in a sentence without a date (`AFAD recorded 46 aftershocks by noon`, `shares rose by 0630
GMT`, `who visited the village in the afternoon`): the happening is of the article's news day."""
LEAD_MIN_WORDS = 6
"""A sentence of fewer words (a headline fragment, a dateline) does not start a lead paragraph."""
LINK_LOOKBACK_SENTENCES = 4
"""How many dated sentences back (within three times as many sentences) a link phrase may find its event."""

# Dates relative to another happening of the article (`on the first day of the attacks`).
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8,
    "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
}  # fmt: skip
ANCHOR_DURING: tuple[str, ...] = (
    r"during", r"in\s+the\s+course\s+of", r"on\s+the\s+(?:sidelines|margins)\s+of",
    r"over\s+the\s+course\s+of",
)  # fmt: skip
"""`A retook B during the war`: the happening lies inside the named happening's date."""
ANCHOR_END_VERBS = r"ended|concluded|closed|wrapped\s+up|finished|came\s+to\s+an\s+end"
ANCHOR_START_VERBS = r"began|opened|started|kicked\s+off|got\s+under\s+way|launched"
ANCHOR_HEAD_SKIP: frozenset[str] = frozenset(
    {"year", "month", "week", "day", "time", "period", "years", "months", "weeks", "days", "way", "process"}
)
"""Anchor nouns that name a stretch of time, not a happening (`during the period`)."""
DOCUMENT_WORDS: tuple[str, ...] = (
    r"agreements?", r"declarations?", r"statements?", r"deals?", r"accords?", r"treaty", r"treaties",
    r"cease-?fires?", r"truce", r"pacts?", r"protocols?", r"memorandum", r"armistice",
)  # fmt: skip
"""A day-month without a year next to one of these takes the year of a document dated within a day
elsewhere in the article with its year (`the declaration signed on Nov. 9` ...
`agreement on Nov. 10, 2020`)."""

# Common irregular past-tense verbs: a clause with one of these is not a present-tense schedule.
IRREGULAR_PAST: tuple[str, ...] = (
    "beat", "won", "lost", "drew", "fought", "struck", "left", "came", "went", "saw", "gave", "fell",
    "fled", "led", "sent", "spent", "stood", "told", "wrote", "spoke", "broke", "chose", "flew", "ran",
    "rose", "shot", "sold", "bought", "brought", "thought", "caught", "taught", "became", "paid", "kept",
    "found", "held", "met", "began", "took", "made", "froze", "hit", "set", "put", "cut", "dealt", "meant",
    "sought", "swore", "withdrew", "forbade", "overtook", "undertook", "upheld", "heard", "felt", "grew",
)  # fmt: skip

# Lowercase words ending in -s that are not present-tense verbs (`its`, `this`, `news`).
_NOT_PRESENT_S = """its this his hers ours yours theirs was has is as us thus plus news series means
    whereas perhaps always towards afterwards besides sometimes nevertheless unless across various
    previous serious
    famous numerous analysis crisis basis status campus virus bonus census focus chaos alias"""
NOT_PRESENT_S: frozenset[str] = frozenset(_NOT_PRESENT_S.split())

# A month or day-month followed by one of these takes the year of the previous date (`until July of
# that year`).
SAME_YEAR_TAILS: tuple[str, ...] = (
    r"of\s+that\s+year", r"of\s+the\s+same\s+year", r"that\s+year", r"the\s+same\s+year",
)  # fmt: skip

MEETING_NOUNS: frozenset[str] = frozenset({"meeting", "summit", "talks", "session", "conference", "forum"})
"""Names of one gathering: `a year after the Riga meeting` may point back to `the summit in Riga`."""

PART_ORDINALS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 0, "last": 0,
}  # fmt: skip
"""`the second half of 2024`, `the final quarter of the year` (0: the last part)."""

PLAN_PARTICIPLES: frozenset[str] = frozenset({
    "scheduled", "planned", "expected", "set", "due", "postponed", "rescheduled", "proposed", "slated",
})  # fmt: skip
"""Participles of a plan: `the election scheduled on Sunday` is not dated in the past by its participle."""


SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "fall": (9, 11),
}
"""First and last month of a (northern) season, for `last summer`, `next spring` (winter spans two years:
left out)."""

NARRATIVE_DAYS = 7
"""How many days after a day stated with its year (`On November 9, 2020,`) a day-month without a year
told next (`on November 10`) is taken as the same story's, in that year."""
