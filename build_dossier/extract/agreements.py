"""Agreements: named and described. STUB."""

from __future__ import annotations

from build_dossier.curate import Knowledge
from build_dossier.models import ActorMention, AgreementMention, Article


def extract_agreements(
    article: Article, knowledge: Knowledge, actors: tuple[ActorMention, ...]
) -> tuple[AgreementMention, ...]:
    return ()
