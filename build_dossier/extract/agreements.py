"""Agreements: curated, named and described; resolved to one agreement per real agreement per article.

Evidence, in order:

1. Curated `Knowledge.agreements` (name and aliases) anywhere in the text: the curated name, date and
   parties win.
2. Named agreements: a capitalised phrase ending in an agreement noun (`Kora Declaration`,
   `New Delhi Declaration`, `Paris Agreement`, `Minsk Protocol`), a head-first name (`Treaty of Kars`),
   or a capitalised name before a lowercase noun (`the Kora agreement` -> `Kora Agreement`).
3. Described agreements: an agreement noun (`agreement`, `deal`, `ceasefire`, `truce`, `statement`,
   `declaration`, `treaty`, `pact`, ...) with a qualifier (`trilateral`, `joint`, `peace`, `humanitarian`,
   `free trade`, `X-brokered`), a signing verb (`signed`, `reached`, `agreed on`), parties or a date.
   `statement`/`declaration` need `joint`/`trilateral` or a signing verb (a press statement is not an
   agreement). Bare plurals (`agreements`) are skipped; a counted plural after a signing verb
   (`signed three agreements`) is ONE record for the signed set (`Three agreements of 25 September 2023`),
   dated by the signing date or a sentence-opening date phrase. Indefinite mentions (`a deal`) need a date,
   a signing verb or a broker, except: `a joint/trilateral statement` (a document of several parties by
   nature) and a planned treaty (`sign a peace treaty`, `negotiations on a peace agreement`): the
   instrument under negotiation between the parties is a real, undated agreement record (`Peace treaty`),
   the way an article that follows the negotiations names it; generic plans (`sign an agreement`) stay out.

Naming scheme for described agreements (so consolidation can merge them across articles):

    `<Kind> of <D Month YYYY>`      `Trilateral statement of 9 November 2020`, `Ceasefire agreement of 1994`
    `<Kind> between <A> and <B>`    when undated but the parties are known
    `<Kind>`                        otherwise

Kind is one of `vocab.agreements.KINDS` labels (`Trilateral statement`, `Joint statement`, `Peace agreement`,
`Ceasefire agreement`, `Humanitarian ceasefire`, `Free trade agreement`, `Peace treaty`, ...) or `Agreement`.
Inside one article every mention of the main family (trilateral/joint statement, peace, ceasefire, generic
agreement) whose dates agree (within 3 days) is one agreement, named by the most specific kind
(`KIND_PRIORITY`) and dated by its first dated mention. Across articles the consolidation stage should
merge described agreements whose kinds are in the same family, whose dates are within 3 days and whose
parties overlap; a curated agreement with a date within one day (and overlapping parties) replaces the
described name here already.

Parties: countries (names, capitals `between Baku and Yerevan`, demonyms `the Azerbaijani, Russian and
Armenian leaders`) and organisations listed after `between/by/of/with/among`, or named before the signing
verb. The mediator (`Russian-brokered`, `with Russia's mediation`) is ADDED to the parties (a broker
usually co-signs, as with trilateral statements); the name stays mediator-free.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from build_dossier import edtf
from build_dossier.curate import Knowledge, KnownAgreement
from build_dossier.extract.dates import date_lists
from build_dossier.extract.places import country_of_capital, country_of_demonym, is_country
from build_dossier.models import ActorMention, AgreementMention, Article, DateMention, Sentence
from build_dossier.vocab import agreements as V
from build_dossier.vocab.people import KNOWN_ORG_ACRONYMS

try:
    from build_dossier.extract.dates import extract_dates as _extract_dates
except ImportError:  # pragma: no cover - until the dates stage lands
    _extract_dates = None

_WORD = r"[A-Z][\w'’\-]*"
_NAMED = re.compile(
    rf"\b(?:(?:The|the)\s+)?((?:{_WORD}\s+)+?(?:{'|'.join(h.title() for h in V.NAMED_HEADS)})"
    rf"(?:\s+on\s+(?:the\s+)?(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun))"
    rf"{_WORD}(?:\s+(?:of\s+)?{_WORD})*)?)\b"
)
_NAME_SIGNED = re.compile(
    r"\b(?:The|the)\s+((?:[A-Z][\w'’\-]*\s+){1,4}[A-Z][\w'’\-]*)\s+(?:was|were)\s+(?:signed|concluded|ratified)\b"
)
"""`the Falepili Union was signed`: a capitalised name followed by its signing."""
_TRADE_AREA = re.compile(r"\b((?:[A-Z][\w\-]*\s+(?:and\s+)?){0,4}Free\s+Trade\s+Area)\b")
_AGREED_WORD = re.compile(r"\b(?:agreed|adopted|reached|signed|endorsed)\b")
_FACILITY = re.compile(r"\b((?:[A-Z][\w\-]*\s+){1,4}Facility)\b")
_CONN = "|".join(sorted(V.HEAD_FIRST_CONNECTORS - {"and"}))
_HEAD_FIRST = re.compile(
    rf"\b((?:{'|'.join(h.title() for h in V.HEAD_FIRST)})\s+(?:of|on)\s+(?:(?:the|a|an)\s+)?{_WORD}"
    rf"(?:\s+(?:and\s+|(?:(?:{_CONN})\s+)*){_WORD})*)"
)
_NAME_LIST = re.compile(
    rf"(?:,\s+{_WORD}(?:\s+{_WORD})*)+,?\s+and\s+{_WORD}(?:\s+(?:(?:of|on|in|for|the)\s+)*{_WORD})*"
)
"""The rest of a head-first name that lists its subjects (`… on Friendship, Cooperation and Mutual
Assistance`)."""
_OF_MONTH = re.compile(
    r"\s+(?:of|on|in)\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?.*$"
)
_NOUN = re.compile(
    r"\b("
    + "|".join(
        f"[{n[0].upper()}{n[0]}]{re.escape(n[1:])}"
        for n in sorted(V.NOUNS | V.PLURAL_SKIP, key=len, reverse=True)
    )
    + r")\b"
)
"""An agreement noun, lower-case or capitalised (`the Regulations on joint activities of the commissions`)."""
_COUNTED = re.compile(
    r"\b(?:" + "|".join(sorted(V.SIGNING_VERBS, key=len, reverse=True)) + r")\s+(?:the\s+)?"
    r"(?P<n>" + "|".join(V.COUNT_WORDS) + r"|\d{1,2})\s+(?:[\w\-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PLANNED = re.compile(
    r"\b(?:" + "|".join(V.PLANNED_VERBS) + r")\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){0,3}$", re.IGNORECASE
)
_LIST_ITEM = r"(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*"
_PARTY_LIST = re.compile(
    rf"\b(?:between|by|among|of|with)\s+({_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})*(?:\s*,?\s+and\s+{_LIST_ITEM})?)"
)
_SIGN = re.compile(r"\b(" + "|".join(sorted(V.SIGNING_VERBS, key=len, reverse=True)) + r")\b")
_SIGNED_AFTER = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:,\s*(?:worth|valued\s+at|estimated\s+at)\s+[^,;.]{1,60},\s*)?(?:was\s+|were\s+|,\s*(?:which|that)\s+(?:was\s+|were\s+)?|,\s*"
    # `a memorandum that the Ministry of Economy signed with ...`: a relative clause with its own subject
    r"|,?\s*(?:that|which)\s+(?:the\s+)?(?:(?!(?:will|would|to|be|not|may|might|could|should)\b)[\w'’\-]+\s+){1,6}?"
    r"(?:has\s+|have\s+|had\s+)?)?"
    r"(?:then\s+|also\s+|later\s+|\w+ly\s+)?(signed|adopted|reached|inked|concluded|brokered|agreed)\b"
)
_ISSUED_AFTER = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+)?(?:was\s+|were\s+)?(issued|released|adopted|published)\b"
)
"""`a communique issued at the close of the summit`: a meeting's document, issued as others are signed."""
_SIGNED_BY = re.compile(
    r"\s*(?:[^,;.]{1,120}?\s+)?,?\s*(?:(?:which|that)\s+)?"
    r"(?:was\s+|were\s+)?(?:signed|issued|announced|adopted|concluded|inked|mediated|brokered|reached)\s+by\s+"
    r"[^;.]{3,160}?"
    r"(?:\s+in\s+[A-Z][\w\-]+)?\s+(?:on|in)\s*$"
)
_NAME_AND = re.compile(r"(?:^|\b(?:the|The)\s+)((?:[A-Z][\w'’\-]*\s+){1,3})and\s+$")
_REPORTED_ON = re.compile(r"\b(?:said|announced|told\s+[\w\s]{1,30}?|reported|confirmed)\s+(?:on\s+)?$")
_TO_BE_SIGNED = re.compile(r"\s*(?:would|will|could|can|should|must|is\s+to|are\s+to)\s+be\s+signed\b")
_SIGN_DATES = re.compile(
    r"\b(" + "|".join(sorted(V.SIGNING_VERBS - V.LATER_STEP_VERBS, key=len, reverse=True)) + r")\b"
)
"""Verbs whose date is the signing date: not a later ratification or approval."""
_NOT_TODAY = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:signed|inked|concluded|adopted)\b|\b(?:earlier|ago|previously|long)\b(?!-)",
    re.IGNORECASE,
)
_ISSUED = re.compile(r"\b(?:issued|released|published|adopted|agreed)\s+(?:on|in)?\s*$")
_WHERE_SIGNED = re.compile(
    r",\s*where\s+[^;.]*?\b(?:signed|adopted|inked|concluded|reached)\s+(?:an?|the)\s+(?:[\w'’\-]+\s+){0,3}"
)
"""`on October 6, 2022, where the leaders adopted a quadrilateral statement`: that day is the signing."""
_ISSUED_STATEMENT = re.compile(r"\b(?:issued|released|published|made)\b")
"""Verbs that date a joint statement or declaration as signing verbs date other agreements."""
_EVENT_POSSESSIVE = re.compile(r"\b(?:after|before|since|following)\s+(?:the\s+)?[\w\-]+['’]s?\s+$")
"""`after Azerbaijan's <September> offensive`: a date that belongs to another happening."""
_WHICH = re.compile(r",\s*(?:which|that)\s")
_BY_AUTHORS_ON = re.compile(r"\s+by\s+(?:the\s+)?[^,;.]{3,110}?\s+on\s+$")
"""`a joint statement by the offices of A and B on December 7, 2023`: its authors, then its day."""
_FIGHTING_ENDED = re.compile(
    r"\b(?:fighting|hostilities|clashes|offensive|operation|war|shelling)\s+(?:was\s+|were\s+)?"
    r"(?:stopped|ended|halted|ceased|suspended)\s+(?:on\s+)?$"
)
"""`The fighting stopped <the following day> after an agreement …`: the day the fighting ended is the day of
the agreement that ended it."""
_PASSIVE_SIGNED = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been)\s+(?:signed|concluded|adopted|reached|inked)\s+(?:on|in)?\s*$"
)
_IN_FORCE = re.compile(
    r",?\s*(?:that|which)\s+(?:came|entered|went)\s+into\s+(?:force|effect)\s+(?:on|in)?\s*"
    r"|,?\s*(?:that|which)\s+took\s+effect\s+(?:on|in)?\s*"
    # `the statement that ended the 44-day war between A and B in November 2020`
    r"|,?\s*(?:that|which)\s+(?:ended|halted|stopped)\s+(?:the\s+)?[\w\-]*\s*(?:war|fighting|hostilities|conflict)"
    r"(?:\s+(?:between|in|over)\s+[A-Z][^,;.]{0,50}?)?\s+(?:on|in)\s*"
)
_BROKER = re.compile(r"\b([A-Z][\w]+)[-\s](?:brokered|mediated|sponsored)\b")
_MEDIATION = re.compile(
    r"\b([A-Z][\w]+)['’]s?\s+(?:mediation|brokering|auspices)\b"
    r"|\b(?:brokered|mediated|sponsored) by\s+(?:the\s+)?([A-Z]\w+(?:\s+[A-Z]\w+)*)"
)
_MEDIATED_AFTER = re.compile(r"\s+(?:brokered|mediated|sponsored) by\s+((?:the\s+)?[A-Z]\w+(?:\s+[A-Z]\w+)*)")
_AWARD = re.compile(r"\b(?:" + "|".join(V.AWARD_VERBS) + r")\b")
_SIGNED_WITH = re.compile(
    r"\s*,?\s*(?:(?:that|which)\s+(?:was\s+|were\s+|it\s+|they\s+)?)?(?:signed|concluded|inked|struck|reached)"
    r"\s+with\s+((?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]*)*)"
)
"""`the agreement signed with the Formula Group`: the other party, named after a signing participle."""
_SIGNED_IN_CITY_AFTER = re.compile(
    r"\s*,?\s*(?:(?:that|which)\s+(?:was\s+|it\s+|they\s+)?)?(?P<verb>signed|concluded|reached|adopted)"
    r"(?:\s+by\s+[^.;:()]{1,160}?,?)?\s+in\s+(?P<city>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b(?!\s+[A-Z])"
)
"""`the agreement signed in Budapest`, `an agreement reached by the envoys, A and B, in Vienna`: the city the
instrument is known by, after a signing participle and its agents."""
_WITH_PARTY = re.compile(
    r"\s+with\s+((?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w'’\-]*)*)"
)


_MODIFIERS = frozenset(w for _label, triggers in V.KINDS for t in triggers for w in t.split()) | {
    "temporary",
    "bilateral",
}


@dataclass(frozen=True, kw_only=True)
class _Raw:
    name: str | None
    """Named agreement name; None for described ones."""
    kind: str
    start: int
    end: int
    sentence: Sentence
    date: str | None
    parties: tuple[str, ...]
    known: bool = False
    specific: bool = False
    """Said what it is about (`a pact to develop economic ties`): its own agreement, not an earlier one's."""
    head: str = ""
    """The agreement noun of an `anaphor` (`the contract`), matched against earlier named instruments."""
    indefinite: bool = False
    """`a protocol was signed`: a new agreement, never an earlier one's mention unless a stated date
    says which."""
    counted: bool = False
    """A counted signed set (`signed three agreements`)."""
    inferred: bool = False
    """Dated by the publication day only (`have signed a deal` in today's news), not by a stated date."""


def _country(word: str) -> str | None:
    word = re.sub(r"^the\s+", "", word.strip(), flags=re.IGNORECASE)
    return is_country(word) or country_of_capital(word) or country_of_demonym(word)


def _party_names(chunk: str, orgs: dict[str, str]) -> list[str]:
    """Countries and organisations named in a list like `Armenia, Azerbaijan and Russia`."""
    out: list[str] = []
    for item in re.split(r"\s*,\s*|\s+and\s+", chunk):
        item = re.sub(r"^the\s+", "", item.strip())
        words = item.split()
        if not words:
            continue
        name = _country(item) or _country(words[0]) or orgs.get(item.lower())
        if name and name not in out:
            out.append(name)
    return out


_PAIR_MODIFIER = re.compile(r"(?<![\w\-–])([A-Z][\w'’]+)[\-–]([A-Z][\w'’]+)\s+(?:[a-z][\w\-]*\s+){0,2}$")


def _parties(s: Sentence, a: int, b: int, orgs: dict[str, str], named: bool = False) -> tuple[str, ...]:
    """Parties of the agreement noun at sentence offsets [a, b), mediator included."""
    text = s.text
    out: list[str] = []
    if pm := _PAIR_MODIFIER.search(text[max(0, a - 60) : a]):
        # `the Türkiye-EU customs union`, `the Armenian–Turkish protocols`: the joined names are the parties
        names = [_country(n) or orgs.get(n.lower()) or KNOWN_ORG_ACRONYMS.get(n) for n in pm.group(1, 2)]
        if all(names):
            out += [n for n in names if n and n not in out]
    after = text[b : b + 140]
    m = _PARTY_LIST.search(after)
    if m and (
        m.start() < 12
        or re.match(
            r"\s*(?:\([^)]*\)\s*)?(?:was\s+)?(?:signed|agreed|reached|concluded)\s+(?:\w+\s+){0,3}$",
            after[: m.start()],
        )
    ):
        out += _party_names(m.group(1), orgs)
    before = text[:a]
    signs = list(_SIGN.finditer(before))
    sm = signs[-1] if signs else None
    if sm is not None:
        subject = re.split(r"—|--|\)", before[max(0, sm.start() - 80) : sm.start()])[-1]
        subject = subject.split(",")[-1] if not re.search(r"\band\b", subject.split(",")[-1]) else subject
        for cand in re.findall(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*", subject):
            cand = re.sub(r"^The\s+", "", cand)
            name = is_country(cand) or orgs.get(cand.lower())
            if name and name not in out:
                out.append(name)
    if named:
        return tuple(out)
    for bm in _BROKER.finditer(text[max(0, a - 40) : b + 10]):  # mediator
        name = _country(bm.group(1))
        if name and name not in out:
            out.append(name)
    for mm in _MEDIATION.finditer(text[max(0, a - 120) : b + 60]):
        name = _country(mm.group(1) or mm.group(2))
        if name and name not in out:
            out.append(name)
    return tuple(out)


_PERIOD_BEFORE = re.compile(r"\b(?:for|covering|through|until|till|to)\s+(?:the\s+)?(?:period\s+|years\s+)?$")


def _date_for(s: Sentence, a: int, b: int, dates: list[DateMention]) -> str | None:
    """The signing date of the agreement phrase at sentence offsets [a, b).

    A date inside the phrase (`the 1994 ceasefire agreement`), right after it (`agreement on Nov. 10`), or
    linked to it by a signing verb (`signed between Baku and Yerevan on Nov. 10`).
    """
    best, dist = None, 10**6
    in_force: str | None = None
    """The date the agreement took effect: its date when no signing date is given."""
    pre = s.text[max(0, a - 40) : a]
    signed_before = bool(
        re.search(
            r"\b(signed|inked|concluded|adopted|struck|reached|adoption|signing|to\s+sign|will\s+sign)\b", pre
        )
        or re.search(r"\bapproved\s+(?:a|an)\s+$", pre)  # `the IMF approved a loan arrangement`
    )
    for d in dates:
        da, db = d.start - s.start, d.end - s.start
        if a <= da and db <= b:
            if _PERIOD_BEFORE.search(s.text, a, da):
                continue  # `a roadmap for 2024-2026`: the years it covers, not its signing
            return d.value
        if da <= a and b <= db and d.relative:
            return (
                d.value
            )  # `on Nov. 11, a day after the ceasefire agreement ended the war`: its clause's day
        if db <= a:
            between, gap = s.text[db:a], a - db
        elif da >= b:
            between, gap = s.text[b:da], da - b
        else:
            continue
        ended_after = (
            db <= a
            and gap <= 12
            and re.fullmatch(r"\s+after\s+(?:a|an|the)\s+", between) is not None
            and _FIGHTING_ENDED.search(s.text, max(0, da - 60), da) is not None
        )
        if not ended_after and re.search(
            r"\b(effective|expire|expires|until|deadline|later|after|before|starting)\b|;", between
        ):
            continue
        if _EVENT_POSSESSIVE.search(s.text, max(0, da - 60), da):
            continue  # `a month after Azerbaijan's September offensive`: another happening's date
        if da >= b and _PERIOD_BEFORE.search(between):
            continue  # `a roadmap for cooperation for 2024-2026`: the years it covers
        linked = re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?:on|of|in|dated)?\s*,?\s*", between) is not None
        if linked and d.relative and da >= b and not between.strip():
            linked = False  # `comments on the peace agreement last week`: the handing over, not the signing
        verb = _SIGN_DATES.search(between) is not None or (signed_before and (da >= b or gap <= 60))
        if _ISSUED_STATEMENT.search(between) and re.search(r"(?i)\b(?:statement|declaration)$", s.text[a:b]):
            verb = True  # `On Oct. 1, the presidents of A, B and C issued a joint statement`
        if da >= b and gap <= 80 and _ISSUED.search(between) and "," not in between:
            linked = True  # `the joint statement of A and B issued last Thursday`
        if (
            da >= b
            and _BY_AUTHORS_ON.fullmatch(between)
            and re.search(r"(?i)\b(?:statement|declaration)$", s.text[a:b])
        ):
            linked = True  # `a joint statement by the offices of A and B on December 7, 2023`
        if da >= b and gap <= 260 and _PASSIVE_SIGNED.search(between) and "," not in _WHICH.sub(" ", between):
            linked = True  # `The agreement between A and B on <a long topic> was signed on May 12, 2010`
        if da >= b and gap <= 220 and _SIGNED_BY.match(between):
            linked = True  # `a memorandum signed by then-Minister A and his counterpart B on Nov. 11, 2020`
        if da >= b and gap <= 120 and _ENDED_FIGHTING.fullmatch(between):
            linked = True  # `the ceasefire agreement that stopped the war in and around X on November 10`
        if db <= a and gap <= 12 and re.fullmatch(r"\s+with\s+(?:a|an|the)\s+", between):
            linked = True  # `the fighting ended the next day with a ceasefire agreement`
        if (
            db <= a
            and gap <= 30
            and re.fullmatch(r"\s+(?:that|which)\s+(?:ended|was\s+ended)\s+with\s+(?:a|an|the)\s+", between)
            and edtf.precision(d.value) == "year"
        ):
            linked = True  # `a six-week war in 2020 that ended with a ceasefire agreement`: that year
        if ended_after:
            linked = True  # `the fighting stopped the following day after an agreement was reached`
        if db <= a and gap <= 260 and _WHERE_SIGNED.fullmatch(between):
            linked = True  # `at the meeting in Prague on October 6, 2022, where A and B adopted a statement`
        if " than " in between:
            continue  # `the text is much more agreed than it was a month ago`: a comparison, not a signing
        long_signed = verb and gap <= 170 and _SIGN_DATES.search(between) and not re.search(r"[,;]", between)
        if (linked or (verb and gap <= 110) or long_signed) and gap < dist:
            best, dist = d.value, gap
            # `a month earlier, on Feb. 8`: the stated day refines the offset
            finer = next(
                (e for e in dates if 0 <= e.start - d.end <= 6 and e.value.startswith(d.value + "-")), None
            )
            if finer is not None and re.fullmatch(
                r",?\s*(?:on\s+)?", s.text[d.end - s.start : finer.start - s.start]
            ):
                best = finer.value
        elif da >= b and gap <= 100 and in_force is None and _IN_FORCE.fullmatch(between):
            in_force = d.value  # `a ceasefire that came into force on May 12, 1994`
    return best or in_force


def _signed_today(
    article: Article,
    s: Sentence,
    a: int,
    dates: list[DateMention],
    b: int | None = None,
    approved: bool = False,
) -> str | None:
    """The publication day for `the ministers signed a <Name>` (or `a protocol was signed`, with `b` the
    end of the agreement phrase) in a sentence without any date of its own: a news report's undated past
    signing is the day's news. When the sentence dates only the report of it (`has signed a loan
    agreement, the mayor said on Oct. 22`), that day."""
    verbs = "signed|inked|concluded|adopted" + ("|approved|endorsed" if approved else "")
    before = re.search(
        rf"\b(?:{verbs})\s+(?:were\s+)?(?:[^;]*(?:,|\s(?:as well as|and))\s+)?"
        r"(?:a|an|the)\s+[“\"‘']?$",
        s.text[:a],
    )
    after = b is not None and re.match(
        r"\s*(?:(?:was|were|has\s+been|have\s+been)\s+(?:then\s+|also\s+|later\s+|\w+ly\s+)?signed\b"
        r"|signed\s+(?:in|at)\s+[A-Z]|signed\s+by\b)",
        s.text[b:],
    )  # `a protocol was signed`, `under a supply agreement signed in Lindora, …`
    if not (before or after):
        return None
    if _NOT_TODAY.search(s.text):
        return None  # `had signed a trade agreement years earlier`: not the day's news
    if any(d.start - s.start < a for d in dates):
        return _leading_date(s, dates)  # `Following the talks, the ministers signed a X and a Y`
    for d in dates:
        if _REPORTED_ON.search(s.text[: d.start - s.start]) and edtf.precision(d.value) == "day":
            return d.value
    published = getattr(article.published, "value", None)
    return published if isinstance(published, str) and edtf.precision(published) == "day" else None


_APPROVED_AFTER = re.compile(r"[^.;]{0,80}?\bapproved\b[^.;]{0,80}?\b(?:on|in)\s+$")


def _approved_loan(s: Sentence, name: str, lb: int, dates: list[DateMention]) -> str | None:
    """A lender's loan programme (`the Stand-By Arrangement, which was approved by the IMF Executive Board
    on December 12, 2022`) is concluded when its board approves it: that day (for other agreements an
    approval is a later step, not the signing)."""
    if name.split()[-1].lower() not in V.LOAN_HEADS:
        return None
    for d in dates:
        if d.start - s.start >= lb and _APPROVED_AFTER.fullmatch(s.text, lb, d.start - s.start):
            return d.value
    return None


def _coordinated_date(s: Sentence, pre: str, raws: list[_Raw]) -> str | None:
    """`signed an agreement on X as well as a memorandum on Y`: the date of the instrument it is
    coordinated with, in the same sentence."""
    if not re.search(r"\b(?:as\s+well\s+as|and)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}$", pre):
        return None
    last = raws[-1] if raws else None
    return last.date if last is not None and last.sentence is s and last.end <= s.end else None


def _opening_date(s: Sentence, dates: list[DateMention]) -> str | None:
    """The date of an opening adverbial of any precision (`In October 2023, …`), when the sentence has no
    other date before its main clause's signing."""
    m = re.match(
        r"\W*(?:(?:Also|Earlier|Later|Separately|Meanwhile),?\s+(?:in|on)|In|On|By|Later\s+in|Early\s+in)\s+",
        s.text,
    )
    if m is None:
        return None
    d = next((d for d in dates if d.start - s.start == m.end()), None)
    if d is None or not re.match(r"\s*,", s.text[d.end - s.start :]):
        return None
    return d.value


def _leading_date(s: Sentence, dates: list[DateMention]) -> str | None:
    """The date of a sentence-opening date phrase (`On Monday, ...`, `Before the press conference, ...`)."""
    for d in dates:
        if d.start - s.start <= 3 and edtf.precision(d.value) == "day":
            return d.value
    return None


_KIND_PATTERNS = tuple(
    (label, re.compile(r"\b(?:" + "|".join(re.escape(t) for t in sorted(triggers)) + r")\b"))
    for label, triggers in V.KINDS
)


def _kind(np: str) -> str:
    low = np.lower()
    for label, pattern in _KIND_PATTERNS:
        if pattern.search(low):
            return label
    return "Agreement"


@functools.lru_cache(maxsize=8)
def _known_patterns(
    agreements: tuple[KnownAgreement, ...],
) -> tuple[tuple[KnownAgreement, re.Pattern[str]], ...]:
    """One compiled pattern per curated agreement (name or any alias, spaces or hyphens between words)."""
    out = []
    for ka in agreements:
        alternatives = (
            r"[\s\-]+".join(re.escape(w) for w in alias.split())
            for alias in sorted({ka.name, *ka.aliases}, key=lambda a: (-len(a), a))
        )
        out.append((ka, re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)))
    return tuple(out)


_AGREED_TO = re.compile(
    r"(?P<subj>\b[\w'’\-]+)\s+(?:have\s+|had\s+|has\s+)?agreed\s+(?:(?P<gap>(?:on|in)\s+[^,;:]{3,25}?\s+)?"
    r"(?=to\s+(?P<verb>[a-z]+)\b)|(?=on\s+(?:the|a|an)\s+(?P<thing>[a-z]+)\b)"
    r"|(?P<gap2>(?:on|in)\s+[^,;:]{3,25}?\s+)?(?=that\s+(?P<clause>[A-Za-z])))"
)
_AT_MEETING = re.compile(
    r"\W*(?:At|During|After|Following|In)\s+(?:their|the)\s+[^,;]{0,60}?\b(?:meeting|talks|summit|"
    r"negotiations|session|round)\b[^;]{0,60}?,\s+they\s"
)
"""`At their fourth meeting in Vienna on July 1, 2022, they agreed to …`: the parties who met."""
_COMMITTED = re.compile(r"\b(?:would|will|should|shall|must)\s+(?:also\s+|not\s+|jointly\s+)?([a-z]+)")
"""A commitment in an agreed that-clause (`that the guards would leave`), and what is to be done."""
_PAIR_BEFORE = re.compile(r"\b[A-Z][\w'’\-]+\s+and\s+(?:[A-Z][\w'’\-]*\s+){0,4}$")
"""`Lirov and Finance Minister Tomas ` before `Verde agreed`: two named parties."""
_THAT_CLAUSE = re.compile(
    r"that\s+((?:[\w'’\-]+\s+){2,13}?[\w'’\-]+)(?=\s*[,.;:]|\s+(?:in|on|at|after|where|which|who|while)\s|$)"
)


def _agreed_to(
    s: Sentence, dates: list[DateMention], orgs: dict[str, str]
) -> list[tuple[str, int, int, str | None]]:
    """`(name, start, end, date)` for parties that agreed to do something (`the envoys agreed to open the
    land border`, `Armenia agreed on April 19 to hand over four villages`): an agreement named by what was
    agreed. The subject must be a country or a plural of negotiating parties and the sentence must date it;
    meeting again, continuing talks and the like are not agreements."""
    out = []
    text = s.text
    for m in _AGREED_TO.finditer(text):
        subj = m.group("subj")
        pair = subj[:1].isupper() and _PAIR_BEFORE.search(text, 0, m.start("subj")) is not None
        met = subj.lower() == "they" and _AT_MEETING.match(text) is not None
        if not (subj.lower() in V.AGREEING_PARTIES or is_country(subj) or pair or met):
            continue
        if m.group("verb") in V.NOT_AGREED_ACTS or m.group("thing") in V.NOT_AGREED_THINGS:
            continue
        obj = _NEXT_WORD.match(text, m.end() + len("to exchange")) if m.group("verb") == "exchange" else None
        if obj is not None and obj.group(1).lower() in V.NOT_AGREED_EXCHANGES:
            continue  # `agreed to exchange views`
        if _inside_quote(text, m.start()):
            continue
        if m.group("clause"):
            # `A and B agreed in Moscow that the guards would leave posts along the border`
            that = _THAT_CLAUSE.match(text, m.end())
            act = _COMMITTED.search(that.group(1)) if that else None
            if that is None or act is None or act.group(1).lower() in V.NOT_AGREED_ACTS:
                continue  # `agreed that the report was wrong`: a shared view; `that talks would continue`
            topic = (" " + that.group(0), "that " + that.group(1))
            end = that.end()
        else:
            topic = _topic(text, m.end() - 1)
            if topic is None or any(w[:1].isupper() and w.lower() in V.NAMED_HEADS for w in topic[1].split()):
                # a long clause is named by its first words (and leaves a named agreement in it alone)
                topic = _first_words(text, m.end() - 1) or topic
            if topic is None:
                continue
            end = m.end() - 1 + len(topic[0])
        date = None
        gap = "gap" if m.group("gap") else "gap2" if m.group("gap2") else None
        if gap:
            date = next((d.value for d in dates if m.start(gap) <= d.start - s.start < m.end(gap)), None)
        if date is None:
            before = [d for d in dates if d.start - s.start < m.start()]
            opening = re.match(r"[^,;]*,", text)  # `At the summit in Prague in October 2022, the leaders …`
            opens = opening is not None and len(before) == 1 and before[0].end - s.start <= opening.end()
            date = (
                before[0].value
                if len(before) == 1 and (len(dates) == 1 or m.group("clause") or opens)
                else None
            )
        if date is None:
            continue  # `Azerbaijan agreed to provide an additional 10 days`: a concession, not a dated deal
        out.append((f"Agreement {topic[1]}", s.start + m.start("subj"), s.start + end, date))
    return out


_AS_AGREED = re.compile(r"\bas\s+(?:was\s+|had\s+been\s+)?agreed\s+(?:at|during|in|by)\b[^.;]{0,90}")


def _as_agreed(s: Sentence, dates: list[DateMention]) -> list[tuple[int, int, str]]:
    """`(start, end, date)` of `as agreed at his talks with X in Moscow on May 8`: an agreement of that
    day."""
    out = []
    for m in _AS_AGREED.finditer(s.text):
        for d in dates:
            if m.start() < d.start - s.start < m.end() and edtf.precision(d.value) == "day":
                out.append((s.start + m.start(), d.end, d.value))
                break
    return out


def _inside_quote(text: str, at: int) -> bool:
    """True when `at` is inside an open double quotation of the sentence."""
    before = text[:at]
    return (before.count('"') % 2 == 1) or before.count("“") > before.count("”")


def _city_date(article: Article, city: str, dates: list[DateMention]) -> str | None:
    """The day of the article's meeting in `city` (`at a meeting in Prague on October 6, 2022`) for an
    undated set of documents named after it; None when the article gives no such day or several."""
    days = set()
    for m in re.finditer(rf"\bin\s+{re.escape(city)}\b", article.text):
        for d in dates:
            gap = article.text[m.end() : d.start]
            near = 0 <= d.start - m.end() <= 6 and re.fullmatch(r",?\s*(?:on\s+)?", gap)
            if near and edtf.is_valid(d.value) and edtf.precision(d.value) == "day":
                days.add(d.value)
    return days.pop() if len(days) == 1 else None


def _named(s: Sentence, orgs: dict[str, str]) -> list[tuple[str, int, int, str | None]]:
    out = []
    text = s.text
    for m in _NAMED.finditer("" if _title_case(text) else text):
        name = m.group(1)
        words = name.split()
        head = words[-1].lower()
        while words and (
            words[0].lower() in {"the", "a", "an", "this", "that", "under", "in", "on", "by", "with"}
            or words[0].lower().endswith(("-brokered", "-mediated"))
        ):
            words = words[1:]
        if len(words) < 2:
            continue
        if (
            head in V.NAMED_REQUIRES_CONTEXT
            and words[0].lower() not in {"joint", "trilateral", "tripartite"}
            and not (head in V.NAMED_AGREED_HEADS and _AGREED_WORD.search(text))
        ):
            continue
        name = " ".join(words)
        start = s.start + m.end(1) - len(name)
        # `the Defence and Economic Cooperation Framework Agreement`: one name across `and`
        joined = _NAME_AND.search(text[: start - s.start])
        if joined and not any(_country(w) for w in joined.group(1).split()):
            name = f"{joined.group(1)}and {name}"
            start = s.start + joined.start(1)
        out.append((name, start, s.start + m.end(1), None))
    for m in _NAME_SIGNED.finditer(text):
        # `The Falepili Union was signed in November`: a name of any head is a document once signed
        name = m.group(1)
        if name.split()[-1].lower() in V.NAMED_HEADS or _country(name):
            continue
        if re.search(r"\b(?:on|of|for|about|in|to|with|under|from|over)\s+$", text[: m.start()]):
            continue  # `the agreement on the Green Corridor was signed`: the topic, not the document
        out.append((name, s.start + m.start(1), s.start + m.end(1), None))
    for m in _TRADE_AREA.finditer(text):
        # `a Deep and Comprehensive Free Trade Area (DCFTA)`: a trade agreement by its own name
        out.append((m.group(1), s.start + m.start(1), s.start + m.end(1), None))
    for m in _FACILITY.finditer(text):
        # `the Extended Fund Facility`: an IMF loan programme, an agreement with the lender
        if any(w.lower() in V.LOAN_FACILITY_WORDS for w in m.group(1).split()[:-1]):
            out.append((m.group(1), s.start + m.start(1), s.start + m.end(1), None))
    for m in _HEAD_FIRST.finditer(text):
        name = m.group(1)
        if " and " in name and name.split()[-1].lower() in V.NAMED_HEADS:
            name = name.split(" and ")[0]  # `the Treaty of Kars and the Paris Agreement`: two names
        elif (more := _NAME_LIST.match(text, m.end(1))) and not any(
            _country(item) for item in re.split(r",\s*|\s+and\s+", more.group(0)) if item.strip()
        ):
            name += more.group(0)  # `the Treaty on Friendship, Cooperation and Mutual Assistance`
        if cut := _OF_MONTH.search(name):
            name = name[: cut.start()]  # `the Treaty of Moscow of March 16, 1921`: the date is no name
        if len(name.split()) < 3:
            continue
        out.append((name, s.start + m.start(1), s.start + m.start(1) + len(name), None))
    # `the Kora agreement`: a capitalised non-country name right before a lowercase noun
    for m in re.finditer(
        r"\b(?:the|The)\s+[‘'“\"]?((?:[A-Z][\w'’]*\+?(?:-[a-z]\w*)?[’'”\"]?\s+)+)"
        r"(agreement|declaration|treaty|accord|protocol|pact|accords|protocols|agreements)\b",
        text,
    ):
        mod = m.group(1).strip().strip("‘'“”’\"")
        hyphen = "-" in mod and re.search(r"-[a-z]", mod) is None
        if hyphen or re.search(r"-(?:brokered|mediated|sponsored|backed|led)\b", mod) or mod.lower() in orgs:
            continue
        if "-" not in mod and any(is_country(w) or country_of_demonym(w) for w in (mod, mod.split()[0])):
            continue  # `the Azerbaijani agreement`: a party, not a name; a capital names it (`Minsk`)
        head = m.group(2) if m.group(2).endswith("s") else m.group(2).title()
        out.append((f"{mod} {head}", s.start + m.start(1), s.start + m.end(2), None))
    # `the agreements reached in Prague`, `Protocols signed ... in Zurich`: a set of documents is known by
    # the city where it was signed (`Prague agreements`, `Zurich protocols`)
    for m in _SIGNED_IN_CITY.finditer(text):
        for city in (m.group("city"), m.group("city2")):
            if city and not is_country(city) and not _DATE_WORD.match(city + " "):
                first = city == m.group("city")
                at, end = (m.start(), m.end("city")) if first else (m.start("city2"), m.end())
                out.append((f"{city} {m.group('noun').lower()}", s.start + at, s.start + end, city))
    return out


_OF_MEETING_SIGNED = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,8}?(?:meeting|session|sitting|talks|commission)\b"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w\-]+\s+){0,5}?[\w\-]+)?(?=\s+(?:was|were|has\s+been|have\s+been)\s+signed\b)"
)
"""`the protocol of the 6th meeting of the commission` before `was signed`: the meeting's own document."""
_SIGNED_THE = re.compile(r"\b(?:signed|inked)\s+the\s+$")
_DOCUMENT_SIGNED = re.compile(
    r"\b[Tt]he\s+(?:document|documents|text)\s+(?:was|were|has\s+been|had\s+been)\s+signed\b"
)
"""`The document was signed yesterday`: a later sentence dating the instrument just named."""

_SIGNED_IN_CITY = re.compile(
    r"\b(?P<noun>[Aa]greements|[Pp]rotocols|[Aa]ccords|[Dd]eclarations|[Ss]tatements|[Dd]eals|[Rr]oadmap)\s+"
    r"(?:(?:that|which)\s+(?:were|had\s+been)\s+)?(?:signed|reached|concluded|adopted|agreed)"
    r"(?:\s+by\s+[^,.;:]{1,60}?)?\s+(?:in|at)\s+(?P<city>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
    r"(?:\s+and\s+(?P<city2>[A-Z][a-z]+(?:-[A-Z][a-z]+)?))?\b"
)


def extract_agreements(
    article: Article,
    knowledge: Knowledge,
    actors: tuple[ActorMention, ...],
    dates: tuple[DateMention, ...] | None = None,
) -> tuple[AgreementMention, ...]:
    """Every agreement mention of the article, each carrying its resolved name, date and parties.

    `dates` are the article's date mentions when already extracted (else they are extracted here)."""
    if dates is not None:
        dates_all = list(dates)
    else:
        dates_all = list(_extract_dates(article, knowledge)) if _extract_dates is not None else []
    orgs = {a.name.lower(): a.name for a in actors if a.kind in ("organization", "country")}
    orgs.update({a.surface.lower(): a.name for a in actors if a.kind in ("organization", "country")})
    raws: list[_Raw] = []
    known = _known_patterns(knowledge.agreements)
    for s in article.sentences:
        sdates = _in(s, dates_all)
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int, taken: list[tuple[int, int]] = taken) -> bool:
            return not any(a < y and x < b for x, y in taken)

        for ka, pattern in known:
            for m in pattern.finditer(s.text):
                a, b = s.start + m.start(), s.start + m.end()
                if free(a, b):
                    taken.append((a, b))
                    raws.append(
                        _Raw(
                            name=ka.name,
                            kind="named",
                            start=a,
                            end=b,
                            sentence=s,
                            date=ka.date,
                            parties=tuple(ka.parties),
                            known=True,
                        )
                    )
        for name, a, b, city in _named(s, orgs):
            noun_end = a - s.start + len(s.text[a - s.start :].split(maxsplit=1)[0])
            if city and len(_signed_where_when(s, noun_end, sdates)) >= 2:
                continue  # `statements adopted in Moscow on D1 and in Sochi on D2`: each one, below
            if free(a, b):
                taken.append((a, b))
                la, lb = a - s.start, b - s.start
                raws.append(
                    _Raw(
                        name=name,
                        kind="named",
                        start=a,
                        end=b,
                        sentence=s,
                        date=_date_for(s, la, lb, sdates)
                        # `the leaders have approved the Lindora Declaration`: a declaration's adoption
                        or _signed_today(
                            article, s, la, sdates, approved=name.split()[-1].lower() in V.WEAK_NOUNS
                        )
                        or (_city_date(article, city, dates_all) if city else None)
                        or _approved_loan(s, name, lb, sdates),
                        parties=_parties(s, la, lb, orgs, named=True),
                    )
                )
        for name, a, b, date in _agreed_to(s, sdates, orgs):
            if free(a, b):
                taken.append((a, b))
                party = is_country(article.text[a:b].split()[0])
                raws.append(
                    _Raw(
                        name=name, kind="named", start=a, end=b, sentence=s, date=date,
                        parties=(party,) if party else (),
                    )
                )  # fmt: skip
        for m in _DOCUMENT_SIGNED.finditer(s.text):
            a, b = s.start + m.start(), s.start + m.end()
            date = _date_for(s, m.start(), m.end() - len("signed"), sdates)  # `signed yesterday`
            if date and free(a, b):
                # `The document was signed yesterday in Astana`: dates the instrument named before
                taken.append((a, b))
                raws.append(
                    _Raw(
                        name=None,
                        kind="anaphor",
                        start=a,
                        end=b,
                        sentence=s,
                        head="document",
                        date=date,
                        parties=(),
                    )
                )
        for a, b, date in _as_agreed(s, sdates):
            if free(a, b):
                taken.append((a, b))
                raws.append(
                    _Raw(name=None, kind="Agreement", start=a, end=b, sentence=s, date=date, parties=())
                )
        for m in _NOUN.finditer(s.text):
            noun = m.group(1).lower()
            la, lb = m.start(), m.end()
            # extend over a following noun: `cease-fire agreement`, `peace deal`
            nxt = _NOUN.match(s.text, lb + 1) if s.text[lb : lb + 1] == " " else None
            if nxt:
                continue  # the next noun is the head
            if (following := _NEXT_WORD.match(s.text, lb)) and following.group(
                1
            ).lower() in V.MODIFIER_BEFORE:
                continue  # `ceasefire monitoring centre`, `peace talks`: the agreement word is a modifier
            # noun phrase before the head, back to a determiner or preposition
            pre = s.text[max(0, la - 80) : la]
            if re.search(r"\b(?:[Aa]ny|[Nn]o|[Ee]very)\s+$", pre):
                continue  # `any ceasefire must be tied to …`: no particular agreement
            if noun in {"ceasefire", "cease-fire", "truce", "armistice"} and _TOPIC_OF_INSTRUMENT.search(pre):
                continue  # `a joint statement on a complete ceasefire`: the statement's topic
            dets = list(
                re.finditer(
                    r"(?<![\w\-])(?:a|an|the|its|their|his|her|this|that|on|of|with|to|for|by|in|under|"
                    r"sign|signs|signed)\s",
                    pre,
                    re.IGNORECASE,
                )
            )
            if dets:
                tail = pre[dets[-1].end() :]
            else:
                words: list[str] = []
                for w in reversed(pre.split()[-3:]):
                    if not (w[:1].isupper() or "-" in w or w.isdigit() or w.lower() in _MODIFIERS):
                        break
                    words.insert(0, w)
                tail = " ".join(words) + " " if words else ""
            # `the November 9, 2020 trilateral statement`: a date between determiner and noun is its day
            lead = next(
                (d for d in sdates if d.start - s.start == la - len(tail) and d.end - s.start < la), None
            )
            if lead is not None:
                tail = s.text[lead.end - s.start : la].lstrip()
            if len(tail.split()) > 5 or re.search(r"[,;:“”\"]", tail):
                tail = ""
            np = tail + s.text[la:lb]
            det = _nearest_determiner(pre)
            a, b = s.start + lb - len(np), s.start + lb
            if lead is not None and tail:
                a = lead.start  # the mention keeps its date (`the 1994 ceasefire agreement`)
            if not free(a, b):
                continue
            if re.search(r"\b(?:press|news|media)\b", np, re.IGNORECASE):
                continue  # `a joint press statement`: an appearance before the press, not a document
            # the signing verb may follow what the instrument is about (`the declaration on allied
            # interaction signed by ...`, `a memorandum of understanding signed by ...`)
            skip = _MEMORANDUM_OF.match(s.text, lb) if noun == "memorandum" else None
            pos = skip.end() if skip else lb
            if pair := _BETWEEN_PAIR.match(s.text, pos):
                pos = pair.end()  # `a memorandum between A and B on <topic>, which was signed in …`
            about = _topic(s.text, pos)
            after_at = pos + (len(about[0]) if about else 0)
            after = s.text[after_at:][:110]
            signed_after = _SIGNED_AFTER.match(after)
            issued = noun in V.ISSUED_NOUNS and signed_after is None and bool(_ISSUED_AFTER.match(after))
            if issued:
                signed_after = _ISSUED_AFTER.match(after)  # `a communique issued at the close of the summit`
            signed_before = re.search(
                r"\b(signed|reached|agreed on|agreed to|agreed|struck|concluded|inked|adopted|"
                r"welcomed|hailed|approved|ratified|(?:due|set|expected|scheduled|going|plan|plans)\s+to\s+sign"
                r"|will\s+sign)\s+(?:[\w\-]+\s+){0,6}$",
                pre,
            )  # (`are due to sign a memorandum in Kestel on Thursday`: the planned signing's day)
            # `Among the documents signed were a X, a Y and a Z`: each listed document is signed
            signed_before = signed_before or _SIGNED_LIST.search(pre)
            kind = _kind(
                np + " " + s.text[lb : lb + 30] if noun in {"ceasefire", "cease-fire", "truce"} else np
            )
            if noun == "memorandum":
                kind = "Memorandum of understanding"  # `the quadrilateral memorandum`: a memorandum still
            qualified = kind != "Agreement" or bool(_BROKER.search(np))
            counted = _COUNTED.search(pre) if noun in V.PLURAL_SKIP else None
            if counted and free(a, b):
                # `signed three agreements`: one record for the signed set, dated by the signing
                cnt = counted.group("n")
                na = max(0, la - 80) + counted.start("n")
                ca = s.start + na
                date = _date_for(s, na, lb, sdates) or _leading_date(s, sdates)
                name = f"{cnt[:1].upper()}{cnt[1:]} {noun}"
                name = f"{name} of {edtf.display(date)}" if date else name
                taken.append((ca, b))
                parties = _parties(s, la, lb, orgs)
                raws.append(
                    _Raw(
                        name=name, kind="named", start=ca, end=b, sentence=s, date=date, parties=parties,
                        counted=True,
                    )
                )  # fmt: skip
                # `signed three memoranda on X, Y and Z`, `… The documents concern X, Y and Z`: each one
                raws += _listed_documents(article, s, noun, lb, cnt, date, parties, sdates)
                continue
            if kind in V.STANDING_KINDS and free(a, b):
                # `the Türkiye-EU customs union`: a standing arrangement, named by its parties; a bare `the
                # customs union` is the one the article named before
                parties = _parties(s, la, lb, orgs)
                ps = sorted(parties)
                name = f"{kind} between {', '.join(ps[:-1])} and {ps[-1]}" if len(ps) >= 2 else kind
                if len(ps) < 2:
                    name = next((r.name for r in reversed(raws) if r.name and r.name.startswith(kind)), name)
                taken.append((a, b))
                raws.append(
                    _Raw(name=name, kind="named", start=a, end=b, sentence=s, date=None, parties=parties)
                )
                continue
            placed = _signed_where_when(s, lb, sdates) if noun in V.PLURAL_SKIP else []
            if len(placed) >= 2:
                # `the statements adopted in Moscow on January 11, 2021, and in Sochi on November 26,
                # 2021`: one agreement per place and day, named by the article's own words
                taken.append((a, b))
                parties = _parties(s, la, lb, orgs)
                singular = np[:-1] if np.endswith("s") else np
                for verb, city, d in placed:
                    where = f" in {city}" if city else ""
                    name = f"{singular[:1].upper()}{singular[1:]} {verb}{where} on {edtf.display(d.value)}"
                    raws.append(
                        _Raw(
                            name=name, kind="named", start=a, end=b, sentence=s, date=d.value, parties=parties
                        )
                    )
                continue
            listed = _listed_dates(s, lb, sdates) if noun in V.PLURAL_SKIP else []
            if (
                listed
                and kind == "Agreement"
                and not _PLAIN_LIST_OPEN.fullmatch(s.text, lb, listed[0].start - s.start)
            ):
                listed = []  # `the statements of D1 and D2`; a long gap only after a kind (`trilateral`)
            if len(listed) >= 2:
                # `the trilateral statements of November 9, 2020, January 11, 2021 and October 31, 2022`:
                # one agreement per listed date
                taken.append((a, b))
                parties = _parties(s, la, lb, orgs)
                for d in listed:
                    raws.append(
                        _Raw(name=None, kind=kind, start=a, end=b, sentence=s, date=d.value, parties=parties)
                    )
                continue
            if noun in V.PLURAL_SKIP and (kind in ("Agreement", "Joint statement") or noun == "statements"):
                if signed_before is not None and signed_before.group(1) in {"signed", "inked", "concluded"}:
                    # `signed memoranda of understanding on X, Y and Z`: one per listed topic
                    date = _date_for(s, la, lb, sdates) or _signed_today(article, s, la, sdates)
                    raws += _listed_documents(
                        article, s, noun, lb, None, date, _parties(s, la, lb, orgs), sdates, same_only=True
                    )
                if (typed := _typed_set(article, s, noun, la, lb, sdates)) is not None and free(*typed[1:3]):
                    # `signed implementation agreements for three solar plants`, `power purchase agreements
                    # for the plants are expected to be signed`: one record for the set of that type
                    name, ta, tb, date = typed
                    taken.append((ta, tb))
                    raws.append(
                        _Raw(
                            name=name, kind="named", start=ta, end=tb, sentence=s, date=date,
                            parties=_parties(s, la, lb, orgs),
                        )
                    )  # fmt: skip
                continue  # `three agreements`: several unnamed agreements; `humanitarian ceasefires` are kept
            if noun in V.SIGNED_ONLY_NOUNS and not (
                signed_before or signed_after or (noun == "contract" and _AWARD.search(s.text))
            ):
                if (bilateral := _bilateral(s.text, np, lb, noun)) is not None and free(a, b):
                    # `supplies under a swap arrangement with Iran`: an instrument between two countries
                    name, end, country = bilateral
                    taken.append((a, s.start + end))
                    parties = _parties(s, la, end, orgs)
                    raws.append(
                        _Raw(
                            name=name, kind="named", start=a, end=s.start + end, sentence=s,
                            date=_date_for(s, la, end, sdates),
                            parties=parties + ((country,) if country and country not in parties else ()),
                        )
                    )  # fmt: skip
                continue  # an employment contract, a security arrangement: only a signed one is an agreement
            if (
                noun in V.SIGNED_ONLY_NOUNS
                and det not in {"a", "an"}
                and np == s.text[la:lb]
                and not (_topic(s.text, lb) or ("", ""))[1].startswith("on ")
            ):
                # `The contract was signed in March 2015`: the instrument named earlier, now dated
                if free(a, b):
                    taken.append((a, b))
                    raws.append(
                        _Raw(
                            name=None, kind="anaphor", start=a, end=b, sentence=s, head=noun,
                            date=_date_for(s, la, lb, sdates), parties=(),
                        )
                    )  # fmt: skip
                continue
            leaders = _LEADERS_OF.match(s.text, lb) if noun in V.WEAK_NOUNS and det == "the" else None
            if leaders:
                # `the statement of the leaders of A, B and C of 11 January 2021`: an agreement told by
                # its authors, named by the article's own words
                end = leaders.end()
                date = _date_for(s, la, end, sdates)
                name = f"{noun.capitalize()}{leaders.group(0)}"
                name = f"{name} of {edtf.display(date)}" if date else name
                taken.append((a, s.start + end))
                raws.append(
                    _Raw(
                        name=name, kind="named", start=a, end=s.start + end, sentence=s, date=date,
                        parties=_parties(s, la, end, orgs),
                    )
                )  # fmt: skip
                continue
            signed_by_parties = signed_before is not None and (
                (signed_before.groups() or ("",))[0] in {"signed", "inked", "concluded"}
                # `the three leaders met in X and adopted a statement on Y`: a statement of several parties
                or (
                    (signed_before.groups() or ("",))[0] == "adopted"
                    and _JOINT_AUTHORS.search(pre) is not None
                )
            )
            if noun in V.WEAK_NOUNS and not (
                _implemented(s, pre, np, la, lb, sdates)  # `deployed under the statement of 10 May 2019`
                or kind in V.STATEMENT_KINDS
                or kind in V.SETTLEMENT_KINDS
                or _BROKER.search(np)
                or signed_after
                or signed_by_parties  # `A and B signed a nonbinding declaration in 2002`
            ):
                # `the statement` is no agreement; `the Russian-brokered ceasefire statement` is one
                continue
            if (
                re.search(
                    r"\b(in|said in|issued)\s+(a|an|its|their)\s+(?!joint\b|trilateral\b)(\w+\s)?$", pre
                )
                is not None
                and noun == "statement"
            ):
                continue
            date = (
                (lead.value if lead is not None and tail else None)
                or _date_for(s, lb - len(np), lb, sdates)
                or _afterwards(s, lb, sdates, dates_all)
                # `The contract for X, worth Y, was signed in 2010`: the day right after the late verb
                or (_date_after(s, after_at + signed_after.end(), sdates) if signed_after else None)
                # `In October 2023, less than a month after X, A and B signed an agreement on …`
                or (_opening_date(s, sdates) if signed_before and "sign" in signed_before.group(0) else None)
                or _coordinated_date(s, pre, raws)
            )
            parties = _parties(s, la, lb, orgs)
            special = _special_name(
                s, np, lb, det, noun, parties, bool(date or signed_before or signed_after)
            )
            if special is None and noun in V.SIGNED_ONLY_NOUNS:
                date = date or _signed_today(article, s, lb - len(np), sdates)
                special = _instrument_name(s, np, la, lb, det, noun, date)
                if special is None:
                    continue
            if special is not None:
                name, end, extra = special
                date = date or _signed_today(article, s, lb - len(np), sdates, end)
                taken.append((a, s.start + end))
                parties = parties + tuple(p for p in extra if p not in parties)
                raws.append(
                    _Raw(
                        name=name, kind="named", start=a, end=s.start + end, sentence=s, date=date,
                        parties=parties,
                    )
                )  # fmt: skip
                continue
            generic = kind == "Agreement" and noun not in V.PLURAL_SKIP
            topic = _topic(s.text, lb) if det in {"a", "an"} and generic else None
            if topic and _SIGN_PLAN.search(s.text, 0, lb - len(np)) and not date:
                # `to sign a deal on creating a centre`: a planned, specific agreement, named by what it
                # is about, undated, never merged with a signed one
                end = s.start + lb + len(topic[0])
                name = f"{s.text[la:lb].capitalize()} {topic[1]}"
                taken.append((a, end))
                raws.append(
                    _Raw(name=name, kind="named", start=a, end=end, sentence=s, date=None, parties=parties)
                )
                continue
            if topic:
                b = s.start + lb + len(topic[0])  # `a pact to develop economic ties`: the words say what
            acronym = re.match(r"\s*\(([A-Z][A-Z0-9+\-]{1,7})\)", s.text[lb:])
            if acronym and det in {"a", "an", "the"} and len(np.split()) >= 2 and kind == "Agreement":
                # `a deferred settlement agreement (DSA)`: an instrument with a name of its own
                end = s.start + lb + acronym.end()
                taken.append((a, end))
                raws.append(
                    _Raw(
                        name=f"{np[:1].upper()}{np[1:]}", kind="named", start=a, end=end, sentence=s,
                        date=date, parties=parties,
                    )
                )  # fmt: skip
                continue
            planned = kind in V.PLANNED_KINDS and (_PLANNED.search(pre) or _TO_BE_SIGNED.match(after))
            joint = kind in V.STATEMENT_KINDS
            settled = kind in V.SETTLEMENT_KINDS and _BETWEEN_PAIR.match(s.text, lb) is not None
            if det in {"a", "an"} and not (
                date or signed_before or signed_after or _BROKER.search(np) or planned or joint or settled
            ):  # `a ceasefire agreement between A and B` is one without a date
                continue
            if not (
                qualified or signed_after or signed_before or parties or date or det in {"the", "its", "this"}
            ):
                continue
            own = _own_name(s.text, np, la, lb, noun, det, kind, bool(signed_before or signed_after or date))
            if own is not None:
                # `the agreement on the Green Energy Corridor`, `a gas sales and purchase agreement`: an
                # instrument with a name of its own, never merged by kind with others of its day
                name, end = own
                # `the Agreement between A and B on <topic>, signed in Baku on 3 September 2010`
                date = date or _date_for(s, la, end, sdates)
                date = date or _signed_today(article, s, lb - len(np), sdates, end)
                taken.append((a, s.start + end))
                raws.append(
                    _Raw(
                        name=name,
                        kind="named",
                        start=a,
                        end=s.start + end,
                        sentence=s,
                        date=date,
                        parties=parties,
                    )
                )
                continue
            partner = _SIGNED_WITH.match(s.text, lb) if kind == "Agreement" and len(parties) < 2 else None
            if partner is not None and noun not in V.PLURAL_SKIP:
                # `the agreement signed with the Formula Group earlier this year`: named by its partner
                end = s.start + partner.end()
                country = _country(partner.group(1))
                taken.append((a, end))
                raws.append(
                    _Raw(
                        name=f"{np[:1].upper()}{np[1:]} with {country or partner.group(1)}", kind="named",
                        start=a, end=end, sentence=s, date=date,
                        parties=parties + ((country,) if country and country not in parties else ()),
                    )
                )  # fmt: skip
                continue
            city = _SIGNED_IN_CITY_AFTER.match(s.text, lb) if kind == "Agreement" and det else None
            city_date = (date or _date_for(s, la, city.end(), sdates)) if city is not None else None
            if (
                city is not None
                and noun not in V.PLURAL_SKIP
                and not is_country(city.group("city"))
                and not _DATE_WORD.match(city.group("city") + " ")
                # `The protocol, signed in Geneva by …`: undated, the protocol the article named before
                and not (
                    det == "the"
                    and city_date is None
                    and any(
                        noun in article.text[r.start : r.end].lower().split() or r.head == noun for r in raws
                    )
                )
            ):
                # `the agreement signed in Budapest in April last year`, `the deal reached in Lindos`: an
                # earlier instrument known by where it was made, named by the article's own words
                end = s.start + city.end()
                taken.append((a, end))
                name = f"{np[:1].upper()}{np[1:]} {city.group('verb')} in {city.group('city')}"
                raws.append(
                    _Raw(
                        name=name, kind="named", start=a, end=end, sentence=s,
                        date=city_date, parties=parties,
                    )
                )  # fmt: skip
                continue
            taken.append((a, b))
            if planned and det in {"a", "an"} and not signed_after:
                # a planned instrument: its own record, never merged with a signed agreement
                raws.append(
                    _Raw(name=kind, kind="named", start=a, end=b, sentence=s, date=None, parties=parties)
                )
                continue
            if om := _OF_MEETING_SIGNED.match(s.text, lb):
                # `the protocol of the 6th meeting of the commission was signed`: the meeting's signing
                date = date or _signed_today(article, s, lb - len(np), sdates, om.end())
            elif det in {"a", "an"} or _SIGNED_THE.search(s.text, 0, lb - len(np)):
                # `the co-chairs signed the protocol of the meeting`: today's signing, told definitely
                date = date or _signed_today(article, s, lb - len(np), sdates, skip.end() if skip else lb)
            if date and (by := _MADE_BY_ON.match(s.text, lb)):
                # `a deal reached by the two countries' envoys on July 1, 2022`: the article's own words
                b = next((d.end for d in sdates if d.start - s.start == by.end() and d.value == date), b)
            if issued:
                date = date or _today(article, s, sdates)  # `A communique issued at the close of the summit`
            raws.append(
                _Raw(
                    name=None, kind=kind, start=a, end=b, sentence=s, date=date, parties=parties,
                    specific=topic is not None, indefinite=det in {"a", "an"},
                )
            )  # fmt: skip
    published = getattr(article.published, "value", None)
    raws = [
        replace(r, inferred=True)
        if r.date
        and r.date == published
        and not any(
            d.value == published and not _REPORTED_ON.search(r.sentence.text, 0, d.start - r.sentence.start)
            for d in _in(r.sentence, dates_all)
        )  # `has signed a contract …, the company said Wednesday`: the report's day, a weak signing date
        else r
        for r in raws
    ]
    return _same_day(article, _resolve(article, _counted_once(raws), knowledge))


def _counted_once(raws: list[_Raw]) -> list[_Raw]:
    """`sign three memoranda` (a headline) and `signed three memoranda on Tuesday`: one signed set, named and
    dated by its dated mention when the article tells only one such set."""
    counted = [r for r in raws if r.counted]
    out = []
    for r in raws:
        dated = {x.name for x in counted if x.date and x.name and x.name.startswith(f"{r.name} of ")}
        if r.counted and r.date is None and len(dated) == 1:
            x = next(x for x in counted if x.name in dated)
            r = replace(r, name=x.name, date=x.date, parties=r.parties or x.parties)
        out.append(r)
    return out


_COUNT_VALUES = {w: i for i, w in enumerate(V.COUNT_WORDS[:11], start=2)}
_DOCUMENTS_CONCERN = re.compile(
    r"(?:The|These|All|Both)\s+(?:[\w\-]+\s+){0,2}(?:documents|memoranda|agreements|deals)\s+(?:"
    + "|".join(V.LISTED_TOPIC_VERBS)
    + r")\s+(?P<list>[^.;:]+)"
)
_LIST_AFTER = re.compile(
    r"(?:\s+of\s+(?:understanding|cooperation|intent))?(?:\s+between\s+[^,;.:]{3,60}?)?"
    r"\s+(?:on|covering|concerning|regarding|in\s+the\s+(?:fields?|areas?|spheres?)\s+of)\s+(?P<list>[^.;:]+)"
)


def _listed_documents(
    article: Article,
    s: Sentence,
    noun: str,
    lb: int,
    count: str | None,
    date: str | None,
    parties: tuple[str, ...],
    dates: list[DateMention],
    same_only: bool = False,
) -> list[_Raw]:
    """One record per topic of a signed set listed after it, in its sentence (`signed three memoranda on X, Y
    and Z`) or the next (`The documents concern X, Y and Z`); a count must agree with the list."""
    want = _COUNT_VALUES.get(count.lower()) if count and not count.isdigit() else None
    want = int(count) if count and count.isdigit() else want
    found: list[tuple[Sentence, int, str]] = []
    if (m := _LIST_AFTER.match(s.text, lb)) and not _DATE_WORD.match(m.group("list")):
        text = m.group("list")
        cut = min(
            (max(0, d.start - s.start - m.start("list")) for d in dates if d.end - s.start > m.start("list")),
            default=len(text),
        )  # the list ends at the signing day (`on health and tourism on Tuesday`)
        text = re.sub(r"\s+(?:on|in|at)$", "", text[:cut].rstrip(" ,"))
        found.append((s, m.start("list"), text))
    if not same_only:
        nxt = next((t for t in article.sentences if t.start >= s.end), None)
        if nxt is not None and (m := _DOCUMENTS_CONCERN.match(nxt.text)):
            found.append((nxt, m.start("list"), m.group("list").rstrip(" ,")))
    head = V.LISTED_SINGULAR.get(noun)
    chosen = next(
        (
            (sent, at, text, items)
            for sent, at, text in found
            if head is not None
            and len(items := _split_list(text)) >= 2
            and (want is None or len(items) == want)
        ),
        None,
    )
    if chosen is None:
        return []
    sent, at, text, items = chosen
    out = []
    for item in items:
        ia = sent.start + at + text.index(item)
        topic = re.sub(r"^(?:the|a|an)\s+", "", item)
        name = f"{head} on {topic}"
        out.append(
            _Raw(
                name=name,
                kind="named",
                start=ia,
                end=ia + len(item),
                sentence=sent,
                date=date,
                parties=parties,
            )
        )
    return out


def _split_list(text: str) -> list[str]:
    """`X, Y, and Z` / `X, Y and Z` / `X and Y` -> items (an `and` inside the last item of an Oxford-comma
    list stays: `construction and maintenance of highways`)."""
    parts = [p.strip() for p in re.split(r",\s*", text) if p.strip()]
    if not parts:
        return []
    if len(parts) >= 2 and parts[-1].startswith("and "):
        parts[-1] = parts[-1][4:]
    elif " and " in parts[-1]:
        head, _, tail = parts[-1].rpartition(" and ")
        parts[-1:] = [head, tail]
    if any(len(p.split()) > 20 or not p[:1].isalpha() for p in parts):
        return []
    return parts


def _today(article: Article, s: Sentence, dates: list[DateMention]) -> str | None:
    """The publication day for a sentence telling the day's news without a date of its own (`have signed
    …`, `a communique issued at the close of the summit`); none for a sentence with a date or `earlier`."""
    if dates or _NOT_TODAY.search(s.text):
        return None
    published = getattr(article.published, "value", None)
    return published if isinstance(published, str) and edtf.precision(published) == "day" else None


_TYPED_SET = re.compile(
    r"(?:^|\b(?P<verb>signed|inked|concluded|sign|signing)\s+)(?P<mod>(?:[A-Za-z][a-z\-]+\s+){1,3})$"
)
_SET_TO_BE_SIGNED = re.compile(
    r"\s*(?:(?:are|were|is)\s+(?:expected|due|set|scheduled|planned|likely|going)\s+to"
    r"|would|will|could|should|are\s+to)\s+be\s+signed\b"
)


def _typed_set(
    article: Article, s: Sentence, noun: str, la: int, lb: int, dates: list[DateMention]
) -> tuple[str, int, int, str | None] | None:
    """`(name, start, end, date)` of a set of agreements of one type with a topic, signed or to be signed
    (`signed implementation agreements for three solar plants`, `Power purchase agreements for the new
    plants are expected to be signed`); a bare or counted set (`signed agreements`) is none."""
    if noun not in {"agreements", "memoranda", "contracts"}:
        return None
    m = _TYPED_SET.search(s.text, 0, la)
    if m is None:
        return None
    mod = m.group("mod").split()
    if any(w.lower() in V.SET_NOT_TYPE for w in mod) or (m.group("verb") is None and m.start() != 0):
        return None
    topic = _topic(s.text, lb)
    if topic is None or not topic[1].startswith(("for ", "on ")):
        return None
    end = lb + len(topic[0])
    planned = _SET_TO_BE_SIGNED.match(s.text, end) is not None
    if not (planned or (m.group("verb") or "").startswith(("signed", "inked", "concluded"))):
        return None
    ma = m.start("mod")
    date = None if planned else (_date_for(s, ma, end, dates) or _today(article, s, dates))
    words = " ".join(mod)
    name = f"{words[:1].upper()}{words[1:]} {s.text[la:lb].lower()} {topic[1]}"
    return name, s.start + ma, s.start + end, date


_MADE_BY_ON = re.compile(r"\s+(?:reached|signed|concluded|struck|agreed)\s+by\s+[^,;.:()]{3,80}?\s+on\s+")
_IMPLEMENTED_UNDER = re.compile(r"\b(?:" + "|".join(V.IMPLEMENTED_UNDER) + r")\s+the\s+$", re.IGNORECASE)
_OF_DAY = re.compile(r"\s+of\s+")


def _implemented(s: Sentence, pre: str, np: str, la: int, lb: int, dates: list[DateMention]) -> bool:
    """`troops deployed under the statement of 10 May 2019`: a bare statement known by its day and acted
    upon is an instrument, not a press statement."""
    if np != s.text[la:lb] or not _IMPLEMENTED_UNDER.search(pre):
        return False
    of = _OF_DAY.match(s.text, lb)
    return of is not None and any(
        d.start - s.start == of.end() and edtf.precision(d.value) == "day" and not d.relative for d in dates
    )


_SAME_DAY_AS = re.compile(r"\s+signed\s+on\s+the\s+same\s+day\s+as\s+(?:the\s+|a\s+)?")


def _same_day(article: Article, mentions: tuple[AgreementMention, ...]) -> tuple[AgreementMention, ...]:
    """`a framework agreement signed on the same day as the Kestel memorandum`: the date of the agreement
    named after `as`, when that one is dated."""
    dates: dict[str, str] = {}
    for m in mentions:
        if m.date is not None:
            continue
        same = _SAME_DAY_AS.match(article.text, m.end)
        other = next((o for o in mentions if same and o.start == same.end() and o.date), None)
        if other is not None and other.date:
            dates[m.name] = other.date
    if not dates:
        return mentions
    return tuple(
        replace(m, date=dates[m.name]) if m.name in dates and m.date is None else m for m in mentions
    )


def _in(s: Sentence, dates: list[DateMention]) -> list[DateMention]:
    """The date mentions that start inside sentence `s`."""
    return [d for d in dates if s.start <= d.start < s.end]


_BILATERAL = re.compile(
    r"\s+(?:with\s+([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?)|between\s+(?:the\s+)?two\s+(?:countries|governments|states)"
    # `the gas-for-electricity swap arrangement in force since 2009`: a standing instrument of its own
    r"|in\s+(?:force|effect|place|operation)\s+(?:since|from)\s+\d{4})"
    r"(?![\w'’\-])"
)


def _bilateral(text: str, np: str, lb: int, noun: str) -> tuple[str, int, str | None] | None:
    """`(name, end offset, partner country)` of an unsigned contract or arrangement told as one between
    countries: `a swap arrangement with Iran`, `the gas-for-electricity swap arrangement between the two
    countries`. A bare `arrangement with X`, or a partner that is not a country, is too vague."""
    m = _BILATERAL.match(text, lb)
    if m is None:
        return None
    head, _end = _instrument_head(text, np, lb, noun)
    if len(head.split()) < 2:
        return None
    if m.group(1) is None:
        return head, lb, None
    country = _country(m.group(1))
    return (f"{head} with {country}", m.end(), country) if country else None


_ENDED_FIGHTING = re.compile(
    r"\s*,?\s*(?:that|which)\s+(?:stopped|ended|halted|froze|brought\s+an\s+end\s+to)\s+(?:the\s+)?"
    r"(?:war|fighting|hostilities|clashes|conflict)\b[^,;.:]{0,80}?\s+(?:on|in)\s+"
)
"""`… that stopped the war in and around X on`: the day a ceasefire ended the fighting is its date."""
_JOINT_AUTHORS = re.compile(
    r"\b(?:two|three|four|five|both)\s+(?:leaders|presidents|heads\s+of\s+state|prime\s+ministers|"
    r"foreign\s+ministers|ministers|sides|countries|governments|parties)\b"
)
"""`the three leaders`, `both sides`: authors whose adopted statement is an agreement between them."""
_TOPIC_OF_INSTRUMENT = re.compile(
    r"\b(?:statement|declaration|agreement|memorandum|protocol|deal)\s+on\s+(?:a|an|the)?\s*(?:[\w-]+\s+){0,2}$"
)
"""`a joint statement on a complete ceasefire`: the ceasefire is what the statement is about, not another
agreement."""
_MEMORANDUM_OF = re.compile(r"\s+of\s+(?:understanding|cooperation|co-operation|intent|intention)\b")
"""`a memorandum of understanding`, `a memorandum of cooperation`: the memorandum's full noun."""


def _instrument_head(text: str, np: str, lb: int, noun: str) -> tuple[str, int]:
    """`(capitalised head, end offset)` of an agreement phrase ending at sentence offset `lb`: leading
    `similar`/`new`/... dropped, `memorandum` extended over `of understanding`."""
    words = np.split()
    while len(words) > 1 and words[0].lower() in V.NAME_DROP_ADJECTIVES:
        words = words[1:]
    end = lb
    if noun == "memorandum" and (mu := _MEMORANDUM_OF.match(text, lb)):
        end = mu.end()
        words.append(mu.group(0).strip())
    head = " ".join(words)
    return head[:1].upper() + head[1:], end


def _own_name(
    text: str, np: str, la: int, lb: int, noun: str, det: str | None, kind: str, signed: bool
) -> tuple[str, int] | None:
    """`(name, end offset)` of a generic agreement phrase that names its instrument: by an `on` topic
    (`the agreement on the Green Energy Corridor`, `a memorandum of understanding on higher education`)
    or, when signed, by three or more lower-case modifiers (`a gas sales and purchase agreement`, not
    `an advanced framework agreement`); None otherwise."""
    if kind not in ("Agreement", "Memorandum of understanding") or noun not in V.TOPIC_NAMED_NOUNS:
        return None
    if det not in _DETERMINERS:
        return None
    head, end = _instrument_head(text, np, lb, noun)
    topic = _topic(text, end)
    if topic and topic[1].startswith("on "):
        return f"{head} {topic[1]}", end + len(topic[0])
    if det in _DETERMINERS and (pm := _BETWEEN_PAIR.match(text, end)):
        # `The agreement between Russia and Turkey on cooperation in ... was signed on May 12, 2010`
        topic = _topic(text, pm.end())
        if topic and topic[1].startswith("on "):
            # the parties stay in the name when short (`between Russia and Turkey`), not when they are
            # governments' full titles (`between the Government of the Republic of A and …`)
            pair = pm.group(0) if len(pm.group(0).split()) <= 6 else ""
            return f"{head}{pair} {topic[1]}", pm.end() + len(topic[0])
    modifiers = [
        w for w in np.split()[:-1] if w.lower() not in _MODIFIERS and w.lower() not in V.NAME_DROP_ADJECTIVES
    ]
    if signed and det in {"a", "an"} and len(modifiers) >= 3 and not any(w[:1].isupper() for w in modifiers):
        return head, end
    return None


_PARTY_ITEM = r"(?:the\s+)?(?:(?:[A-Z]\.){2,3}|[A-Z][\w'’\-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’\-]*)*"
"""A party that may run across `of the` (`the Government of the Republic of Lindora`)."""
_LEADERS_OF = re.compile(
    r"\s+(?:of|by)\s+the\s+(?:leaders|presidents|heads\s+of\s+(?:state|government)|prime\s+ministers"
    r"|foreign\s+ministers)\s+of\s+[A-Z][\w'’\-]*(?:(?:,\s*(?:and\s+)?|\s+and\s+|\s+)[A-Z][\w'’\-]*)*"
)
"""`statement of the leaders of A, B and C`: the authors of a declaration that makes it an agreement."""
_BETWEEN_PAIR = re.compile(rf"\s+between\s+{_PARTY_ITEM}\s+and\s+{_PARTY_ITEM}")
_SIGNED_LIST = re.compile(r"\b(?:signed|inked)\s+(?:were|included|include)\b[^.;:]*$")
_PLAIN_LIST_OPEN = re.compile(r"\s+(?:of|dated|(?:signed|adopted)\s+on)\s+")
_LIST_OPEN = re.compile(r"^[^.;:]{0,90}?\b(?:of|on|dated|from)\s+$")


_PLACED_OPEN = re.compile(
    r"\s+(signed|adopted|reached|concluded|agreed)\s+(?:in\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+)?on\s+$"
)
_PLACED_NEXT = re.compile(
    r",?\s+(?:and\s+|as\s+well\s+as\s+)?(?:(?:those|that|the\s+one)\s+)?(?:(?:signed|adopted|reached)\s+)?"
    r"(?:in\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s+)?on\s+$"
)


def _signed_where_when(s: Sentence, lb: int, dates: list[DateMention]) -> list[tuple[str, str, DateMention]]:
    """(verb, city, day) of each signing listed right after a plural document noun at sentence offset `lb`
    (`statements adopted in Moscow on January 11, 2021, and in Sochi on November 26, 2021`); empty unless
    the first follows the noun directly."""
    days = sorted(
        (
            d
            for d in dates
            if d.start - s.start >= lb and edtf.is_valid(d.value) and edtf.precision(d.value) == "day"
        ),
        key=lambda d: d.start,
    )
    out: list[tuple[str, str, DateMention]] = []
    at, verb = lb, ""
    for d in days:
        gap = s.text[at : d.start - s.start]
        m = (_PLACED_OPEN if not out else _PLACED_NEXT).fullmatch(gap)
        if m is None:
            break
        if not out:
            verb = m.group(1)
        out.append((verb, m.group(2 if not out else 1) or "", d))
        at = d.end - s.start
    return out


def _date_after(s: Sentence, at: int, dates: list[DateMention]) -> str | None:
    """The date told right after sentence offset `at` (`signed| in 2010`, `signed| on May 3`)."""
    for d in dates:
        if re.fullmatch(r"\s+(?:in|on)\s+", s.text[at : d.start - s.start]):
            return d.value
    return None


def _listed_dates(s: Sentence, lb: int, dates: list[DateMention]) -> list[DateMention]:
    """The day dates listed right after a plural document noun at sentence offset `lb` (`statements of
    the leaders of A and B of Nov. 9, 2020, Jan. 11, 2021 and Oct. 31, 2022`)."""
    days = [
        d
        for d in dates
        if d.start - s.start >= lb and edtf.is_valid(d.value) and edtf.precision(d.value) == "day"
    ]
    groups = date_lists(s, days)
    if not groups or not _LIST_OPEN.match(s.text[lb : groups[0][0].start - s.start]):
        return []
    return groups[0]


_NEXT_WORD = re.compile(r"\s+([A-Za-z][\w\-]*)")
_TOPIC = re.compile(
    r"\s+((?:on|to|for|establishing|creating|setting\s+up|providing\s+for)\s+(?:[\w'’\-–]+\s+){0,15}?[\w'’\-–]+)"
    r"(?=\s*[,.;:]|\s+(?:(?:which|that|with|by|between|signed|after|before|was|were|is|are|has|had|will|would)\b"
    r"|in\s+\d|and\s+(?:a|an|the)\s|as\s+well\s+as\s)|$)"
)
_TOPIC_STOP = re.compile(
    r"\s+(?:by|between|with|after|which|that|signed|was|were|is|are|has|had|will|would)\b.*$"
)
_SIGN_PLAN = re.compile(
    r"\b(?:to|will|would|plan(?:s|ned)?\s+to|going\s+to|agreed\s+to|expected\s+to)\s+sign\s+(?:a|an)\s+$",
    re.IGNORECASE,
)


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_DATE_WORD = re.compile(
    rf"(?:\d{{4}}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}|{_MONTH}\s"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    re.IGNORECASE,
)
_DETERMINERS = frozenset({"a", "an", "the", "its", "their", "this", "that"})


def _nearest_determiner(pre: str) -> str:
    """The determiner closest before the noun, within six words (`the two sides signed a` -> `a`)."""
    for word in reversed(pre.split()[-6:]):
        w = word.lower()
        if w in _DETERMINERS:
            return w
        if not re.fullmatch(r"[\w'’\-]+|[$€£¥]?\d[\d.,]*", word):
            break  # punctuation ends the noun phrase; an amount (`a €240 million contract`) does not
    return ""


_TOPIC_WORDS = frozenset({"on", "for", "establishing", "creating", "setting", "providing"})
"""First words of what a signed instrument is about (`an agreement establishing a joint venture`)."""


def _special_name(
    s: Sentence, np: str, lb: int, det: str, noun: str, parties: tuple[str, ...], signed: bool
) -> tuple[str, int, tuple[str, ...]] | None:
    """`(name, end offset in sentence, extra parties)` for an indefinite agreement named by what follows.

    `a contract for 12 unmanned aerial vehicles` (topic), `an investment treaty with Singapore` (party),
    `a deal mediated by the X` (mediator, who is also a party).
    """
    if det not in {"a", "an"} or noun not in V.TOPIC_NAMED_NOUNS:
        return None
    text = s.text
    head, end = _instrument_head(text, np, lb, noun)
    if mm := _MEDIATED_AFTER.match(text, end):
        mediator = mm.group(1)
        country = _country(mediator)
        return f"{head} mediated by {mediator}", mm.end(), (country,) if country else ()
    signed = signed or _AWARD.search(text) is not None
    if not signed:
        return None
    topic = _topic(text, end)
    if topic and (topic[1].split()[0] in _TOPIC_WORDS or noun in V.SIGNED_ONLY_NOUNS):
        return f"{head} {topic[1]}", end + len(topic[0]), ()  # `a contract to extend the port of X`
    if wm := _WITH_PARTY.match(text, end) or _SIGNED_WITH.match(text, end):
        # `an investment treaty with Singapore`, `a contract signed with Boeing last week`
        country = _country(wm.group(1))
        return f"{head} with {country or wm.group(1)}", wm.end(), (country,) if country else ()
    return None


def _instrument_name(
    s: Sentence, np: str, la: int, lb: int, det: str, noun: str, date: str | None
) -> tuple[str, int, tuple[str, ...]] | None:
    """`(name, end offset, extra parties)` of a signed contract or arrangement without a topic: named by
    its own words (`a four-year contract`, `a 36-month stand-by arrangement`, `the regulation on X`) and
    its date, so two contracts of different days stay apart; a bare `a contract` by its date only."""
    text = s.text
    head, end = _instrument_head(text, np, lb, noun)
    topic = _topic(text, end)
    if topic and topic[1].startswith("on "):
        return f"{head} {topic[1]}", end + len(topic[0]), ()
    when = f" of {edtf.display(date)}" if date else ""
    if det not in {"a", "an"}:
        # `The state contract for its construction … was signed in 2010`: its own words and its date
        described = np == np.lower()  # (`after Civil Contract won`: a party's name, no instrument)
        return (f"{head}{when}", end, ()) if date and described and len(head.split()) >= 2 else None
    if len(head.split()) >= 2:
        return f"{head}{when}", end, ()
    return (f"{head}{when}", end, ()) if date else None


_BETWEEN_BEFORE_TOPIC = re.compile(r"\s+between\s+[^,;.:()]{3,120}?(?=\s+on\s)")
_DATE_BEFORE_TOPIC = re.compile(
    rf"\s+on\s+(?:{_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+{_MONTH})(?:,?\s+\d{{4}})?,?(?=\s+on\s)",
    re.IGNORECASE,
)


def _topic(text: str, end: int) -> tuple[str, str] | None:
    """`(matched text, topic)` for `on ...` / `to <verb> ...` / `for ...` right after an agreement noun."""
    at = end
    between = _BETWEEN_BEFORE_TOPIC.match(text, at) if not _TOPIC.match(text, at) else None
    if between and not _BETWEEN_PAIR.fullmatch(between.group(0)):
        # `an agreement between the governments of the two countries on cooperation`; a plain pair (`between A
        # and B on X`) is named with its parties elsewhere
        at = between.end()
    if skip := _DATE_BEFORE_TOPIC.match(text, at):
        at = skip.end()  # `a memorandum on Nov. 11 on a joint centre`: the signing day, then the topic
    m = _TOPIC.match(text, at)
    if not m:
        return None
    topic = _OF_MONTH.sub("", _TOPIC_STOP.sub("", m.group(1)))  # `... field on Jan. 21, 2021`: no topic
    if len(topic.split()) < 3 or _DATE_WORD.match(topic.split(maxsplit=1)[1]):
        return None  # `on November 10`, `on Monday`: a date, not what the agreement is about
    return text[end : at + m.group(0).index(topic) + len(topic)], topic


_FUNCTION_WORDS = frozenset(
    {"on", "the", "of", "a", "an", "in", "at", "to", "and", "for", "with", "by", "from"}
)
_CLAUSE_PREPOSITIONS = frozenset(
    {"on", "in", "at", "under", "after", "before", "during", "since", "within", "until"}
)
_FIRST_WORDS = re.compile(r"\s+(to\s+[a-z]+(?:\s+[\w'’\-]+){2,6})(?=\s)")


def _first_words(text: str, end: int) -> tuple[str, str] | None:
    """`(matched text, topic)`: the first words of a long `to <verb> …` clause that `_topic` finds no end
    for (`agreed to open the land border to third-country nationals visiting the two countries at …`)."""
    m = _FIRST_WORDS.match(text, end)
    if m is None or re.search(r"[,.;:]", m.group(1)):
        return None
    words = m.group(1).split()
    cut = next((i for i, w in enumerate(words) if i >= 4 and w.lower() in _CLAUSE_PREPOSITIONS), None)
    words = words[:cut]  # `to recognise each other's borders` (`on the basis of …`: how, not what)
    while len(words) > 3 and words[-1].lower() in _FUNCTION_WORDS:
        words.pop()  # `… territorial integrity on the`: no dangling preposition or article
    topic = " ".join(words)
    return m.group(0)[: m.group(0).index(m.group(1)) + len(topic)], topic


def _close(a: str | None, b: str | None, days: int = 3) -> bool:
    """True when two EDTF dates may be the same signing (missing dates are compatible)."""
    if not a or not b:
        return True
    ka, kb = edtf.sort_key(a), edtf.sort_key(b)
    if ka[:4] != kb[:4]:
        return False
    if len(ka) >= 10 and len(kb) >= 10 and ka[:7] == kb[:7]:
        return abs(int(ka[8:10]) - int(kb[8:10])) <= days
    if len(ka) >= 7 and len(kb) >= 7:
        return ka[:7] == kb[:7] or (len(ka) >= 10 and len(kb) >= 10 and _near_month_edge(ka, kb, days))
    return True


def _near_month_edge(ka: str, kb: str, days: int) -> bool:
    import datetime as dt

    da = dt.date.fromisoformat(ka[:10])
    db = dt.date.fromisoformat(kb[:10])
    return abs((da - db).days) <= days


def _resolve(article: Article, raws: list[_Raw], knowledge: Knowledge) -> tuple[AgreementMention, ...]:
    """Group mentions of one agreement and give every mention the group's name, date and parties."""
    groups: list[list[_Raw]] = []
    for r in raws:
        target = None
        if r.kind == "anaphor":
            # `The contract was signed in March 2015`: the latest earlier instrument of that noun
            # a dated instrument of a close day first (`signed a protocol …. The document was signed today`),
            # else the latest undated named one
            cands = [
                (g, next((x.date for x in g if x.date), None))
                for g in reversed(groups)
                if (g[0].name is not None and _name_head(g[0].name) == r.head)
                or (r.head == "document" and (g[0].name is not None or g[0].kind != "anaphor"))
            ]
            target = next((g for g, d in cands if d and _close(r.date, d)), None) or next(
                (g for g, d in cands if d is None and g[0].name is not None), None
            )
            if target is not None:
                target.append(r)
            continue
        if r.name is None and r.kind == "Agreement" and r.date and not (r.parties or r.indefinite):
            # `The agreement was signed in Lima on Monday`: dates the instrument named just before
            noun = article.text[r.start : r.end].split()[-1].lower()
            target = next(
                (
                    g
                    for g in reversed(groups)
                    if g[0].name is not None
                    and _name_head(g[0].name) == noun
                    and all(x.date is None or x.inferred for x in g)
                    and r.sentence.paragraph - g[-1].sentence.paragraph <= 1  # not one of paragraphs later
                ),
                None,
            )
            if target is not None and article.text[r.start : r.end].lower() == noun:
                target.append(r)
                continue
        if r.name is None and r.kind == "Agreement" and not (r.date or r.parties or r.indefinite):
            # `The deal sparked protests`: the agreement just mentioned; `the treaty`: the latest treaty
            noun = article.text[r.start : r.end].split()[-1].lower()
            target = next(
                (
                    g
                    for g in reversed(groups)
                    if (noun in V.GENERIC_NOUNS and not _standing(g)) or _mentions(article, g, noun)
                ),
                None,
            )
            if target is not None:
                target.append(r)
                continue
        noun = article.text[r.start : r.end].split()[-1].lower()
        if r.name is None and r.date is None and not r.indefinite and noun in V.WEAK_NOUNS:
            # `the final declaration` in an article about the one named `Lindora Declaration`: that one
            same = [g for g in groups if g[0].name is not None and g[0].name.lower().endswith(noun)]
            if len(same) == 1:
                same[0].append(r)
                continue
        # an undated description (`the same agreement`, `the ceasefire`) is the latest one mentioned;
        # an indefinite one (`a protocol was signed`) is a new one
        for g in reversed(groups) if r.name is None and r.date is None else groups:
            if r.indefinite and r.inferred and g[0].sentence != r.sentence:
                break  # `a protocol was signed` today: new; `a ceasefire signed on Nov. 10`: known
            head = g[0]
            if r.indefinite and any(x.indefinite and x.sentence == r.sentence for x in g):
                continue  # `a memorandum on X and an agreement on Y were signed`: two documents
            if r.name is not None or head.name is not None:
                if r.name is not None and head.name is not None and r.name.lower() == head.name.lower():
                    target = g
            elif _own_noun(article, head) != _own_noun(article, r):
                pass  # `the treaty` and a joint statement: two instruments, whatever their dates
            elif _plural(article, head) != _plural(article, r) and not (r.date and any(x.date for x in g)):
                pass  # `the trilateral agreements remain …` and `the agreement reached on April 19`: a set
                # told undated is not one of its members
            elif (
                (r.kind in V.FAMILY_MAIN and head.kind in V.FAMILY_MAIN)
                or r.kind == head.kind
                or (
                    "Agreement" in (r.kind, head.kind) and "Humanitarian ceasefire" not in (r.kind, head.kind)
                )
            ):
                gdate = next((x.date for x in g if x.date), None)
                # an undated mention (`the ceasefire`) never gives its group to a dated agreement of
                # another sentence (`two months later ... signed a pact`)
                if _close(r.date, gdate) and not (
                    gdate is None
                    and (
                        r.specific
                        or (r.indefinite and r.date and r.kind not in V.FAMILY_MAIN - {"Agreement"})
                    )
                    and r.sentence != head.sentence
                ):  # `under an agreement signed in 1995`: a new one, not the undated one told before
                    target = g
            if target is not None:
                break
        before = article.text[max(0, r.start - 6) : r.start]
        if (
            target is not None
            and r.date is None
            and _plural(article, r)
            and _plural(article, target[0])
            and target[0].date
        ):
            # `the statements of D1 and D2` … `the ceasefire agreements`: the undated set again, not its
            # last member (which would take the set's other nouns as its name)
            continue
        if target is None and r.name is None and re.search(r",\s+(a|an|the)\s+$", before):
            # `the Kora Declaration on June 15, a pact that ...`: an apposition to a named agreement
            target = next((g for g in groups if g[0].name is not None and g[0].sentence == r.sentence), None)
        if target is None:
            groups.append([r])
        else:
            target.append(r)

    out: list[AgreementMention] = []
    for g in groups:
        # a stated date (`The agreement was signed in Ankara on Monday`) beats the day of the news
        date = next((x.date for x in g if x.date and not x.inferred), None) or next(
            (x.date for x in g if x.date), None
        )
        parties: list[str] = []
        for x in g:
            parties += [p for p in x.parties if p not in parties]
        if g[0].name is not None:
            name = g[0].name
        else:
            kinds = [x.kind for x in g if x.kind != "anaphor"] or ["Agreement"]
            specific = [k for k in kinds if k not in V.FAMILY_MAIN]
            kind = specific[0] if specific else next((k for k in V.KIND_PRIORITY if k in kinds), kinds[0])
            if kind == "Agreement":
                # `the protocol signed on April 19`: a generic instrument keeps its own noun as its label
                words = article.text[g[0].start : g[0].end].lower().split()
                # (`a statement on unblocking the links`: its noun, not the last word of its topic)
                first = next((w for w in words if w in V.GENERIC_LABELS), words[-1])
                kind = V.GENERIC_LABELS.get(first) or V.GENERIC_LABELS.get(first.removesuffix("s"), kind)
            name = kind
            known = _known_match(knowledge, date, parties)
            ps = sorted(parties)
            between = f" between {', '.join(ps[:-1])} and {ps[-1]}" if len(ps) >= 2 else ""
            if known is not None:
                # the curator's name; the date stays the one this article states (sources may differ)
                name, date = known.name, date or known.date
                parties = list(known.parties) or parties
            elif date:
                # a bare `Agreement of 12 May 2010` says little: a generic one also names its parties
                generic = kind in V.GENERIC_LABELS.values()
                name = f"{kind}{between if generic else ''} of {edtf.display(date)}"
            elif between:
                name = f"{kind}{between}"
        for x in g:
            out.append(
                AgreementMention(
                    name=name,
                    surface=article.text[x.start : x.end],
                    start=x.start,
                    end=x.end,
                    sentence=x.sentence,
                    date=date,
                    parties=tuple(parties),
                )
            )
    return tuple(sorted(out, key=lambda m: m.start))


def _standing(group: list[_Raw]) -> bool:
    """A group of a standing arrangement (`Customs union between A and B`, `… Free Trade Area`): never `the
    deal` told later."""
    name = group[0].name or ""
    return any(name.startswith(k) for k in V.STANDING_KINDS) or name.lower().endswith(V.STANDING_TAILS)


def _plural(article: Article, r: _Raw) -> bool:
    """The mention names several documents (`the trilateral agreements`)."""
    return article.text[r.start : r.end].split()[-1].lower() in V.PLURAL_SKIP


def _own_noun(article: Article, r: _Raw) -> str:
    """The instrument noun of a described mention of no specific kind (`treaty`, `protocol`); empty for
    kinds and generic nouns, which may all describe one main agreement (`the deal`, `the ceasefire`)."""
    if r.kind != "Agreement" or r.name is not None:
        return ""
    noun = article.text[r.start : r.end].split()[-1].lower()
    return "" if noun in V.GENERIC_NOUNS or noun not in V.GENERIC_LABELS else noun


def _mentions(article: Article, group: list[_Raw], noun: str) -> bool:
    """True when the group's name, kind or wording uses `noun` (`treaty` in `Peace treaty`)."""
    words = " ".join(
        [group[0].name or group[0].kind, *(article.text[x.start : x.end] for x in group)]
    ).lower()
    return noun in words.split()


_AFTERWARDS = re.compile(
    r"\s*(?:was\s+|were\s+)?(?:issued|signed|adopted|released)\s+"
    r"(?:afterwards?|after\s+the\s+(?:talks|meeting|summit|negotiations))\b"
)


def _afterwards(s: Sentence, lb: int, sdates: list[DateMention], dates: list[DateMention]) -> str | None:
    """`A joint statement issued afterwards said ...` in a sentence without dates: the last day of the
    talks dated just before (`talks in Almaty on May 10-11` -> May 11)."""
    if sdates or not _AFTERWARDS.match(s.text, lb):
        return None
    before = [d for d in dates if s.start - 400 <= d.start < s.start]
    if not before:
        return None
    last = before[-1].value.split("/")[-1]
    return last if edtf.is_valid(last) and edtf.precision(last) == "day" else None


def _title_case(text: str) -> bool:
    """A headline in title case (`Baku Sends Yerevan New Peace Treaty Draft`): its capitals name nothing."""
    words = re.findall(r"[A-Za-z][a-z]{3,}", text)
    headline = not text.rstrip().endswith((".", "!", "?", '"', "”"))
    return headline and len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


def _name_head(name: str) -> str:
    """The agreement noun of a name (`Regulation on the joint activities` -> `regulation`)."""
    return next((w for w in name.lower().split() if w in V.NOUNS), "")


def _known_match(knowledge: Knowledge, date: str | None, parties: list[str]):
    """A curated agreement with a date within one day of `date` and overlapping parties."""
    if not date:
        return None
    for ka in knowledge.agreements:
        if (
            ka.date
            and edtf.precision(ka.date) == "day"
            and edtf.precision(date) == "day"
            and _close(ka.date, date, days=1)
            and (not ka.parties or not parties or set(ka.parties) & set(parties))
        ):
            return ka
    return None


__all__ = ["extract_agreements", "replace"]
