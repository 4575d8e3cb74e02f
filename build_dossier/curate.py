"""curate: the curator's decisions (seeds/curation.yaml) applied on top of extraction.

The curation file is read, never written. Its known actors, places and agreements also feed
extraction as `Knowledge` (aliases, kinds, roles), so what a curator knows is data, not code.
STUB: loading is minimal; validation and decisions are implemented in the curate stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from build_dossier.errors import Report
from build_dossier.models import Dossier


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


def load_curation(path: Path, report: Report) -> Curation:
    """Read and validate the curation file; a missing file is an empty curation."""
    import yaml

    if not path.exists():
        return Curation(path=str(path), raw={}, knowledge=Knowledge())
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    know = Knowledge(
        actors=tuple(
            KnownActor(name=a["name"], kind=a.get("kind", "person"), aliases=tuple(a.get("aliases", ())),
                       roles=tuple(a.get("roles", ())), country=a.get("country"))
            for a in raw.get("actors", [])
        ),
        places=tuple(KnownPlace(name=p["name"], aliases=tuple(p.get("aliases", ()))) for p in raw.get("places", [])),
        agreements=tuple(
            KnownAgreement(name=g["name"], aliases=tuple(g.get("aliases", ())), date=g.get("date"),
                           parties=tuple(g.get("parties", ())))
            for g in raw.get("agreements", [])
        ),
    )
    return Curation(path=str(path), raw=raw, knowledge=know)


def apply_curation(dossier: Dossier, curation: Curation, report: Report) -> Dossier:
    """Apply the curator's decisions on top of the consolidated dossier."""
    return dossier
