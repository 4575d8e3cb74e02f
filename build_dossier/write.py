"""write: the only stage that touches the disk.

Every output directory is replaced as a whole: the new content is written into a temporary sibling
directory, then swapped in with two renames. A build that fails or is killed half-way leaves the
previous output intact (at worst a stray `.<name>-new-*` sibling, which the next run removes).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import yaml

from build_dossier.models import Dossier

_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

# Key order in the YAML files: the data contract's keys first, in DESIGN.md's order, then the rest sorted.
KEY_ORDER = [
    "id",
    "name",
    "title",
    "kind",
    "date",
    "speaker",
    "text",
    "partial",
    "file",
    "sha256",
    "outlet",
    "author",
    "published",
    "published_from",
    "aliases",
    "country",
    "roles",
    "parties",
    "actors",
    "places",
    "agreement",
    "sources",
]


def _ordered(value: object) -> object:
    if isinstance(value, Mapping):
        keys = sorted(value, key=lambda k: (KEY_ORDER.index(k) if k in KEY_ORDER else len(KEY_ORDER), k))
        return {k: _ordered(value[k]) for k in keys}
    if isinstance(value, list | tuple):
        return [_ordered(v) for v in value]
    return value


def dump_records(records: Sequence[Mapping]) -> str:
    """A YAML list of mappings, sorted by id, with a fixed key order: identical input, identical bytes."""
    items = sorted((_ordered(r) for r in records), key=lambda r: r["id"])  # type: ignore[index]
    if not items:
        return "[]\n"
    return yaml.dump(
        items, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False
    )


def data_files(dossier: Dossier) -> dict[str, str]:
    """File name -> YAML text for every file of the dossier."""
    return {f"{name}.yaml": dump_records(records) for name, records in dossier.files().items()}


def replace_dir(target: Path, fill: Callable[[Path], None]) -> None:
    """Fill a fresh temporary directory with `fill(tmp)`, then swap it in place of `target`.

    If `fill` raises, `target` is untouched and the temporary directory is removed.
    """
    target = Path(target)
    parent = target.parent if str(target.parent) else Path(".")
    parent.mkdir(parents=True, exist_ok=True)
    if not target.exists():
        # killed between the two renames of a previous run: the previous output is the `-old-` one
        olds = sorted(parent.glob(f".{target.name}-old-*"), key=lambda p: p.stat().st_mtime)
        if olds:
            os.rename(olds[-1], target)
    for stale in parent.glob(f".{target.name}-new-*"):
        shutil.rmtree(stale, ignore_errors=True)
    for stale in parent.glob(f".{target.name}-old-*"):
        shutil.rmtree(stale, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}-new-", dir=parent))
    try:
        fill(tmp)
        os.chmod(tmp, 0o755)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}-old-", dir=parent))
            old.rmdir()
            os.rename(target, old)
            os.rename(tmp, target)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.rename(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def write_files(target: Path, files: Mapping[str, str]) -> None:
    """Replace directory `target` by exactly `files` (relative path -> text), atomically."""

    replace_dir(target, lambda tmp: fill_files(tmp, files))


def fill_files(root: Path, files: Mapping[str, str]) -> None:
    """Write `files` (relative path -> text) into the existing directory `root`."""
    for rel, text in sorted(files.items()):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")


def write_data(dossier: Dossier, data_dir: Path) -> dict[str, str]:
    """Write data/*.yaml (already validated by the caller) and return what was written."""
    files = data_files(dossier)
    write_files(data_dir, files)
    return files
