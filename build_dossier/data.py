"""Read data/*.yaml back into a `Dossier` (for render and publish).

The files are the data contract of DESIGN.md: each a YAML list of mappings. A missing file is an
empty list; any other `*.yaml` in the folder (e.g. `disagreements.yaml`) goes into `Dossier.extra`.
Loading uses libyaml's `CSafeLoader` when present (4-7x faster than the pure-Python loader).
Schema validation is `check`'s job; here only the shape needed to render is enforced
(a list of mappings), with `path:line: message` errors.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from build_dossier.errors import DossierError
from build_dossier.models import Dossier

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_records(path: Path, *, require_id: bool = True) -> tuple[dict, ...]:
    """One data file as a tuple of mappings; a missing or empty file is `()`."""
    if not path.exists():
        return ()
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as err:
        raise DossierError(str(path), 0, f"not UTF-8 text ({err.reason})") from err
    try:
        value = yaml.load(text, Loader=_Loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else 0
        problem = getattr(err, "problem", None) or str(err)
        raise DossierError(str(path), line, f"invalid YAML: {problem}") from err
    if value is None:
        return ()
    if not isinstance(value, list):
        raise DossierError(str(path), 1, f"expected a list of records, found {type(value).__name__}")
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            raise DossierError(str(path), _item_line(text, index), f"record {index + 1} is not a mapping")
        if require_id and "id" not in item:
            raise DossierError(str(path), _item_line(text, index), f"record {index + 1} has no `id`")
    return tuple(value)


def _item_line(text: str, index: int) -> int:
    """Line of the `index`-th list item (only computed on the error path)."""
    node = yaml.compose(text, Loader=_Loader)
    if isinstance(node, yaml.SequenceNode) and index < len(node.value):
        return node.value[index].start_mark.line + 1
    return 0


def load_data(data_dir: Path) -> Dossier:
    """Read every `data/*.yaml` into a `Dossier`; the six contract files may be missing (empty)."""
    data_dir = Path(data_dir)
    main = {name: load_records(data_dir / f"{name}.yaml") for name in Dossier.FILES}
    extra: dict[str, tuple[dict, ...]] = {}
    if data_dir.is_dir():
        for path in sorted(data_dir.glob("*.yaml")):
            if path.stem not in Dossier.FILES:
                extra[path.stem] = load_records(path, require_id=False)
    return Dossier(**main, extra=extra)
