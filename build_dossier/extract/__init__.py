"""extract: Article (+ curated knowledge) -> Extraction. One handler module per kind."""

from __future__ import annotations

from build_dossier.curate import Knowledge
from build_dossier.models import Article, Extraction


def extract_article(article: Article, knowledge: Knowledge | None = None) -> Extraction:
    """All mentions of one article. Depends only on the article and the curated knowledge."""
    from build_dossier.extract.actors import extract_actors
    from build_dossier.extract.agreements import extract_agreements
    from build_dossier.extract.dates import extract_dates
    from build_dossier.extract.events import extract_events
    from build_dossier.extract.places import extract_places
    from build_dossier.extract.quotes import extract_quotes

    knowledge = knowledge or Knowledge()
    actors = extract_actors(article, knowledge)
    places = extract_places(article, knowledge)
    dates = extract_dates(article, knowledge)
    agreements = extract_agreements(article, knowledge, actors, dates)
    quotes = extract_quotes(article, actors, dates)
    events = extract_events(article, actors, places, agreements, dates, quotes)
    return Extraction(
        article=article,
        actors=actors,
        places=places,
        agreements=agreements,
        dates=dates,
        quotes=quotes,
        events=events,
    )
