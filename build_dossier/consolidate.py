"""consolidate: per-article mentions -> one record per real thing, citing every source. STUB."""

from __future__ import annotations

from collections.abc import Sequence

from build_dossier.models import Dossier, Extraction


def consolidate(extractions: Sequence[Extraction]) -> Dossier:
    sources = []
    for ex in extractions:
        a = ex.article
        sources.append({
            "id": a.id, "file": a.path, "sha256": a.sha256, "title": a.title.value or a.id,
            "outlet": a.outlet.value, "author": a.author.value, "published": a.published.value,
            "published_from": a.published.origin,
        })
    return Dossier(sources=tuple(sorted(sources, key=lambda r: r["id"])))
