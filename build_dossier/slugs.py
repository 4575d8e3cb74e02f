"""Ids: lowercase ASCII slugs, transliterated rather than stripped."""

from __future__ import annotations

import hashlib
import re

from slugify import slugify as _slugify
from unidecode import unidecode

# Letters that Unidecode drops or renders poorly, with their usual Latin transliteration.
_REPLACEMENTS = [["Ə", "A"], ["ə", "a"], ["ı", "i"], ["İ", "I"]]


def slugify(text: str, max_length: int = 80) -> str:
    """`Mehmet Ali Çelik` -> `mehmet-ali-celik`; `Əsədov` -> `asadov`."""
    slug = _slugify(text, replacements=_REPLACEMENTS)
    if len(slug) > max_length:
        # Cut at the last word boundary (python-slugify's own word_boundary skips long words
        # and keeps later short ones, which garbles the id).
        cut = slug[: max_length + 1]
        slug = cut[: cut.rfind("-")] if "-" in cut else slug[:max_length]
    return slug.strip("-") or "x-" + short_hash(text)


_FOLD_TABLE = str.maketrans({"Ə": "A", "ə": "a", "ı": "i", "İ": "I"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def fold(text: str) -> str:
    """The one comparison key for names and sentences: ASCII-folded, lower-case, punctuation-free
    (`İlham Əliyev's` -> `ilham aliyev s`). Used wherever two spellings must compare equal."""
    return _NON_ALNUM.sub(" ", unidecode(str(text).translate(_FOLD_TABLE)).lower()).strip()


def short_hash(text: str, length: int = 8) -> str:
    """A stable content hash (hex) for ids that must not depend on order."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def date_prefix(date: str | None) -> str:
    """The date part of an event id (`2020-11-10`, `2020-11-15--2020-11-25`, `199x`, `undated`)."""
    return date.replace("/", "--").lower() if date else "undated"
