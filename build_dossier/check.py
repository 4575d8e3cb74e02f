"""check: validate seeds, sidecars, curation and data; one `path:line: message` per problem."""

from __future__ import annotations

from pathlib import Path

import yaml

from build_dossier.errors import Report
from build_dossier.models import Dossier


def validate_dossier(
    dossier: Dossier, data_dir: str = "data", lines: dict[str, list[int]] | None = None
) -> Report:
    """Schema and cross-reference problems of an in-memory dossier, as `data/<file>.yaml:line: ...`."""
    from build_dossier.schema import check_references, validate

    report = Report()
    for name, records in dossier.files().items():
        path = f"{data_dir}/{name}.yaml"
        line_of = (lines or {}).get(name, [])
        for message in validate(name, records):
            report.error(path, _line_for(message, records, line_of), message)
        ids = [r.get("id") for r in records if isinstance(r, dict)]
        if len(ids) != len(set(ids)):
            dup = sorted({i for i in ids if ids.count(i) > 1 and i is not None})
            report.error(path, 0, f"duplicate ids: {', '.join(map(str, dup))}")
    for message in check_references(dossier):
        name = message.split(":", 1)[0].strip() if ":" in message else ""
        report.error(f"{data_dir}/{name}.yaml" if name in dossier.files() else data_dir, 0, message)
    return report


def _line_for(message: str, records: tuple[dict, ...], line_of: list[int]) -> int:
    """The line of the record a schema message names (`[3]` or an id), else 0."""
    import re

    if m := re.search(r"\[(\d+)\]", message):
        i = int(m.group(1))
        if i < len(line_of):
            return line_of[i]
    return 0


def record_lines(path: Path) -> list[int]:
    """1-based line of each top-level list item of a YAML file (empty if it is not a list)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as fh:
        node = yaml.compose(fh, Loader=loader)
    if not isinstance(node, yaml.SequenceNode):
        return []
    return [item.start_mark.line + 1 for item in node.value]


def check_project(seeds: Path, data: Path, curation: Path) -> Report:
    """Everything `build-dossier check` reports."""
    from build_dossier.data import load_data
    from build_dossier.errors import DossierError
    from build_dossier.pipeline import Paths, extract_dossier

    report = Report()
    # Extract in memory (nothing is written): this validates seeds, sidecars and the curation file,
    # and applying the curation reports every decision whose target no longer exists.
    extract_dossier(Paths(seeds=seeds, data=data, curation=curation), report)
    if data.exists():
        try:
            dossier = load_data(data)
        except DossierError as e:
            report.errors.append(e)
            return report
        lines = {}
        for name in dossier.files():
            f = data / f"{name}.yaml"
            if f.exists():
                try:
                    lines[name] = record_lines(f)
                except yaml.YAMLError:
                    lines[name] = []
        report.extend(validate_dossier(dossier, str(data), lines))
    return report
