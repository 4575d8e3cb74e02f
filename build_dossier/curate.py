"""curate: the curator's decisions (seeds/curation.yaml) applied on top of extraction.

The curation file is read, never written. Every section is optional; an empty or missing file is an
empty curation. Its known actors, places and agreements also feed extraction as `Knowledge`
(aliases, kinds, roles), so what a curator knows is data, not code. The JSON Schema of the format is
`build_dossier/schemas/curation.json`.

```yaml
actors:                       # known people, organisations, countries
  - name: Mehmet Ali Çelik   # canonical name (with diacritics); its slug is the actor's id
    kind: person                 # person (default) | organization | country
    aliases: [Ali Celik, Celik]
    roles: [President]
    country: Turkey              # name of the actor's country
    note: free text
places:
  - name: Kora
    aliases: [Korra, Shushi]
agreements:
  - name: Trilateral statement
    aliases: [Russian-brokered agreement]
    date: 2020-11-10             # EDTF signing date
    parties: [Armenia, Azerbaijan, Russia]
events:                       # overrides of extracted events, by id (the id never changes)
  - id: 2020-11-10-trilateral-statement-signed
    title: Leaders sign the trilateral statement
    date: 2020-11-10
    reject: false
    note: free text
quotes:                       # overrides of extracted quotes, by id
  - id: unattributed-1a2b3c4d
    speaker: hulusi-akar         # actor id or name
    reject: false
    note: free text
merge:                        # records that are one real thing; references are rewritten
  - {kind: actors, into: hulusi-akar, ids: [akar]}
split:                        # an event or quote merged wrongly: parts by source; part 1 keeps the id
  - kind: events                 # events | quotes
    id: 2020-11-10-the-fighting-ended
    parts:
      - {sources: [000-e24d4901e29cb5bd, 004-0c0575619c868127]}
      - {sources: [003-73061d099c96e705], title: Trilateral statement signed, date: 2020-11-09}
reject:                       # records that must not appear; references to them are dropped
  - {kind: events, id: 2021-04-26-page-header, note: crawl date, not an event}
add:                          # what extraction missed, each with the source that supports it
  - kind: event                  # event | quote
    source: 003-73061d099c96e705 # source id
    date: 2021-06-15
    title: Turkey and Azerbaijan sign the Kora Declaration
    text: the supporting sentence (for a quote: the quoted words)
    actors: [turkey, azerbaijan] # actor ids; `places`, `agreement` likewise
  - {kind: quote, source: …, speaker: …, text: …, sentence: the sentence it appears in}
disagreements:                # where sources disagree, the value to keep (all values stay listed)
  - {kind: agreements, id: trilateral-statement, field: date, choose: 2020-11-10}
outlets:                      # who publishes each source: outlet name -> its country and type
  Anadolu Agency: {country: Turkey, type: state news agency}
  Examplenews: {country: Azerbaijan, type: private newspaper, aliases: [Examplenews.Az]}
notes: free text, or a list of free texts
```

Validation reports every problem as `path:line: message` with the line of the offending node: YAML
syntax errors (with the column), duplicate keys, YAML anchors and aliases (refused: they serve no
purpose here and allow "billion laughs" bombs), unknown keys, wrong types, and invalid EDTF dates.
Decisions are applied in a fixed order (known names, merge, split, reject, events, quotes, disagreements,
add, outlets); a decision whose target no longer exists is a warning, never dropped silently.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.constructor import SafeConstructor

from build_dossier import edtf
from build_dossier.errors import Report
from build_dossier.models import Dossier
from build_dossier.slugs import fold, short_hash, slugify


@dataclass(frozen=True, kw_only=True)
class KnownActor:
    name: str
    kind: str
    """`person`, `organization` or `country`."""
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    country: str | None = None


@dataclass(frozen=True, kw_only=True)
class KnownPlace:
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class KnownAgreement:
    name: str
    aliases: tuple[str, ...] = ()
    date: str | None = None
    parties: tuple[str, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Knowledge:
    """What the curator declared: extraction uses it to recognise and name things."""

    actors: tuple[KnownActor, ...] = ()
    places: tuple[KnownPlace, ...] = ()
    agreements: tuple[KnownAgreement, ...] = ()


@dataclass(frozen=True, kw_only=True)
class Curation:
    path: str
    raw: dict
    """The parsed, validated file (mapping of sections)."""
    knowledge: Knowledge
    lines: dict[tuple, int] = field(default_factory=dict)
    """1-based line of each node, by its path in `raw` (`("events", 2, "title")`)."""

    def line(self, *path: object) -> int:
        """Line of the node at `path`, or of its nearest ancestor; 0 if unknown."""
        p = tuple(path)
        while p:
            if p in self.lines:
                return self.lines[p]
            p = p[:-1]
        return 0


# ---------------------------------------------------------------- reading


class _YamlProblem(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


_SCALARS = SafeConstructor()
_NO_ALIASES = (
    "YAML anchors and aliases (&name, *name) are not allowed in the curation file; write the value out"
)
_TIMESTAMP = "tag:yaml.org,2002:timestamp"


def _scalar(node: yaml.ScalarNode, key: object) -> object:
    tag = node.tag.rsplit(":", 1)[-1]
    if tag == "str" or node.tag == _TIMESTAMP:
        return node.value  # dates stay text: they are EDTF strings
    if tag == "int" and key == "date":
        return node.value  # `date: 2020` is the EDTF year, not a number
    constructors = {
        "null": _SCALARS.construct_yaml_null,
        "bool": _SCALARS.construct_yaml_bool,
        "int": _SCALARS.construct_yaml_int,
        "float": _SCALARS.construct_yaml_float,
    }
    if tag not in constructors:
        raise _YamlProblem(node.start_mark.line + 1, f"unsupported YAML tag {node.tag}")
    return constructors[tag](node)


def _to_python(node: yaml.Node, path: tuple, lines: dict, key_lines: dict, seen: set[int]) -> object:
    line = node.start_mark.line + 1
    if id(node) in seen:
        raise _YamlProblem(
            line, "YAML aliases (*name) are not allowed in the curation file; write the value out"
        )
    seen.add(id(node))
    lines[path] = line
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node, path[-1] if path else None)
    if isinstance(node, yaml.SequenceNode):
        return [_to_python(item, (*path, i), lines, key_lines, seen) for i, item in enumerate(node.value)]
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag.rsplit(":", 1)[-1] == "merge":
                raise _YamlProblem(key_line, "keys must be plain names (no merge keys or complex keys)")
            key = key_node.value
            if key in out:
                raise _YamlProblem(
                    key_line, f"duplicate key {key!r} (first at line {key_lines[(*path, key)]})"
                )
            key_lines[(*path, key)] = key_line
            out[key] = _to_python(value_node, (*path, key), lines, key_lines, seen)
        return out
    raise _YamlProblem(line, "unsupported YAML node")  # pragma: no cover - PyYAML has only three


def parse_yaml(text: str, path: str, report: Report) -> tuple[object, dict, dict] | None:
    """Strict YAML: (value, node lines, key lines), or None after reporting the problem.

    Duplicate keys, anchors/aliases and unknown tags are errors; dates stay strings.
    """
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                report.error(path, event.start_mark.line + 1, _NO_ALIASES)
                return None
        node = yaml.compose(text, Loader=loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" (column {mark.column + 1})" if mark else ""
        report.error(
            path, mark.line + 1 if mark else 0, f"YAML syntax error: {exc.problem or exc.context}{where}"
        )
        return None
    except yaml.YAMLError as exc:
        report.error(path, 0, f"YAML error: {exc}")
        return None
    if node is None:
        return {}, {}, {}
    lines: dict = {}
    key_lines: dict = {}
    try:
        value = _to_python(node, (), lines, key_lines, set())
    except _YamlProblem as exc:
        report.error(path, exc.line, exc.message)
        return None
    return value, lines, key_lines


def _where(parts: Iterable[object]) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def _check(raw: object, path: str, lines: dict, key_lines: dict, report: Report) -> set[tuple]:
    """Schema problems of the curation file, reported at the line of the node; returns bad item paths."""
    from build_dossier.schema import validator_for

    bad: set[tuple] = set()
    for error in sorted(validator_for("curation").iter_errors(raw), key=lambda e: [str(p) for p in e.path]):
        loc = tuple(error.absolute_path)
        bad.add(loc[:2])
        if error.validator == "additionalProperties" and isinstance(error.instance, dict):
            known = sorted(error.schema.get("properties", {}))
            for key in sorted(set(error.instance) - set(known), key=str):
                report.error(
                    path,
                    key_lines.get((*loc, key), _line(lines, loc)),
                    f"{_where((*loc, key))}: unknown key {key!r} (expected one of: {', '.join(known)})",
                )
            continue
        if error.validator == "format" and error.validator_value == "edtf":
            message = f"{error.instance!r} is not a valid EDTF date (e.g. 2020-11-10, 2020-11, 2020)"
        else:
            message = error.message
        report.error(path, _line(lines, loc), f"{_where(loc) or 'curation'}: {message}")
    if isinstance(raw, dict):
        for i, item in enumerate(_list(raw.get("add"))):
            if isinstance(item, dict) and item.get("kind") == "event" and "title" not in item:
                bad.add(("add", i))
                report.error(path, _line(lines, ("add", i)), f"add[{i}]: an added event needs a 'title'")
        for i, item in enumerate(_list(raw.get("disagreements"))):
            if not isinstance(item, dict):
                continue
            fld, choose = item.get("field"), item.get("choose")
            if fld in PROTECTED_FIELDS:
                bad.add(("disagreements", i))
                report.error(
                    path,
                    _line(lines, ("disagreements", i, "field")),
                    f"disagreements[{i}]: {fld!r} is not a value sources disagree on; choose a value of "
                    f"{', '.join(sorted(CHOOSABLE_FIELDS))} or a number fact of data/disagreements.yaml",
                )
            elif fld == "date" and not (isinstance(choose, str) and edtf.is_valid(choose)):
                bad.add(("disagreements", i))
                report.error(
                    path,
                    _line(lines, ("disagreements", i, "choose")),
                    f"disagreements[{i}]: {choose!r} is not a valid EDTF date (e.g. 2020-11-10, 2020)",
                )
            elif item.get("kind") == "dossier" and item.get("id") != "dossier":
                bad.add(("disagreements", i))
                report.error(
                    path,
                    _line(lines, ("disagreements", i, "id")),
                    f"disagreements[{i}]: kind dossier needs id dossier",
                )
        for i, item in enumerate(_list(raw.get("merge"))):
            if isinstance(item, dict) and item.get("into") in _list(item.get("ids")):
                bad.add(("merge", i))
                report.error(path, _line(lines, ("merge", i, "ids")), f"merge[{i}]: 'into' is also in 'ids'")
    return bad


CHOOSABLE_FIELDS = frozenset({"date", "title", "name", "speaker"})
"""Record fields a disagreement choice sets; other fields name number facts and are only recorded."""
PROTECTED_FIELDS = frozenset(
    {
        "id",
        "sources",
        "aliases",
        "actors",
        "places",
        "parties",
        "roles",
        "agreement",
        "kind",
        "country",
        "text",
    }
)
"""Fields no choice may touch: ids, references and evidence."""


def _list(value: object) -> list:
    """`value` if it is a list, else an empty list (its wrong type is reported by the schema)."""
    return value if isinstance(value, list) else []


def _line(lines: dict, loc: tuple) -> int:
    while loc:
        if loc in lines:
            return lines[loc]
        loc = loc[:-1]
    return lines.get((), 0)


def _strings(value: object) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def _knowledge(raw: dict, bad: set[tuple]) -> Knowledge:
    def items(section: str) -> list[dict]:
        value = raw.get(section)
        if (section,) in bad or not isinstance(value, list):
            return []
        return [x for i, x in enumerate(value) if (section, i) not in bad and isinstance(x, dict)]

    return Knowledge(
        actors=tuple(
            KnownActor(
                name=a["name"],
                kind=a.get("kind", "person"),
                aliases=_strings(a.get("aliases")),
                roles=_strings(a.get("roles")),
                country=a.get("country"),
            )
            for a in items("actors")
        ),
        places=tuple(KnownPlace(name=p["name"], aliases=_strings(p.get("aliases"))) for p in items("places")),
        agreements=tuple(
            KnownAgreement(
                name=g["name"],
                aliases=_strings(g.get("aliases")),
                date=g.get("date"),
                parties=_strings(g.get("parties")),
            )
            for g in items("agreements")
        ),
    )


def parse_curation(text: str, path: str, report: Report) -> Curation:
    """Validate curation text; problems go to `report`, invalid items are left out of the result."""
    parsed = parse_yaml(text, path, report)
    if parsed is None:
        return Curation(path=path, raw={}, knowledge=Knowledge())
    raw, lines, key_lines = parsed
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        report.error(
            path, _line(lines, ()), "the curation file must be a mapping of sections (actors:, places:, …)"
        )
        return Curation(path=path, raw={}, knowledge=Knowledge(), lines=lines)
    bad = _check(raw, path, lines, key_lines, report)
    return Curation(path=path, raw=_with_indices(raw, bad), knowledge=_knowledge(raw, bad), lines=lines)


def _with_indices(raw: dict, bad: set[tuple]) -> dict:
    """`raw` with invalid items replaced by None (so indices, hence lines, stay right)."""
    out = {}
    for section, value in raw.items():
        if (section,) in bad:
            continue
        if isinstance(value, list):
            out[section] = [None if (section, i) in bad else x for i, x in enumerate(value)]
        else:
            out[section] = value
    return out


def load_curation(path: Path, report: Report) -> Curation:
    """Read and validate the curation file; a missing file is an empty curation."""
    path = Path(path)
    if not path.exists():
        return Curation(path=str(path), raw={}, knowledge=Knowledge())
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report.error(str(path), 0, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        return Curation(path=str(path), raw={}, knowledge=Knowledge())
    return parse_curation(text, str(path), report)


# ---------------------------------------------------------------- applying

# What refers to each kind: (file, field).
_REFS = {
    "actors": (
        ("actors", "country"),
        ("agreements", "parties"),
        ("agreements", "mediator"),
        ("events", "actors"),
        ("quotes", "speaker"),
    ),
    "places": (("events", "places"),),
    "agreements": (("events", "agreement"),),
    "events": (),
    "quotes": (),
}
_NAMED = ("actors", "places", "agreements")


class _Files:
    """Mutable working copy of the dossier's records while decisions are applied."""

    def __init__(self, dossier: Dossier) -> None:
        self.files = {
            name: {r["id"]: copy.deepcopy(r) for r in recs} for name, recs in dossier.files().items()
        }

    def rewrite(self, kind: str, mapping: dict[str, str | None]) -> None:
        """Point references to `kind` ids elsewhere (None drops them)."""
        for file, fld in _REFS[kind]:
            for rec in self.files.get(file, {}).values():
                value = rec.get(fld)
                if isinstance(value, list):
                    rec[fld] = sorted({mapping.get(v, v) for v in value} - {None})
                elif value in mapping:
                    rec[fld] = mapping[value]

    def merge(self, kind: str, into: str, others: list[str], reason: str) -> None:
        recs = self.files[kind]
        target = recs[into]
        for oid in others:
            other = recs.pop(oid)
            for key, value in other.items():
                if key == "id":
                    continue
                if key == "name" and kind in _NAMED:
                    if value != target["name"]:
                        target.setdefault("aliases", []).append(value)
                elif isinstance(value, list):
                    target[key] = _union(target.get(key) or [], value)
                elif key == "mentions":
                    target[key] = target.get(key, 0) + value
                elif target.get(key) is None:
                    target[key] = value
            if kind in _NAMED:
                target["aliases"] = _union([], [a for a in target.get("aliases", []) if a != target["name"]])
        target["merged_because"] = _union(target.get("merged_because") or [], [reason])
        self.rewrite(kind, dict.fromkeys(others, into))

    def rename(self, kind: str, old: str, new: str) -> None:
        rec = self.files[kind].pop(old)
        rec["id"] = new
        self.files[kind][new] = rec
        self.rewrite(kind, {old: new})

    def dossier(self, original: Dossier) -> Dossier:
        out = {name: tuple(recs[i] for i in sorted(recs)) for name, recs in self.files.items()}
        extra = {name: out[name] for name in original.extra}
        return Dossier(**{name: out[name] for name in Dossier.FILES}, extra=extra)


def rename_ids(dossier: Dossier, renames: dict[str, dict[str, str]]) -> Dossier:
    """The dossier with records renamed (`kind -> {old id: new id}`) and every reference rewritten."""
    if not any(renames.values()):
        return dossier
    files = _Files(dossier)
    for kind, mapping in sorted(renames.items()):
        for old, new in sorted(mapping.items()):
            if old in files.files[kind] and new not in files.files[kind]:
                files.rename(kind, old, new)
    return files.dossier(dossier)


def _union(a: list, b: list) -> list:
    """Sorted union of two lists of strings or of citation mappings."""
    items = {repr(sorted(x.items())) if isinstance(x, dict) else repr(x): x for x in [*a, *b]}
    return [items[k] for k in sorted(items, key=lambda k: _sort_key(items[k]))]


def _sort_key(x: object) -> tuple:
    if isinstance(x, dict):
        return (str(x.get("source", "")), x.get("line", 0), str(x.get("text", "")), repr(sorted(x.items())))
    return (str(x).casefold(), str(x))


def _apply_known(files: _Files, curation: Curation, report: Report) -> None:
    """Known actors/places/agreements: merge the records they name, with the curated name and data."""
    sections = (
        ("actors", curation.knowledge.actors),
        ("places", curation.knowledge.places),
        ("agreements", curation.knowledge.agreements),
    )
    for kind, known_items in sections:
        for known in known_items:
            forms = {fold(f) for f in (known.name, *known.aliases)}
            recs = files.files[kind]
            hits = sorted(
                i
                for i, r in recs.items()
                if fold(r["name"]) in forms or any(fold(a) in forms for a in r.get("aliases", []))
            )
            if not hits:
                continue
            new_id = slugify(known.name)
            if new_id in recs and new_id not in hits:
                hits.append(new_id)
            into = new_id if new_id in hits else hits[0]
            if len(hits) > 1:
                files.merge(kind, into, [h for h in hits if h != into], "curated alias")
            if into != new_id:
                files.rename(kind, into, new_id)
            rec = files.files[kind][new_id]
            if rec["name"] != known.name:
                rec["aliases"] = [*rec.get("aliases", []), rec["name"]]
                rec["name"] = known.name
            rec["aliases"] = _union(
                [], [a for a in (*rec.get("aliases", []), *known.aliases) if a != known.name]
            )
            if kind == "actors":
                rec["kind"] = known.kind
                rec["roles"] = _union(rec.get("roles") or [], list(known.roles))
            if kind == "agreements" and known.date:
                rec["date"] = known.date
    # references by name, once every known record has its curated id
    for known in curation.knowledge.actors:
        rec = files.files["actors"].get(slugify(known.name))
        if rec is not None and known.country:
            cid = _resolve(files, "actors", known.country)
            if cid and cid != rec["id"]:
                rec["country"] = cid
    for known in curation.knowledge.agreements:
        rec = files.files["agreements"].get(slugify(known.name))
        if rec is not None:
            parties = [p for p in (_resolve(files, "actors", n) for n in known.parties) if p]
            rec["parties"] = _union(rec.get("parties") or [], parties)


def _resolve(files: _Files, kind: str, ref: str) -> str | None:
    """An id, or a name/alias, of a record of `kind`."""
    recs = files.files.get(kind, {})
    if ref in recs:
        return ref
    key = fold(ref)
    hits = sorted(
        i
        for i, r in recs.items()
        if fold(r.get("name", "")) == key or any(fold(a) == key for a in r.get("aliases", []))
    )
    return hits[0] if hits else None


def _items(curation: Curation, section: str) -> list[tuple[int, dict]]:
    return [(i, x) for i, x in enumerate(curation.raw.get(section) or []) if isinstance(x, dict)]


def apply_curation(dossier: Dossier, curation: Curation, report: Report) -> Dossier:
    """Apply the curator's decisions on top of the consolidated dossier (deterministic order)."""
    files = _Files(dossier)
    path = curation.path

    def gone(line_path: tuple, what: str) -> None:
        report.warn(path, curation.line(*line_path), f"{what} no longer exists; the decision was not applied")

    _apply_known(files, curation, report)
    for i, m in _items(curation, "merge"):
        kind, recs = m["kind"], files.files[m["kind"]]
        if m["into"] not in recs:
            gone(("merge", i, "into"), f"{kind} {m['into']!r} (merge target)")
            continue
        present = []
        for j, oid in enumerate(m["ids"]):
            if oid in recs:
                present.append(oid)
            else:
                gone(("merge", i, "ids", j), f"{kind} {oid!r}")
        if present:
            files.merge(kind, m["into"], present, "curator merge")
    for i, sp in _items(curation, "split"):
        _split(files, curation, i, sp, report)
    for i, r in _items(curation, "reject"):
        if not _reject(files, r["kind"], r["id"]):
            gone(("reject", i, "id"), f"{r['kind']} {r['id']!r}")
    for i, e in _items(curation, "events"):
        rec = files.files["events"].get(e["id"])
        if rec is None:
            gone(("events", i, "id"), f"event {e['id']!r}")
        elif e.get("reject"):
            _reject(files, "events", e["id"])
        else:
            rec.update({k: e[k] for k in ("title", "date", "note") if k in e})
    for i, q in _items(curation, "quotes"):
        rec = files.files["quotes"].get(q["id"])
        if rec is None:
            gone(("quotes", i, "id"), f"quote {q['id']!r}")
        elif q.get("reject"):
            _reject(files, "quotes", q["id"])
        else:
            if "speaker" in q:
                speaker = _resolve(files, "actors", q["speaker"])
                if speaker is None:
                    gone(("quotes", i, "speaker"), f"actor {q['speaker']!r}")
                else:
                    rec["speaker"] = speaker
            if "note" in q:
                rec["note"] = q["note"]
    for i, d in _items(curation, "disagreements"):
        if d["kind"] == "dossier":
            continue  # a fact of the whole dossier (a number): recorded by the disagreements stage
        rec = files.files[d["kind"]].get(d["id"])
        if rec is None:
            gone(("disagreements", i, "id"), f"{d['kind']} {d['id']!r}")
        elif d["field"] in CHOOSABLE_FIELDS:
            rec[d["field"]] = str(d["choose"])
    for i, a in _items(curation, "add"):
        _add(files, curation, i, a, report)
    _apply_outlets(files, curation)
    return files.dossier(dossier)


def _split(files: _Files, curation: Curation, i: int, item: dict, report: Report) -> None:
    """`split:` one event or quote into parts by source; the first part keeps the id (and the URL)."""
    kind, rid = item["kind"], item["id"]
    rec = files.files[kind].get(rid)
    if rec is None:
        report.warn(
            curation.path, curation.line("split", i, "id"), f"{kind} {rid!r} no longer exists; not split"
        )
        return
    citations = rec.get("sources", [])
    cited = {c["source"] for c in citations}
    for j, part in enumerate(item["parts"]):
        for k, src in enumerate(part["sources"]):
            if src not in cited:
                report.warn(
                    curation.path,
                    curation.line("split", i, "parts", j, "sources", k),
                    f"{kind} {rid!r} cites no source {src!r}; that part of the split is incomplete",
                )
    claimed = {src for part in item["parts"] for src in part["sources"]}
    unclaimed = [c for c in citations if c["source"] not in claimed]
    for j, part in enumerate(item["parts"]):
        own = [c for c in citations if c["source"] in part["sources"]]
        if j == 0:
            own += unclaimed
        if not own:
            continue
        new = copy.deepcopy(rec) if j else rec
        new["sources"] = own
        for key in ("title", "date", "speaker"):
            if key in part:
                new[key] = part[key]
        new["split_because"] = item.get("note") or "split by the curator"
        if j:
            base = slugify(part.get("title") or new.get("title") or new.get("text", "")[:60], max_length=60)
            prefix = (new.get("date") or "undated").replace("/", "--").lower()
            new_id = f"{prefix}-{base}" if kind == "events" else f"{rid}-{short_hash(repr(part['sources']))}"
            while new_id in files.files[kind]:
                new_id = f"{new_id}-{short_hash(new_id)}"
            new["id"] = new_id
            new["split_from"] = rid
            files.files[kind][new_id] = new


def _outlet_key(name: str) -> str:
    """Folded outlet name; a trailing web domain is ignored (`Examplenews.Az` is `Examplenews`)."""
    return fold(re.sub(r"\.[a-z]{2,3}$", "", name.strip(), flags=re.IGNORECASE))


def _apply_outlets(files: _Files, curation: Curation) -> None:
    """`outlets:` copy each outlet's `country` and `type` onto the sources it published (any case).

    Like known actors, an outlet that publishes none of the sources is reference data, not an error.
    """
    outlets = curation.raw.get("outlets")
    if not isinstance(outlets, dict):
        return
    for name, info in sorted(outlets.items()):
        if not isinstance(info, dict):
            continue
        forms = {_outlet_key(f) for f in (name, *_strings(info.get("aliases"))) if isinstance(f, str)}
        hits = [
            r for r in files.files["sources"].values() if _outlet_key(str(r.get("outlet") or "")) in forms
        ]
        for rec in hits:
            rec["outlet_country"] = info.get("country")
            rec["outlet_type"] = info.get("type")


def _reject(files: _Files, kind: str, rid: str) -> bool:
    if files.files[kind].pop(rid, None) is None:
        return False
    files.rewrite(kind, {rid: None})
    return True


def _add(files: _Files, curation: Curation, i: int, item: dict, report: Report) -> None:
    path = curation.path
    source = item["source"]
    if source not in files.files["sources"]:
        report.warn(
            path,
            curation.line("add", i, "source"),
            f"source {source!r} no longer exists; the added {item['kind']} was not added",
        )
        return

    def one(kind: str, ref: str, where: tuple, consequence: Callable[[str, str], str]) -> str | None:
        """The id `ref` names, or a warning at the curation line `where` and None."""
        rid = _resolve(files, kind, ref)
        if rid is None:
            report.warn(path, curation.line("add", i, *where), consequence(kind, ref))
        return rid

    def ids(kind: str, refs: list[str], fld: str) -> list[str]:
        found = (
            one(kind, ref, (fld, j), lambda k, r: f"{k} {r!r} no longer exists; left out")
            for j, ref in enumerate(refs)
        )
        return sorted({rid for rid in found if rid is not None})

    note = {"note": item["note"]} if "note" in item else {}
    if item["kind"] == "event":
        date = item.get("date")
        prefix = date.replace("/", "--").lower() if date else "undated"
        rid = f"{prefix}-{slugify(item['title'], max_length=60)}"
        if rid in files.files["events"]:
            rid = f"{rid}-{short_hash(source + item['text'])}"
        agreement = None
        if item.get("agreement"):
            agreement = one(
                "agreements",
                item["agreement"],
                ("agreement",),
                lambda k, r: f"agreement {r!r} no longer exists; left out",
            )
        files.files["events"][rid] = {
            "id": rid,
            "date": date,
            "title": item["title"],
            "actors": ids("actors", item.get("actors", []), "actors"),
            "places": ids("places", item.get("places", []), "places"),
            "agreement": agreement,
            "sources": [{"source": source, "text": item["text"]}],
            "added_by_curator": True,
            **note,
        }
    else:
        speaker = None
        if item.get("speaker"):
            speaker = one(
                "actors",
                item["speaker"],
                ("speaker",),
                lambda k, r: f"actor {r!r} no longer exists; the quote is unattributed",
            )
        rid = f"{speaker or 'unattributed'}-{short_hash(fold(item['text']))}"
        files.files["quotes"][rid] = {
            "id": rid,
            "speaker": speaker,
            "text": item["text"],
            "partial": bool(item.get("partial", False)),
            "date": item.get("date") if item.get("date") and edtf.is_valid(item["date"]) else None,
            "sources": [{"source": source, "text": item.get("sentence", item["text"])}],
            "added_by_curator": True,
            **note,
        }
