"""extract: date mentions of one article (offsets into `Article.text`)."""

from __future__ import annotations

from build_dossier import edtf
from build_dossier.dates import find_dates
from build_dossier.models import Article, DateMention


def extract_dates(article: Article) -> tuple[DateMention, ...]:
    """Every date expression in the article's body sentences, resolved to EDTF.

    The anchor is the publication date; `previous` is the last absolute date seen so far in the article
    (for `two months later`). Offsets are into `article.text` (sentence start + match offset).
    """
    anchor = (
        article.published.value
        if article.published.value and edtf.is_valid(article.published.value)
        else None
    )
    previous: str | None = None
    out: list[DateMention] = []
    for sentence in article.sentences:
        for m in find_dates(sentence.text, anchor, previous=previous):
            start = sentence.start + m.start
            end = sentence.start + m.end
            out.append(
                DateMention(
                    value=m.value,
                    surface=article.text[start:end],
                    start=start,
                    end=end,
                    sentence=sentence,
                    relative=m.relative,
                )
            )
            if not m.relative and edtf.precision(m.value) != "decade":
                previous = m.value.split("/")[-1]
    return tuple(out)
