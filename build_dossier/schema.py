"""The data contract as JSON Schema (draft 2020-12), loaded from `build_dossier/schemas/*.json`.

`validate(name, records)` checks one data file's records; `check_references(dossier)` checks what a
schema cannot: that every id a record points to exists in its file. Both return human messages
that name the record (`events[3] 2020-11-10-...`) and the field path (`sources[1].text`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from jsonschema import Draft202012Validator, FormatChecker

from build_dossier import edtf
from build_dossier.models import Dossier

SCHEMA_NAMES = (
    "sources",
    "actors",
    "places",
    "agreements",
    "events",
    "quotes",
    "disagreements",
    "ledger",
    "curation",
)

FORMAT_CHECKER = FormatChecker()


@FORMAT_CHECKER.checks("edtf")
def _is_edtf(value: object) -> bool:
    return not isinstance(value, str) or edtf.is_valid(value)


@cache
def _load(name: str) -> dict:
    text = resources.files("build_dossier").joinpath("schemas", f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)


def schema_for(name: str) -> dict:
    """The JSON Schema of `data/<name>.yaml` (or `curation`). KeyError for an unknown name."""
    if name not in SCHEMA_NAMES:
        raise KeyError(f"no schema named {name!r} (known: {', '.join(SCHEMA_NAMES)})")
    return _load(name)


@cache
def validator_for(name: str) -> Draft202012Validator:
    """A validator for one schema, with the `edtf` format checked."""
    return Draft202012Validator(schema_for(name), format_checker=FORMAT_CHECKER)


def field_path(parts: Iterable[object]) -> str:
    """`['sources', 1, 'text']` -> `sources[1].text`."""
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def _describe(error) -> str:  # error: jsonschema.ValidationError
    if error.validator == "format" and error.validator_value == "edtf":
        return f"{error.instance!r} is not a valid EDTF date (e.g. 2020-11-10, 2020-11, 2020, 199X)"
    if error.validator == "required":
        return error.message.replace("is a required property", "is required")
    if error.validator == "additionalProperties":
        return error.message
    return error.message


def validate(name: str, records: Sequence[dict]) -> list[str]:
    """Schema problems of the records of `data/<name>.yaml`, one message each.

    Messages look like `actors[2] hulusi-akar: roles[0]: 3 is not of type 'string'`.
    A file without a declared schema (a later `extra` file) has no problems here.
    """
    if name not in SCHEMA_NAMES or name == "curation":
        return []
    messages = []
    for error in sorted(
        validator_for(name).iter_errors(list(records)), key=lambda e: [str(p) for p in e.path]
    ):
        path = list(error.absolute_path)
        if path and isinstance(path[0], int):
            index = path[0]
            rec = records[index]
            rid = rec.get("id") if isinstance(rec, dict) else None
            where = f"{name}[{index}]" + (f" {rid}" if isinstance(rid, str) else "")
            inner = field_path(path[1:])
        else:
            where, inner = name, field_path(path)
        messages.append(f"{where}: {inner + ': ' if inner else ''}{_describe(error)}")
    return messages


# What each field points to: (file, field, target file).
_REFERENCES = (
    ("actors", "country", "actors"),
    ("actors", "sources", "sources"),
    ("places", "sources", "sources"),
    ("agreements", "parties", "actors"),
    ("agreements", "mediator", "actors"),
    ("agreements", "sources", "sources"),
    ("agreements", "citations", "sources"),
    ("events", "actors", "actors"),
    ("events", "places", "places"),
    ("events", "agreement", "agreements"),
    ("events", "sources", "sources"),
    ("quotes", "speaker", "actors"),
    ("quotes", "sources", "sources"),
)


def _targets(value: object) -> list[tuple[str, object]]:
    """(sub-path, id) pairs of a reference field: a single id, a list of ids or of citations."""
    if value is None:
        return []
    if isinstance(value, list):
        out: list[tuple[str, object]] = []
        for i, item in enumerate(value):
            out.append(
                (
                    f"[{i}].source" if isinstance(item, dict) else f"[{i}]",
                    item.get("source") if isinstance(item, dict) else item,
                )
            )
        return out
    return [("", value)]


def check_references(dossier: Dossier) -> list[str]:
    """Every id a record refers to must exist in its file (cross-file check the schemas cannot do).

    Messages start with the file name: `events: [4] 2020-11-10-x: actors[1]: unknown actors id 'y'`.
    """
    files = dossier.files()
    ids = {name: {r.get("id") for r in records if isinstance(r, dict)} for name, records in files.items()}
    messages = []
    for name, fld, target in _REFERENCES:
        for index, rec in enumerate(files.get(name, ())):
            if not isinstance(rec, dict):
                continue
            for sub, ref in _targets(rec.get(fld)):
                if ref is not None and ref not in ids.get(target, set()):
                    messages.append(
                        f"{name}: [{index}] {rec.get('id')}: {fld}{sub}: unknown {target} id {ref!r}"
                    )
    return messages
