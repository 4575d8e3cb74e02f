"""Quotes and their speakers (rule-based).

Quotation marks: straight and curly double and single quotes, French guillemets « », German „“.
A mark opens a quotation only where an opening mark can stand (after a space or at the start of a
line) and closes at the first matching closing mark on the same line. An opening mark that is never
closed is ignored (so guillemets framing a whole body, or a stray `»`, make no giant quote), except
the newspaper convention for quotations running over several paragraphs: a paragraph that opens a
quotation without closing it continues into the next paragraph when that one opens with the same mark.

Kept: quotations of four words or more; a quotation of two or three words only as a partial quotation
inside reported speech (a speech verb or `according to` earlier in its sentence: `said the draft was
"being studied."`, `called the process "a surrender."`) with a named speaker, never after a scare-quote
cue (`what it called "…"`, `so-called "…"`). One-word quotations (`“hostility,”`) are never emitted, nor a
capitalised name after an article (`the framework of the "Green Valley Programme"`); names and titles
(`a book titled “...”`) and quotations that are a whole heading line are skipped; a slogan (`the
motto of “...”`, `'...' as its theme`) is a partial quotation of the actor
named in its sentence (`India has taken '...' as its theme`), skipped when the sentence names none;
a quotation repeating words already quoted (an embedded tweet) is
skipped. `partial=True` marks a quotation embedded in reported speech (`called on Armenia to
“...”`); a full quotation stands as its own sentence or follows `said,` / `said:`.

Speaker, in order: an attribution right after the closing mark (`"…," Novak said`, `"…," said the
ministry`, `said the group's director, X` -> X, `declared Chief Electoral Commissioner X`, `X quoted Y
as saying` -> Y), unless the quotation ends its sentence and the next sentence reports new content
(`"… measures." X later wrote that …`); an attribution before the opening mark in the same sentence
(`Novak said, "…"`, `The declaration said: "…"`, the subject of the reporting verb for partial
quotations; `X, adviser to President Y, said` -> X; `his lawyer, X, said` -> X; `the words of X, who
called it "…"` -> X; `In the declaration, the leaders said` -> the declaration; an unnamed group
subject, `critics accused him of "…"`, gives nobody); `according to X`; otherwise, for a quotation
standing alone, the speaker of the previous quotation (continued speech). `he`/`she`/`him`/`her`
resolve to the most recent person in subject position (a name before `said`, after a title, or before
an apposition or `, who …,` then `said`; not a relative clause's subject), `it`/`they`/`them` to the
most recent organisation, country or document that spoke, `the minister`/`the Armenian minister` to
the latest subject whose stated role and country fit, `the ministry`/`the board`/`the club` to the
organisation whose name holds that word or that the text calls so (`engineering group X`), else a
capitalised name holding it (`Club Varnia`). A country or organisation after a preposition in a
subject (`the EU Delegation to Türkiye`) only modifies it. A document (`the statement`, `the declaration`)
is attributed to the actor that issued it (`X said in a statement`, `X adopted the declaration`) when
the article says so, else to the document's name as an organisation-kind speaker, else left None.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from build_dossier.dates import parse_date
from build_dossier.models import ActorMention, Article, DateMention, QuoteMention, Sentence
from build_dossier.vocab import geo
from build_dossier.vocab import people as V
from build_dossier.vocab import quotes as Q
from build_dossier.vocab import speech as S

_WORD = re.compile(r"[\w’'-]+")
_SIGNATURE = re.compile(S.TWEET_SIGNATURE)
_TWEET_LINK = re.compile(S.TWEET_LINK)
_TERMINAL = re.compile(r"[.!?…](?=[\s\"”»’']*(?:\s|$))")
_NAMING_BEFORE = re.compile(r"\b(" + "|".join(sorted(S.NAMING_CUES)) + r")(?:\s+of)?(?:\s+the)?\s*$")
_QUOTED_AS = re.compile(S.QUOTED_AS_SAYING)
_NAMING_AFTER = re.compile(
    r"\s*,?\s*as\s+(?:its|the|a|his|her|their)\s+(?:[\w-]+\s+){0,4}(theme|motto|slogan|title|name)\b"
)
_QUOTE_MARK = re.compile("[" + re.escape("".join(S.QUOTE_PAIRS)) + "]")
"""Any opening quotation mark (`_scan` jumps from one to the next)."""
_LEADING_ARTICLE = re.compile(r"^(?:The|A|An|In|On)\s+")
_THE_END = re.compile(r"(?:the|The)\s*$")
_TITLE_WORD_END = re.compile(r"(?:^|\s)([A-Z][\w’'.-]*|of|and|for|the)$")
_SHORT_LINE_END = re.compile(r"\n\S{0,3}$")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_POSS_START = re.compile(r"^['’]s\b")
_POSS_END = re.compile(r"['’]s$")
_ASIDE_START = re.compile(r"^,\s*(?:in turn|however|meanwhile|too|for (?:his|her|its) part),")
_PUNCT_START = re.compile(r"\s*[,;:(]")
_AGE_ASIDE = re.compile(r"^,\s*(?:aged\s+)?\d{1,3},")
_OPEN_QUOTE = re.compile(r"[\"“«„]")
_CAPITALISED_END = re.compile(r"((?:[A-Z][\w’'.-]*\s+){1,4})$")
_WORD_BEFORE_SPACE = re.compile(r"([A-Za-z]+)\s+$")
_LEAD_PUNCT = re.compile(r"[\s,.;:—–-]*")
_QUOTED_AS_AFTER = re.compile(r"(.{1,100}?)" + S.QUOTED_AS_SAYING)
_INVERTED_STOP = re.compile(
    r"[,.;:!?(]|\s(?:in|on|at|during|after|before|while|despite|to|of|from|via|when|as)\s"
)
_CLAUSE_PUNCT = re.compile(r"[.;!?]")
_SPEECH_VERB_END = re.compile(r"(?:\b(?:" + "|".join(sorted(S.SPEECH_VERBS)) + r")\b|:)\s*[,:]?\s*$")
_COMMA_SPACE = re.compile(r"[,;:]\s*")
_WHICH_NAME = re.compile(r"\b(?:which|whom)\s+(?:the\s+)?[A-Z]")
_PLURAL_NOUN = re.compile(r"[a-z][a-z-]+[^su]s")
_IN_DOCUMENT = re.compile(
    r"\b(?:in|under)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}((?:"
    + "|".join(sorted(S.DOCUMENT_NOUNS))
    + r"))s?\b",
    flags=re.IGNORECASE,
)
_PRONOUN_SUBJECT = re.compile(
    r"(?:^\s*|[,;]\s*)([Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Tt]he\s+(?:[A-Z]\w+\s+)?(?!then\b|also\b)[\w-]+)"
    r"\s+(?:also\s+|then\s+)?"
    r"[a-z]+\b"
)
_ALNUM_WORD = re.compile(r"[^\W_]+")
_FINAL_MARK = re.compile(r"[.!?…]")
_ARTICLE_END = re.compile(r"\b(?:the|a|an)\s*$")
_NON_WORDS = re.compile(r"\W+")
_ACCORDING_ASIDE = re.compile(r",\s*according to [^,.;]{2,80},\s*$", flags=re.IGNORECASE)
_ACCORDING_TO = re.compile(r"\baccording to\s+([^,.;]{2,80})", flags=re.IGNORECASE)
_DOCUMENT_OR_PRONOUN = re.compile(r"\b(" + "|".join(sorted(S.DOCUMENT_NOUNS)) + r"|it|they)\b")
_REPORTED_AFTER = re.compile(r"\W*(?:[\w'’]+\W+){0,3}?(?:that|whether)\b|[^\"“«]*[\"“«]")
_PLACE_PREPOSITION_END = re.compile(r"\b(?:at|in|on|to|from|into|near)\s+the\s*$", flags=re.IGNORECASE)
_SCARE_QUOTE_BEFORE = re.compile(Q.SCARE_QUOTE_BEFORE, flags=re.IGNORECASE)
_NON_ALNUM = re.compile(r"[\W_]+")
_SPACED_DASH = re.compile(r"\s+[-–|]\s+")
_STATED_BY_AFTER = re.compile(S.STATED_BY_AFTER)
_EVENT_NOUN_END = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?([\w-]+)\s*$")
_STATED_BY_STOP = re.compile(r"[.;:!?(]|,\s+(?:[a-z]+ing|who|which|when|while|during|at|in|on)\b")


@dataclass(frozen=True)
class _Span:
    """One quotation: its pieces (start, end) of inner text, and the marks' outer bounds."""

    pieces: tuple[tuple[int, int], ...]
    open_pos: int
    close_pos: int
    """Offset of the closing mark."""
    mark: str


@dataclass(frozen=True)
class _Speaker:
    name: str
    kind: str | None
    role: str | None = None
    country: str | None = None

    @classmethod
    def of(cls, a: ActorMention) -> _Speaker:
        """The speaker an actor mention names."""
        return cls(a.name, a.kind, a.role, a.country)


def _strip_article(name: str) -> str:
    """`The Danube Council` -> `Danube Council`."""
    return _LEADING_ARTICLE.sub("", name)


def _units(article: Article) -> list[tuple[int, str, bool]]:
    """Lines of the body: (offset, text, heading)."""
    out = []
    for p in article.paragraphs:
        pos = p.start
        for line in p.text.split("\n"):
            if line.strip():
                out.append((pos, line, p.heading))
            pos += len(line) + 1
    return out


def _is_opener(u: str, i: int) -> bool:
    ch = u[i]
    prev = u[i - 1] if i > 0 else " "
    nxt = u[i + 1] if i + 1 < len(u) else " "
    if ch in "«„‹":
        return True
    if not (prev.isspace() or prev in '([{—–-/:;,"“‘«'):
        return False
    if ch in "'‘":
        return nxt.isalnum() or nxt in '[(…"“'
    return not nxt.isspace()


def _find_closer(u: str, i: int, ch: str) -> int | None:
    closer = S.QUOTE_PAIRS[ch]
    j = i + 1
    while True:
        j = u.find(closer, j)
        if j < 0:
            return None
        if closer in "’'":
            after = u[j + 1] if j + 1 < len(u) else " "
            if after.isalnum():
                j += 1
                continue
        if closer == '"' and j == i + 1:
            j += 1
            continue
        return j


def _scan(units: list[tuple[int, str, bool]]) -> list[tuple[_Span, int, int]]:
    """Every quotation: (span, first unit index, last unit index)."""
    out: list[tuple[_Span, int, int]] = []
    k = 0
    skip_to: dict[int, int] = {}
    while k < len(units):
        off, u, _h = units[k]
        i = skip_to.pop(k, 0)
        while i < len(u):
            q = _QUOTE_MARK.search(u, i)  # jump to the next quotation mark
            if q is None:
                break
            i = q.start()
            ch = u[i]
            if not _is_opener(u, i):
                i += 1
                continue
            j = _find_closer(u, i, ch)
            if j is not None:
                out.append(
                    (
                        _Span(pieces=((off + i + 1, off + j),), open_pos=off + i, close_pos=off + j, mark=ch),
                        k,
                        k,
                    )
                )
                i = j + 1
                continue
            # a quotation continued in the next paragraph(s)
            pieces = [(off + i + 1, off + len(u.rstrip()))]
            kk = k
            closed = None
            while kk + 1 < len(units) and ch in '“"' and units[kk + 1][1].lstrip().startswith(ch):
                kk += 1
                noff, nu, _ = units[kk]
                lead = len(nu) - len(nu.lstrip())
                jj = _find_closer(nu, lead, ch)
                if jj is not None:
                    pieces.append((noff + lead + 1, noff + jj))
                    closed = (kk, jj)
                    break
                pieces.append((noff + lead + 1, noff + len(nu.rstrip())))
            if closed:
                ck, cj = closed
                out.append(
                    (
                        _Span(pieces=tuple(pieces), open_pos=off + i, close_pos=units[ck][0] + cj, mark=ch),
                        k,
                        ck,
                    )
                )
                skip_to[ck] = cj + 1
                k = ck - 1
                break
            i += 1
        k += 1
    return out


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    return s, e


def _role_fits(role: str, held: str) -> bool:
    """Whether a role noun (`ombudsman`) fits a role held (lower case): the noun in the role, or one of its
    other wordings (`human rights defender`)."""
    return role in held or any(alt in held for alt in Q.ROLE_SYNONYMS.get(role, ()))


class _Ctx:
    """Actor mentions and sentence lookups for one article."""

    def __init__(self, article: Article, actors: tuple[ActorMention, ...]) -> None:
        self.text = article.text
        self.sentences = article.sentences
        self._starts = [s.start for s in self.sentences]
        self.actors = sorted(actors, key=lambda a: a.start)
        self._astarts = [a.start for a in self.actors]
        self.subjects: list[tuple[int, _Speaker]] = []
        """Actors in subject position (followed by a verb, or opening a sentence)."""
        for a in self.actors:
            # within the sentence: the verb of the next one is not this name's (`… sent to X. It said`)
            after = self.text[a.end : min(a.end + 220, max(a.end, self.sentence_at(a.start).end))]
            if (
                _verb_follows(after[:60])
                or self._sentence_initial(a.start)
                or _APPOSITION_THEN_VERB.match(after)
                or _RELATIVE_THEN_VERB.match(after)
                or (a.kind == "person" and _APPOSITION_THEN_PAST.match(after))
                or (_COMMA_THEN_VERB.match(after) and not self._in_apposition(a))
                or (a.kind == "person" and self._named_apposition(a, after))
                or (
                    a.kind == "person" and _INTRODUCED_BEFORE.search(self.text, max(0, a.start - 60), a.start)
                )
            ):
                self.subjects.append((a.start, _Speaker.of(a)))
        self.merged: dict[str, tuple[str | None, str | None]] = {}
        """Each name's first known role and country over all its mentions (a country also from a
        demonym or `Country's` right before a person's name: `Azerbaijani Foreign Minister X`)."""
        for a in self.actors:
            r, c = self.merged.get(a.name, (None, None))
            if c is None and a.kind == "person":
                c = _country_before(self.text[max(0, a.start - 50) : a.start])
            self.merged[a.name] = (r or a.role, c or a.country)
        self.relative: set[int] = set()
        """Attributions found in a relative clause (`X, who said`): not antecedents for `he`/`she`."""
        self.events: list[tuple[int, _Speaker, bool]] = []
        """Speakers already resolved: (offset, speaker, was a document/organisation subject)."""
        self.quoted: list[tuple[int, int]] = []
        """Spans of quoted words: a person named inside them is never the antecedent of `he`/`she`."""

    def sentence_at(self, offset: int) -> Sentence:
        i = max(0, bisect.bisect_right(self._starts, offset) - 1)
        return self.sentences[i]

    def _named_apposition(self, a: ActorMention, after: str) -> bool:
        """Whether a person's name closes an apposition right before the main verb (`The mother of one of
        the victims, X Y, left the court`)."""
        m = _COMMA_THEN_PAST.match(after)
        if not m or m.group(1).lower() in V.NOT_MAIN_VERBS:
            return False
        return self.text[max(0, a.start - 2) : a.start] == ", " and not self._in_apposition(a)

    def _in_apposition(self, a: ActorMention) -> bool:
        """Whether `a` sits in an apposition after another person (`X, adviser to President A, said`)."""
        sent = self.sentence_at(a.start)
        before = self.text[sent.start : a.start]
        comma = before.rfind(",")
        if comma < 0:
            return False
        cpos = sent.start + comma
        return any(
            b.kind == "person" and cpos - 2 <= b.end <= cpos for b in self.actors_in(sent.start, cpos + 1)
        )

    def _sentence_initial(self, pos: int) -> bool:
        before = self.text[max(0, pos - 80) : pos]
        before = _THE_END.sub("", before).rstrip()
        # titles and demonyms before a name (`Foreign Minister X`, `Kazakh President X`)
        while True:
            m = _TITLE_WORD_END.search(before)
            if not m:
                break
            w = m.group(1).lower()
            if w in V.ROLE_CONNECTORS:
                before = before[: m.start(1)].rstrip()  # `Minister of Youth and Sports X`
                continue
            if not (
                w in V.TITLE_HEADS
                or w in V.ROLE_WORDS
                or geo.country_of_demonym(w)
                or _INITIALS.fullmatch(m.group(1))  # `U.N. Secretary-General X`: its period ends no sentence
            ):
                break
            before = before[: m.start(1)].rstrip()
        return not before or before[-1] in ".!?\n" or bool(_SHORT_LINE_END.search(before))

    def actors_in(self, s: int, e: int) -> list[ActorMention]:
        i = bisect.bisect_left(self._astarts, s)
        out = []
        while i < len(self.actors) and self.actors[i].start < e:
            if self.actors[i].end <= e:
                out.append(self.actors[i])
            i += 1
        return out

    def last_subject(
        self,
        pos: int,
        kinds: set[str],
        role: str | None = None,
        country: str | None = None,
        since: int = -1,
    ) -> _Speaker | None:
        """The latest actor of one of `kinds` in subject position (or resolved as a speaker) before pos
        (and at or after `since`), whose role and country fit."""
        best: tuple[int, _Speaker] | None = None

        def fits(sp: _Speaker) -> bool:
            merged_role, merged_country = self.merged.get(sp.name, (None, None))
            sp_role = sp.role or merged_role
            sp_country = sp.country or merged_country
            role_ok = role is None or bool(sp_role and role in sp_role.lower())
            return sp.kind in kinds and role_ok and (country is None or sp_country == country)

        candidates = [(off, sp) for off, sp, _doc in self.events] + list(self.subjects)
        if kinds == {"person"}:
            candidates = [(off, sp) for off, sp in candidates if not any(a < off < b for a, b in self.quoted)]
        for off, sp in candidates:
            if since <= off < pos and fits(sp) and (best is None or off > best[0]):
                best = (off, sp)
        if best is None and role is not None:
            for a in reversed(self.actors):
                if a.start < pos and a.kind in kinds and a.role and role in a.role.lower():
                    return _Speaker.of(a)
        return best[1] if best else None

    def role_subject(self, pos: int, role: str, country: str | None) -> _Speaker | None:
        """The person a role noun refers back to (`the Armenian minister said`): the latest person in
        subject position whose known role and country fit, preferring a stated role; a person whose
        role or country is stated otherwise never fits. Else the latest person mentioned with the role."""
        tiers: dict[int, tuple[int, _Speaker]] = {}
        candidates = [(off, sp) for off, sp, _doc in self.events] + list(self.subjects)
        for off, sp in candidates:
            if off >= pos or sp.kind != "person":
                continue
            merged_role, merged_country = self.merged.get(sp.name, (None, None))
            r = (sp.role or merged_role or "").lower()
            c = sp.country or merged_country
            if r and not _role_fits(role, r):
                continue
            if country and c and c != country:
                continue
            tier = (0 if r else 2) + (0 if (c or not country) else 1)
            if tier not in tiers or off > tiers[tier][0]:
                tiers[tier] = (off, sp)
        if tiers:
            return tiers[min(tiers)][1]
        for a in reversed(self.actors):
            if a.start < pos and a.kind == "person" and a.role and _role_fits(role, a.role.lower()):
                c = a.country or self.merged.get(a.name, (None, None))[1]
                if not (country and c and c != country):
                    return _Speaker.of(a)
        return None

    def body_of(self, noun: str, pos: int) -> _Speaker | None:
        """The organisation or country right before the latest `noun` before pos (`X officials`)."""
        for m in reversed(list(re.finditer(r"\b" + re.escape(noun) + r"\b", self.text[:pos]))):
            for a in self.actors_in(max(0, m.start() - 120), m.start()):
                if a.kind != "person" and not self.text[a.end : m.start()].strip():
                    return _Speaker.of(a)
        return None

    def office_of(self, noun: str, pos: int) -> _Speaker | None:
        """An organisation whose name holds the role noun as a word (`the Prosecutor General's Office` for
        `the prosecutor`): the latest before pos, else the first after it."""
        word = re.compile(r"\b" + re.escape(noun) + r"\b", flags=re.IGNORECASE)
        named = [a for a in self.actors if a.kind == "organization" and word.search(a.name)]
        before = [a for a in named if a.start < pos]
        if before:
            return _Speaker.of(before[-1])
        return _Speaker.of(named[0]) if named else None

    def role_of(self, name: str) -> tuple[str | None, str | None]:
        role = country = None
        for a in self.actors:
            if a.name == name:
                role = role or a.role
                country = country or a.country
        return role, country


_NOUN_BEFORE = frozenset(["of", "the", "a", "an"])
"""Words after which a speech word is a noun (`the head of state`, `the report`)."""
_NOUN_BEFORE_VERB = frozenset(["on", "with", "for", "by", "his", "her", "its", "their", "our", "my", "these"])
"""Words after which a speech-verb form is a noun (`on promises`, `his remarks`)."""
_RECENT_REACH = 600
"""How far back (characters) a nationality noun (`the Frenchman said`) looks for the person it names
when no person of that nationality was named."""
_SKIP_AFTER_SUBJECT = frozenset(["on", "in", "at", "early", "late", "last", "this", "earlier", "later", "of"])


def _verb_follows(after: str) -> bool:
    """Whether a verb follows an actor's name (skipping aux words and a short date or place phrase)."""
    after = _POSS_START.sub("", after)
    after = _ASIDE_START.sub("", after)
    after = _AGE_ASIDE.sub("", after)  # `X, 75, wished`
    if _PUNCT_START.match(after):
        return False
    after = _OPEN_QUOTE.split(after, maxsplit=1)[0]  # a verb inside a quotation is not this name's
    after = after.split(",", 1)[
        0
    ]  # `… talks with X in Lindora, described`: the verb after a comma is not X's
    words = _WORD.findall(after)[:6]
    for w in words:
        low = w.lower()
        if (
            low in S.AUX_WORDS
            or low in _SKIP_AFTER_SUBJECT
            or low in Q.SUBJECT_ADVERBS
            or (low.endswith("ly") and len(low) > 5 and low not in Q.NOT_ADVERBS)
            or w[:1].isupper()
            or w[:1].isdigit()
        ):
            continue
        if low in S.SPEECH_VERBS:
            return True
        return low.endswith("ed") or low in Q.PAST_VERBS or low in {"could", "would", "will", "must", "can"}
    return False


_SPEECH_ALT = "|".join(sorted(S.SPEECH_VERBS))
_AUX_ALT = "|".join(sorted(S.AUX_WORDS))
_INTRODUCED_BEFORE = re.compile(
    r"\b(?:[Aa]mong\s+(?:the\s+|them\s+)?(?:[\w-]+\s+){0,3}?(?:is|was|were|are)|[Oo]ne\s+of\s+(?:the\s+|them\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:is|was))\s+(?:\d{1,3}-year-old\s+|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?$"
)
"""`Among the new residents is 71-year-old X`: a person the text introduces and goes on to quote."""
_COMMA_THEN_VERB = re.compile(r",\s*(?:(?:" + _AUX_ALT + r")\s+)*(?:" + _SPEECH_ALT + r")\b")
"""A name closing an apposition right before its speech verb (`X's chief executive, NAME, said`)."""
_APPOSITION_THEN_VERB = re.compile(
    r",\s*(?:who\b|(?:a|an|the|[a-z][\w-]*|[A-Z][\w-]*['’]s)\s)[^.;\"“”«»]{0,160}?,\s*"
    r"(?:(?:" + _AUX_ALT + r")\s+)*(?:" + _SPEECH_ALT + r")\b"
)
"""A name followed by an apposition or a relative clause, then its speech verb (`X, an analyst at Y,
said`; `X, who attended the talks, told reporters`)."""


_RELATIVE_THEN_VERB = re.compile(
    r",\s*who\b[^.;\"“”«»]{0,160}?,\s*(?:(?:" + _AUX_ALT + r")\s+)*[a-z]{3,}ed\b"
)
"""A name, a relative clause, then the main verb (`X, who attended the ceremony, congratulated`)."""


_COMMA_THEN_PAST = re.compile(
    r",\s*(?:(?:" + _AUX_ALT + r")\s+)*([a-z]{3,}ed|" + "|".join(sorted(Q.PAST_VERBS)) + r")\b"
)
"""A name closing an apposition right before a past-tense main verb (`…, X Y, left the court`)."""


_APPOSITION_THEN_PAST = re.compile(
    r",\s*(?:a|an|the)\s[^.;\"“”«»]{0,160}?,\s*(?:(?:" + _AUX_ALT + r")\s+)*[a-z]{3,}ed\b"
)
"""A person, an apposition, then the main verb (`X, a former banker who …, campaigned`)."""


def _country_word(word: str) -> str | None:
    """The country a word names: a demonym (`Armenian`) or a country name, possessive or not."""
    return geo.country_of_demonym(word) or geo.is_country(_POSS_END.sub("", word))


def _country_before(before: str) -> str | None:
    """Country named by a demonym or `Country's` among the few capitalised words before a name."""
    m = _CAPITALISED_END.search(before)
    for w in reversed(m.group(1).split() if m else []):
        c = _country_word(w)
        if c:
            return c
    return None


_ROLE_OFFICE = re.compile(
    r"\b((?:[A-Za-z]+\s+){0,2}[A-Za-z]+)['’]s\s+(?:press\s+)?(?:office|service|administration|staff)\s*$"
)
"""`the prime minister's office`, `the President's press service`: a role's office."""

_ROLE_OF = re.compile(
    r"\s*(?:(?:the|The)\s+)?(?:[a-z][\w-]*\s+){0,2}(?P<noun>[A-Za-z]+)\s+of\s+(?:the\s+)?"
    r"(?P<rest>[\w’'-]+(?:\s+[\w’'-]+){0,3})\s*"
)
"""A role noun and its `of` complement as a whole subject (`the President of Lindora`)."""

_WHAT_CALLED = re.compile(r"\bwhat\s+(?:[\w’'-]+\s+){1,3}(?:called|calls|termed|terms|described\s+as)\s*$")
"""`what he called "…"`, `what the minister termed "…"`: a speaker's own words for something."""

_NAME_COLON_BEFORE = re.compile(r"\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,3}\s*:\s*")
"""A headline's capitalised name and a colon before its quotation (`X Y: "…"`)."""

_MODIFIED_ARTICLE_END = re.compile(r"\b(?:the|a|an)\s+(?:" + "|".join(sorted(Q.NAME_MODIFIERS)) + r")\s*$")
"""`the draft "…"`, `a new "…"`: a name after an article and a modifier."""
_ORG_HEAD_END = re.compile(r"\b([A-Z][a-z]+)\s*$")


def _title_case(qtext: str) -> bool:
    """Whether every longer word of a quotation is capitalised (`Advancing Trade in Times of Change`)."""
    long_words = [w for w in _WORD.findall(qtext) if len(w) >= 4]
    return len(long_words) >= 3 and all(w[:1].isupper() for w in long_words)


_NOUN_PHRASE = re.compile(
    r"(?:(?P<det>the|The|a|A|an|An|its|Its|their|his|her)\s+)?(?:(?P<adj>[A-Z][\w’'-]+)\s+)?"
    r"(?P<noun>[\w-]+)\s*$"
)


def _resolve(
    ctx: _Ctx, s: int, e: int, pos: int, issuers: list[tuple[int, _Speaker, str]], nearest_last: bool = True
) -> _Speaker | None:
    """The speaker named by the text between s and e (a subject or an inverted subject)."""
    phrase = ctx.text[s:e]
    found = ctx.actors_in(s, e)
    role_of = _ROLE_OF.fullmatch(phrase)
    if (
        role_of
        and role_of.group("noun").lower() in V.PERSON_NOUNS
        and not any(a.kind == "person" for a in found)
        and all(a.start >= s + role_of.start("rest") for a in found)
    ):
        # `the President of Lindora emphasized`, `the assistant secretary of state said`: the holder of the
        # role, not the country or body after `of`
        country = next((c for w in role_of.group("rest").split() if (c := _country_word(w))), None)
        holder = ctx.role_subject(pos, role_of.group("noun").lower(), country)
        if holder is not None:
            return holder
    heads = [a for a in found if a.kind == "person" or not _after_preposition(ctx.text, s, a.start)]
    found = heads or found
    tail = _WORD.findall(phrase[found[-1].end - s :]) if found else []
    if (
        found
        and nearest_last
        and all(a.kind != "person" for a in found)
        and tail
        and tail[-1].lower() in V.PERSON_NOUNS
    ):
        # `the X Agency chairman`, `the Y club's coach`: the organisation only modifies a role noun
        found = []
    if found:
        # an organisation that merely precedes a person's title is not the speaker
        people = [a for a in found if a.kind == "person"]
        a = (people or found)[-1 if nearest_last else 0]
        if not nearest_last and people and found[0].kind != "person":
            a = people[0]
        return _Speaker.of(a)
    words = [w.lower() for w in _WORD.findall(phrase)]
    if not words:
        return None
    head = (
        words[-1]
        if nearest_last
        else (words[1] if words[0] in {"the", "a", "an", "its"} and len(words) > 1 else words[0])
    )
    if not nearest_last:
        # inverted: `said the observer group`, the noun is the last word of a short phrase
        head = words[min(len(words) - 1, 2)] if len(words) <= 3 else head
    if nearest_last and len(words) > 2 and words[0] in _DETERMINERS and words[1] in S.DOCUMENT_NOUNS:
        head = words[1]  # `a communique issued at the close of the summit said`: the document speaks
    if head in S.PERSON_PRONOUNS or head in Q.OBJECT_PERSON_PRONOUNS:
        return ctx.last_subject(pos, {"person"})
    if words[0] in Q.INDEFINITE_ARTICLES and (head in V.PERSON_NOUNS or head in Q.ANY_PERSON_NOUNS):
        return None  # `a senior lawmaker told Reuters`: an unnamed source, not a person named before
    raw = _WORD.findall(phrase)
    if len(raw) == 2 and raw[0].lower() in Q.NATIONALITY_DETERMINERS and raw[1][:1].isupper():
        nationality = geo.country_of_demonym(raw[1])
        if nationality:
            # `the Italian told reporters`: the person of that nationality the text spoke of, else the
            # person it just spoke of (`Lindora coach X Y said … "…," the Frenchman said`)
            return ctx.last_subject(pos, {"person"}, country=nationality) or ctx.last_subject(
                pos, {"person"}, since=pos - _RECENT_REACH
            )
    if head in Q.GROUP_PERSON_NOUNS:
        # `Lindorian defence ministry officials said … one of the officials told`: their body speaks
        body = ctx.body_of(head, s)
        if body is not None:
            return body
    if head in S.THING_PRONOUNS or head in Q.OBJECT_THING_PRONOUNS:
        for off, sp, was_doc in reversed(ctx.events):
            if off < pos and (was_doc or sp.kind != "person"):
                return sp
        return ctx.last_subject(pos, {"organization", "country"})
    country = None
    for w in _WORD.findall(phrase):
        country = country or _country_word(w)
    office = _ROLE_OFFICE.search(phrase)
    if office and office.group(1).split()[-1].lower() in V.PERSON_NOUNS:
        # `the Armenian prime minister's office said`: the office speaks for the holder of the role
        role = " ".join(
            w.lower() for w in office.group(1).split() if not geo.country_of_demonym(w) and w.lower() != "the"
        )
        return ctx.role_subject(pos, Q.ROLE_NOUN_ROLES.get(role, role), country) or _Speaker(
            re.sub(r"^(?:the|The)\s+", "", phrase.strip()), "organization"
        )
    low_phrase = " ".join(words)
    for role_phrase, phrase_role in Q.ROLE_PHRASES.items():
        if low_phrase.endswith(role_phrase):
            return ctx.role_subject(pos, phrase_role, country)  # `the head of state said`
    if head in V.PERSON_NOUNS:
        role = Q.ROLE_NOUN_ROLES.get(head, head)
        k = len(words) - 1 - words[::-1].index(head)
        if k > 0 and words[k - 1] in Q.ROLE_NOUN_PREFIXES:
            role = f"{words[k - 1]} {role}"  # `the Deputy PM` is a deputy prime minister
        found_role = ctx.role_subject(pos, role, country)
        if found_role is None and head in Q.ANY_PERSON_NOUNS:
            # `according to the diplomat`: any person the text just spoke of
            return ctx.last_subject(pos, {"person"}, country=country)
        if found_role is None and head not in Q.ANY_PERSON_NOUNS:
            # `the prosecutor demanded …` and no prosecutor named: the office the article names by the
            # role (`the Prosecutor General's Office`)
            return ctx.office_of(head, pos)
        return found_role
    if head in S.DOCUMENT_NOUNS:
        generic = head in Q.GENERIC_DOCUMENT_NOUNS
        before = [sp for off, sp, noun in issuers if off < pos and (generic or noun == head)]
        if before:
            return before[-1]
        # a document of that kind named earlier (`the Danube Declaration`), else an organisation that
        # just spoke, else a document of that kind named anywhere
        named = [
            m
            for m in re.finditer(r"((?:[A-Z][\w’'-]+\s+){1,5}" + head.capitalize() + r")\b", ctx.text)
            if not re.match(r"(?:The|A|An|In|On)\s", m.group(1)) or len(m.group(1).split()) > 2
        ]
        named_before = [m for m in named if m.start() < pos]
        if named_before:
            return _Speaker(_strip_article(named_before[-1].group(1)), "organization")
        near = [(off, sp) for off, sp in ctx.subjects if pos - 600 < off < pos and sp.kind == "organization"]
        if near:
            return near[-1][1]
        if named:
            return _Speaker(_strip_article(named[0].group(1)), "organization")
        return None
    head = head.removesuffix("’s").removesuffix("'s")
    if head in S.GROUP_NOUNS or head in Q.MORE_GROUP_NOUNS or head in {"country", "side"}:
        kinds = {"country"} if head in {"country", "side"} else {"organization"}
        if head == "ministry":
            for a in reversed(ctx.actors):
                if a.start < e and a.kind == "organization" and a.name.startswith("Ministry"):
                    return _Speaker.of(a)
        if kinds == {"organization"}:
            named = _org_named_by(ctx, head, s) or _described_org(ctx, phrase, head, s)
            if named is not None:
                return named
        sentence = ctx.sentence_at(pos)
        for a in reversed(ctx.actors):
            spoken_to = a.start >= sentence.start and _recipient(ctx.text, a.start)
            # `MOSCOW, July 10 (Reuters) -`: the outlet that reports, never `the watchdog` it reports on
            credit = _credited(ctx.text, a.start, a.end)
            if a.start < e and a.kind in kinds and not spoken_to and not credit:
                return _Speaker.of(a)
        return None
    return None


_CREDIT_BEFORE = re.compile(
    r"(?:^[ \t]*(?:By|BY)|\((?:Reporting|Writing|Editing)\s+by|\b(?:[Vv]ia|VIA))\s+$", flags=re.MULTILINE
)
_DATELINE_CREDIT = re.compile(r"\)\s*[-–—]")


def _credited(text: str, start: int, end: int) -> bool:
    """The actor at [start, end) is an outlet credited for the report or a photo: `(Reuters) -` in a
    dateline, a `By Reuters` byline, `(Reporting by Reuters`, `via REUTERS/` or `REUTERS/Name`; not an
    acronym in parentheses after a name (`the X Railway (XR)`)."""
    if _CREDIT_BEFORE.search(text, max(0, start - 24), start) or text[end : end + 1] == "/":
        return True
    return text[start - 1 : start] == "(" and bool(_DATELINE_CREDIT.match(text, end))


_RECIPIENT = re.compile(r"\b(?:to|told|with)\s+(?:the\s+)?$", flags=re.IGNORECASE)


def _recipient(text: str, start: int) -> bool:
    """The actor at start is the one spoken to (`in a statement to X`, `told X`): not `the company` that
    speaks in the same sentence."""
    return bool(_RECIPIENT.search(text, max(0, start - 12), start))


def _after_preposition(text: str, lo: int, pos: int) -> bool:
    """Whether the word before `pos` (not before `lo`) is a preposition (`Delegation to Türkiye`)."""
    m = _WORD_BEFORE_SPACE.search(text[lo:pos])
    return bool(m and m.group(1).lower() in Q.MODIFIER_PREPOSITIONS)


def _org_named_by(ctx: _Ctx, head: str, pos: int) -> _Speaker | None:
    """The organisation `the <head>` refers back to: the latest organisation actor whose name holds the
    head-word or that the text calls one (`engineering group X`, `X, the Belgian club`); else, for an
    organisation head-word, a capitalised name holding it (`Club Varnia`, `the National Bank of X`)."""
    h = re.escape(head)
    for a in reversed(ctx.actors):
        if a.start >= pos or a.kind != "organization":
            continue
        before = ctx.text[max(0, a.start - 40) : a.start]
        after = ctx.text[a.end : a.end + 60]
        if (
            re.search(r"\b" + h + r"\b", a.name, flags=re.IGNORECASE)
            or re.search(r"\b" + h + r"\s+$", before, flags=re.IGNORECASE)
            or re.match(r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}" + h + r"\b", after, flags=re.IGNORECASE)
            or (head in Q.LEGISLATURE_NOUNS and a.name.lower().replace(" ", "-") in Q.LEGISLATURES)
        ):
            return _Speaker.of(a)  # (`the parliament` -> the legislature named before: `the Sejm`)
    if head not in Q.ORG_NAME_HEADS:
        return None
    names = _org_names(ctx.text[:pos], (head,))
    return _Speaker(names[-1], "organization") if names else None


_CAPITAL_NAME = r"[A-Z][\w’'-]*(?:\s+(?:(?:of|and|for)\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,6}"
"""A capitalised name that may run across `of`/`and`/`for` (`Deputy Prime Minister of Lindora`)."""
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "this", "that"])
_OWN_NAME = re.compile(r"(?:(?:the|The)\s+)?((?:[A-Z][\w’'-]+\s+){1,3}(?:[a-z][\w-]+\s+)?[a-z][\w-]+)$")


def _described_org(ctx: _Ctx, phrase: str, head: str, pos: int) -> _Speaker | None:
    """An organisation that no name list holds, told by its own words: `the Yerevan municipality said`
    (a capitalised modifier that is not a country or demonym), or `the press service said` after `the
    press service of the Deputy Prime Minister` earlier in the article."""
    phrase = phrase.strip()
    m = _OWN_NAME.search(phrase)
    if m:
        mods = m.group(1).split()[:-1]
        capital = [w for w in mods if w[0].isupper() and w.lower() not in _DETERMINERS]
        if capital and not any(_country_word(w) for w in capital):
            return _Speaker(m.group(1), "organization")
    words = _WORD.findall(phrase)
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if len(words) < 2 or not all(w.islower() for w in words):
        return None  # `the service` alone is too vague to look for
    lead = r"\s+".join(map(re.escape, words))
    described = re.compile(r"\b(" + lead + r"\s+of\s+(?:the\s+)?" + _CAPITAL_NAME + ")")
    found = [d.group(1) for d in described.finditer(ctx.text, 0, pos)]
    return _Speaker(found[-1], "organization") if found else None


def _org_names(text: str, heads: tuple[str, ...] | frozenset[str]) -> list[str]:
    """Capitalised organisation names holding one of the head-words, in text order (`Club Varnia`,
    `National Bank of Lindora`); a leading possessive or function word is dropped."""
    alt = "|".join(re.escape(h.capitalize()) for h in sorted(heads))
    name_re = (
        r"(?<![\w’'-])((?:[A-Z][\w’'-]*[ \t]+){0,4}(?:"
        + alt
        + r")\b(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w’'-]*){0,4})"
    )
    out = []
    for m in re.finditer(name_re, text):
        words = m.group(1).split()
        while words and (_POSS_END.search(words[0]) or words[0].lower() in V.NON_PERSON_WORDS):
            words = words[1:]
        if len(words) >= 2:
            out.append(" ".join(words))
    return out


def _speech_verb_at(words: list[re.Match], k: int) -> bool:
    return words[k].group().lower() in S.SPEECH_VERBS


_PUNCT_STOP = re.compile(r"[,;:!?(]|\.(?:\s|$)")


def _titled_inverted_person(ctx: _Ctx, s: int, limit: int) -> ActorMention | None:
    """The person named after an inverted speech verb behind a title of several words, some of them
    prepositions or names (`said Minister of Trade and Industry X Y`, `said party council member X Y`)."""
    stop = _PUNCT_STOP.search(ctx.text, s, limit)
    end = stop.start() if stop else limit
    people = [a for a in ctx.actors_in(s, end) if a.kind == "person"]
    if not people:
        return None
    a = people[0]
    for w in _WORD.findall(ctx.text[s : a.start]):
        low = w.lower()
        if not (
            w[:1].isupper()
            or low in V.TITLE_HEADS
            or low in V.ROLE_WORDS
            or low in V.ROLE_CONNECTORS
            or low in V.TITLE_MODIFIERS
        ):
            return None
    return a


_AFTER_CLAUSE_BREAK = frozenset(
    {
        "who",
        "which",
        "that",
        "and",
        "but",
        "while",
        "whereas",
        "although",
        "though",
        "when",
        "after",
        "because",
    }
)
"""Words after a closing mark that open a clause of their own: its speech verb is not the quote's."""


def _after_attribution(
    ctx: _Ctx, pos: int, limit: int, issuers: list[tuple[int, _Speaker, str]]
) -> tuple[_Speaker | None, int, int]:
    """Attribution right after a closing mark: (speaker, start, end of the attribution)."""
    text = ctx.text
    seg = text[pos:limit]
    lead = _LEAD_PUNCT.match(seg).end()
    body = seg[lead:]
    m = _QUOTED_AS_AFTER.match(body)
    if m:
        s = pos + lead + m.start(2)
        return _resolve(ctx, s, s + len(m.group(2)), s, issuers), pos + lead, pos + lead + m.end()
    words = list(_WORD.finditer(body))
    # inverted: said the ministry / declared Chief Electoral Commissioner X
    if words and words[0].group().lower() in S.STRONG_SPEECH_VERBS and not words[0].group().endswith("ing"):
        stop = _INVERTED_STOP.search(body[words[0].end() :])
        e = words[0].end() + (stop.start() if stop else len(body) - words[0].end())
        s0 = pos + lead + words[0].end()
        titled = _titled_inverted_person(ctx, s0, pos + lead + len(body))
        if titled is not None:
            # `said ARF Council of Lindora member and lawmaker X Y`: a long title before the name
            return _Speaker.of(titled), pos + lead, titled.end
        if stop and stop.group().startswith(","):
            # `said the group's legal director, X`: the person in apposition speaks
            after = pos + lead + e + 1
            nxt = [a for a in ctx.actors_in(after, after + 80) if a.kind == "person"]
            if nxt and not ctx.text[after : nxt[0].start].strip():
                a = nxt[0]
                return _Speaker.of(a), pos + lead, a.end
        sp = _resolve(ctx, s0, pos + lead + e, pos, issuers, nearest_last=False)
        return sp, pos + lead, pos + lead + e
    # a name, its apposition, then the verb: `…," X Y, the singer's son and head of Z, said`
    first = [a for a in ctx.actors_in(pos + lead, pos + lead + 80) if a.start == pos + lead]
    appos = _APPOSITION_THEN_VERB.match(text, first[0].end) if first and first[0].kind == "person" else None
    if appos and appos.end() <= limit:
        return _Speaker.of(first[0]), pos + lead, appos.end()
    # subject + verb: Novak said / the observer group said / Turkey's defense ministry said
    for k, w in enumerate(words[:9]):
        low = w.group().lower()
        if k and words[k - 1].group().lower() in _NOUN_BEFORE:
            continue  # `the head of state said`: a speech word after `of` or an article is a noun
        if low in S.STRONG_SPEECH_VERBS or (low in S.SPEECH_VERBS and k <= 3):
            j = k - 1
            while j >= 0 and words[j].group().lower() in S.AUX_WORDS:
                j -= 1
            if j < 0:
                return None, pos, pos
            if _CLAUSE_PUNCT.search(body[: words[k].start()]):
                return None, pos, pos
            subj_end = pos + lead + words[j].end()
            sp = _resolve(ctx, pos + lead, subj_end, pos, issuers)
            return sp, pos + lead, pos + lead + w.end()
        if low in _AFTER_CLAUSE_BREAK:
            break  # `…", while Moscow has called it …`: a new clause with a subject of its own
    return None, pos, pos


def _before_attribution(
    ctx: _Ctx, s: int, e: int, issuers: list[tuple[int, _Speaker, str]]
) -> tuple[_Speaker | None, int, int, bool]:
    """Attribution between clause start s and the opening mark e: (speaker, start, end, direct)."""
    seg = ctx.text[s:e]
    m = _QUOTED_AS.search(seg)
    if m:
        # `the press service quoted X as saying that "…"`: the quoted person speaks
        qs = s + m.start(1)
        sp = _resolve(ctx, qs, qs + len(m.group(1)), qs, issuers, nearest_last=False)
        if sp is not None:
            return sp, s + m.start(), s + m.end(), False
    words = list(_WORD.finditer(seg))
    direct = bool(_SPEECH_VERB_END.search(seg))
    poss = _POSSESSIVE_SPEECH.search(seg)
    if poss and not any(w.lower() in S.SPEECH_VERBS for w in _WORD.findall(poss.group("rest"))):
        # `the ministry said the Senate's call on X to "…"`: the words are the possessor's
        sp = _possessor(ctx, s + poss.start("owner"), s + poss.end("owner"), issuers)
        if sp is not None:
            return sp, s + poss.start("owner"), s + poss.end("noun"), False
    verbs: list[tuple[int, int]] = []
    for k, w in enumerate(words):
        low = w.group().lower()
        if low not in S.SPEECH_VERBS or w.group()[:1].isupper():
            continue
        if low.endswith("ing") and low not in {"saying", "adding"}:
            continue  # `Speaking at ...`, `stressing that`: not the main verb
        if k and words[k - 1].group().lower() in _NOUN_BEFORE_VERB:
            continue  # `campaigned on promises to …`, `his remarks`: a noun, not a verb
        j = k - 1
        while j >= 0 and words[j].group().lower() in S.AUX_WORDS:
            j -= 1
        if j >= 0:
            verbs.append((k, j))
    if verbs:
        # `X warned that accidents would continue "…"`: verbs after the complementizer of the first
        # speech verb belong to the reported content, not to the attribution
        that = next(
            (
                i
                for i in range(verbs[0][0] + 1, len(words))
                if words[i].group().lower() in {"that", "whether"}
            ),
            None,
        )
        if that is not None:
            verbs = [(k, j) for k, j in verbs if k < that]
    if verbs:
        # the verb nearest the quotation in a relative clause: `the words of X, who called it "…"`
        k, j = verbs[-1]
        aside = _ACCORDING_ASIDE.search(seg, 0, words[k].start())
        if aside:
            # `X, who, according to the press service, said`: the aside names no speaker of its own
            j = max((i for i in range(k) if words[i].end() <= aside.start()), default=j)
        rel = next(
            (
                i
                for i in range(j - 1, max(-1, j - 9), -1)
                if words[i].group().lower() in Q.RELATIVE_PRONOUNS
                and seg[: words[i].start()].rstrip().endswith(",")
                and not _CLAUSE_OR_COMMA.search(seg, words[i].end(), words[k].start())
            ),
            None,
        )
        if rel is not None and not any(
            words[x].group().lower() in S.SPEECH_VERBS or words[x].group().lower() in Q.FINITE_CLAUSE_WORDS
            for x in range(rel + 1, j + 1)
        ):
            j = rel  # `X, who in an interview with Y accused Z of "…"`: a phrase between `who` and the verb
        if words[j].group().lower() in Q.RELATIVE_PRONOUNS and seg[: words[j].start()].rstrip().endswith(","):
            comma = s + len(seg[: words[j].start()].rstrip()) - 1
            ante = [a for a in ctx.actors_in(s, comma) if comma - 1 <= a.end <= comma]
            if ante:
                a = ante[-1]
                ctx.relative.add(a.start)
                return _Speaker.of(a), a.start, s + words[k].end(), direct
            doc = _DOCUMENT_BEFORE_COMMA.search(ctx.text, s, comma)
            if doc:
                # `the document, which calls for "…"`: the document's issuer speaks
                sp = _resolve(ctx, s + (doc.start() - s), comma, doc.start(), issuers)
                if sp is not None:
                    return sp, doc.start(), s + words[k].end(), direct
    blocked = False
    for k, j in verbs:
        w = words[k]
        if words[j].group().lower() in {"and", "but"}:
            # `X met Y and said …`: a coordinated verb shares the sentence's subject (`In a statement, X
            # congratulated Y and said …`: X, not the statement)
            sp, ms, me = _relative_subject(ctx, s, s + words[j].start())
            if sp is None:
                sp, ms, me = _subject(ctx, s, s + words[j].start(), issuers, [])
            if sp is not None:
                return sp, ms, me, direct  # (the subject's span: the speaker is no document)
            continue
        if w.group().lower().endswith("ing") and seg[: w.start()].rstrip().endswith(","):
            # `X congratulated Y on Monday, saying …`: the participle's subject is the main clause's
            comma = s + len(seg[: w.start()].rstrip()) - 1
            sp, _ms, _me = _subject(ctx, s, comma, issuers, [])
            if sp is not None:
                return sp, s + words[0].start(), s + w.end(), direct
        # the subject: the phrase after the last comma before the verb (or the clause start)
        sub_s = s
        cm = list(_COMMA_SPACE.finditer(seg[: words[j].end()]))
        if cm:
            sub_s = s + cm[-1].end()
        if cm and seg[words[j].end() : w.start()].lstrip().startswith(","):
            # an apposition closed right before the verb: `X, adviser to Y, said` / `his lawyer, X, said`
            head_s = s + (cm[-2].end() if len(cm) > 1 else 0)
            sp = _apposition_subject(ctx, head_s, s + cm[-1].start(), sub_s, s + words[j].end(), issuers)
            if sp is not None:
                return sp, s + words[0].start(), s + w.end(), direct
        sp = _resolve(ctx, sub_s, s + words[j].end(), s + words[j].start(), issuers)
        own_subject = _WHICH_NAME.search(ctx.text[sub_s : s + words[j].end()])
        # a plural noun (`critics`, `officials`), not an adverb (`she firmly said`)
        unknown_group = _PLURAL_NOUN.fullmatch(words[j].group()) and words[j].group() not in (
            S.PERSON_PRONOUNS | S.THING_PRONOUNS | Q.RELATIVE_PRONOUNS | {"that", "and", "but"}
        )
        if sp is None and unknown_group:
            blocked = True  # `critics accused him of "…"`: a speaker the article does not name
            continue
        if sp is None and not own_subject and words[j].group().lower() not in S.PERSON_PRONOUNS:
            # a named subject of a relative clause (`…, which X denounced as`) that is no actor: nobody;
            # `Queen X, who became head of Y after her father King Z, did not mention`: X, not Z
            sp = _relative_subject(ctx, s, s + w.start())[0] or _resolve(
                ctx, s, s + words[j].end(), s + words[j].start(), issuers
            )
        if sp is not None:
            return sp, s + words[0].start(), s + w.end(), direct
    if verbs:
        # `In the declaration, the leaders said …`: the document speaks when its subject is nobody known
        m = _IN_DOCUMENT.search(seg)
        if m:
            ds = s + m.start()
            sp = _resolve(ctx, ds, s + m.end(), ds, issuers)
            if sp is not None:
                return sp, ds, s + words[verbs[0][0]].end(), direct
    if blocked:
        return None, -1, -1, direct
    return None, s, s, direct


_CLAUSE_OR_COMMA = re.compile(r"[,;:.!?]")
_DOCUMENT_BEFORE_COMMA = re.compile(
    r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(S.DOCUMENT_NOUNS)) + r")$",
    flags=re.IGNORECASE,
)
"""`the document` / `the new resolution` right before the comma of a relative clause."""


_POSSESSIVE_SPEECH = re.compile(
    r"(?P<owner>(?:(?:the|The)\s+)?(?:[A-Z][\w’'-]*\s+){0,4}[A-Z][\w’'-]*)['’]s\s+(?:[a-z][\w-]*\s+)?"
    r"(?P<noun>" + "|".join(sorted(Q.POSSESSIVE_SPEECH_NOUNS)) + r")\b(?P<rest>[^,;:.!?\"“”«»]{0,120})$"
)
"""`the Senate's call on the government to ` right before a quotation: a speech noun and its possessor."""


def _possessor(ctx: _Ctx, s: int, e: int, issuers: list[tuple[int, _Speaker, str]]) -> _Speaker | None:
    """The actor a possessive names (`the Senate's`): an actor mention there, else the organisation named
    earlier whose name holds the word (`the Senate` -> `the French Senate`)."""
    found = ctx.actors_in(s, e)
    if found:
        return _Speaker.of(found[-1])
    words = _WORD.findall(ctx.text[s:e])
    if not words or not words[-1][:1].isupper():
        return None
    return _org_named_by(ctx, words[-1].lower(), s) or _resolve(ctx, s, e, s, issuers)


def _apposition_subject(
    ctx: _Ctx, hs: int, he: int, ap_s: int, ap_e: int, issuers: list[tuple[int, _Speaker, str]]
) -> _Speaker | None:
    """The subject of `HEAD, APPOSITION, said`: a person named in the head, else a person named in the
    apposition (`his lawyer, X, said`), else whatever the head or the apposition refers to."""
    for lo, hi, last in ((hs, he, True), (ap_s, ap_e, False)):
        people = [
            a
            for a in ctx.actors_in(lo, hi)
            if a.kind == "person" and not (lo == hs and ctx.text[a.end : a.end + 2] in ("'s", "’s"))
        ]  # `X's coach, Y, said`: the possessive X only qualifies the head noun
        if people:
            a = people[-1] if last else people[0]
            return _Speaker.of(a)
    return _resolve(ctx, hs, he, hs, issuers) or _resolve(ctx, ap_s, ap_e, ap_s, issuers)


def _relative_subject(ctx: _Ctx, s: int, e: int) -> tuple[_Speaker | None, int, int]:
    """An actor opening the clause between s and e and followed by a relative clause or an apposition
    closed by a comma (`King X, who became head of Y in 2022, did not …`): the clause's subject."""
    found = [a for a in ctx.actors_in(s, e) if not any(x <= a.start < y for x, y in ctx.quoted)]
    if not found or not (
        ctx.text[s : found[0].start].strip() in ("", "The", "the") or ctx._sentence_initial(found[0].start)
    ):
        return None, s, s
    a = found[0]
    if _RELATIVE_CLOSED.match(ctx.text, a.end, e):
        return _Speaker.of(a), a.start, a.end
    return None, s, s


_RELATIVE_CLOSED = re.compile(
    r",\s*who\b[^.;:\"“”«»]{0,200}?,\s*(?:(?:" + _AUX_ALT + r"|not)\s+)*[a-z]{2,}\b"
)
"""`, who became head of Y after …, did` after a name: a relative clause, then the main verb."""


def _clause_start(
    text: str, lo: int, pos: int, quote_spans: list[tuple[int, int]], sent_start: int = -1
) -> int:
    """Start of the sentence (or of the text after the previous quotation) holding `pos`. With the start
    of the article's sentence holding `pos`, a period inside it is no end (`took effect on Oct. 30, …`)."""
    best = lo
    for m in _TERMINAL.finditer(text, lo, pos):
        if sent_start >= lo and m.end() > sent_start:
            break
        if not any(a <= m.start() < b for a, b in quote_spans):
            best = m.end()
    for _a, b in quote_spans:
        if b < pos and b + 1 > best:
            best = b + 1
    return best


def _clause_end(text: str, pos: int, hi: int, quote_spans: list[tuple[int, int]]) -> int:
    for m in _TERMINAL.finditer(text, pos, hi):
        if not any(a <= m.start() < b for a, b in quote_spans):
            return m.start()
    for a, _b in quote_spans:
        if a > pos:
            return min(a, hi)
    return hi


_GROUP_SUBJECT = re.compile(
    r"\s*((?:The|the)\s+(?:[\w-]+\s+)?(?:"
    + "|".join(sorted(S.GROUP_NOUNS | Q.MORE_GROUP_NOUNS))
    + r"))\b(?![’'-])"
)
"""A group noun opening a sentence (`The company`, `The state agency`)."""


_ISSUED_IN = re.compile(
    r"\b(?:in|"
    + "|".join(sorted(S.ISSUE_VERBS))
    + r")\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?("
    + "|".join(sorted(S.DOCUMENT_NOUNS))
    + r")s?\b",
    flags=re.IGNORECASE,
)
"""`in a statement`, `adopted the declaration`: a document an actor issued."""


_OPENING_DOCUMENT_SUBJECT = re.compile(
    r",\s*((?:[\w’'-]+\s+){0,6}?[\w’'-]+)\s+(?:" + "|".join(sorted(S.SPEECH_VERBS)) + r")\b"
)
"""`, the prime minister's office said`: the subject after a sentence-opening `In a statement`."""


def _issuers(ctx: _Ctx, quote_spans: list[tuple[int, int]]) -> list[tuple[int, _Speaker, str]]:
    """(offset, actor) for each `X said in a statement` / `X adopted the declaration`."""
    out = []
    for m in _ISSUED_IN.finditer(ctx.text):
        if any(a <= m.start() < b for a, b in quote_spans):
            continue
        sent = ctx.sentence_at(m.start())
        lo = max(sent.start, m.start() - 200)
        before = [
            a for a in ctx.actors_in(lo, m.start()) if not any(x <= a.start < y for x, y in quote_spans)
        ]
        noun = m.group(1).lower()
        heads = [a for a in before if a.kind == "person" or not _after_preposition(ctx.text, lo, a.start)]
        if before:
            a = (heads or before)[-1]
            out.append((m.end(), _Speaker.of(a), noun))
        else:
            # no actor: an organisation name in the sentence (`The National Bank of X … said in a statement`)
            names = _org_names(ctx.text[lo : m.start()], Q.ORG_NAME_HEADS)
            if names:
                out.append((m.end(), _Speaker(names[0], "organization"), noun))
                continue
            # `The company rejected … in a statement`: a group noun opening the sentence
            g = _GROUP_SUBJECT.match(ctx.text, sent.start, m.start())
            sp = _resolve(ctx, g.start(1), g.end(1), g.start(1), out) if g else None
            if sp is not None and sp.kind != "person":
                out.append((m.end(), sp, noun))
                continue
            # `In a statement, the prime minister's office said …`: the subject after the document
            after = _OPENING_DOCUMENT_SUBJECT.match(ctx.text, m.end(), sent.end)
            if after and not ctx.text[sent.start : m.start()].strip():
                sp = _resolve(ctx, after.start(1), after.end(1), after.start(1), out)
                if sp is not None:
                    out.append((after.end(1), sp, noun))
    for m in [*_ISSUED_BY.finditer(ctx.text), *_DOCUMENT_OF.finditer(ctx.text)]:
        if any(a <= m.start() < b for a, b in quote_spans):
            continue
        # `the resolution adopted by X`, `a statement released by X's press service`: the agent issued it
        agent = [
            a
            for a in ctx.actors_in(m.end(), min(len(ctx.text), m.end() + 80))
            if not _CLAUSE_OR_COMMA.search(ctx.text, m.end(), a.start)
        ]
        if agent:
            out.append((m.end(), _Speaker.of(agent[0]), m.group(1).lower()))
    for m in _ISSUED_AT_CLOSE.finditer(ctx.text):
        if any(a <= m.start() < b for a, b in quote_spans):
            continue
        # `a communique issued at the close of the X Summit`: the meeting speaks through its document
        agent = [a for a in ctx.actors_in(m.start("name"), m.end("name")) if a.kind != "person"]
        sp = _Speaker.of(agent[0]) if agent else _Speaker(m.group("name"), "organization")
        out.append((m.end(), sp, m.group(1).lower()))
    out.sort(key=lambda x: x[0])
    return out


_ISSUED_AT_CLOSE = re.compile(
    r"\b("
    + "|".join(sorted(S.DOCUMENT_NOUNS))
    + r")s?\s+(?:(?:was|were|is|are)\s+)?(?:"
    + "|".join(sorted(S.ISSUE_VERBS))
    + r")\s+(?:at|after)\s+the\s+(?:close|end|conclusion)\s+of\s+(?:the\s+)?(?P<name>"
    + _CAPITAL_NAME
    + r")"
)
"""`a communique issued at the close of the X Meeting`: a document and the meeting that issued it."""


_ISSUED_BY = re.compile(
    r"\b("
    + "|".join(sorted(S.DOCUMENT_NOUNS))
    + r")s?\s+(?:(?:was|were|is|are|has\s+been|had\s+been|being|just|jointly|recently)\s+)?(?:"
    + "|".join(sorted(S.ISSUE_VERBS))
    + r")\s+by\s+(?:the\s+)?",
    flags=re.IGNORECASE,
)
"""`the resolution adopted by`, `a statement released by the`: a document and (after it) its issuer."""


_DOCUMENT_OF = re.compile(
    r"\b(" + "|".join(sorted(S.DOCUMENT_NOUNS - {"text", "document"})) + r")\s+of\s+(?:the\s+)?(?=[A-Z])"
)
"""`a joint press release of the X Office, the Y Ministry and …`: a document and (after it) its issuer."""


_POSSESSED_GROUP = re.compile(
    r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}?("
    + "|".join(sorted(S.GROUP_NOUNS | Q.MORE_GROUP_NOUNS - {"group's", "ministry's"}))
    + r")\b(?![’'-])"
)
"""`'s top court` after an actor: a body the actor's possessive qualifies."""
_NAME_CHAIN = re.compile(r"(?:['’]s)?(?:\s+(?:[A-Z][\w’'.-]*|of))*\s+")
"""Text between two actors of one capitalised name chain (`X Alliance MP ` before a person)."""


def _subject(
    ctx: _Ctx, s: int, e: int, issuers: list[tuple[int, _Speaker, str]], quote_spans: list[tuple[int, int]]
) -> tuple[_Speaker | None, int, int]:
    """The subject of the sentence between s and e (fallback for reported speech)."""
    found = ctx.actors_in(s, e)
    for n, a in enumerate(found):
        if any(x <= a.start < y for x, y in quote_spans):
            continue
        if n + 1 < len(found) and _NAME_CHAIN.fullmatch(ctx.text[a.end : found[n + 1].start]):
            continue  # `Green Party MP X said`: the party only modifies the person after it
        if _verb_follows(ctx.text[a.end : min(a.end + 60, max(a.end, ctx.sentence_at(a.start).end))]):
            return _Speaker.of(a), a.start, a.end
        owned = _POSSESSED_GROUP.match(ctx.text, a.end)
        if owned and _verb_follows(ctx.text[owned.end() : owned.end() + 60]):
            # `the UN's top court voted`: the body the possessive qualifies, named earlier (`X Court of Y`)
            named = _org_named_by(ctx, owned.group(1).lower(), a.start)
            if named is not None:
                return named, a.start, owned.end()
    # no actor: an organisation name opening the sentence before its verb (`The X Union rejected …`)
    for name in _org_names(ctx.text[s:e], Q.ORG_NAME_HEADS)[:1]:
        i = ctx.text.find(name, s, e)
        if ctx.text[s:i].strip(" \n") not in {"", "The", "the"}:
            break
        if _verb_follows(ctx.text[i + len(name) : i + len(name) + 60]):
            return _Speaker(name, "organization"), i, i + len(name)
    m = _PRONOUN_SUBJECT.search(ctx.text[s:e])
    if m:
        ps = s + m.start(1)
        sp = _resolve(ctx, ps, ps + len(m.group(1)), ps, issuers)
        if sp:
            return sp, ps, ps + len(m.group(1))
    return None, s, s


def extract_quotes(
    article: Article, actors: tuple[ActorMention, ...], dates: tuple[DateMention, ...]
) -> tuple[QuoteMention, ...]:
    """Direct quotations of four words or more, with speaker, partial flag, date and context."""
    if not article.paragraphs or not article.sentences:
        return ()
    ctx = _Ctx(article, actors)
    text = article.text
    units = _units(article)
    spans = _scan(units)
    quote_spans = [(sp.open_pos, sp.close_pos + 1) for sp, _a, _b in spans]
    # clauses end at quotations of two words or more, not at a one-word scare quote (`a "victory" and a "…"`)
    clause_spans = [
        (sp.open_pos, sp.close_pos + 1)
        for sp, _a, _b in spans
        if len(_WORD.findall(" ".join(text[a:b] for a, b in sp.pieces))) >= Q.SHORT_QUOTE_MIN_WORDS
    ]
    ctx.quoted = clause_spans
    issuers = _issuers(ctx, quote_spans)
    # an actor that issued a statement spoke: an antecedent for `it`/`they` (`The company … in a
    # statement. It said …`)
    ctx.subjects.extend((off, sp) for off, sp, _noun in issuers if sp.kind != "person")
    out: list[QuoteMention] = []
    seen: list[str] = []
    prev: tuple[int, _Speaker | None, int] | None = None  # (unit index, speaker, end offset)
    for span, ku, kl in spans:
        s, e = _trim(text, span.pieces[0][0], span.pieces[-1][1])
        pieces = [_trim(text, a, b) for a, b in span.pieces]
        qtext = " ".join(text[a:b] for a, b in pieces if b > a).strip()
        nwords = len(_WORD.findall(qtext))
        if nwords < Q.SHORT_QUOTE_MIN_WORDS:
            continue
        short = nwords < 4
        if short and len(_ALNUM_WORD.findall(qtext)) >= 4 and any(w.count("-") >= 2 for w in qtext.split()):
            continue  # `a once-in-a-century event`: neither a clear short quotation nor four words
        u_off, _u_text, u_heading = units[ku]
        l_off, l_text, _ = units[kl]
        before_txt = text[u_off : span.open_pos]
        after_txt = text[span.close_pos + 1 : l_off + len(l_text)]
        whole_line = not before_txt.strip() and not after_txt.strip(" .,”\"»’'")
        colon_speaker = None
        if u_heading and _NAME_COLON_BEFORE.fullmatch(before_txt) and not short:
            # a headline `X Y: "…"`: the quoted words of the person named before the colon
            named = [a for a in ctx.actors_in(u_off, span.open_pos) if a.kind == "person"]
            colon_speaker = _Speaker.of(named[0]) if len(named) == 1 else None
        if (
            (u_heading or whole_line)
            and not _FINAL_MARK.search(qtext[-3:] + after_txt[:3])
            and colon_speaker is None
        ):
            continue  # a heading or headline in quotation marks
        low_before = before_txt.lower()
        naming = _NAMING_BEFORE.search(low_before)
        after_naming = _NAMING_AFTER.match(after_txt)
        cue = (naming or after_naming).group(1) if (naming or after_naming) else ""
        slogan = cue in S.SLOGAN_CUES
        if naming and cue in Q.WORK_NOUNS and qtext[:1].islower() and nwords >= Q.DESCRIPTION_MIN_WORDS:
            naming = None  # `called the program "the best way to …"`: words about a work, not its title
            cue = "" if not after_naming else cue
        if naming and not short and _WHAT_CALLED.search(low_before):
            naming = None  # `to dismantle what he called "the networks of the old regime"`: his words
            cue = "" if not after_naming else cue
        if (naming or after_naming) and not slogan:
            continue  # a title or name (`a book titled "..."`), not anybody's words
        if not slogan and qtext[:1].isupper() and _ARTICLE_END.search(low_before):
            continue  # a capitalised name after an article (`within the framework of the "Green Valley"`)
        org_head = _ORG_HEAD_END.search(before_txt)
        if qtext[:1].isupper() and (
            _MODIFIED_ARTICLE_END.search(low_before)
            or (org_head and org_head.group(1).lower() in V.ORG_HEADS)
        ):
            continue  # `the draft "Agreement on …"`, `the Association "Lindora Transit Route"`: a name
        if (
            qtext[:1].isupper()
            and not _FINAL_MARK.search(qtext[-1:])
            and (event := _EVENT_NOUN_END.search(low_before))
            and event.group(1) in Q.EVENT_TITLE_NOUNS
            and not _SPEECH_VERB_END.search(low_before[: event.start()])
            and not low_before[: event.start()].rstrip().endswith(("addressed", "addressing"))
        ):
            continue  # `the international conference "Post-war recovery: lessons"`: an event's title
        if slogan and naming and _title_case(qtext):
            continue  # `under the theme "Advancing Trade in Times of Change"`: an event's title
        if short and (
            slogan
            or not _reported_short(
                text,
                u_off,
                span.open_pos,
                qtext,
                text[span.close_pos + 1 :],
                ctx.sentence_at(span.open_pos).start,
            )
        ):
            continue
        key = geo.fold(_NON_WORDS.sub(" ", qtext))
        if any(key in old for old in seen):
            continue
        seen.append(key)
        # attribution
        sent0 = ctx.sentence_at(span.open_pos).start
        clause_s = _clause_start(
            text, u_off, span.open_pos, [q for q in clause_spans if q[0] != span.open_pos]
        )
        clause_e = _clause_end(
            text, span.close_pos + 1, l_off + len(l_text), [q for q in quote_spans if q[0] != span.open_pos]
        )
        speaker, a_s, a_e = _after_attribution(ctx, span.close_pos + 1, clause_e, issuers)
        if speaker is not None and _new_sentence_after(text, qtext, span.close_pos + 1, a_e, clause_e):
            speaker, a_s, a_e = None, span.close_pos + 1, span.close_pos + 1
        direct_before = False
        unnamed = False
        outlet = speaker is not None and _outlet_report(text[a_s:a_e])
        body_before = text[clause_s : span.open_pos].strip()
        if speaker is not None and body_before and (outlet or speaker.kind != "person"):
            # `X said that … "…", the Y agency reported`: the outlet only reports X's words;
            # `X praised the role of Y in "…", the ministry said`: the body reports its member's words
            b_sp, b_s, b_e, b_direct = _before_attribution(ctx, clause_s, span.open_pos, issuers)
            if b_sp is None:
                b_sp, b_s, b_e = _subject(
                    ctx, _clause_start(text, u_off, span.open_pos, []), span.open_pos, issuers, quote_spans
                )
            if b_sp is not None and (outlet or (b_sp.kind == "person" and not body_before.endswith(":"))):
                speaker, a_s, a_e, direct_before = b_sp, b_s, b_e, b_direct
        if speaker is None:
            speaker, b_s, b_e, direct_before = _before_attribution(ctx, clause_s, span.open_pos, issuers)
            unnamed = b_s == -1
            whole_s = _clause_start(
                text, u_off, span.open_pos, [q for q in clause_spans if q[0] != span.open_pos], sent0
            )
            if speaker is None and not unnamed and whole_s < clause_s:
                # the clause began at an abbreviation's period (`made in X, which took effect on Oct. 30,
                # could create "…"`): the attribution may stand before it
                speaker, b_s, b_e, direct_before = _before_attribution(ctx, whole_s, span.open_pos, issuers)
                unnamed = b_s == -1
            if speaker is not None:
                a_s, a_e = b_s, b_e
        else:
            direct_before = not text[clause_s : span.open_pos].strip()
        if speaker is None:
            m = _ACCORDING_TO.search(text[clause_s:clause_e])
            if m:
                ms = clause_s + m.start(1)
                speaker = _resolve(ctx, ms, ms + len(m.group(1)), ms, issuers, nearest_last=False)
                a_s, a_e = clause_s + m.start(), ms + len(m.group(1))
        if speaker is None and not unnamed:
            sent_s = _clause_start(text, u_off, span.open_pos, [])
            speaker, b_s, b_e = _subject(ctx, sent_s, span.open_pos, issuers, quote_spans)
            if speaker is not None:
                a_s, a_e = b_s, b_e
        if speaker is None and colon_speaker is not None:
            speaker, a_s, a_e = colon_speaker, u_off, span.open_pos
        if speaker is None and slogan:
            sent = ctx.sentence_at(span.open_pos)
            for a in ctx.actors_in(sent.start, sent.end):
                if not any(x <= a.start < y for x, y in quote_spans):
                    speaker, a_s, a_e = _Speaker.of(a), a.start, a.end
                    break
            if speaker is None:
                continue  # a slogan nobody named adopts
        standalone = not text[clause_s : span.open_pos].strip()
        if short and speaker is None:
            continue  # a short quotation nobody is named saying
        if speaker is None and standalone and kl + 1 < len(units):
            # `"…" ¶ This was stated by the spokesman for the ministry, X, commenting on …`
            stated = _stated_by_next(ctx, units[kl + 1], issuers)
            if stated[0] is not None:
                speaker, a_s, a_e = stated
        if speaker is None and standalone and prev is not None and ku - prev[0] <= 2 and prev[1] is not None:
            speaker = prev[1]
            a_s = a_e = s
        if (
            speaker is None
            and prev is not None
            and prev[1] is not None
            and ctx.sentence_at(prev[2]).start == ctx.sentence_at(s).start
        ):
            # `X said Moscow "…" but warned that "…"`: the second quotation of one sentence
            speaker = prev[1]
            a_s = a_e = s
        # partial or full
        before_clause = text[clause_s : span.open_pos]
        after_clause = text[span.close_pos + 1 : clause_e]
        full_before = (
            not before_clause.strip() or direct_before or before_clause.rstrip().endswith((":", ","))
        )
        ends_punct = qtext[-1:] in ".!?…," or text[span.pieces[-1][1] - 1 : span.pieces[-1][1]] in ".!?…,"
        full_after = (
            ends_punct or not after_clause.strip() or (a_e > span.close_pos and a_s <= span.close_pos + 3)
        )
        partial = slogan or short or not (full_before and full_after)
        if speaker is not None:
            role, country = ctx.role_of(speaker.name)
            speaker = _Speaker(speaker.name, speaker.kind, speaker.role or role, speaker.country or country)
            is_doc = bool(_DOCUMENT_OR_PRONOUN.search(text[a_s:a_e].lower()))
            if a_s not in ctx.relative:
                ctx.events.append((a_s if a_e > a_s else s, speaker, is_doc))
        prev = (kl, speaker, e)
        # context: the sentences spanning the quotation and its attribution
        lo = min(s, a_s) if a_e > a_s else s
        hi = max(e, a_e)
        sents = [x for x in article.sentences if x.end > lo and x.start < hi] or [ctx.sentence_at(s)]
        context = " ".join(x.text for x in sents)
        att_sent = ctx.sentence_at(a_s if a_e > a_s else s)
        date = None
        if a_e > a_s:
            for d in dates:
                if att_sent.start <= d.start < att_sent.end and not any(
                    x <= d.start < y for x, y in quote_spans
                ):
                    date = d.value
                    break
        first_sentence = ctx.sentence_at(s)
        out.append(
            QuoteMention(
                text=qtext if len(pieces) > 1 else text[s:e],
                start=s,
                end=e,
                sentence=first_sentence,
                context=context,
                speaker=speaker.name if speaker else None,
                speaker_kind=speaker.kind if speaker else None,
                partial=partial,
                date=date,
            )
        )
    out = _echoed_speakers(out)
    out.extend(_tweets(article, ctx, units, out))
    out.sort(key=lambda q: q.start)
    return tuple(out)


def _echoed_speakers(quotes: list[QuoteMention]) -> list[QuoteMention]:
    """A quotation nobody is named saying whose words all recur in one attributed quotation (a headline
    `"They need answers, not promises": …` condensing `"They do not need promises, they need answers"`)
    is that speaker's."""
    words = [set(_WORD.findall(q.text.lower())) for q in quotes]
    out = []
    for q, ws in zip(quotes, words, strict=True):
        if q.speaker is None and len(ws) >= Q.ECHO_MIN_WORDS:
            owners = {
                (o.speaker, o.speaker_kind)
                for o, ows in zip(quotes, words, strict=True)
                if o is not q and o.speaker is not None and ws <= ows
            }
            if len(owners) == 1:
                name, kind = owners.pop()
                q = replace(q, speaker=name, speaker_kind=kind)
        out.append(q)
    return out


def _stated_by_next(
    ctx: _Ctx, unit: tuple[int, str, bool], issuers: list[tuple[int, _Speaker, str]]
) -> tuple[_Speaker | None, int, int]:
    """The speaker a quotation standing alone gets from the first sentence of the next line: `This was
    stated by X` (a person in the phrase after `by`, first; else what the phrase refers to)."""
    off, line, heading = unit
    if heading:
        return None, 0, 0
    sent = ctx.sentence_at(off)
    m = _STATED_BY_AFTER.search(ctx.text, off, min(sent.end, off + len(line)))
    if not m:
        return None, 0, 0
    stop = _STATED_BY_STOP.search(ctx.text, m.end(), min(sent.end, off + len(line)))
    e = stop.start() if stop else min(sent.end, off + len(line))
    people = [a for a in ctx.actors_in(m.end(), e) if a.kind == "person"]
    sp = _Speaker.of(people[0]) if people else _resolve(ctx, m.end(), e, m.end(), issuers, nearest_last=False)
    return (sp, m.start(), e) if sp is not None else (None, 0, 0)


def _outlet_report(attribution: str) -> bool:
    """Whether an attribution after a quotation only names who reported it (`the agency reported`)."""
    words = [w.lower() for w in _WORD.findall(attribution)]
    return bool(words) and words[-1] in Q.REPORTING_VERBS


def _new_sentence_after(text: str, qtext: str, after: int, a_e: int, clause_e: int) -> bool:
    """Whether the text after a quotation ending with `.`/`!`/`?` is a new sentence rather than its
    attribution: it starts with a capital and its speech verb reports new content (`"… measures." X
    later wrote that …`); `"… now." Smith said on Monday.` stays an attribution."""
    if qtext[-1:] not in ".!?…":
        return False
    rest = text[after:clause_e]
    if not rest.lstrip()[:1].isupper():
        return False
    # a complementizer right after the attribution (`X later wrote that …`), not one further on
    return bool(_REPORTED_AFTER.match(text[a_e:clause_e]))


def _reported_short(
    text: str, line_start: int, open_pos: int, qtext: str, after: str = "", sent_start: int = -1
) -> bool:
    """Whether a two- or three-word quotation is somebody's words inside reported speech: a verb of
    speech earlier in its sentence (`said the draft was "being studied"`, `called it "a surrender"`) or
    right after it (`the barriers were "holding for now", she said`), no scare-quote or label cue right
    before it (`what it called`, `so-called`), and not a capitalised name."""
    words = _WORD.findall(qtext)
    content = [w for w in words if w.lower() not in ("and", "of", "the", "a", "an", "in", "on", "for")]
    if all(w[:1].isupper() for w in content):
        return False  # a capitalised title or name (`"War and Peace."`)
    before = text[_clause_start(text, line_start, open_pos, [], sent_start) : open_pos]
    if _PLACE_PREPOSITION_END.search(before):
        return False  # `would play at the "new stadium."`: a thing named, not somebody's words
    if _SCARE_QUOTE_BEFORE.search(before):
        return False
    return any(w.group().lower() in Q.SHORT_QUOTE_VERBS for w in _WORD.finditer(before)) or bool(
        _SHORT_ATTRIBUTION_AFTER.match(after)
    )


_SHORT_ATTRIBUTION_AFTER = re.compile(
    r"[,.]?[\"”»’']?,\s+(?:he|she|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:"
    + "|".join(sorted(Q.SHORT_QUOTE_VERBS - {"according"}))
    + r")\b"
)
"""`, she said` / `, X Y added` right after a short quotation's closing mark: the speaker's words."""


def _tweet_key(text: str) -> str:
    return geo.fold(_NON_ALNUM.sub(" ", _TWEET_LINK.sub(" ", text))).strip()


def _tweet_speaker(ctx: _Ctx, name: str) -> tuple[str, str]:
    """The actor a tweet signature names: a person mention of the article with the same folded name
    (or surname), else the signature's name in its Latin-script part."""
    name = _SPACED_DASH.split(name)[0].strip()
    key = geo.fold(name)
    last = key.split()[-1] if key.split() else key
    for m in ctx.actors:
        mk = geo.fold(m.name)
        if mk == key:
            return m.name, m.kind
    for m in ctx.actors:
        if m.kind == "person" and geo.fold(m.name).split()[-1:] == [last]:
            return m.name, m.kind
    if name.isupper() or any(w.isupper() and len(w) > 2 for w in name.split()):
        name = " ".join(w.capitalize() if w.isupper() else w for w in name.split())
    return name, "person"


def _line_text(text: str, line_starts: list[int], line: int) -> str:
    return text[line_starts[line - 1] :].split("\n", 1)[0]


def _tweets(
    article: Article, ctx: _Ctx, units: list[tuple[int, str, bool]], quotes: list[QuoteMention]
) -> list[QuoteMention]:
    """Embedded tweets: the body line(s) next to a signature line `— Name (@handle) Month D, YYYY`
    (kept by ingest in `Article.furniture`, or left in the body) are a quotation by that person, dated
    by the signature.

    The tweet text is the body line directly before the signature, plus up to
    `MAX_TWEET_TRAILING_LINES` lines right after it when they run up to a tweet link (a scrape that
    split the tweet). A tweet repeating an already quoted text is the same quotation: not emitted again,
    but the earlier quotation takes the tweet's date when it has none (`quotes` is updated in place).
    """
    text = article.text
    line_starts = [0]
    for m in re.finditer("\n", text):
        line_starts.append(m.end())
    sigs = {f.line: f.text for f in article.furniture if _SIGNATURE.match(f.text)}
    by_line = {}
    for off, u, heading in units:
        line = bisect.bisect_right(line_starts, off)
        if _SIGNATURE.match(u):
            sigs[line] = u  # a signature form ingest kept in the body (`— Name (@x) 3 October 2023`)
        elif not heading:
            by_line[line] = (off, u)
    if not sigs:
        return []
    out: list[QuoteMention] = []
    used: set[int] = set()
    for line in sorted(sigs):
        m = _SIGNATURE.match(sigs[line])
        if not m:
            continue
        lines = []
        k = line - 1
        while k > 0 and k not in by_line and k not in sigs and not _line_text(text, line_starts, k).strip():
            k -= 1
        if k in by_line and k not in used:
            lines.append(k)
        trailing = []
        for j in range(line + 1, line + 1 + S.MAX_TWEET_TRAILING_LINES):
            if j not in by_line or j in sigs:
                break
            trailing.append(j)
            if _TWEET_LINK.search(by_line[j][1]):
                lines.extend(trailing)
                break
        lines = [k for k in lines if k not in used]
        if not lines:
            continue
        used.update(lines)
        pieces = []
        for k in lines:
            off, u = by_line[k]
            body = _TWEET_LINK.sub("", u).rstrip()
            a = off + len(u) - len(u.lstrip())
            pieces.append((a, off + len(body)))
        qtext = " ".join(text[a:b].strip() for a, b in pieces if b > a)
        if len(_WORD.findall(qtext)) < 4:
            continue
        key = _tweet_key(qtext)
        speaker, kind = _tweet_speaker(ctx, m.group("name"))
        date = parse_date(m.group("date"))
        dup = [i for i, q in enumerate(quotes) if fuzz.partial_ratio(key, _tweet_key(q.text)) >= 90]
        if dup or any(fuzz.partial_ratio(key, _tweet_key(q.text)) >= 90 for q in out):
            for i in dup:
                if quotes[i].date is None and quotes[i].speaker in (None, speaker):
                    quotes[i] = replace(quotes[i], date=date, speaker=speaker, speaker_kind=kind)
            continue
        s, e = pieces[0][0], pieces[-1][1]
        sents = [x for x in article.sentences if x.end > s and x.start < e] or [ctx.sentence_at(s)]
        out.append(
            QuoteMention(
                text=qtext,
                start=s,
                end=e,
                sentence=sents[0],
                context=" ".join(x.text for x in sents),
                speaker=speaker,
                speaker_kind=kind,
                partial=False,
                date=date,
            )
        )
    return out
