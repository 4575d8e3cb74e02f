"""Places. STUB."""

from __future__ import annotations

from build_dossier.curate import Knowledge
from build_dossier.models import Article, PlaceMention


def extract_places(article: Article, knowledge: Knowledge) -> tuple[PlaceMention, ...]:
    return ()
