"""Quotes and their speakers. STUB."""

from __future__ import annotations

from build_dossier.models import ActorMention, Article, DateMention, QuoteMention


def extract_quotes(
    article: Article, actors: tuple[ActorMention, ...], dates: tuple[DateMention, ...]
) -> tuple[QuoteMention, ...]:
    return ()
