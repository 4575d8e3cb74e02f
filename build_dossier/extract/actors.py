"""Actors: people, organisations and countries named in one article (rule-based, no NLP model).

How it works, in order:

1. Curated knowledge first: every name and alias of a known actor is matched in the text.
2. The body is tokenised; runs of capitalised tokens are classified as a country, an organisation
   (ends with an organisation head-word, or a ministry in any spelling), a place (place head-word,
   geographic modifier: skipped) or a person candidate.
3. A person candidate needs a cue: a title or role before it (`Defence Minister X`), a speech verb
   after it (`X said`), an apposition with a role (`X, presidential aide, ...`), `who` after it,
   coordination with a person (`X and Y`), or a verb right after two or three name-like tokens.
   Name-like tokens are never months, weekdays, titles, places, countries, demonyms, acronyms,
   handles, or words the article also writes in lower case.
4. People are merged within the article: a name whose tokens (ASCII-folded) are a subset of a
   longer name's tokens is the same person, and a lone surname resolves to the full name.
5. Ministries are normalised to `Ministry of <Domain> (<Country>)` (`Turkish National Defense
   Ministry` = `Turkey's defense ministry` = `Ministry of Defence (Turkey)`; American spelling folded
   to British). A ministry's country comes from the phrase (`Turkey's`, `Turkish`), from `its` /
   `the country's` (the country last in focus), or from the context (the country in focus in the
   previous sentences, not one named in the same sentence).
6. Capitals (`Baku`) and institutions (`the Kremlin`) count as actors only in subject position of
   a verb or as a possessive (`Baku called on ...`, `Baku's decision`); elsewhere they are places.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from build_dossier.curate import Knowledge, KnownActor
from build_dossier.models import ActorMention, Article, Sentence
from build_dossier.vocab import events as EV
from build_dossier.vocab import geo
from build_dossier.vocab import people as V
from build_dossier.vocab import speech as S

_TOKEN_GAP = re.compile(r"(\W*)(\w+(?:[-'’]\w+)*(?:['’](?!\w))?)")
"""A token (group 2) and the non-word characters since the previous token (group 1)."""

_HONORIFIC_PREFIX = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+")
_APPOSITION = re.compile(r",\s+([^,.;()\n“”\"«»]{3,140})")
_POSS_END = re.compile(r"['’]s$")
_POSS_START = re.compile(r"^['’]s\b")
_ASIDE_START = re.compile(r"^,\s*(?:in turn|however|meanwhile|for (?:his|her) part|too),")
_PAREN_ASIDE = re.compile(r"^\s*\([^()\n]{1,24}\)")
_NEW_LINE_AFTER = re.compile(r"[ \t]*\n\s*[^a-z\s].*", re.DOTALL)
_AUTHOR_HANDLE = re.compile(r"(?i:follow\s+(?:the\s+author|me|him|her)\b)[^@\n]{0,30}@(\w+)")
"""`Follow the author on X: @FirstLast`: the handle of the article's author."""


def _initials(words: Iterable[str]) -> str:
    """`(?=[...])` of the first letters of `words`, to lead a pattern that starts with one of the words: `re`
    then skips to where a match can start instead of trying every position (much faster on long texts).
    Empty when a word does not start with a plain letter."""
    if not all(w[:1].isalpha() and w[1:2] not in ("?", "*", "{") for w in words):
        return ""
    return "(?=[" + "".join(sorted({w[0] for w in words})) + "])"


_WORD_OR_PUNCT = re.compile(r"[\w’'-]+|[,.;:()]")
_NATIONAL_DEFENCE = re.compile(r"^national (?=defence)")
_GLUED_ACRONYM = re.compile(r"([A-Z]{2,6})-[a-z]")
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[\W_]+")
_ROMAN = re.compile(r"(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{0,3})")
"""A regnal number after a name (`II` … `XVIII`; not `I`, `V`, `X`: words and initials)."""
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z0-9]{1,7})\s*\)")
_WHO_AFTER = re.compile(r",?\s+who\b")
_BYLINE = re.compile(V.BYLINE)
_CREDIT_LINE = re.compile(V.CREDIT_LINE)
_QUOTE_END = re.compile(r"[,.!?…][\"”»’']\s*$")
_AGE_AFTER = re.compile(r",\s*(?:aged\s+)?\d{1,3}\s*[,.;]")
_WHO_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+\w[^,.;:()\n“”\"«»]{0,60}?\s(?:who|whom)\s")
_BORN_AFTER = re.compile(r",\s*born\s+(?:in|on)\s+\d")
_COMMA_THEN_PAST = re.compile(r",\s*(?:(?:has|had|was|were|also|then|later)\s+)?([a-z]{3,})\b")
_TITLE_IN_PLACE_BEFORE = re.compile(
    r"\b([A-Za-z][\w-]*)\s+(?:of|in|for)\s+(?:(?:of|in|for|the|and|[A-Z][\w'’.-]*)\s+){0,10}?(?:"
    + "|".join(sorted(V.TITLE_PLACE_NOUNS))
    + r")\s+$"
)
"""`Representative of the President of X in the Y district ` before a name: a title ending in a place."""
_AGE_BEFORE = re.compile(r"\b\d{1,3}-year-old\s+$")
_TITLE_COMMA_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?)(?:\s+[a-z][\w-]*['’]s)?|([A-Z][\w-]*)['’]s)\s+"
    r"((?:[\w-]+\s+){0,4}?(\w+)(?:\s+(?:of|for|at|in|to)\s+[^,.;]{1,60})?),\s*(?:([a-z][\w-]*)\s+)?$"
)
"""`the X Agency chairman, Y Z,`; `X's coach, grandmaster Y Z,`: a title and a comma before a name."""
_OF_ORG_AFTER = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*)")
_LOWER_HEAD_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(V.LOWER_PARTY_HEADS)) + r")\b")
"""A lower-case body head-word after a capitalised name (`of the Green bloc`, `of the Unity party`)."""
_OF_THE_NAME_AFTER = re.compile(r"\s+of\s+the\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
"""`… of the Intangible Cultural Heritage`: a capitalised name after `of the` (a country or not)."""
_CLAUSE_START_BEFORE = re.compile(
    r"(?:,|\band|\bthat|\bwhich|\bas|\bwhile|\bbut|\bwhen|\bafter|\bbecause|\bwhere)\s*$"
)
_ROLE_SPELLING = {"defense": "defence", "labor": "labour", "center": "centre"}
_ROLE_ABBREVIATIONS = {"PM": "Prime Minister", "FM": "Foreign Minister", "MP": "MP"}
_MINISTRY_DOMAINS = {
    "defence": "Defence",
    "national defence": "Defence",
    "foreign": "Foreign Affairs",
    "foreign affairs": "Foreign Affairs",
    "external affairs": "Foreign Affairs",
    "interior": "Internal Affairs",
    "internal affairs": "Internal Affairs",
    "home": "Home Affairs",
    "home affairs": "Home Affairs",
    "finance": "Finance",
    "economy": "Economy",
    "economic": "Economy",
    "health": "Health",
    "justice": "Justice",
    "education": "Education",
    "energy": "Energy",
    "emergency situations": "Emergency Situations",
    "emergencies": "Emergency Situations",
    "trade": "Trade",
    "culture": "Culture",
    "agriculture": "Agriculture",
    "transport": "Transport",
}


class _Tok(NamedTuple):
    """One word of the text (immutable; a tuple, because tokens are made for every word of every article)."""

    text: str
    start: int
    end: int
    base: str
    """Text without a possessive ending (`Turkey’s` -> `Turkey`)."""
    poss: bool
    cap: bool
    sent_start: bool
    handle: bool
    """Preceded by `@` or `#`."""
    low: str
    """`base` in lower case."""
    allcaps: bool
    """Two or more letters, all upper case (`NATO`, `KILIÇ`)."""


@dataclass
class _Person:
    """A cluster of person-name variants within the article."""

    canonical: str
    keys: set[str]
    score: tuple[int, int, int]
    known: bool = False
    country: str | None = None
    role: str | None = None


@dataclass
class _Cand:
    kind: str
    name: str
    start: int
    end: int
    role: str | None = None
    country: str | None = None
    cue: bool = False
    tokens: list[str] = field(default_factory=list)
    role_before: bool = False
    """The role came from a title before the name."""
    speech: bool = False
    """A speech verb follows the name (`Novak said`)."""
    strong: bool = False
    """A lone name with a person's apposition (`"…," said X, a nurse who …`): a person on its own."""


def _key(word: str) -> str:
    return geo.fold(word).replace("'", "").replace("-", " ")


def _name_keys(name: str) -> set[str]:
    return {k for w in name.split() for k in _key(w).split() if k not in V.NAME_PARTICLES}


@functools.lru_cache(maxsize=16384)
def _word_facts(s: str) -> tuple[str, bool, bool, str, bool]:
    """(base, possessive, capitalised, base in lower case, all caps) of one token's text (cached: words
    repeat within and across articles)."""
    poss = False
    base = s
    if s.endswith(("'s", "’s")) and len(s) > 2:
        base, poss = s[:-2], True
    elif s.endswith(("'", "’")):
        base, poss = s[:-1], s[-2:-1] == "s"
    allcaps = base.isupper() and sum(c.isalpha() for c in base) >= 2
    return base, poss, base[:1].isupper(), base.lower(), allcaps


_SENT_BREAK_CHARS = frozenset('.!?:;\n"“”«»‘—–-(')  # `-` also covers `--`


def _tokenize(text: str, offset: int) -> list[_Tok]:
    out: list[_Tok] = []
    append = out.append
    new = tuple.__new__
    pos = 0
    # the matches are contiguous: each gap starts where the previous token ends
    for gap, s in _TOKEN_GAP.findall(text):
        start = pos + len(gap)
        pos = start + len(s)
        base, poss, cap, low, allcaps = _word_facts(s)
        if gap == " " and start > 1:  # the usual case: one space after the previous token
            sent_start = handle = False
        else:
            # the last character before the token, spaces skipped: in the gap since the previous token
            # (which ends in a word character or an apostrophe, never a sentence break), or the line start
            before = gap.rstrip(" \t")
            sent_start = before[-1] in _SENT_BREAK_CHARS if before else start == len(gap)
            handle = bool(gap) and (
                gap[-1] in "@#" or (gap[-1] == "/" and start > 1 and not text[start - 2].isspace())
            )  # `@x`, `#x`, `a/x` (a path); `/TASS/` in a dateline is not a handle
        begin = offset + start
        append(new(_Tok, (s, begin, begin + len(base), base, poss, cap, sent_start, handle, low, allcaps)))
    return out


def _fold_role(role: str) -> str:
    words = role.split()
    out = []
    for w in words:
        w = _ROLE_ABBREVIATIONS.get(w, w)
        prefix, hyphen, rest = w.rpartition("-")
        full = V.TITLE_ABBREVIATIONS.get(rest.lower().rstrip("."))
        if full and (not prefix or prefix.lower() in V.TITLE_PREFIXES):
            w = prefix + hyphen + (full.capitalize() if rest[:1].isupper() else full)  # `Gov.` -> `Governor`
        low = w.lower()
        if low in _ROLE_SPELLING:
            rep = _ROLE_SPELLING[low]
            w = rep.capitalize() if w[:1].isupper() else rep
        out.append(w)
    return " ".join(out)


class _Doc:
    """The article's tokens and lexical facts shared by the rules."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        self.sentences = article.sentences
        self._sent_starts = [s.start for s in self.sentences]
        self.units: list[list[_Tok]] = []
        for p in article.paragraphs:
            pos = p.start
            for line in p.text.split("\n"):
                toks = _tokenize(line, pos)
                if toks:
                    self.units.append(toks)
                pos += len(line) + 1
        self.lower_words: set[str] = {t.low for unit in self.units for t in unit if t.base[:1].islower()}
        self.author_keys = _name_keys(article.author.value) if article.author.value else set()
        self.author_handles = {geo.fold(h).lower() for h in _AUTHOR_HANDLE.findall(self.text)}
        self.companies = _companies(self.text)
        self.vessel_keys = _vessel_keys(self.text)

    def sentence_at(self, offset: int) -> Sentence:
        i = bisect.bisect_right(self._sent_starts, offset) - 1
        if i < 0:
            i = 0
        return self.sentences[i]

    def common(self, tok: _Tok) -> bool:
        """A word that is not a name: a stopword, or written in lower case elsewhere."""
        low = tok.low
        if low in V.NON_PERSON_WORDS or low in self.lower_words:
            return True
        return bool(tok.sent_start and (low.endswith(("ing", "ly")) or (low.endswith("ed") and len(low) > 4)))


_NAME_JOINERS = frozenset({"and", "of", "the"})
_METONYM_FIRST_WORDS = frozenset(k.split(" ")[0] for k in V.INSTITUTION_METONYMS)
"""First words of the institution metonyms (`white` of `white house`): no metonym starts elsewhere."""


def _country_at(toks: list[_Tok], i: int) -> tuple[str | None, int, str]:
    """Longest country name / demonym / capital starting at token i: (country, tokens used, what)."""
    if i >= len(toks) or not (toks[i].cap or toks[i].low == "the"):
        return None, 0, ""  # every country name, demonym and capital starts with a capital (or `the`)
    # the run of tokens a name can span: capitalised words (and/of/the inside), no possessive before
    # the last one
    longest = 1
    while (
        longest < geo.MAX_NAME_TOKENS
        and i + longest < len(toks)
        and not toks[i + longest - 1].poss
        and (toks[i + longest].cap or toks[i + longest].low in _NAME_JOINERS)
    ):
        longest += 1
    for n in range(longest, 0, -1):
        c, what = _geo_kind(" ".join([t.base for t in toks[i : i + n]]) if n > 1 else toks[i].base)
        if c:
            return c, n, what
    return None, 0, ""


@functools.lru_cache(maxsize=16384)
def _geo_kind(words: str) -> tuple[str | None, str]:
    """(country, `name` / `demonym` / `capital`) for a country name, demonym or capital, else (None, "")."""
    c = geo.is_country(words)
    if c:
        return c, "name"
    c = geo.country_of_demonym(words)
    if c:
        return c, "demonym"
    c = geo.country_of_capital(words)
    if c:
        return c, "capital"
    return None, ""


_NUMBER_AFTER = re.compile(r"\.?\s*\d")


def _is_name_token(doc: _Doc, t: _Tok, allow_capital: bool = False) -> bool:
    if t.handle or not _name_shaped(t.base, allow_capital):
        return False
    if t.low == "jan" and _NUMBER_AFTER.match(doc.text, t.end):
        return False  # `Jan 30`: the month, not the given name (`Jan Egeland`)
    return not doc.common(t)


@functools.lru_cache(maxsize=16384)
def _name_shaped(base: str, allow_capital: bool) -> bool:
    """Whether a word, by itself, can be part of a person's name (`_is_name_token` without the article's
    lower-case words and the token's position)."""
    low = base.lower()
    if not base[:1].isupper() or (base.isupper() and sum(c.isalpha() for c in base) >= 2):
        return False  # not capitalised, or an acronym
    if any(ch.isdigit() for ch in base):
        return False
    if low in V.TITLE_HEADS or low in V.ROLE_WORDS or low in V.ORG_HEADS or low in V.PLACE_HEADS:
        return False
    if low in V.RANK_ABBREVIATIONS or _title_compound(low):
        return False  # `Rear Adm.`, `Lt. Gen.`, `Then-Gov.`: a rank or title, not a name
    if low in V.GEO_MODIFIERS or (low in V.WIRE_AGENCIES and low not in V.WIRE_AGENCIES_ALSO_NAMES):
        return False
    if geo.is_country(base) or geo.country_of_demonym(base):
        return False
    return not (geo.country_of_capital(base) and not allow_capital)


@functools.lru_cache(maxsize=4096)
def _title_compound(low: str) -> bool:
    """`then-president`, `ex-minister`, `then-gov`: a title (or rank) after a time prefix and a hyphen."""
    prefix, _, rest = low.partition("-")
    return (
        prefix in V.TITLE_PREFIXES
        and bool(rest)
        and (rest in V.TITLE_HEADS or rest + "." in V.TITLE_HEADS or rest in V.RANK_ABBREVIATIONS)
    )


def _abbreviated_title(low: str) -> bool:
    """`gov`, `sen`, `then-gov`: a title abbreviated with a period (`Gov.`)."""
    rest = low.partition("-")[2] if _title_compound(low) else low
    return rest + "." in V.TITLE_HEADS or rest in V.RANK_ABBREVIATIONS


def _role_before(toks: list[_Tok], i: int, text: str = "") -> tuple[str | None, str | None, bool]:
    """Scan left from token i-1 over a title/role: (role, country, cue)."""
    j = i - 1
    role_toks: list[_Tok] = []
    country = None
    while j >= 0:
        t = toks[j]
        gap = text[t.start + len(t.text) : toks[j + 1].start].strip(" ") if text else ""
        if gap and not (gap == "." and _abbreviated_title(t.low)):
            break  # (`Then-Gov. X Y`, `Sen. X Y`: an abbreviated title's period is no break)
        if t.poss and j < i - 1 and not role_toks:
            break
        c, n, what = _country_at(toks, j)
        if c and n == 1 and what in ("name", "demonym") and (t.poss or what == "demonym" or t.cap):
            country = c
            if not role_toks and what == "name" and not t.poss:
                role = _title_of_country(toks, j, text)
                if role:
                    return role, country, True
            break
        if c and n == 1 and what == "capital" and not t.poss and not role_toks and j >= 2:
            # `Lindorian Ambassador to <Capital> X Y`: an envoy's title ending with the capital he is sent to
            role = _title_of_country(toks, j, text) if toks[j - 1].low == "to" else None
            if role:
                return role, _sender_country(toks, j), True
            break
        if j >= 1:
            c2, n2, what2 = _country_at(toks, j - 1)
            if c2 and n2 == 2 and what2 in ("name", "demonym"):
                country = c2
                if not role_toks and what2 == "name" and not toks[j].poss:
                    role = _title_of_country(toks, j - 1, text)
                    if role:
                        return role, country, True
                break
        low = t.low
        if t.poss:
            break
        if (
            t.cap
            and role_toks
            and role_toks[0].low in V.TITLE_HEADS
            and j >= 1
            and _country_at(toks, j - 1)[2] in ("name", "demonym")
            and low not in V.NON_PERSON_WORDS
        ):
            role_toks.insert(0, t)
            j -= 1
            continue
        if t.cap and role_toks and (k := _for_complement_start(toks, j)) is not None:
            # `Assistant Secretary of State for European and Eurasian Affairs X Y`: the capitalised words
            # of a `for` complement between the title and the name
            role_toks[0:0] = toks[k : j + 1]
            j = k - 1
            continue
        if (
            low in V.TITLE_HEADS
            or _title_compound(low)
            or (gap == "." and _abbreviated_title(low))
            or low in V.ROLE_WORDS
            or (t.allcaps and len(t.base) <= 5)
            or low in V.ORG_HEADS
            or (low in V.ROLE_CONNECTORS and role_toks and low != "the")
        ):
            role_toks.insert(0, t)
            j -= 1
            continue
        break
    while role_toks and role_toks[0].low in V.ROLE_CONNECTORS:
        role_toks.pop(0)
    heads = [
        t for t in role_toks if t.low in V.TITLE_HEADS or _title_compound(t.low) or _abbreviated_title(t.low)
    ]
    if not heads:
        return None, country, False
    # The role must end with a title head-word or a domain word after one (`Minister for Trade`).
    role = " ".join(t.base for t in role_toks)
    if len(role_toks) == 1 and (role_toks[0].low in V.NOT_ROLE_ALONE or role_toks[0].low in V.HONORIFICS):
        return None, country, True
    role = _HONORIFIC_PREFIX.sub("", role)
    if role_toks[0].base[:1].islower() and not any(t.cap for t in role_toks):
        role = role
    return _fold_role(role), country, True


def _for_complement_start(toks: list[_Tok], j: int) -> int | None:
    """Index of `for` when tokens `for` .. j are a title's complement made of capitalised words and `and`
    (`… Secretary of State for European and Eurasian`), with a title or role word before `for`; also of
    `of` after a capitalised title (`Minister of Ecology and Natural`)."""
    k = j
    while k > 0 and j - k < 5 and (toks[k].cap or toks[k].low == "and") and not toks[k].poss:
        k -= 1
    if k < 1 or k == j or toks[k].low not in ("for", "of") or toks[k + 1].low == "and":
        return None
    prev = toks[k - 1].low
    if toks[k].low == "of":
        # `Minister of Ecology and Natural Resources X Y`: a capitalised title before `of`, a complement of
        # two domains joined by `and` (no country: `Minister of X Y Z`, a country and a name, stays out)
        inner = toks[k + 1 : j + 1]
        if not (
            toks[k - 1].cap
            and prev in V.TITLE_HEADS
            and not toks[k - 1].poss
            and any(t.low == "and" for t in inner)
            and not any(geo.country_of_any(t.base) for t in inner)
        ):
            return None
        return k
    return k if prev in V.TITLE_HEADS or prev in V.ROLE_WORDS else None


def _sender_country(toks: list[_Tok], k: int) -> str | None:
    """The country before an envoy's title that ends before token k (`Lindora's Ambassador to …`,
    `the Lindorian Ambassador to …`)."""
    j = k - 1
    while j >= 0 and k - j <= 8 and not toks[j].poss and (toks[j].cap or toks[j].low in {"to", "of", "the"}):
        c, n, what = _country_at(toks, j)
        if c and n == 1 and what == "demonym":
            return c
        j -= 1
    if j >= 0 and toks[j].poss:
        c, n, what = _country_at(toks, j)
        if c and what == "name":
            return c
    return None


_OF_COUNTRY_TAIL = frozenset({"of", "the", "republic", "kingdom", "federation", "islamic", "democratic"})


def _title_of_country(toks: list[_Tok], k: int, text: str) -> str | None:
    """The title in `Deputy Foreign Minister of [the Republic of] <Country>` ending before token k."""
    j = k - 1
    seq: list[_Tok] = []
    while j >= 0 and len(seq) < 10:
        t = toks[j]
        if text and text[t.end if not t.poss else t.start + len(t.text) : toks[j + 1].start] != " ":
            break
        if t.poss or not (t.cap or t.low in {"of", "the", "for", "and", "to"}):
            break
        seq.insert(0, t)
        j -= 1
    if not seq or seq[-1].low not in {"of", "the", "to"}:
        return None
    envoy = seq[-1].low == "to"  # `Ambassador of the European Union to <Country>`
    while seq and seq[-1].low in _OF_COUNTRY_TAIL | {"to"}:
        seq.pop()
    while seq and seq[0].low in V.ROLE_CONNECTORS | {"the", "of", "for", "and"}:
        seq.pop(0)
    if not seq or not any(t.low in V.TITLE_HEADS for t in seq) or seq[-1].low in V.HONORIFICS:
        return None
    if envoy and not any(t.low in V.ENVOY_TITLES for t in seq):
        return None
    if not envoy and any(t.low in V.ORG_HEADS and t.low not in V.TITLE_HEADS for t in seq):
        return None
    return _fold_role(" ".join(t.base for t in seq))


def _apposition_role(text: str, pos: int) -> tuple[str | None, str | None]:
    """`X, Azerbaijani presidential aide and head of ..., said` -> (role, country)."""
    m = _APPOSITION.match(text, pos)  # no anchor or look-behind: as on text[pos:], without the copy
    if not m:
        return None, None
    phrase = m.group(1).strip()
    words = phrase.split()
    country = None
    while words and words[0].lower() in {"a", "an", "the", "who", "is", "was", "then", "now", "also"}:
        if words[0].lower() in {"who", "is", "was"}:
            return None, None
        words.pop(0)
    if words:
        first = words[0]
        poss = _POSS_END.sub("", first)
        c = None
        if poss != first:
            c = geo.is_country(poss)
        c = c or geo.country_of_demonym(first)
        if not c and len(words) > 1:
            c = geo.is_country(" ".join(words[:2]).removesuffix("'s").removesuffix("’s"))
            if c:
                words = words[1:]
        if c:
            country = c
            words.pop(0)
    if not words or len(words) > 14:
        return None, None
    lows = [w.lower().strip(".") for w in words]
    if not any(w in V.TITLE_HEADS for w in lows[:6]):
        return None, None
    if any(w in S.SPEECH_VERBS for w in lows):
        return None, None
    if lows[0] in V.NOT_ROLE_ALONE and len(words) == 1:
        return None, country
    return _fold_role(" ".join(words)), country


_IRREGULAR_PAST = EV.PAST_IRREGULAR - {"set", "put", "cut", "hit", "bid", "beat", "bore", "saw", "left"}
"""Irregular past verbs that make the name before them a subject (`X Y met`); words that are also common
nouns or adjectives after a name are left out."""


def _followed_by_verb(text: str, pos: int) -> tuple[bool, bool]:
    """(speech verb follows, some verb follows) after position pos (skipping aux words)."""
    rest = _NEW_LINE_AFTER.sub("", text[pos : pos + 80])  # a name ending its line: no verb of its own
    rest = _POSS_START.sub("", rest)
    rest = _ASIDE_START.sub("", rest)
    rest = _PAREN_ASIDE.sub("", rest)  # `X Y (D-NJ) said`, `X Y (pictured) said`
    aux = False
    for w in itertools.islice(_WORD_OR_PUNCT.finditer(rest), 4):  # (the loop reads 4 words at most)
        w = w.group()
        low = w.lower()
        if low in S.AUX_WORDS:
            aux = aux or low in {"has", "have", "had", "is", "was", "were", "are", "will", "would", "could"}
            continue
        if low in S.SPEECH_VERBS:
            return True, True
        if aux and w[:1].islower() and w.isalpha():
            return False, True
        verbish = w[:1].islower() and (
            low.endswith("ed")
            or low in _IRREGULAR_PAST
            or (low.endswith("s") and not low.endswith("ss"))
            or low in {"could", "would", "will", "must", "can", "may", "is", "was"}
        )
        return False, (verbish and low not in {"as", "is", "was", "has", "its", "his", "this", "us"}) or (
            low in {"is", "was", "has", "could", "would", "will", "must", "can"}
        )
    return False, False


def _ministry(doc: _Doc, toks: list[_Tok], i: int) -> tuple[_Cand | None, int, int]:
    """A ministry at token i (`ministry`/`Ministry`): candidate, first token index, last token index."""
    j = i - 1
    domain: list[str] = []
    country = None
    ref = None
    while (
        j >= 0
        and toks[j].low in V.ROLE_WORDS | {"foreign", "home", "emergency", "situations"}
        and not toks[j].poss
        and i - j <= 4
    ):
        if (
            toks[j].cap
            or toks[j].low in _MINISTRY_DOMAINS
            or toks[j].low in {"national", "defense", "defence"}
        ):
            domain.insert(0, toks[j].low)
            j -= 1
            continue
        break
    first = j + 1
    if j >= 0:
        t = toks[j]
        c, n, what = _country_at(toks, j)
        if c and n == 1 and (t.poss or what == "demonym" or what == "name"):
            country, first = c, j
        elif j >= 1 and _country_at(toks, j - 1)[1] == 2:
            country, first = _country_at(toks, j - 1)[0], j - 1
        elif t.low == "its":
            ref, first = "its", j
        elif t.low == "country" and t.poss and j >= 1 and toks[j - 1].low == "the":
            ref, first = "country", j - 1
    last = i
    if i + 1 < len(toks) and toks[i + 1].low == "of":
        k = i + 2
        right: list[str] = []
        while (
            k < len(toks)
            and (toks[k].cap or toks[k].low == "and")
            and not geo.is_country(toks[k].base)
            and doc.text[toks[k - 1].end : toks[k].start] == " "
        ):  # never across a comma: `the Ministry of Justice, X said`
            right.append(toks[k].low)
            k += 1
            if toks[k - 1].poss:
                break
        if right and right[-1] == "and":
            right.pop()
            k -= 1
        if right:
            domain = right
            last = k - 1
            if k + 1 < len(toks) and toks[k].low == "of":
                c, n, _ = _country_at(toks, k + 1)
                if c:
                    country, last = c, k + n
        elif not country:
            # `Defence Ministry of the self-proclaimed X`: the label after `of`
            k = i + 2
            while k < len(toks) and k < i + 5 and not toks[k].cap:
                k += 1
            label: list[_Tok] = []
            while (
                k < len(toks)
                and toks[k].cap
                and len(label) < 4
                and (not label or doc.text[toks[k - 1].end : toks[k].start] == " ")
            ):
                label.append(toks[k])
                k += 1
            if label:
                c = geo.is_country(" ".join(t.base for t in label))
                country, ref, last = c or " ".join(t.base for t in label), "of", k - 1
    dom_key = " ".join(_ROLE_SPELLING.get(w, w) for w in domain)
    dom_key = _NATIONAL_DEFENCE.sub("", dom_key)
    if not dom_key:
        return None, first, last
    dom = _MINISTRY_DOMAINS.get(dom_key) or " ".join(
        w.capitalize() if w != "and" else w for w in dom_key.split()
    )
    cand = _Cand(
        kind="organization",
        name=f"Ministry of {dom}",
        start=toks[first].start,
        end=toks[last].end,
        country=country,
    )
    cand.tokens = [ref or ""]
    return cand, first, last


_DOMAIN_MINISTER = re.compile(
    r"(?:\b(?P<cty>[A-Z][\w-]+(?:['’]s)?)\s+)?(?:National\s+)?\b(?:(?P<dom>[A-Z][a-z]+)\s+Minister\b"
    r"|Minister\s+(?:of|for)\s+(?P<dom2>[A-Z][a-z]+(?:\s+(?:Affairs|Situations))?)\b)"
)
"""`Turkish National Defense Minister`, `Lindora's Minister of Foreign Affairs`: the domain words of a
minister's title, and the demonym or country before it."""


class _Taken:
    """Character spans already claimed by a candidate, with O(span) overlap checks."""

    def __init__(self, size: int) -> None:
        self.mask = bytearray(size + 1)

    def append(self, span: tuple[int, int]) -> None:
        start, end = span
        self.mask[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) != -1


@functools.lru_cache(maxsize=8)
def _known_patterns(actors: tuple[KnownActor, ...]) -> tuple[tuple[KnownActor, re.Pattern[str]], ...]:
    """One compiled pattern per curated actor: its name or any alias, the longest first."""
    return tuple(
        (
            ka,
            re.compile(
                r"(?<![\w@#])(?:"
                + "|".join(re.escape(a) for a in sorted({ka.name, *ka.aliases}, key=lambda a: (-len(a), a)))
                + r")(?![\w])"
            ),
        )
        for ka in actors
    )


def extract_actors(article: Article, knowledge: Knowledge) -> tuple[ActorMention, ...]:
    """People, organisations and countries named in the article, in text order."""
    if not article.paragraphs:
        return ()
    doc = _Doc(article)
    cands: list[_Cand] = []
    taken = _Taken(len(article.text))

    def free(s: int, e: int) -> bool:
        return not taken.overlaps(s, e)

    # 1. curated knowledge
    persons: list[_Person] = []
    for ka, pattern in _known_patterns(knowledge.actors):
        if ka.kind == "person":
            persons.append(
                _Person(
                    canonical=ka.name,
                    keys=_name_keys(ka.name),
                    score=(9, 0, 0),
                    known=True,
                    country=ka.country,
                    role=ka.roles[0] if ka.roles else None,
                )
            )
            for alias in ka.aliases:
                persons.append(
                    _Person(
                        canonical=ka.name,
                        keys=_name_keys(alias),
                        score=(9, 0, 0),
                        known=True,
                        country=ka.country,
                    )
                )
        for m in pattern.finditer(doc.text):
            if not free(m.start(), m.end()) or not any(
                p.start <= m.start() < p.end for p in article.paragraphs
            ):
                continue
            if ka.kind == "person":
                role, country, _cue = _role_before(
                    _toks_in(doc, m.start()), _tok_index(doc, m.start()), doc.text
                )
                cands.append(
                    _Cand(
                        kind="person",
                        name=ka.name,
                        start=m.start(),
                        end=m.end(),
                        role=role,
                        country=country or ka.country,
                        cue=True,
                    )
                )
            else:
                cands.append(
                    _Cand(kind=ka.kind, name=ka.name, start=m.start(), end=m.end(), country=ka.country)
                )
            taken.append((m.start(), m.end()))

    # 1b. organisations known by name (`Red Crescent`) and outlets named by their web domain (`News.am`)
    # (each pattern runs paragraph by paragraph only when its literal part occurs in the article at all)
    known_org, web_outlet = _KNOWN_ORG_HINT.search(doc.text), _WEB_OUTLET_HINT.search(doc.text)
    for p in article.paragraphs:
        for m in _KNOWN_ORG.finditer(doc.text, p.start, p.end) if known_org else ():
            head = _OF_THE_BEFORE.search(doc.text, max(p.start, m.start() - 60), m.start())
            if head and head.group(1).lower() in V.ORG_HEADS:
                continue  # `International Committee of the Red Cross`: part of a longer name
            s0, name, country = m.start("name"), m.group("name"), None
            if m.group("dem") and (c := geo.country_of_demonym(m.group("dem"))):
                s0, country = m.start("dem"), c
            e0 = m.end("name")
            if m.group("cty") and (c := geo.is_country(m.group("cty"))):
                e0, country = m.end("cty"), c
            if free(s0, e0):
                name = doc.text[s0:e0]
                cands.append(_Cand(kind="organization", name=name, start=s0, end=e0, country=country))
                taken.append((s0, e0))
        for m in _WEB_OUTLET.finditer(doc.text, p.start, p.end) if web_outlet else ():
            if free(m.start(), m.end()):
                cands.append(_Cand(kind="organization", name=m.group(), start=m.start(), end=m.end()))
                taken.append((m.start(), m.end()))

    # 2. discovery, unit by unit
    focus: list[tuple[int, str]] = []  # (offset, country) of countries in subject/focus position
    pending_people: list[_Cand] = []
    acronyms: dict[str, str] = {}
    for toks in doc.units:
        n = len(toks)
        # ministries in any spelling and case
        for i, t in enumerate(toks):
            if t.low != "ministry" or t.handle:
                continue
            cand, first, last = _ministry(doc, toks, i)
            if cand:
                ref = cand.tokens[0]
                if not cand.country and not ref:
                    cand.country = _earlier_ministry_country(cands, cand.name)
                if not cand.country:
                    cand.country = _context_country(doc, focus, toks, first, ref)
                if cand.country:
                    cand.name += f" ({cand.country})"
                cands.append(cand)
                taken.append((toks[first].start, toks[last].end))
            elif t.low == "ministry" and i > 0 and toks[i - 1].low in {"the", "his", "her"}:
                prev = [c for c in cands if c.kind == "organization" and c.name.startswith("Ministry")]
                if not prev:
                    # `Environment Minister X … his ministry`: the ministry of the minister named before
                    mm = list(_DOMAIN_MINISTER.finditer(doc.text, 0, t.start))
                    dom = (mm[-1].group("dom") or mm[-1].group("dom2")).lower() if mm else ""
                    dom = _ROLE_SPELLING.get(dom, dom)
                    if dom in _MINISTRY_DOMAINS or dom in V.MINISTRY_DOMAIN_WORDS:
                        name = f"Ministry of {_MINISTRY_DOMAINS.get(dom) or dom.capitalize()}"
                        cw = mm[-1].group("cty") or ""
                        c = (
                            geo.country_of_demonym(cw)
                            or geo.is_country(_POSS_END.sub("", cw))
                            or _context_country(doc, focus, toks, i - 1, None)
                        )
                        prev = [
                            _Cand(kind="organization", name=f"{name} ({c})" if c else name, start=0, end=0)
                        ]
                        prev[0].country = c
                if prev:
                    cands.append(
                        _Cand(
                            kind="organization",
                            name=prev[-1].name,
                            start=toks[i - 1].start,
                            end=t.end,
                            country=prev[-1].country,
                        )
                    )
                    taken.append((toks[i - 1].start, t.end))
        i = 0
        taken_at = taken.mask.find  # `taken.overlaps`, without a method call per token
        while i < n:
            t = toks[i]
            if taken_at(1, t.start, t.end) != -1:
                known = [c for c in cands if c.start == t.start and c.kind == "country"]
                if known and (t.sent_start or t.poss or _subject_position(doc, toks, i)):
                    focus.append((t.start, known[0].name))
                i += 1
                continue
            if not t.cap or t.handle:
                i += 1
                continue
            # institution metonyms (the Kremlin, the White House)
            inst = None
            for width in (3, 2, 1) if t.low in _METONYM_FIRST_WORDS else ():
                words = toks[i : i + width]
                key = " ".join(x.low for x in words)
                if len(words) == width and key in V.INSTITUTION_METONYMS and all(x.cap for x in words):
                    inst = key
                    break
            # an acronym glued to a word: `EU-brokered`, `NATO-led`
            glued = _GLUED_ACRONYM.match(t.base)
            if glued and (glued.group(1) in V.KNOWN_ORG_ACRONYMS or glued.group(1) in acronyms):
                a = glued.group(1)
                cands.append(
                    _Cand(
                        kind="organization",
                        name=acronyms.get(a) or V.KNOWN_ORG_ACRONYMS[a],
                        start=t.start,
                        end=t.start + len(a),
                    )
                )
                i += 1
                continue
            if inst:
                k = i + len(inst.split()) - 1
                name = " ".join(x.base for x in toks[i : k + 1])
                cands.append(
                    _Cand(
                        kind="organization",
                        name=name,
                        start=t.start,
                        end=toks[k].end,
                        country=V.INSTITUTION_METONYMS[inst],
                    )
                )
                i = k + 1
                continue
            # build a run of capitalised tokens (with name particles and org connectors)
            j = i
            while j + 1 < n:
                nxt = toks[j + 1]
                gap = doc.text[
                    toks[j].end if not toks[j].poss else toks[j].start + len(toks[j].text) : nxt.start
                ]
                if (
                    toks[j].poss
                    and toks[j].text.lower().replace("’", "'") not in V.POSSESSIVE_ORG_WORDS
                    and not (
                        toks[j].low in V.OFFICE_HOLDER_TITLES
                        and nxt.cap
                        and nxt.low in V.ORG_HEADS
                        and j > i
                        and toks[j - 1].low in V.TITLE_HEADS
                    )
                ):
                    break  # (`Prosecutor General's Office`, `Attorney General's Office`: one body)
                if gap not in (" ", "-"):
                    break
                if taken.overlaps(nxt.start, nxt.end):
                    break
                if nxt.cap and not nxt.handle:
                    j += 1
                    continue
                if (
                    nxt.low == "of"
                    and toks[j].low in V.ORG_HEADS
                    and j + 3 < n
                    and toks[j + 2].low == "the"
                    and toks[j + 3].cap
                    and toks[j + 3].low not in V.DATE_WORDS
                    and not taken.overlaps(toks[j + 3].start, toks[j + 3].end)
                ):
                    # `Office of the President`, `International Committee of the Red Cross`
                    k = j + 3
                    while k + 1 < n and toks[k + 1].cap and doc.text[toks[k].end : toks[k + 1].start] == " ":
                        if toks[k].poss:
                            break
                        k += 1
                    j = k
                    continue
                if nxt.low in V.NAME_PARTICLES and nxt.base[:1].islower():
                    k = j + 1
                    while k < n and toks[k].low in V.NAME_PARTICLES and toks[k].base[:1].islower():
                        k += 1
                    if k < n and toks[k].cap and k - j <= 3:
                        j = k
                        continue
                    break
                if (
                    nxt.low in {"of", "for", "and", "on"}
                    and j + 2 < n
                    and toks[j + 2].cap
                    and toks[j + 2].low not in V.DATE_WORDS
                ):
                    # join only inside organisation names
                    k = j + 2
                    while (
                        k + 1 < n
                        and toks[k + 1].cap
                        and doc.text[toks[k].end : toks[k + 1].start] == " "
                        and not toks[k].poss
                        and not (toks[k].allcaps and _name_after(doc, toks, k + 1))
                    ):
                        k += 1
                    left_org = any(x.low in V.ORG_HEADS for x in toks[i : j + 1])
                    right_org = toks[k].low in V.ORG_HEADS and toks[k].low not in {"ministry"}
                    in_complement = any(
                        toks[x].low in V.ORG_HEADS and toks[x + 1].low in {"of", "for", "on"}
                        for x in range(i, j)
                    )  # `State Committee for Affairs of Veterans and Families`
                    if (left_org and toks[j].low in V.ORG_HEADS) or right_org or in_complement:
                        j = k
                        if (
                            toks[k].allcaps
                            and k + 1 < n
                            and toks[k + 1].cap
                            and _name_after(doc, toks, k + 1)
                        ):
                            break  # `Board of XYZ First Last`: the name after the acronym is a person's
                        continue
                break
            run = toks[i : j + 1]
            i = j + 1
            _classify_run(doc, run, toks, cands, pending_people, focus, acronyms, taken)
    # armed bodies named by a demonym: `Armenian forces`, `the Azerbaijani army's`
    for p in article.paragraphs if _ARMED_BODY_HINT.search(doc.text) else ():
        for m in _ARMED_BODY.finditer(doc.text, p.start, p.end):
            country = geo.country_of_demonym(m.group("dem"))
            head_s, head_e = m.start("head"), m.end("head")
            if not country or taken.overlaps(head_s, head_e) or not _armed_body_ok(m):
                continue
            head = " ".join(m.group("head").lower().split())
            name = f"{V.ARMED_BODY_NAMES.get(head, head.title())} ({country})"
            dem_s = m.start("dem")
            cands[:] = [c for c in cands if not (c.start == dem_s and c.end <= head_s)]
            cands.append(_Cand(kind="organization", name=name, start=dem_s, end=head_e, country=country))
            taken.append((dem_s, head_e))
    # bodies named by a capitalised name and a lower-case head: `the X alliance`, `Y municipality`
    for p in article.paragraphs if _LOWER_HEAD_HINT.search(doc.text) else ():
        for m in _LOWER_HEAD_BODY.finditer(doc.text, p.start, p.end):
            words = m.group("name").split()
            s0 = m.start("name")
            while words and words[0].lower() in V.NON_PERSON_WORDS:
                s0 = doc.text.index(words[1], s0) if len(words) > 1 else m.end("name")
                words = words[1:]
            if not words or taken.overlaps(s0, m.end()):
                continue
            if any(geo.country_of_any(w) or w.lower() in V.TITLE_HEADS for w in words):
                continue  # `the Armenian alliance`, `Prime Minister X party`: not a body's own name
            e0 = m.end()
            cands[:] = [c for c in cands if not (s0 <= c.start < e0)]
            pending_people[:] = [c for c in pending_people if not (s0 <= c.start < e0)]
            cands.append(_Cand(kind="organization", name=doc.text[s0:e0], start=s0, end=e0))
            taken.append((s0, e0))
    # coordination and late acceptance of people
    _accept_people(doc, cands, pending_people, persons)
    mentions = []
    seen: set[tuple[int, int]] = set()
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        if (c.start, c.end) in seen or c.start >= c.end:
            continue
        if any(c.start < e and c.end > s for s, e in seen):
            continue
        seen.add((c.start, c.end))
        name, country = c.name, c.country
        if c.kind == "organization" and (body := _ARMED_BODY_NAME.match(name)):
            body_country = geo.country_of_demonym(body.group("dem"))
            if body_country:  # `Armenian Armed Forces` (capitalised) is the same body as `Armenian forces`
                head = " ".join(body.group("head").lower().split())
                name, country = f"{V.ARMED_BODY_NAMES[head]} ({body_country})", country or body_country
        mentions.append(
            ActorMention(
                name=name,
                kind=c.kind,
                surface=doc.text[c.start : c.end],
                start=c.start,
                end=c.end,
                sentence=doc.sentence_at(c.start),
                role=c.role,
                country=country,
            )
        )
    mentions.extend(_headline_people(doc, persons))
    return tuple(sorted(mentions, key=lambda m: (m.start, -m.end)))


_NAME_COLON = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}):\s+\S")
"""`First Last: <headline>`: a related headline that opens with the name of the person it quotes."""


def _headline_people(doc: _Doc, persons: list[_Person]) -> list[ActorMention]:
    """People named at the start of the page's related headlines (`Read also:` lines, kept by ingest as
    furniture): `First Last: <what they said>`. Each line is its own pseudo-sentence (paragraph -1)."""
    out: list[ActorMention] = []
    text = doc.text
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for f in doc.article.furniture:
        if f.reason != "related headline" or not (m := _NAME_COLON.match(f.text)):
            continue
        at = line_starts[f.line - 1] if 0 < f.line <= len(line_starts) else -1
        if at < 0 or not text.startswith(f.text, at):
            at = text.find(f.text)
            if at < 0:
                continue
        toks = _tokenize(m.group(1), at)
        if not all(_is_name_token(doc, t) and not t.poss for t in toks):
            continue
        keys = _name_keys(m.group(1))
        known = [p for p in persons if keys <= p.keys or p.keys <= keys]
        name = known[0].canonical if known else m.group(1)
        sentence = Sentence(text=f.text, start=at, end=at + len(f.text), line=f.line, paragraph=-1)
        out.append(
            ActorMention(
                name=name,
                kind="person",
                surface=m.group(1),
                start=at,
                end=at + len(m.group(1)),
                sentence=sentence,
                role=None,
                country=known[0].country if known else None,
            )
        )
    return out


_LOWER_HEAD_BODY = re.compile(
    r"(?<![\w’'\-])(?P<name>(?:[A-Z][\w-]+\s+){1,3})(?:"
    + "|".join(sorted(V.LOWER_BODY_HEADS))
    + r")(?![\w’'-])"
)
"""`the X alliance`, `Y municipality`: a body named by capitalised words before a lower-case head."""
_ARMED_BODY_HINT = re.compile(r"\s(?:" + "|".join(V.ARMED_BODIES) + ")")
_LOWER_HEAD_HINT = re.compile(r"\s(?:" + "|".join(sorted(V.LOWER_BODY_HEADS)) + ")")
"""Literal parts of `_ARMED_BODY` and `_LOWER_HEAD_BODY` (see `_KNOWN_ORG_HINT`)."""
_ARMED_BODY = re.compile(
    r"(?=[A-Z])(?<![\w’'\-])(?P<dem>[A-Z][^\W\d_]+)\s+(?P<head>"
    + "|".join(V.ARMED_BODIES)
    + r")\b(?P<poss>['’]s\b)?"
    r"(?P<after>\s*[^\s]*)"
)
_CLAUSE_WORDS = frozenset(
    {"has", "have", "had", "is", "was", "were", "are", "said", "says", "will", "would", "and", "that", "who",
     "which", "in", "on", "at", "from", "of", "to", "with", "for", "by", "also", "later", "then"}
)  # fmt: skip


_ARMED_BODY_NAME = re.compile(
    r"^(?:the\s+)?(?P<dem>[A-Z][^\W\d_]+)\s+(?P<head>" + "|".join(V.ARMED_BODY_NAMES) + r")$", re.IGNORECASE
)


def _armed_body_ok(m: re.Match[str]) -> bool:
    """True when `<demonym> <head>` names the body itself, not an attribute (`Armenian army officers`,
    `Armenian military positions`)."""
    after = m.group("after").strip()
    word = after.strip(".,;:!?\"”’'()").lower()
    if not word or after[:1] in ".,;:!?\"”’')" or m.group("poss"):
        return True
    if after[:1].isupper():
        return False  # `Armenian Army Chief X`, a name follows
    if word in V.ARMED_BODY_NOT_BEFORE:
        return False
    if m.group("head").lower() in V.ADJECTIVE_HEADS:
        return word in _CLAUSE_WORDS or (len(word) > 4 and word.endswith("ed")) or word.endswith("ing")
    return True


def _toks_in(doc: _Doc, offset: int) -> list[_Tok]:
    for unit in doc.units:
        if unit[0].start <= offset <= unit[-1].end:
            return unit
    return []


def _tok_index(doc: _Doc, offset: int) -> int:
    unit = _toks_in(doc, offset)
    for k, t in enumerate(unit):
        if t.start >= offset:
            return k
    return len(unit)


def _earlier_ministry_country(cands: list[_Cand], name: str) -> str | None:
    """The country of the ministry of that name the article named before, when only one country's was
    named (`Lindora's Ministry of Foreign Affairs … the Foreign Ministry`)."""
    countries = {
        c.country for c in cands if c.kind == "organization" and c.country and c.name.startswith(name)
    }
    return countries.pop() if len(countries) == 1 else None


def _context_country(
    doc: _Doc, focus: list[tuple[int, str]], toks: list[_Tok], first: int, ref: str | None
) -> str | None:
    """The country a bare or anaphoric organisation belongs to."""
    pos = toks[first].start
    sent = doc.sentence_at(pos)
    # countries named in this line/sentence (excluded for a bare `the Foreign Ministry`)
    same = set()
    lo = sent.start if sent.end > pos else toks[0].start
    for k, t in enumerate(toks):
        if t.start >= lo:
            c, _n, what = _country_at(toks, k)
            if c and what in ("name", "capital"):
                same.add(c)
    if ref == "its":
        for k in range(first - 1, -1, -1):
            c, _n, what = _country_at(toks, k)
            if c and what in ("name", "capital"):
                return c
    before = [c for off, c in focus if off < pos]
    if ref in ("its", "country"):
        return before[-1] if before else None
    # a bare `the Foreign Ministry`: the country most often in focus so far, not one named alongside it
    counts: dict[str, int] = {}
    for c in before:
        if c not in same:
            counts[c] = counts.get(c, 0) + 1
    if not counts:
        return None
    top = max(counts.values())
    return next(c for c in reversed(before) if counts.get(c) == top)


def _classify_run(
    doc: _Doc,
    run: list[_Tok],
    toks: list[_Tok],
    cands: list[_Cand],
    pending: list[_Cand],
    focus: list[tuple[int, str]],
    acronyms: dict[str, str],
    taken: _Taken,
) -> None:
    """Turn one run of capitalised tokens into candidates."""
    if not run:
        return
    text = doc.text
    # drop sentence-initial common words (`The`, `Meanwhile`, `Speaking`)
    while (
        run
        and (run[0].low in {"the", "a", "an"} or (run[0].sent_start and doc.common(run[0])))
        and not (geo.country_of_any(run[0].base) or run[0].allcaps)
    ):
        run = run[1:]
    if not run:
        return
    # a run that holds an organisation, then a title and a name: `European Council President X Y`,
    # `NATO Secretary General X Y`; the organisation and the person are classified separately
    split, tentative = _org_title_split(doc, run)
    if split:
        if tentative:  # `Riverside President X Y`: an organisation unless the article makes it a person
            left = run[:split]
            name = " ".join(x.base for x in left)
            pending.append(_Cand(kind="organization", name=name, start=left[0].start, end=left[-1].end))
        else:
            _classify_run(doc, run[:split], toks, cands, pending, focus, acronyms, taken)
        _classify_run(doc, run[split:], toks, cands, pending, focus, acronyms, taken)
        return
    org_span = _org_run(doc, run)
    if org_span:
        s0, e0 = org_span
        tail = _titled_name_tail(doc, run, s0)
        if tail:  # `Chairman of the X Committee on Y Relations First Last`: the run ends with the chairman
            e0 = len(run) - tail
        org_toks = run[s0:e0]
        name = _SPACES.sub(" ", text[org_toks[0].start : org_toks[-1].end])
        m = _ACRONYM_AFTER.match(text, org_toks[-1].end)
        if m:
            acronyms[m.group(1)] = name
        country = geo.is_country(run[0].base) if run[0].poss else geo.country_of_demonym(run[0].base)
        cands.append(
            _Cand(
                kind="organization", name=name, start=org_toks[0].start, end=org_toks[-1].end, country=country
            )
        )
        taken.append((org_toks[0].start, org_toks[-1].end))
        if tail:
            pre = _TITLE_OF_BEFORE.search(text, max(0, run[0].start - 80), run[0].start)
            name_toks = run[e0:]
            pending.append(
                _Cand(
                    kind="person",
                    name=" ".join(x.base for x in name_toks),
                    start=name_toks[0].start,
                    end=name_toks[-1].end,
                    role=_fold_role(f"{pre.group(1)} of {name}") if pre else None,
                    cue=True,
                    tokens=[x.base for x in name_toks],
                    role_before=True,
                )
            )
        return
    of_at = next((k for k, x in enumerate(run) if x.low == "of"), 0)
    if (
        of_at
        and any(x.low in V.TITLE_HEADS for x in run[:of_at])
        and all(
            (x.low in V.TITLE_HEADS or x.low in V.ROLE_WORDS) and x.low not in V.ORG_HEADS
            for x in run[:of_at]
        )
    ):
        # `Speaker of Parliament`, `Chairman of the Board`: a title; only what follows `of` may name a body
        rest = run[of_at + 1 :]
        while rest and rest[0].low == "the":
            rest = rest[1:]
        _classify_run(doc, rest, toks, cands, pending, focus, acronyms, taken)
        return
    idx0 = toks.index(run[0])
    last = run[-1]
    if last.base in V.MINISTRY_ACRONYMS:
        c, nn, what = _country_at(run, 0)
        if len(run) == 1 or (c and nn == len(run) - 1 and what in ("name", "demonym")):
            # `the MFA said`, `Lindorian MFA`: a ministry (the country as for a bare `the Foreign Ministry`)
            name = f"Ministry of {V.MINISTRY_ACRONYMS[last.base]}"
            country = c if len(run) > 1 else _earlier_ministry_country(cands, name)
            country = country or _context_country(doc, focus, toks, idx0, None)
            cands.append(
                _Cand(
                    kind="organization",
                    name=f"{name} ({country})" if country else name,
                    start=run[0].start,
                    end=last.end,
                    country=country,
                )
            )
            taken.append((run[0].start, last.end))
            return
    # organisation: ends with a head-word (possibly followed by an acronym in parentheses)
    if (last.low in V.ORG_HEADS and last.low != "ministry" and len(run) >= 2) or (
        last.low in V.ORG_HEADS and len(run) == 1 and last.low in {"kremlin"}
    ):
        k0 = 0
        country = None
        c, nn, what = _country_at(run, 0)
        if c and run[nn - 1].poss:
            country, k0 = c, nn
        elif c and what == "demonym":
            country = c
        org_toks = run[k0:]
        while len(org_toks) > 2 and org_toks[0].low.endswith("-based"):
            org_toks = org_toks[1:]  # `Lindora-based Policy Institute`
        if len(org_toks) < 2 and org_toks[0].low in V.ORG_HEADS:
            return
        name = text[org_toks[0].start : org_toks[-1].end]
        name = _SPACES.sub(" ", name)
        if name.lower().endswith(" summit"):
            name = name[: -len(" summit")]
        m = _ACRONYM_AFTER.match(text, org_toks[-1].end)
        if m:
            acronyms[m.group(1)] = name
        cands.append(
            _Cand(
                kind="organization", name=name, start=org_toks[0].start, end=org_toks[-1].end, country=country
            )
        )
        taken.append((org_toks[0].start, org_toks[-1].end))
        return
    if last.low in V.NATIONAL_BODIES and len(run) == 1 and _prev_word(toks, toks.index(last)) == "the":
        # `the Government approved`: the government of the country in focus
        country = _context_country(doc, focus, toks, toks.index(last), None)
        if country:
            name = f"{last.base} ({country})"
            cands.append(
                _Cand(kind="organization", name=name, start=last.start, end=last.end, country=country)
            )
        return
    if last.low in V.ORG_HEADS and len(run) == 1:
        return
    # acronyms
    if len(run) == 1 and last.allcaps:
        a = last.base
        if a in acronyms:
            cands.append(_Cand(kind="organization", name=acronyms[a], start=last.start, end=last.end))
        elif a in V.KNOWN_ORG_ACRONYMS:
            cands.append(
                _Cand(kind="organization", name=V.KNOWN_ORG_ACRONYMS[a], start=last.start, end=last.end)
            )
        elif last.low in V.WIRE_AGENCIES or a in doc.companies or _acronym_before_title(text, last):
            cands.append(_Cand(kind="organization", name=a, start=last.start, end=last.end))
        elif 2 <= len(a) <= 6 and not geo.is_country(a):
            speech, verb = _followed_by_verb(text, last.end + (len(last.text) - len(last.base)))
            if (
                (speech or verb)
                and not last.poss
                and (last.sent_start or _prev_word(toks, idx0) in {"and", "the", "while", "as", "that"})
            ):
                cands.append(_Cand(kind="organization", name=a, start=last.start, end=last.end))
        return
    if (
        run[0].allcaps
        and (run[0].base in V.KNOWN_ORG_ACRONYMS or run[0].base in acronyms)
        and not run[0].poss
    ):
        # a known acronym before other words: `UN Charter`, `EU Council` (when no head-word rule applied)
        a = run[0].base
        cands.append(
            _Cand(
                kind="organization",
                name=acronyms.get(a) or V.KNOWN_ORG_ACRONYMS[a],
                start=run[0].start,
                end=run[0].end,
            )
        )
        _classify_run(doc, run[1:], toks, cands, pending, focus, acronyms, taken)
        return
    if len(run) == 1 and last.low in V.WIRE_AGENCIES and last.low not in V.WIRE_AGENCIES_ALSO_NAMES:
        cands.append(_Cand(kind="organization", name=last.base, start=last.start, end=last.end))
        return
    # countries, demonyms and capitals inside the run
    k = 0
    while k < len(run):
        c, nn, what = _country_at(run, k)
        if not c:
            break
        span_s, span_e = run[k].start, run[k + nn - 1].end
        if what == "name":
            cands.append(_Cand(kind="country", name=c, start=span_s, end=span_e))
            if k == 0 and (run[0].sent_start or run[k + nn - 1].poss or _subject_position(doc, toks, idx0)):
                focus.append((span_s, c))
        elif what == "capital":
            after = run[k + nn - 1].end + (2 if run[k + nn - 1].poss else 0)
            speech, verb = _followed_by_verb(text, after)
            subj = run[k + nn - 1].poss or (
                (speech or verb) and (k + nn == len(run)) and _subject_position(doc, toks, toks.index(run[k]))
            )
            if subj and not (run[k + nn - 1].poss and _prev_word(toks, toks.index(run[k])) in {"of"}):
                cands.append(_Cand(kind="country", name=c, start=span_s, end=span_e))
                focus.append((span_s, c))
        elif what == "demonym" and k == 0 and run[0].sent_start and len(run) > nn:
            focus.append((span_s, c))
        k += nn
    rest = run[k:]
    if not rest:
        return
    whole = " ".join(x.base for x in rest)
    company = len(rest) >= 2 and whole in doc.companies and rest[0].low not in V.TITLE_HEADS
    # places
    if not company and (rest[-1].low in V.PLACE_HEADS or rest[0].low in V.GEO_MODIFIERS):
        return
    if company:
        # `brokerage X Capital Markets`, `economist at X Finance`: the whole run is the company
        cands.append(_Cand(kind="organization", name=whole, start=rest[0].start, end=rest[-1].end))
        taken.append((rest[0].start, rest[-1].end))
        return
    # person: trailing name-like tokens (particles allowed inside), a regnal number after them
    e = len(rest)
    if e >= 2 and _ROMAN.fullmatch(rest[-1].base) and _is_name_token(doc, rest[-2]):
        e -= 1  # `King Carlos III`: the number is part of the name, added back below
    s = e
    while s > 0 and (
        _is_name_token(doc, rest[s - 1])
        or (rest[s - 1].low in V.NAME_PARTICLES and s < e)
        or (rest[s - 1].allcaps and s < e and s > 1 and _is_name_token(doc, rest[s - 2]))
        or (s > 1 and _is_name_token(doc, rest[s - 1], True) and _is_name_token(doc, rest[s - 2]))
    ):
        if rest[s - 1].poss and s < e:
            break
        s -= 1
    while s < e and rest[s].low in V.NAME_PARTICLES and rest[s].base[:1].islower():
        s += 1
    name_toks = rest[s:e]
    if not name_toks:
        return
    if sum(x.low not in V.NAME_PARTICLES for x in name_toks) > 4 or len(name_toks) > 8:
        return  # (particles do not count: `X bin Y bin Z Al W`)
    if e < len(rest) and name_toks[0].start > rest[0].start:
        name_toks = rest[s : e + 1]  # the regnal number, after a title (`King Carlos III`)
    if name_toks[-1].low in V.EVENT_NAME_HEADS:
        return  # `the Grand Prix`, `the City Marathon`: an event
    idx = toks.index(name_toks[0])
    if rest[0].low in V.STORM_WORDS or _prev_word(toks, idx) in V.STORM_WORDS:
        return  # `Typhoon X`, `tropical storm Y`: a storm's name
    if rest[0].low.endswith(V.PRODUCT_MODIFIER_ENDS):
        return  # `French-made X`, `Lindora-built Y`: a product, not a person
    if idx and toks[idx - 1].text.lower().replace("’", "'") in V.TIME_POSSESSIVES:
        return  # `this year's X Y`: an event or an edition, not a person
    # a name followed by an organisation/place head-word is not a person ("X Cultural Center")
    after_idx = toks.index(name_toks[-1]) + 1
    if (
        after_idx < len(toks)
        and toks[after_idx].cap
        and (toks[after_idx].low in V.ORG_HEADS or toks[after_idx].low in V.PLACE_HEADS)
    ):
        return
    idx = toks.index(name_toks[0])
    if _name_keys(" ".join(x.base for x in name_toks)) & doc.vessel_keys and len(name_toks) >= 2:
        return  # `the research vessel X Y` (and X Y elsewhere in the article): a ship, not a person
    if len(name_toks) == 1 and any(x.low in V.ORG_HEADS or x.low in V.PLACE_HEADS for x in rest[:s]):
        return  # `X District Executive Power`, `Y Court of General Jurisdiction`: a body's name ends here
    role, country, cue = _role_before(toks, idx, text)
    title_before = bool(role) or (idx > 0 and toks[idx - 1].low in V.HONORIFICS)
    end_tok = name_toks[-1]
    after = end_tok.end + (len(end_tok.text) - len(end_tok.base))
    speech, verb = _followed_by_verb(text, after)
    if not end_tok.poss:
        arole, acountry = _apposition_role(text, after)
        if arole or acountry:
            role = role or arole
            country = country or acountry
            cue = cue or bool(arole)
    if _WHO_AFTER.match(text[after : after + 8]):
        cue = True
    if len(name_toks) >= 2 and end_tok.low in V.POST_NAME_TITLES:
        cue = True  # `X Pasha`: an honorific after the given name
    strong = False
    if not end_tok.poss and _person_apposition(text, after):
        cue = strong = True  # `X Y, a teacher, said`, `X Y, a nurse who lives nearby, said`
    verb_at0 = toks[idx - 1].start if idx else 0
    if (
        len(name_toks) == 1
        and _prev_word(toks, idx) in _INVERTED_SPEECH
        and _QUOTE_END.search(text[max(0, verb_at0 - 4) : verb_at0])
        and _person_apposition(text, after, need_verb=False)
    ):
        cue = strong = True  # `"…," said X, a nurse who takes two buses to work.`
    line_start = text.rfind("\n", 0, name_toks[0].start) + 1
    if _BYLINE.match(text[line_start : name_toks[0].start]):
        return  # `By X, Y correspondent`: the byline's author, not an actor
    line_end = text.find("\n", end_tok.end)
    if _CREDIT_LINE.search(text, end_tok.end, len(text) if line_end < 0 else line_end):
        return  # `Agency writer X Y in City contributed to this report.`: a credit, not an actor
    name_text = " ".join(x.base for x in name_toks)
    title_after = _ORG_TITLE_AFTER.match(text[after : after + 60])
    if (
        title_after
        and not title_before
        and not end_tok.poss
        and len(name_toks) <= 3
        and name_toks[0] is rest[0]
        and not geo.country_of_any(name_text)
        and title_after.group(2) in V.ORG_TITLES
        and all(w in V.TITLE_HEADS or w in V.ROLE_WORDS for w in title_after.group(1).split())
        and not any(x.low in V.TITLE_MODIFIERS for x in name_toks)
    ):
        # `Riverside head coach X Y`, `Green Future lawmaker X Y`: a tentative organisation
        pending.append(_Cand(kind="organization", name=name_text, start=name_toks[0].start, end=end_tok.end))
        return
    if name_text in doc.companies and not title_before:
        cands.append(_Cand(kind="organization", name=name_text, start=name_toks[0].start, end=end_tok.end))
        taken.append((name_toks[0].start, end_tok.end))
        return
    if len(name_toks) >= 2 and not cue:
        idx_name = toks.index(name_toks[0])
        p1 = _prev_word(toks, idx_name)
        p2 = toks[idx_name - 2].low if idx_name >= 2 else ""
        verb_at = toks[idx_name - 1].start if idx_name else 0
        if p1 == "by" and p2 in V.BY_PERSON_VERBS:
            cue = True  # `coached by X Y`, `Editing by X Y`
        elif p1 in _INVERTED_SPEECH and (
            _QUOTE_END.search(text[max(0, verb_at - 4) : verb_at]) or text[after : after + 1] == ","
        ):
            cue = True  # `"…," said X Y` / `said X Y, 68, a resident of …`
        elif p1 in V.RANK_ABBREVIATIONS and text[toks[idx_name - 1].end : name_toks[0].start] in (" ", ". "):
            cue = True  # `Lt. Gen. X Y`, `Captain 1st Rank X Y`
        elif p1.endswith("s") and p1[:-1] in V.TITLE_HEADS and _COORD_NAME_AFTER.match(text, after):
            cue = True  # `signed by presidents X Y and Z W`
        elif _LIST_AFTER.match(text, after) and (
            pl := _PLURAL_TITLE_BEFORE.search(text, max(0, name_toks[0].start - 120), name_toks[0].start)
        ):
            # `the foreign ministers of A and B – X Y, Z W and …`: a list of the titled people
            cue = pl.group(1)[:-1] in V.TITLE_HEADS
        elif (
            tp := _TITLE_IN_PLACE_BEFORE.search(text, max(0, name_toks[0].start - 160), name_toks[0].start)
        ) and tp.group(1).lower() in V.TITLE_HEADS:
            # `the Special Representative of the President in the X district First Last`: a title whose
            # complement ends with a lower-case place noun, then the holder's name
            cue = True
            role = role or _fold_role(_SPACES.sub(" ", tp.group(0)).strip())
        elif _AGE_AFTER.match(text[after : after + 14]) or _BORN_AFTER.match(text, after):
            cue = True  # `X Y, 68, ...` / `X Y, aged 23.` / `X Y, born in 1979,`: an age in apposition
        elif _AGE_BEFORE.search(text[max(0, name_toks[0].start - 16) : name_toks[0].start]):
            cue = True  # `47-year-old X Y`
        elif (
            len(name_toks) <= 3
            and idx_name == idx
            and idx > 0
            and toks[idx - 1].poss
            and text[toks[idx - 1].start + len(toks[idx - 1].text) : name_toks[0].start] == " "
            and geo.is_country(toks[idx - 1].base)
            and _country_at(toks, idx - 1)[1] == 1
            and not (idx > 1 and toks[idx - 2].cap and not toks[idx - 2].sent_start)
            and not (idx > 1 and toks[idx - 2].low in {"of", "in", "at", "from", "into", "the"})
            and text[after : after + 2] != " ("
        ):
            # `beat Lindora's X Y 6-4`: a country's possessive before a bare name (not `chairman of
            # Lindora's X Y`, `in Lindora's X Y`, `Lindora's X Y (People's Council)`: a body or a place)
            cue = True
        elif end_tok.poss and len(name_toks) <= 3 and _team_after(toks, toks.index(end_tok) + 1):
            cue = True  # `face X Y's Lindora in the final`: a player's team, named by its country
    if not cue:
        # `the X Agency chairman, Y Z,`; `X's coach, grandmaster Y Z,` (one word after the comma)
        window = text[max(0, name_toks[0].start - 100) : name_toks[0].start]
        pre = _TITLE_COMMA_BEFORE.search(window) if "," in window else None  # (the comma: a fast pre-check)
        while pre and pre.group(3).lower() not in V.TITLE_HEADS:
            # `the visit of Minister X's wife, Y Z,`: the earliest match took `visit` as the title; the
            # title nearest the name may still open a later match
            pre = _TITLE_COMMA_BEFORE.search(window, pre.start() + 1)
        if (
            pre
            and pre.group(3).lower() in V.TITLE_HEADS
            and text[after : after + 1] in (",", ".", ";")
            and not (pre.group(4) and pre.group(4) in V.NON_PERSON_WORDS)
        ):
            cue = True
            if pre.group(3).lower() not in V.NOT_ROLE_ALONE:
                role = role or _fold_role(pre.group(2))
            if pre.group(1):
                country = country or geo.is_country(pre.group(1))  # `Ukraine's commissioner, X,`
            country = country or geo.country_of_demonym(pre.group(2).split()[0])  # `her Greek counterpart`
    if not cue and len(name_toks) >= 2 and _named_apposition(text, name_toks[0].start, after):
        cue = True  # `the country's first astronaut, X Y, flew`: a name closing an apposition
    if not cue and len(name_toks) >= 2 and not end_tok.poss and _WHO_APPOSITION.match(text, after):
        cue = True  # `X Y, the billionaire who briefly served as …`: `who` refers to a person
    if not cue:
        window = text[max(0, name_toks[0].start - 160) : name_toks[0].start]
        head_of = _TITLE_OF_ORG.search(window) if "of" in window else None
        if (
            head_of
            and head_of.group("title").lower() in V.TITLE_HEADS
            and head_of.group("org").split()[-1].lower() in V.ORG_HEADS
        ):
            cue = True  # `Head of the State Water Agency (SWA) X Y`
            role = role or _fold_role(f"{head_of.group('title')} of {head_of.group('org')}")
            country = country or (geo.is_country(head_of.group("cty")) if head_of.group("cty") else None)
    if not cue and not end_tok.poss:
        of_org = _OF_ORG_AFTER.match(text[after : after + 90])
        low_head = _LOWER_HEAD_AFTER.match(text, after + of_org.end()) if of_org else None
        if of_org and (of_org.group(1).split()[-1].lower() in V.ORG_HEADS or low_head):
            org_end = low_head.end() if low_head else after + of_org.end()
            speech2, verb2 = _followed_by_verb(text, org_end)
            if speech2 or verb2 or text[org_end : org_end + 1] == ",":
                cue = True  # `X Y of the Green Alliance questioned ...`, `X Y of the Z bloc accused ...`
        elif of_org and _WHO_AFTER.match(text, after + of_org.end()) and text[after + of_org.end()] == ",":
            cue = True  # `X Y of Team A, who started last, ...`: an affiliation, then a relative clause
    name = " ".join(x.text if x is not end_tok else x.base for x in name_toks)
    name = name.replace(" ’", "’")
    if any(x.allcaps for x in name_toks):
        name = " ".join(
            x.base.capitalize() if x.allcaps and not _ROMAN.fullmatch(x.base) else x.base for x in name_toks
        )
    keys = _name_keys(name)
    if keys and keys <= doc.author_keys:
        return
    if doc.author_handles and _NON_WORD.sub("", geo.fold(name)).lower() in doc.author_handles:
        return  # the author, whose handle the page gives (`Follow the author on X: @FirstLast`)
    if not cue and _abstract_noun(name_toks[-1].base):
        return  # `… and Mutual Assistance`, `Good Neighborliness`: words of a treaty's name, no person
    prev = _prev_word(toks, idx)
    cand = _Cand(
        kind="person",
        name=name,
        start=name_toks[0].start,
        end=end_tok.end,
        role=role,
        country=country,
        tokens=[x.base for x in name_toks],
        role_before=title_before,
    )
    of_the = _OF_THE_NAME_AFTER.match(text, after) if len(name_toks) == 1 and not speech else None
    if of_the and not geo.country_of_any(of_the.group(1)):
        return  # `the Representative List of the Intangible …`: a title word before a document's name
    if len(name_toks) == 1:
        cand.cue = cue
        cand.speech = speech
        cand.strong = strong
        pending.append(cand)
        return
    if (
        cue
        or speech
        or (
            verb
            and prev not in {"the", "in", "at", "from", "near", "of", "to", "into", "via"}
            and (len(name_toks) <= 3 or (country is not None and idx > 0 and toks[idx - 1].poss))
        )  # four words after a country's possessive: `Mexico's X Y Z W stayed away`
    ):
        cand.cue = True
    pending.append(cand)


def _named_apposition(text: str, start: int, after: str | int) -> bool:
    """Whether a name between commas follows a lower-case noun and precedes a past-tense verb (`the
    country's first astronaut, X Y, flew`, `the victim's mother, X Y, left`)."""
    if text[max(0, start - 2) : start] != ", " or not text[max(0, start - 3) : start - 2].isalpha():
        return False
    if not text[max(0, start - 3) : start - 2].islower():
        return False
    m = _COMMA_THEN_PAST.match(text, int(after))
    if not m:
        return False
    verb = m.group(1)
    if verb in V.NOT_MAIN_VERBS or verb in V.NON_PERSON_WORDS:
        return False
    return verb.endswith("ed") or verb in _IRREGULAR_PAST


def _team_after(toks: list[_Tok], k: int) -> bool:
    """Whether a country's name alone stands at token k (a team named by its country after a player's
    possessive: `X Y's Lindora`), not a modifier of a noun after it (`X Y's Lindora office`)."""
    c, nn, what = _country_at(toks, k)
    if not c or what != "name" or toks[k + nn - 1].poss:
        return False
    nxt = toks[k + nn] if k + nn < len(toks) else None
    return nxt is None or nxt.sent_start or nxt.low in _TEAM_FOLLOWERS


_TEAM_FOLLOWERS = frozenset({"in", "at", "on", "and", "with", "for", "to", "from", "after", "before"})


def _name_after(doc: _Doc, toks: list[_Tok], k: int) -> bool:
    """Whether a person's name (two to four name-like words ending the run) starts at token k: the
    acronym before it ends an organisation's name (`Chairman of the Board of XYZ First Last`)."""
    e = k
    while e < len(toks) and toks[e].cap and e - k < 5:
        if e > k and doc.text[toks[e - 1].end : toks[e].start] != " ":
            break
        e += 1
    return 2 <= e - k <= 4 and all(_is_name_token(doc, x) for x in toks[k:e])


def _org_title_split(doc: _Doc, run: list[_Tok]) -> tuple[int, bool]:
    """(index of the title, tentative) in `<Organisation> <Title...> <Name>`; (0, False): no split.

    The organisation ends with a head-word (`European Council`), or is an acronym (`NATO`) or an
    organisation-with-complement (`Council of Europe`); the title words are followed by name-like tokens.
    Name-like words before an organisation's title (`Riverside President X Y`, `Green Future lawmaker`)
    are a tentative organisation: kept unless the article names a person with those words.
    """
    if _country_at(run, 0)[0]:
        return 0, False  # `Sierra Leone President X Y`: a country's title
    for t in range(1, len(run) - 1):
        if run[t].low not in V.TITLE_HEADS or run[t].low in V.HONORIFICS:
            continue
        if run[t - 1].low in V.TITLE_HEADS or run[t - 1].low in V.ROLE_WORDS - V.ORG_HEADS:
            return 0, False  # `Prime Minister`, `Deputy Secretary`: the title starts earlier
        left = run[:t]
        tentative = False
        if not (
            (left[-1].low in V.ORG_HEADS and left[-1].low != "ministry" and len(left) >= 2)
            or (len(left) == 1 and left[0].allcaps and not geo.country_of_any(left[0].base))
            or _org_run(doc, left) == (0, len(left))
        ):
            if not (
                run[t].low in V.ORG_TITLES
                and len(left) <= 3
                and not left[-1].poss
                and not any(x.low in V.TITLE_MODIFIERS for x in left)
                and all(_is_name_token(doc, x) for x in left)
            ):
                return 0, False
            tentative = True
        k = t
        while k < len(run) and (run[k].low in V.TITLE_HEADS or run[k].low in V.ROLE_WORDS):
            k += 1
        if k < len(run) and all(_is_name_token(doc, x) for x in run[k:]):
            return t, tentative
        return 0, False
    return 0, False


_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
"""An acronym, also in the plural (`NGOs`)."""
_TITLE_OF_BEFORE = re.compile(r"\b([A-Za-z][\w-]*)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}$")
"""`Chairman of the [X Y] ` before a run: a title whose holder may end the run."""


def _titled_name_tail(doc: _Doc, run: list[_Tok], s0: int) -> int:
    """Length of a person's name ending an organisation run that a title governs: `Chairman of the [X]
    Committee on Foreign Relations First Last`; 0 when there is none. The name is two or three
    name-like words after the body's last word (a head-word or a complement noun such as `Relations`)."""
    if len(run) - s0 < 4:
        return 0
    pre = _TITLE_OF_BEFORE.search(doc.text, max(0, run[0].start - 80), run[0].start)
    if not pre or pre.group(1).lower() not in V.TITLE_HEADS:
        return 0
    n = 0
    while n < 3 and len(run) - n - 1 > s0:
        t = run[-1 - n]
        if (t.poss and n) or t.low in V.BODY_COMPLEMENT_WORDS or not _is_name_token(doc, t):
            break
        if _abstract_noun(t.base):
            return 0
        n += 1
    if n < 2 or len(run) - n - 1 < s0:
        return 0
    before = run[-n - 1]
    if before.low in V.BODY_COMPLEMENT_WORDS or before.low in V.ORG_HEADS:
        return n
    if n == 3 and _ACRONYM.fullmatch(run[-3].base):
        return 2  # `… of Refugees and IDPs First Last`: an acronym ends the body's name too
    return 0


def _org_run(doc: _Doc, run: list[_Tok]) -> tuple[int, int] | None:
    """(start, end) of the organisation a whole run names, for names the head-word rule misses:
    `Court of Appeal`, `Institute for Regional Studies` (a head-word and its complement), `Club Varnia`,
    `Borsa Lindora` (a head-word first). A leading demonym or possessive country is left out."""
    if len(run) < 2:
        return None
    s = 1 if run[0].low.endswith("-based") or (run[0].poss and geo.is_country(run[0].base)) else 0
    # `Lindorian Board of Investments`: the demonym is not the head but stays in the name
    demonym_first = s == 0 and len(run) >= 3 and bool(geo.country_of_demonym(run[0].base))
    body = run[1:] if demonym_first else run[s:]
    if (
        len(body) < 2
        or (body[0].low in V.TITLE_HEADS and body[1].low not in V.ORG_HEADS)
        or any(x.poss and x.low not in V.ORG_HEADS for x in body[:-1])
    ):
        return None  # `Speaker of Parliament` is a title; `General Directorate of X` an organisation
    if body[0].low in V.ORG_PREFIX_HEADS and all(x.cap for x in body[1:]):
        return s, len(run)
    for h, x in enumerate(body[:-2]):
        if (
            x.low in V.ORG_HEADS
            and x.low not in V.DOCUMENT_HEADS
            and x.low != "ministry"
            and body[h + 1].low in {"of", "for", "on"}
        ):
            if any(y.low in V.TITLE_HEADS and y.cap for y in body[h + 2 :]) and not (
                body[-1].low in V.TITLE_HEADS or body[-1].low in V.ROLE_WORDS
            ):
                return None  # a title and a name inside: `Council of Europe Secretary General X Y`
            return s, len(run)
    return None


_OF_THE_BEFORE = re.compile(r"([A-Z][\w'’\-]*)\s+of\s+the\s+$")
_KNOWN_ORG = re.compile(
    r"(?<![\w-])(?:(?P<dem>[A-Z][^\W\d_]+)\s+)?(?P<name>"
    + "|".join(re.escape(n) for n in sorted(V.KNOWN_ORG_NAMES, key=len, reverse=True))
    + r")(?![\w-])(?:\s+(?P<cty>[A-Z][^\W\d_]+))?"
)
"""A well-known organisation's name, with a demonym before or a country after (`Turkish Red Crescent`)."""

_WEB_OUTLET = re.compile(
    r"(?<![\w@/.-])[A-Z][A-Za-z0-9-]{1,30}\.(?:" + "|".join(V.OUTLET_DOMAINS) + r")(?![\w-]|\.\w)"
)
_KNOWN_ORG_HINT = re.compile("|".join(re.escape(n) for n in V.KNOWN_ORG_NAMES))
_WEB_OUTLET_HINT = re.compile(r"\.(?:" + "|".join(V.OUTLET_DOMAINS) + ")")
"""Literal parts of `_KNOWN_ORG` / `_WEB_OUTLET`, fast to search: without them, neither matches. (Like the
other hints, no look-ahead or `\b` after the literal: the patterns also run on paragraph windows.)"""


def _acronym_before_title(text: str, tok: _Tok) -> bool:
    """`XYZ development officer First Last`: an acronym before a title and a name is an organisation."""
    if tok.poss or geo.country_of_any(tok.base):
        return False
    m = _ORG_TITLE_AFTER.match(text[tok.end : tok.end + 60])
    return bool(
        m
        and m.group(2) in V.TITLE_HEADS
        and all(w in V.TITLE_HEADS or w in V.ROLE_WORDS for w in m.group(1).split())
    )


_ORG_TITLE_AFTER = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2})([a-z][\w-]*)\s+[A-Z]")
"""Lower-case title words after a run and before a capitalised name (`X head coach Y Z`)."""

_TITLE_OF_ORG = re.compile(
    r"(?=[A-Za-z])\b(?P<title>[A-Za-z][\w-]*)\s+of\s+(?:the\s+)?(?:(?P<cty>[A-Z][\w-]*)['’]s\s+)?"
    r"(?P<org>(?:[A-Z][\w’'-]*\s+){0,5}[A-Z][\w’'-]*)\s+(?:\((?P<acr>[A-Z][A-Za-z]{1,7})\)\s+)?$"
)
"""`Head of [Country's] <Organisation> [(ACRONYM)]` right before a name: the person's title."""


_INVERTED_SPEECH = frozenset(
    {"said", "says", "added", "adds", "noted", "explained", "recalled", "insisted", "replied", "continued",
     "stressed", "remarked", "wrote", "warned", "argued", "asked"}
)  # fmt: skip
"""Speech verbs that, before a name, make it the speaker (`"…," said X Y`)."""


_COMPANY_NAME = r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})"
_COMPANY_BEFORE = re.compile(
    _initials(V.COMPANY_NOUNS)
    + r"\b(?:"
    + "|".join(sorted(V.COMPANY_NOUNS))
    + r")\s+"
    + _COMPANY_NAME
    + r"(?![\w-])"
)
_COMPANY_AFTER = re.compile(r"(?<![\w-])" + _COMPANY_NAME + "(?i:" + V.COMPANY_AFTER + ")")
_WORKS_AT = re.compile(
    _initials(V.WORKS_AT_TITLES) + r"\b(?:" + "|".join(sorted(V.WORKS_AT_TITLES)) + r")\s+at\s+(?:the\s+)?"
    + _COMPANY_NAME
    + r"(?=\s*(?:[,.;:)\"”]|$)|\s+(?:in|said|says|told|who|and)\b)"
)  # fmt: skip
"""`economist at X Y.`: the employer (not `analyst at Istanbul brokerage X`, where a noun follows)."""


_COMPANY_APPOSITION = re.compile(
    r"(?<![\w-])"
    + _COMPANY_NAME
    + r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:"
    + "|".join(sorted(V.COMPANY_HEAD_NOUNS))
    + r")(?=\s*[,.;:]|\s+(?:that|which|whose|in|of|for|with|at|from|behind|owned|based|registered"
    + r"|[a-z]+ing)\b)"
)
"""`X Y, the company developing …`, `X Y, a Cyprus-registered firm,`: the name is a company's."""
_COMPANY_NOUN_AFTER = re.compile(
    r"(?<![\w-])" + _COMPANY_NAME + r"\s+(?:" + "|".join(sorted(V.COMPANY_HEAD_NOUNS)) + r")(?![\w’'-])"
)
"""`the X Y company, which …`: a capitalised name right before a lower-case company noun."""
_COMPANY_AFTER_HINT = re.compile("(?i:" + V.COMPANY_AFTER + ")")
_COMPANY_HEAD_HINT = re.compile("|".join(sorted(V.COMPANY_HEAD_NOUNS)))
"""Literal parts of `_COMPANY_AFTER` and of `_COMPANY_APPOSITION` / `_COMPANY_NOUN_AFTER`."""


def _companies(text: str) -> set[str]:
    """Capitalised names the article marks as companies (`defence firm X Y`, `X Y's general manager`)."""
    out = set()
    for m in _COMPANY_BEFORE.finditer(text):
        out.add(m.group(1))
    for m in _COMPANY_AFTER.finditer(text) if _COMPANY_AFTER_HINT.search(text) else ():
        out.add(m.group(1))
    for m in _WORKS_AT.finditer(text):
        if not geo.country_of_any(m.group(1)):
            out.add(m.group(1))  # `chief economist at X Finance`
    for pat in (_COMPANY_APPOSITION, _COMPANY_NOUN_AFTER) if _COMPANY_HEAD_HINT.search(text) else ():
        for m in pat.finditer(text):
            words = m.group(1).split()
            while words and words[0].lower() in V.NON_PERSON_WORDS:
                words = words[1:]  # `The X company`
            if len(words) >= 2 and not any(geo.country_of_any(w.removesuffix("-based")) for w in words):
                out.add(" ".join(words))  # `X Y, the company developing …`, `the X Y company`
    return {_SPACES.sub(" ", c) for c in out}


_PERSON_APPOSITION = re.compile(
    r",\s+(?:a|an|the)\s+([a-z0-9][^,.;:()\n“”\"«»]{1,140}?)\s*(?:,\s+(?:(?:also|later|then|[a-z]+ly)\s+)?"
    r"(\w+)\b|(?=[.;]))"
)
_VESSEL = re.compile(
    _initials(V.VESSEL_NOUNS)
    + r"\b(?:"
    + "|".join(sorted(V.VESSEL_NOUNS))
    + r")\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)"
)


_COORD_NAME_AFTER = re.compile(r",?\s+and\s+[A-Z][\w'’-]+\s+[A-Z]")
_LIST_AFTER = re.compile(r"\s*(?:,|,?\s+and)\s+[A-Z][\w'’-]+\s+[A-Z]")
"""Another name after a name (`, Z W`, ` and Z W`): the name opens a list."""
_PLURAL_TITLE_BEFORE = re.compile(
    r"\b([a-z][\w-]*s)(?:\s+(?:of|for|to|on)\s+[^–—:;.()\n\"“”]{1,100}?)?\s*[–—:,]\s*$"
)
"""`ministers of A, B and C – `, `presidents of A and B, `: a plural title right before a list of names."""


def _vessel_keys(text: str) -> set[str]:
    """Name keys of vessels the article names (`the research vessel X Y`, `aircraft carrier Z`)."""
    out: set[str] = set()
    for m in _VESSEL.finditer(text):
        out |= _name_keys(m.group(1))
    return out


def _person_apposition(text: str, pos: int, need_verb: bool = True) -> bool:
    """Whether an apposition headed by a person noun follows pos, then a speech verb (`X, a teacher,
    said`; `X, a resident of the village who came by bus, told`); without need_verb the apposition may
    end the sentence (`said X, a nurse who lives nearby.`). A head noun of a body or a place (`X, a
    mining company, said`) is not a person's."""
    m = _PERSON_APPOSITION.match(text, pos)
    if not m:
        return False
    if m.group(2) is not None:
        if m.group(2).lower() not in S.STRONG_SPEECH_VERBS:
            return False
    elif need_verb:
        return False
    words = m.group(1).split()
    head = ""
    for w in words:
        low = w.lower()
        if low in V.APPOSITION_HEAD_ENDS or (not w[:1].islower() and not w[:1].isdigit()):
            break
        head = low
    if not head or head in V.APPOSITION_NON_PERSON_HEADS or head in S.SPEECH_VERBS:
        return False
    return head.isalpha() or "-" in head


def _prev_word(toks: list[_Tok], idx: int) -> str:
    return toks[idx - 1].low if idx > 0 else ""


def _subject_position(doc: _Doc, toks: list[_Tok], idx: int) -> bool:
    t = toks[idx]
    if t.sent_start:
        return True
    before = doc.text[max(0, t.start - 12) : t.start]
    return bool(_CLAUSE_START_BEFORE.search(before))


_COORDINATION = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    r"\s*(?:,|and|,\s*and)\s*(?:(?P<cty>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(?P<poss>['’]s)?\s+)?"
)


def _coordinated(between: str) -> bool:
    """Whether the text between two names coordinates them (`X and Y`, `X, Y`), also with a country or
    demonym before the second (`India's X and Georgia's Y`, `X and Greek Y`), an affiliation after the
    first (`X of Team A and Y`) or a body's possessive before the second (`X and Team B's Y`)."""
    m = _COORDINATION.fullmatch(between or "x")
    if not m:
        return False
    cty = m.group("cty")
    if cty and m.group("poss") and not any(w.lower() in V.NON_PERSON_WORDS for w in cty.split()):
        return True
    return not cty or bool(geo.is_country(cty) or geo.country_of_demonym(cty))


def _abstract_noun(word: str) -> bool:
    """Whether a capitalised word is an abstract English noun (`Assistance`, `Neighborliness`,
    `Cooperation`) rather than a name: long words with an abstract-noun ending."""
    low = word.lower()
    return low.endswith(("ness", "ship", "tion", "sion", "ity")) or (
        len(low) > 8 and low.endswith(("ance", "ence", "ment"))
    )


_COORD_REACH = 240
"""The most characters between two names that `_coordinated` / `_titled_coordination` can accept."""
_AND_TITLE = re.compile(r"\s*,?\s+and\s+((?:[A-Z][\w'’.-]*\s+){1,5})")


def _titled_coordination(between: str) -> bool:
    """`X Y and Armenian Parliament Deputy Speaker Z W`: the second name's title between the two, every
    word of it a demonym, country, title or body word."""
    m = _AND_TITLE.fullmatch(between)
    return bool(m) and all(
        w.lower() in V.TITLE_HEADS
        or w.lower() in V.ROLE_WORDS
        or w.lower() in V.ORG_HEADS
        or geo.country_of_demonym(w)
        or geo.is_country(w.removesuffix("’s").removesuffix("'s"))
        for w in m.group(1).split()
    )


_BODY_STATEMENT_AFTER = re.compile(
    r"\s+(?:(?:also|later|earlier|then)\s+)?(?:said|says|stated|announced|reported|added|noted|warned|confirmed)"
    r"(?:\s+(?:on|late|early)\s+\w+(?:\s+\w+)?)?,?\s+(?:in\s+(?:a|its)\s+(?:written\s+|separate\s+|brief\s+)?"
    r"(?:statement|press\s+release|filing|communiqu[eé]|notice)|on\s+its\b|(?:that\s+)?its\b)"
)
"""A speech verb whose complement shows a body, not a person: `said in a statement`, `said on its website`."""


def _accept_people(doc: _Doc, cands: list[_Cand], pending: list[_Cand], persons: list[_Person]) -> None:
    """Cluster person candidates, resolve surnames, and add the accepted ones to `cands`."""

    def score(c: _Cand) -> tuple[int, int, int]:
        nonascii = sum(1 for ch in c.name if ord(ch) > 127)
        return (2 if c.role_before else 1 if c.cue else 0, len(c.tokens), nonascii)

    def find(keys: set[str], pos: int) -> _Person | None:
        best = None
        for p in persons:
            if (keys <= p.keys or p.keys <= keys) and (best is None or (p.known and not best.known)):
                best = p
        return best

    tentative_orgs = [c for c in pending if c.kind == "organization"]
    pending = [c for c in pending if c.kind == "person"]
    multi = [c for c in pending if len(c.tokens) >= 2]
    accepted: list[_Cand] = []
    # pass 1: cued multi-token names found the clusters
    for c in multi:
        if not c.cue:
            continue
        keys = _name_keys(c.name)
        p = find(keys, c.start)
        if p is None:
            p = _Person(canonical=c.name, keys=set(keys), score=score(c))
            persons.append(p)
        elif not p.known:
            if score(c) > p.score:
                p.canonical, p.score = c.name, score(c)
            p.keys |= keys
        accepted.append(c)
    # a surname alone that speaks or has a role in apposition (`Novak said`, `Novak, the mayor,`)
    cued_surnames = {_key(c.tokens[0]) for c in pending if len(c.tokens) == 1 and (c.cue or c.speech)}
    # pass 2: un-cued multi-token names join an existing cluster, coordinate with a person, or have
    # their surname cued elsewhere in the article; repeated until nothing joins, so that a list joins
    # from its cued end (`A B, C D and E F issued …`: E F has the verb, C D joins, then A B)
    waiting = [c for c in multi if not c.cue]
    changed = True
    while changed:
        changed = False
        for c in list(waiting):
            keys = _name_keys(c.name)
            p = find(keys, c.start)
            coord = any(
                _coordinated(doc.text[a.end : c.start])
                or _coordinated(doc.text[c.end : a.start])
                or (a.role_before and _titled_coordination(doc.text[c.end : a.start]))
                for a in accepted
                if c.start <= a.end + _COORD_REACH and a.start <= c.end + _COORD_REACH
            )  # (only names close together can be coordinated: no slicing of the text between far ones)
            surname = len(c.tokens) <= 3 and _key(c.tokens[-1]) in cued_surnames
            if coord and any(doc.text[a.end : c.start] in (" of ", " of the ") for a in accepted):
                coord = False  # `X Y of Team A and Team B's Z W`: Team A is X Y's affiliation, not a person
            if p is not None or coord or surname:
                if p is None:
                    persons.append(_Person(canonical=c.name, keys=set(keys), score=score(c)))
                accepted.append(c)
                waiting.remove(c)
                changed = True
    # canonical names and single tokens
    for c in accepted:
        p = find(_name_keys(c.name), c.start)
        if p is None:
            continue
        c.name = p.canonical
        c.country = c.country or p.country
        cands.append(c)
    for c in pending:
        if len(c.tokens) != 1:
            continue
        key = set(_key(c.tokens[0]).split())
        matches = [p for p in persons if key and key <= p.keys and len(p.keys) >= 2]
        if not matches:
            if c.cue and ((c.role and c.role_before) or c.strong):
                cands.append(c)
                if c.strong:
                    persons.append(_Person(canonical=c.name, keys=_name_keys(c.name), score=score(c)))
            elif c.speech and not c.role_before and _BODY_STATEMENT_AFTER.match(doc.text, c.end):
                # `Xnadzor said in a statement`, `X said on its website`: a one-word body nobody named
                # in full speaks, not a person
                cands.append(_Cand(kind="organization", name=c.name, start=c.start, end=c.end))
            continue
        canon = {p.canonical for p in matches}
        if len(canon) > 1:
            # the most recently mentioned one
            recent = [a for a in cands if a.kind == "person" and a.name in canon and a.start < c.start]
            name = recent[-1].name if recent else matches[0].canonical
        else:
            name = matches[0].canonical
        c.name = name
        p = next(p for p in matches if p.canonical == name)
        c.country = c.country or p.country
        cands.append(c)
    # tentative organisations (`Riverside President X Y`) unless their words name a person here
    person_keys = set().union(*(p.keys for p in persons)) if persons else set()
    for c in tentative_orgs:
        if not (_name_keys(c.name) & person_keys):
            cands.append(c)
