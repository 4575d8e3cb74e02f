"""Measure extraction quality against hand-made gold annotations (`build-dossier evaluate`).

    build-dossier evaluate --gold DIR [--data DIR] [--verbose]

Reads `data/*.yaml` (what the pipeline extracted) and one gold file per article in `--gold DIR`,
and prints per category how much of the gold was found, and how much of what was extracted is
wrong, micro-averaged over all gold files, with the targets beside them. `--verbose` also lists
every miss and false positive, so a curator sees what failed on their own dossier.

Gold format (one YAML mapping per article, `*.yaml`; every key but `file` optional):

```yaml
file: 000_e24d4901e29cb5bd.txt      # the article's file name (matched to sources.yaml `file`)
published: 2020-11-11               # EDTF; null when the article does not state it (then not scored)
people: [Petr Horvat, Jana Novak]          # every person named in the story (not the byline, nor credits);
                                              # an item may be {name: ..., aliases: [...]}
organizations: [...]                # organisations named (reported, and used to match speakers)
places: [...]                       # places named, countries included; plain names or {name, aliases}
agreements: [{name: ..., date: 2020-11-10, aliases: [...]}]   # or plain names; `date` may be a
                                                               # list when the text gives two
quotes:
  - text: "This operation was an awakening"   # the quotation (a prefix of >= 4 words is enough)
    speaker: Jana Novak                     # person or organisation name; null if really unattributed;
                                             # a list when the text supports several ([Ministry, Turkey])
    partial: false
events:
  - date: 2020-09-27                         # EDTF, resolved against the publication date
    what: clashes erupt                      # short description (shown in misses)
    keywords: [clash, attack, erupt]         # optional: one must appear in the title or cited sentence
```

Matching rules (all on ASCII-folded, lower-cased text, see `fold`):

- a name matches another when equal, or when the word set of one contains the other's
  (`Novak` ~ `Jana Novak`); an extracted record matches on its name or any alias;
- a gold person is found when an extracted `person` actor citing the article matches it; an
  extracted person citing the article that matches no gold person is a false person;
- a gold quote is found when an extracted quote citing the article contains it, is contained in it,
  or has a rapidfuzz `partial_ratio` >= 90 with it; its speaker is right when the speaker actor's
  name or aliases match the gold speaker (or both are null); extracted quotes of 4+ words that match
  no gold quote are false quotes;
- a gold event is found by an extracted event citing the article with the same date (equal EDTF,
  or a day inside an interval) and, when keywords are given, one keyword in its title or cited
  sentence; each extracted event finds at most one gold event (maximum matching). Event precision
  counts extracted events whose date matches some gold event date of that article;
- places are found by a place record or a country actor citing the article; agreements by an
  agreement record citing it (its date is checked and reported separately). Place records citing the
  article that match no gold place are counted too (`places not in the gold`, informational).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml
from rapidfuzz import fuzz

from build_dossier.errors import Abort, DossierError, Report
from build_dossier.models import Dossier
from build_dossier.slugs import fold, slugify

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

QUOTE_MIN_WORDS = 4
QUOTE_FUZZ = 90.0

# Targets of the extraction-quality issue: (comparison, percent). ">=" rows are recalls or
# accuracies, "<=" rows are error rates.
# The targets of issue 3 ("Extraction a researcher can trust").
TARGETS: dict[str, tuple[str, float]] = {
    "published": (">=", 100.0),
    "people": (">=", 95.0),
    "false_people": ("<=", 0.0),
    "quotes": (">=", 95.0),
    "speakers": (">=", 95.0),
    "false_quotes": ("<=", 5.0),
    "event_recall": (">=", 90.0),
    "event_precision": (">=", 85.0),
    "places": (">=", 90.0),
    "agreements": (">=", 90.0),
    "agreement_dates": (">=", 90.0),
}

# Honorifics dropped before comparing names (world vocabulary, not dossier facts).
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "prof", "sir"})
_NAME_STOPWORDS = frozenset({"the", "of", "on", "and", "a", "an"})
_GOLD_KEYS = frozenset(
    {"file", "published", "people", "organizations", "places", "agreements", "quotes", "events"}
)


# --------------------------------------------------------------------------- gold model


@dataclass(frozen=True, kw_only=True)
class GoldName:
    """A named thing in the gold (person, organisation, place) with its aliases."""

    name: str
    aliases: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True, kw_only=True)
class GoldAgreement:
    name: str
    aliases: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    """Accepted signing dates (the text may give two, e.g. in two time zones); empty when unknown."""
    line: int = 0


@dataclass(frozen=True, kw_only=True)
class GoldQuote:
    text: str
    speakers: tuple[str, ...] = ()
    """Accepted speaker names (any one is right); empty when the quote is really unattributed."""
    partial: bool | None = None
    line: int = 0


@dataclass(frozen=True, kw_only=True)
class GoldEvent:
    date: str
    what: str = ""
    keywords: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True, kw_only=True)
class GoldArticle:
    """The hand-made annotation of one article."""

    path: str
    file: str
    published: str | None = None
    people: tuple[GoldName, ...] = ()
    organizations: tuple[GoldName, ...] = ()
    places: tuple[GoldName, ...] = ()
    agreements: tuple[GoldAgreement, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    events: tuple[GoldEvent, ...] = ()


# --------------------------------------------------------------------------- loading gold


def load_gold(directory: Path) -> list[GoldArticle]:
    """Every `*.yaml` gold file in `directory`, sorted by name.

    Raises `DossierError` (`path:line: message`) on one bad file, `Abort` with every problem on several.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise DossierError(str(directory), 0, "gold folder not found")
    paths = sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")])
    if not paths:
        raise DossierError(str(directory), 0, "no gold files (*.yaml) in this folder")
    problems: list[DossierError] = []
    articles: list[GoldArticle] = []
    for path in paths:
        try:
            articles.append(_load_gold_file(path))
        except DossierError as err:
            problems.append(err if err.path else DossierError(str(path), err.line, err.message))
    seen: dict[str, str] = {}
    for art in articles:
        if art.file in seen:
            problems.append(DossierError(art.path, 1, f"`{art.file}` is also annotated in {seen[art.file]}"))
        seen[art.file] = art.path
    if len(problems) == 1:
        raise problems[0]
    if problems:
        raise Abort(problems)
    return articles


def _load_gold_file(path: Path) -> GoldArticle:
    where = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise DossierError(where, 0, f"not UTF-8 text ({err.reason})") from err
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problem = getattr(err, "problem", None) or str(err)
        raise DossierError(where, mark.line + 1 if mark else 0, f"invalid YAML: {problem}") from err
    if not isinstance(root, yaml.MappingNode):
        raise DossierError(where, _line(root), "a gold file is a mapping with at least `file:`")
    fields = _mapping(root, where)
    for key, (knode, _) in fields.items():
        if key not in _GOLD_KEYS:
            raise DossierError(where, _line(knode), f"unknown key `{key}` (expected one of {_keys_text()})")
    if "file" not in fields:
        raise DossierError(where, 1, "missing `file:` (the article's file name)")
    file_name = _string(fields["file"][1], where, "file")
    published = None
    if "published" in fields:
        published = _date(fields["published"][1], where, "published", allow_null=True)
    return GoldArticle(
        path=where,
        file=Path(file_name).name,
        published=published,
        people=tuple(_names(fields.get("people"), where, "people")),
        organizations=tuple(_names(fields.get("organizations"), where, "organizations")),
        places=tuple(_names(fields.get("places"), where, "places")),
        agreements=tuple(_agreements(fields.get("agreements"), where)),
        quotes=tuple(_quotes(fields.get("quotes"), where)),
        events=tuple(_events(fields.get("events"), where)),
    )


def _keys_text() -> str:
    return ", ".join(sorted(_GOLD_KEYS))


def _line(node: yaml.Node | None) -> int:
    return node.start_mark.line + 1 if node is not None else 0


def _value(node: yaml.Node) -> object:
    if isinstance(node, yaml.ScalarNode) and node.tag.endswith(":timestamp"):
        return node.value  # checked as EDTF later; `2020-13-01` must be an error, not a crash
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError) as err:
        raise DossierError("", _line(node), f"bad value {node.value!r}: {err}") from err
    finally:
        loader.dispose()


def _mapping(node: yaml.MappingNode, where: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for knode, vnode in node.value:
        key = _value(knode)
        if not isinstance(key, str):
            raise DossierError(where, _line(knode), f"key {key!r} is not a name")
        if key in out:
            raise DossierError(where, _line(knode), f"duplicate key `{key}`")
        out[key] = (knode, vnode)
    return out


def _string(node: yaml.Node, where: str, what: str, *, allow_null: bool = False) -> str | None:
    value = _value(node)
    if value is None and allow_null:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise DossierError(where, _line(node), f"`{what}` must be a non-empty string, found {value!r}")
    return value.strip()


def _date(node: yaml.Node, where: str, what: str, *, allow_null: bool = False) -> str | None:
    from build_dossier import edtf

    value = _value(node)
    if value is None and allow_null:
        return None
    if isinstance(value, date):
        value = value.isoformat()
    elif isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not edtf.is_valid(value):
        raise DossierError(where, _line(node), f"`{what}`: {value!r} is not an EDTF date (e.g. 2020-11-10)")
    return value


def _seq(pair: tuple[yaml.Node, yaml.Node] | None, where: str, what: str) -> list[yaml.Node]:
    if pair is None:
        return []
    node = pair[1]
    if isinstance(node, yaml.ScalarNode) and _value(node) is None:
        return []
    if not isinstance(node, yaml.SequenceNode):
        raise DossierError(where, _line(node), f"`{what}` must be a list")
    return list(node.value)


def _str_list(node: yaml.Node, where: str, what: str) -> tuple[str, ...]:
    if isinstance(node, yaml.ScalarNode) and _value(node) is None:
        return ()
    if not isinstance(node, yaml.SequenceNode):
        raise DossierError(where, _line(node), f"`{what}` must be a list of strings")
    return tuple(s for s in (_string(item, where, what) for item in node.value) if s)


def _item_fields(
    node: yaml.MappingNode, where: str, what: str, allowed: set[str], required: str
) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    fields = _mapping(node, where)
    for key, (knode, _) in fields.items():
        if key not in allowed:
            raise DossierError(
                where, _line(knode), f"unknown key `{key}` in {what} (expected {', '.join(sorted(allowed))})"
            )
    if required not in fields:
        raise DossierError(where, _line(node), f"{what} item without `{required}:`")
    return fields


def _names(pair: tuple[yaml.Node, yaml.Node] | None, where: str, what: str) -> Iterable[GoldName]:
    for item in _seq(pair, where, what):
        if isinstance(item, yaml.MappingNode):
            f = _item_fields(item, where, what, {"name", "aliases"}, "name")
            aliases = _str_list(f["aliases"][1], where, "aliases") if "aliases" in f else ()
            yield GoldName(name=_string(f["name"][1], where, "name"), aliases=aliases, line=_line(item))
        else:
            yield GoldName(name=_string(item, where, what), line=_line(item))


def _agreements(pair: tuple[yaml.Node, yaml.Node] | None, where: str) -> Iterable[GoldAgreement]:
    for item in _seq(pair, where, "agreements"):
        if isinstance(item, yaml.MappingNode):
            f = _item_fields(item, where, "agreements", {"name", "aliases", "date"}, "name")
            yield GoldAgreement(
                name=_string(f["name"][1], where, "name"),
                aliases=_str_list(f["aliases"][1], where, "aliases") if "aliases" in f else (),
                dates=_dates(f["date"][1], where) if "date" in f else (),
                line=_line(item),
            )
        else:
            yield GoldAgreement(name=_string(item, where, "agreements"), line=_line(item))


def _quotes(pair: tuple[yaml.Node, yaml.Node] | None, where: str) -> Iterable[GoldQuote]:
    for item in _seq(pair, where, "quotes"):
        if not isinstance(item, yaml.MappingNode):
            raise DossierError(where, _line(item), "a quote is a mapping with `text:` and `speaker:`")
        f = _item_fields(item, where, "quotes", {"text", "speaker", "partial"}, "text")
        partial = None
        if "partial" in f:
            partial = _value(f["partial"][1])
            if not isinstance(partial, bool):
                raise DossierError(where, _line(f["partial"][1]), "`partial` must be true or false")
        yield GoldQuote(
            text=_string(f["text"][1], where, "text"),
            speakers=_speakers(f["speaker"][1], where) if "speaker" in f else (),
            partial=partial,
            line=_line(item),
        )


def _dates(node: yaml.Node, where: str) -> tuple[str, ...]:
    items = node.value if isinstance(node, yaml.SequenceNode) else [node]
    return tuple(d for d in (_date(item, where, "date", allow_null=True) for item in items) if d)


def _speakers(node: yaml.Node, where: str) -> tuple[str, ...]:
    if isinstance(node, yaml.SequenceNode):
        return _str_list(node, where, "speaker")
    value = _string(node, where, "speaker", allow_null=True)
    return (value,) if value else ()


def _events(pair: tuple[yaml.Node, yaml.Node] | None, where: str) -> Iterable[GoldEvent]:
    for item in _seq(pair, where, "events"):
        if not isinstance(item, yaml.MappingNode):
            raise DossierError(where, _line(item), "an event is a mapping with `date:` and `what:`")
        f = _item_fields(item, where, "events", {"date", "what", "keywords"}, "date")
        yield GoldEvent(
            date=_date(f["date"][1], where, "date"),
            what=_string(f["what"][1], where, "what") if "what" in f else "",
            keywords=_str_list(f["keywords"][1], where, "keywords") if "keywords" in f else (),
            line=_line(item),
        )


# --------------------------------------------------------------------------- matching helpers


def _tokens(name: str) -> frozenset[str]:
    words = fold(name).split()
    return frozenset(w for w in words if w not in _HONORIFICS and w not in _NAME_STOPWORDS)


def names_match(a: str, b: str) -> bool:
    """Equal after folding, or the word set of one contains the other's (surname, alias)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    return ta <= tb or tb <= ta


def _any_match(gold: Iterable[str], extracted: Iterable[str]) -> bool:
    ex = [e for e in extracted if e]
    return any(names_match(g, e) for g in gold for e in ex)


def _record_names(record: dict) -> list[str]:
    names = [str(record.get("name") or "")]
    names += [str(a) for a in record.get("aliases") or () if a]
    return [n for n in names if n]


def _gold_names(item: GoldName | GoldAgreement) -> list[str]:
    return [item.name, *item.aliases]


def _cites(record: dict, source_id: str) -> bool:
    for s in record.get("sources") or ():
        sid = s.get("source") if isinstance(s, dict) else s
        if sid == source_id:
            return True
    return False


def _cited_texts(record: dict, source_id: str) -> list[str]:
    return [
        str(s.get("text") or "")
        for s in record.get("sources") or ()
        if isinstance(s, dict) and s.get("source") == source_id
    ]


def normalise_quote(text: str) -> str:
    """Quote text for comparison: no quote marks, folded case and whitespace."""
    return fold(text)


def quotes_match(gold: str, extracted: str) -> bool:
    """One contains the other after normalising, or rapidfuzz partial_ratio >= 90."""
    g, e = normalise_quote(gold), normalise_quote(extracted)
    if not g or not e:
        return False
    if g in e or e in g:
        return True
    return fuzz.partial_ratio(g, e) >= QUOTE_FUZZ


def _day_in(day: str, interval: str) -> bool:
    from build_dossier import edtf

    if "/" not in interval or edtf.precision(day) != "day":
        return False
    start, end = interval.split("/")
    return edtf.sort_key(start) <= day <= _interval_end(end)


def _interval_end(end: str) -> str:
    # a month or year end covers every day in it
    if len(end) == 7:
        return end + "-31"
    if len(end) == 4:
        return end + "-12-31"
    return end


def dates_match(gold: str | None, extracted: str | None) -> bool:
    """Equal EDTF, a day inside the other side's interval, or an extracted date that is finer than
    the gold's and inside it (the article says `in November`; another source gave the day, and the
    consolidated event carries it)."""
    if not gold or not extracted:
        return False
    finer = "/" not in gold and "X" not in gold and extracted.startswith(gold + "-")
    return gold == extracted or finer or _day_in(gold, extracted) or _day_in(extracted, gold)


def _event_keyword_ok(gold: GoldEvent, event: dict, source_id: str) -> bool:
    if not gold.keywords:
        return True
    hay = fold(" ".join([str(event.get("title") or ""), *_cited_texts(event, source_id)]))
    hay_padded = f" {hay} "
    for kw in gold.keywords:
        k = fold(kw)
        if k and (f" {k}" in hay_padded):  # keyword at a word start: `clash` finds `clashes`
            return True
    return False


def _max_matching(candidates: list[list[int]]) -> list[int | None]:
    """Maximum bipartite matching (Kuhn): candidates[g] = extracted indexes; returns match per g."""
    owner: dict[int, int] = {}

    def augment(g: int, seen: set[int]) -> bool:
        for e in candidates[g]:
            if e in seen:
                continue
            seen.add(e)
            if e not in owner or augment(owner[e], seen):
                owner[e] = g
                return True
        return False

    for g in range(len(candidates)):
        augment(g, set())
    result: list[int | None] = [None] * len(candidates)
    for e, g in owner.items():
        result[g] = e
    return result


# --------------------------------------------------------------------------- scoring


@dataclass(frozen=True, kw_only=True)
class Row:
    """One measure: `found` of `total`, with its target."""

    key: str
    label: str
    found: int
    total: int

    @property
    def percent(self) -> float | None:
        return 100.0 * self.found / self.total if self.total else None

    @property
    def target(self) -> tuple[str, float] | None:
        return TARGETS.get(self.key)

    @property
    def meets_target(self) -> bool | None:
        pct, target = self.percent, self.target
        if pct is None or target is None:
            return None
        op, value = target
        return pct >= value if op == ">=" else pct <= value


@dataclass(frozen=True, kw_only=True)
class Detail:
    """One miss or false positive, for `--verbose`."""

    file: str
    category: str
    item: str


@dataclass(frozen=True, kw_only=True)
class Scores:
    articles: int
    rows: tuple[Row, ...]
    misses: tuple[Detail, ...] = ()
    false_positives: tuple[Detail, ...] = ()
    unmatched_files: tuple[str, ...] = ()
    """Gold files whose article is not among the sources (everything in them counts as missed)."""

    def row(self, key: str) -> Row:
        for r in self.rows:
            if r.key == key:
                return r
        raise KeyError(key)


@dataclass(kw_only=True)
class _Tally:
    counts: dict[str, list[int]] = field(default_factory=dict)
    misses: list[Detail] = field(default_factory=list)
    fps: list[Detail] = field(default_factory=list)

    def add(self, key: str, found: int, total: int) -> None:
        c = self.counts.setdefault(key, [0, 0])
        c[0] += found
        c[1] += total


_LABELS = {
    "published": "publication date right",
    "people": "people found as people",
    "false_people": "listed as people but not people",
    "organizations": "organisations found",
    "quotes": "quotations found",
    "speakers": "  attributed to the right speaker",
    "false_quotes": "extracted 4+ word quotes not real",
    "event_recall": "events found (recall)",
    "event_precision": "events with a right date (precision)",
    "places": "places found",
    "false_places": "places not in the gold",
    "agreements": "agreements found",
    "agreement_dates": "  agreement date right",
}


def _source_for(gold: GoldArticle, dossier: Dossier) -> dict | None:
    for s in dossier.sources:
        if Path(str(s.get("file") or "")).name == gold.file:
            return s
    wanted = slugify(Path(gold.file).stem)
    for s in dossier.sources:
        if s.get("id") == wanted:
            return s
    return None


def score(gold: list[GoldArticle], dossier: Dossier) -> Scores:
    """Compare the gold articles with an extracted dossier; micro-averaged counts per category."""
    tally = _Tally()
    unmatched: list[str] = []
    actors = {a.get("id"): a for a in dossier.actors}
    for art in gold:
        source = _source_for(art, dossier)
        if source is None:
            unmatched.append(art.file)
        sid = source.get("id") if source else None
        _score_article(art, sid, source, dossier, actors, tally)
    rows = tuple(
        Row(
            key=k,
            label=_LABELS[k],
            found=tally.counts.get(k, [0, 0])[0],
            total=tally.counts.get(k, [0, 0])[1],
        )
        for k in _LABELS
    )
    return Scores(
        articles=len(gold),
        rows=rows,
        misses=tuple(tally.misses),
        false_positives=tuple(tally.fps),
        unmatched_files=tuple(unmatched),
    )


def _score_article(
    art: GoldArticle,
    sid: str | None,
    source: dict | None,
    dossier: Dossier,
    actors: dict,
    tally: _Tally,
) -> None:
    f = art.file

    def cited(records: tuple[dict, ...]) -> list[dict]:
        return [r for r in records if sid is not None and _cites(r, sid)]

    # publication date
    if art.published is not None:
        got = source.get("published") if source else None
        got = got.isoformat() if isinstance(got, date) else got
        ok = got == art.published
        tally.add("published", int(ok), 1)
        if not ok:
            tally.misses.append(Detail(file=f, category="published", item=f"{art.published} (got {got})"))

    # people
    ex_actors = cited(dossier.actors)
    persons = [a for a in ex_actors if a.get("kind") == "person"]
    others = [a for a in ex_actors if a.get("kind") != "person"]
    found = 0
    for g in art.people:
        if any(_any_match(_gold_names(g), _record_names(a)) for a in persons):
            found += 1
        else:
            as_other = [a for a in others if _any_match(_gold_names(g), _record_names(a))]
            note = f" (found as {as_other[0].get('kind')})" if as_other else ""
            tally.misses.append(Detail(file=f, category="person", item=g.name + note))
    tally.add("people", found, len(art.people))
    false_people = 0
    for a in persons:
        if not any(_any_match(_gold_names(g), _record_names(a)) for g in art.people):
            false_people += 1
            tally.fps.append(Detail(file=f, category="person", item=str(a.get("name"))))
    tally.add("false_people", false_people, len(persons))

    # organisations (informational)
    found = 0
    for g in art.organizations:
        if any(_any_match(_gold_names(g), _record_names(a)) for a in others):
            found += 1
        else:
            tally.misses.append(Detail(file=f, category="organization", item=g.name))
    tally.add("organizations", found, len(art.organizations))

    _score_quotes(art, sid, cited(dossier.quotes), actors, tally)
    _score_events(art, sid, cited(dossier.events), tally)

    # places: place records or country actors
    place_names = [_record_names(p) for p in cited(dossier.places)]
    place_names += [_record_names(a) for a in others if a.get("kind") == "country"]
    found = 0
    for g in art.places:
        if any(_any_match(_gold_names(g), names) for names in place_names):
            found += 1
        else:
            tally.misses.append(Detail(file=f, category="place", item=g.name))
    tally.add("places", found, len(art.places))
    # place records matching no gold place (informational: a precision check, no target)
    place_records = cited(dossier.places)
    false_places = 0
    for p in place_records:
        if not any(_any_match(_gold_names(g), _record_names(p)) for g in art.places):
            false_places += 1
            tally.fps.append(Detail(file=f, category="place", item=str(p.get("name"))))
    tally.add("false_places", false_places, len(place_records))

    # agreements
    ex_agreements = cited(dossier.agreements)
    found = dated = dated_ok = 0
    for g in art.agreements:
        hits = [a for a in ex_agreements if _any_match(_gold_names(g), _record_names(a))]
        if not hits:
            tally.misses.append(Detail(file=f, category="agreement", item=g.name))
            continue
        found += 1
        if g.dates:
            dated += 1
            got = [d for a in hits for d in _stated_dates(a, sid)]
            if any(d in got for d in g.dates):
                dated_ok += 1
            else:
                item = f"{g.name}: {' or '.join(g.dates)} (got {', '.join(got)})"
                tally.misses.append(Detail(file=f, category="agreement date", item=item))
    tally.add("agreements", found, len(art.agreements))
    tally.add("agreement_dates", dated_ok, dated)


def _stated_dates(agreement: dict, sid: str | None) -> list[str]:
    """The signing date(s) this source states: `dates_stated` when the sources differ, else the date."""
    stated = [
        str(d["date"])
        for d in agreement.get("dates_stated") or []
        if isinstance(d, dict) and sid in (d.get("sources") or [])
    ]
    return stated or [str(agreement.get("date"))]


def _speaker_names(quote: dict, actors: dict) -> list[str] | None:
    speaker = quote.get("speaker")
    if not speaker:
        return None
    actor = actors.get(speaker)
    return _record_names(actor) if actor else [str(speaker)]


def _quote_texts(quote: dict, sid: str | None) -> list[str]:
    """The quotation as this source words it: a merged quote keeps each source's own wording in its
    citations (`quote`); a citation without one uses the record's text."""
    own = [c for c in quote.get("sources") or [] if isinstance(c, dict) and c.get("source") == sid]
    texts = [str(c["quote"]) for c in own if c.get("quote")]
    if not texts or any(not c.get("quote") for c in own):
        texts.append(str(quote.get("text") or ""))
    return texts


def _score_quotes(art: GoldArticle, sid: str | None, quotes: list[dict], actors: dict, tally: _Tally) -> None:
    f = art.file
    found = right = 0
    matched: set[int] = set()
    for g in art.quotes:
        hits = [i for i, q in enumerate(quotes) if any(quotes_match(g.text, t) for t in _quote_texts(q, sid))]
        matched.update(hits)
        if not hits:
            who = " / ".join(g.speakers) or "nobody"
            tally.misses.append(Detail(file=f, category="quote", item=f"{_short(g.text)} ({who})"))
            continue
        found += 1
        said = [_speaker_names(quotes[i], actors) for i in hits]
        if not g.speakers:
            ok = any(s is None for s in said)
        else:
            ok = any(s is not None and _any_match(g.speakers, s) for s in said)
        if ok:
            right += 1
        else:
            got = ", ".join(sorted({(s[0] if s else "nobody") for s in said}))
            item = f"{_short(g.text)}: {' / '.join(g.speakers) or 'nobody'} (got {got})"
            tally.misses.append(Detail(file=f, category="speaker", item=item))
    tally.add("quotes", found, len(art.quotes))
    tally.add("speakers", right, found)
    long_quotes = [
        i
        for i, q in enumerate(quotes)
        if max(len(normalise_quote(t).split()) for t in _quote_texts(q, sid)) >= QUOTE_MIN_WORDS
    ]
    false = [i for i in long_quotes if i not in matched]
    for i in false:
        tally.fps.append(Detail(file=f, category="quote", item=_short(_quote_texts(quotes[i], sid)[0])))
    tally.add("false_quotes", len(false), len(long_quotes))


def _event_reports(events: list[dict], sid: str | None) -> list[tuple[dict, str | None]]:
    """(event, date) for each of this source's citations of each event: a merged event keeps the date
    each source gives (`date` on the citation) when the sources disagree."""
    reports = []
    for e in events:
        own = [c for c in e.get("sources") or [] if isinstance(c, dict) and c.get("source") == sid]
        dates = sorted({str(c["date"]) for c in own if c.get("date")}) or [e.get("date")]
        reports.extend((e, d) for d in dates)
    return reports


def _score_events(art: GoldArticle, sid: str | None, events: list[dict], tally: _Tally) -> None:
    f = art.file
    reports = _event_reports(events, sid)
    candidates = [
        [
            i
            for i, (e, d) in enumerate(reports)
            if dates_match(g.date, d) and _event_keyword_ok(g, e, sid or "")
        ]
        for g in art.events
    ]
    matching = _max_matching(candidates)
    for g, m in zip(art.events, matching, strict=True):
        if m is None:
            tally.misses.append(Detail(file=f, category="event", item=f"{g.date} {g.what}".strip()))
    tally.add("event_recall", sum(m is not None for m in matching), len(art.events))
    right = 0
    for e, d in reports:
        if any(dates_match(g.date, d) for g in art.events):
            right += 1
        else:
            tally.fps.append(Detail(file=f, category="event", item=f"{d} {_short(str(e.get('title')))}"))
    tally.add("event_precision", right, len(reports))


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- output


def format_scores(scores: Scores, *, verbose: bool = False) -> str:
    """The table (and, with `verbose`, every miss and false positive) as plain text."""
    lines = [f"Extraction quality on {scores.articles} gold article(s)", ""]
    width = max(len(r.label) for r in scores.rows)
    lines.append(f"{'measure':<{width}}  {'found/total':>11}  {'%':>6}  {'target':>7}")
    lines.append("-" * (width + 36))
    for r in scores.rows:
        pct = "-" if r.percent is None else f"{r.percent:.1f}"
        target = f"{r.target[0]} {r.target[1]:.0f}" if r.target else ""
        mark = {True: "ok", False: "MISS", None: ""}[r.meets_target]
        lines.append(
            f"{r.label:<{width}}  {f'{r.found}/{r.total}':>11}  {pct:>6}  {target:>7}  {mark}".rstrip()
        )
    if scores.unmatched_files:
        lines += ["", "Gold articles not among the sources: " + ", ".join(scores.unmatched_files)]
    false_people = [d for d in scores.false_positives if d.category == "person"]
    if false_people:
        lines += ["", "Listed as people but not people:"]
        lines += [f"  {d.file}: {d.item}" for d in false_people]
    if verbose:
        if scores.misses:
            lines += ["", "Misses (gold not found):"]
            lines += [f"  {d.file}: {d.category}: {d.item}" for d in scores.misses]
        false_places = [d for d in scores.false_positives if d.category == "place"]
        if false_places:
            lines += ["", "Extracted places not in the gold:"]
            lines += [f"  {d.file}: {d.item}" for d in false_places]
        others = [d for d in scores.false_positives if d.category not in {"person", "place"}]
        if others:
            lines += ["", "False positives (extracted, not in the gold):"]
            lines += [f"  {d.file}: {d.category}: {d.item}" for d in others]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- command line


def add_parser(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add the `evaluate` subcommand to the CLI."""
    p = sub.add_parser(
        "evaluate",
        parents=[common],
        help="measure extraction quality against gold annotations",
        description="Compare data/*.yaml with hand-made gold annotations (one YAML file per "
        "article) and print, per category, what was found and what is wrong, with the targets. "
        "The gold format is described in build_dossier/evaluate.py.",
    )
    p.add_argument("--gold", required=True, metavar="DIR", help="folder of gold annotation files (*.yaml)")
    p.add_argument("--data", default="data", metavar="DIR", help="generated YAML (default: data)")
    p.add_argument(
        "--seeds",
        default="seeds",
        metavar="DIR",
        help="articles, to map files to source ids (default: seeds)",
    )
    p.add_argument("-v", "--verbose", action="store_true", help="list every miss and false positive")
    p.set_defaults(func=cmd_evaluate)


def cmd_evaluate(args: argparse.Namespace, report: Report, progress) -> int:
    """Print the score table; bad gold or data files raise `DossierError` (exit 2)."""
    from build_dossier.data import load_data

    gold = load_gold(Path(args.gold))
    dossier = load_data(Path(args.data))
    if not dossier.sources:
        raise DossierError(
            str(Path(args.data) / "sources.yaml"), 0, "no sources: run `build-dossier extract`"
        )
    progress(f"evaluate: {len(gold)} gold file(s) against {len(dossier.sources)} source(s)")
    print(format_scores(score(gold, dossier), verbose=args.verbose), end="")
    return 0
