"""The ledger of issued ids: once a URL is published, it keeps working.

`data/ledger.yaml` lists every page id the dossier ever issued (`events/<id>`, `people/<id>`,
`organisations/<id>`, `agreements/<id>`, `places/<id>`, `sources/<id>`), committed beside the data so
every change shows as a diff. Each build reads the previous ledger and the new dossier and returns the
next ledger:

- `status: active` - the page exists in this build;
- `status: moved` with `successor` - the item was renamed, merged or split; the old URL (and the old
  chronology anchor, for events) redirects to the successor;
- `status: withdrawn` with `reason` - nothing replaces it; the old URL shows a page saying so and what
  to read instead.

A successor is found, in order: the curator's explicit record on the new item (`merged_from` /
`formerly`: lists of old ids), then the item's match keys: an event keeps its citations (source + the
supporting sentence), an actor, place or agreement its folded names and aliases, a source its sha256.
So ids never depend on reading order, and a title improved by better extraction moves the old URL
instead of breaking it. The function is pure: `write.py` writes the result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

import yaml

from build_dossier.errors import DossierError
from build_dossier.models import Dossier
from build_dossier.slugs import date_prefix, fold, short_hash

Entry = dict

# data file -> URL section, and how an actor's kind picks its section.
SECTIONS = {"events": "events", "agreements": "agreements", "places": "places", "sources": "sources"}


def section_of(kind: str, record: Mapping) -> str:
    """URL section of a record of data file `kind`."""
    if kind == "actors":
        return "people" if record.get("kind") == "person" else "organisations"
    return SECTIONS[kind]


def match_keys(kind: str, record: Mapping) -> list[str]:
    """Keys that identify the same real thing across rebuilds, whatever its id or title becomes."""
    if kind == "events":
        citations = record.get("sources", [])
        keys = [f"cite:{c['source']}:{short_hash(fold(c.get('text', '')))}" for c in citations]
    elif kind == "sources":
        keys = [f"sha:{record.get('sha256', '')}", f"file:{record.get('file', '')}"]
    else:
        names = [record.get("name", ""), *record.get("aliases", [])]
        keys = [f"name:{fold(n)}" for n in names if n]
    return sorted(set(keys))


def current_pages(dossier: Dossier) -> dict[str, tuple[str, Mapping]]:
    """`section/id` -> (data kind, record) for every page this build publishes."""
    pages: dict[str, tuple[str, Mapping]] = {}
    for kind in ("events", "actors", "agreements", "places", "sources"):
        for record in getattr(dossier, kind):
            pages[f"{section_of(kind, record)}/{record['id']}"] = (kind, record)
    return pages


def _label(record: Mapping) -> str:
    return str(record.get("title") or record.get("name") or record.get("id"))


def stable_ids(dossier: Dossier, previous: Sequence[Mapping]) -> dict[str, dict[str, str]]:
    """Data kind -> {new id: previously issued id} for records that are the same thing as a page the
    previous build published under another id (same citations, names or file).

    So an id does not change when extraction improves a title or a canonical name: the page keeps
    its URL instead of becoming a redirect. Each previous id goes to at most one record, the one
    sharing the most match keys, and never to a record while another record still uses it.
    """
    pages = current_pages(dossier)
    active = {e["id"]: e for e in previous if e.get("status") == "active" and e["id"] not in pages}
    by_key: dict[tuple[str, str], set[str]] = {}
    for page_id, entry in active.items():
        for key in entry.get("keys", []):
            by_key.setdefault((page_id.split("/", 1)[0], key), set()).add(page_id)
    proposals = []
    for page_id, (kind, record) in pages.items():
        if kind == "sources":
            continue  # a source's id is its file name; a renamed file redirects instead
        section = page_id.split("/", 1)[0]
        votes: dict[str, int] = {}
        # an event id starts with its date: a page of another date is another happening
        date = str(record.get("date") or "")
        dated = f"{section}/{date_prefix(date)}-" if kind == "events" and date else ""
        for key in match_keys(kind, record):
            for old in by_key.get((section, key), ()):
                if not dated or old.startswith(dated):
                    votes[old] = votes.get(old, 0) + 1
        proposals += [(-n, page_id, old) for old, n in votes.items()]
    mapping: dict[str, dict[str, str]] = {}
    used_new: set[str] = set()
    used_old: set[str] = set()
    for _, new, old in sorted(proposals):
        if new in used_new or old in used_old:
            continue
        used_new.add(new)
        used_old.add(old)
        mapping.setdefault(pages[new][0], {})[new.split("/", 1)[1]] = old.split("/", 1)[1]
    return mapping


def update_ledger(previous: Sequence[Mapping], dossier: Dossier) -> tuple[Entry, ...]:
    """The next ledger: every previously issued id kept (active, moved or withdrawn), new ids added."""
    pages = current_pages(dossier)
    by_key: dict[tuple[str, str], list[str]] = {}
    explicit: dict[str, str] = {}
    for page_id, (kind, record) in pages.items():
        section = page_id.split("/", 1)[0]
        for key in match_keys(kind, record):
            by_key.setdefault((section, key), []).append(page_id)
        for old in [*record.get("merged_from", []), *record.get("formerly", [])]:
            explicit[f"{section}/{old}"] = page_id

    entries: dict[str, Entry] = {}
    for page_id, (kind, record) in pages.items():
        entries[page_id] = {
            "id": page_id,
            "status": "active",
            "label": _label(record),
            "keys": match_keys(kind, record),
        }

    for old in previous:
        old_id = old["id"]
        if old_id in entries:
            continue
        section = old_id.split("/", 1)[0]
        successor = explicit.get(old_id)
        reason = "merged or renamed by the curator" if successor else None
        if successor is None:
            votes: dict[str, int] = {}
            for key in old.get("keys", []):
                for candidate in by_key.get((section, key), []):
                    votes[candidate] = votes.get(candidate, 0) + 1
            if votes:
                successor = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
                reason = "renamed or merged: the same sources and names now have this page"
        if successor is None and old.get("status") == "moved" and old.get("successor"):
            successor, reason = old["successor"], old.get("reason")
        entry: Entry = {"id": old_id, "label": old.get("label", old_id), "keys": list(old.get("keys", []))}
        if successor is not None:
            entry.update(status="moved", successor=successor, reason=reason)
        else:
            entry.update(
                status="withdrawn",
                reason=old.get("reason")
                if old.get("status") == "withdrawn"
                else "no article in the dossier supports it any more",
            )
        entries[old_id] = entry

    # Follow chains (a -> b -> c) so every redirect lands on a live page in one hop.
    for entry in entries.values():
        seen = {entry["id"]}
        while entry.get("status") == "moved" and entries.get(entry["successor"], {}).get("status") == "moved":
            nxt = entries[entry["successor"]]["successor"]
            if nxt in seen:
                break
            seen.add(nxt)
            entry["successor"] = nxt
        if entry.get("status") == "moved" and entry["successor"] not in pages:
            entry.update(status="withdrawn", reason="its successor was withdrawn too")
            entry.pop("successor", None)
    return tuple(sorted(entries.values(), key=lambda e: e["id"]))


def load_ledger(data_dir: Path) -> tuple[Entry, ...]:
    """The ledger of the previous build (`data/ledger.yaml`), or nothing for a first build."""
    path = Path(data_dir) / "ledger.yaml"
    if not path.exists():
        return ()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        entries = yaml.load(path.read_text(encoding="utf-8"), Loader=loader) or []
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise DossierError(str(path), mark.line + 1 if mark else 0, f"invalid YAML: {e}") from e
    if not isinstance(entries, list) or not all(isinstance(e, dict) and "id" in e for e in entries):
        raise DossierError(str(path), 1, "the ledger must be a list of mappings with an `id`")
    return tuple(entries)
