"""Date recognition: find date expressions in a text and resolve them to EDTF.

`find_dates(text, anchor, previous=...)` scans one sentence (or any text) for absolute dates
(`11 November 2020`, `Sept. 27, 2020`, `2020-10-10`), partial dates whose year is inferred from the
anchor (`Nov. 10`, `in November`), dates relative to the anchor (`on Monday`, `yesterday`,
`last year`), dates relative to the previous absolute date (`two months later`), years and decades
(`since 1991`, `the early 1990s`) and intervals (`from Nov. 15 until Nov. 25`). Durations, ages,
counts, times and money are not dates. Vocabulary lives in `build_dossier.vocab.dates`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from build_dossier import edtf
from build_dossier.vocab import dates as V


@dataclass(frozen=True, kw_only=True)
class DateMatch:
    """One date expression found in a text, resolved to EDTF."""

    value: str
    """EDTF value."""
    start: int
    end: int
    """Offsets into the text passed to `find_dates`."""
    surface: str
    """`text[start:end]`."""
    relative: bool
    """True when resolved against the anchor (publication date) or the previous date."""
    future: bool = False
    """True when the sentence speaks of the future (`by December 1`, `will meet on Monday`)."""


# ---------------------------------------------------------------- regular expressions


def _alt(words: list[str]) -> str:
    forms: set[str] = set()
    for w in words:
        forms.add(w.capitalize())
        forms.add(w.upper())
    return "|".join(sorted((re.escape(f) for f in forms), key=len, reverse=True))


_MON = rf"(?P<mon>{_alt(list(V.MONTHS))})"
_MON2 = rf"(?P<mon2>{_alt(list(V.MONTHS))})"
_WD = rf"(?P<wd>{_alt(list(V.WEEKDAYS))})"
_WDFULL = rf"(?P<wd>{_alt(sorted(V.WEEKDAYS_FULL))})"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_RELY = r"(?:\s+(?P<rely>last|this|next|previous)\s+year)?"
_NOTNUM = r"(?![\d%]|[:.,]\d)"
_NUMW = "|".join(sorted((re.escape(w) for w in V.NUMBER_WORDS), key=len, reverse=True))
_UNITS = r"(?P<unit>days?|weeks?|months?|years?|decades?)"
_DAYPART = "|".join(V.DAY_PARTS)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")),
    (
        "dmy_range",
        re.compile(
            rf"\b(?P<d>\d{{1,2}}){_ORD}\s*[-–]\s*(?P<d2>\d{{1,2}}){_ORD}\s+{_MON}\b\.?"
            rf"(?:,?\s*{_YEAR}\b)?{_NOTNUM}"
        ),
    ),
    (
        "mdy_range",
        re.compile(
            rf"\b{_MON}(?:\.\s*|\s+)(?P<d>\d{{1,2}}){_ORD}(?:\s*[-–]\s*|\s+(?:to|through)\s+)"
            # not `June 9 to 10 people`, not `June 9 to 10 July`
            rf"(?P<d2>\d{{1,2}}){_ORD}\b(?!\s*(?:%|[a-z]|{_alt(list(V.MONTHS))}))"
            rf"(?:(?:,\s*|\s+){_YEAR}\b)?{_NOTNUM}"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"(?:\b{_WD}\.?,?\s+)?\b(?P<d>\d{{1,2}}){_ORD}(?:\s+of)?\s+{_MON}\b\.?"
            rf"(?:,?\s*{_YEAR}\b{_NOTNUM})?{_RELY}"
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"(?:\b{_WD}\.?,?\s+)?\b{_MON}(?:\.\s*|\s+)(?P<d>\d{{1,2}}){_ORD}\b(?!\s*[%:]|[.,]\d{3}(?!\d))"
            rf"(?:(?:,\s*|\s+){_YEAR}\b{_NOTNUM})?{_RELY}"
        ),
    ),
    ("my", re.compile(rf"\b(?:(?P<mod>early|late|mid)[-\s]+)?{_MON}\b\.?,?\s+{_YEAR}\b{_NOTNUM}")),
    (
        "month_range",
        # `in January-May`, `January–March 2024`, `in January-May of this year`
        re.compile(
            rf"\b{_MON}\.?\s*[-–]\s*{_MON2}\b\.?(?:,?\s+{_YEAR}\b{_NOTNUM}"
            r"|\s+(?:of\s+)?(?P<rely>last|this|next|previous)\s+year\b)?"
        ),
    ),
    (
        "month_or",
        # `rate cuts to begin in December or January`: one of two neighbouring months
        re.compile(rf"\b(?<=[Ii]n\s){_MON}\s+or\s+(?:in\s+)?{_MON2}\b(?!\.?\s*\d)"),
    ),
    (
        "edge_range",
        # `between the beginning of May and the end of June`: the months from one to the other
        re.compile(
            rf"\b(?:[Bb]etween|[Ff]rom)\s+the\s+(?:beginning|start|middle|end)\s+of\s+{_MON}\.?\s+"
            rf"(?:and|to|until|till|through)\s+the\s+(?:beginning|start|middle|end)\s+of\s+{_MON2}\b\.?"
            rf"(?:,?\s+{_YEAR}\b{_NOTNUM}|\s+(?:of\s+)?(?P<rely>last|this|next|previous)\s+year\b)?"
        ),
    ),
    (
        "first_months",
        # `in the first 11 months of the year`, `the first five months of 2024`
        re.compile(
            rf"\b(?:the\s+)?first\s+(?P<n>\d{{1,2}}|{_NUMW})\s+months\s+of\s+"
            rf"(?:{_YEAR}\b{_NOTNUM}|(?P<rel>this|next|last|the)\s+year\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "part",
        re.compile(
            r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?P<part>half|quarter)"
            rf"\s+of\s+(?:{_YEAR}\b{_NOTNUM}|(?P<rel>this|next|last|the)\s+year\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "week_of",
        re.compile(
            r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last)\s+week\s+of\s+"
            rf"{_MON}\b(?!\.?\s*\d{{1,2}}(?!\d))(?:,?\s+{_YEAR}\b{_NOTNUM})?",
            re.IGNORECASE,
        ),
    ),
    (
        "month",
        re.compile(
            r"\b(?P<pre>[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom|[Tt]hrough|[Ll]ast|[Nn]ext|"
            r"[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Oo]f|[Bb]efore|[Aa]fter|[Tt]hroughout|[Bb]etween|and|to|for|['’]s|"
            r"[Ee]nd\s+of|[Ss]tart\s+of)"
            rf"(?:-|\s+)(?:(?P<mod>early|late|mid)[-\s]+)?{_MON}\b(?!\.?\s*\d){_RELY}"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<mod>[Ee]arly|[Ll]ate|[Ll]ast|[Tt]his|[Nn]ext|[Pp]revious)\s+)?{_WDFULL}"
            rf"(?:'s)?(?:\s+(?P<part>{_DAYPART}))?\b"
        ),
    ),
    (
        "relday",
        re.compile(
            r"\b(?P<rel>the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|"
            r"this morning|this afternoon|this evening)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relperiod",
        re.compile(
            r"\b(?P<rel>(?:last|this|next|previous)\s+(?:year|month|week))\b(?!\s+of\s+[A-Z])", re.IGNORECASE
        ),
    ),
    (
        "season",
        re.compile(
            r"\b(?:(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+(?P<season>spring|summer|autumn|fall)"
            r"|(?P<inthe>[Ii]n\s+(?:the\s+)?(?:(?:early|late)\s+)?)(?P<season2>spring|summer|autumn)"
            r"|(?P<inthe2>[Ii]n\s+the\s+(?:(?:early|late)\s+)?)(?P<season3>fall))"
            r"\b(?!['’-])(?!\s+(?:of|and|or|season|session|semester|term|offensive|campaign|transfer)\b)"
        ),
    ),
    (
        "endof",
        re.compile(
            r"\b(?:the\s+)?(?P<edge>end|start|beginning|middle)\s+of\s+(?:the|this)\s+(?P<unit>year|month)\b(?!-)",
            re.IGNORECASE,
        ),
    ),
    (
        "offset",
        re.compile(
            rf"\b(?P<n>\d{{1,3}}|{_NUMW})\s+{_UNITS}\s+(?P<dir>later|afterwards|after(?=\s*[,.;])|"
            r"earlier|before(?=\s*[,.;])|ago)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "following",
        re.compile(
            r"(?<![Ii]n\s)(?<![Oo]ver\s)(?<![Ww]ithin\s)(?<![Dd]uring\s)(?<![Ff]or\s)"
            r"\b[Tt]he\s+(?:(?P<next>next|following)\s+(?P<unit>day|morning|evening|night)|following\s+"
            r"(?P<unit2>week|month|year)|(?:previous|preceding)\s+(?P<unit3>day|evening|night)"
            # `On the same day, X told …`; `X received Y the day before.`
            r"|(?P<same>same)\s+day|day\s+(?P<before>before)(?=\s*[,.;])|day\s+(?P<after>after)(?=\s*[,.;]))"
            r"\b(?!['’-])"
        ),
    ),
    (
        "that_year",
        # `who later that year put forward …`, `in the same year`: the year of the date told before
        re.compile(
            r"(?<!of )\b(?:(?:[Ll]ater|[Ee]arlier)\s+(?:that|the\s+same)\s+year"
            r"|(?:[Ii]n\s+)?(?:that|the)\s+same\s+year)\b"
            r"(?!['’-])"
        ),
    ),
    (
        "decade",
        re.compile(r"\b(?:[Tt]he\s+)?(?:(?P<mod>early|mid|late)[-\s]+)?(?P<dec>(?:19|20)\d)0s\b"),
    ),
    (
        "century",
        re.compile(
            # only after a preposition of time: `built in the 19th century`, not `21st century art`
            r"(?:(?<=\b[Ii]n\s)|(?<=\bduring\s)|(?<=\bthroughout\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bof\s))"
            r"(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?P<cent>1\d|2[01])(?:st|nd|rd|th)\s+century\b(?![-'’])"
        ),
    ),
    ("year_range", re.compile(rf"(?<![\d,.$€£-]){_YEAR}\s*[-–]\s*(?P<y2>(?:19|20)\d{{2}})(?![\d%]|[.,]\d)")),
    (
        "old_year",
        # a year before 1900 only after a preposition of time and before a clause boundary: `construction
        # began in 1163 and …` (not `in 1345 cases`)
        re.compile(
            r"(?<=\b(?:in|In|by|By) )(?P<y>1[0-8]\d{2})(?=\s*(?:[,.;:)]|$)"
            r"|\s+(?:and|when|to|until|after|before|under|as|but|while|with|at|on|in|by|the|a|an)\b)"
        ),
    ),
    ("year", re.compile(rf"(?<![\d,.$€£#-]){_YEAR}(?![\d%]|[.,:]\d|-\d)")),
]

_FUTURE = re.compile(r"\b(?:" + "|".join(V.FUTURE_MARKERS) + r")\b", re.IGNORECASE)
_PAST_WORDS: tuple[str, ...] = (
    *V.PAST_MARKERS,
    "said", "told", "announced", "stated", "added", "noted", "met", "held", "signed", "reported", "declared",
    "visited", "marked", "began", "ended", "agreed", "took", "made", "welcomed", "held", "signed", "met",
    "quoted", "saying",
)  # fmt: skip
_PAST = re.compile(r"\b(?:" + "|".join(_PAST_WORDS) + r")\b", re.IGNORECASE)
_DEADLINE = re.compile(r"(?:\b(?:" + "|".join(V.DEADLINE_WORDS) + r"))\s+(?:the\s+)?$", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(V.DEADLINE_WORDS)
    + r"|deadline(?:\s+(?:of|is|was|on))?|due(?:\s+(?:on|by))?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DEADLINE_CLAUSE = re.compile(r"\b(?:" + "|".join(V.DEADLINE_CUES) + r")\b", re.IGNORECASE)
_PAST_CLAUSE_VERB = re.compile(r"\b(?:was|were|had|did)\b|\b[a-z]{3,}ed\b")
_CLAUSE_END = re.compile(r"(?<!\.[A-Z])[.!?;]\s+(?=[A-Z\"“‘'(])|\n")
"""(`U.S. Secretary of State`: an abbreviation, not the end of a clause)"""
_COORD_END = re.compile(
    r"\s+and\s+(?=(?:that|said|says|added|told|noted|warned|he|she|they|it|we|I)\b)|,\s+(?:but|while|whereas)\s+"
    # `X issued a stamp on Monday, and a concert will take place …`: a new subject, its own tense
    r"|,\s+and\s+(?=(?:a|an|the)\s+(?:[\w\-]+\s+){1,8}?(?:will|would|is|are|was|were|has|have)\b)"
)
_PREV_WORD = re.compile(r"([A-Za-z]+)['’]?\s*$")
_PRESENT_S = re.compile(r"\b([a-z]{2,}[a-rt-z]s)\s+(?:the\s|an?\s|[A-Z]|on\s|at\s|ahead\s|after\s|before\s)")
_PRESENT_BE = re.compile(r"\b(?:is|are)\b")
_PRESENT_FIXTURE = re.compile(r"\b[A-Z][\w'’\-]+,?\s+(?:who\s+)?(?:also\s+)?(?:face|play|meet|host)\s+[A-Z]")
"""`Türkiye face Portugal`, `Georgia, who also play the Czech Republic`: a team's fixture, in the present."""
_PAST_ED = re.compile(r"\b[a-z]{3,}ed\b(?!\s+by\b)")
_IRREGULAR_PAST = re.compile(r"\b(?:" + "|".join(V.IRREGULAR_PAST) + r")\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _plain_words(words: Iterable[str]) -> frozenset[str] | None:
    """`words` as a set when all are plain lower-case ASCII words, else None."""
    out = frozenset(words)
    return out if all(re.fullmatch(r"[a-z]+", w) for w in out) else None


_PAST_SET = _plain_words(_PAST_WORDS)
_IRREGULAR_SET = _plain_words(V.IRREGULAR_PAST)


def _word_hits(
    rx: re.Pattern[str], words: frozenset[str] | None, text: str, tokens: list[re.Match[str]]
) -> list[re.Match[str]]:
    """`list(rx.finditer(text))` for `rx` = `\\b(?:word|word|...)\\b` (case-insensitive) with the `words`
    set: a match of such a pattern is a whole word (`tokens`: the `\\w+` runs of `text`), so the words are
    looked up instead of trying the long alternation at every position (much faster). Non-ASCII words are
    left to `rx` (`re.IGNORECASE` matches `ſ` to `s`)."""
    if words is None:
        return list(rx.finditer(text))
    return [m for m in tokens if (m[0].lower() in words if m[0].isascii() else rx.fullmatch(m[0]))]


_SAME_YEAR = re.compile(r"^\s+(?:" + "|".join(V.SAME_YEAR_TAILS) + r")\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"^(?:['’]s\b)?\s*([A-Za-z][A-Za-z-]*)")


@dataclass(frozen=True, kw_only=True)
class _Cand:
    kind: str
    start: int
    end: int
    groups: dict[str, str | None]


# ---------------------------------------------------------------- helpers


def _month(name: str | None) -> int:
    return V.MONTHS[(name or "").lower().rstrip(".")]


def _anchor_parts(anchor: str | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of an EDTF anchor; interval anchors use their start."""
    if not anchor:
        return None, None, None
    start = anchor.split("/")[0]
    if "X" in start:
        return None, None, None
    parts = start.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else None
        d = int(parts[2]) if len(parts) > 2 else None
    except ValueError:
        return None, None, None
    return y, m, d


def _day(y: int, m: int, d: int) -> str | None:
    if not (1 <= m <= 12) or not (1 <= d <= calendar.monthrange(y, m)[1]):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _infer_year(m: int, d: int | None, anchor: str | None, future: bool) -> int | None:
    """Year of a day-month (or month) date: the latest such date not after the anchor, or the next one
    on or after it when the sentence speaks of the future."""
    ay, am, ad = _anchor_parts(anchor)
    if ay is None:
        return None
    if future:
        lo = (am or 1, ad or 1)
        return ay if (m, d or 31) >= lo else ay + 1
    hi = (am or 12, ad or 31)
    return ay if (m, d or 1) <= hi else ay - 1


def _deadline_year(m: int, d: int, anchor: str | None) -> int | None:
    """Year of a deadline day-month (`until Nov. 25`, `was to leave by Dec. 1`) that falls within
    `V.DEADLINE_AHEAD_DAYS` after the anchor day: a deadline may lie in the near future even in a
    past-tense sentence, so the `not after publication` rule does not apply. None otherwise."""
    ay, am, ad = _anchor_parts(anchor)
    if ay is None or am is None or ad is None:
        return None
    base = dt.date(ay, am, ad)
    for y in (ay, ay + 1):
        v = _day(y, m, d)
        if v and 0 < (dt.date.fromisoformat(v) - base).days <= V.DEADLINE_AHEAD_DAYS:
            return y
    return None


def _is_deadline(text: str, start: int) -> bool:
    """Is the date at `start` a deadline: a deadline word right before it (`until`, `by`, `due`),
    or a clause of obligation before it (`was supposed to`, `was to`, `deadline`)?"""
    if _DEADLINE_BEFORE.search(text[:start]):
        return True
    lo = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        lo = m.end()
    return bool(_DEADLINE_CLAUSE.search(text[lo:start]))


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    total = y * 12 + (m - 1) + n
    return total // 12, total % 12 + 1


def _shift(base: str, n: int, unit: str) -> str | None:
    """`base` (EDTF day/month/year) moved by n units, at the precision the unit allows."""
    y, m, d = _anchor_parts(base)
    if y is None:
        return None
    unit = unit.lower().rstrip("s")
    if unit in ("day", "week"):
        if d is None or m is None:
            return None
        days = n * (7 if unit == "week" else 1)
        return (dt.date(y, m, d) + dt.timedelta(days=days)).isoformat()
    if unit == "month":
        if m is None:
            return None
        ny, nm = _add_months(y, m, n)
        return f"{ny:04d}-{nm:02d}"
    if unit == "decade":
        return f"{y + 10 * n:04d}"
    return f"{y + n:04d}"


def _mask_quotes(text: str, start: int, end: int) -> str:
    """`text` with quoted passages blanked out, except a passage containing text[start:end]:
    the tense inside someone's quoted words does not govern the date of the attribution."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    straight: int | None = None
    marks = list(_QUOTE_MARK.finditer(text))
    plain = [q.start() for q in marks if q[0] == '"']
    if len(plain) % 2 and plain[0] > 0 and text[plain[0] - 1] in ",.!?…":
        # `We will form a government," X told supporters late on Sunday.`: the sentence starts inside a
        # quotation opened in the sentence before; its first mark closes it
        spans.append((0, plain[0] + 1))
        marks = [q for q in marks if q.start() != plain[0]]
    for q in marks:
        i, ch = q.start(), q[0]
        if ch in "“«":
            open_at = i
        elif ch in "”»":
            spans.append((open_at if open_at is not None else 0, i + 1))
            open_at = None
        elif straight is None:
            straight = i
        else:
            spans.append((straight, i + 1))
            straight = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    for a, b in spans:
        if not (a <= start and end <= b):
            text = text[:a] + " " * (b - a) + text[b:]
    return text


_QUOTE_MARK = re.compile('[“«”»"]')


_PARTICIPLE_ATTACHED = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+\s+([a-z]{3,}ed|signed|held|made|reached|"
    r"concluded|adopted|won|taken|given|struck|brokered|released|issued|published)"
    # `a statement released by the government's press service late on Thursday`
    r"(?:\s+by\s+(?:[\w'’\-]+\s+){0,6}?[\w'’\-]+)?\s+(?:(?:late|early)\s+)?(?:on|in|last|earlier)?\s*$",
    re.IGNORECASE,
)
"""`an agreement reached in March`, `the deal signed on May 5`: a reduced relative dates its noun."""
_VERB_BETWEEN = re.compile(
    r"\b(?:will|would|shall|to|be|been|being|is|are|was|were|has|have|had|remains?|stays?|gets?|seems?)\b",
    re.IGNORECASE,
)
"""`the schools will remain closed on Monday`: a verb before the participle makes it a predicate."""
_FUTURE_PARTICIPLE = re.compile(r"\b(?:to\s+be|will\s+be|would\s+be|be)\s+$")
_ATTACHED = re.compile(
    r"\s*(?:[\w'’]+\s+){0,2}?(?:(?:in|at|to|during)\s+(?:an?|the|his|her|its|their)\s+(?:[\w'’\-]+\s+){1,3})?"
    r"(?:on\s+|late\s+|early\s+|in\s+)?"
)
"""Between a reporting verb and the date it governs: `said Friday`, `told reporters on Monday`, `said in a
statement on Monday`, `said at a news conference on Monday`."""


_OPENING_DATE = re.compile(
    r"\s*(?:(?:Late|Early)\s+(?=on\s|in\s))?(?:On|In|By|Late|Early|Last)?\s*", re.IGNORECASE
)
"""Nothing but a preposition before a date that opens its clause (`On September 26, the court found`)."""


_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|be|being|(?:will|would|to)\s+(?:have\s+)?been)\s+$")
_NOT_PAST_BEFORE = re.compile(
    r"\b(?:is|are|be|being|been|will|would|shall|to|remains?|stays?|gets?)\s+(?:\w+\s+)?$"
)
_REPORTED_CLAUSE = re.compile(r"\b(?:that|which|who|whether)\b")
_DESIGNATED = re.compile(r"\s+(?:as\s+)?an?\s+(?:[\w-]+\s+){0,3}day\s+of\b", re.IGNORECASE)
"""`declared Friday a national day of mourning`: the day named for something still to come."""
_THROUGH = re.compile(r"\bthrough\s+(?:(?:early|late)\s+)?$", re.IGNORECASE)
_DOCUMENT_AFTER = re.compile(
    r",?\s+(?:[\w\-]+\s+){0,2}?(?:" + "|".join(V.DOCUMENT_WORDS) + r")\b", re.IGNORECASE
)
"""A date that modifies a document noun (`the January 11 statement`, `the Nov. 10 trilateral deal`)."""
_SINCE_BEFORE = re.compile(r"\bsince\b[^,;:.]{0,80}$", re.IGNORECASE)
"""`since <something> on <date>`: a point before the clause's own time, however future the clause."""
_FORECAST = re.compile(r"\b(?:" + "|".join(V.FORECAST_WORDS) + r")\b", re.IGNORECASE)


def _ahead_in_order(a: _Cand, b: _Cand, anchor: str | None) -> bool:
    """Do two weekdays, both taken as coming, give a stretch in order (`from Saturday through Sunday`
    told on a Friday, not `open on Monday until Friday` told on a Friday)?"""
    ay, am, ad = _anchor_parts(anchor)
    if ay is None or am is None or ad is None:
        return False
    today = dt.date(ay, am, ad).weekday()
    first, last = (V.WEEKDAYS[c.groups["wd"].lower()] for c in (a, b))
    return (first - today) % 7 <= (last - today) % 7


def _told_past(text: str) -> bool:
    """Does `text` hold a past-tense verb (`-ed` or irregular)?"""
    if _PAST_ED.search(text):
        return True
    return bool(_word_hits(_IRREGULAR_PAST, _IRREGULAR_SET, text, list(_WORD.finditer(text))))


_RELATIVE_OPEN = re.compile(r",\s+(?:who|which|whose|where)\b")


def _is_future(text: str, start: int, end: int) -> bool:
    """Does the clause around text[start:end] speak of the future?"""
    text = _mask_quotes(text, start, end)
    lo = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        lo = m.end()
    hi_m = _CLAUSE_END.search(text, end)
    hi = hi_m.start() if hi_m else len(text)
    # `declared victory on Saturday and said he would …`: a coordinated clause has its own tense
    for m in _COORD_END.finditer(text, lo, start):
        lo = m.end()
    if co := _COORD_END.search(text, end, hi):
        hi = co.start()
    rel = None
    for found in _RELATIVE_OPEN.finditer(text, lo, start):
        rel = found
    if (
        rel is not None
        and "," not in text[rel.end() : start]
        and (close := text.find(",", end, hi)) != -1
        and (
            _PAST_CLAUSE_VERB.search(text, rel.end(), close) or _IRREGULAR_PAST.search(text, rel.end(), close)
        )
    ):
        # `X, who took office in May, said he would …`: a relative clause between commas told in the past
        # has its own tense (`the presidency, which begins on July 1, …` takes the sentence's)
        lo, hi = rel.end(), close
    window = text[lo:hi]
    rel_s, rel_e = start - lo, end - lo
    for m in _RELATIVE_OPEN.finditer(window, 0, rel_s):
        close = window.find(",", m.end(), rel_s)
        if close != -1:
            # `She will succeed X, who has held the post since 2016, and take office on April 1`: a
            # relative clause closed before the date tells of something else
            window = window[: m.start()] + " " * (close + 1 - m.start()) + window[close + 1 :]
    before = window[:rel_s]
    deadline = _DEADLINE.search(before) is not None
    if not deadline and _THROUGH.search(before):
        # `warned of heavy snowfall through Sunday`, `schools stay closed through Monday`: the end of a
        # stretch still to come, unless the clause tells it in the past (`fighting went on through Sunday`)
        deadline = bool(_FORECAST.search(window)) or not _told_past(window)
    fut = [
        m
        for m in _FUTURE.finditer(window)
        if not (
            m.group(0).lower() in ("would", "could")
            and m.start() >= rel_e
            and _REPORTED_CLAUSE.search(window[rel_e : m.start()])
        )
    ]  # `ruled on Monday that the law could apply`: the reported clause's modal, not the date's
    if not fut and not deadline:
        return False  # (the commonest case: no future marker, no deadline word)
    if _DOCUMENT_AFTER.match(window, rel_e) and re.search(r"\b(?:the|its|their|this)\s+$", before, re.I):
        return False  # `under the January 11 statement, a group is to be set up`: the document's own day
    if (since := _SINCE_BEFORE.search(before)) and not any(since.start() < m.start() < rel_s for m in fut):
        return False  # `was expected to be the first meeting since the offensive on 19 September`
    if (
        (pp := _PARTICIPLE_ATTACHED.search(before))
        and pp.group(1).lower() not in V.PLAN_PARTICIPLES
        and not _FUTURE_PARTICIPLE.search(before, 0, pp.start(1))
        and not _VERB_BETWEEN.search(before, pp.start(), pp.start(1))
    ):
        return False  # `under an agreement reached in March, X will leave`: the participle's date
    tokens = list(_WORD.finditer(window))
    past = [
        m
        for m in _word_hits(_PAST, _PAST_SET, window, tokens)
        if not _PASSIVE_BEFORE.search(window, 0, m.start())
        and (
            m.group(0).lower() not in V.REPORTING_PAST
            or (m.end() <= rel_s and _ATTACHED.fullmatch(window[m.end() : rel_s]) is not None)
        )
    ]  # a reporting verb governs only a date attached to it (`said Friday`, `told reporters on Monday`)
    past += [
        m
        for m in (*_PAST_ED.finditer(window), *_word_hits(_IRREGULAR_PAST, _IRREGULAR_SET, window, tokens))
        if (m.end() <= rel_s and rel_s - m.end() <= 12 and _ATTACHED.fullmatch(window[m.end() : rel_s]))
        or (_OPENING_DATE.fullmatch(before) and 0 <= m.start() - rel_e <= 60)
        if m.group(0).lower() not in V.PLAN_PARTICIPLES and not _NOT_PAST_BEFORE.search(window, 0, m.start())
    ]  # `voted on Monday to raise fares that will ...`, `On September 26, the court found ...`
    if deadline and not past:
        return True
    if not fut:
        return False
    if not past:
        return True

    def dist(m: re.Match[str]) -> int:
        return rel_s - m.end() if m.end() <= rel_s else max(0, m.start() - rel_e)

    return min(dist(m) for m in fut) < min(dist(m) for m in past)


def _is_scheduled(text: str, start: int, end: int, verbs_only: bool = False) -> bool:
    """Does the clause around text[start:end] state a schedule in the present simple (`X plays Y in
    Tirana on November 17`): a present-tense verb and no past-tense verb?"""
    text = _mask_quotes(text, start, end)
    lo = 0
    for m in _CLAUSE_END.finditer(text, 0, start):
        lo = m.end()
    hi_m = _CLAUSE_END.search(text, end)
    window = text[lo : hi_m.start() if hi_m else len(text)]
    if _PAST_ED.search(window):
        return False
    tokens = list(_WORD.finditer(window))
    if _word_hits(_PAST, _PAST_SET, window, tokens) or _word_hits(
        _IRREGULAR_PAST, _IRREGULAR_SET, window, tokens
    ):
        return False
    if (_PRESENT_BE.search(window) and not verbs_only) or _PRESENT_FIXTURE.search(window):
        return True  # (`verbs_only`: `the office is open on Monday` is no schedule of a coming Monday)
    return any(m.group(1) not in V.NOT_PRESENT_S for m in _PRESENT_S.finditer(window))


_NAMED_AFTER_YEAR = re.compile(r"\s+(?:[A-Z][\w'’.\-]*\s+){0,4}(?:" + "|".join(V.YEAR_NAMED_HEADS) + r")\b")


def _year_context(text: str, start: int, end: int) -> bool:
    """Is the four-digit number at text[start:end] used as a year?"""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 40]
    if re.search(r"[$€£#]\s*$|\bNo\.?\s*$|\bno\.\s*$", before):
        return False
    if re.match(r"\s*(?:%|percent|per\s+cent)", after):
        return False
    pw = _PREV_WORD.search(before)
    if pw and before[pw.end(1) :].strip() in ("", "'", "’") and pw.group(1).lower() in V.YEAR_PREPOSITIONS:
        if pw.group(1).lower() in ("for", "to", "and", "of", "at", "on", "as"):
            # Ambiguous words: only when not followed by a unit / count noun.
            return not _followed_by_count(after)
        return not _followed_by_count(after)
    if re.match(r"['’]s\b", after):
        return True
    if re.search(r"\bthe\s+$", before, re.IGNORECASE) and _NAMED_AFTER_YEAR.match(text, end):
        return True  # `the 1991 Lindora Declaration`, `the 2020 Summer Olympics`
    nw = _NEXT_WORD.match(after)
    if nw and not re.match(r"\s*[,.;:!?)]", after):
        word = nw.group(1)
        if word[0].islower() and not _followed_by_count(after):
            return True
    return False


def _followed_by_count(after: str) -> bool:
    nw = _NEXT_WORD.match(after)
    if not nw:
        return False
    word = nw.group(1).lower()
    return word in V.DURATION_UNITS or word in V.COUNT_NOUNS or word.rstrip("s") in V.DURATION_UNITS


# ---------------------------------------------------------------- scanning


def _initials(words: Iterable[str]) -> str:
    """The first letters of `words`, upper case (the patterns accept capitalised and upper-case forms)."""
    return "".join(sorted({w[0].upper() for w in words}))


_MON_FIRST = _initials(V.MONTHS)
_FIRST_CHARS: dict[str, str] = {
    "iso": r"\d",
    "dmy_range": r"\d",
    "mdy_range": _MON_FIRST,
    "dmy": _initials(V.WEEKDAYS) + r"\d",
    "mdy": _initials(V.WEEKDAYS) + _MON_FIRST,
    "my": "elm" + _MON_FIRST,
    "month_range": _MON_FIRST,
    "month_or": _MON_FIRST,
    "edge_range": "BbFf",
    "first_months": "tTfF",
    "part": "tfsl1234",
    "week_of": "TtFfSsLl",
    "month": "IiSsBbUuTtDdFfLlNnEeMmOoAa'’",
    "weekday": "EeLlTtNnPp" + _initials(V.WEEKDAYS_FULL),
    "relday": "ty",
    "relperiod": "ltnp",
    "season": "LlTtNnIi",
    "endof": "tesbm",
    "offset": r"\d" + "".join(sorted({w[0] for w in V.NUMBER_WORDS})),
    "following": "Tt",
    "that_year": "LlEeIiTt",
    "decade": "Ttelm12",
    "century": "telm12",
    "year_range": "12",
    "old_year": "1",
    "year": "12",
}
"""Every character a match of each pattern can start with. A pattern led by `(?=[...])` of these is
scanned much faster by `re` (it skips to the next such character instead of trying every position)."""
_PATTERNS = [(k, re.compile(rf"(?=[{_FIRST_CHARS[k]}])" + rx.pattern, rx.flags)) for k, rx in _PATTERNS]


_DIGIT_TAG, _MONTH_TAG = "<digit>", "<month>"
_CENTURY = frozenset({"19", "20"})
_DASH = frozenset({"-", "–"})
_GATES: dict[str, tuple[frozenset[str], ...]] = {
    "iso": (frozenset({_DIGIT_TAG}), frozenset({"-"})),
    "dmy_range": (frozenset({_DIGIT_TAG}), frozenset({_MONTH_TAG}), _DASH),
    "mdy_range": (frozenset({_DIGIT_TAG}), frozenset({_MONTH_TAG})),
    "dmy": (frozenset({_DIGIT_TAG}), frozenset({_MONTH_TAG})),
    "mdy": (frozenset({_DIGIT_TAG}), frozenset({_MONTH_TAG})),
    "my": (frozenset({_DIGIT_TAG}), frozenset({_MONTH_TAG}), _CENTURY),
    "month_range": (frozenset({_MONTH_TAG}), _DASH),
    "month_or": (frozenset({_MONTH_TAG}), frozenset({"or"})),
    "edge_range": (frozenset({_MONTH_TAG}), frozenset({"beginning", "start", "middle", "end"})),
    "first_months": (frozenset({"months"}),),
    "part": (frozenset({"half", "quarter"}),),
    "week_of": (frozenset({_MONTH_TAG}), frozenset({"week"})),
    "month": (frozenset({_MONTH_TAG}),),
    "weekday": (V.WEEKDAYS_FULL,),
    "relday": (frozenset({"yesterday", "today", "tonight", "tomorrow", "morning", "afternoon", "evening"}),),
    "relperiod": (frozenset({"year", "month", "week"}),),
    "season": (frozenset({"spring", "summer", "autumn", "fall"}),),
    "endof": (frozenset({"year", "month"}),),
    "offset": (
        frozenset({"later", "after", "earlier", "before", "ago"}),
        frozenset({"day", "week", "month", "year", "decade"}),
    ),
    "following": (frozenset({"next", "following", "previous", "preceding", "same", "before", "after"}),),
    "that_year": (frozenset({"year"}), frozenset({"that", "same"})),
    "decade": (frozenset({"0s"}),),
    "century": (frozenset({"century"}),),
    "year_range": (_CENTURY, _DASH),
    "old_year": (frozenset({_DIGIT_TAG}),),
    "year": (_CENTURY,),
}
"""What each pattern cannot match without: every group needs one of its members present in the text
(digits, dashes: as is; words: lower-cased; tags: a digit, a month name). Most patterns are never run on
most sentences."""
_GATED = [(kind, rx, _GATES[kind]) for kind, rx in _PATTERNS]
_RAW_WORDS = frozenset({"-", "–", "19", "20", "0s"})
_LOWER_WORDS = (
    frozenset().union(*(g for gs in _GATES.values() for g in gs)) - _RAW_WORDS - {_DIGIT_TAG, _MONTH_TAG}
)
_CASE_ODD = ("İ", "ı", "ſ", "\u212a")
"""The only non-ASCII characters that match an ASCII letter under `re.IGNORECASE` or lower-case to ASCII:
a text holding one is not pre-filtered on its lower-cased form."""
_DIGIT = re.compile(r"\d")
_ANY_MONTH = re.compile(rf"(?=[{_MON_FIRST}])\b(?:{_alt(list(V.MONTHS))})")
"""A month name starting a word: every pattern with a month needs one."""


def _patterns_for(text: str) -> list[tuple[str, re.Pattern[str]]]:
    """The patterns whose gate `text` passes."""
    present = {w for w in _RAW_WORDS if w in text}
    if text.isascii() or not any(c in text for c in _CASE_ODD):
        low = text.lower()
        present.update(w for w in _LOWER_WORDS if w in low)
    else:
        present.update(_LOWER_WORDS)
    if _DIGIT.search(text):
        present.add(_DIGIT_TAG)
    if _ANY_MONTH.search(text):
        present.add(_MONTH_TAG)
    out = []
    for kind, rx, groups in _GATED:
        for group in groups:
            if group.isdisjoint(present):
                break
        else:
            out.append((kind, rx))
    return out


def _candidates(text: str) -> list[_Cand]:
    found: list[_Cand] = []
    for kind, rx in _patterns_for(text):
        for m in rx.finditer(text):
            g = m.groupdict()
            s, e = m.start(), m.end()
            if kind == "month":
                s = m.start("mod") if g.get("mod") else m.start("mon")
                if g["pre"] in ("Late", "late", "Early", "early", "Mid", "mid"):
                    s = m.start("pre")
                mon = g["mon"] or ""
                if mon.lower() in V.AMBIGUOUS_MONTHS and not mon[0].isupper():
                    continue
                if mon.lower() in ("may", "march") and g["pre"].lower() in ("to", "and", "of", "for"):
                    continue
                if g["pre"].lower() == "for" and _NAME_AFTER.match(text, m.end()):
                    continue  # `voted for June Smith`: a given name
            if kind == "year" and not _year_context(text, s, e):
                continue
            if kind in ("dmy", "mdy", "dmy_range", "mdy_range"):
                d = int(g["d"])
                if not 1 <= d <= 31:
                    continue
                if kind in ("dmy", "dmy_range") and _followed_by_count(text[m.end("d") :]):
                    continue
            if kind == "weekday" and g.get("mod") in ("Early", "Late", "Last", "This", "Next", "Previous"):
                pass
            found.append(_Cand(kind=kind, start=s, end=e, groups=g))
    # Longest first, then leftmost; drop overlaps.
    found.sort(key=lambda c: (-(c.end - c.start), c.start))
    chosen: list[_Cand] = []
    for c in found:
        if all(c.end <= o.start or c.start >= o.end for o in chosen):
            chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def _past_clause(text: str, start: int) -> bool:
    """Is the clause before `start` in the past tense (`which was liberated ... in November`)?"""
    lo = 0
    for m in re.finditer(r"[.;!?]\s|,\s(?:but|and|while)\s", text[:start]):
        lo = m.end()
    return bool(_PAST_CLAUSE_VERB.search(text[lo:start]))


def _resolve(
    c: _Cand,
    text: str,
    anchor: str | None,
    previous: str | None,
    future: bool,
    anniversary: bool = False,
) -> tuple[str, bool] | None:
    """EDTF value of a candidate and whether it needed the anchor / previous date."""
    g = c.groups
    k = c.kind
    ay, am, ad = _anchor_parts(anchor)
    if k == "iso":
        v = _day(int(g["y"]), int(g["m"]), int(g["d"]))
        return (v, False) if v else None
    if k in ("dmy", "mdy", "dmy_range", "mdy_range"):
        m = _month(g["mon"])
        d = int(g["d"])
        rel = False
        if g.get("y"):
            y = int(g["y"])
        elif g.get("rely"):
            if ay is None:
                return None
            y = ay + V.RELATIVE_YEARS[f"{g['rely'].lower()} year"]
            rel = True
        else:
            iy = _deadline_year(m, d, anchor) if _is_deadline(text, c.start) else None
            if iy is None and not future and _is_scheduled(text, c.start, c.end):
                iy = _deadline_year(m, d, anchor)
            if iy is None:
                iy = _infer_year(m, d, anchor, future)
            if iy is None:
                return None
            y = iy
            if g.get("wd") and ay is not None:
                wd = V.WEEKDAYS[g["wd"].lower().rstrip(".")]
                order = [y, y - 1, y + 1] if not future else [y, y + 1, y - 1]
                for yy in order:
                    v = _day(yy, m, d)
                    if v and dt.date.fromisoformat(v).weekday() == wd:
                        y = yy
                        break
            rel = True
        v = _day(y, m, d)
        if not v:
            return None
        if k.endswith("_range"):
            v2 = _day(y, m, int(g["d2"]))
            if not v2 or v2 < v:
                return None
            return f"{v}/{v2}", rel
        return v, rel
    if k == "my":
        return f"{int(g['y']):04d}-{_month(g['mon']):02d}", False
    if k in ("month_range", "edge_range"):
        m1, m2 = _month(g["mon"]), _month(g["mon2"])
        if m2 <= m1:
            return None
        if g.get("y"):
            y, rel = int(g["y"]), False
        else:
            if ay is None:
                return None
            rel = True
            if g.get("rely"):
                y = ay + V.RELATIVE_YEARS[f"{g['rely'].lower()} year"]
            else:  # the latest such stretch that has begun (or the coming one, in the future)
                iy = _infer_year(m1, None, anchor, future)
                if iy is None:
                    return None
                y = iy
        return f"{y:04d}-{m1:02d}/{y:04d}-{m2:02d}", rel
    if k == "month_or":
        m1, m2 = _month(g["mon"]), _month(g["mon2"])
        if m2 != m1 % 12 + 1 or ay is None:
            return None  # (only two neighbouring months make one stretch)
        y1 = _infer_year(m1, None, anchor, future) if am is not None else ay
        if y1 is None:
            return None
        y2 = y1 if m2 > m1 else y1 + 1
        return f"{y1:04d}-{m1:02d}/{y2:04d}-{m2:02d}", True
    if k == "first_months":
        n_raw = g["n"].lower()
        n = int(n_raw) if n_raw.isdigit() else V.NUMBER_WORDS.get(n_raw, 0)
        if not 1 <= n <= 12:
            return None
        if g.get("y"):
            y, rel = int(g["y"]), False
        else:
            if ay is None:
                return None
            rel = True
            which = (g.get("rel") or "").lower()
            y = ay + {"next": 1, "last": -1}.get(which, 0)
            if which == "the" and am is not None and n > am:
                y -= 1  # `the first 11 months of the year` told in January: last year's
        return (f"{y:04d}-01/{y:04d}-{n:02d}" if n > 1 else f"{y:04d}-01"), rel
    if k == "month":
        m = _month(g["mon"])
        if ay is None:
            return None
        pre = g["pre"].lower()
        if g.get("rely"):  # `in November last year`
            return f"{ay + V.RELATIVE_YEARS[g['rely'].lower() + ' year']:04d}-{m:02d}", True
        if am is None:
            return f"{ay:04d}-{m:02d}", True
        if pre == "last":
            y = ay if m < am else ay - 1
        elif pre == "next":
            y = ay if m > am else ay + 1
        elif pre == "this":
            y = ay
        else:
            if (
                not future
                and text.rstrip().endswith(".")
                and _is_scheduled(text, c.start, c.end, verbs_only=True)
            ):
                future = True  # `X hosts the conference in November.`: a schedule told in the present
            iy = _infer_year(m, None, anchor, future)
            if iy is None:
                return None
            y = iy
            if anniversary and m == am and y == ay and not future and _past_clause(text, c.start):
                y = ay - 1
        return f"{y:04d}-{m:02d}", True
    if k == "weekday":
        if ay is None or am is None or ad is None:
            return None
        wd = V.WEEKDAYS[g["wd"].lower()]
        base = dt.date(ay, am, ad)
        mod = (g.get("mod") or "").lower()
        if mod == "next":
            delta = (wd - base.weekday()) % 7 or 7
        elif mod in ("last", "previous"):
            delta = -((base.weekday() - wd) % 7 or 7)
        elif future or (text.rstrip().endswith(".") and _is_scheduled(text, c.start, c.end, verbs_only=True)):
            # (`Turkey plays Portugal on Saturday.`: a schedule told in the present, in a body sentence;
            # a headline's present is the past)
            delta = (wd - base.weekday()) % 7
        else:
            delta = -((base.weekday() - wd) % 7)
        return (base + dt.timedelta(days=delta)).isoformat(), True
    if k == "relday":
        if ay is None or am is None or ad is None:
            return None
        off = V.RELATIVE_DAYS[re.sub(r"\s+", " ", g["rel"].lower())]
        return (dt.date(ay, am, ad) + dt.timedelta(days=off)).isoformat(), True
    if k == "relperiod":
        rel = re.sub(r"\s+", " ", g["rel"].lower())
        if rel in V.RELATIVE_YEARS:
            if ay is None:
                return None
            return f"{ay + V.RELATIVE_YEARS[rel]:04d}", True
        if rel in V.RELATIVE_WEEKS:
            if ay is None or am is None or ad is None:
                return None
            day = dt.date(ay, am, ad) + dt.timedelta(weeks=V.RELATIVE_WEEKS[rel])
            monday = day - dt.timedelta(days=day.weekday())
            first, last = monday, monday + dt.timedelta(days=6)
            side = _EARLIER_LATER.search(text, 0, c.start)
            if rel == "this week" and side:
                # `earlier this week`: Monday to the day before; `later this week`: the day after to Sunday
                anchor_day = dt.date(ay, am, ad)
                if side.group(1).lower() == "earlier":
                    last = max(first, anchor_day - dt.timedelta(days=1))
                else:
                    first = min(last, anchor_day + dt.timedelta(days=1))
            return f"{first.isoformat()}/{last.isoformat()}", True
        if ay is None or am is None:
            return None
        ny, nm = _add_months(ay, am, V.RELATIVE_MONTHS[rel])
        return f"{ny:04d}-{nm:02d}", True
    if k == "part":
        # `the second half of 2024` → 2024-07/2024-12; `the first quarter of next year`
        if g.get("y"):
            y = int(g["y"])
        else:
            if ay is None:
                return None
            y = ay + {"next": 1, "last": -1}.get((g.get("rel") or "").lower(), 0)
        size = 6 if g["part"].lower() == "half" else 3
        n = V.PART_ORDINALS[g["ord"].lower()]
        n = 12 // size if n == 0 else n
        first = (n - 1) * size + 1
        return f"{y:04d}-{first:02d}/{y:04d}-{first + size - 1:02d}", not g.get("y")
    if k == "season":
        # `last summer`: the latest summer that has ended; `next spring`: the coming one (a year)
        if ay is None or am is None:
            return None
        first, last = V.SEASON_MONTHS[(g.get("season") or g.get("season2") or g["season3"]).lower()]
        if g.get("inthe") or g.get("inthe2"):
            # `premiums fell in the autumn`: the latest such season begun (the coming one in the future)
            y = (ay if am >= first else ay - 1) if not future else (ay if am <= last else ay + 1)
            return f"{y:04d}-{first:02d}/{y:04d}-{last:02d}", True
        rel = g["rel"].lower()
        if rel == "last":
            y = ay if am > last else ay - 1
        elif rel == "next":
            y = ay if am < first else ay + 1
        else:
            y = ay
        return f"{y:04d}", True
    if k == "endof":
        # `by the end of the year`, `before the end of the month`: the publication's year or month
        if ay is None or (g["unit"].lower() == "month" and am is None):
            return None
        if g["unit"].lower() == "month":
            return f"{ay:04d}-{am:02d}", True
        # `since the beginning of this year`: its first month; `by the end of the year`: the year
        return (f"{ay:04d}-01" if g["edge"].lower() in ("beginning", "start") else f"{ay:04d}"), True
    if k == "offset":
        n_raw = g["n"].lower()
        n = int(n_raw) if n_raw.isdigit() else V.NUMBER_WORDS.get(re.sub(r"\s+", " ", n_raw), 0)
        if not n:
            return None
        direction = g["dir"].lower()
        if direction == "ago":
            base = anchor
            n = -n
        else:
            base = previous
            if direction in ("earlier", "before"):
                n = -n
        if not base or "X" in base:
            return None
        v = _shift(base, n, g["unit"])
        return (v, True) if v else None
    if k == "following":
        # `the next day`, `the following month`: one unit after the previous date (`the previous day`: before)
        if not previous or "X" in previous or "/" in previous:
            return None
        unit = (g.get("unit2") or "day").lower()
        if unit == "day" and edtf.precision(previous) != "day":
            return None
        if g.get("same"):
            # only an opening `On the same day, …` names another sentence's day; inside a sentence that
            # already has its date (`… and signed a deal on the same day`) it adds nothing
            return (previous, True) if c.start <= 4 else None
        v = _shift(previous, -1 if g.get("unit3") or g.get("before") else 1, unit)
        return (v, True) if v else None
    if k == "that_year":
        if not previous or not edtf.is_valid(previous) or not previous[:4].isdigit():
            return None
        return previous[:4], True
    if k == "decade":
        return f"{g['dec']}X", False
    if k == "century":
        return f"{int(g['cent']) - 1:02d}XX", False  # `the 20th century`: 1900-1999
    if k == "year_range":
        y1, y2 = int(g["y"]), int(g["y2"])
        return (f"{y1}/{y2}", False) if y1 <= y2 else None
    if k in ("year", "old_year"):
        return g["y"], False
    if k == "week_of":
        m = _month(g["mon"])
        if g.get("y"):
            y = int(g["y"])
        else:
            if ay is None:
                return None
            iy = _infer_year(m, None, anchor, future) if am is not None else ay
            if iy is None:
                return None
            y = iy
        last = calendar.monthrange(y, m)[1]
        o = g["ord"].lower()
        first = last - 6 if o in ("last", "final") else 1 + 7 * V.ORDINAL_WORDS[o] - 7
        return f"{y:04d}-{m:02d}-{first:02d}/{y:04d}-{m:02d}-{first + 6:02d}", not g.get("y")
    return None


_LEAD_YEAR = re.compile(r"\W*(?:In|During|Throughout)\s+(?P<y>(?:19|20)\d{2})\s*,")
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s|\b(?:said|says|told|added)\b")
"""`In 2021, ...`: an opening year adverbial that dates the whole sentence."""
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]|['’]s\b")
_EARLIER_LATER = re.compile(r"\b(earlier|later)\s+$", re.IGNORECASE)
_WAS_PLANNED = re.compile(r"\b(?:was|were)\s+(?:planned|scheduled|slated|due|set)\s+(?:for|on|in)\s+$")


def _nameless_year(c: _Cand) -> bool:
    """A day-month or month whose year the text does not state."""
    g = c.groups
    return c.kind in ("dmy", "mdy", "month") and not g.get("y") and not g.get("rely")


def _narrative_day_year(value: str, narrative_day: str) -> str:
    """`value` (a day) moved to the earlier year of `narrative_day` when it falls from that day to
    `NARRATIVE_DAYS` days after it in that year; else unchanged."""
    if len(value) != 10 or edtf.precision(narrative_day) != "day" or narrative_day[:4] >= value[:4]:
        return value
    moved = f"{narrative_day[:4]}{value[4:]}"
    if not edtf.is_valid(moved):
        return value
    gap = (dt.date.fromisoformat(moved) - dt.date.fromisoformat(narrative_day)).days
    return moved if 0 <= gap <= V.NARRATIVE_DAYS else value


def _nearest_year(value: str, anchor: str) -> str:
    """`value` (a day or month) moved to the year that puts it nearest the anchor day."""
    ay, am, ad = _anchor_parts(anchor)
    if ay is None or am is None:
        return value
    base = dt.date(ay, am, ad or 1)
    best, dist = value, None
    for y in (ay - 1, ay, ay + 1):
        v = f"{y:04d}{value[4:]}"
        if not edtf.is_valid(v):
            continue
        day = dt.date.fromisoformat(v if len(v) == 10 else f"{v}-15")
        if dist is None or abs((day - base).days) < dist:
            best, dist = v, abs((day - base).days)
    return best


def _recent(value: str, anchor: str | None, days: int = 45) -> bool:
    """Is the day or month `value` within `days` before the anchor (this week's or month's news)?"""
    if not anchor or len(anchor) < 10:
        return False
    day = value if len(value) == 10 else f"{value}-15"
    try:
        delta = (dt.date.fromisoformat(anchor[:10]) - dt.date.fromisoformat(day)).days
    except ValueError:
        return False
    return 0 <= delta <= days


def _narrative_year(c: _Cand, value: str, narrative: str, anchor: str | None = None) -> str:
    """`value` moved to the year of the narrative month (`in September 2022`) when it is a day-month or
    month without a year in that same month and that year is earlier than the inferred one."""
    g = c.groups
    if not _nameless_year(c) or g.get("wd"):
        return value
    if c.kind == "month" and (g.get("pre") or "").lower() in ("last", "next", "this"):
        return value
    start = narrative.split("/")[0]
    if edtf.precision(start) != "month" or len(value) < 7:
        return value
    ny, nm, vy, vm = int(start[:4]), int(start[5:7]), int(value[:4]), int(value[5:7])
    if ny < vy and vm == nm and not _recent(value, anchor):
        moved = f"{ny:04d}{value[4:]}"
        return moved if edtf.is_valid(moved) else value
    return value


_MONTH_LIST_GAP = re.compile(r"\s*(?:,|and|or|to|until|till|through|-|–|—)\s*(?:in\s+)?", re.IGNORECASE)
_INTERVAL_GAP = re.compile(r"^\s*(?:until|till|to|through|and|-|–|—)\s*$", re.IGNORECASE)
_POINT_BEFORE = re.compile(r"\bin\s+$", re.IGNORECASE)
_OPENER = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)


def _next_month(a: str, b: str) -> bool:
    """Is the month `b` the one right after the month `a`?"""
    if edtf.precision(a) != "month" or edtf.precision(b) != "month":
        return False
    return _add_months(int(a[:4]), int(a[5:7]), 1) == (int(b[:4]), int(b[5:7]))


def _merge_intervals(text: str, matches: list[DateMatch]) -> list[DateMatch]:
    out: list[DateMatch] = []
    i = 0
    while i < len(matches):
        a = matches[i]
        if i + 1 < len(matches):
            b = matches[i + 1]
            gap = text[a.end : b.start]
            if _INTERVAL_GAP.match(gap) and "/" not in a.value and "/" not in b.value:
                word = gap.strip().lower()
                opener = bool(_OPENER.search(text[: a.start]))
                ok = word in ("-", "–", "—", "until", "till", "through") or opener
                if word == "and" and not re.search(r"\bbetween\s+(?:the\s+)?$", text[: a.start], re.I):
                    # `in June and July last year`: two months in a row are one stretch
                    ok = _next_month(a.value, b.value) and _POINT_BEFORE.search(text, 0, a.start) is not None
                if (
                    word in ("until", "till")
                    and edtf.precision(a.value) == "year"
                    and _POINT_BEFORE.search(text, 0, a.start)
                ):
                    # `extended in 2010 until 2044`: a happening and its term, two dates, not an interval
                    out.append(a)
                    i += 1
                    continue
                start_v, end_v = a.value, b.value
                if ok and b.relative and len(end_v) >= 7 and len(start_v) >= 7 and end_v[:4] != start_v[:4]:
                    # `ran from Nov. 15 until Nov. 25` (no year): the end is the first such day after the
                    # start, not a deadline of its own
                    end_v = f"{start_v[:4]}{end_v[4:]}"
                if ok and b.relative and end_v < start_v and len(end_v) >= 7:
                    # `from June 1 to Oct. 31` (no year): the end follows the start
                    for y in (int(start_v[:4]), int(start_v[:4]) + 1):
                        if f"{y:04d}{end_v[4:]}" >= start_v:
                            end_v = f"{y:04d}{end_v[4:]}"
                            break
                # "from Nov. 15 until Nov. 25, 2020": the first part may lack the year.
                if ok and edtf.is_valid(f"{start_v}/{end_v}"):
                    out.append(
                        DateMatch(
                            value=f"{start_v}/{end_v}",
                            start=a.start,
                            end=b.end,
                            surface=text[a.start : b.end],
                            relative=a.relative or b.relative,
                            future=a.future or b.future,
                        )
                    )
                    i += 2
                    continue
        out.append(a)
        i += 1
    return out


_PAREN_YEAR = re.compile(r"\s*\((?P<aside>[^()]{1,80})\)\s*,?\s*(?P<y>(?:19|20)\d{2})\b(?![\d%]|[.,]\d)")


def _paren_years(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Day-month dates whose year follows an aside in parentheses (`November 10 (November 9 Moscow
    time), 2020`) take that year, and so do day-month dates inside the aside."""
    out = list(cands)
    years: set[int] = set()
    for i, c in enumerate(cands):
        if c.kind not in ("dmy", "mdy") or c.groups.get("y") or c.groups.get("rely") or "(" not in text:
            continue
        m = _PAREN_YEAR.match(text, c.end)
        if not m:
            continue
        years.add(m.start("y"))
        for k, o in enumerate(cands):
            inside = m.start("aside") <= o.start and o.end <= m.end("aside")
            if k == i or (inside and o.kind in ("dmy", "mdy") and not o.groups.get("y")):
                out[k] = replace(o, groups={**o.groups, "y": m.group("y")})
    return [c for c in out if not (c.kind == "year" and c.start in years)] if years else out


_LINKED_AFTER = re.compile(r"[,;]?\s+(?P<w>after|before|following)\s+(?:[^,;]{0,80}?)$")


def find_dates(
    text: str,
    anchor: str | None = None,
    *,
    previous: str | None = None,
    anniversary: bool = False,
    narrative: str | None = None,
    narrative_day: str | None = None,
) -> list[DateMatch]:
    """Every date expression in `text`, resolved to EDTF.

    `anchor` is the publication date (EDTF, may be None or of month/year precision): relative
    expressions and dates without a year are resolved against it, and skipped without it.
    `previous` is the last absolute date before `text` (for `two months later`); absolute dates
    found in `text` update it as the scan proceeds.
    `anniversary` says the article looks back one year (`first anniversary`, `last year`, `a year
    ago`): a month alone equal to the anchor's month in a past-tense clause (`which was liberated in
    November`) is then last year's.
    A day-month after a deadline word (`until Nov. 25`, `was supposed to leave on Nov. 15`) that lies
    within a few weeks after the anchor keeps the anchor's year, even in a past-tense sentence.
    `narrative` is a month with its year stated just before `text` (same or previous paragraph): a
    day-month or month without a year in a past clause in that month refines it and keeps its year
    (`in September 2022, ... asked for help on 13 September`) rather than the latest year before the
    anchor.
    `narrative_day` is a day with its year stated just before `text`: a day-month without a year in a
    past clause up to `NARRATIVE_DAYS` days after it in its year keeps that year (`On November 9, 2020,
    X signed ... The first units arrived on November 10.` in an article of November 2021).
    """
    if anchor is not None and not edtf.is_valid(anchor):
        anchor = None
    if previous is not None and not edtf.is_valid(previous):
        previous = None
    matches: list[DateMatch] = []
    text_full: str | None = None
    """The last full day date in `text` (`May 12, 1994`)."""
    text_year_end = 0
    cands = _paren_years(text, _candidates(text))
    lead_year = _LEAD_YEAR.match(text)
    futures = [_is_future(text, c.start, c.end) or _DESIGNATED.match(text, c.end) is not None for c in cands]
    for i in range(len(cands) - 1):
        a, b = cands[i], cands[i + 1]
        if a.kind == b.kind == "weekday" and _INTERVAL_GAP.match(text[a.end : b.start]):
            # `from early Saturday through Sunday afternoon`: one stretch, both ends on one side of today;
            # a deadline word alone (`lasted from Monday until Wednesday`) does not make a told stretch future
            ahead = futures[i] or futures[i + 1]
            if ahead and not futures[i]:
                clause = _mask_quotes(text, a.start, b.end)
                ahead = (
                    bool(_FORECAST.search(clause)) or not _told_past(clause[: a.start])
                ) and _ahead_in_order(a, b, anchor)
            futures[i] = futures[i + 1] = ahead
    for i, c in enumerate(cands):
        future = futures[i]
        # Day-month without year followed by an interval partner with a year: borrow it.
        if (
            c.kind in ("dmy", "mdy")
            and not c.groups.get("y")
            and not c.groups.get("rely")
            and i + 1 < len(cands)
        ):
            nxt = cands[i + 1]
            ay = _anchor_parts(anchor)[0]
            rely = (nxt.groups.get("rely") or "").lower()
            if (
                nxt.kind in ("dmy", "mdy")
                and (nxt.groups.get("y") or (rely and ay is not None))
                and _INTERVAL_GAP.match(text[c.end : nxt.start])
            ):
                g = dict(c.groups)
                # `from July 30 to August 24 last year`: the end's year, stated or relative
                y = (
                    int(nxt.groups["y"])
                    if nxt.groups.get("y")
                    else (ay or 0) + V.RELATIVE_YEARS[f"{rely} year"]
                )
                if (_month(g["mon"]), int(g["d"])) > (_month(nxt.groups["mon"]), int(nxt.groups["d"])):
                    y -= 1
                g["y"] = str(y)
                c = replace(c, groups=g)
        elif _nameless_year(c) and c.kind == "month" and i + 1 < len(cands):
            # `in June and July last year`, `from May to June 2021`: the list's year, stated or relative
            nxt = cands[i + 1]
            ay = _anchor_parts(anchor)[0]
            rely = (nxt.groups.get("rely") or "").lower()
            if (
                nxt.kind in ("month", "my")
                and (nxt.groups.get("y") or (rely and ay is not None))
                and _MONTH_LIST_GAP.fullmatch(text[c.end : nxt.start])
            ):
                y = (
                    int(nxt.groups["y"])
                    if nxt.groups.get("y")
                    else (ay or 0) + V.RELATIVE_YEARS[f"{rely} year"]
                )
                if _month(c.groups["mon"]) > _month(nxt.groups["mon"]):
                    y -= 1
                c = replace(
                    c, kind="my", groups={"mod": c.groups.get("mod"), "mon": c.groups["mon"], "y": str(y)}
                )
        elif (
            c.kind in ("dmy", "mdy")
            and not c.groups.get("y")
            and not c.groups.get("rely")
            and not future
            and text_full is not None
            and (link := _LINKED_AFTER.search(text, text_year_end, c.start))
        ):
            # `came into force on May 12, 1994, after the protocol was signed on May 5`: an `after` /
            # `before` clause right after a full date takes its year when the order fits (never the future)
            g = dict(c.groups, y=text_full[:4])
            borrowed = _day(int(text_full[:4]), _month(g["mon"]), int(g["d"]))
            earlier = link.group("w") in ("after", "following")
            # (compared at the full date's precision: `in February 2023 … after the quakes of Feb. 6`)
            cut = borrowed[: len(text_full)] if borrowed else None
            fits = cut is not None and (cut <= text_full if earlier else cut >= text_full)
            if fits and (anchor is None or borrowed <= anchor[:10]):
                c = replace(c, groups=g)
        if (
            lead_year
            and _nameless_year(c)
            and c.start > lead_year.end()
            and not future
            and not _CLAUSE_BREAK.search(text, lead_year.end(), c.start)
        ):
            # `In 2021, blazes that started on July 28 ...`: the sentence's opening year governs it
            c = replace(c, groups=dict(c.groups, y=lead_year.group("y")))
        res = _resolve(c, text, anchor, previous, future, anniversary)
        if res is None:
            continue
        value, rel = res
        if (
            c.kind in ("dmy", "mdy", "iso", "my")
            and c.groups.get("y")
            and edtf.precision(value) in ("day", "month")
        ):
            text_full, text_year_end = (
                value,
                c.end,
            )  # `elected in October 2023 after X won ... on September 17`
        if (
            narrative
            and rel
            and not future
            and "/" not in value
            # `lost a vote last August, weeks after it signed a deal on Aug. 3`: the sentence's own month
            and not any(m.value[5:7] == value[5:7] and len(m.value) == 7 for m in matches)
        ):
            value = _narrative_year(c, value, narrative, anchor)
        if (
            rel
            and anchor
            and "/" not in value
            and _nameless_year(c)
            and _WAS_PLANNED.search(text, 0, c.start)
        ):
            value = _nearest_year(value, anchor)  # `was scheduled for March 3`: before or after, nearest
        if narrative_day and rel and not future and c.kind in ("dmy", "mdy") and _nameless_year(c):
            value = _narrative_day_year(value, narrative_day)
        if (
            rel
            and matches
            and c.kind in ("dmy", "mdy")
            and _nameless_year(c)
            and (o := matches[-1]).relative
            and _OFFSET_WORD.search(o.surface)
            and 0 <= c.start - o.end <= 6
            and len(o.value) == 10
            and o.value[4:] == value[4:]
        ):
            value = o.value  # `A day earlier, on October 27,`: the offset counted from the story's day
        tail = _SAME_YEAR.match(text[c.end :]) if c.kind in ("dmy", "mdy", "month") else None
        if tail and previous and not c.groups.get("y") and not c.groups.get("rely"):
            value = f"{previous[:4]}{value.split('/')[0][4:]}"
            c = replace(c, end=c.end + tail.end())
        if not edtf.is_valid(value):
            continue
        matches.append(
            DateMatch(
                value=value,
                start=c.start,
                end=c.end,
                surface=text[c.start : c.end],
                relative=rel,
                future=future,
            )
        )
        if not rel and edtf.precision(value) == "day":
            narrative_day = value  # (`On November 9, 2020, X signed a truce starting from November 10`)
        elif narrative_day and value[:4] != narrative_day[:4]:
            narrative_day = None  # (`held on April 19 this year, ...`: the story moved on)
        if not rel and c.kind not in ("decade", "century"):
            previous = value.split("/")[-1]
        elif rel and c.kind in ("dmy", "mdy", "month"):
            previous = value
    return _merge_intervals(text, _without_echoes(matches))


def _without_echoes(matches: list[DateMatch]) -> list[DateMatch]:
    """Offsets that a stated date of the same sentence refines are dropped: `Two months later,
    at the summit on 23 November 2022, ...` is one happening of 2022-11-23, not also one of 2022-11."""
    stated = [m.value for m in matches if not m.relative and "/" not in m.value]

    def refined(m: DateMatch) -> bool:
        # `a month earlier, on Feb. 8`: the day right after the offset restates it, even without a year
        # and even when the offset was counted from a date that is not the one the writer meant
        return any(v != m.value and v.startswith(m.value + "-") for v in stated) or any(
            0 <= o.start - m.end <= 6
            and not _OFFSET_WORD.search(o.surface)
            and "/" not in o.value
            and len(o.value) == 10
            for o in matches
        )

    return [m for m in matches if not (m.relative and _OFFSET_WORD.search(m.surface) and refined(m))]


_OFFSET_WORD = re.compile(r"\b(?:later|earlier|afterwards|after|before|ago)\b", re.IGNORECASE)


def parse_date(text: str) -> str | None:
    """One date expression -> EDTF (`11 November 2020` -> `2020-11-11`), or None.

    Only absolute expressions resolve (no anchor); a bare four-digit year is accepted.
    """
    s = text.strip()
    if re.fullmatch(r"(?:19|20)\d{2}", s):
        return s
    if re.fullmatch(r"(?:19|20)\d0s", s):
        return s[:3] + "X"
    found = find_dates(s)
    return found[0].value if found else None
