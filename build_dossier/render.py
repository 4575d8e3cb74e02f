"""render: the dossier's records -> Markdown pages, through the Jinja templates in templates/.

`render_pages` returns `{docs-relative path: Markdown}`; it never writes to disk (the CLI's
`render` command writes them for review, the MkDocs plugin adds them to the site in memory).

Safety: article text is untrusted. Templates are rendered with autoescape off (the output is
Markdown, not HTML) and every data value goes through the `md` filter, which makes it literal text:
HTML-significant characters become entities, Markdown/Jinja/attr_list syntax characters become
numeric character references, whitespace (newlines included) collapses to single spaces, and a
leading list or rule marker is neutralised. Ids are checked to be ASCII slugs before they are
used in paths, anchors and links; external URLs are shown as links only when they are http(s).

URLs and anchors follow DESIGN.md: `chronology/index.md` carries each event at `<a id="<event id>">`,
and item pages live at `events/`, `people/`, `organisations/`, `agreements/`, `places/`,
`sources/` + `<id>.md`. Links between pages are relative `.md` links, so MkDocs validates them.

Disagreements (`data/disagreements.yaml`) get their own page (`disagreements/index.md`, each at
`#<disagreement id>`) and are shown on the page of their event or agreement. Source perspective:
each source's `outlet_country` / `outlet_type` (from the curation file's `outlets:`) is shown on
event pages ("Reported by") and summed up on the home page (`outlet_balance`).

Links that never break (`data/ledger.yaml`, see `build_dossier.ledger`): for each `moved` entry the
old URL gets a page that redirects to its successor (front matter `dossier_redirect`, turned into a
meta refresh and a canonical link by the MkDocs plugin, plus a visible link), and the old chronology
anchor is kept next to the successor's; for each `withdrawn` entry the old URL gets a page saying
so, why, and what to read instead, and an old event anchor lands in the chronology's `Withdrawn`
section.
"""

from __future__ import annotations

import posixpath
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from build_dossier import edtf
from build_dossier.errors import DossierError
from build_dossier.models import Dossier

# ---------------------------------------------------------------- escaping

_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")

# Characters that mean something to Markdown, its extensions (attr_list, tables, admonition),
# Jinja or HTML, written as character references so they can only ever be text.
_ESCAPES = {ord(c): f"&#{ord(c)};" for c in "\\`*_{}[]|#!~^"}
_ESCAPES.update({ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"})
# A value placed at the start of a line could open a list, a rule, a heading or a setext underline.
_LINE_START = re.compile(r"^(?:[-+=]|\d+[.)])")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
"""C0 control characters: Python-Markdown uses \x02/\x03 as internal placeholders."""


def md(value: object) -> str:
    """Escape a data value for Markdown inline text: it renders exactly as written, on one line."""
    if value is None:
        return ""
    text = " ".join(_CONTROL.sub("", str(value)).split())
    text = text.translate(_ESCAPES)
    if m := _LINE_START.match(text):
        last = m.group(0)[-1]
        text = m.group(0)[:-1] + f"&#{ord(last)};" + text[m.end() :]
    return text


_SAFE_URL = re.compile(r"^https?://[^\s]+$", re.IGNORECASE)
_URL_ESCAPES = {ord(c): f"%{ord(c):02X}" for c in "`\\|()<>[]{}*\"' "}


def safe_url(value: object) -> str | None:
    """An http(s) URL made safe for a Markdown link destination, or None for anything else."""
    if not isinstance(value, str) or not _SAFE_URL.match(value.strip()):
        return None
    return value.strip().translate(_URL_ESCAPES)


def display_date(value: object) -> str:
    """An EDTF date at its precision (`10 November 2020`, `November 2020`, `1990s`), or `undated`."""
    if not value:
        return "undated"
    text = str(value)
    return md(edtf.display(text)) if edtf.is_valid(text) else md(text)


# ---------------------------------------------------------------- the index (who links to what)

FOLDERS = {
    "event": "events",
    "person": "people",
    "organisation": "organisations",
    "agreement": "agreements",
    "place": "places",
    "source": "sources",
}
PRECISION_ORDER = {"century": -1, "decade": 0, "year": 1, "month": 2, "day": 3, "interval": 4}


def _date_key(value: object) -> tuple[str, int]:
    text = str(value) if value else ""
    if not text or not edtf.is_valid(text):
        return ("9999", 9)
    start = text.split("/")[0]
    return (edtf.sort_key(text), PRECISION_ORDER[edtf.precision(start)] * 2 + ("/" in text))


def event_order(event: Mapping) -> tuple:
    """Chronological order: by date (less precise first within its period), undated last, then id."""
    return (*_date_key(event.get("date")), str(event.get("id")))


def _cites(record: Mapping) -> list[Mapping]:
    return [c for c in record.get("sources") or [] if isinstance(c, Mapping)]


def _source_ids(record: Mapping) -> list[str]:
    """Source ids of a record: `sources` is a list of ids (actors...) or of `{source, text}` (events)."""
    out = []
    for item in record.get("sources") or []:
        sid = item.get("source") if isinstance(item, Mapping) else item
        if isinstance(sid, str) and sid not in out:
            out.append(sid)
    return out


def _mentions(names: Iterable[str], texts: Iterable[str]) -> bool:
    texts = [t.casefold() for t in texts if t]
    for name in names:
        if not name:
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(name.casefold()) + r"(?!\w)")
        if any(pattern.search(t) for t in texts):
            return True
    return False


@dataclass(frozen=True, kw_only=True)
class Index:
    """Lookups and back-references over a `Dossier`, computed once for all pages."""

    actors: dict[str, Mapping]
    places: dict[str, Mapping]
    agreements: dict[str, Mapping]
    events: dict[str, Mapping]
    quotes: dict[str, Mapping]
    sources: dict[str, Mapping]
    chronology: list[Mapping]
    """Every event in date order (undated last)."""
    people: list[Mapping]
    organisations: list[Mapping]
    agreement_list: list[Mapping]
    """Agreements by name (also `place_list`)."""
    place_list: list[Mapping]
    events_by: dict[str, list[Mapping]] = field(default_factory=dict)
    """`actor:<id>`, `place:<id>`, `agreement:<id>`, `source:<id>` -> events (date order)."""
    quotes_by: dict[str, list[Mapping]] = field(default_factory=dict)
    """`speaker:<id>`, `agreement:<id>`, `source:<id>` -> quotes (date order)."""
    members: dict[str, list[Mapping]] = field(default_factory=dict)
    """Country or organisation id -> actors whose `country` is that id."""
    mentioned_in: dict[str, list[str]] = field(default_factory=dict)
    """`actor:<id>` / `place:<id>` / `agreement:<id>` -> source ids."""
    disagreements: list[Mapping] = field(default_factory=list)
    """Every disagreement (data/disagreements.yaml), by id."""
    disagreements_by: dict[str, list[Mapping]] = field(default_factory=dict)
    """`event:<id>` / `agreement:<id>` -> the disagreements about it (an event also gets its agreement's)."""
    old_anchors: dict[str, list[str]] = field(default_factory=dict)
    """Event id -> old event ids whose chronology anchor now lands on it (ledger `moved`)."""
    withdrawn_events: list[Mapping] = field(default_factory=list)
    """Ledger entries of withdrawn events (their old anchors live in the chronology's Withdrawn section)."""

    def path(self, kind: str, ident: str) -> str | None:
        """Docs-relative page path of a record, or None if it has no page."""
        if kind == "actor":
            actor = self.actors.get(ident)
            if actor is None:
                return None
            kind = "person" if actor.get("kind") == "person" else "organisation"
            return f"{FOLDERS[kind]}/{ident}.md"
        table = {
            "event": self.events,
            "agreement": self.agreements,
            "place": self.places,
            "source": self.sources,
        }.get(kind)
        if table is None or ident not in table:
            return None
        return f"{FOLDERS[kind]}/{ident}.md"

    def name(self, kind: str, ident: str) -> str:
        """The display name of a record (falls back to the id for an unknown reference)."""
        table = {
            "actor": self.actors,
            "event": self.events,
            "agreement": self.agreements,
            "place": self.places,
            "source": self.sources,
        }[kind]
        record = table.get(ident) or {}
        return str(record.get("name") or record.get("title") or ident)


def _by_id(records: Iterable[Mapping], file: str) -> dict[str, Mapping]:
    out: dict[str, Mapping] = {}
    for record in records:
        ident = record.get("id")
        if not isinstance(ident, str) or not _ID.match(ident):
            raise DossierError(f"data/{file}.yaml", 0, f"id {ident!r} is not a lowercase ASCII slug")
        if ident in out:
            raise DossierError(f"data/{file}.yaml", 0, f"duplicate id {ident!r}")
        out[ident] = record
    return out


def _name_key(record: Mapping) -> tuple[str, str]:
    return (str(record.get("name") or record.get("title") or "").casefold(), str(record.get("id")))


def build_index(dossier: Dossier) -> Index:
    """Resolve references once: events by actor/place/agreement/source, quotes by speaker/source..."""
    actors = _by_id(dossier.actors, "actors")
    agreements = _by_id(dossier.agreements, "agreements")
    quotes = _by_id(dossier.quotes, "quotes")
    chronology = sorted(dossier.events, key=event_order)
    events_by: dict[str, list[Mapping]] = defaultdict(list)
    for event in chronology:
        for actor in event.get("actors") or []:
            events_by[f"actor:{actor}"].append(event)
        for place in event.get("places") or []:
            events_by[f"place:{place}"].append(event)
        if event.get("agreement"):
            events_by[f"agreement:{event['agreement']}"].append(event)
        for sid in _source_ids(event):
            events_by[f"source:{sid}"].append(event)
    quotes_by: dict[str, list[Mapping]] = defaultdict(list)
    for quote in sorted(quotes.values(), key=event_order):
        if quote.get("speaker"):
            quotes_by[f"speaker:{quote['speaker']}"].append(quote)
        for sid in _source_ids(quote):
            quotes_by[f"source:{sid}"].append(quote)
        texts = [str(quote.get("text") or "")] + [str(c.get("text") or "") for c in _cites(quote)]
        for agreement in agreements.values():
            names = [str(agreement.get("name") or "")] + [str(a) for a in agreement.get("aliases") or []]
            if _mentions(names, texts):
                quotes_by[f"agreement:{agreement['id']}"].append(quote)
    members: dict[str, list[Mapping]] = defaultdict(list)
    for actor in sorted(actors.values(), key=_name_key):
        if actor.get("country") and actor.get("country") != actor["id"]:
            members[str(actor["country"])].append(actor)
    mentioned_in: dict[str, list[str]] = {}
    for kind, records in (
        ("actor", actors.values()),
        ("place", dossier.places),
        ("agreement", agreements.values()),
    ):
        for record in records:
            mentioned_in[f"{kind}:{record['id']}"] = _source_ids(record)
    places = _by_id(dossier.places, "places")
    events = _by_id(dossier.events, "events")
    disagreements = sorted(
        _by_id(
            (d for d in dossier.extra.get("disagreements", ()) if isinstance(d, Mapping)), "disagreements"
        ).values(),
        key=lambda d: str(d.get("id")),
    )
    disagreements_by: dict[str, list[Mapping]] = defaultdict(list)
    for d in disagreements:
        if d.get("subject") and d.get("subject_kind") in ("event", "agreement"):
            disagreements_by[f"{d['subject_kind']}:{d['subject']}"].append(d)
    for event in chronology:
        if event.get("agreement"):
            disagreements_by[f"event:{event['id']}"] += disagreements_by.get(
                f"agreement:{event['agreement']}", []
            )
    old_anchors: dict[str, list[str]] = defaultdict(list)
    withdrawn_events = []
    for entry in ledger_pages(dossier):
        section, _, old = entry["id"].partition("/")
        if section != "events":
            continue
        if entry["status"] == "moved":
            old_anchors[entry["successor"].partition("/")[2]].append(old)
        else:
            withdrawn_events.append(entry)
    return Index(
        actors=actors,
        places=places,
        agreements=agreements,
        events=events,
        quotes=quotes,
        sources=_by_id(dossier.sources, "sources"),
        chronology=chronology,
        people=sorted((a for a in actors.values() if a.get("kind") == "person"), key=_name_key),
        organisations=sorted((a for a in actors.values() if a.get("kind") != "person"), key=_name_key),
        agreement_list=sorted(agreements.values(), key=_name_key),
        place_list=sorted(places.values(), key=_name_key),
        events_by=dict(events_by),
        quotes_by=dict(quotes_by),
        members=dict(members),
        mentioned_in=mentioned_in,
        disagreements=disagreements,
        disagreements_by={k: v for k, v in disagreements_by.items() if v},
        old_anchors={k: sorted(v) for k, v in old_anchors.items()},
        withdrawn_events=withdrawn_events,
    )


# ---------------------------------------------------------------- the ledger: old URLs

LEDGER_SECTIONS = ("events", "people", "organisations", "agreements", "places", "sources")
SECTION_KIND = {
    "events": "event",
    "people": "actor",
    "organisations": "actor",
    "agreements": "agreement",
    "places": "place",
    "sources": "source",
}


def _live_pages(dossier: Dossier) -> set[str]:
    live = {f"events/{r.get('id')}" for r in dossier.events}
    live |= {
        f"{'people' if r.get('kind') == 'person' else 'organisations'}/{r.get('id')}" for r in dossier.actors
    }
    for kind in ("agreements", "places", "sources"):
        live |= {f"{kind}/{r.get('id')}" for r in getattr(dossier, kind)}
    return live


def ledger_pages(dossier: Dossier) -> list[dict]:
    """The ledger entries that need a page at their old URL: `moved` (with a live successor) or
    `withdrawn` (a moved entry whose successor is gone counts as withdrawn). Entries whose URL is a
    live page, or whose id is not a `<section>/<slug>` of a known section, are left out."""
    live = _live_pages(dossier)
    out = []
    for entry in dossier.extra.get("ledger", ()):
        if not isinstance(entry, Mapping):
            continue
        ident = str(entry.get("id") or "")
        section, _, old = ident.partition("/")
        if section not in LEDGER_SECTIONS or not _ID.match(old) or ident in live:
            continue
        status, successor = entry.get("status"), str(entry.get("successor") or "")
        item = {"id": ident, "section": section, "old": old, "label": str(entry.get("label") or old)}
        item["reason"] = entry.get("reason")
        if status == "moved" and successor in live:
            out.append({**item, "status": "moved", "successor": successor})
        elif status in ("moved", "withdrawn"):
            if status == "moved":
                item["reason"] = "the page it moved to no longer exists"
            out.append({**item, "status": "withdrawn"})
    return sorted(out, key=lambda e: e["id"])


# ---------------------------------------------------------------- source perspective


def _bar(count: int, total: int, width: int = 20) -> str:
    return "█" * max(1, round(width * count / total)) if count and total else ""


def outlet_balance(sources: Iterable[Mapping]) -> dict:
    """Sources by the country (and type) of their outlet, with a plain warning when the sources come
    from one or two countries only: `{total, countries: [{name, count, bar}], types: [...], warning}`."""
    sources = list(sources)
    total = len(sources)
    countries = Counter(str(s.get("outlet_country") or "") for s in sources)
    types = Counter(str(s.get("outlet_type") or "") for s in sources)

    def rows(counter: Counter) -> list[dict]:
        ordered = sorted(counter.items(), key=lambda kv: (kv[0] == "", -kv[1], kv[0].casefold()))
        return [{"name": name or None, "count": n, "bar": _bar(n, total)} for name, n in ordered]

    known = sorted((c for c in countries if c), key=lambda c: (-countries[c], c.casefold()))
    warning = None
    if total and not countries.get("") and len(known) <= 2:
        where = " and ".join(known)
        if total == 1:
            warning = f"The only source is from media in {where}."
        else:
            warning = f"All {total} sources are from media in {where}."
    return {"total": total, "countries": rows(countries), "types": rows(types), "warning": warning}


# ---------------------------------------------------------------- chronology grouping

CHRONOLOGY_IDS = re.compile(r"^(?:top|undated|withdrawn|year-\d{4}|decade-\d{3}x|month-\d{4}-\d{2})$")


def chronology_groups(events: Iterable[Mapping]) -> tuple[list[dict], list[Mapping]]:
    """Group dated events by year (or decade) and month; return (groups, undated events).

    Each group: `{id, label, loose: [events dated only to the year/decade], months: [{id, label, events}]}`.
    An interval is filed under its start.
    """
    groups: dict[str, dict] = {}
    undated: list[Mapping] = []
    for event in sorted(events, key=event_order):
        date = str(event.get("date") or "")
        if not date or not edtf.is_valid(date):
            undated.append(event)
            continue
        start = date.split("/")[0]
        if edtf.precision(start) in ("decade", "century"):
            gid, label = f"{edtf.precision(start)}-{start.lower()}", edtf.display(start)
        else:
            gid, label = f"year-{start[:4]}", start[:4]
        group = groups.setdefault(gid, {"id": gid, "label": label, "loose": [], "months": {}})
        month = edtf.month_key(start)
        if month is None:
            group["loose"].append(event)
        else:
            entry = group["months"].setdefault(
                month, {"id": f"month-{month}", "label": edtf.display(month), "events": []}
            )
            entry["events"].append(event)
    out = []
    for group in groups.values():
        out.append({**group, "months": list(group["months"].values())})
    return out, undated


# ---------------------------------------------------------------- Jinja


@jinja2.pass_context
def _href(context: jinja2.runtime.Context, target: str) -> str:
    """Relative link from the page being rendered to a docs-relative path (with optional #anchor)."""
    path, _, anchor = target.partition("#")
    here = posixpath.dirname(context["page_path"])
    rel = posixpath.relpath(path, here or ".")
    return rel + (f"#{anchor}" if anchor else "")


@jinja2.pass_context
def _link(context: jinja2.runtime.Context, kind: str, ident: object, text: object = None) -> str:
    """A Markdown link `[name](relative.md)` to a record's page; unknown ids become plain text."""
    ix: Index = context["ix"]
    ident = str(ident)
    label = md(text if text is not None else ix.name(kind, ident))
    path = ix.path(kind, ident)
    if path is None:
        return label
    return f"[{label}]({_href(context, path)})"


def make_env(templates_dir: Path) -> jinja2.Environment:
    """The Jinja environment for the page templates.

    Comments are `{## ... ##}` so that Markdown's `{#id}` attribute lists stay literal.
    Autoescape is off (the output is Markdown); data values go through the `md` filter.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        comment_start_string="{##",
        comment_end_string="##}",
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md
    env.filters["date"] = display_date
    env.filters["url"] = safe_url
    env.globals["href"] = _href
    env.globals["link"] = _link
    return env


def _render(env: jinja2.Environment, template: str, page_path: str, **context: object) -> str:
    try:
        text = env.get_template(template).render(page_path=page_path, **context)
    except jinja2.TemplateSyntaxError as err:
        raise DossierError(str(err.filename or template), err.lineno or 0, err.message or str(err)) from err
    except jinja2.TemplateNotFound as err:
        raise DossierError(f"templates/{err.name}", 0, "template not found") from err
    except jinja2.UndefinedError as err:
        raise DossierError(f"templates/{template}", 0, f"template error: {err}") from err
    # Collapse runs of blank lines left by template logic: easier to review, same rendering.
    return re.sub(r"\n{3,}", "\n\n", text).strip("\n") + "\n"


def render_pages(dossier: Dossier, templates_dir: Path, site: dict | None = None) -> dict[str, str]:
    """Every generated page: docs-relative path (`people/jane-doe.md`) -> Markdown text.

    `site` carries the MkDocs settings shown on the home page: `name`, `description`.
    """
    env = make_env(Path(templates_dir))
    ix = build_index(dossier)
    site = {"name": "Dossier", "description": "", **(site or {})}
    groups, undated = chronology_groups(ix.chronology)
    for event in ix.chronology:
        if CHRONOLOGY_IDS.match(event["id"]):
            raise DossierError(
                "data/events.yaml", 0, f"event id {event['id']!r} clashes with a chronology heading"
            )
    common = {"ix": ix, "site": site}
    pages: dict[str, str] = {}

    def emit(path: str, template: str, **context: object) -> None:
        if path in pages:  # not an assert: two records could slug to one page
            raise DossierError("data", 0, f"two generated pages have the same path {path}")
        pages[path] = _render(env, template, path, **common, **context)

    counts = {
        "events": len(ix.events),
        "people": len(ix.people),
        "organisations": len(ix.organisations),
        "agreements": len(ix.agreements),
        "places": len(ix.places),
        "sources": len(ix.sources),
        "quotes": len(ix.quotes),
    }
    latest = [e for e in ix.chronology if e.get("date")][-5:][::-1]
    balance = outlet_balance(ix.sources.values())
    emit("index.md", "home.md.j2", counts=counts, latest=latest, balance=balance)
    emit("disagreements/index.md", "disagreements_index.md.j2")
    emit("chronology/index.md", "chronology.md.j2", groups=groups, undated=undated)
    emit("events/index.md", "events_index.md.j2")
    emit("people/index.md", "people_index.md.j2")
    emit("organisations/index.md", "organisations_index.md.j2")
    emit("agreements/index.md", "agreements_index.md.j2")
    emit("places/index.md", "places_index.md.j2")
    emit("sources/index.md", "sources_index.md.j2")
    for event in ix.chronology:
        emit(f"events/{event['id']}.md", "event.md.j2", event=event)
    for actor in ix.people:
        emit(f"people/{actor['id']}.md", "person.md.j2", actor=actor)
    for actor in ix.organisations:
        emit(f"organisations/{actor['id']}.md", "organisation.md.j2", actor=actor)
    for agreement in ix.agreements.values():
        emit(f"agreements/{agreement['id']}.md", "agreement.md.j2", agreement=agreement)
    for place in ix.places.values():
        emit(f"places/{place['id']}.md", "place.md.j2", place=place)
    for source in ix.sources.values():
        emit(f"sources/{source['id']}.md", "source.md.j2", source=source, body=source_body(source))
    for entry in ledger_pages(dossier):
        path = f"{entry['id']}.md"
        if entry["status"] == "moved":
            new_id = entry["successor"].partition("/")[2]
            kind = SECTION_KIND[entry["section"]]
            emit(
                path, "moved.md.j2", entry=entry, target=f"{entry['successor']}.md", kind=kind, new_id=new_id
            )
        else:
            emit(path, "withdrawn.md.j2", entry=entry, index=f"{entry['section']}/index.md")
    return dict(sorted(pages.items()))


def source_body(source: Mapping) -> list[dict]:
    """The cleaned article text as `[{text, heading}]`; `body` items may be strings or mappings."""
    out = []
    for item in source.get("body") or []:
        if isinstance(item, Mapping):
            out.append({"text": str(item.get("text") or ""), "heading": bool(item.get("heading"))})
        else:
            out.append({"text": str(item), "heading": False})
    return [p for p in out if p["text"].strip()]
