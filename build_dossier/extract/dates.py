"""extract: date mentions of one article (offsets into `Article.text`).

Besides `find_dates`, two article-level rules:

- an anniversary article (`first anniversary`, `last year`, `a year ago` anywhere in the body) resolves
  a month alone equal to the publication month in a past-tense clause to the previous year;
- a day-month without a year in a sentence naming a curated agreement (name or alias) whose date has
  the same month and a day within one day takes the agreement's year (`the declaration signed on
  Nov. 9` in an article published a year later). This uses curation data only, never article facts;
- a sentence without a date that opens with a link phrase takes the date of the event it names in one
  of the previous `LINK_LOOKBACK_SENTENCES` dated sentences: `At the ceremony,` / `During the visit,` /
  `Speaking at the summit,` (same time), `Before the press conference,` / `After the talks,` (same day,
  only for short events such as a conference, meeting or ceremony), `Later that day,` (the previous
  sentence's day). The link noun must appear (as a word prefix, `visit` ~ `visited`) in that sentence,
  which must carry a day date (or a day interval for same-time links). The mention's surface is the link
  phrase and it is `relative`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from build_dossier import edtf
from build_dossier.curate import Knowledge
from build_dossier.dates import find_dates
from build_dossier.models import Article, DateMention, Sentence
from build_dossier.vocab import dates as V
from build_dossier.vocab import events as EV

_LINK_EVENT = re.compile(
    r"^\W*(?P<prep>" + "|".join(V.LINK_SAME_TIME + V.LINK_ADJACENT) + r")\s+the\s+"
    r"(?P<np>(?:[\w’'\-]+\s+){0,2}?(?P<noun>[a-z][\w\-]{2,}))\s*,",
    re.IGNORECASE,
)
_SAME_DAY_INNER = re.compile(
    r"\b(?:on\s+)?the\s+same\s+(?:day|evening|morning|afternoon|night)\b"
    r"|\blater\s+(?:that|the\s+same)\s+(?:day|evening|afternoon|night)\b",
    re.IGNORECASE,
)
"""`the same evening` inside a sentence without a date: the one day of the sentence before."""
_SAME_DAY_NOUN = re.compile(
    r"\b(?:over|after|following|into|about|for|of|on)\s+the\s+(?:[\w'’\-]+\s+){0,2}?(?P<noun>"
    + "|".join(sorted(EV.FOLLOWED_HAPPENINGS | EV.POSSESSED_EVENTS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
"""In a sentence told `on the same day`: the happening whose day it is (`a case over the attack`)."""
_LINK_DAY = re.compile(r"^\W*(?:" + "|".join(V.LINK_SAME_DAY) + r")\b\s*,?", re.IGNORECASE)
_ADJACENT = re.compile(r"^\W*(?:" + "|".join(V.LINK_ADJACENT) + r")\b", re.IGNORECASE)
_ANNIVERSARY = re.compile(r"\b(?:" + "|".join(V.ANNIVERSARY_CUES) + r")\b", re.IGNORECASE)
_ALSO = re.compile(r"^\W*(?P<subj>(?:[\w'’\-]+\s+){1,5}?)(?P<link>also)\s+(?P<verb>[a-z]+)\b")
_LATER = re.compile(
    r"^\W*(?P<subj>(?:[\w'’\-]+\s+){1,6}?)(?P<link>later|afterwards|subsequently)\s+(?P<verb>[a-z]+)\b"
)
_THEN = re.compile(r"^\W*(?P<subj>(?:[\w'’\-]+\s+){1,6}?)(?P<link>then)\s+(?P<verb>[a-z]+)\b")
_RELATIVE_BOUNDARY = re.compile(r",\s+(?:which|who|where|whose)\b")
_SUBJECT_SKIP = frozenset({"the", "a", "an", "and", "its", "their", "his", "her", "of", "both", "two"})


_PROSE_END = re.compile(r"[.!?…][\"”’»)]*\s*$")


def lead_paragraphs(article: Article, count: int) -> frozenset[int]:
    """The paragraph numbers of the first `count` prose paragraphs: paragraphs with a sentence of at
    least `LEAD_MIN_WORDS` words ending in a full stop (headline, dateline and menu lines are skipped)."""
    out: list[int] = []
    for s in article.sentences:
        if len(out) >= count:
            break
        if s.paragraph in out or len(s.text.split()) < V.LEAD_MIN_WORDS or not _PROSE_END.search(s.text):
            continue
        out.append(s.paragraph)
    return frozenset(out)


_LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|,?\s+as well as)\s+(?:on\s+)?")


def date_lists(s: Sentence, dates: list[DateMention]) -> list[list[DateMention]]:
    """The sentence's dates in text order, grouped into lists (`Nov. 9, 2020, Jan. 11, 2021 and Oct. 31,
    2022` is one group of three); a date alone is a group of one."""
    groups: list[list[DateMention]] = []
    for d in sorted(dates, key=lambda d: d.start):
        last = groups[-1][-1] if groups else None
        gap = s.text[last.end - s.start : d.start - s.start] if last is not None else ""
        if last is not None and d.start > last.end and _LIST_GAP.fullmatch(gap):
            groups[-1].append(d)
        else:
            groups.append([d])
    return groups


def _past_verb(word: str) -> bool:
    return (len(word) > 4 and word.endswith("ed")) or word in EV.PAST_IRREGULAR


def _subject_words(subj: str) -> list[str]:
    """The words that name a subject (`Novak`, `officials` in `Novak and military officials`)."""
    words = [w for w in re.findall(r"[\w'’\-]+", subj) if w.lower() not in _SUBJECT_SKIP]
    names = [w for w in words if w[:1].isupper()]
    return names or words[-1:]


def _known_agreement_dates(knowledge: Knowledge) -> list[tuple[re.Pattern[str], str]]:
    """(name pattern, day date) of every curated agreement dated to the day."""
    out = []
    for g in knowledge.agreements:
        if not g.date or edtf.precision(g.date) != "day":
            continue
        names = [n for n in (g.name, *g.aliases) if n and len(n) > 3]
        if names:
            rx = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.IGNORECASE)
            out.append((rx, g.date))
    return out


def _curated_year(value: str, surface: str, sentence: str, known: list[tuple[re.Pattern[str], str]]) -> str:
    """`value` with the year of a curated agreement named in the sentence whose date matches its
    month and day (±1 day), when the surface states no year; else `value` unchanged."""
    if edtf.precision(value) != "day" or re.search(r"\d{4}", surface):
        return value
    month, day = int(value[5:7]), int(value[8:10])
    for rx, date in known:
        if rx.search(sentence) and int(date[5:7]) == month and abs(int(date[8:10]) - day) <= 1:
            return f"{date[:4]}-{value[5:]}"
    return value


def extract_dates(article: Article, knowledge: Knowledge | None = None) -> tuple[DateMention, ...]:
    """Every date expression in the article's body sentences, resolved to EDTF.

    The anchor is the publication date; `previous` is the last absolute date seen so far in the article
    (for `two months later`). Offsets are into `article.text` (sentence start + match offset).
    """
    anchor = (
        article.published.value
        if article.published.value and edtf.is_valid(article.published.value)
        else None
    )
    body = " ".join(s.text for s in article.sentences)
    anniversary = bool(_ANNIVERSARY.search(body))
    known = _known_agreement_dates(knowledge) if knowledge else []
    previous: str | None = None
    last_day: tuple[str, int] | None = None
    """The last day-precision date (absolute or resolved) and its paragraph, for `two weeks earlier`."""
    stated: tuple[str, int] | None = None
    """The last month with its year stated and its paragraph, for the year of `on 13 September` after it."""
    stated_day: tuple[str, int] | None = None
    """The last day stated with its year and its paragraph, for the year of `on November 10` after it."""
    out: list[DateMention] = []
    for sentence in article.sentences:
        base = previous
        if last_day and sentence.paragraph - last_day[1] <= 1:
            base = last_day[0]
        narrative = stated[0] if stated and sentence.paragraph - stated[1] <= 1 else None
        story_day = stated_day[0] if stated_day and sentence.paragraph - stated_day[1] <= 1 else None
        for m in find_dates(
            sentence.text,
            anchor,
            previous=base,
            anniversary=anniversary,
            narrative=narrative,
            narrative_day=story_day,
        ):
            start = sentence.start + m.start
            end = sentence.start + m.end
            value = _curated_year(m.value, m.surface, sentence.text, known) if known else m.value
            out.append(
                DateMention(
                    value=value,
                    surface=article.text[start:end],
                    start=start,
                    end=end,
                    sentence=sentence,
                    relative=m.relative,
                )
            )
            if not m.relative and edtf.precision(m.value) != "decade":
                previous = m.value.split("/")[-1]
                last_day = None
                if edtf.precision(previous) == "month":
                    stated = (previous, sentence.paragraph)
                stated_day = (previous, sentence.paragraph) if edtf.precision(previous) == "day" else None
            elif stated_day and m.value[:4] != stated_day[0][:4]:
                stated_day = None  # (`At the next meeting, on April 19 this year, ...`: the story moved on)
            last = m.value.split("/")[-1]
            if edtf.is_valid(last) and edtf.precision(last) == "day" and not m.future:
                # (a deadline still to come, `would take over from August 1`, is no reference for `later`)
                last_day = (last, sentence.paragraph)
    out = _document_years(out)
    out += _reverse_offsets(out)
    out += _comes_after(article, out, anchor)
    linked = _linked_dates(article, out)
    anchored = _anchored_dates(article, out + linked)
    clocked = _clock_dates(article, out + linked + anchored)
    return tuple(sorted(out + linked + anchored + clocked, key=lambda d: d.start))


def _reverse_offsets(found: list[DateMention]) -> list[DateMention]:
    """`signed on Nov. 11, 2020, a day after the ceasefire ended the war`: the happening the offset
    points to, dated back (or forward, for `two days before the vote`) from the stated day. The
    mention's surface is the offset phrase and its clause; it is `relative`."""
    out: list[DateMention] = []
    for d in found:
        if not edtf.is_valid(d.value) or edtf.precision(d.value) != "day":
            continue
        s = d.sentence
        m = _REVERSE_OFFSET.match(s.text, d.end - s.start)
        if not m or (n := _number(m.group("n"))) is None or "few" in m.group("n").lower():
            continue  # (`a few weeks after the war`: too vague to date the war by)
        days = n * (7 if m.group("unit").lower().startswith("week") else 1)
        value = _days(d.value, -days if m.group("rel").lower() == "after" else days)
        if value is None:
            continue
        a, b = s.start + m.start("phrase"), s.start + m.end()
        out.append(
            DateMention(value=value, surface=s.text[a - s.start : b - s.start], start=a, end=b, sentence=s,
                        relative=True)
        )  # fmt: skip
    return out


_CLOCK = re.compile(r"\b(?:" + "|".join(V.CLOCK_TIMES) + ")", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|expected|scheduled|set|to)|plans?\s+to)\b")
_HABITUAL = re.compile(r"\b(?:usually|often|always|normally|typically|sometimes|every|each)\b", re.IGNORECASE)
_CLOCK_PARAGRAPHS = 3
"""How many paragraphs back a day date may give a time of day its day."""


def _clock_dates(article: Article, found: list[DateMention]) -> list[DateMention]:
    """Date mentions for a time of day in a sentence without a date (`recorded 46 aftershocks by noon`,
    `visited the village in the afternoon`): the day of the latest day date of the last few paragraphs
    before it, else the publication day. Future sentences (`will meet at 10 a.m.`) and times inside
    quotations are left alone. The mention's surface is the time phrase and it is `relative`."""
    dated = {d.sentence.start for d in found}
    pub = article.published.value
    pub_day = pub if pub and edtf.is_valid(pub) and edtf.precision(pub) == "day" else None
    out: list[DateMention] = []
    for s in article.sentences:
        if s.start in dated:
            continue
        text = _QUOTED.sub(lambda q: " " * len(q.group()), s.text)
        m = _CLOCK.search(text)
        if not m or _FUTURE.search(text) or _HABITUAL.search(text):
            continue
        value = _news_day(s, found, pub_day)
        if value is None:
            continue
        out.append(
            DateMention(
                value=value,
                surface=s.text[m.start() : m.end()],
                start=s.start + m.start(),
                end=s.start + m.end(),
                sentence=s,
                relative=True,
            )
        )
    return out


_DOCUMENT = re.compile(r"\b(?:" + "|".join(V.DOCUMENT_WORDS) + r")\b", re.IGNORECASE)
_HAS_YEAR = re.compile(r"\d{4}")


def _document_years(found: list[DateMention]) -> list[DateMention]:
    """Day-months without a year in sentences naming a document (agreement, declaration, ceasefire ...)
    take the year of a day date stated with its year in another such sentence of the article, when
    month and day agree within one day and the years differ (`the declaration signed on Nov. 9` in an
    article a year later that also says `agreement on Nov. 10, 2020`)."""
    stated = [
        d.value
        for d in found
        if edtf.precision(d.value) == "day"
        and _HAS_YEAR.search(d.surface)
        and _DOCUMENT.search(d.sentence.text)
    ]
    if not stated:
        return found
    out = []
    for d in found:
        if (
            edtf.precision(d.value) == "day"
            and not _HAS_YEAR.search(d.surface)
            and re.search(r"\d", d.surface)  # (a weekday, `told NTV on Monday`, is this week's)
            and _DOCUMENT.search(d.sentence.text)
        ):
            for v in stated:
                if (
                    v[:4] != d.value[:4]
                    and v[5:7] == d.value[5:7]
                    and abs(int(v[8:10]) - int(d.value[8:10])) <= 1
                ):
                    d = DateMention(
                        value=f"{v[:4]}{d.value[4:]}", surface=d.surface, start=d.start, end=d.end,
                        sentence=d.sentence, relative=True,
                    )  # fmt: skip
                    break
        out.append(d)
    return out


_BACKGROUND = frozenset({"decade", "century"})


def _linked_dates(article: Article, found: list[DateMention]) -> list[DateMention]:
    """Date mentions for link phrases (`Before the press conference,`) of sentences without a date."""
    dated: dict[int, list[DateMention]] = {}
    for d in found:
        dated.setdefault(d.sentence.start, []).append(d)
    sentences = article.sentences
    lead_paras = lead_paragraphs(article, EV.LEAD_PARAGRAPHS)
    pub = article.published.value
    pub_day = pub if pub and edtf.is_valid(pub) and edtf.precision(pub) == "day" else None
    out: list[DateMention] = []
    for i, s in enumerate(sentences):
        back = [t for t in sentences[max(0, i - 3 * V.LINK_LOOKBACK_SENTENCES) : i] if t.start in dated]
        # a sentence of background history dated only to a decade or a century does not push the
        # happening's own sentence out of reach
        back = [t for t in back if any(edtf.precision(d.value) not in _BACKGROUND for d in dated[t.start])]
        back = back[-V.LINK_LOOKBACK_SENTENCES :]
        if s.start in dated:
            later = _continuation(s, dated[s.start], back, dated)
            if later is not None:
                out.append(later)
            continue
        value, end = None, 0
        m = _LINK_EVENT.match(s.text)
        cont = None if m else _continuation(s, [], back, dated, sentences[i - 1] if i else None)
        if cont is not None:
            out.append(cont)
            dated[s.start] = [cont]
            continue
        if m:
            noun = m.group("noun").lower()
            adjacent = bool(_ADJACENT.match(s.text))
            if adjacent and noun not in V.SHORT_EVENT_NOUNS:
                continue
            names = _naming(noun)
            for t in reversed(back):
                if not names.search(t.text):
                    continue
                days = [d for d in dated[t.start] if edtf.precision(d.value) == "day"]
                if not adjacent:
                    days += [d for d in dated[t.start] if "/" in d.value]
                if days:
                    value, end = days[0].value, m.end("np")
                break
            else:
                if noun in V.SHORT_EVENT_NOUNS and (day := _news_day(s, out + found, pub_day)):
                    # `Following the speeches, X signed ...`: the speeches were never dated, so they are
                    # part of the day the report is about
                    value, end = day, m.end("np")
        else:
            m = _LINK_DAY.match(s.text)
            if m and back and back[-1] is sentences[i - 1]:
                days = [d for d in dated[back[-1].start] if edtf.precision(d.value) == "day"]
                if days:
                    value, end = days[-1].value, m.end()
            elif (
                m
                and pub_day
                and s.paragraph in lead_paras
                and not any(t.paragraph in lead_paras for t in back)
            ):
                # `On the same day,` after an undated wire lead (`X has arrived in Y`): the lead's news
                # is of the publication day
                value, end = pub_day, m.end()
        lead = len(s.text) - len(s.text.lstrip(" «“\"'‘"))
        if value is None and back and back[-1] is sentences[i - 1]:
            # `On November 16, clashes erupted. A ceasefire was reached the same evening …`: the day of
            # the sentence just before
            inner_day = _SAME_DAY_INNER.search(s.text)
            days = [d for d in dated[back[-1].start] if edtf.precision(d.value) == "day"]
            if inner_day and days and len({d.value for d in days}) == 1:
                value, (lead, end) = days[-1].value, inner_day.span()
        if value is None and (inner_day := _SAME_DAY_INNER.search(s.text)) and not _QUOTED.search(s.text):
            # `X opened a criminal case over the attack on the same day`: the day of the happening named
            for m in _SAME_DAY_NOUN.finditer(s.text):
                day = _anchor_date(m.group("noun"), [t for t in sentences[:i] if t.start in dated], dated)
                if day and edtf.precision(day) == "day":
                    value, (lead, end) = day, inner_day.span()
                    break
        if value is None and not _LINK_EVENT.match(s.text):
            # `X told reporters after the vote that ...`: a link phrase inside the sentence
            inner = _inner_link(s, [t for t in sentences[:i] if t.start in dated], dated)
            if inner is not None:
                value, (lead, end) = inner
        if value is None:
            continue
        surface = s.text[lead:end].rstrip(" ,")
        start = s.start + lead
        mention = DateMention(
            value=value, surface=surface, start=start, end=start + len(surface), sentence=s, relative=True
        )
        out.append(mention)
        dated[s.start] = [mention]  # a linked sentence may be linked to in turn (`Later that day, ...`)
    return out


@functools.lru_cache(maxsize=256)
def _naming(noun: str) -> re.Pattern[str]:
    """What names the event of a link noun in an earlier sentence: a word prefix of the noun (`visit` ~
    `visited`) or a verb told of it (`meeting` ~ `met`)."""
    stem = noun[: max(4, len(noun) - 3)] if len(noun) > 5 else noun
    stems = [stem, *V.LINK_NOUN_VERBS.get(noun, ())]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, stems)) + ")", re.IGNORECASE)


_LINK_INNER = re.compile(
    r"\b(?:after|following|at|during|on\s+the\s+sidelines\s+of)\s+the\s+"
    r"(?P<np>(?:[\w’'\-]+\s+){0,2}?(?P<noun>"
    + "|".join(sorted(V.SHORT_EVENT_NOUNS, key=len, reverse=True))
    + r"))\b"
)
_INNER_TOLD = re.compile(
    r"\b(?:said|told|met|held|signed|called|stressed|noted|added|discussed|agreed|adopted)\b"
)
_INNER_NOT_TOLD = re.compile(
    r"\b(?:will|would|shall|to\s+be|is\s+to|are\s+to|plans?|expected|next)\b|[“”\"«»]"
)


def _inner_link(
    s: Sentence, back: list[Sentence], dated: dict[int, list[DateMention]]
) -> tuple[str, tuple[int, int]] | None:
    """`(day, (start, end))` of a link phrase inside a told sentence (`Mirzoyan told reporters after the
    vote that ...`, `The sides discussed port capacity at the meeting`): the day of the short event it
    names in the latest previous dated sentence naming it (`back`: all of them, as the event may be the
    article's lead), as for a link phrase that opens the sentence. Only for a
    main clause told in the past, without a quotation or anything still to come before the link."""
    m = _LINK_INNER.search(s.text)
    if (
        m is None
        or not _INNER_TOLD.search(s.text, 0, m.start())
        or _INNER_NOT_TOLD.search(s.text, 0, m.start())
    ):
        return None  # (the reported clause after it may speak of the future: `said that X would`)
    names = _naming(m.group("noun").lower())
    for t in reversed(back):
        if not names.search(t.text):
            continue
        days = [d for d in dated[t.start] if edtf.precision(d.value) == "day"]
        return (days[0].value, (m.start(), m.end("np"))) if days else None
    return None


def _news_day(s: Sentence, found: list[DateMention], pub_day: str | None) -> str | None:
    """The day a report is about, seen from sentence `s`: the last day date told in the last few
    paragraphs before it that is not after publication (a deadline told before, `applications accepted
    until March 25`, is not the news day), else the publication day."""
    days = [
        d.value
        for d in sorted(found, key=lambda d: d.start)
        if d.start < s.start
        and edtf.is_valid(d.value)
        and edtf.precision(d.value) == "day"
        and s.paragraph - d.sentence.paragraph <= _CLOCK_PARAGRAPHS
        and (not pub_day or d.value <= pub_day)
    ]
    return days[-1] if days else pub_day


def _continuation(
    s: Sentence,
    own: list[DateMention],
    back: list[Sentence],
    dated: dict[int, list[DateMention]],
    previous: Sentence | None = None,
) -> DateMention | None:
    """A narrative continuation without a date of its own: `X later visited Y` takes the day of the
    last of the previous dated sentences naming its subject (the sentence's own dates may only sit in a
    relative clause after it: `visited Y, which was liberated in November`); `X also announced Z`
    right after a sentence of the same paragraph dated to the day takes that day. The mention's
    surface is the link word (`later`, `also`) and it is `relative`."""
    text = s.text
    if " later " in text or " afterwards " in text or " subsequently " in text:
        m = _LATER.match(text)
        if not m or not _past_verb(m.group("verb")):
            return None
        rel = _RELATIVE_BOUNDARY.search(text, m.end())
        if not all(rel and d.start - s.start > rel.start() for d in own):
            return None
        words = _subject_words(m.group("subj"))
        for t in reversed(back):
            if not any(re.search(rf"\b{re.escape(w)}\b", t.text) for w in words):
                continue
            days = [d for d in dated[t.start] if edtf.precision(d.value) == "day"]
            return _link_mention(days[-1].value, m, s) if days else None
        return None
    if not own and " then " in text and (m := _THEN.match(text)) and _past_verb(m.group("verb")):
        # `The participants then visited X`: the next step of the day just told
        for t in reversed(back):
            if s.paragraph - t.paragraph > 2:
                break
            days = [d for d in dated[t.start] if edtf.precision(d.value) == "day"]
            if days:
                return _link_mention(days[-1].value, m, s)
        return None
    if own or previous is None or " also " not in text or previous.paragraph != s.paragraph:
        return None
    m = _ALSO.match(text)
    if not m or not _past_verb(m.group("verb")) or not back or back[-1] is not previous:
        return None
    days = [d for d in dated[previous.start] if edtf.precision(d.value) == "day"]
    return _link_mention(days[-1].value, m, s) if days else None


def _link_mention(value: str, m: re.Match[str], s: Sentence) -> DateMention:
    """The relative mention of a continuation link word."""
    return DateMention(
        value=value,
        surface=m.group("link"),
        start=s.start + m.start("link"),
        end=s.start + m.end("link"),
        sentence=s,
        relative=True,
    )


_ORDINAL = "|".join(sorted(V.ORDINAL_WORDS, key=len, reverse=True))
_NUMBER = "|".join(sorted((re.escape(w) for w in V.NUMBER_WORDS), key=len, reverse=True))
_ANCHOR_NP = (
    r"(?:the\s+)?(?P<np>(?:[\w’'\-]+\s+){0,3}?(?P<noun>[A-Za-z][\w\-]{2,}))"
    r"(?=\s*(?:[.,;:!?)”\"]|$)|\s+(?:which|that|who|when|where|and|in|on|at|with|to|by|for|as|from|last|this)\b"
    r"|\s+(?:was|were|had)\b|\s+(?:began|begun|started|ended|erupted|broke\s+out|opened|closed)\b)"
    r"(?:\s+(?:began|begun|started|ended|erupted|broke\s+out|opened|closed)\b)?"
)
_APPROXIMATE = re.compile(
    r"\b(?:less|more|fewer)\s+than\s+$|\b(?:about|around|nearly|almost|some|over|under)\s+$", re.IGNORECASE
)
_ANCHOR_NTH_DAY = re.compile(
    rf"\b(?:on\s+)?the\s+(?P<ord>{_ORDINAL}|final|last|opening|closing)\s+day\s+of\s+{_ANCHOR_NP}",
    re.IGNORECASE,
)
_ANCHOR_AROUND = re.compile(
    rf"\b(?:on\s+)?(?:(?P<n>the|an?|{_NUMBER}|\d{{1,2}})\s+(?P<unit>days?|weeks?|months?|years?)\s+"
    rf"(?P<rel>after|before)|the\s+(?P<eve>eve)\s+of)"
    rf"\s+{_ANCHOR_NP}",
    re.IGNORECASE,
)
_ANCHOR_ANNIVERSARY = re.compile(
    rf"\b(?:on|marking|to\s+mark|for)\s+the\s+(?:(?P<ord>{_ORDINAL})\s+)?anniversary\s+of\s+{_ANCHOR_NP}",
    re.IGNORECASE,
)
_ANCHOR_DURING = re.compile(rf"\b(?:{'|'.join(V.ANCHOR_DURING)})\s+{_ANCHOR_NP}", re.IGNORECASE)
_ANCHOR_SUBJECT = re.compile(
    r"^\W*The\s+(?P<np>(?:[A-Z0-9][\w\-]*\s+){0,3}(?P<noun>[A-Za-z]{3,}))\s+(?:also\s+)?"
    r"(?P<verb>[a-z]{3,}ed|held|met|began|took|made|saw|won)\b"
)
_ANCHOR_LENGTH = r"(?P<len>\d{1,3}|" + _NUMBER + r")[\s\-]+days?(?:\s+of)?\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}"
_ANCHOR_END = re.compile(rf"\b(?:{V.ANCHOR_END_VERBS})\b", re.IGNORECASE)
_ANCHOR_START = re.compile(rf"\b(?:{V.ANCHOR_START_VERBS})\b", re.IGNORECASE)
_ANNIVERSARY_WORD = re.compile(r"\banniversary\b", re.IGNORECASE)
_CASE_ODD = ("İ", "ı", "ſ", "\u212a")
"""The only non-ASCII characters that match an ASCII letter under `re.IGNORECASE` or lower-case to ASCII:
a text holding one is not pre-checked on its lower-cased form."""
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


_REVERSE_OFFSET = re.compile(
    rf",\s+(?P<phrase>(?P<n>an?|{_NUMBER}|\d{{1,2}})\s+(?P<unit>days?|weeks?)\s+(?P<rel>after|before)\s+"
    r"(?:the\s+)?[a-z][^,;.]{3,90})",
    re.IGNORECASE,
)


_COMES_AFTER = re.compile(
    r"\b(?:comes?|coming)\s+(?:just\s+|only\s+|nearly\s+|almost\s+|exactly\s+)?"
    rf"(?P<phrase>(?P<n>an?|{_NUMBER}|\d{{1,2}})\s+(?P<unit>days?|weeks?|months?|years?)\s+after)\s+"
    r"(?:the\s+)?[a-z]",
    re.IGNORECASE,
)


def _comes_after(article: Article, found: list[DateMention], anchor: str | None) -> list[DateMention]:
    """`X's victory comes two years after the country ran out of currency`: the happening after `after`
    lies that long before the publication (a year, month or day as the unit says), when the sentence
    gives it no date of its own after the phrase and the phrase is not quoted. The mention's surface is
    the offset phrase and it is `relative`."""
    if not anchor or edtf.precision(anchor) != "day":
        return []
    out: list[DateMention] = []
    for s in article.sentences:
        text = _QUOTED.sub(lambda q: " " * len(q.group()), s.text)
        m = _COMES_AFTER.search(text)
        if not m or (n := _number(m.group("n"))) is None:
            continue
        if any(d.sentence.start == s.start and d.start - s.start >= m.start() for d in found):
            continue
        unit = m.group("unit").lower().rstrip("s")
        day = _shift(anchor, -n, unit)
        if day is None:
            continue
        value = day[:4] if unit == "year" else day[:7] if unit == "month" else day
        a, b = s.start + m.start("phrase"), s.start + m.end("phrase")
        out.append(
            DateMention(value=value, surface=s.text[m.start("phrase") : m.end("phrase")], start=a, end=b,
                        sentence=s, relative=True)
        )  # fmt: skip
    return out


def _number(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return V.NUMBER_WORDS.get(word)


def _days(value: str, n: int) -> str | None:
    try:
        return (dt.date.fromisoformat(value) + dt.timedelta(days=n)).isoformat()
    except ValueError:
        return None


def _shift(value: str, n: int, unit: str) -> str | None:
    """The day `n` days, weeks, months or years after (negative: before) the day `value`."""
    if unit in ("day", "week"):
        return _days(value, n * (7 if unit == "week" else 1))
    try:
        d = dt.date.fromisoformat(value)
    except ValueError:
        return None
    months = d.month - 1 + n * (12 if unit == "year" else 1)
    y, m = d.year + months // 12, months % 12 + 1
    try:
        return dt.date(y, m, d.day).isoformat()
    except ValueError:
        return None


def _stem(noun: str) -> str:
    noun = noun.lower()
    return noun[: max(4, len(noun) - 3)] if len(noun) > 5 else noun


_INDEFINITE = re.compile(r"\b(?:an?|another|one)\s+(?:[\w'’\-]+\s+){0,2}$", re.IGNORECASE)
"""Right before a happening's noun: a new one introduced (`killed in a rocket attack`)."""
_ANNIVERSARY_OF = re.compile(
    rf"\b(?:(?P<ord>{_ORDINAL})\s+)?anniversary\s+of\s+(?:the\s+)?(?:[\w'’\-]+\s+){{0,3}}$", re.IGNORECASE
)


def _anniversary_of(text: str, pos: int) -> int | None:
    """For a happening's noun at `pos` named as `the Nth anniversary of the X`: N (0 when no ordinal
    says how many years); None when it is not named so."""
    m = _ANNIVERSARY_OF.search(text, 0, pos)
    if m is None or m.end() != pos:
        return None
    return V.ORDINAL_WORDS.get((m.group("ord") or "").lower(), 0)


def _anchor_date(noun: str, back: list[Sentence], dated: dict[int, list[DateMention]]) -> str | None:
    """The day or day interval of the happening named by `noun` in the latest previous dated sentence
    naming it: the date nearest the noun; `N-day X ended on D` / `N days of X ended ... D` is the
    interval of N days ending on D (`began`/`opened`: starting on D)."""
    stem = _stem(noun)
    if noun.lower() in V.ANCHOR_HEAD_SKIP:
        return None
    rx = re.compile(rf"\b{re.escape(stem)}", re.IGNORECASE)
    if noun.lower() in V.MEETING_NOUNS and not any(rx.search(t.text) for t in back):
        # `a year after the Riga meeting` when only `the summit in Riga` was told: another name of it
        rx = re.compile(r"\b(?:" + "|".join(sorted(re.escape(_stem(n)) for n in V.MEETING_NOUNS)) + ")", re.I)
    named = [t for t in back if rx.search(t.text)]
    definite = [
        t for t in named if any(not _INDEFINITE.search(t.text, 0, m.start()) for m in rx.finditer(t.text))
    ]
    if definite and definite[-1] is not named[-1]:
        # `Two days after the attack`: the attack told as known (`the first anniversary of the missile
        # attack`), not the other one a later sentence introduced (`killed in a rocket attack a day earlier`)
        named = [t for t in named if t.start <= definite[-1].start]
    for t in reversed(named):
        hits = [m.start() for m in rx.finditer(t.text)]
        days = [d for d in dated[t.start] if edtf.precision(d.value) == "day" or "/" in d.value]
        if not days:
            continue
        pos = hits[0]
        d = min(days, key=lambda d: abs(d.start - t.start - pos))
        if "/" in d.value:
            return d.value
        if (years := _anniversary_of(t.text, pos)) is not None:
            # `Today marks the first anniversary of the attack`: the attack was that many years before
            return f"{int(d.value[:4]) - years:04d}{d.value[4:]}" if years else None
        m = re.search(_ANCHOR_LENGTH + re.escape(stem), t.text, re.IGNORECASE)
        n = _number(m.group("len")) if m else None
        if n and 1 < n <= 400:
            if _ANCHOR_END.search(t.text):
                start = _days(d.value, -(n - 1))
                return f"{start}/{d.value}" if start else d.value
            if _ANCHOR_START.search(t.text):
                end = _days(d.value, n - 1)
                return f"{d.value}/{end}" if end else d.value
        return d.value
    return None


def _anchored_dates(article: Article, found: list[DateMention]) -> list[DateMention]:
    """Date mentions for happenings dated relative to another happening of the article, in sentences
    without a date of their own: `on the first day of the attacks` (the attacks' day, + N - 1),
    `the day after the vote` / `on the eve of the summit` (± 1 day), `on the first anniversary of X`
    (the day of a previous sentence marking an anniversary, or X's day + N years), `during the war` /
    `on the sidelines of the summit` (the happening's day or interval), and a sentence whose subject
    is the happening (`The G20 Summit adopted ...`, short events only). The anchor is the latest
    previous dated sentence naming the happening's noun (`attack` ~ `attacks`); a phrase inside a
    quotation is ignored. The mention's surface is the phrase and it is `relative`."""
    dated: dict[int, list[DateMention]] = {}
    for d in found:
        dated.setdefault(d.sentence.start, []).append(d)
    out: list[DateMention] = []
    back: list[Sentence] = []
    for s in article.sentences:
        text = _QUOTED.sub(lambda q: " " * len(q.group()), s.text)
        if s.start in dated:
            # `In January X declined ..., and it skipped the summit a year after the meeting`: an explicit
            # offset in another clause of a dated sentence
            hit = _anchored(text, back, dated, offsets_only=True)
            own = dated[s.start]
            back.append(s)
            if hit is None or any(d.start - s.start < hit[2] and hit[1] < d.end - s.start for d in own):
                continue
        else:
            hit = _anchored(text, back, dated)
        if hit is None:
            continue
        value, a, b = hit
        surface = s.text[a:b]
        mention = DateMention(
            value=value, surface=surface, start=s.start + a, end=s.start + b, sentence=s, relative=True
        )
        out.append(mention)
    return out


def _anchored(
    text: str, back: list[Sentence], dated: dict[int, list[DateMention]], offsets_only: bool = False
) -> tuple[str, int, int] | None:
    """(value, start, end) of the first anchored phrase of a sentence's text, or None; with
    `offsets_only`, only `N days/weeks/months/years after/before X` and `the Nth day of X`."""
    if not back:
        return None
    # words the patterns cannot match without (a fast pre-check: most sentences have none of them)
    low = text.lower() if text.isascii() or not any(c in text for c in _CASE_ODD) else None
    m = _ANCHOR_NTH_DAY.search(text) if low is None or "day" in low else None
    if m:
        value = _anchor_date(m.group("noun"), back, dated)
        if value:
            start, _, end = value.partition("/")
            o = m.group("ord").lower()
            if o in ("final", "last", "closing"):
                day = end or start
            else:
                day = _days(start, V.ORDINAL_WORDS.get(o, 1) - 1)
                if day and end and day > end:
                    day = None
            if day:
                return day, m.start(), m.end()
    m = (
        _ANCHOR_AROUND.search(text)
        if low is None or "after" in low or "before" in low or "eve" in low
        else None
    )
    if m and (_APPROXIMATE.search(text, 0, m.start()) or (offsets_only and m.group("noun")[:1].isupper())):
        m = None  # `less than a week after X met`: approximate, or a clause rather than a happening's name
    if m:
        value = _anchor_date(m.group("noun"), back, dated)
        if value:
            start, _, end = value.partition("/")
            if m.group("eve"):
                day = _days(start, -1)
            else:
                n = 1 if m.group("n").lower() in ("the", "a", "an") else _number(m.group("n")) or 1
                unit = m.group("unit").lower().rstrip("s")
                if m.group("n").lower() == "the" and unit != "day":
                    return None  # `the year after the war`: not a day
                sign = 1 if m.group("rel").lower() == "after" else -1
                base = (end or start) if sign > 0 else start
                day = _shift(base, sign * n, unit)
            if day:
                return day, m.start(), m.end()
    if offsets_only:
        return None
    m = _ANCHOR_ANNIVERSARY.search(text) if low is None or "anniversary" in low else None
    if m:
        for t in reversed(back):
            if _ANNIVERSARY_WORD.search(t.text):
                days = [d for d in dated[t.start] if edtf.precision(d.value) == "day"]
                if days:
                    return days[0].value, m.start(), m.end()
        value = _anchor_date(m.group("noun"), back, dated)
        n = V.ORDINAL_WORDS.get((m.group("ord") or "").lower())
        if value and "/" not in value and n:
            return f"{int(value[:4]) + n:04d}{value[4:]}", m.start(), m.end()
    m = _ANCHOR_DURING.search(text)
    if m:
        value = _anchor_date(m.group("noun"), back, dated)
        if value:
            return value, m.start(), m.end()
    m = _ANCHOR_SUBJECT.match(text)
    if m and m.group("noun").lower() in V.SHORT_EVENT_NOUNS:
        value = _anchor_date(m.group("noun"), back, dated)
        if value:
            return value, m.end("np"), m.end("np")  # no surface: the subject stays in the title
    return None
