"""ingest: seeds/*.txt (+ sidecars) -> Article. STUB: replaced by the ingest implementation."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

from build_dossier.errors import Report
from build_dossier.models import Article, MetaValue, Paragraph, Sentence
from build_dossier.slugs import slugify

SIDECAR_SUFFIX = ".meta.yaml"


def ingest_bytes(raw: bytes, path: str, sidecar: dict | None = None, report: Report | None = None) -> Article:
    """Decode, normalise, split and classify one article. Pure: no disk access."""
    text = unicodedata.normalize("NFC", raw.decode("utf-8-sig").replace("\r\n", "\n"))
    paragraphs = []
    pos = 0
    for block in text.split("\n\n"):
        start = text.index(block, pos)
        end = start + len(block)
        pos = end
        if not block.strip():
            continue
        line = text.count("\n", 0, start) + 1
        s = Sentence(text=block, start=start, end=end, line=line, paragraph=len(paragraphs))
        paragraphs.append(Paragraph(text=block, start=start, end=end, line=line, sentences=(s,)))
    meta = sidecar or {}

    def mv(key: str) -> MetaValue:
        v = meta.get(key)
        return MetaValue(value=str(v) if v is not None else None, origin="metadata" if v is not None else None)

    return Article(
        id=slugify(Path(path).stem), path=path, sha256=hashlib.sha256(raw).hexdigest(), text=text,
        paragraphs=tuple(paragraphs), furniture=(), title=mv("title"), outlet=mv("outlet"),
        author=mv("author"), published=mv("published"), url=mv("url"),
    )


def read_sidecar(path: Path, report: Report) -> dict:
    """Load and validate `<name>.meta.yaml`; problems go to `report` as `path:line: message`."""
    import yaml

    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def load_seeds(seeds_dir: Path, report: Report) -> tuple[Article, ...]:
    """Every `*.txt` under `seeds_dir` (sorted by name) with its sidecar, ingested."""
    out = []
    for p in sorted(seeds_dir.glob("*.txt")):
        side = p.with_name(p.stem + SIDECAR_SUFFIX)
        sidecar = read_sidecar(side, report) if side.exists() else None
        out.append(ingest_bytes(p.read_bytes(), str(p), sidecar, report))
    return tuple(out)
