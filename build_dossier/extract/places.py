"""Places: curated places first, then discovery without a list.

Order of evidence, per sentence:

1. Curated `Knowledge.places` (name and aliases), anywhere in the text.
2. Near-misspellings of a curated place (rapidfuzz), only in a place context (after a locative
   preposition or before a place head-word): `in Korra` -> `Kora` when the curator declared it.
3. Capitalised phrases with a place head-word (`Tarno Corridor`, `Kapaz district`, `Margara bridge`,
   `Victory Park`), after a locative preposition (`in Brussels`, `at the State House`), after
   `the town of` / `the cities of X, Y and Z`, in a dateline (`NEW DELHI, Sept 10`), or `X-Y border`.
4. Countries are places only in a locative context; other discovered names are propagated to every
   later mention in the same article.

`X, also known as Y` makes Y an alias of X inside the article (the mention keeps Y as surface and X as
name). Extraction is per article: near-misspellings are matched only against curated places.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import fuzz

from build_dossier.curate import Knowledge
from build_dossier.models import Article, PlaceMention, Sentence
from build_dossier.vocab import places as V

try:  # world countries, demonyms, capitals (written by the actors helper)
    from build_dossier.vocab import geo as _geo
except ImportError:  # pragma: no cover - until vocab/geo.py lands
    _geo = None

_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*(?:['’]s?)?")
_FUNCTION = frozenset(
    V.LOCATIVE_PREPOSITIONS
    | {
        "the",
        "a",
        "an",
        "on",
        "of",
        "and",
        "but",
        "or",
        "as",
        "for",
        "with",
        "by",
        "after",
        "before",
        "during",
        "earlier",
        "later",
        "meanwhile",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "his",
        "her",
        "their",
        "our",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "there",
        "here",
        "if",
        "when",
        "while",
        "since",
        "until",
        "following",
        "according",
        "under",
        "over",
        "about",
        "speaking",
        "welcomed",
        "also",
        "then",
        "both",
        "all",
        "some",
        "many",
        "most",
        "several",
        "one",
        "two",
        "three",
        "what",
        "read",
        "more",
        "relations",
        "hundreds",
        "thousands",
        "large",
        "fresh",
        "new",
        "citing",
        "noting",
        "marking",
        "regarding",
        "yesterday",
        "today",
        "tomorrow",
        "last",
        "next",
        "every",
        "each",
        "any",
        "another",
        "other",
        "such",
    }
)
"""Words that never start a name even when capitalised (sentence-initial `In`, `The`)."""

FUZZY_THRESHOLD = 85.0


def is_country(name: str) -> str | None:
    """Canonical country name when `name` is a country (via vocab/geo when available), else None."""
    return _geo.is_country(name) if _geo is not None else None


def country_of_demonym(word: str) -> str | None:
    """`Turkish` -> `Turkey` (via vocab/geo when available)."""
    return _geo.country_of_demonym(word) if _geo is not None else None


def country_of_capital(word: str) -> str | None:
    """`Baku` -> `Azerbaijan` (via vocab/geo when available)."""
    return _geo.country_of_capital(word) if _geo is not None else None


_KEY_SEPARATORS = re.compile(r"[\s\-‐–]+")
_CAPITALISED_WORD_END = re.compile(r"([A-Z][\w'’\-]*) $")
_CREDIT_LINE = re.compile(V.CREDIT_LINE)
_DATELINE = re.compile(r"(?:^|\)\s)([A-Z][A-Z'’\-]{2,}(?: [A-Z][A-Z'’\-]+)*),\s+(?:([A-Z][\w ]+?)[,(])?")
_BORDER = re.compile(r"\b([A-Z]\w+)[-–]([A-Z]\w+)\s+(border|frontier|boundary)\b")
_BORDER_HINT = re.compile(r"border|frontier|boundary")
_ARTICLE_END = re.compile(r"\b(?:an?|An?)\s+$")
_TITLE_WORD = re.compile(r"\b[A-Z][a-z\u00c0-\u024f]{3,}\b")
_ALIAS_AFTER = tuple(
    re.compile(r",?\s*(?:\(\s*)?" + re.escape(marker) + r"\s+(?:the\s+)?((?:[A-Z][\w'’]*[\s\-]?)+)")
    for marker in V.ALIAS_MARKERS
)
"""`, also known as Y` after a place name, one pattern per alias marker (in the order of the markers)."""


@lru_cache(maxsize=16384)
def place_key(name: str) -> str:
    """Comparison key: case-folded, hyphens and spaces unified, leading `the` dropped."""
    key = _KEY_SEPARATORS.sub(" ", name.casefold()).strip()
    return key[4:] if key.startswith("the ") else key


_CAP = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
_ANYWHERE = V.MACRO_REGIONS | V.TERRITORIES
_MACRO_NAMES = {place_key(n): n for n in _ANYWHERE}
_MACRO_ALT = "|".join(
    r"[\s\-]+".join(re.escape(w) for w in n.split()) for n in sorted(_ANYWHERE, key=len, reverse=True)
)
_MACRO = re.compile(r"(?<![\w\-])(?:" + _MACRO_ALT + r")(?![\w\-])(?!\s+[A-Z])")
_RIVER = re.compile(r"(?:" + "|".join(V.RIVER_CONTEXT) + rf")({_CAP})(?![\w'’\-])(?!\s+[A-Z])(?!\s+river\b)")
_PLURAL_HEAD = re.compile(
    rf"\b(?:the|The)\s+[‘'“\"]?({_CAP})[’'”\"]?\s+({'|'.join(sorted(V.PLURAL_FEATURE_HEADS))})\b"
)
_MODIFIER = re.compile(
    rf"\b(?:the|The)\s+({_CAP})\s+(?:{'|'.join(sorted(V.PLACE_MODIFIER_ADJECTIVES))})\s+[a-z]"
)
_MACRO_HINT = re.compile(_MACRO_ALT)
_PLURAL_HEAD_HINT = re.compile("|".join(sorted(V.PLURAL_FEATURE_HEADS)))
_MODIFIER_HINT = re.compile("|".join(sorted(V.PLACE_MODIFIER_ADJECTIVES)))
"""The literal parts of `_MACRO`, `_PLURAL_HEAD` and `_MODIFIER`: fast to search (no look-behind or `\b`
first), and without them the pattern does not match, so a sentence is searched for them first."""


_CAP_HEADS = V.ADMIN_HEADS | V.FEATURE_HEADS
_NAME_CONNECTORS = V.ORG_CONNECTORS | {"and", "of"}
_HEADLINE_SMALL_WORDS = V.LOCATIVE_PREPOSITIONS | {"of", "and"}


class _Tok(NamedTuple):
    """One word (immutable; a tuple, because tokens are made for every word of every article)."""

    text: str
    start: int
    end: int
    possessive: bool
    lower: str
    cap: bool
    """Capitalised and not a function word."""

    @property
    def word(self) -> str:
        return self.text


def _tokens(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        word, end, poss = m.group(), m.end(), False
        if len(word) > 2 and (word[-1] in "'’" or (word[-1] == "s" and word[-2] in "'’")):
            word = word[:-2] if word[-1] == "s" else word[:-1]
            end = m.start() + len(word)
            poss = True
        word = word.rstrip(".")
        low = word.lower()
        start = m.start()
        cap = word[:1].isupper() and low not in _FUNCTION
        out.append(_Tok(word, start, start + len(word) if word else end, poss, low, cap))
    for n in range(len(out) - 1):
        t, nxt = out[n], out[n + 1]
        if t.text == "New" and nxt.cap and text[t.end : nxt.start] == " ":
            out[n] = t._replace(cap=True)
    return out


@lru_cache(maxsize=1024)
def _sentence_tokens(text: str) -> tuple[list[_Tok], bool]:
    """Tokens of one sentence and whether it is a Title Case headline (cached: three passes use them)."""
    toks = _tokens(text)
    return toks, _title_case(toks)


@lru_cache(maxsize=1024)
def _sentence_phrases(text: str) -> tuple[tuple[int, int], ...]:
    """`_phrases` of one sentence (cached: the speaker pass and the place pass both use them)."""
    return tuple(_phrases(_sentence_tokens(text)[0], text))


def _phrases(toks: list[_Tok], text: str) -> Iterator[tuple[int, int]]:
    """Index ranges [i, j) of capitalised phrases (connectors `of`, `de` allowed inside)."""
    i = 0
    while i < len(toks):
        if not toks[i].cap or toks[i].text.isdigit():
            i += 1
            continue
        j = i + 1
        while j < len(toks) and not toks[j - 1].possessive:
            gap = text[toks[j - 1].end : toks[j].start]
            if gap not in (" ", "-"):
                break
            if toks[j].cap and not toks[j].text.isdigit():
                j += 1
            elif (
                toks[j].lower in V.CONNECTORS
                and toks[j - 1].lower in V.HEAD_FIRST
                and j + 1 < len(toks)
                and toks[j + 1].cap
                and text[toks[j].end : toks[j + 1].start] == " "
            ):
                j += 2
            else:
                break
        yield i, j
        i = j


def _is_demonym(word: str) -> bool:
    word = word.split("-")[0]
    if _geo is None:
        return word.endswith(("ian", "ish", "ese", "ani"))
    return country_of_demonym(word) is not None and not is_country(word)


def _bad_name(words: list[str], locative: bool) -> bool:
    """True when a capitalised phrase names a person, organisation, event, month or demonym."""
    low = [w.lower() for w in words]
    if not words or any(w in V.TITLE_WORDS for w in low):
        return True
    if len(words) > 1 and is_country(" ".join(words)):
        return False  # `the Russian Federation`: not a demonym phrase
    if len(words) == 1 and low[0] in V.BARE_HEADS:
        return True  # `at the Centre for X Studies`: a head word alone names nothing
    if len(words) == 1 and "-" in low[0]:
        parts = low[0].split("-")
        if any(p in V.MONTH_WORDS for p in parts) or (
            parts[-1].isalpha() and words[0].split("-")[-1].islower()
        ):
            return True  # `January-May`, `UAE-brokered`
    if len(words) == 1 and (low[0] in V.NOT_PLACE_WORDS or len(words[0]) < 2):
        return True
    if len(words) == 1 and low[0].endswith(V.ABSTRACT_NOUN_SUFFIXES) and not _exempt(words[0]):
        return True  # `the Path to Normalization`: an abstract noun in a title
    if any(_DOMAIN.search(w) for w in words):
        return True  # `sent to X.am`: a website
    if len(words) > 1 and "-" in words[0]:
        tail = words[0].split("-")[-1]
        if tail.islower() and tail.endswith("ed"):
            return True  # `the NATO-led X force`: a group led by someone
    if (
        len(words) > 1
        and _acronym(words[0])
        and not all(w.isupper() for w in words)
        and not (is_country(words[0]) or low[0] in V.US_STATES)
        and low[-1] not in V.FEATURE_HEADS  # `RAMS Park`: a stadium
    ):
        return True  # `BRICS Plus`, `ANCA Western Region`: an organisation's format or branch
    if low[-1] in V.NOT_PLACE_HEADS:
        return True
    strong_head = len(low) > 2 and low[-1] in V.FEATURE_HEADS and low[-1] not in V.WEAK_FEATURE_HEADS
    if not strong_head and any(w in V.NOT_PLACE_HEADS for w in low[1:]):
        return True  # `X Army Command`; but `the X Military Road` is a road
    headed = len(words) > 1 and (low[-1] in _CAP_HEADS)
    if low[0] in V.NOT_PLACE_WORDS and not headed and low[0] not in {"new", "west", "east", "north", "south"}:
        return True
    if _is_demonym(words[0]) and (not headed or low[-1] in V.INSTITUTION_HEADS):
        return True  # `Armenian attacks`; `the Armenian Apostolic Church` is an institution
    return bool(words[0].isupper() and len(words) == 1 and not is_country(words[0]) and len(words[0]) <= 5)


_DOMAIN = re.compile(V.DOMAIN_NAME)


def _acronym(word: str) -> bool:
    """True for an upper-case abbreviation of two letters or more (`BRICS`, `FIDE`)."""
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _org_unit(toks: list[_Tok], j: int, text: str) -> bool:
    """True when the phrase ending before token j is a unit of an organisation: its head is `Center`
    and `of (the) Ministry of X` follows (`the Monitoring Center of the Ministry of Environment`)."""
    if j < 1 or toks[j - 1].lower not in V.ORG_UNIT_HEADS or j >= len(toks) or toks[j].lower != "of":
        return False
    k = j + 1
    if k < len(toks) and toks[k].lower == "the":
        k += 1
    last = None
    while k < len(toks) and (toks[k].cap or toks[k].lower in _NAME_CONNECTORS):
        if toks[k].cap:
            last = toks[k].lower
        if toks[k].lower in V.NOT_PLACE_HEADS:
            return True
        k += 1
    return last in V.NOT_PLACE_HEADS


def _head_after(toks: list[_Tok], j: int) -> tuple[str, int] | None:
    """A lowercase place head right after the phrase: (`bridge`, tokens used)."""
    if j < len(toks) and not toks[j].cap:
        two = f"{toks[j].lower} {toks[j + 1].lower}" if j + 1 < len(toks) else ""
        if two in V.FEATURE_HEADS:
            return two, 2
        if (
            toks[j].lower in V.VERB_LIKE_HEADS
            and j + 1 < len(toks)
            and (toks[j + 1].text.isdigit() or toks[j + 1].lower in V.VERB_CUES)
        ):
            return None  # `Lake X falls again`, `X falls by 9 cm`: a verb
        if toks[j].lower in _CAP_HEADS and toks[j].lower not in V.CAPITALISED_ONLY_HEADS:
            return toks[j].lower, 1
        if toks[j].lower in V.PLURAL_FEATURE_SINGULAR:
            return V.PLURAL_FEATURE_SINGULAR[toks[j].lower], 1
        for used in (2, 3, 4):  # `gold mine`, `nuclear power plant`, `international sea trade port`
            k = j + used - 1
            if k < len(toks) and toks[k].lower in V.SITE_HEADS:
                if all(t.lower in V.SITE_MODIFIERS for t in toks[j:k]):
                    return " ".join(t.lower for t in toks[j : k + 1]), used
                break
    return None


def _inside_name(toks: list[_Tok], k: int) -> bool:
    """True when the preposition at k sits inside a capitalised organisation or event name.

    `Organization for Security and Co-operation in Europe`, `Day for X and Assistance in Y`: walking back
    over capitalised words and `and`/`for`/`on`, a `for`/`on` right after a head whose name runs on
    (`Organization for`, `Day for`). `Institute for X Studies in Y` keeps Y: institutes have seats.
    """
    m = k - 1
    if m < 1 or not toks[m].cap:
        return False
    while m > 0 and (
        toks[m].cap
        or toks[m].lower in _NAME_CONNECTORS
        or (toks[m].lower == "the" and toks[m - 1].lower in V.ORG_CONNECTORS)  # `Agreement on the Path`
    ):
        if toks[m].lower in V.MONTH_WORDS or toks[m].lower in V.WEEKDAY_WORDS:
            return False  # `the Agreement on Tuesday in X`: a date, not a word of the name
        if toks[m].lower in V.ORG_CONNECTORS and toks[m - 1].lower in V.NAME_INTERNAL_HEADS:
            return True
        m -= 1
    return False


def _locative(toks: list[_Tok], i: int, text: str = "") -> bool:
    """True when the phrase at token i follows a locative preposition (optionally `the`).

    The preposition must touch the phrase: nothing but spaces (and `the`, `capital`, a direction
    adjective like `southern`) in between, so `leave," Name said` is not `leave Name`.
    """
    k = i - 1
    if (
        k >= 0
        and toks[k].lower in V.CLASS_NOUNS
        and not toks[k].possessive
        and (not text or text[toks[k].end : toks[i].start] == " ")
    ):
        return True  # `second-largest city X`, `the port town X`
    if k >= 0 and toks[k].lower in V.DIRECTION_ADJECTIVES:
        k -= 1
    if k >= 0 and toks[k].lower in {"the", "capital", "city", "town", "village", "ancient", "historic"}:
        k -= 1
        if k >= 0 and toks[k].lower in {"the", "capital", "of"}:
            k -= 1
    if k < 0:
        return False
    if text and any(not text[toks[n].end : toks[n + 1].start].isspace() for n in range(k, i)):
        return False
    if toks[k].lower in {"in", "on"} and _inside_name(toks, k):
        return False
    if toks[k].lower == "over" and k > 0 and toks[k - 1].lower in V.CONFLICT_NOUNS:
        return True  # `the war over X`
    if toks[k].text in {"borders", "bordering"}:
        return True  # `X, which borders Y`
    if (
        (toks[k].lower == "from" and k > 0 and toks[k - 1].lower in V.SUPPLY_VERBS)
        or (toks[k].lower == "in" and k > 0 and toks[k - 1].lower in V.PARTICIPATION_BEFORE_IN)
    ) and not _exempt(toks[i].text):
        return False  # `acquired from X` (a seller), `take part in X` (an event)
    if toks[k].lower in {"capital", "city", "town", "village", "of"} and k + 1 == i:
        return toks[k].lower != "of" or (k > 0 and toks[k - 1].lower in V.LIST_HEADS_OF)
    if toks[k].lower == "of":
        return k > 0 and toks[k - 1].lower in V.LIST_HEADS_OF
    if toks[k].lower not in V.LOCATIVE_PREPOSITIONS:
        return False
    if toks[k].lower == "to" and k > 0 and toks[k - 1].lower in V.NON_LOCATIVE_TO_AFTER:
        return False  # `speaking to X`: an addressee
    if toks[k].lower == "to" and _inside_name(toks, k):
        return False  # `the Agreement on the Path to X`
    return not (k > 0 and toks[k - 1].lower in V.NON_LOCATIVE_BEFORE)


def _at_venue(toks: list[_Tok], i: int) -> bool:
    """True after `in/at/to/into/near (the)`: where a building, not an organisation, is meant."""
    k = i - 1
    if k >= 0 and toks[k].lower == "the":
        k -= 1
    if k > 0 and toks[k].lower == "to" and toks[k - 1].lower in V.NON_LOCATIVE_TO_AFTER:
        return False  # `according to the X Center`: a source, not a building
    return k >= 0 and toks[k].lower in V.VENUE_PREPOSITIONS


def _in_org_name(text: str, at: int) -> bool:
    """True when text[at:] follows `of`/`in` inside a capitalised name (`Council of Europe`)."""
    before = _tokens(text[max(0, at - 120) : at])
    if len(before) < 2 or before[-1].lower not in {"of", "in"}:
        return False
    return before[-2].lower in V.NOT_PLACE_HEADS or (
        before[-1].lower == "in" and _inside_name(before, len(before) - 1)
    )


def _after_name_word(text: str, at: int) -> bool:
    """True when a capitalised non-function word stands right before text[at:] (`Southeast Europe`)."""
    m = _CAPITALISED_WORD_END.search(text[max(0, at - 40) : at])
    return bool(m and m.group(1).lower() not in _FUNCTION and m.group(1).lower() not in {"former", "ex"})


def _title_case(toks: list[_Tok]) -> bool:
    """True for a Title Case headline (`Minister Moves To Close Road In X`): its phrases are not names."""
    words = [t for t in toks[1:] if t.text.isalpha()]
    long_words = [t for t in words if len(t.text) >= 4]
    if len(long_words) < 3 or sum(t.text[0].isupper() for t in long_words) < 0.85 * len(long_words):
        return False
    return any(t.text[0].isupper() and t.lower in _HEADLINE_SMALL_WORDS for t in words)


def _exempt(name: str) -> bool:
    """Countries and capitals: metonyms (`Baku said`) that stay places wherever they are locations."""
    return bool(is_country(name) or country_of_capital(name))


def _speakers(article: Article) -> frozenset[str]:
    """Keys of names that are people or speakers in this article, never places.

    A name right after a title (`President X Y` -> `X Y` and `Y`), and a name right before a speech verb
    (`Y said`) unless it follows a locative preposition (`a source in X said`). Countries and capitals
    are exempt: they are places when they are locations.
    """
    out: set[str] = set()
    for s in article.sentences:
        text = s.text
        toks, _ = _sentence_tokens(text)
        for n, t in enumerate(toks):
            if t.lower in V.TITLE_WORDS and not t.possessive:
                j = n + 1
                while (
                    j < len(toks)
                    and toks[j].cap
                    and text[toks[j - 1].end : toks[j].start] == " "
                    and not toks[j - 1].possessive
                ):
                    j += 1
                run = [x.text for x in toks[n + 1 : j] if x.lower not in V.TITLE_WORDS]
                if run:
                    for name in (" ".join(run), run[-1]):
                        if not _exempt(name):
                            out.add(place_key(name))
        for i, j in _sentence_phrases(text):
            if i > 0 and toks[i - 1].lower in V.ADDRESSEE_VERBS and toks[i - 1].end + 1 == toks[i].start:
                name = text[toks[i].start : toks[j - 1].end]
                if not _exempt(name):
                    out.add(place_key(name))
            if (
                j < len(toks)
                and toks[j].lower in V.SPEECH_VERBS
                and text[toks[j - 1].end : toks[j].start] == " "
                and not toks[j - 1].possessive
                and not _locative(toks, i, text)
            ):
                name = text[toks[i].start : toks[j - 1].end]
                if not _exempt(name):
                    out.add(place_key(name))
                    # `the X Information Center reported`: its tail names it too
                    out.update(place_key(" ".join(t.text for t in toks[m:j])) for m in range(i + 1, j - 1))
            out.update(_org_names(toks, i, j, text))
    return frozenset(out)


_ORG_NOUN_AFTER = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(\w+)")


def _org_names(toks: list[_Tok], i: int, j: int, text: str) -> Iterator[str]:
    """Keys of the phrase [i, j) when the words around it make it an organisation in the whole article.

    `X party`, `the X (Self-Determination) party` (a party or movement); `X Agency` (then `X` alone is the
    agency: `speaking to X`). Countries and capitals stay places.
    """
    name = text[toks[i].start : toks[j - 1].end]
    m = _ORG_NOUN_AFTER.match(text, toks[j - 1].end)
    if m and m.group(1) in V.ORG_NAME_NOUNS and not toks[j - 1].possessive and not _exempt(name):
        yield place_key(name)
    if j - i > 1 and toks[j - 1].lower in V.ORG_NAME_NOUNS and toks[j - 1].cap:
        head_less = text[toks[i].start : toks[j - 2].end]
        if not _exempt(head_less):
            yield place_key(head_less)


def _body_names(article: Article) -> frozenset[str]:
    """Capitalised words inside body sentences (not sentence-initial, not in a Title Case headline)."""
    out: set[str] = set()
    for s in article.sentences:
        words = s.text.split()
        if len(words) > 1 and not _sentence_tokens(s.text)[1]:
            out.update(w.strip(".,;:!?\"'“”‘’()") for w in words[1:] if w[:1].isupper())
    return frozenset(out)


def _credit_line_places(article: Article) -> list[tuple[str, int, int, bool, Sentence]]:
    """`(Reporting by X in Ankara and Y in Dubai; Editing by Z)`: the wire credit line names places.

    Credit lines are furniture (not body sentences); each one becomes its own pseudo-sentence.
    """
    out: list[tuple[str, int, int, bool, Sentence]] = []
    for f in article.furniture:
        if not _CREDIT_LINE.search(f.text):
            continue
        at = article.text.find(f.text)
        if at < 0:
            continue
        s = Sentence(text=f.text, start=at, end=at + len(f.text), line=f.line, paragraph=-1)
        for m in _CREDIT_PLACE.finditer(f.text):
            words = m.group(1).split()
            if _bad_name(words, True):
                continue
            country = is_country(m.group(1))
            out.append((country or m.group(1), at + m.start(1), at + m.end(1), bool(country), s))
    return out


def _line_starts(text: str) -> list[int]:
    """Offset of the start of every line (index 0 is line 1)."""
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _pseudo_sentence(article: Article, at: int, end: int, line: int) -> Sentence:
    """The body sentence covering [at, end), or a pseudo-sentence for a line of page furniture."""
    for s in article.sentences:
        if s.start <= at and end <= s.end:
            return s
    return Sentence(text=article.text[at:end], start=at, end=end, line=line, paragraph=-1)


def _furniture_places(
    article: Article, known: _Known, found: set[str]
) -> list[tuple[str, int, int, bool, Sentence]]:
    """Places named in page furniture: menus, tags, captions, related headlines, datelines, weather.

    A menu or tag entry is a place only when it is a known place (a country, a world region, a curated
    place or a place found in the body); a country is a place anywhere in furniture (`X's team to face
    Y`); a caption or headline (four words or more, some lowercase) gets the sentence rules (`arrives
    in X`, `X-Y flights`); an upper-case city alone on its line before the date line, or before a date
    on the same line, is a dateline; `X 31°C` is a weather widget.
    """
    text = article.text
    starts = _line_starts(text)
    out: list[tuple[str, int, int, bool, Sentence]] = []
    outlet = place_key(article.outlet.value or "")

    def add(name: str, a: int, b: int, line: int, country: bool = False) -> None:
        out.append((name, a, b, country, _pseudo_sentence(article, a, b, line)))

    # datelines on their own line: `ISTANBUL` then `APR 12, 2023 - 3:45 PM`, or `ISTANBUL Jun 23, 2024`
    lines = text.split("\n")
    for n, line in enumerate(lines):
        m = _UPPER_DATELINE.match(line)
        if not m or place_key(m.group(1)) in {outlet, *known.not_places}:
            continue
        rest = line[m.end(1) :].strip()
        nxt = next((x.strip() for x in lines[n + 1 : n + 3] if x.strip()), "")
        if (rest and _DATE_START.match(rest)) or (not rest and _DATE_START.match(nxt)):
            name = m.group(1)
            if name.lower() in V.NOT_PLACE_WORDS or any(w.lower() in _FUNCTION for w in name.split()):
                continue
            at = starts[n] + m.start(1)
            add(is_country(name) or name.title(), at, at + len(name), n + 1)

    body_lines = {s.line for s in article.sentences}
    for f in article.furniture:
        if _CREDIT_LINE.search(f.text) or f.text.startswith(("By ", "BY ", "Source:", "SOURCE:")):
            continue
        line_at = starts[f.line - 1] if 0 < f.line <= len(starts) else -1
        at = line_at + text[line_at:].find(f.text) if line_at >= 0 and f.text in text[line_at:] else -1
        if at < 0:
            at = text.find(f.text)
        if at < 0 or f.line in body_lines:
            continue
        line = f.text
        for m in _WEATHER.finditer(line):
            if not _bad_name(m.group(1).split(), True):
                add(m.group(1), at + m.start(1), at + m.end(1), f.line)
        # menu, tag and topic entries
        taken: list[tuple[int, int]] = []
        for m in _SEGMENT.finditer(line):
            seg = m.group().strip(" #:.,")
            key = place_key(seg)
            country = is_country(seg) if "." not in seg else None  # `U.S.`: a news section
            if country or key in _MACRO_NAMES or key in known.names or key in found:
                a = at + m.start() + m.group().find(seg)
                name = country or _MACRO_NAMES.get(key) or known.names.get(key) or seg
                add(name, a, a + len(seg), f.line, bool(country))
                taken.append((a, a + len(seg)))
        # countries anywhere: `X's futsal team to face Y in friendly`
        toks = _tokens(line)
        for n, t in enumerate(toks):
            for w in (3, 2, 1):
                if n + w > len(toks) or not t.text[:1].isupper():
                    continue
                phrase = line[t.start : toks[n + w - 1].end]
                country = is_country(phrase) if "." not in phrase else None
                a, b = at + t.start, at + toks[n + w - 1].end
                if country and not any(x < b and a < y for x, y in taken):
                    add(country, a, b, f.line, True)
                    taken.append((a, b))
                    break
        if _TAG_LINE.match(line):
            continue
        # captions and headlines: the sentence rules on each part of four words or more (prose, with a
        # lowercase content word); a Title Case headline only gives `in X` at its end
        for m in re.finditer(r"[^\s](?:[^\s]|\s(?!\s))*", line):
            part, words = m.group(), m.group().split()
            if len(words) < 4:
                continue
            a0 = at + m.start()
            if any(w[:1].islower() and len(w) >= 4 for w in words):
                s = Sentence(text=part, start=a0, end=a0 + len(part), line=f.line, paragraph=-1)
                for name, a, b, country in _sentence_places(s, known):
                    if not any(x < b and a < y for x, y in taken):
                        out.append((name, a, b, country, s))
                continue
            e = _HEADLINE_END.search(part)
            if e and e.group(1).lower() not in V.HEADLINE_END_WORDS and not _bad_name([e.group(1)], True):
                country = is_country(e.group(1))
                add(country or e.group(1), a0 + e.start(1), a0 + e.end(1), f.line, bool(country))
    return out


_TAG_LINE = re.compile(r"(?i)\s*(?:tags?|topics?|keywords?|categories|related topics|filed under)\s*:")
_HEADLINE_END = re.compile(r"\s(?:in|In|near|Near|at|At)\s+([A-Z][\w'’\-]+)[.!?]?$")
_UPPER_DATELINE = re.compile(r"^\s*([A-Z][A-Z'’\-]{3,}(?: [A-Z][A-Z'’\-]+){0,2})\b(?![a-z])")
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE_START = re.compile(rf"(?i)(?:{_MONTHS}\s+\d|\d{{1,2}}\s+{_MONTHS}|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}})")
_WEATHER = re.compile(r"\b([A-Z][\w'’\-]+(?: [A-Z][\w'’\-]+)?)\s+-?\d{1,2}\s?°\s?[CF]\b")
_SEGMENT = re.compile(
    r"(?:(?<=^)|(?<=\s\s)|(?<=[·|•/>#,:]\s)|(?<=#))[^\s·|•>#,:][^·|•>#,:]*?(?=\s\s|\s[·|•/>]|,|$)"
)
"""One entry of a menu, tag or topic line (entries separated by two spaces, `·`, `|`, `#`, commas)."""

_CREDIT_PLACE = re.compile(r"\bin\s+((?:New\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*)*)")
_COMPOUND = re.compile(
    r"(?<![\w\-])((?:New\s+)?[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2})-("
    + "|".join(sorted(V.COMPOUND_PLACE_SUFFIXES))
    + r")\b"
)
_DASH = r"[\-–—‐]"
_UPPER = "[A-ZÀ-ÖØ-ÞĀĂĆČĎĐĒĖĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽƏ]"
"""An upper-case letter, Latin with diacritics included (`Ümraniye`, `Şəki`)."""
_ROAD = re.compile(r"\b(?:Interstate|Highway|Route|State Route|U\.S\. Route|I)[ -](\d{1,3})\b")
"""A numbered road: `Interstate 75`, `I-285`, `Highway 2` (after `on`, `along`, `off`, `via`, `near`)."""
_ROAD_BEFORE = re.compile(r"\b(?:on|along|off|via|near|onto|of|the)\s+$")
_ROUTE = re.compile(
    rf"(?<![\w\-–—])({_UPPER}[\w'’]+(?:{_DASH}{_UPPER}[\w'’]+)+)\s+"
    rf"(?i:(?:(?:{'|'.join(re.escape(w) for w in sorted(V.ROUTE_MODIFIERS))})\s+){{0,2}})"
    rf"(?i:({'|'.join(sorted(V.ROUTE_HEADS))}))\b"
)

_QUOTED_HEAD = re.compile(
    r"[“\"‘']([A-Z][\w'’\-]+)[”\"’']\s+((?:[A-Z][\w\-]+\s+){0,3}(?:"
    + "|".join(sorted(h.title() for h in _CAP_HEADS if " " not in h))
    + r"))\b"
)
"""`the "Alat" Free Economic Zone`: a quoted name before a capitalised place head."""
_QUOTE_HINT = re.compile(r"[“\"‘'][A-Z][\w'’\-]+[”\"’']\s+[A-Z]")
_DASH_HINT = re.compile(_DASH)
"""A dash: without one, `_ROUTE` does not match (a sentence is searched for it before the slower pattern)."""
_COMPOUND_HINT = re.compile("-(?:" + "|".join(sorted(V.COMPOUND_PLACE_SUFFIXES)) + ")")
"""The literal part of `_COMPOUND` (`-based`): without it, `_COMPOUND` does not match."""


@dataclass(frozen=True, kw_only=True)
class _Known:
    names: dict[str, str]
    """place key -> canonical name (curated names and aliases)."""
    not_places: frozenset[str]
    """keys of curated people and organisations."""
    pattern: re.Pattern[str] | None = None
    """All curated names and aliases in one regex, longest first (compiled once per article)."""
    body_names: frozenset[str] = frozenset()
    """Capitalised words used inside body sentences (not first word, not in a Title Case headline)."""


@lru_cache(maxsize=8)
def _known(knowledge: Knowledge) -> _Known:
    """Curated places and the keys of curated non-places (cached: the same for every article of a run)."""
    names: dict[str, str] = {}
    for p in knowledge.places:
        for n in (p.name, *p.aliases):
            names.setdefault(place_key(n), p.name)
    not_places = frozenset(
        place_key(n) for a in knowledge.actors if a.kind != "country" for n in (a.name, *a.aliases)
    )
    pattern = None
    if names:
        alternatives = (
            r"[\s\-‐–]+".join(re.escape(w) for w in key.split())
            for key in sorted(names, key=lambda k: (-len(k), k))
        )
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)
    return _Known(names=names, not_places=not_places, pattern=pattern)


def _fuzzy(name: str, known: _Known) -> str | None:
    key = place_key(name)
    if len(key) < 4:
        return None
    best, score = None, 0.0
    for k, canonical in known.names.items():
        if k[:1] != key[:1]:
            continue
        s = fuzz.ratio(key, k)
        if s > score:
            best, score = canonical, s
    return best if score >= FUZZY_THRESHOLD else None


def _sentence_places(s: Sentence, known: _Known) -> list[tuple[str, int, int, bool]]:
    """(name, start, end, is_country_in_locative) found in one sentence; offsets are article offsets."""
    text = s.text
    toks, headline = _sentence_tokens(text)
    found: list[tuple[str, int, int, bool]] = []
    taken: list[tuple[int, int]] = []

    def add(name: str, a: int, b: int, country: bool = False) -> None:
        if any(a < y and x < b for x, y in taken):
            return
        if name.isupper() and len(name) > 4 and not country:
            name = name.title()  # `ANKARA` in a dateline or a header line
        taken.append((a, b))
        found.append((name, s.start + a, s.start + b, country))

    def route_part(name: str, a: int, b: int, country: bool = False) -> None:
        taken.append((a, b))  # parts may overlap curated names; later rules skip them (`X–Y road`)
        found.append((name, s.start + a, s.start + b, country))

    # 1. curated places and aliases, anywhere
    if known.pattern is not None:
        for m in known.pattern.finditer(text):
            canonical = known.names.get(place_key(m.group(0)))
            if canonical:
                add(canonical, m.start(), m.end())

    # 1b. world regions and former states, anywhere: `Central Asia`, `the Soviet Union`
    for m in _MACRO.finditer(text) if _MACRO_HINT.search(text) else ():
        if not _in_org_name(text, m.start()) and not _after_name_word(text, m.start()):
            add(_MACRO_NAMES[place_key(m.group(0))], m.start(), m.end())

    # 1c. rivers: `the left bank of the X`, `the river X`; plural heads: `the X valleys`;
    #     a place modifier: `the X regional football association`
    for m in _RIVER.finditer(text):
        if not _bad_name([m.group(1)], True) and place_key(m.group(1)) not in known.not_places:
            add(m.group(1), m.start(1), m.end(1))
    for m in _PLURAL_HEAD.finditer(text) if _PLURAL_HEAD_HINT.search(text) else ():
        words = m.group(1).split()
        if not _bad_name(words, True) and not is_country(m.group(1)):
            add(f"{m.group(1)} {m.group(2)}", m.start(1), m.end(2))
    for m in _MODIFIER.finditer(text) if _MODIFIER_HINT.search(text) else ():
        if m.group(1).endswith(("'s", "’s", "'", "’")) or (
            _acronym(m.group(1)) and not is_country(m.group(1))
        ):
            continue  # `the ICRC's regional director`: an organisation's
        if not _bad_name([m.group(1)], True) and place_key(m.group(1)) not in known.not_places:
            add(known.names.get(place_key(m.group(1)), m.group(1)), m.start(1), m.end(1))

    # 2. dateline: `NEW DELHI, Sept 10`, `BAKU, Azerbaijan, Oct. 10`
    if s.start == 0 or text[:1].isupper():
        for m in _DATELINE.finditer(text[:120]):
            city = m.group(1)
            if city.lower() in V.NOT_PLACE_WORDS or len(city) < 4:
                continue
            add(city.title(), m.start(1), m.end(1))
            if m.group(2) and is_country(m.group(2).strip()):
                add(
                    is_country(m.group(2).strip()) or "",
                    m.start(2),
                    m.start(2) + len(m.group(2).strip()),
                    True,
                )

    # 3. `X-Y border`
    for m in _BORDER.finditer(text) if _BORDER_HINT.search(text) else ():
        parts = [country_of_demonym(p) or is_country(p) for p in m.group(1, 2)]
        if all(parts):
            a, b = sorted(p for p in parts if p)
            add(f"{a}-{b} {m.group(3)}", m.start(), m.end())

    # 3b. dash-joined routes (`the X–Y–Z railway`: every part) and compounds (`London-based`)
    for m in _ROUTE.finditer(text) if _DASH_HINT.search(text) else ():
        _route(m, known, route_part)
    for m in _COMPOUND.finditer(text) if _COMPOUND_HINT.search(text) else ():
        words = m.group(1).split()
        while words and words[0].lower() in _FUNCTION and not (words[0] == "New" and len(words) > 1):
            words = words[1:]
        name = " ".join(words)
        at = m.group(1).rfind(name) if words else -1
        if at < 0 or _bad_name(words, True) or _is_demonym(name) or place_key(name) in known.not_places:
            continue
        country = is_country(name)
        if not (country or country_of_capital(name)) and not text[: m.start(1) + at].strip(" “‘\"'"):
            continue  # sentence-initial `Community-based ...`: a capitalised common noun
        add(country or name, m.start(1) + at, m.end(1), bool(country))

    # 3c. a quoted name before a capitalised head: `the "Alat" Free Economic Zone`
    for m in _QUOTED_HEAD.finditer(text) if _QUOTE_HINT.search(text) else ():
        if not _bad_name([m.group(1)], True) and place_key(m.group(1)) not in known.not_places:
            add(f"{m.group(1)} {m.group(2)}", m.start(1), m.end(2))

    # 3e. numbered roads: `on Interstate 75`, `along I-285`
    for m in _ROAD.finditer(text) if any(c.isdigit() for c in text) else ():
        if _ROAD_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
            add(m.group(), m.start(), m.end())

    # 3f. `X Armenians`, `X Serbs`: a place before a plural demonym names where the people live
    for i in range(len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if (
            t.cap
            and nxt.text.endswith("s")
            and country_of_demonym(nxt.text) is not None
            and text[t.end : nxt.start] == " "
            and (i == 0 or not toks[i - 1].cap)
            and not t.possessive
            and not is_country(t.text)
            and not _is_demonym(t.text)
            and not _bad_name([t.text], True)
            and t.lower not in V.NOT_PLACE_WORDS
            and place_key(t.text) not in known.not_places
            and text[: t.start].strip(" “‘\"'(")
        ):
            add(known.names.get(place_key(t.text), t.text), t.start, t.end)

    # 3d. `Town, Country` / `Town, State`: `after Shanghai and Yecheon, South Korea, in May`
    if "," in text:
        for name, a, b in _town_region(toks, text, headline, known):
            add(name, a, b)

    # 4. capitalised phrases (none in a Title Case headline, where every word is capitalised)
    phrases = _sentence_phrases(text)
    accepted: set[int] = set()
    headed: set[int] = set()
    """Phrases accepted by their own capitalised head (`X Valley`): a list runs on after them only."""
    for n, (i, j) in enumerate(phrases):
        words = [t.text for t in toks[i:j]]
        a, b = toks[i].start, toks[j - 1].end
        name = text[a:b]
        if headline:
            # `Protest Against Mine In X`: only a one-word name after `In`/`Near`/`At` that the body also uses
            if (
                j - i == 1
                and i > 0
                and toks[i - 1].lower in V.VENUE_PREPOSITIONS
                and words[0] in known.body_names
                and place_key(name) not in known.not_places
                and not _bad_name(words, True)
            ):
                country = is_country(name)
                add(country or name, a, b, bool(country))
            continue
        key = place_key(name)
        if key in known.not_places:
            continue
        loc = _locative(toks, i, text) or _class_list(toks, i, text) or _place_context_after(toks, j, text)
        head = _head_after(toks, j) if not toks[j - 1].possessive else None
        last = words[-1].lower()
        two_last = " ".join(w.lower() for w in words[-2:])
        cap_head = (
            last in _CAP_HEADS
            or two_last in V.FEATURE_HEADS
            or (len(words) > 1 and words[0].lower() in V.LEADING_FEATURE_HEADS)  # `Lake Orvo`
        )
        if len(words) > 1 and last in V.EVENT_HEADS:
            # `the Kuala Lumpur Summit`, `the Tbilisi Silk Road Forum`: the host city is a place
            for m_ in range(len(words) - 1, 0, -1):
                pre = text[a : toks[i + m_ - 1].end]
                country = is_country(pre)
                if country or country_of_capital(pre) or place_key(pre) in known.names:
                    end = toks[i + m_ - 1].end
                    add(known.names.get(place_key(pre), country or pre), a, end, bool(country))
                    break
            else:
                if _host_city_event(words) and place_key(words[0]) not in known.not_places:
                    add(words[0], a, toks[i].end)  # `the Orvo Security Conference`
            continue
        if (
            j < len(toks)
            and toks[j].lower in V.DISASTER_HEADS
            and not toks[j - 1].possessive
            and i > 0
            and (toks[i - 1].text[:1].islower() or toks[i - 1].text.isdigit())
            and text[toks[j - 1].end : toks[j].start] == " "
        ):
            # `the devastating X earthquake`: where it struck
            country = is_country(name)
            if (
                country or (len(words) == 1 and name.isalpha() and not _bad_name(words, True))
            ) and not _is_demonym(name):
                add(country or known.names.get(key, name), a, b, bool(country))
                accepted.add(n)
            continue
        if (
            j < len(toks)
            and toks[j].lower in V.LOWER_EVENT_HEADS
            and not toks[j - 1].possessive
            and i > 0
            and toks[i - 1].lower == "the"
        ):
            # `the Istanbul summit`, `the Geneva talks`
            country = is_country(name)
            if (
                country
                or country_of_capital(name)
                or key in known.names
                or (
                    len(words) == 1
                    and name.isalpha()
                    and not name.isupper()
                    and not _bad_name(words, True)
                    and not _is_demonym(name)
                )
            ):
                add(known.names.get(key, country or name), a, b, bool(country))
                accepted.add(n)
            continue
        if (
            cap_head
            and len(words) > 1
            and not (i > 0 and toks[i - 1].lower in {"a", "an"})  # `of a Peaceful Settlement`
            and (_at_venue(toks, i) or last not in V.WEAK_FEATURE_HEADS)
            and not _bad_name(words, loc)
            and not _org_unit(toks, j, text)
            and not (last == "republic" and all(w.lower() in V.NOT_PLACE_WORDS for w in words[:-1]))
        ):
            country = is_country(name)
            add(country or name, a, b, bool(country))
            accepted.add(n)
            headed.add(n)
            continue
        if head and is_country(name) and head[0] not in V.ADMIN_HEADS:
            head = None  # `the Iceland volcano`: the country, not a feature named after it
        if head and not _bad_name(words, True) and not (toks[j - 1].possessive):
            h, used = head
            if used > 1 and h.split()[-1] in V.SITE_HEADS and is_country(name):
                continue  # `the Armenia nuclear power plant` is not named after a place of its own
            if key in known.names:
                continue
            after = j + used
            if (
                h not in V.ADMIN_HEADS
                and after + 1 < len(toks)
                and toks[after].lower in V.CLASS_NOUNS
                and toks[after + 1].lower == "of"
            ):
                continue  # `the Caspian port city of X`: a description of X, not a name
            if h in V.ADMIN_HEADS:
                add(name, a, b)
            else:
                end_tok = toks[j + used - 1]
                add(f"{name} {h.title()}", a, end_tok.end)
            accepted.add(n)
            continue
        if not loc:
            continue
        if toks[j - 1].possessive and not (j < len(toks) and toks[j].cap):
            continue
        if toks[j - 1].possessive and not is_country(name) and _names_org_after(toks, j):
            continue  # `the Constructors' Championship`: part of an event or organisation name
        if j < len(toks) and not toks[j - 1].possessive and toks[j].lower in V.NOT_PLACE_HEADS:
            continue
        if j < len(toks) and toks[j].lower in V.PREMISES_NOUNS and not _exempt(name):
            continue  # `at X facilities`: the owner of the premises, a company
        fz = _fuzzy(name, known) if key not in known.names else None
        if fz:
            add(fz, a, b)
            accepted.add(n)
            continue
        if _bad_name(words, True) or (last in V.WEAK_FEATURE_HEADS and not _at_venue(toks, i)):
            continue
        if _list_ends_in_org(phrases, n, toks, text):
            continue  # `from the Environment, Urbanization and Climate Change Ministry`
        country = is_country(name)
        if not country and len(words) >= 3 and is_country(words[0]) and not cap_head:
            # `the Ambassador to Armenia Anna Smith`: the country, then a person
            add(is_country(words[0]) or "", a, toks[i].end, True)
            accepted.add(n)
            continue
        add(country or name, a, b, bool(country))
        accepted.add(n)

    # 5. coordinated lists around an accepted place or a capital: `in Ganja, Mingachevir and Khizi`,
    #    `Marsa, Velis and Tarno regions`, `Baku, Ankara, Izmir and Istanbul`
    for n, (i, j) in enumerate(phrases):
        if (
            n not in accepted
            and j - i == 1
            and country_of_capital(toks[i].text)
            and place_key(toks[i].text) not in known.not_places
            and not (j < len(toks) and toks[j].lower == "time")  # `Moscow time`
        ):
            add(toks[i].text, toks[i].start, toks[i].end)
            accepted.add(n)
    for n in sorted(accepted):
        for step in (1,) if n in headed else (1, -1):
            m = n
            while 0 <= m + step < len(phrases):
                first, second = (
                    (phrases[m], phrases[m + step]) if step == 1 else (phrases[m + step], phrases[m])
                )
                gap = _gap(toks, text, first, second)
                if gap not in {",", "and", ", and", "or", "as well as", ", as well as"}:
                    break
                i2, j2 = phrases[m + step]
                words = [t.text for t in toks[i2:j2]]
                if (
                    _bad_name(words, True)
                    or (toks[j2 - 1].possessive and not (j2 < len(toks) and toks[j2].cap))
                    or _org_unit(toks, j2, text)
                ):
                    break
                nm = text[toks[i2].start : toks[j2 - 1].end]
                if place_key(nm) in known.not_places or (len(nm) <= 4 and nm.lower() in V.US_STATES):
                    break  # `in X, Ga.`: the state's abbreviation
                if step == 1 and gap == "," and _clause_follows(toks, j2, text):
                    break  # `In X, Y spokesman said`: Y starts a new clause
                if step == 1 and _person_in_place(toks, phrases[n], text) and _located_in(toks, j2, text):
                    break  # `writers A in X and B C in Y`: B C is a person in Y, not a place
                if step == 1 and _title_list_follows(toks, j2):
                    break  # `to the Moon, Industry and Technology Minister X`: a title, not a list
                if (
                    step == 1
                    and gap == ","
                    and j2 - i2 > 1
                    and toks[j2 - 1].lower not in _CAP_HEADS
                    and not is_country(nm)
                    and not (m + 2 < len(phrases) and _list_gap(toks, text, phrases[m + 1], phrases[m + 2]))
                ):
                    break  # `the mayor of X, Anna Berg, said`: a two-word apposition, not the list's end
                country = is_country(nm)
                add(
                    known.names.get(place_key(nm), country or nm),
                    toks[i2].start,
                    toks[j2 - 1].end,
                    bool(country),
                )
                m += step
    return found


def _place_context_after(toks: list[_Tok], j: int, text: str) -> bool:
    """True when the words after the phrase ending before token j make it a place.

    `X, a mountainous region ...` (an apposition with a place-class noun), `X, Y and other settlements`
    (the end of a list of places), `X borders Y` / `X, which borders Y`.
    """
    if j >= len(toks):
        return False
    gap = text[toks[j - 1].end : toks[j].start]
    if toks[j - 1].possessive:
        return False
    k = j + 1 if gap == ", " and toks[j].lower == "which" else j
    if (
        k + 1 < len(toks)
        and toks[k].text in {"borders", "bordering"}
        and (toks[k + 1].cap or toks[k + 1].lower in {"on", "with"})
    ):
        return True
    if gap == ", " and toks[j].lower in {"a", "an"}:
        for m in range(j + 1, min(j + 5, len(toks))):
            if toks[m].lower in V.APPOSITION_CLASS_NOUNS:
                after = text[toks[m].end : toks[m + 1].start] if m + 1 < len(toks) else "."
                nxt = toks[m + 1].lower if m + 1 < len(toks) else ""
                return after.strip() != "" or nxt in V.APPOSITION_NEXT_WORDS or nxt.endswith("ed")
            if not toks[m].text[:1].islower():
                return False
        return False
    if gap == " " and toks[j].lower == "and" and j + 2 < len(toks) and toks[j + 1].lower == "other":
        nxt = toks[j + 2].lower if toks[j + 2].lower in V.OTHER_CLASS_LIST_NOUNS else ""
        if not nxt and j + 3 < len(toks) and toks[j + 2].text[:1].islower():
            nxt = toks[j + 3].lower if toks[j + 3].lower in V.OTHER_CLASS_LIST_NOUNS else ""
        return bool(nxt)
    return False


def _person_in_place(toks: list[_Tok], phrase: tuple[int, int], text: str) -> bool:
    """True when the phrase follows `<Capitalised> in` (`writers A B in X`): someone placed in X."""
    i = phrase[0]
    return (
        i >= 2
        and toks[i - 1].text == "in"
        and toks[i - 2].cap
        and text[toks[i - 2].end : toks[i].start] == " in "
    )


def _located_in(toks: list[_Tok], j: int, text: str) -> bool:
    """True when `in <Capitalised>` follows the phrase ending before token j (`B C in Y`)."""
    return (
        j + 1 < len(toks)
        and toks[j].text == "in"
        and toks[j + 1].cap
        and text[toks[j - 1].end : toks[j].start] == " "
        and not is_country(toks[j + 1].text)
    )


def _title_list_follows(toks: list[_Tok], j: int) -> bool:
    """True when `and X Minister` follows token j-1: the phrase before is the first part of a title."""
    if j + 1 >= len(toks) or toks[j].lower != "and":
        return False
    k = j + 1
    while k < len(toks) and toks[k].cap:
        if toks[k].lower in V.TITLE_WORDS:
            return True
        k += 1
    return False


def _host_city_event(words: list[str]) -> bool:
    """True for `X (International) Security Conference`: a one-word X before a topic word and an event
    head names the host city (`the Orvo Diplomacy Forum`)."""
    rest = [w.lower() for w in words[1:]]
    if rest[:1] == ["international"]:
        rest = rest[1:]
    first = words[0]
    return (
        len(rest) == 2
        and rest[0] in V.EVENT_TOPIC_WORDS
        and rest[1] in V.EVENT_HEADS
        and first.isalpha()
        and not first.isupper()
        and not _is_demonym(first)
        and not _bad_name([first], True)
    )


def _names_org_after(toks: list[_Tok], j: int) -> bool:
    """True when the capitalised words from token j end in an organisation, event or document head."""
    k = j
    while k < len(toks) and toks[k].cap:
        k += 1
        if toks[k - 1].possessive:
            break
    return k > j and (toks[k - 1].lower in V.NOT_PLACE_HEADS or toks[k - 1].lower in V.EVENT_HEADS)


def _class_list(toks: list[_Tok], i: int, text: str) -> bool:
    """True when the phrase at i opens a list after a place-class noun.

    `towns and villages around the lake, including X, Y and Z`, `provinces such as X`, `regions: X, Y`.
    """
    k = i - 1
    if k < 0:
        return False
    if toks[k].lower in {"including", "like"} or (
        toks[k].lower == "as" and k > 0 and toks[k - 1].lower == "such"
    ):
        k -= 2 if toks[k].lower == "as" else 1
    elif text[toks[k].end : toks[i].start].strip() in {":", "—", "–"}:
        pass
    else:
        return False
    return any(t.lower in V.PLURAL_CLASS_NOUNS for t in toks[max(0, k - 8) : k + 1])


def _town_region(
    toks: list[_Tok], text: str, headline: bool, known: _Known
) -> Iterator[tuple[str, int, int]]:
    """`Town, Country` and `Town, State` (a place, then the country or state it lies in).

    The town is one word (or ends in a place head), not sentence-initial unless a dateline mark follows
    the region, and the region is a country, a US state (or its abbreviation) or a curated place.
    """
    phrases = _sentence_phrases(text)
    for n in range(len(phrases) - 1):
        (i, j), (i2, j2) = phrases[n], phrases[n + 1]
        if (
            text[toks[j - 1].end : toks[i2].start] != ", "
            or toks[j - 1].possessive
            or toks[j2 - 1].possessive
        ):
            continue
        region = text[toks[i2].start : toks[j2 - 1].end]
        if not (
            is_country(region)
            or region.lower().rstrip(".") in V.US_STATES
            or place_key(region) in known.names
        ):
            continue
        after = text[toks[j2 - 1].end :].lstrip(".")
        if after and not re.match(r"\s*(?:[,;:()\[\]—–]|-\s|$)", after):
            continue  # `X, Armenia and Turkey`: a list, not a town in a country
        words = [t.text for t in toks[i:j]]
        name = text[toks[i].start : toks[j - 1].end]
        if (
            is_country(name)
            or _bad_name(words, True)
            or _is_demonym(name)
            or place_key(name) in known.not_places
            or (len(words) > 1 and words[-1].lower() not in _CAP_HEADS)
            or (headline and place_key(name) not in known.names)
        ):
            continue
        opening = not text[: toks[i].start].strip(" “‘\"'([")
        if opening and not re.match(r"\s*[,(—–-]", after):
            continue  # `However, Russia ...`: a sentence adverb, not a town
        yield known.names.get(place_key(name), name), toks[i].start, toks[j - 1].end


def _gap(toks: list[_Tok], text: str, first: tuple[int, int], second: tuple[int, int]) -> str:
    """The words between two phrases, lowercased (the final dot of `U.S.` is not part of it)."""
    last = toks[first[1] - 1]
    gap = text[last.end : toks[second[0]].start].strip().lower()
    if gap.startswith(".") and "." in last.text:
        gap = gap[1:].strip()
    return gap


def _list_gap(toks: list[_Tok], text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
    gap = _gap(toks, text, first, second)
    return gap in {",", "and", ", and", "or", "as well as", ", as well as"}


def _list_ends_in_org(phrases: tuple[tuple[int, int], ...], n: int, toks: list[_Tok], text: str) -> bool:
    """True when the list starting at phrase n ends in an organisation (`X, Y and Z Ministry`)."""
    m = n
    while m + 1 < len(phrases) and _list_gap(toks, text, phrases[m], phrases[m + 1]):
        m += 1
        j2 = phrases[m][1]
        if toks[j2 - 1].lower in V.NOT_PLACE_HEADS or _org_unit(toks, j2, text):
            return True
    return False


def _clause_follows(toks: list[_Tok], j: int, text: str) -> bool:
    """True when a lowercase content word follows token j-1 directly (`Y spokesman`, `Y said`)."""
    if j >= len(toks) or not text[toks[j - 1].end : toks[j].start].isspace():
        return False
    return toks[j].text[:1].islower() and toks[j].lower not in V.LIST_END_WORDS


def _route(m: re.Match[str], known: _Known, add) -> None:
    """`the X–Y–Z railway`, `the X-Y border gate`: each part of a dash-joined route is a place."""
    parts = _DASH_HINT.split(m.group(1))
    if _ARTICLE_END.search(m.string[max(0, m.start() - 4) : m.start()]):
        return  # `a Mercedes-Benz bus`: a brand, not a route
    if any(p.lower() in V.NOT_ROUTE_PARTS or _is_demonym(p) for p in parts):
        return
    countries = [is_country(p) for p in parts]
    if all(countries) and m.group(2).lower() in V.BORDER_WORDS:
        return  # `X-Y border`: rule 3
    if any(
        not c and (_bad_name([p], True) or place_key(p) in known.not_places)
        for p, c in zip(parts, countries, strict=True)
    ):
        return
    at = m.start(1)
    for p, c in zip(parts, countries, strict=True):
        add(known.names.get(place_key(p), c or p), at, at + len(p), bool(c))
        at += len(p) + 1


_PAIRED_SUFFIXES = tuple(n for n, _adj in V.DEMONYM_PLACE_SUFFIXES)


def _paired_names(
    article: Article, known: _Known, raw: list[tuple[str, int, int, bool, Sentence]]
) -> list[tuple[str, int, int, bool, Sentence]]:
    """Names whose adjective also occurs in the article (`Xia` beside `Xian deputies`): a land, its people."""
    words = set(_TITLE_WORD.findall(article.text))
    out: list[tuple[str, int, int, bool, Sentence]] = []
    seen = {place_key(r[0]) for r in raw}
    for w in sorted(words):
        if not w.endswith(_PAIRED_SUFFIXES) or not any(
            w.endswith(n) and w[: -len(n)] + adj in words for n, adj in V.DEMONYM_PLACE_SUFFIXES
        ):
            continue
        key = place_key(w)
        if key in seen or key in known.not_places or is_country(w) or _bad_name([w], True):
            continue
        for s in article.sentences:
            for m in re.finditer(rf"(?<![\w\-]){re.escape(w)}(?![\w\-])", s.text):
                out.append((w, s.start + m.start(), s.start + m.end(), False, s))
    return out


@lru_cache(maxsize=4096)
def _name_pattern(key: str) -> re.Pattern[str]:
    """A place name's words as a whole-word pattern, any case, words joined by spaces or hyphens.
    Cached: a dossier's places recur from article to article."""
    words = r"[\s\-]+".join(re.escape(w) for w in key.split())
    return re.compile(r"(?<![\w\-])" + words + r"(?![\w\-])", re.IGNORECASE)


def extract_places(article: Article, knowledge: Knowledge) -> tuple[PlaceMention, ...]:
    """Every place mention of the article, in text order."""
    known = _known(knowledge)
    speakers = _speakers(article) - known.names.keys()
    known = replace(known, not_places=known.not_places | speakers, body_names=_body_names(article))
    raw: list[tuple[str, int, int, bool, Sentence]] = []
    for s in article.sentences:
        for name, a, b, country in _sentence_places(s, known):
            raw.append((name, a, b, country, s))
    raw += [r for r in _credit_line_places(article) if place_key(r[0]) not in known.not_places]
    raw += [
        r
        for r in _furniture_places(article, known, {place_key(r[0]) for r in raw})
        if place_key(r[0]) not in known.not_places
    ]

    raw += _paired_names(article, known, raw)
    canonical: dict[str, str] = {}
    for name, _a, _b, _c, _s in raw:
        canonical.setdefault(place_key(name), name)
    # apposition aliases: `X, also known as Y`
    for name, _a, b, _c, _s in raw:
        rest = article.text[b : b + 40]
        for alias_after in _ALIAS_AFTER:
            m = alias_after.match(rest)
            if m:
                canonical[place_key(m.group(1).strip(" -"))] = canonical[place_key(name)]
                break

    out: dict[tuple[int, int], PlaceMention] = {}
    for name, a, b, _c, s in raw:
        out[(a, b)] = PlaceMention(
            name=canonical.get(place_key(name), name), surface=article.text[a:b], start=a, end=b, sentence=s
        )

    # propagate non-country names (and aliases) to their other mentions in the article
    names = {k: v for k, v in canonical.items() if not is_country(v) and len(k) >= 3}
    patterns = [(key.split()[0], _name_pattern(key), name) for key, name in names.items()]
    for s in article.sentences:
        low = s.text.casefold()
        for first, pat, name in patterns:
            if first not in low:
                continue
            for m in pat.finditer(s.text):
                if not m.group()[:1].isupper():
                    continue
                a, b = s.start + m.start(), s.start + m.end()
                if any(a < y and x < b for x, y in out):
                    continue
                out[(a, b)] = PlaceMention(name=name, surface=article.text[a:b], start=a, end=b, sentence=s)
    return tuple(out[k] for k in sorted(out))
