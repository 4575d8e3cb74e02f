"""Dates and events. STUB."""

from __future__ import annotations

from build_dossier.models import (
    ActorMention,
    AgreementMention,
    Article,
    DateMention,
    EventMention,
    PlaceMention,
)


def extract_dates(article: Article) -> tuple[DateMention, ...]:
    return ()


def extract_events(
    article: Article,
    actors: tuple[ActorMention, ...],
    places: tuple[PlaceMention, ...],
    agreements: tuple[AgreementMention, ...],
    dates: tuple[DateMention, ...],
) -> tuple[EventMention, ...]:
    return ()
