"""disagree: where the sources give different values for the same fact (data/disagreements.yaml).

The dossier never silently picks a winner. `find_disagreements` lists, for each fact the sources
state differently, every reported value with the sources (and sentences) that report it, and the
value the curator chose, if any. Three kinds of facts are compared:

- **an agreement's signing date** (`field: date`): the dates stated next to a signing word
  (`signed on Nov. 9`, `On Nov. 10, the two countries signed`) or right after an agreement noun
  (`agreement on November 10, 2020`) in the sentences that cite the agreement, plus what
  consolidation recorded in `dates_stated`. A day-month date without a year is placed in the year
  that puts it nearest the agreement's date (an article of 2021 writing `Nov. 9` about a 2020 pact
  means 2020). A coarser date compatible with a finer one (`November 2020`, `10 November 2020`) is no
  disagreement. A date where the agreement "became effective" is not a signing date.
- **an event's date** (`field: date`): the day dates its cited sentences state within a few days of
  the event's date, when at least two sources cite it (skipped when the event's agreement already
  has a date disagreement, which the event page shows).
- **a quantity** (`field: number-of-<noun>`): a number with an optional qualifier and the counted
  noun (`over 300 settlements`, `300 settlements and villages`, `nearly 300 of its settlements`,
  `Ninety-three civilians`). Two quantities are the same fact when they count the same noun (folded
  to a singular), their numbers are close (`SAME_FACT_RATIO`), and either the same event or
  agreement cites both sentences or the sentences share a rarer word (`liberated`, `villages`).
  Quantities are read from the cited sentences of every event and agreement and from the articles'
  text, so a number no event cites is still compared. The subject is the event or agreement citing
  most of the sentences; when none cites them, the subject is the dossier itself
  (`subject: null`, `subject_kind: dossier`).

A fact is a disagreement when at least two values are reported, by at least two sources, and not
every source reports every value. Record: `{id: "<subject id or 'dossier'>--<field>", subject,
subject_kind, field, label, shown, values: [{value, sources, citations: [{source, text}]}], chosen,
note}`. The function is pure and deterministic (sorted by id).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from build_dossier import edtf
from build_dossier.dates import find_dates
from build_dossier.models import Dossier
from build_dossier.slugs import fold
from build_dossier.vocab import dates as date_vocab
from build_dossier.vocab import disagree as V

# ---------------------------------------------------------------- quantities


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_UNIT_WORDS = _alternation(V.UNITS)
_TEN_WORDS = _alternation(V.TENS)
_ONE_TO_NINE = _alternation(w for w, n in V.UNITS.items() if 1 <= n <= 9)
_SMALL = rf"(?:(?:{_TEN_WORDS})(?:[- ](?:{_ONE_TO_NINE}))?|(?:{_UNIT_WORDS}))"
_WORDS = rf"{_SMALL}(?:\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)?|(?:a|one)\s+hundred"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?"
_QUANTITY = re.compile(
    rf"(?<![\w.,’'-])(?:(?P<qual>{_alternation(V.QUALIFIERS)})\s+)?"
    rf"(?P<num>{_DIGITS}|{_WORDS})(?P<scale>\s+(?:thousand|million|billion))?"
    rf"\s+(?:of\s+(?:{_alternation(V.OF_DETERMINERS)})\s+)?"
    rf"(?:(?P<adj>[^\W\d_][\w’'-]*)\s+)?(?P<noun>{_alternation(V.IRREGULAR_PLURALS)}|[^\W\d_]+s)\b(?![-’'])",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z])")


def split_sentences(text: str) -> list[str]:
    """A paragraph split into sentences (a simple rule; good enough to quote a number's context)."""
    return [s.strip() for s in _SENTENCE_END.split(" ".join(text.split())) if s.strip()]


def _number(text: str) -> float | None:
    """`300`, `1,500`, `2.5`, `ninety-three`, `three hundred and five` -> a number."""
    t = text.lower().replace(",", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", t):
        return float(t)
    total, current = 0, 0
    for word in re.split(r"[\s-]+", t):
        if word in ("and", "a"):
            current = current or (1 if word == "a" else 0)
            continue
        if word in V.UNITS:
            current += V.UNITS[word]
        elif word in V.TENS:
            current += V.TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        else:
            return None
    return float(total + current)


def singular(noun: str) -> str:
    """A rough singular of an English plural: `casualties` -> `casualty`, `buses` -> `bus`."""
    n = noun.lower()
    if n in V.IRREGULAR_PLURALS:
        return V.IRREGULAR_PLURALS[n]
    if n.endswith("ies") and len(n) > 4:
        return n[:-3] + "y"
    if re.search(r"(?:ss|x|ch|sh|[^aeiou]s)es$", n):
        return n[:-2]
    return n[:-1] if n.endswith("s") and not n.endswith("ss") else n


def _format(number: float) -> str:
    return f"{int(number):,}" if number == int(number) else f"{number:,}"


@dataclass(frozen=True, kw_only=True)
class Quantity:
    """A number of things stated in one sentence: `nearly 300 of its settlements`."""

    value: str
    """Canonical qualifier + number: `nearly 300`, `over 1,500`, `93`."""
    number: float
    qualifier: str
    noun: str
    """The counted noun folded to a singular (`settlement`)."""
    plural: str
    """The noun as written, lowercased (`settlements`)."""
    surface: str


def find_quantities(sentence: str) -> list[Quantity]:
    """Every counted quantity in a sentence (durations such as `27 years` are not counted things)."""
    out = []
    for m in _QUANTITY.finditer(sentence):
        number = _number(m.group("num"))
        if number is None:
            continue
        if m.group("scale"):
            number *= V.SCALES[m.group("scale").strip().lower()]
        plural = m.group("noun").lower()
        adj = (m.group("adj") or "").lower()
        if plural in V.NOT_COUNTED or adj in V.NOT_COUNTED or len(plural) < 4:
            continue
        digits = m.group("num")
        year_like = digits.isdigit() and len(digits) == 4 and 1800 <= number <= 2100
        if year_like and not m.group("qual"):
            continue
        qualifier = V.QUALIFIERS.get(" ".join((m.group("qual") or "").lower().split()), "")
        value = f"{qualifier} {_format(number)}".strip()
        out.append(
            Quantity(
                value=value,
                number=number,
                qualifier=qualifier,
                noun=singular(plural),
                plural=plural,
                surface=m.group(0),
            )
        )
    return out


# ---------------------------------------------------------------- helpers


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z][a-z'-]+", fold(text))
    return {w[: V.STEM_LENGTH] for w in words if len(w) >= 4 and w not in V.CONTEXT_STOPWORDS}


def _citations(record: Mapping) -> list[dict]:
    """The `{source, text}` citations of an event (`sources`) or agreement (`citations`)."""
    out = []
    for key in ("sources", "citations"):
        for c in record.get(key) or []:
            if isinstance(c, Mapping) and isinstance(c.get("source"), str) and c.get("text"):
                out.append({"source": c["source"], "text": " ".join(str(c["text"]).split())})
    return out


def _source_ids(record: Mapping) -> set[str]:
    out = set()
    for item in record.get("sources") or []:
        sid = item.get("source") if isinstance(item, Mapping) else item
        if isinstance(sid, str):
            out.add(sid)
    return out


def _body_sentences(source: Mapping) -> list[str]:
    out = []
    for item in source.get("body") or []:
        text = item.get("text") if isinstance(item, Mapping) else item
        if isinstance(item, Mapping) and item.get("heading"):
            continue
        if isinstance(text, str):
            out.extend(split_sentences(text))
    return out


# ---------------------------------------------------------------- dates


_MONTH_WORD = re.compile(rf"\b(?:{_alternation(date_vocab.MONTHS)})\b", re.IGNORECASE)
_SIGN_BEFORE = re.compile(
    rf"\b(?:{_alternation(V.SIGNING_WORDS)})\b[^.;,:!?]{{0,{V.SIGNING_WINDOW}}}$", re.IGNORECASE
)
_NOUN_BEFORE = re.compile(rf"\b(?:{_alternation(V.AGREEMENT_NOUNS)})\s+(?:on|of|dated)\s+$", re.IGNORECASE)
_SIGN_AFTER = re.compile(
    rf"^,?[^.;:!?]{{0,{V.SIGNING_WINDOW}}}?\b(?:{_alternation(V.SIGNING_WORDS)})\b", re.IGNORECASE
)


def _signing_context(text: str, start: int, end: int) -> bool:
    """Is the date at text[start:end] the date something was signed or concluded?"""
    before, after = text[:start], text[end:]
    if _NOUN_BEFORE.search(before) or _SIGN_BEFORE.search(before):
        return True
    head = after[: V.SIGNING_WINDOW + 1]
    return bool(_SIGN_AFTER.search(head))


def _day(value: str | None) -> dt.date | None:
    if not value or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _reyear(value: str, surface: str, relative: bool, ref: str | None) -> str:
    """A day-month date written without a year, placed in the year nearest the reference date."""
    day, ref_day = _day(value), _day(ref)
    if not relative or day is None or ref_day is None:
        return value
    if re.search(r"\d{4}", surface) or not _MONTH_WORD.search(surface):
        return value
    best = None
    for year in (ref_day.year - 1, ref_day.year, ref_day.year + 1):
        try:
            cand = day.replace(year=year)
        except ValueError:
            continue
        if best is None or abs((cand - ref_day).days) < abs((best - ref_day).days):
            best = cand
    if best is not None and abs((best - ref_day).days) <= 62:
        return best.isoformat()
    return value


def _compatible(coarse: str, fine: str) -> bool:
    """`2020-11` is compatible with `2020-11-10` (a less precise statement of the same date)."""
    return coarse != fine and "/" not in coarse + fine and fine.startswith(coarse + "-")


def _drop_coarse(values: dict[str, dict]) -> dict[str, dict]:
    return {v: info for v, info in values.items() if not any(_compatible(v, other) for other in values)}


def _add(values: dict[str, dict], value: str, source: str, text: str | None) -> None:
    info = values.setdefault(value, {"sources": set(), "citations": []})
    info["sources"].add(source)
    if text and {"source": source, "text": text} not in info["citations"]:
        info["citations"].append({"source": source, "text": text})


def _published(sources: Mapping[str, Mapping], sid: str) -> str | None:
    value = (sources.get(sid) or {}).get("published")
    return str(value) if value and edtf.is_valid(str(value)) else None


def _agreement_dates(record: Mapping, sources: Mapping[str, Mapping]) -> dict[str, dict]:
    values: dict[str, dict] = {}
    ref = record.get("date") if _day(record.get("date")) else None
    for cite in _citations(record):
        for m in find_dates(cite["text"], _published(sources, cite["source"])):
            if m.future or "/" in m.value or not _signing_context(cite["text"], m.start, m.end):
                continue
            _add(values, _reyear(m.value, m.surface, m.relative, ref), cite["source"], cite["text"])
    for stated in record.get("dates_stated") or []:
        if isinstance(stated, Mapping) and stated.get("date"):
            for sid in stated.get("sources") or []:
                _add(values, str(stated["date"]), sid, None)
    return _drop_coarse(values)


def _event_dates(record: Mapping, sources: Mapping[str, Mapping]) -> dict[str, dict]:
    values: dict[str, dict] = {}
    ref = _day(record.get("date"))
    if ref is None:
        return values
    for cite in _citations(record):
        for m in find_dates(cite["text"], _published(sources, cite["source"])):
            value = _reyear(m.value, m.surface, m.relative, record.get("date"))
            day = _day(value)
            if m.future or day is None or abs((day - ref).days) > V.EVENT_DATE_WINDOW_DAYS:
                continue
            _add(values, value, cite["source"], cite["text"])
    return values


def _disagree(values: Mapping[str, Mapping]) -> bool:
    """At least two values, from at least two sources, and not every source states every value."""
    if len(values) < 2:
        return False
    all_sources = set().union(*(v["sources"] for v in values.values()))
    return len(all_sources) >= 2 and any(v["sources"] != all_sources for v in values.values())


# ---------------------------------------------------------------- quantities across sources


@dataclass(frozen=True, kw_only=True)
class _Claim:
    source: str
    text: str
    quantity: Quantity
    stems: frozenset[str]
    subjects: frozenset[tuple[str, str]]


def _claims(dossier: Dossier, subjects: Sequence[tuple[str, Mapping]]) -> list[_Claim]:
    sentences: dict[tuple[str, str], str] = {}
    for source in dossier.sources:
        for s in _body_sentences(source):
            sentences.setdefault((str(source["id"]), fold(s)), s)
    cited: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for kind, record in subjects:
        for cite in _citations(record):
            for s in split_sentences(cite["text"]):
                key = (cite["source"], fold(s))
                sentences.setdefault(key, s)
                cited.setdefault(key, set()).add((kind, str(record["id"])))
    found = [(key, text, find_quantities(text)) for key, text in sorted(sentences.items())]
    found = [f for f in found if f[2]]
    if not found:
        return []
    df = Counter(stem for key, text in sentences.items() for stem in _stems(text))
    limit = max(3.0, V.CONTEXT_MAX_SHARE * len(sentences))
    out = []
    for key, text, quantities in found:
        for q in quantities:
            stems = {s for s in _stems(text) if df[s] <= limit} - _stems(q.plural) - _stems(q.surface)
            out.append(
                _Claim(
                    source=key[0],
                    text=text,
                    quantity=q,
                    stems=frozenset(stems),
                    subjects=frozenset(cited.get(key, ())),
                )
            )
    return out


def _same_fact(a: _Claim, b: _Claim) -> bool:
    qa, qb = a.quantity, b.quantity
    if qa.noun != qb.noun:
        return False
    low, high = sorted((qa.number, qb.number))
    if low <= 0 or high / low > V.SAME_FACT_RATIO:
        return False
    return bool(a.subjects & b.subjects) or bool(a.stems & b.stems)


def _groups(claims: Sequence[_Claim]) -> list[list[_Claim]]:
    parent = list(range(len(claims)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if _same_fact(claims[i], claims[j]):
                parent[find(j)] = find(i)
    groups: dict[int, list[_Claim]] = {}
    for i, claim in enumerate(claims):
        groups.setdefault(find(i), []).append(claim)
    return [g for _, g in sorted(groups.items())]


def _quantity_disagreements(dossier: Dossier, subjects: Sequence[tuple[str, Mapping]]) -> list[dict]:
    out = []
    for group in _groups(_claims(dossier, subjects)):
        values: dict[str, dict] = {}
        for claim in group:
            _add(values, claim.quantity.value, claim.source, claim.text)
        if not _disagree(values):
            continue
        votes = Counter(s for claim in group for s in claim.subjects)
        order = {"agreement": 0, "event": 1}
        best = sorted(votes.items(), key=lambda kv: (-kv[1], order[kv[0][0]], kv[0][1]))
        kind, subject = best[0][0] if best else ("dossier", None)
        plural = Counter(c.quantity.plural for c in group).most_common(1)[0][0]
        numbers = {v: min(c.quantity.number for c in group if c.quantity.value == v) for v in values}
        out.append(
            {
                "subject": subject,
                "subject_kind": kind,
                "field": f"number-of-{plural}",
                "label": f"number of {plural}",
                "shown": None,
                "values": _value_list(values, key=lambda v: (numbers[v], v)),
                "_min": min(numbers.values()),
            }
        )
    return out


# ---------------------------------------------------------------- the stage


def _value_list(values: Mapping[str, Mapping], key) -> list[dict]:  # type: ignore[no-untyped-def]
    return [
        {
            "value": v,
            "sources": sorted(values[v]["sources"]),
            "citations": sorted(values[v]["citations"], key=lambda c: (c["source"], c["text"])),
        }
        for v in sorted(values, key=key)
    ]


def choices_from_curation(raw: Mapping) -> dict[str, dict]:
    """The curation file's `disagreements:` choices by disagreement id (`<id>--<field>`)."""
    out: dict[str, dict] = {}
    for item in raw.get("disagreements") or []:
        if isinstance(item, Mapping) and item.get("id") and item.get("field"):
            choose = item.get("choose")
            out[f"{item['id']}--{item['field']}"] = {
                "choose": None if choose is None else str(choose),
                "note": item.get("note"),
                "kind": item.get("kind"),
            }
    return out


def find_disagreements(dossier: Dossier, choices: Mapping) -> tuple[dict, ...]:
    """Every fact the sources state differently, with every value and its sources; sorted by id.

    `choices` maps a disagreement id (`<subject id>--<field>`) to `{choose, note}` (see
    `choices_from_curation`); the chosen value is recorded, never used to hide the others.
    """
    sources = {str(s.get("id")): s for s in dossier.sources}
    found: list[dict] = []
    dated_agreements = set()
    for record in dossier.agreements:
        values = _agreement_dates(record, sources)
        if _disagree(values):
            dated_agreements.add(record["id"])
            found.append(
                {
                    "subject": record["id"],
                    "subject_kind": "agreement",
                    "field": "date",
                    "label": "signing date",
                    "shown": record.get("date"),
                    "values": _value_list(values, key=lambda v: (edtf.sort_key(v), v)),
                }
            )
    for record in dossier.events:
        if record.get("agreement") in dated_agreements or len(_source_ids(record)) < 2:
            continue
        values = _event_dates(record, sources)
        if _disagree(values):
            found.append(
                {
                    "subject": record["id"],
                    "subject_kind": "event",
                    "field": "date",
                    "label": "date",
                    "shown": record.get("date"),
                    "values": _value_list(values, key=lambda v: (edtf.sort_key(v), v)),
                }
            )
    subjects = [("agreement", r) for r in dossier.agreements] + [("event", r) for r in dossier.events]
    found.extend(_quantity_disagreements(dossier, subjects))
    out: dict[str, dict] = {}
    for item in sorted(found, key=lambda d: (str(d["subject"]), d["field"], d.get("_min", 0))):
        ident = f"{item['subject'] or 'dossier'}--{item['field']}"
        if ident in out:
            ident = f"{ident}-{_format(item['_min']).replace(',', '')}"
        choice = choices.get(ident) or {}
        record = {k: v for k, v in item.items() if not k.startswith("_")}
        record.update(id=ident, chosen=choice.get("choose"), note=choice.get("note"))
        out[ident] = record
    return tuple(out[i] for i in sorted(out))


def with_disagreements(dossier: Dossier, curation_raw: Mapping) -> Dossier:
    """The dossier plus `extra["disagreements"]` (written to data/disagreements.yaml)."""
    extra = dict(dossier.extra)
    extra["disagreements"] = find_disagreements(dossier, choices_from_curation(curation_raw))
    return replace(dossier, extra=extra)
