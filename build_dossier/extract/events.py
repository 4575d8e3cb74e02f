"""Events: every dated happening stated in the article, with a short factual title.

A date mention in a body sentence makes an event, unless:

- the sentence is a timestamp, dateline or byline (fewer than `MIN_LOWER_WORDS` lowercase words
  beside its dates, or a tweet signature `— Name (@handle) February 11, 2023`);
- the date sits inside a quotation and is only a year or decade (rhetoric: `for 30 years since 1991`);
  day and month dates in quotes are kept (`liberated on Nov. 8 last year`, said the statement);
- the date is possessive/attributive to another noun (`last year's conflict`).

Deadlines and planned dates (`by December 1`, `will assume the presidency in November 2023`) are kept
as events with that date. A sentence with two dates in two clauses gives two events (`was supposed to
leave X on Nov. 15 but asked for more time until Nov. 25`).

Titles are built from the clause around the date: the date and its preposition removed, a leading
adverbial (`On Nov. 10,`, `At a meeting held in X,`) dropped, trailing attributions (`, the ministry
reported`, `according to X`) removed, subordinate clauses cut when the title is long, a missing subject
borrowed from the sentence (`but asked for ...`), sentence-case, no final period, at most ~90 chars.

A main clause joined to the dated clause by `soon/shortly/just/hours/minutes after` (`the ceremony took
place soon after the commission declared him winner on Tuesday`) is a second event of the same day.

Duplicates inside one article (same date and a similar title, or same date and same agreement) keep
the first mention.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from rapidfuzz import fuzz

from build_dossier import edtf
from build_dossier.extract.dates import date_lists, lead_paragraphs
from build_dossier.models import (
    ActorMention,
    AgreementMention,
    Article,
    DateMention,
    EventMention,
    PlaceMention,
    QuoteMention,
    Sentence,
)
from build_dossier.vocab import events as V
from build_dossier.vocab import people as PV

_QUOTE = re.compile(r"“[^”]*”?|\"[^\"]*\"?|«[^»]*»?|‘[^’]{12,}’")
_SPEECH = "|".join(sorted(V.SPEECH_VERBS, key=len, reverse=True))
_TRAILING_ATTRIBUTION = re.compile(
    rf",\s*(?:(?:the|a|an)\s+)?(?:[\w'’.\-]+\s+){{0,6}}(?:{_SPEECH})\b(?:\s+(?:on|in|via|at)\s+[\w'’.\-]+)?\s*[.,]?\s*$",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r",?\s*according to [^,]+(?:,|$)", re.IGNORECASE)
_ALWAYS_CUT = (
    ", with ",
    ", adding",
    ", saying",
    " — ",
    " – ",
    ", which ",
    ", who ",
    ", according to",
    " (",
    ", as ",
    ", while ",
    ", despite ",
    ", in order to",
    "; ",
    ", a ",
    ", an ",
    ", in ",
)
_CLAUSE_AND = re.compile(r",\s+(?:and|but)\s+(?:the|a|an|its|their|his|her|it|they|he|she|we|this|that)\b")
_ALONG = re.compile(r"\s+(?:along|together) with\s+[^,]*?(?=\s+(?:came|was|were|had|has|is|are|\w+ed)\b)")
_DATELINE = re.compile(r"^.{0,80}?(?:[A-Z]{3,}[^—]{0,60}?)(?:\s(?:—|--|–)|\)\s*-)\s+")
_PARENTHETICAL = re.compile(
    r",\s+(?:with|in|however|meanwhile|together|in turn|also known as|also called)\b[^,]{0,60},"
)
_AGREEMENT_HEADS = frozenset(
    {"protocol", "treaty", "accord", "accords", "agreement", "declaration", "convention", "conventions"}
)
_PRONOUNS = frozenset(
    {"he", "she", "it", "they", "we", "the", "a", "an", "its", "their", "his", "her", "this"}
)
_WEEKDAY = re.compile(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_RELATIVE = re.compile(r"(?:^|\s)((?:[\w'’\-]+\s+){0,3}?[\w'’\-]+),?\s+(?:that|which|who)\s+")
_AUX = re.compile(
    r"\b(is|was|were|are|has|have|had|will|would|could|can|did|does|do|"
    + "|".join(sorted(V.EVENT_VERBS, key=len, reverse=True))
    + r")\b|\b\w+ed\b"
)


_REDUCED_RELATIVE = re.compile(
    r"\b(?:the|a|an)\s+((?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)\s+(" + "|".join(V.DOCUMENT_PARTICIPLES) + r")"
    r"(?:\s+(?:by|in|at)\s+[^,;()]{1,60}?)?\s+(?:(?:late|early)\s+)?(?:on|in)\s+$",
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(
    r"\b(?:who|which|that|based on|under|via|through|according to|in line with|in accordance with|"
    r"pursuant to|as part of|within)\b",
    re.IGNORECASE,
)
_DOCUMENT_HEADS = _AGREEMENT_HEADS | {"statement", "deal", "pact", "memorandum", "resolution", "ceasefire"}
_BRACKETED = re.compile(r"\s*\([^()]{1,50}\)(?=[\s,.;:]|$)")
_ASIDE_OPEN = re.compile(r"\s*\(\s*$")
_POSSESSIVE_PREDICATE = re.compile(
    r"\s+(?:would|will|is|are|was|were|has|have|had|could|may|might|must|should|[a-z]{3,}ed)\s+[a-z]"
)
_POSSESSED_COMPLEMENT = re.compile(
    r"\s+(?:in|at|on|of)\s+[^,.;:()“”\"]{2,40}?(?=[,.;:()]|\s+(?:on|and|was|is)\s|$)"
)
_OFFSET_LEAD = re.compile(r"^\W*(?:[\w\-]+\s+){1,2}(?:later|earlier|afterwards|before)\s*,\s*", re.IGNORECASE)
"""`Two months later, ...`: the link to the previous happening, not part of a title."""
_RELATIVE_AFTER = re.compile(r",\s+(?:which|who)\s")
_STARTS_RELATIVE = re.compile(r"[\s,]*(?:which|who)\s")
_HEAD_BEFORE = re.compile(r"(?:[\w'’\-]+\s+){0,3}[\w'’\-]+[\s,]*$")
_COPULA = re.compile(r"\s*(?:is|are|was|were)\b")
_COPULA_TO = re.compile(r"\s*(?:is|are|was|were)\s+(?:(?:due|set|expected|scheduled)\s+)?to\s+[a-z]")
"""`which is to hold its first meeting`: a plan, not a description."""
_PASSIVE = re.compile(
    r"\s*(?:was|were)\s+(?:\w+ly\s+)?(?:[a-z]{3,}ed|held|taken|made|won|lost|sworn|built|laid|given|struck|"
    r"hit|shot|begun|broken|seized|signed|killed)\b"
)


def _quote_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE.finditer(text)]


def _is_timestamp(s: Sentence, dates: list[DateMention]) -> bool:
    """True for a dateline, timestamp or signature line (no happening stated)."""
    text = s.text
    if text.lstrip().startswith(("—", "- ", "–")) or re.search(r"\(@\w+\)", text):
        return True
    rest = text
    for d in sorted(dates, key=lambda d: -d.start):
        a, b = d.start - s.start, d.end - s.start
        rest = rest[:a] + " " + rest[b:]
    words = re.findall(r"[^\W\d_][\w'’\-]*", rest)
    lower = [w for w in words if w[:1].islower() and len(w) > 1]
    # `Arland recognized Kestel a day later.`, `The World Cup Final is scheduled for October.`: a sentence
    # with a verb and a full stop is a happening; a timestamp or menu line has neither
    told = text.rstrip().endswith((".", "!")) and any(w in V.FINITE_AUXILIARIES or _past(w) for w in lower)
    if len(lower) < V.MIN_LOWER_WORDS:
        return not told
    low = {w.lower() for w in words[:4]}
    return bool(low & V.SKIP_LINE_WORDS and len(lower) < 6 and not told)


_STRONG_CUT = re.compile(r";|,\s+(?:but|and|while|whereas|then)\s")
_WEAK_CUT = re.compile(r"\s(?:but|and|while|whereas|then)\s|,\s")


_NAMES_AND = re.compile(r".*\b[A-Z][\w'’\-]*\s+and\s+[A-Z]", re.DOTALL)
_OPENING_OFFSET = re.compile(
    r"(?:[\w-]+\s+){1,3}(?:later|earlier|after|before|afterwards)\s*,\s*(?:on|in)?\s*", re.IGNORECASE
)
"""An offset opening the sentence, restated by the date after it (`Two months later, on `)."""


def _segments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One clause range per date span: split between consecutive dates at a coordinator or comma."""
    bounds = []
    for (_a1, b1), (a2, _b2) in pairwise(spans):
        between = text[b1:a2]
        cut = None
        lo = bounds[-1] if bounds and bounds[-1] else 0
        # the comma closing an opening date phrase (`Nine days after the offensive began, X signed ...`)
        # ends an adverbial, not a clause
        # (also after an offset the date restates: `Two months later, on May 9, X signed ...`)
        opening = text.find(",", b1) if _a1 <= 3 or _OPENING_OFFSET.fullmatch(text[:_a1]) else -1
        if opening >= 0 and len(text[b1:opening].split()) > 2:
            opening = -1
        # a clause boundary (`; `, `, while`) before a bare `and` / comma (`the agency and the firms`)
        for rx in (_STRONG_CUT, _WEAK_CUT):
            for m in rx.finditer(between):
                if b1 + m.start() == opening:
                    continue
                if m.group().strip() == "and" and _NAMES_AND.match(
                    text, max(0, b1 + m.start() - 30), b1 + m.end() + 1
                ):
                    continue  # `Ana Lirov and Tomas Verde`: two names, one subject
                if rx is _WEAK_CUT and m.group() == ", " and not _AUX.search(text, lo, b1 + m.start()):
                    continue  # `On May 9, 2020, President A, Prime Minister B and ...`: a list, no clause yet
                if len(text[lo : b1 + m.start()].split()) >= 6:
                    cut = b1 + m.start()
                    break
            if cut is not None:
                break
        bounds.append(cut)
    segs = []
    start = 0
    for i, _span in enumerate(spans):
        end = len(text)
        if i < len(bounds) and bounds[i] is not None:
            end = bounds[i]
        segs.append((start, end))
        if i < len(bounds) and bounds[i] is not None:
            start = bounds[i]
    return segs


def _subject(text: str) -> str:
    """The words before the first finite verb of the sentence (`Armenia` in `Armenia was supposed ...`)."""
    m = _AUX.search(text)
    if not m or m.start() == 0:
        return ""
    subj = _PARENTHETICAL.sub("", text[: m.start()]).strip(" ,")
    if "," in subj:
        subj = subj.split(",")[-1].strip()
    return subj if 0 < len(subj.split()) <= 6 else ""


def _remove_date(seg: str, a: int, b: int) -> str:
    """The segment without the date surface at [a, b) and its preposition."""
    before, after = seg[:a], seg[b:]
    before = re.sub(
        r"(?:\b(?:" + "|".join(V.DATE_PREPOSITIONS) + r")\s+)+(?:the\s+)?$", "", before, flags=re.IGNORECASE
    )
    before = re.sub(r"\b(?:earlier|later|early|late)\s+$", "", before, flags=re.IGNORECASE)
    after = re.sub(r"^\s*(?:last year|this year|evening|morning|night|afternoon)\b", "", after)
    return before.rstrip() + " " + after.lstrip()


def _tidy(title: str) -> str:
    title = re.sub(r"\s+([,.;:])", r"\1", title)
    title = re.sub(r"\s{2,}", " ", title).strip(" ,;:-–—")
    title = re.sub(r"^(?:and|but|then|so|also|yet)\s+", "", title, flags=re.IGNORECASE)
    title = re.sub(r",\s*,", ",", title)
    title = title.strip(" ,;:.'\"“”‘’«»")
    # a clause cut after its conjunction (`… 10 million tons a year if`)
    title = re.sub(r"\s+(?:if|unless|when|while|because|and|or|but)$", "", title)
    # a quotation cut by the title's end is closed (`end “hostility` → `end “hostility”`)
    if title.count("“") > title.count("”"):
        title += "”"
    elif title.count('"') % 2:
        title += '"'
    return title


def _shorten(title: str) -> str:
    title = _ALONG.sub("", _PARENTHETICAL.sub("", title))
    title = _BRACKETED.sub("", title)  # `States (OTS) adopted`: a short aside in brackets, not a cut
    m = _CLAUSE_AND.search(title)
    if m and m.start() > 15:
        title = title[: m.start()]
    for cut in _ALWAYS_CUT:
        i = title.find(cut)
        if i > 15:
            title = title[:i]
    m = re.search(r",[”\"’]?\s+\w+ing\b", title)
    if m and m.start() > 15:
        title = title[: m.start()]
    if len(title) > V.MAX_TITLE:
        for cut in (*V.CLAUSE_CUTS, " to ", *V.PARTICIPLE_CUTS, " and "):
            i = title.find(cut)
            if (cut == " to " and not re.match(r" to [a-z]+\b(?<!the)", title[i:])) or (
                cut == " to " and re.match(r" to (?:the|a|an|its|their|his|her)\b", title[i:])
            ):
                continue
            if cut == " that " and re.search(rf"\b(?:{_SPEECH})\s*$", title[:i]):
                continue
            if cut in V.PARTICIPLE_CUTS and (
                re.search(r"\b(was|were|is|are|be|been|being|has|have|had)\s*$", title[:i])
                or not _AUX.search(title[:i])  # `The leader Jan Novak signed a decree`: the main verb
            ):
                continue
            if cut == " and " and not _AUX.search(title[:i]):
                continue  # `Ministers of Kenya and Tanzania toured ...`: the subject, not a clause
            if i > 20:
                title = title[:i]
                if len(title) <= V.MAX_TITLE:
                    break
    if len(title) > V.MAX_TITLE:
        title = title[: V.MAX_TITLE].rsplit(" ", 1)[0]
    title = _TRAILING_ATTRIBUTION.sub("", _tidy(title))
    title = re.sub(
        r"(?:\s+(?:the|a|an|of|on|in|at|to|and|or|for|with|by|from|its|their|his|her|was|were|"
        r"has|have|had|is|are|said|says|soon|that|which|who|as))+$",
        "",
        title,
        flags=re.IGNORECASE,
    )
    return _tidy(title)


_POSSESSED_N = [
    re.compile(r"\s+(?:[A-Za-z][\w\-]*\s+){" + str(k) + r"}(?P<noun>[a-z][\w\-]*)\b") for k in range(3)
]
"""`'s [adjective …] noun`: the noun after 0, 1 or 2 modifiers (`next year's annual summit`)."""


def _date_lists(s: Sentence, sdates: list[DateMention]) -> list[DateMention]:
    """For each date of the sentence, the mention covering the whole list it belongs to (`Nov. 9, 2020,
    Jan. 11, 2021 and Oct. 31, 2022`), or itself: a list of dates is removed from a title as a whole."""
    out: list[DateMention] = []
    for g in date_lists(s, sdates):
        whole = replace(g[0], end=g[-1].end, surface=s.text[g[0].start - s.start : g[-1].end - s.start])
        out += [whole if len(g) > 1 else d for d in g]
    return out


def _is_document(phrase: str) -> bool:
    """`trilateral statement`, `Declaration on Strategic Partnership`: the head noun (the last word, or
    the word before `on`/`of`) names a document."""
    words = phrase.lower().split()
    for i, w in enumerate(words):
        if w in ("on", "of", "between") and i:
            return words[i - 1] in _DOCUMENT_HEADS
    return words[-1] in _DOCUMENT_HEADS


def _title(
    s: Sentence, seg: tuple[int, int], d: DateMention, previous: str = "", names: tuple[str, ...] = ()
) -> str:
    """A short factual title for the happening dated by `d` in its clause."""
    text = s.text
    a, b = d.start - s.start, d.end - s.start
    lo, hi = seg
    if lo > 0 and _STARTS_RELATIVE.match(text, lo):
        # `visited Y, | which was liberated in November`: the relative clause needs its head noun
        m = _HEAD_BEFORE.search(text, 0, lo)
        lo = m.start() if m else lo
    clause = text[lo:hi]
    a, b = a - lo, b - lo
    m = _DATELINE.match(clause)
    if m and m.end() <= a:
        clause, a, b = clause[m.end() :], a - m.end(), b - m.end()
    elif m and b <= m.end():  # `NEW DELHI, Sept 10 (KUNA) -- The summit concluded ...`
        return _finish(clause[m.end() :], names=names)
    # a quotation before the date: `"...," X quoted Y as saying on Nov. 8`
    q = [qm for qm in _QUOTE.finditer(clause) if qm.end() <= a]
    if q and q[0].start() <= 1 and len(clause[q[-1].end() : a].split()) >= 2:
        cut = q[-1].end()
        clause, a, b = clause[cut:], a - cut, b - cut
    m = _STARTING.search(clause, 0, a)
    if m and _AUX.search(clause, 0, m.start()):
        # `signed a statement on a ceasefire starting from November 10`: the ceasefire's start
        return _cap(_tidy(f"{m.group('np')} {V.STARTING_VERBS[m.group('w').lower()]}"))
    if _COMES.search(clause, 0, a) and d.surface.lower().endswith("after"):
        return _finish(clause[b:], names=names)  # `X comes two years after Y ran out of money`: Y's
    # the date inside a leading adverbial: `According to the statement signed ... on Nov. 9, 2020, X ...`
    first = clause.strip().split(" ", 1)[0].lower().strip(",")
    cm = _CLAUSE_COMMA.search(clause, b)  # (not the comma of `11,290`)
    comma = cm.start() if cm else -1
    if (
        (first in V.LEADING_ADVERBIAL or not clause[:a].strip())  # `Nine days after the X began, ...`
        and comma > 0
        and len(clause[comma + 1 :].split()) >= 4
        and len(clause[b:comma].split()) <= 2
        and not re.search(r"\b(?:that|which|who)\b", clause[:a])
        and not _TRAILING_ATTRIBUTION.match(clause, comma)  # `At least two died ... early Tuesday, X said`
        and not (first == "according" and _CLAUSE_COMMA.search(clause, 0, a))  # `According to X, …`
    ):
        pre_words = clause[:a].split()
        rest = clause[comma + 1 :]
        # `At the meeting, held in a one-on-one format, the sides discussed …`: skip the participle aside
        aside = re.match(r"\s*([a-z]+)\b[^,]*,\s*(?=\S)", rest)
        participle = aside and (_past(aside.group(1)) or aside.group(1) in V.PARTICIPLES_IRREGULAR)
        if aside and participle and len(rest[aside.end() :].split()) >= 4:
            rest = rest[aside.end() :]
        if len(pre_words) <= 25:
            return _finish(rest, names=names)
    # a document named by a reduced relative in a subordinate phrase: `deployed under a trilateral
    # statement signed on Nov. 10`: the signing is the happening
    m = _REDUCED_RELATIVE.search(clause[:a])
    if m and _is_document(m.group(1)) and _SUBORDINATE.search(clause[: m.start()]):
        return _cap(_tidy(f"{m.group(1)} {m.group(2)}"))
    # the date inside a relative clause: `Armenian militias that occupied Silesia since 1991`
    rel = [rm for rm in _RELATIVE.finditer(clause[:a])]
    if rel:
        rm = rel[-1]
        words = rm.group(1).split()
        stops = {
            "to",
            "of",
            "in",
            "on",
            "at",
            "over",
            "with",
            "from",
            "by",
            "for",
            "referring",
            "the",
            "a",
            "an",
        }
        # the noun phrase after the last stop word, `of` kept inside it (`a council of transport ministers`,
        # `hit by a storm` → `storm`)
        cut = max(
            (i + 1 for i, w in enumerate(words[:-1]) if w.lower() in stops and w.lower() != "of"), default=0
        )
        words = words[cut:]
        while len(words) > 1 and words[0].lower() in stops:
            words = words[1:]
        k = 0
        if words[-1][:1].isupper():  # a name: its capitalised words only (`referring to Armenian militias`)
            k = len(words) - 1
            while k > 0 and words[k - 1][:1].isupper():
                k -= 1
        head = " ".join(words[k:])
        rest = _remove_date(clause[rm.end() :], a - rm.end(), b - rm.end())
        if len(rest.split()) >= 2 and (
            not _COPULA.match(rest) or _PASSIVE.match(rest) or _COPULA_TO.match(rest)
        ):
            return _finish(head + " " + rest, names=names)

    # `in 1988 when Armenia made territorial claims`: the when-clause is the happening
    m = re.match(r",?\s+when\s+((?:[^,;]|,(?=\d))+)", clause[b:])
    if m and len(m.group(1).split()) >= 3:
        return _cap(_shorten(_tidy(m.group(1))))
    # `the Gulf war of 1991`: the date belongs to the noun before it
    m = re.search(r"(?:the\s+)?((?:[A-Z][\w'’\-]*\s+)*[\w\-]+)\s+of\s+$", clause[:a])
    if m and m.group(1).split()[-1].lower() in V.EVENT_NOUNS | _AGREEMENT_HEADS:
        return _cap(_tidy(m.group(1)))

    body = _remove_date(clause, a, b)
    return _finish(body, text if lo > 0 else "", previous, names)


_UNDER_THE = re.compile(
    r"\b(?:under|in\s+line\s+with|in\s+accordance\s+with|pursuant\s+to|according\s+to)\s+the\s+$",
    re.IGNORECASE,
)
"""Before a year naming the document a happening invokes (`asked for help under the 1997 Treaty of X`)."""
_VIOLATION_OF = re.compile(
    r"\b(?:violations?\s+of|breach(?:es)?\s+of|violat(?:ing|ed|es)|breach(?:ing|ed))\s+the\s+$", re.IGNORECASE
)
"""Before a year naming the document a deed breaks (`a gross violation of the 1949 X Conventions`)."""
_DOCUMENT_AFTER_YEAR = re.compile(
    r"\s+(?:[A-Z][\w'’\-]*\s+){0,3}(?:"
    + "|".join(sorted(h for w in _DOCUMENT_HEADS for h in (w, w.capitalize())))
    + r")\b"
)
"""After a year: the document it names (`the 1997 Treaty of Friendship`, `the 2015 Paris Agreement`)."""
_STARTING = re.compile(
    r"\b(?:a|an|the)\s+(?P<np>(?:(?!(?<!\bin\s)(?<!\bat\s)(?<!\bof\s)\b(?:a|an|the)\s)[^,;()“”\"]){3,80}?)\s+(?P<w>"
    + "|".join(V.STARTING_VERBS)
    + r")\s+(?:from|on|as\s+of)?\s*$",
    re.IGNORECASE,
)
"""`a ceasefire starting from`: the happening a date starts, after the clause's own verb."""
_COMES = re.compile(r"\b(?:comes?|coming)\s+(?:just\s+|only\s+|nearly\s+|almost\s+|exactly\s+)?$")
_NOTE_THAT = re.compile(r"^\W*(?:Note|Recall)\b(?:\s+that\b)?\s*,?\s*")
"""`Note that in June, X handed over ...`: the writer's aside to the reader, not part of a title."""
_OFFSET_CLAUSE = re.compile(
    r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)\s+(?:after|before)\s+"
    r"(?:the\s+)?(.{8,})$",
    re.IGNORECASE,
)
"""The surface of a date counted back from a stated day (`a day after the ceasefire ended the war`)."""


def _finish(body: str, sentence_text: str = "", previous: str = "", names: tuple[str, ...] = ()) -> str:
    """Leading adverbials, attributions and subordinate clauses removed; a role before a person's name
    dropped (`names`: the surfaces of the sentence's people); sentence-case."""
    body = _OFFSET_LEAD.sub("", _WEEKDAY.sub("", _ACCORDING.sub(",", _NOTE_THAT.sub("", body))))
    # leading adverbial: `On Nov. 10, ...`, `At a meeting held at X, ...`, `Speaking at the ceremony, ...`
    for _ in range(2):
        stripped = body.strip(" ,")
        first = stripped.split(" ", 1)[0].lower().strip(",") if stripped else ""
        comma = stripped.find(",")
        participle = first.endswith("ing") and not _AUX.search(stripped[: max(comma, 0)])
        year = re.fullmatch(r"(?:19|20)\d\d", first) is not None  # `On May 9, 2020,` cut at its first comma
        if (
            (first in V.LEADING_ADVERBIAL or not first or participle or year)
            and 0 <= comma < 160
            and not _TRAILING_ATTRIBUTION.match(stripped, comma)  # `At least two died ..., X said`
        ):
            rest = stripped[comma + 1 :].strip()
            lower = [w for w in rest.split() if w[:1].islower() and w not in ("and", "or")]
            if len(rest.split()) >= 3 and len(lower) >= 2:
                body = rest
                continue
        body = stripped
        break
    body = _TRAILING_ATTRIBUTION.sub("", body)
    body = _without_role(body, names)
    # coordinated clause without its own subject borrows the sentence's
    first = body.strip().split(" ", 1)[0].lower() if body.strip() else ""
    second = body.strip().split(" ", 2)[1].lower() if len(body.split()) > 1 else ""
    if first in V.SUBJECT_STOP_WORDS and second in _PRONOUNS:
        body = body.strip().split(" ", 1)[1]
    elif first in V.SUBJECT_STOP_WORDS and sentence_text:
        subj = _subject(previous) or _subject(sentence_text)
        body = subj + " " + body.strip().split(" ", 1)[-1] if subj else body
    title = _shorten(_tidy(body))
    if len(title.split()) < 2:
        return ""
    return _cap(title)


def _without_role(body: str, names: tuple[str, ...]) -> str:
    """`Minister of Foreign Affairs of the Republic of Lindora Jana Novak has arrived` → `Jana
    Novak has arrived`: a subject that is a role (capitalised words and `of`/`the`/`and`) before a
    person's name keeps the name only. The role stays on the person's page."""
    text = body.lstrip(" ,")
    for name in names:
        i = text.find(name)
        if i <= 0:
            continue
        words = text[:i].split()
        if len(words) > 14 or not all(w[:1].isupper() or w in _ROLE_LINKS for w in words):
            continue
        if any(w.lower().strip(",") in PV.TITLE_HEADS for w in words):
            return _listed_roles(text[i:], names)
    return body


def _listed_roles(text: str, names: tuple[str, ...]) -> str:
    """`A, Azerbaijani President B and Prime Minister C signed` → `A, B and C signed`: the roles before
    the other names of a list of people are dropped too."""
    for name in names:
        i = text.find(name)
        if i <= 0:
            continue
        m = re.search(r"(?:,|\band)\s+((?:(?:[A-Z][\w'’\-]*|of|the|for)\s+){1,8})$", text[:i])
        if not m or not any(w.lower() in PV.TITLE_HEADS for w in m.group(1).split()):
            continue
        text = text[: m.start(1)] + text[i:]
    return text


_ROLE_LINKS = frozenset({"of", "the", "and", "for", "on"})


def _cap(title: str) -> str:
    return title[:1].upper() + title[1:] if title else title


def _similar(a: EventMention, b: EventMention, split: bool = False) -> bool:
    if a.date != b.date:
        return False
    if a.sentence.start == b.sentence.start and not split:
        return True
    if a.agreement and a.agreement == b.agreement:
        return True
    if split or _other_subject(a, b):
        # coordinated predicates share their subject; `A handed over maps to B` and `B handed over
        # detainees to A` have other subjects: only near-equal titles are the same
        return fuzz.ratio(a.title.lower(), b.title.lower()) >= 90
    return fuzz.token_set_ratio(a.title.lower(), b.title.lower()) >= 75


def _other_subject(a: EventMention, b: EventMention) -> bool:
    """The same parties with the roles swapped: `A handed over maps to B`, `B handed over detainees to A`."""
    return len(set(a.actors)) >= 2 and set(a.actors) == set(b.actors) and a.actors[0] != b.actors[0]


_VIOLATED = re.compile(
    r"\b(?:violat\w*|breach\w*|broke|break(?:ing|s)?|in defiance of|despite)\b[^.;]*$", re.I
)
"""Just before an agreement mention: the happening breaks the agreement, it is not the agreement's."""


def _clause(text: str, title: str, seg: tuple[int, int], date_start: int) -> tuple[int, int]:
    """Where in the sentence the event is told: from where its title's words start (when the title
    comes from a later clause: `X said ..., referring to militias that occupied Y since 1991`) to the
    end of the date's segment. Who and where are read there only, not from the rest of the sentence."""
    words = [w.strip("“”\"'‘’,.") for w in title.split()]
    content = [w for w in words if w.lower() not in {"the", "a", "an"} and len(w) >= 3]
    if content:
        hits = _word_starts(text, seg[0], date_start, content[0])
        if hits:
            return hits[-1], seg[1]
    return seg


_WORD_START = re.compile(r"\b\w")


def _word_starts(text: str, lo: int, hi: int, prefix: str) -> list[int]:
    """Offsets in text[lo:hi] where a word starts with `prefix` (any case); no pattern is compiled per
    title word, which would churn the regex cache on every article."""
    want = prefix.casefold()
    return [
        m.start() + lo
        for m in _WORD_START.finditer(text[lo:hi])
        if text[lo + m.start() : lo + m.start() + len(prefix)].casefold() == want
    ]


def _within(mentions: tuple, s: Sentence, lo: int, hi: int) -> tuple[str, ...]:
    """Names of the mentions of sentence `s` that lie between offsets lo and hi of the sentence."""
    return _names(m.name for m in mentions if m.sentence.start == s.start and lo <= m.start - s.start < hi)


def extract_events(
    article: Article,
    actors: tuple[ActorMention, ...],
    places: tuple[PlaceMention, ...],
    agreements: tuple[AgreementMention, ...],
    dates: tuple[DateMention, ...],
    quotes: tuple[QuoteMention, ...] = (),
) -> tuple[EventMention, ...]:
    """Dated happenings of the article, in text order, duplicates removed.

    Besides the dated sentences: a dated quotation whose sentence gave no event of its date (an
    embedded tweet, dated by its signature) is the speaker's statement on that date, and a wire lead
    `X has said in a statement` without a date is a statement on the publication date (`_lead_statement`).
    """
    by_sentence: dict[int, list[DateMention]] = {}
    for d in dates:
        by_sentence.setdefault(d.sentence.start, []).append(d)
    events: list[EventMention] = []
    split: set[int] = set()
    """Second events of one sentence and date (`soon after`): kept beside the first."""
    for s in article.sentences:
        sdates = sorted(by_sentence.get(s.start, []), key=lambda d: d.start)
        if not sdates or _is_timestamp(s, sdates):
            continue
        qspans = _quote_spans(s.text)
        # `the statements of Nov. 9, 2020, Jan. 11, 2021 and Oct. 31, 2022`: a list of dates is one span
        listed = _date_lists(s, sdates)
        spans = [(listed[i].start - s.start, listed[i].end - s.start) for i in range(len(sdates))]
        segs = _segments(s.text, sorted(set(spans)))
        segs = [segs[sorted(set(spans)).index(sp)] for sp in spans]
        s_actors = _names(m.name for m in actors if m.sentence.start == s.start)
        s_people = tuple(m.surface for m in actors if m.sentence.start == s.start and m.kind == "person")
        s_places = _names(m.name for m in places if m.sentence.start == s.start)
        s_agreements = [m for m in agreements if m.sentence.start == s.start]
        s_unbroken = [
            m for m in s_agreements if not _VIOLATED.search(article.text, max(s.start, m.start - 40), m.start)
        ]
        previous = ""
        prev_end = -1
        for d, seg in zip(sdates, segs, strict=True):
            a, b = d.start - s.start, d.end - s.start
            if not d.value or not edtf.is_valid(d.value):
                continue
            in_quote = any(qa <= a and b <= qb for qa, qb in qspans)
            if (
                in_quote
                and edtf.precision(d.value) not in ("day", "month", "interval")
                and not _TARGET_BY.search(s.text, 0, a)
                and not _QUOTED_DOCUMENT.match(s.text, b)
                and not (
                    re.search(r"\b[Ii]n\s+$", s.text[max(0, a - 4) : a]) and _QUOTED_PAST.match(s.text, b)
                )
            ):
                # rhetoric (`for 30 years since 1991`); a target (`by 2027`), a named document (`the 1991
                # X Declaration`) and a told year (`in 2020 the prices increased`) count
                continue
            if _COMPARED.search(s.text, max(0, a - 60), a) and not _WHEN_AFTER.match(s.text, b):
                # `grew 9.8% compared with the same period of last year`: a base, no happening (but
                # `compared with last year, when 11,290 people sat the exams` tells one)
                continue
            if (
                edtf.precision(d.value) == "year"
                and _UNDER_THE.search(s.text, max(0, a - 30), a)
                and _DOCUMENT_AFTER_YEAR.match(s.text, b)
                and any(o is not d and edtf.precision(o.value) == "day" for o in sdates)
            ):
                continue  # `asked on Tuesday for help under the 1997 Treaty of X`: the document's name
            if (
                edtf.precision(d.value) == "year"
                and _VIOLATION_OF.search(s.text, max(0, a - 40), a)
                and _DOCUMENT_AFTER_YEAR.match(s.text, b)
            ):
                continue  # `a gross violation of the 1949 X Conventions`: the document's name, no happening
            if re.match(r"['’]s\b", s.text[b : b + 2]) or re.search(r"\w['’]s$", d.surface):
                pe = b + 2 if re.match(r"['’]s\b", s.text[b : b + 2]) else b
                # `in Friday's election`, `next year's summit`: the date of the named happening
                poss = next(
                    (
                        p
                        for k in range(3)
                        if (p := _POSSESSED_N[k].match(s.text, pe))
                        and p.group("noun").lower() in V.POSSESSED_EVENTS
                    ),
                    None,
                )
                if poss is None:
                    continue
                title = _cap(_tidy(f"{poss.group(0).strip()}"))
                pred = _POSSESSIVE_PREDICATE.match(s.text, poss.end())
                if pred:  # `next year's summit would be held in X` → `Summit would be held in X`
                    title = _finish(title + " " + s.text[pred.start() : seg[1]].strip()) or title
                else:  # `Turnout in Friday's election was 61%` → `Turnout in the election was 61%`
                    whole = _finish(s.text[seg[0] : a] + "the " + s.text[pe : seg[1]].lstrip())
                    if not whole or whole.split()[0].lower() in V.LEADING_PREPOSITIONS:
                        # `Ahead of next year's summit in X, ...` → `Summit in X`
                        comp = _POSSESSED_COMPLEMENT.match(s.text, poss.end())
                        title = _cap(_tidy(poss.group(0).strip() + (comp.group() if comp else "")))
                    elif len(whole.split()) >= 4:
                        title = whole
                events.append(
                    EventMention(
                        date=d.value,
                        title=title,
                        sentence=s,
                        actors=s_actors,
                        places=s_places,
                        agreement=None,
                    )
                )
                continue
            if (_VALIDITY.search(s.text, 0, a) or _EXTENDED_UNTIL.search(s.text, 0, a)) and edtf.precision(
                d.value.split("/")[0]
            ) == "year":
                # `a plan of consultations for 2023-2024`, `a protocol extending the base's presence until
                # 2044`: a period of validity, no happening
                continue
            counted_back = any(0 <= d.start - e.end <= 3 for e in sdates)  # `on Nov. 11, a day after X`
            if counted_back and (offset := _OFFSET_CLAUSE.match(d.surface)):
                title = _finish(
                    offset.group(1)
                )  # `…, a day after the ceasefire ended the war`: the ceasefire
            elif previous and prev_end >= 0 and _ASIDE_OPEN.match(s.text[prev_end:a]):
                title = previous  # `November 10 (November 9 Moscow time)`: the same happening
            elif listed[sdates.index(d)] is not d and (
                named := next((g.name for g in s_agreements if g.date == d.value), None)
            ):
                title = named  # `the statements of D1, D2 and D3`: each listed date is one document's
            elif previous and listed[sdates.index(d)].start < d.start:
                title = previous  # a later date of a list: the same kind of happening
            else:
                title = _title(s, seg, listed[sdates.index(d)], previous, s_people)
            prev_end = b
            if not title:
                continue
            previous = title
            agreement = next((g.name for g in s_agreements if g.date == d.value), None)
            if agreement is None and s_unbroken:
                agreement = s_unbroken[0].name
            lo, hi = _clause(s.text, title, seg, a)
            events.append(
                EventMention(
                    date=d.value,
                    title=title,
                    sentence=s,
                    actors=_within(actors, s, lo, hi),
                    places=_within(places, s, lo, hi),
                    agreement=agreement,
                )
            )
            # `A opened the border and B sent aid on Saturday`: one event per coordinated predicate
            cut, extras = _coordinated(s.text, seg, a, b, spans, qspans)
            if extras:
                events[-1] = EventMention(
                    date=d.value, title=cut or title, sentence=s, actors=s_actors, places=s_places,
                    agreement=agreement,
                )  # fmt: skip
                for extra in extras:
                    ev = EventMention(date=d.value, title=extra, sentence=s, actors=s_actors, places=s_places)
                    events.append(ev)
                    split.add(id(ev))
            # `X took place soon after Y ... on Tuesday`: the main clause happened the same day
            sm = _SAME_DAY_AFTER.search(s.text, 0, a)
            if sm and len(segs) == 1 and edtf.precision(d.value) == "day":
                main = _finish(s.text[: sm.start()])
                sub = _finish(_remove_date(s.text[sm.end() :], a - sm.end(), b - sm.end()))
                for extra in (main, sub):
                    if extra and len(extra.split()) >= 3 and fuzz.token_set_ratio(extra, title) < 80:
                        ev = EventMention(
                            date=d.value, title=extra, sentence=s, actors=s_actors, places=s_places
                        )
                        events.append(ev)
                        split.add(id(ev))
                        break
            # `served from November 2022 until February 2023, when he was dismissed`: the stretch ends
            # with the happening of the `when` clause
            wm = _WHEN_AFTER.match(s.text, b)
            if (
                wm
                and "/" in d.value
                and len(segs) == 1
                and _STRETCH_END.search(d.surface)
                and edtf.is_valid(end := d.value.split("/")[1])
            ):
                main = _finish(_remove_date(s.text[seg[0] : wm.start()], a - seg[0], b - seg[0]))
                sub = _finish(s.text[wm.end() : seg[1]])
                if main and sub and len(main.split()) >= 3 and len(sub.split()) >= 2:
                    events[-1] = replace(events[-1], title=main)
                    ev = EventMention(date=end, title=sub, sentence=s, actors=s_actors, places=s_places)
                    events.append(ev)
                    split.add(id(ev))
            # `adopted a joint statement following trilateral talks in Moscow on Friday`: the talks too
            extra = _followed(s.text, seg, a, b, qspans, title)
            if extra and edtf.precision(d.value.split("/")[0]) == "day":
                ev = EventMention(date=d.value, title=extra, sentence=s, actors=s_actors, places=s_places)
                events.append(ev)
                split.add(id(ev))
    for q in quotes:
        if not q.date or not q.speaker or not edtf.is_valid(q.date):
            continue
        if any(e.date == q.date and e.sentence.start == q.sentence.start for e in events):
            continue
        words = q.text.split()
        excerpt = " ".join(words[: V.QUOTE_TITLE_WORDS]) + ("…" if len(words) > V.QUOTE_TITLE_WORDS else "")
        events.append(
            EventMention(
                date=q.date,
                title=f"{q.speaker}: “{excerpt.strip(' ,.;:')}”",
                sentence=q.sentence,
                actors=_names([q.speaker, *(m.name for m in actors if m.sentence.start == q.sentence.start)]),
                places=_names(m.name for m in places if m.sentence.start == q.sentence.start),
            )
        )
    lead = _lead_statement(article, by_sentence, actors, places)
    if lead is not None:
        # its sentence's only years were parts of names (`Grand Prix 2024`): no events of their own
        events = [e for e in events if e.sentence.start != lead.sentence.start]
        events.append(lead)
    events.extend(_undated_signings({e.sentence.start for e in events}, actors, places, agreements))
    events.sort(key=lambda e: e.sentence.start)
    out: list[EventMention] = []
    for e in events:
        if not any(_similar(e, k, id(e) in split or id(k) in split) for k in out):
            out.append(e)
    return tuple(out)


_QUOTED_DOCUMENT = re.compile(
    r"\s+(?:[A-Z][\w'’\-]*\s+){1,4}(?:Declaration|Agreement|Treaty|Accord|Protocol|Charter|Convention)\b"
)
_QUOTED_PAST = re.compile(
    r"\s+(?:the\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){0,5}?\s+(?:[a-z]{3,}ed|rose|fell|began|won|lost)\b"
)
_COMPARED = re.compile(
    r"\b(?:compared\s+(?:with|to)|(?:the\s+)?same\s+(?:period|month|quarter|time|day)\s+(?:of|in)|than(?:\s+(?:in|on))?"
    r"|versus|vs\.?)\s+(?:the\s+)?(?:same\s+(?:period|month|quarter)\s+(?:of|in)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
"""Before a date that is only a comparison base (`up 9% compared with the same period of last year`)."""
_NAME_YEAR = re.compile(
    r"(?<![\w'’\-])(?!(?:In|By|Since|Until|From|Before|After|During|Of|On|For|Through|The|Late|Early|Mid)\s)"
    r"[A-Z][\w'’\-]*\s+$"
)
"""Right before a year that is part of a name (`Grand Prix 2024`, `Euro 2024`)."""
_TARGET_BY = re.compile(r"\b(?:by|before)\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
"""`by 2030`, `before the end of 2026`: a target year."""


_DURATION_BEFORE = re.compile(
    r"\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|few|many)\s+"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)\s+$|\b(?:long|soon|shortly|days|weeks|months|years)\s+$",
    re.IGNORECASE,
)
_FOLLOWING = re.compile(
    r"\b(?:following|after)\s+(?:(?:the|a|an|their|his|her|its)\s+)?"
    r"(?P<np>(?P<mods>(?:[\w'’\-]+\s+){0,3}?)(?P<noun>"
    + "|".join(sorted((n.replace(" ", r"\s+") for n in V.FOLLOWED_HAPPENINGS), key=len, reverse=True))
    + r")\b(?:\s+(?:in|at|with|between|among|of)\s+[^,.;:“”\"]*?)?)"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:on|last|this|earlier|early|late|and|where|which|that)\b)",
    re.IGNORECASE,
)


def _followed(
    text: str, seg: tuple[int, int], a: int, b: int, qspans: list[tuple[int, int]], title: str
) -> str:
    """The title of a happening the dated clause follows (`... following trilateral talks in Moscow on
    Friday` → `Trilateral talks in Moscow`), or "" when there is none, it is a stretch of time (`after
    months of talks`), it sits in a quotation, or the main title already names it."""
    for m in _FOLLOWING.finditer(text, seg[0], seg[1]):
        if any(qa <= m.start() < qb for qa, qb in qspans) or a <= m.start() < b:
            continue  # in a quotation, or the date phrase itself (`a year after the Riga meeting`)
        if _DURATION_BEFORE.search(text, 0, m.start()):
            continue  # `a year after the peace conference`: another day
        mods = m.group("mods").lower().split()
        if any(w in V.FOLLOWED_SKIP or any(c.isdigit() for c in w) for w in mods):
            continue
        np_start, np_end = m.span("np")
        phrase = text[np_start:np_end]
        if np_start <= a < np_end:  # `talks in Moscow on Friday`: the date is not part of the name
            phrase = text[np_start:a]
        phrase = _tidy(re.sub(r"\s+(?:on|in|at)\s*$", "", phrase))
        noun = m.group("noun").lower()
        if len(phrase.split()) < 2 or re.search(rf"\b{re.escape(noun.split()[0])}", title, re.IGNORECASE):
            continue
        return _cap(phrase)
    return ""


_STRETCH_END = re.compile(r"\b(?:until|till|to|through)\b", re.IGNORECASE)
"""`from November 2022 until February 2023`: a stretch with an end (not `on August 18-19`)."""
_CLAUSE_COMMA = re.compile(r",(?!\d)")
_WHEN_AFTER = re.compile(r",\s+when\s+(?=\S)")
"""`… until February 2023, when …`: a clause told at the end of the stretch before it."""
_SAME_DAY_AFTER = re.compile(
    r",?\s+(?:"
    + "|".join(V.SAME_DAY_AFTER)
    + r")\s+(?:after|before)\s+(?=the\s|a\s|an\s|[A-Z]|his\s|her\s|its\s)"
)
_LEAD_STATEMENT = re.compile(
    r"\b(?:has|have)\s+(?:" + "|".join(V.LEAD_SPEECH_VERBS) + r")\b|\b(?:said|announced|stated)\s+in\s+an?\s+"
    r"(?:\w+\s+)?(?:" + "|".join(V.LEAD_STATEMENT_NOUNS) + r")\b",
    re.IGNORECASE,
)
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:(?:" + "|".join(V.LEAD_ADVERBS) + r")\s+)?(?:been\s+)?([a-z]+)\b"
)


def _lead_happening(text: str) -> bool:
    """`X has said in a statement`, `X has arrived in Y`, `X has been elected`: a present-perfect
    happening (or a statement), not a state (`has remained`, `has long demanded`)."""
    text = _QUOTE.sub(" ", text)
    if _LEAD_STATEMENT.search(text):
        return True
    for m in _PRESENT_PERFECT.finditer(text):
        word = m.group(1)
        if word in V.LEAD_NOT_NEWS:
            continue
        if word in V.PARTICIPLES_IRREGULAR or (_past(word) and not word.endswith("eed")):
            return True
    return False


def _lead_statement(
    article: Article,
    by_sentence: dict[int, list[DateMention]],
    actors: tuple[ActorMention, ...],
    places: tuple[PlaceMention, ...],
) -> EventMention | None:
    """The wire lead: in the first `LEAD_PARAGRAPHS` paragraphs, the first sentence without any date
    whose main verb is present perfect (`X has arrived in Y`, `X has said in a statement`): by the wire
    convention it is news of the publication day, so it is dated by the publication date (a day).
    None without a day-precision publication date."""
    pub = article.published.value
    if not pub or not edtf.is_valid(pub) or edtf.precision(pub) != "day":
        return None
    lead = lead_paragraphs(article, V.LEAD_PARAGRAPHS)
    for s in article.sentences:
        if lead and s.paragraph > max(lead):
            break
        own = [d for d in by_sentence.get(s.start, []) if not _NAME_YEAR.search(s.text, 0, d.start - s.start)]
        if s.paragraph not in lead or own or not _lead_happening(s.text):
            continue  # (`has won the Azerbaijan Grand Prix 2024`: a year in a name dates nothing)
        people = tuple(m.surface for m in actors if m.sentence.start == s.start and m.kind == "person")
        title = _finish(s.text, names=people)
        if not title:
            continue
        return EventMention(
            date=pub,
            title=title,
            sentence=s,
            actors=_names(m.name for m in actors if m.sentence.start == s.start),
            places=_names(m.name for m in places if m.sentence.start == s.start),
        )
    return None


_SIGNING = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:signed|inked|concluded|adopted)\b"
    r"|\b(?:signed|inked|concluded|adopted)\s+(?:a|an|the|two|three|four|several)\b"
)
"""A signing told as a happening (`the co-chairs signed the protocol`, `a memorandum was then signed`),
not a background reference (`a declaration signed by A and B`)."""


def _undated_signings(
    with_events: set[int],
    actors: tuple[ActorMention, ...],
    places: tuple[PlaceMention, ...],
    agreements: tuple[AgreementMention, ...],
) -> list[EventMention]:
    """A signing in a sentence that gave no event (`Following the meeting, the co-chairs signed the
    protocol`, `… also signed a roadmap for 2024-2026`) is the signing of an agreement the agreements
    stage dated: an event on that day, with the agreement."""
    out: list[EventMention] = []
    done: set[int] = set()
    for g in agreements:
        s = g.sentence
        if s.start in with_events or s.start in done or not g.date or not edtf.is_valid(g.date):
            continue
        if edtf.precision(g.date) != "day" or not _SIGNING.search(s.text) or _quote_spans(s.text):
            continue
        people = tuple(m.surface for m in actors if m.sentence.start == s.start and m.kind == "person")
        title = _finish(s.text, names=people)
        if not title:
            continue
        done.add(s.start)
        out.append(
            EventMention(
                date=g.date,
                title=title,
                sentence=s,
                actors=_names(m.name for m in actors if m.sentence.start == s.start),
                places=_names(m.name for m in places if m.sentence.start == s.start),
                agreement=g.name,
            )
        )
    return out


_COORDINATOR = re.compile(r"(?:,\s*|\s+)(?:and|but|while|whereas)\s+")
_COORD_WORDS = re.compile(r"[\w'’\-]+")
_COORD_SKIP = frozenset({"also", "then", "later", "subsequently", "jointly", "together"})
_COORD_AUX = frozenset({"has", "have", "had"})


def _past(word: str) -> bool:
    return (len(word) > 4 and word.endswith("ed") and word not in V.NOT_PAST) or word in V.PAST_IRREGULAR


def _coordinated(
    text: str,
    seg: tuple[int, int],
    a: int,
    b: int,
    spans: list[tuple[int, int]],
    qspans: list[tuple[int, int]],
) -> tuple[str, list[str]]:
    """Titles of the predicates coordinated with the dated one in its clause, and the dated title cut
    before them: `the two leaders attended X and signed three agreements` (same subject) or `A opened
    the border and B sent aid` (own subject). The coordinated predicate needs a past-tense verb
    followed by an object or complement (not `security and related issues`), the part before the
    coordinator a finite verb of its own after its last comma (not `Armenia and Azerbaijan signed`),
    and no other date of the sentence."""
    lo, hi = seg
    body = text[lo:hi]
    if " and " not in body and " while " not in body and " but " not in body and " whereas " not in body:
        return "", []
    doc = _REDUCED_RELATIVE.search(text, lo, a)
    if doc and _is_document(doc.group(1)):
        return "", []  # `stressed that the declaration signed in June 2022 opened …`: the signing
    main, extras = "", []
    for m in _COORDINATOR.finditer(body):
        pos = lo + m.start()
        if any(qa <= pos < qb for qa, qb in qspans):
            continue
        left = body[: m.start()]
        if _BETWEEN.search(left):
            continue  # `relations between A and B`
        tail = left[left.rfind(", ") + 1 :] if ", " in left else left
        if not _AUX.search(tail) or (a - lo) > m.start() + 400:
            continue
        rest = body[m.end() :]
        words = _COORD_WORDS.findall(rest[:120])[:8]
        k = 0
        while k < len(words) and words[k].lower() in _COORD_SKIP:
            k += 1
        subject = None
        if k < len(words) and _past(words[k]):
            subject = ""  # same subject as the dated predicate
        elif words and (words[0][:1].isupper() or words[0].lower() in _COORD_DETERMINERS):
            for j in range(1, min(len(words), 6)):
                w = words[j]
                if w.lower() in _COORD_SKIP or w.lower() in _COORD_AUX:
                    continue
                if _past(w):
                    subject, k = " ".join(words[:j]), j
                    break
                if w[:1].islower() and w.lower() in V.COORD_OBJECT_STARTS:
                    break
        if subject is None:
            continue
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if not (nxt[:1].isupper() or nxt[:1].isdigit() or nxt.lower() in V.COORD_OBJECT_STARTS):
            continue
        if any(lo + m.end() <= sa < hi and sa != a for sa, _sb in spans):
            continue
        if _RELATIVE_AFTER.search(text, lo + m.end(), a):
            continue  # `and approved X, which is to meet in 2025`: the date is the relative clause's
        piece_a, piece_b = m.end(), len(body)
        if lo + m.end() <= a < hi:  # the date is in the coordinated part: drop it from that piece
            piece = _remove_date(body[m.end() :], a - lo - m.end(), b - lo - m.end())
        else:
            piece = body[piece_a:piece_b]
        if subject == "":
            subj = _coordinated_subject(left)
            if not subj:
                continue
            piece = subj + " " + piece
        extra = _finish(piece)
        if extra and len(extra.split()) >= 3:
            extras.append(extra)
            if not main:
                head = body[: m.start()]
                if lo <= a < lo + m.start():
                    head = _remove_date(head, a - lo, b - lo)
                dl = _DATELINE.match(head)
                head = head[dl.end() :] if dl else head
                main = _finish(head)
    return main, extras


def _coordinated_subject(left: str) -> str:
    """The subject shared by coordinated predicates: the words before the first verb, without a
    dateline or a leading adverbial (`Before the talks, the two leaders attended X`)."""
    m = _DATELINE.match(left)
    if m:
        left = left[m.end() :]
    v = _AUX.search(left)
    if not v:
        return ""
    subj = _PARENTHETICAL.sub("", left[: v.start()]).strip(" ,")
    subj = subj.rsplit(", ", 1)[-1].strip()
    return subj if 0 < len(subj.split()) <= 10 else ""


_EXTENDED_UNTIL = re.compile(
    r"\b(?:extend(?:s|ed|ing)?|extension|prolong(?:s|ed|ing)?|renew(?:s|ed|ing)?|valid|lease)\b[^.;]{0,60}?"
    r"\b(?:until|till|through)\s+$",
    re.IGNORECASE,
)
_VALIDITY = re.compile(
    r"(?<!scheduled)(?<!planned)(?<!set)(?<!slated)(?<!due)(?<!postponed)(?<!delayed)(?<!moved)"
    r"(?<!pushed)(?<!expected)(?<!penciled)(?<!pencilled)\s+for\s+(?:the\s+(?:years?|period)\s+)?$"
)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}[\w'’\-]+$", re.IGNORECASE)
_COORD_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "both"})


def _names(names) -> tuple[str, ...]:
    seen: list[str] = []
    for n in names:
        if n not in seen:
            seen.append(n)
    return tuple(seen)
