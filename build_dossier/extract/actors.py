"""Actors: people, organisations, countries. STUB."""

from __future__ import annotations

from build_dossier.curate import Knowledge
from build_dossier.models import ActorMention, Article


def extract_actors(article: Article, knowledge: Knowledge) -> tuple[ActorMention, ...]:
    return ()
