"""Immutable models passed between the pipeline stages.

ingest  -> Article
extract -> Extraction (per-article mentions)
consolidate + curate -> Dossier (records, one per real thing, each citing its sources)
write   -> data/*.yaml (the data contract of DESIGN.md; `Dossier.to_data()` gives the records)

Offsets: every `start`/`end` is a character offset into `Article.text`, the decoded article
(BOM removed, line ends normalised to "\\n", Unicode NFC). `Article.text[start:end]` is exactly the
text the span claims. Lines are 1-based line numbers in that same text (= lines of the file).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

MetaOrigin = Literal["text", "metadata", "inferred"]
ActorKind = Literal["person", "organization", "country"]


@dataclass(frozen=True, kw_only=True)
class SourceRef:
    """Where something came from, for `path:line: message` reports."""

    path: str
    """Path of the file as given on the command line (e.g. `seeds/000_x.txt`)."""
    line: int
    """1-based line number; 0 when the whole file is meant."""

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, kw_only=True)
class Sentence:
    """One sentence of the article body."""

    text: str
    """The sentence exactly as `Article.text[start:end]`."""
    start: int
    end: int
    line: int
    """Line of the sentence's first character."""
    paragraph: int
    """Index of the paragraph in `Article.paragraphs`."""


@dataclass(frozen=True, kw_only=True)
class Paragraph:
    """One body paragraph (a block of text separated by a blank line or a line break)."""

    text: str
    """`Article.text[start:end]`."""
    start: int
    end: int
    line: int
    sentences: tuple[Sentence, ...]
    heading: bool = False
    """True for a cross-heading (a short line without final punctuation inside the body)."""


@dataclass(frozen=True, kw_only=True)
class Furniture:
    """A line of page furniture removed from the body, kept so the source page can show it."""

    text: str
    line: int
    reason: str
    """Why it was dropped, e.g. `site header`, `gallery line`, `repeated headline`, `read-more link`."""


@dataclass(frozen=True, kw_only=True)
class MetaValue:
    """A metadata value with its provenance."""

    value: str | None
    origin: MetaOrigin | None
    """`metadata` (the curator's sidecar), `text` (stated in the article), `inferred`, or None if unknown."""
    line: int = 0
    """Line in the article (origin `text`) or in the sidecar (origin `metadata`)."""


@dataclass(frozen=True, kw_only=True)
class Article:
    """One ingested article: clean body, furniture, metadata with provenance."""

    id: str
    """Source id: a slug of the file stem, stable as long as the file name is."""
    path: str
    """Path of the article file, relative to the project (e.g. `seeds/000_x.txt`)."""
    sha256: str
    """SHA-256 of the file's raw bytes."""
    text: str
    """Decoded, normalised full text; all offsets point into it."""
    paragraphs: tuple[Paragraph, ...]
    """Body paragraphs in reading order (furniture removed)."""
    furniture: tuple[Furniture, ...]
    title: MetaValue
    outlet: MetaValue
    author: MetaValue
    published: MetaValue
    """EDTF date string of the article's publication."""
    url: MetaValue
    encoding: str = "utf-8"
    """The encoding the file was decoded with."""

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)


# ---------------------------------------------------------------- per-article mentions (extract)


@dataclass(frozen=True, kw_only=True)
class ActorMention:
    """A person, organisation or country named in one article."""

    name: str
    """Canonical name as best known in this article (full name, e.g. `Jana Novak`)."""
    kind: ActorKind
    surface: str
    """The text as written at `start:end`."""
    start: int
    end: int
    sentence: Sentence
    role: str | None = None
    """Title or role at the time, e.g. `Defence Minister`."""
    country: str | None = None
    """Name of the actor's country, if known (`Turkey`)."""


@dataclass(frozen=True, kw_only=True)
class PlaceMention:
    name: str
    surface: str
    start: int
    end: int
    sentence: Sentence


@dataclass(frozen=True, kw_only=True)
class DateMention:
    """A date expression resolved to EDTF."""

    value: str
    """EDTF: `2020-11-10`, `2020-11`, `2020`, `199X`, `2020-11-15/2020-11-25`."""
    surface: str
    start: int
    end: int
    sentence: Sentence
    relative: bool = False
    """True when resolved against the publication date or a previous date."""


@dataclass(frozen=True, kw_only=True)
class AgreementMention:
    name: str
    """Canonical name (a named agreement, or a descriptive one such as `Trilateral statement`)."""
    surface: str
    start: int
    end: int
    sentence: Sentence
    date: str | None = None
    """Signing date (EDTF) if the article states it."""
    parties: tuple[str, ...] = ()
    """Actor names of the parties."""


@dataclass(frozen=True, kw_only=True)
class QuoteMention:
    text: str
    """The quoted words without the quotation marks."""
    start: int
    end: int
    """Offsets of the quoted words (inside the marks)."""
    sentence: Sentence
    """The sentence the quote appears in (the first one, for multi-sentence quotes)."""
    context: str
    """The full supporting text: the sentence(s) spanning the quote and its attribution."""
    speaker: str | None
    """Actor name of the speaker, or None when unattributed."""
    speaker_kind: ActorKind | None = None
    partial: bool = False
    date: str | None = None


@dataclass(frozen=True, kw_only=True)
class EventMention:
    date: str
    """EDTF."""
    title: str
    sentence: Sentence
    actors: tuple[str, ...] = ()
    """Actor names."""
    places: tuple[str, ...] = ()
    agreement: str | None = None
    """Agreement name."""


@dataclass(frozen=True, kw_only=True)
class Extraction:
    """Everything extracted from one article; depends only on that article and curated knowledge."""

    article: Article
    actors: tuple[ActorMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    agreements: tuple[AgreementMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quotes: tuple[QuoteMention, ...] = ()
    events: tuple[EventMention, ...] = ()
    warnings: tuple[tuple[SourceRef, str], ...] = ()
    """Extraction doubts (unattributed quote, ...) as (where, message)."""


# ---------------------------------------------------------------- consolidated records


@dataclass(frozen=True, kw_only=True)
class Citation:
    """One source's support for a record: the sentence it came from."""

    source: str
    text: str
    line: int = 0


@dataclass(frozen=True, kw_only=True)
class Dossier:
    """The whole dossier as data-contract records (lists of mappings, sorted by id).

    Not typed per record on purpose: these are exactly the mappings written to data/*.yaml and
    read back by render; the JSON Schemas in `build_dossier/schemas/` are their declared types.
    """

    sources: tuple[dict, ...] = ()
    actors: tuple[dict, ...] = ()
    places: tuple[dict, ...] = ()
    agreements: tuple[dict, ...] = ()
    events: tuple[dict, ...] = ()
    quotes: tuple[dict, ...] = ()
    extra: dict[str, tuple[dict, ...]] = field(default_factory=dict)
    """Further files (e.g. `disagreements`) by name."""

    FILES = ("sources", "actors", "places", "agreements", "events", "quotes")

    def files(self) -> dict[str, tuple[dict, ...]]:
        out = {name: getattr(self, name) for name in self.FILES}
        out.update(self.extra)
        return out
