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
from dataclasses import dataclass
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


def place_key(name: str) -> str:
    """Comparison key: case-folded, hyphens and spaces unified, leading `the` dropped."""
    key = re.sub(r"[\s\-‐–]+", " ", name.casefold()).strip()
    return key[4:] if key.startswith("the ") else key


_CAP = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
_MACRO_NAMES = {place_key(n): n for n in V.MACRO_REGIONS}
_MACRO = re.compile(
    r"(?<![\w\-])(?:"
    + "|".join(
        r"[\s\-]+".join(re.escape(w) for w in n.split())
        for n in sorted(V.MACRO_REGIONS, key=len, reverse=True)
    )
    + r")(?![\w\-])(?!\s+[A-Z])"
)
_RIVER = re.compile(r"(?:" + "|".join(V.RIVER_CONTEXT) + rf")({_CAP})(?!\s+[A-Z])(?!\s+river\b)")
_PLURAL_HEAD = re.compile(
    rf"\b(?:the|The)\s+[‘'“\"]?({_CAP})[’'”\"]?\s+({'|'.join(sorted(V.PLURAL_FEATURE_HEADS))})\b"
)
_MODIFIER = re.compile(
    rf"\b(?:the|The)\s+({_CAP})\s+(?:{'|'.join(sorted(V.PLACE_MODIFIER_ADJECTIVES))})\s+[a-z]"
)


_CAP_HEADS = V.ADMIN_HEADS | V.FEATURE_HEADS


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
    return out


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
    if len(words) == 1 and (low[0] in V.NOT_PLACE_WORDS or len(words[0]) < 2):
        return True
    if low[-1] in V.NOT_PLACE_HEADS or any(w in V.NOT_PLACE_HEADS for w in low[1:]):
        return True
    headed = len(words) > 1 and (low[-1] in V.ADMIN_HEADS | V.FEATURE_HEADS)
    if low[0] in V.NOT_PLACE_WORDS and not headed and low[0] not in {"new", "west", "east", "north", "south"}:
        return True
    if _is_demonym(words[0]) and not headed:
        return True
    return bool(words[0].isupper() and len(words) == 1 and not is_country(words[0]) and len(words[0]) <= 5)


def _head_after(toks: list[_Tok], j: int) -> tuple[str, int] | None:
    """A lowercase place head right after the phrase: (`bridge`, tokens used)."""
    if j < len(toks) and not toks[j].cap:
        two = f"{toks[j].lower} {toks[j + 1].lower}" if j + 1 < len(toks) else ""
        if two in V.FEATURE_HEADS:
            return two, 2
        if toks[j].lower in V.ADMIN_HEADS | V.FEATURE_HEADS:
            return toks[j].lower, 1
    return None


def _locative(toks: list[_Tok], i: int) -> bool:
    """True when the phrase at token i follows a locative preposition (optionally `the`)."""
    k = i - 1
    if k >= 0 and toks[k].lower in {"the", "capital", "city", "town", "village", "ancient", "historic"}:
        k -= 1
        if k >= 0 and toks[k].lower in {"the", "capital", "of"}:
            k -= 1
    if k < 0:
        return False
    if toks[k].lower in {"capital", "city", "town", "village", "of"} and k + 1 == i:
        return toks[k].lower != "of" or (k > 0 and toks[k - 1].lower in V.LIST_HEADS_OF)
    if toks[k].lower == "of":
        return k > 0 and toks[k - 1].lower in V.LIST_HEADS_OF
    if toks[k].lower not in V.LOCATIVE_PREPOSITIONS:
        return False
    return not (k > 0 and toks[k - 1].lower in V.NON_LOCATIVE_BEFORE)


def _at_venue(toks: list[_Tok], i: int) -> bool:
    """True after `in/at/to/into/near (the)`: where a building, not an organisation, is meant."""
    k = i - 1
    if k >= 0 and toks[k].lower == "the":
        k -= 1
    return k >= 0 and toks[k].lower in V.VENUE_PREPOSITIONS


@dataclass(frozen=True, kw_only=True)
class _Known:
    names: dict[str, str]
    """place key -> canonical name (curated names and aliases)."""
    not_places: frozenset[str]
    """keys of curated people and organisations."""
    pattern: re.Pattern[str] | None = None
    """All curated names and aliases in one regex, longest first (compiled once per article)."""


def _known(knowledge: Knowledge) -> _Known:
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
    toks = _tokens(text)
    found: list[tuple[str, int, int, bool]] = []
    taken: list[tuple[int, int]] = []

    def add(name: str, a: int, b: int, country: bool = False) -> None:
        if any(a < y and x < b for x, y in taken):
            return
        taken.append((a, b))
        found.append((name, s.start + a, s.start + b, country))

    # 1. curated places and aliases, anywhere
    if known.pattern is not None:
        for m in known.pattern.finditer(text):
            canonical = known.names.get(place_key(m.group(0)))
            if canonical:
                add(canonical, m.start(), m.end())

    # 1b. world regions and former states, anywhere: `Central Asia`, `the Soviet Union`
    for m in _MACRO.finditer(text):
        add(_MACRO_NAMES[place_key(m.group(0))], m.start(), m.end())

    # 1c. rivers: `the left bank of the X`, `the river X`; plural heads: `the X valleys`;
    #     a place modifier: `the X regional football association`
    for m in _RIVER.finditer(text):
        if not _bad_name([m.group(1)], True) and place_key(m.group(1)) not in known.not_places:
            add(m.group(1), m.start(1), m.end(1))
    for m in _PLURAL_HEAD.finditer(text):
        words = m.group(1).split()
        if not _bad_name(words, True) and not is_country(m.group(1)):
            add(f"{m.group(1)} {m.group(2)}", m.start(1), m.end(2))
    for m in _MODIFIER.finditer(text):
        if not _bad_name([m.group(1)], True) and place_key(m.group(1)) not in known.not_places:
            add(known.names.get(place_key(m.group(1)), m.group(1)), m.start(1), m.end(1))

    # 2. dateline: `NEW DELHI, Sept 10`, `BAKU, Azerbaijan, Oct. 10`
    if s.start == 0 or text[:1].isupper():
        for m in re.finditer(
            r"(?:^|\)\s)([A-Z][A-Z'’\-]{2,}(?: [A-Z][A-Z'’\-]+)*),\s+(?:([A-Z][\w ]+?)[,(])?", text[:120]
        ):
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
    for m in re.finditer(r"\b([A-Z]\w+)[-–]([A-Z]\w+)\s+(border|frontier|boundary)\b", text):
        parts = [country_of_demonym(p) or is_country(p) for p in m.group(1, 2)]
        if all(parts):
            a, b = sorted(p for p in parts if p)
            add(f"{a}-{b} {m.group(3)}", m.start(), m.end())

    # 4. capitalised phrases
    phrases = list(_phrases(toks, text))
    accepted: set[int] = set()
    for n, (i, j) in enumerate(phrases):
        words = [t.text for t in toks[i:j]]
        a, b = toks[i].start, toks[j - 1].end
        name = text[a:b]
        key = place_key(name)
        if key in known.not_places:
            continue
        loc = _locative(toks, i)
        head = _head_after(toks, j) if not toks[j - 1].possessive else None
        last = words[-1].lower()
        two_last = " ".join(w.lower() for w in words[-2:])
        cap_head = last in _CAP_HEADS or two_last in V.FEATURE_HEADS
        if (
            cap_head
            and len(words) > 1
            and not (i > 0 and toks[i - 1].lower in {"a", "an"})  # `of a Peaceful Settlement`
            and (_at_venue(toks, i) or last not in V.WEAK_FEATURE_HEADS)
            and not _bad_name(words, loc)
        ):
            add(name, a, b)
            continue
        if head and not _bad_name(words, True) and not (toks[j - 1].possessive):
            h, used = head
            if key in known.names:
                continue
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
        if j < len(toks) and not toks[j - 1].possessive and toks[j].lower in V.NOT_PLACE_HEADS:
            continue
        fz = _fuzzy(name, known) if key not in known.names else None
        if fz:
            add(fz, a, b)
            accepted.add(n)
            continue
        if _bad_name(words, True) or (last in V.WEAK_FEATURE_HEADS and not _at_venue(toks, i)):
            continue
        country = is_country(name)
        add(country or name, a, b, bool(country))
        accepted.add(n)

    # 5. coordinated lists around an accepted place or a capital: `in Ganja, Mingachevir and Khizi`,
    #    `Marsa, Velis and Tarno regions`, `Baku, Ankara, Izmir and Istanbul`
    for n, (i, j) in enumerate(phrases):
        if n not in accepted and j - i == 1 and country_of_capital(toks[i].text):
            add(toks[i].text, toks[i].start, toks[i].end)
            accepted.add(n)
    for n in sorted(accepted):
        for step in (1, -1):
            m = n
            while 0 <= m + step < len(phrases):
                first, second = (
                    (phrases[m], phrases[m + step]) if step == 1 else (phrases[m + step], phrases[m])
                )
                gap = text[toks[first[1] - 1].end : toks[second[0]].start].strip().lower()
                if gap not in {",", "and", ", and", "or", "as well as", ", as well as"}:
                    break
                i2, j2 = phrases[m + step]
                words = [t.text for t in toks[i2:j2]]
                if _bad_name(words, True) or (
                    toks[j2 - 1].possessive and not (j2 < len(toks) and toks[j2].cap)
                ):
                    break
                nm = text[toks[i2].start : toks[j2 - 1].end]
                if place_key(nm) in known.not_places:
                    break
                country = is_country(nm)
                add(
                    known.names.get(place_key(nm), country or nm),
                    toks[i2].start,
                    toks[j2 - 1].end,
                    bool(country),
                )
                m += step
    return found


def _paired_names(
    article: Article, known: _Known, raw: list[tuple[str, int, int, bool, Sentence]]
) -> list[tuple[str, int, int, bool, Sentence]]:
    """Names whose adjective also occurs in the article (`Xia` beside `Xian deputies`): a land, its people."""
    words = set(re.findall(r"\b[A-Z][a-z\u00c0-\u024f]{3,}\b", article.text))
    out: list[tuple[str, int, int, bool, Sentence]] = []
    seen = {place_key(r[0]) for r in raw}
    for w in sorted(words):
        if not any(w.endswith(n) and w[: -len(n)] + adj in words for n, adj in V.DEMONYM_PLACE_SUFFIXES):
            continue
        key = place_key(w)
        if key in seen or key in known.not_places or is_country(w) or _bad_name([w], True):
            continue
        for s in article.sentences:
            for m in re.finditer(rf"(?<![\w\-]){re.escape(w)}(?![\w\-])", s.text):
                out.append((w, s.start + m.start(), s.start + m.end(), False, s))
    return out


def extract_places(article: Article, knowledge: Knowledge) -> tuple[PlaceMention, ...]:
    """Every place mention of the article, in text order."""
    known = _known(knowledge)
    raw: list[tuple[str, int, int, bool, Sentence]] = []
    for s in article.sentences:
        for name, a, b, country in _sentence_places(s, known):
            raw.append((name, a, b, country, s))

    raw += _paired_names(article, known, raw)
    canonical: dict[str, str] = {}
    for name, _a, _b, _c, _s in raw:
        canonical.setdefault(place_key(name), name)
    # apposition aliases: `X, also known as Y`
    for name, _a, b, _c, _s in raw:
        rest = article.text[b : b + 40]
        for marker in V.ALIAS_MARKERS:
            m = re.match(
                r",?\s*(?:\(\s*)?" + re.escape(marker) + r"\s+(?:the\s+)?((?:[A-Z][\w'’]*[\s\-]?)+)", rest
            )
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
    patterns = [
        (
            key.split()[0],
            re.compile(
                r"(?<![\w\-])" + r"[\s\-]+".join(re.escape(w) for w in key.split()) + r"(?![\w\-])",
                re.IGNORECASE,
            ),
            name,
        )
        for key, name in names.items()
    ]
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
