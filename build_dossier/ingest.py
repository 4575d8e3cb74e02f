"""ingest: seeds/*.txt (+ sidecars) -> Article.

Decode (UTF-8 with or without BOM, UTF-16 with BOM, legacy cp1252/latin-1 with a warning), normalise
line ends and Unicode (NFC), separate the article from page furniture, detect title, outlet, author
and publication date with provenance, and split the body into paragraphs (one per line) and
sentences with character offsets into `Article.text`. Vocabulary: `build_dossier.vocab.furniture`.

Hostile input (issue 5): control characters are removed, invalid UTF-8 is replaced, and a file that
cannot be an article (binary, a whole HTML page, empty, hidden, over `MAX_ARTICLE_BYTES`, a copy of
another seed, a symlink out of the folder) is skipped with one warning. Lines longer than
`MAX_PARAGRAPH_CHARS` / sentences longer than `MAX_SENTENCE_CHARS` are cut (with a warning) so that
extraction, which works per sentence and paragraph, stays fast on any input.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from build_dossier import edtf
from build_dossier.dates import find_dates
from build_dossier.errors import Report
from build_dossier.models import Article, Furniture, MetaValue, Paragraph, Sentence
from build_dossier.slugs import slugify
from build_dossier.vocab import dates as DV
from build_dossier.vocab import furniture as FV

SIDECAR_SUFFIX = ".meta.yaml"
SIDECAR_KEYS = ("url", "outlet", "published", "title", "author")

try:  # the C loader is 4-7x faster (DESIGN.md)
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader


class Sidecar(dict):
    """Validated sidecar values (key -> string) with the line of each key in `lines`."""

    def __init__(self, *args: object, lines: dict[str, int] | None = None, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.lines: dict[str, int] = dict(lines or {})


# ---------------------------------------------------------------- decoding

_BINARY_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"\x1f\x8b": "gzip archive",
    b"PK\x03\x04": "zip archive",
    b"GIF8": "GIF image",
    b"\xff\xd8\xff": "JPEG image",
}


MAX_ARTICLE_BYTES = 1_000_000
"""Articles larger than this (1 MB, twenty times a long news feature) are skipped with a warning:
extraction time grows faster than linearly with an article's length, and a file this large is
almost never one article (a book, a log, a database dump)."""

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")
"""C0/C1 control characters (NUL, bell, escape...) except tab and line ends: removed by `decode`."""
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)?<(?:!doctype\s+html|html|\?xml)\b", re.IGNORECASE | re.DOTALL
)
_HTML_TAGS = re.compile(r"<(?:head|body|meta|div|script|style)\b[^>]*>", re.IGNORECASE)


def binary_kind(raw: bytes) -> str | None:
    """A description of the binary format of `raw`, or None when it looks like text.

    Text is allowed a few stray NUL or control bytes (`decode` removes them); more than 1% of the
    first 8 KB makes the file binary (this includes UTF-16 saved without a byte-order mark).
    """
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    for magic, kind in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            return kind
    head = raw[:8192]
    if head and len(_BINARY_BYTES.findall(head)) > max(2, len(head) // 100):
        if head.count(b"\x00") > len(head) // 4:
            return "binary data, or UTF-16 text without a byte-order mark"
        return "binary data"
    return None


def looks_like_html(text: str) -> bool:
    """True for a whole web page saved as text (`<!DOCTYPE html>`, `<html>`, many page tags)."""
    if _HTML_START.match(text[:4096]):
        return True
    return len(_HTML_TAGS.findall(text[:100_000])) >= 5


def decode(raw: bytes, path: str, report: Report | None = None) -> tuple[str, str]:
    """Bytes -> (text, encoding): BOM removed, line ends normalised to `\\n`, Unicode NFC.

    Invalid UTF-8 in an otherwise UTF-8 file is replaced by U+FFFD; a file with no valid UTF-8
    multi-byte sequence at all is read as cp1252 (latin-1 where cp1252 has no character). Control
    characters other than tab and line ends are removed. Anything repaired is reported in one
    warning naming the file and the first line concerned.
    """
    notes: list[tuple[int, str]] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        text, enc = _decode_utf8(raw[3:], notes, "utf-8-sig")
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text, enc = raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].decode("utf-16", errors="replace").count("\n") + 1
            notes.append((line, f"invalid UTF-16 ({exc.reason}); replaced by U+FFFD"))
            text, enc = raw.decode("utf-16", errors="replace"), "utf-16"
    else:
        text, enc = _decode_utf8(raw, notes, "utf-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if m := _CONTROL.search(text):
        n = len(_CONTROL.findall(text))
        notes.append(
            (
                text.count("\n", 0, m.start()) + 1,
                f"{n} control character(s) such as U+{ord(m.group()):04X} removed",
            )
        )
        text = _CONTROL.sub("", text)
    if notes and report is not None:
        report.warn(path, notes[0][0], "; ".join(msg for _, msg in notes))
    return unicodedata.normalize("NFC", text), enc


def _decode_utf8(raw: bytes, notes: list[tuple[int, str]], name: str) -> tuple[str, str]:
    try:
        return raw.decode("utf-8"), name
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        byte = raw[exc.start]
        if _UTF8_MULTIBYTE.search(raw):
            text = raw.decode("utf-8", errors="replace")
            bad = text.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
            notes.append(
                (
                    line,
                    f"not valid UTF-8 (byte 0x{byte:02x}); {bad} invalid byte sequence(s) replaced by U+FFFD",
                )
            )
            return text, name
        try:
            text, enc = raw.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, enc = raw.decode("latin-1"), "latin-1"
        notes.append(
            (line, f"not valid UTF-8 (byte 0x{byte:02x}); decoded as {enc} — save the file as UTF-8")
        )
        return text, enc


# ---------------------------------------------------------------- line classification

_FURNITURE = [(reason, re.compile(rf"(?:{rx})", re.IGNORECASE)) for reason, rx in FV.FURNITURE_PATTERNS]
_TITLE_TAGS = re.compile(FV.TITLE_TAGS, re.IGNORECASE)
_CAPTION_CREDIT = re.compile(FV.CAPTION_CREDIT)
_TRAILING_CREDIT = re.compile(FV.TRAILING_CREDIT)
_PUBLISHED = re.compile(FV.PUBLISHED_MARKERS, re.IGNORECASE)
_UPDATE = re.compile(FV.UPDATE_MARKERS, re.IGNORECASE)
_BYLINE = re.compile(FV.BYLINE, re.IGNORECASE)
_SITE = re.compile(FV.SITE_NAME, re.IGNORECASE)
_STORAGE_PREFIX = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\s+")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in DV.MONTHS), key=len, reverse=True))
_DATELINE_LINE = re.compile(
    rf"^[A-Z][A-Za-z .'’-]{{1,40}}(?:,\s*[A-Z][\w .'’-]{{1,40}})?,\s*"
    rf"(?P<mon>{_MONTH_ALT})\.?\s*(?P<d>\d{{1,2}})\.?$",
    re.IGNORECASE,
)
_DATELINE_INLINE = re.compile(
    r"^(?:\([^()]*(?:\([^()]*\))?[^()]*\)\s*)?"
    rf"(?-i:[A-Z][A-Z .'’-]{{2,40}})(?:,\s*[A-Z][\w .'’-]{{1,40}})?,\s*"
    rf"(?P<mon>{_MONTH_ALT})\.?\s*(?P<d>\d{{1,2}})\b",
    re.IGNORECASE,
)
_SOURCE_LABEL = re.compile(r"^[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)?\s*:$")
_RELATED_LABEL = re.compile(
    r"(?:related|read more|read also|also read|see also|more on this(?: topic)?|more stories|recommended"
    r"|latest|more|most read|most popular|most viewed|popular|trending|top stories|editor'?s picks)"
    r"(?:\s+(?:news|stories|articles|content|headlines))?\s*:?\s*",
    re.IGNORECASE,
)
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?")
_TZ = re.compile(
    r"\(?\b(?:UTC|GMT)\s*(?:[+\-−]\s*\d{1,2}(?::?\d{2})?)?\)?|\b(?:KSA|CET|CEST|EET|EEST|MSK|AST|EST|EDT|PST|PDT|BST|IST)\b"
    r"|\blocal time\b"
)
_FINAL_PUNCT = ".!?…:;"
_CLOSERS = "\"'”’»)]"
_WORD = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*")
_NON_WORDS = re.compile(r"\W+")
_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")
_DIGIT_OR_FINAL = re.compile(r"\d|[.!?]$")
_FINAL_STOP = re.compile(r"[.!?]\S*$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_NAME_SEP = re.compile(r"\s*(?:,|&|\band\b)\s*")
_LAST_TOKEN = re.compile(r"([^\s\"“‘'(«\[]+)$")
_NEXT_WORD = re.compile(r"[\"“‘'(«\[]*([^\W\d_]+)")
_LABEL = re.compile(r"[^:]{1,40}:\s*")
_LINK = re.compile(r"https?://|www\.|pic\.twitter|@\w")


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


def _has_final_punct(s: str) -> bool:
    t = s.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(t) and t[-1] in _FINAL_PUNCT


def _norm(s: str) -> str:
    return _NON_WORDS.sub(" ", s).casefold().strip()


_NAME_PARTICLES = frozenset(
    {"de", "da", "van", "von", "der", "al", "el", "bin", "ibn", "la", "le", "di", "du"}
)
_BYLINE_SEP = re.compile(r"\s*(,|;|\||—|–|\s-\s|&|\band\b)\s*", re.IGNORECASE)


def _is_name(part: str) -> bool:
    words = _words(part)
    return (
        1 <= len(words) <= 5
        and not _DIGIT_OR_FINAL.search(part)
        and all(w[0].isupper() for w in words if w.lower() not in _NAME_PARTICLES)
        and not any(w.lower() in FV.BYLINE_ROLE_WORDS for w in words)
    )


def byline_author(s: str) -> str | None:
    """The author name(s) of a byline line, or None when the line is not a byline.

    `By Jane Doe` -> `Jane Doe`; `By Jane Doe and John Roe` -> `Jane Doe and John Roe`; a trailing role
    or outlet after a comma, dash or bar is dropped (`By Jane Doe, Oslo correspondent` -> `Jane Doe`):
    the role must contain a role word (`FV.BYLINE_ROLE_WORDS`) or be a short capitalised name.
    """
    m = _BYLINE.fullmatch(s)
    if not m:
        return None
    rest = m.group("rest").strip()
    pieces = _BYLINE_SEP.split(rest)
    parts, seps = pieces[0::2], pieces[1::2]
    if not _is_name(parts[0]) or len(_words(parts[0])) < 2:
        return None
    end = 0
    for k in range(1, len(parts)):
        if seps[k - 1].lower() in ("and", "&", ",") and _is_name(parts[k]) and len(_words(parts[k])) >= 2:
            end = k
            continue
        break
    if end + 1 < len(parts):
        if seps[end] == ";":
            return None
        role = " ".join(pieces[2 * (end + 1) :]).strip()
        role_words = _words(role)
        if not role_words or len(role_words) > 8 or _FINAL_STOP.search(role):
            return None
        if not any(w.lower() in FV.BYLINE_ROLE_WORDS for w in role_words) and not (
            len(role_words) <= 4 and all(w[0].isupper() for w in role_words)
        ):
            return None
    names = parts[: end + 1]
    name = names[0]
    for sep, part in zip(seps[:end], names[1:], strict=True):
        name += (", " if sep == "," else f" {sep} ") + part
    return _SPACES.sub(" ", name).strip()


def _furniture_reason(s: str) -> str | None:
    for reason, rx in _FURNITURE:
        if rx.fullmatch(s):
            return reason
    return None


@dataclass(frozen=True, kw_only=True)
class _DateLine:
    value: str | None
    kind: str
    """`published`, `timestamp`, `update` or `foreign`."""
    weekday: bool
    author: str | None = None
    """Names in another segment of a `Name and Name | 19.11.2024` line: the byline."""


_NUMERIC_DATE = re.compile(
    r"(?<![\d./-])(?:(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2})"
    r"|(?P<y2>(?:19|20)\d{2})(?P<sep2>[./])(?P<m2>\d{1,2})(?P=sep2)(?P<d2>\d{1,2}))(?![\d./-]?\d)"
)


def numeric_order(texts: list[str]) -> str:
    """`dmy` or `mdy`: how the numeric dates (`NN/NN/YYYY`) of one page are to be read.

    A date whose first number is over 12 (`13/05/2024`) can only be day-first, one whose second
    number is over 12 (`05/13/2024`) only month-first; the first such date on the page decides for
    all of them. When none decides, day-first (European) is chosen: the order used by most of the
    world's outlets, and by every outlet writing dates with dots (`15.03.2023`).
    """
    for t in texts:
        for m in _NUMERIC_DATE.finditer(t):
            if m.group("a") is None:
                continue
            a, b = int(m.group("a")), int(m.group("b"))
            if a > 12 >= b:
                return "dmy"
            if b > 12 >= a:
                return "mdy"
    return "dmy"


def _numeric_dates(s: str, order: str = "dmy") -> list[tuple[str, int, int]]:
    """Numeric calendar dates in `s` as (EDTF day, start, end); see `numeric_order` for `NN/NN/YYYY`.

    An unambiguous date is read its only possible way, whatever `order` says.
    """
    out = []
    for m in _NUMERIC_DATE.finditer(s):
        if m.group("y2"):
            y, mo, d = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
        else:
            a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
            # Dotted dates are day-first everywhere they are used (`15.03.2023`).
            mdy = (order == "mdy" and a <= 12 and m.group("sep") != ".") or (b > 12 >= a)
            mo, d = (a, b) if mdy else (b, a)
        value = f"{y:04d}-{mo:02d}-{d:02d}"
        if 1 <= mo <= 12 and edtf.is_valid(value):
            out.append((value, m.start(), m.end()))
    return out


_FUSED_YEAR_TIME = re.compile(r"(?<![\d:])((?:19|20)\d{2})(\d{1,2}:\d{2})(?!\d)")
_FUSED_WORD = re.compile(r"(\d)([A-Z][a-z])")


def date_line(s: str, order: str = "dmy") -> _DateLine | None:
    """If the line is essentially a date (a timestamp, a page-header date), describe it.

    A line that gives the publication date and then an update (`Published: 12/05/2024 - 09:15 |
    Updated: 12/05/2024 - 13:02`, `January 8, 2023 4:12 PM GMT+2 Updated 2 hours ago`) is read for the
    date before the update marker; a line with only an update date is an `update` line. Numeric dates
    are read with `order` (see `numeric_order`).
    """
    # `January 9, 20243:41 PM GMT+1Updated 2 hours ago`: a copied page header whose parts ran together
    s = _FUSED_WORD.sub(r"\1 \2", _FUSED_YEAR_TIME.sub(r"\1 \2", s))
    words = [m.group() for m in itertools.islice(_WORD.finditer(s), 21)]  # a body paragraph: not all
    if not words or len(words) > 20:
        return None
    if "|" in s and (seg := _segmented_date_line(s, order)):
        return seg
    if (um := _UPDATE.search(s)) and um.start() > 0:
        head = s[: um.start()].rstrip(" \t|·•,;–—-(")
        if _day_dates(head, order):
            tail = s[um.end() :]
            if len(_words(tail)) <= 10:
                return date_line(head, order)
    if len(words) > 14:
        return None
    lower = [w.lower() for w in words]
    weekday = any(w in DV.WEEKDAYS_FULL or w.rstrip(".") in DV.WEEKDAYS for w in lower) or any(
        w in DV.FOREIGN_WEEKDAYS for w in lower
    )
    foreign = any(w in DV.FOREIGN_MONTHS and w not in DV.MONTHS for w in lower)
    if foreign and _YEAR.search(s) and len(words) <= 8:
        return _DateLine(value=None, kind="foreign", weekday=weekday)
    found = _day_dates(s, order)
    if not found:
        return None
    rest = s
    for _, start, end in sorted(found, key=lambda m: -m[1]):
        rest = rest[:start] + " " + rest[end:]
    rest = _TZ.sub(" ", _TIME.sub(" ", rest))
    marker = "timestamp"
    if _UPDATE.search(rest):
        marker = "update"
        rest = _UPDATE.sub(" ", rest)
    elif _PUBLISHED.search(rest):
        marker = "published"
        rest = _PUBLISHED.sub(" ", rest)
    rest_words = [w for w in _words(rest) if w.lower() not in ("on", "at", "am", "pm", "date", "time")]
    if len(rest_words) > 3 or any(not w[0].isupper() for w in rest_words):
        return None
    return _DateLine(value=found[0][0], kind=marker, weekday=weekday)


def _segmented_date_line(s: str, order: str) -> _DateLine | None:
    """`Source: Agency | 2024-11-06 22:41:15 | Editor: Jane Doe`, `Jane Doe and John Roe | 19.11.2024 -
    Update : 19.11.2024`: a line of `|`-separated segments, one of them a date line and every other a
    short label or a name. A names-only segment is the byline."""
    segments = [p.strip() for p in s.split("|") if p.strip()]
    found: _DateLine | None = None
    author: str | None = None
    for seg in segments:
        dl = date_line(seg, order) if "|" not in seg else None
        if dl is not None and dl.value and found is None:
            found = dl
            continue
        if len(_words(seg)) > 6 or _has_final_punct(seg):
            return None
        names = [p for p in _NAME_SEP.split(seg) if p]
        if (
            author is None
            and ":" not in seg
            and names
            and all(_is_name(p) and len(_words(p)) >= 2 for p in names)
        ):
            author = seg
    if found is None:
        return None
    return _DateLine(value=found.value, kind=found.kind, weekday=found.weekday, author=author)


def _day_dates(s: str, order: str = "dmy") -> list[tuple[str, int, int]]:
    """Day-precision dates in `s` (numeric ones and those `find_dates` reads), in order of position.

    Without an anchor, a day is dated only with its year, written in digits: a line without a digit
    (most short lines of a page) has none, and is not read at all."""
    if not _DIGIT.search(s):
        return []
    found = _numeric_dates(s, order)
    for m in find_dates(s):
        if edtf.precision(m.value) == "day" and not any(a < m.end and m.start < b for _, a, b in found):
            found.append((m.value, m.start, m.end))
    return sorted(found, key=lambda x: x[1])


# ---------------------------------------------------------------- sentences

_BOUNDARY = re.compile(r"(?:\.\.\.|…|[.!?])+[\"'”’»)\]]*(?=\s)")
_TITLES = (
    frozenset(FV.ABBREVIATIONS)
    - frozenset(FV.NUMBER_ABBREVIATIONS)
    - {"etc", "inc", "ltd", "co", "corp", "plc"}
)
_ACRONYM = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_TOKEN_WINDOW = 120
"""How far back from a full stop the token before it is looked for (an abbreviation or an acronym)."""
_OPENERS = "\"“‘'(«[¿¡"


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) in `text`, stripped of surrounding whitespace."""
    cuts: list[int] = []
    # Running counts of quotation marks before the current boundary (kept incrementally: a 1 MB
    # paragraph has tens of thousands of boundaries, and recounting from the start is quadratic).
    counted, opened_marks, straight = 0, 0, 0
    for m in _BOUNDARY.finditer(text):
        j = m.end()
        while j < len(text) and text[j].isspace():
            j += 1
        if j >= len(text):
            continue
        nxt = text[j]
        if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
            continue
        punct = m.group(0).rstrip(_CLOSERS)
        before = text[max(0, m.start() - _TOKEN_WINDOW) : m.start()]
        tok_m = _LAST_TOKEN.search(before)
        tok = tok_m.group(1) if tok_m else ""
        low = tok.lower()
        next_word_m = _NEXT_WORD.match(text, j)  # as on text[j:] (no anchor, no look-behind), without a copy
        next_word = next_word_m.group(1).lower() if next_word_m else ""
        if punct == ".":
            if low in FV.NUMBER_ABBREVIATIONS and nxt.isdigit():
                continue
            if low in _TITLES:
                continue
            if (
                low in FV.ABBREVIATIONS
                and low not in FV.NUMBER_ABBREVIATIONS
                and next_word not in FV.SENTENCE_STARTERS
            ):
                continue
            if len(tok) == 1 and tok.isupper():
                continue
            if _ACRONYM.match(tok) and next_word not in FV.SENTENCE_STARTERS:
                continue
        if punct in ("...", "…") or punct.endswith("..."):
            seg = text[counted : m.start()]
            opened_marks += seg.count("“") - seg.count("”") + seg.count("«") - seg.count("»")
            straight += seg.count('"')
            counted = m.start()
            if opened_marks > 0 or straight % 2 == 1:
                continue
        cuts.append(m.end())
    spans: list[tuple[int, int]] = []
    pos = 0
    for c in [*cuts, len(text)]:
        s, e = pos, c
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
        pos = c
    return spans


MAX_SENTENCE_CHARS = 3_000
"""A longer "sentence" (no full stop for 3,000 characters) is cut at a space: extraction works per
sentence and some of its steps grow with the square of a sentence's length."""
MAX_PARAGRAPH_CHARS = 10_000
"""A longer line is cut into paragraphs between sentences (news paragraphs are under 2,000)."""


def bounded_sentences(text: str) -> list[tuple[int, int]]:
    """`split_sentences`, with every span longer than `MAX_SENTENCE_CHARS` cut at spaces."""
    out: list[tuple[int, int]] = []
    for s, e in split_sentences(text):
        while e - s > MAX_SENTENCE_CHARS:
            cut = text.rfind(" ", s + 1, s + MAX_SENTENCE_CHARS)
            if cut <= s:
                cut = s + MAX_SENTENCE_CHARS
            piece_end = cut
            while piece_end > s and text[piece_end - 1].isspace():
                piece_end -= 1
            out.append((s, piece_end))
            s = cut
            while s < e and text[s].isspace():
                s += 1
        if e > s:
            out.append((s, e))
    return out


def _paragraph_groups(spans: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Consecutive sentence spans grouped so that each group spans at most `MAX_PARAGRAPH_CHARS`."""
    groups: list[list[tuple[int, int]]] = []
    for span in spans:
        if groups and span[1] - groups[-1][0][0] <= MAX_PARAGRAPH_CHARS:
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


# ---------------------------------------------------------------- the article


@dataclass
class _Line:
    no: int
    start: int
    end: int
    text: str
    reason: str | None = None
    date: _DateLine | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for no, raw in enumerate(text.split("\n"), start=1):
        s, e = pos, pos + len(raw)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(_Line(no=no, start=s, end=e, text=text[s:e]))
    return out


def _body_like(s: str) -> bool:
    n = len(_words(s))
    return (n >= 6 and _has_final_punct(s)) or n >= 25


def _clean_title(s: str) -> str:
    return _SPACES.sub(" ", _TITLE_TAGS.sub(" ", s)).strip()


def _meta(value: str | None, origin: str | None, line: int = 0) -> MetaValue:
    return MetaValue(
        value=value, origin=origin if value is not None else None, line=line if value is not None else 0
    )  # type: ignore[arg-type]


def ingest_bytes(raw: bytes, path: str, sidecar: dict | None = None, report: Report | None = None) -> Article:
    """Decode, normalise, split and classify one article. Pure: no disk access."""
    report = report if report is not None else Report()
    text, encoding = decode(raw, path, report)
    lines = _lines(text)
    meta = sidecar or {}
    side_lines: dict[str, int] = getattr(meta, "lines", {}) or {}

    storage_date: str | None = None
    title_line: _Line | None = None
    title_text: str | None = None
    first_body: int | None = None

    # 1. Storage prefix on the first line (" date YYYY-MM-DD Headline").
    if lines and (m := _STORAGE_PREFIX.match(lines[0].text)):
        storage_date = m.group(1) if edtf.is_valid(m.group(1)) else None
        rest = lines[0].text[m.end() :].strip()
        lines[0].reason = "storage date prefix"
        if rest:
            title_line, title_text = lines[0], rest
            lines[0].reason = "headline"

    # 2. Pattern furniture, date lines, bylines.
    author: tuple[str, int] | None = None
    order = numeric_order([ln.text for ln in lines[:40] if len(ln.text) < 200])
    for i, ln in enumerate(lines):
        if ln.reason:
            continue
        reason = _furniture_reason(ln.text)
        if reason and "|" in ln.text and (dl := date_line(ln.text, order)) and dl.kind != "update":
            reason = None  # `Source: Agency | 2024-11-06 22:41:15 | Editor: X`: a date line first
        if reason:
            # "Reporting by Jane Doe" at the top of a page is the byline, not an end-of-story credit.
            if reason == "credit line" and i < 25 and (name := byline_author(ln.text)):
                reason = "byline"
                author = author or (name, ln.no)
            if reason == "update line" and (dl := date_line(ln.text, order)) and dl.kind == "update":
                ln.date = dl  # the page's date when no publication date is given
            ln.reason = reason
            continue
        if dl := date_line(ln.text, order):
            ln.date = dl
            ln.reason = {"update": "update line", "foreign": "page date"}.get(dl.kind, "timestamp")
            if dl.author and i < 25 and author is None:
                author = (dl.author, ln.no)
            continue
        if i < 25 and (name := byline_author(ln.text)):
            ln.reason = "byline"
            if author is None:
                author = (name, ln.no)
            continue
        if _DATELINE_LINE.fullmatch(ln.text) and i < 12:
            ln.reason = "dateline"
            ln.extra["dateline"] = ln.text
            continue

    # 2b. Headlines listed under a `Read more:` / `Related:` label (consecutive lines, no final stop).
    for i, ln in enumerate(lines):
        label = ln.reason == "read-more link" and _LABEL.fullmatch(ln.text)
        if not (label or (ln.reason == "navigation" and _RELATED_LABEL.fullmatch(ln.text))):
            continue
        no = ln.no
        for nxt in lines[i + 1 :]:
            if (
                nxt.no - no > (2 if no == ln.no else 1)  # one blank line may follow the label
                or nxt.reason is not None
                or _has_final_punct(nxt.text)
                or len(_words(nxt.text)) > 20
            ):
                break
            nxt.reason = "related headline"
            no = nxt.no

    # 3. Site name among the first lines.
    outlet: tuple[str, int] | None = None
    for ln in lines[:3]:
        if ln.reason is None and _SITE.fullmatch(ln.text) and not _has_final_punct(ln.text):
            ln.reason = "site header"
            outlet = outlet or (ln.text, ln.no)

    # 4. Headline: first substantial unclassified line without final punctuation, before the body.
    for i, ln in enumerate(lines):
        if ln.reason is not None:
            continue
        if _body_like(ln.text):
            first_body = i
            break
        if title_line is None and len(_words(ln.text)) >= 4 and not _has_final_punct(ln.text) and i < 15:
            title_line, title_text = ln, ln.text
            ln.reason = "headline"
            break
    if first_body is None:
        first_body = next(
            (i for i, ln in enumerate(lines) if ln.reason is None and _body_like(ln.text)), len(lines)
        )

    # 5. Lines before the headline are page header; repeated headlines collapse into the title.
    title_idx = lines.index(title_line) if title_line is not None else -1
    if title_idx > 0:
        for ln in lines[:title_idx]:
            if ln.reason is None:
                ln.reason = "page header"
    norm = functools.cache(_norm)  # for this article: steps 5 and 7 normalise the same lines
    if title_text:
        tnorm = norm(title_text)
        tclean = norm(_clean_title(title_text))
        for ln in lines[title_idx + 1 :]:
            if ln.reason is None and norm(ln.text) in (tnorm, tclean):
                ln.reason = "repeated headline"

    # 6. Header-zone labels: source label ("Agency:"), outlet line next to a timestamp, photo caption.
    for i, ln in enumerate(lines):
        if ln.reason is not None or i > max(first_body, title_idx + 6):
            continue
        if _SOURCE_LABEL.match(ln.text) and i < first_body:
            ln.reason = "source label"
            ln.extra["outlet"] = ln.text.rstrip(":").strip()
            continue
        if _CAPTION_CREDIT.fullmatch(ln.text) and not any(
            _norm(_TRAILING_CREDIT.sub("", ln.text)) == _norm(o.text) for o in lines[:i]
        ):
            ln.reason = "photo caption"
            continue
        words = _words(ln.text)
        neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
        if (
            len(words) <= 6
            and not _has_final_punct(ln.text)
            and any(w.lower() in FV.OUTLET_WORDS for w in words)
            and any(n.date is not None or n.reason == "byline" for n in neighbours)
        ):
            ln.reason = "outlet line"
            name_words = list(words)
            while (
                len(name_words) > 1
                and name_words[-1].isupper()
                and name_words[-1].lower() not in FV.OUTLET_WORDS
            ):
                name_words.pop()
            ln.extra["outlet"] = " ".join(name_words)

    # 7. Repeated paragraphs (also with a trailing credit such as " (AA)").
    seen: set[str] = set()
    for ln in lines:
        if ln.reason is not None:
            continue
        key = norm(ln.text)
        key2 = norm(_TRAILING_CREDIT.sub("", ln.text))
        if len(key) > 20 and (key in seen or key2 in seen):
            ln.reason = "repeated paragraph"
            continue
        seen.add(key)

    # 8. Footer: trailing short lines without final punctuation after the body.
    for ln in reversed(lines):
        if ln.reason is not None:
            continue
        if len(_words(ln.text)) <= 3 and not _has_final_punct(ln.text):
            ln.reason = "page footer"
            continue
        break

    # 9. Outlet from text (sidecar wins later).
    if outlet is None:
        for ln in lines:
            if "outlet" in ln.extra and ln.reason == "outlet line":
                outlet = (ln.extra["outlet"], ln.no)
                break
    if outlet is None:
        for ln in lines:
            if ln.reason == "agency credit":
                name = ln.text.split(":", 1)[1].strip().rstrip(".")
                if 0 < len(_words(name)) <= 6:
                    outlet = (name, ln.no)
                    break
    if outlet is None:
        for ln in lines:
            if ln.reason == "source label":
                outlet = (ln.extra["outlet"], ln.no)
                break

    # 10. Publication date (may turn a page-header date line into furniture).
    published = _published(lines, title_idx, meta, storage_date)

    # 11. Paragraphs and sentences (overlong lines are cut into bounded pieces, see `bounded_sentences`).
    paragraphs: list[Paragraph] = []
    furniture: list[Furniture] = []
    for ln in lines:
        if ln.reason is not None:
            furniture.append(Furniture(text=ln.text, line=ln.no, reason=ln.reason))
            continue
        spans = bounded_sentences(ln.text)
        groups = _paragraph_groups(spans)
        long_line = len(ln.text) > MAX_SENTENCE_CHARS
        if len(groups) > 1 or (long_line and len(spans) != len(split_sentences(ln.text))):
            report.warn(
                path,
                ln.no,
                f"a paragraph of {len(ln.text):,} characters (longer than any news paragraph) was cut into "
                f"{len(groups)} paragraph(s) of at most {MAX_PARAGRAPH_CHARS:,} characters and sentences "
                f"of at most {MAX_SENTENCE_CHARS:,}",
            )
        heading = (
            len(groups) == 1
            and len(ln.text) <= 90
            and len(_words(ln.text)) <= 10
            and not _has_final_punct(ln.text)
            and not _LINK.search(ln.text)
        )
        for group in groups:
            idx = len(paragraphs)
            p_start, p_end = ln.start + group[0][0], ln.start + group[-1][1]
            sents = tuple(
                Sentence(
                    text=text[ln.start + s : ln.start + e],
                    start=ln.start + s,
                    end=ln.start + e,
                    line=ln.no,
                    paragraph=idx,
                )
                for s, e in group
            )
            paragraphs.append(
                Paragraph(
                    text=text[p_start:p_end],
                    start=p_start,
                    end=p_end,
                    line=ln.no,
                    sentences=sents,
                    heading=heading,
                )
            )

    def side(key: str) -> MetaValue | None:
        v = meta.get(key)
        if v is None or v == "":
            return None
        return MetaValue(value=str(v), origin="metadata", line=side_lines.get(key, 0))

    title_mv = side("title") or _meta(
        _clean_title(title_text) if title_text else None, "text", title_line.no if title_line else 0
    )
    outlet_mv = side("outlet") or _meta(outlet[0] if outlet else None, "text", outlet[1] if outlet else 0)
    author_mv = side("author") or _meta(author[0] if author else None, "text", author[1] if author else 0)
    url_mv = side("url") or _meta(None, None)
    return Article(
        id=slugify(Path(path).stem),
        path=path,
        sha256=hashlib.sha256(raw).hexdigest(),
        text=text,
        paragraphs=tuple(paragraphs),
        furniture=tuple(furniture),
        title=title_mv,
        outlet=outlet_mv,
        author=author_mv,
        published=side("published") or published,
        url=url_mv,
        encoding=encoding,
    )


def _published(
    lines: list[_Line],
    title_idx: int,
    meta: dict,
    storage_date: str | None,
) -> MetaValue:
    """The article's publication date from the text (timestamp lines), else inferred, else unknown."""
    cands = [
        (i, ln)
        for i, ln in enumerate(lines)
        if ln.date is not None and ln.date.kind in ("published", "timestamp")
    ]
    cands = [(i, ln) for i, ln in cands if ln.date is not None and ln.date.value]
    if not cands:
        # only an `Updated 9:47 AM GMT+8, July 1, 2024` line: the page's date is its last update
        cands = [
            (i, ln)
            for i, ln in enumerate(lines[:25])
            if ln.date is not None and ln.date.kind == "update" and ln.date.value
        ][:1]
    body_years: set[int] = set()
    scanned = False

    def far_from_body(value: str) -> bool:
        """Is this year more than a year away from every year the body mentions? (scanned once, lazily)"""
        nonlocal scanned
        if not scanned:
            scanned = True
            for body in (ln for ln in lines if ln.reason is None):
                for s, e in bounded_sentences(body.text):
                    for m in find_dates(body.text[s:e]):
                        if edtf.precision(m.value) in ("day", "month", "year"):
                            body_years.add(edtf.year(m.value))
        return bool(body_years) and all(abs(edtf.year(value) - y) > 1 for y in body_years)

    chosen: _Line | None = None
    marked = [ln for _, ln in cands if ln.date and ln.date.kind == "published"]
    if marked:
        chosen = marked[0]
    else:
        kept = []
        for i, ln in cands:
            if ln.date is None or ln.date.value is None:
                continue
            header = i < title_idx and ln.date.weekday
            if header and (len(cands) > 1 or far_from_body(ln.date.value)):
                ln.reason = "page date"
                continue
            kept.append((i, ln))
        after = [ln for i, ln in kept if i > title_idx]
        chosen = after[0] if after else (kept[0][1] if kept else None)
    if chosen is not None and chosen.date is not None and chosen.date.value:
        return MetaValue(value=chosen.date.value, origin="text", line=chosen.no)

    # Inferred: a dateline's month/day with the year of a reference date (URL or storage prefix).
    ref: str | None = None
    url = str(meta.get("url") or "")
    if (um := _URL_DATE.search(url)) and edtf.is_valid(
        f"{um.group(1)}-{int(um.group(2)):02d}-{int(um.group(3)):02d}"
    ):
        ref = f"{um.group(1)}-{int(um.group(2)):02d}-{int(um.group(3)):02d}"
    ref = ref or storage_date
    dl: tuple[int, int, int] | None = None
    for ln in lines[:12]:
        rx = _DATELINE_LINE if ln.reason == "dateline" else _DATELINE_INLINE if ln.reason is None else None
        if rx is not None and (m := rx.match(ln.text)):
            dl = (DV.MONTHS[m.group("mon").lower()], int(m.group("d")), ln.no)
            break
    if ref:
        ry, rm, rd = (int(x) for x in ref.split("-"))
        if dl:
            mo, d, no = dl
            y = ry if (mo, d) <= (rm, rd) else ry - 1
            value = f"{y:04d}-{mo:02d}-{d:02d}"
            if edtf.is_valid(value):
                return MetaValue(value=value, origin="inferred", line=no)
        return MetaValue(value=ref, origin="inferred", line=1 if ref == storage_date else 0)
    return MetaValue(value=None, origin=None)


# ---------------------------------------------------------------- sidecars


def read_sidecar(path: Path, report: Report) -> Sidecar:
    """Load and validate `<name>.meta.yaml`; problems go to `report` as `path:line: message`.

    Returns the valid values as strings (a YAML date becomes `YYYY-MM-DD`), with each key's line.
    """
    p = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        report.error(p, 0, f"cannot read sidecar: {exc.strerror or exc}")
        return Sidecar()
    try:
        src = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report.error(p, raw.count(b"\n", 0, exc.start) + 1, "sidecar is not valid UTF-8")
        return Sidecar()
    try:
        node = yaml.compose(src, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 0
        col = f" (column {mark.column + 1})" if mark else ""
        report.error(p, line, f"YAML syntax error: {exc.problem or exc.context}{col}")
        return Sidecar()
    except yaml.YAMLError as exc:
        report.error(p, 0, f"YAML error: {exc}")
        return Sidecar()
    if node is None:
        return Sidecar()
    if not isinstance(node, yaml.MappingNode):
        report.error(
            p,
            node.start_mark.line + 1,
            "sidecar must be a mapping of keys (url, outlet, published, title, author)",
        )
        return Sidecar()
    out: dict[str, str] = {}
    lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        kline = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode):
            report.error(p, kline, "sidecar keys must be plain names")
            continue
        key = key_node.value
        if key not in SIDECAR_KEYS:
            report.error(p, kline, f"unknown key {key!r} (allowed: {', '.join(SIDECAR_KEYS)})")
            continue
        if key in lines:
            report.error(p, kline, f"duplicate key {key!r} (first on line {lines[key]})")
            continue
        lines[key] = kline
        vline = value_node.start_mark.line + 1
        if not isinstance(value_node, yaml.ScalarNode):
            kind = "list" if isinstance(value_node, yaml.SequenceNode) else "mapping"
            report.error(
                p,
                vline,
                f"{key}: expected a single value, not a {kind}",
            )
            continue
        tag = value_node.tag.rsplit(":", 1)[-1]
        value = value_node.value.strip()
        if tag == "null" or value == "":
            continue
        if tag == "bool":
            report.error(p, vline, f"{key}: expected text, got {value!r}")
            continue
        if key == "published":
            if tag == "timestamp" and re.match(r"^\d{4}-\d{2}-\d{2}[Tt ]", value):
                value = value[:10]
            if not edtf.is_valid(value):
                report.error(
                    p,
                    vline,
                    f"published: {value!r} is not a valid EDTF date (e.g. 2021-11-08, 2021-11, 2021, 199X)",
                )
                continue
        elif key == "url" and not re.match(r"^https?://\S+$", value):
            report.error(p, vline, f"url: {value!r} is not an http(s) URL")
            continue
        out[key] = value
    return Sidecar(out, lines={k: v for k, v in lines.items() if k in out})


# ---------------------------------------------------------------- the seeds folder


def load_seeds(seeds_dir: Path, report: Report) -> tuple[Article, ...]:
    """Every `*.txt` directly in `seeds_dir` (sorted by name) with its sidecar, ingested.

    A file that cannot be an article is skipped with one warning naming it and saying why (so
    `--strict` stops the build): hidden files (name starting with a dot), symlinks pointing outside
    the folder (never followed), files over `MAX_ARTICLE_BYTES`, binary files, whole HTML pages,
    empty files, exact copies of an earlier file (same bytes, same or no sidecar), and files in
    which nothing is article text.
    A sidecar without its article and two files whose names give the same source id are errors.
    """
    seeds_dir = Path(seeds_dir)
    if not seeds_dir.is_dir():
        report.error(str(seeds_dir), 0, "seeds folder not found")
        return ()
    root = seeds_dir.resolve()
    out: list[Article] = []
    names = sorted(p.name for p in seeds_dir.iterdir())
    txt_stems = {n[: -len(".txt")] for n in names if n.endswith(".txt")}
    by_hash: dict[str, str] = {}
    by_id: dict[str, str] = {}
    for name in names:
        p = seeds_dir / name
        if name.endswith(SIDECAR_SUFFIX):
            stem = name[: -len(SIDECAR_SUFFIX)]
            if stem not in txt_stems:
                report.error(str(p), 1, f"sidecar without its article ({stem}.txt not found)")
            continue
        if not name.endswith(".txt"):
            continue
        if name.startswith("."):
            report.warn(
                str(p), 0, "hidden file (the name starts with a dot); skipped — rename it to include it"
            )
            continue
        if p.is_symlink():
            try:
                target = p.resolve(strict=True)
            except (OSError, RuntimeError):
                report.warn(str(p), 0, "broken symlink; skipped")
                continue
            if not target.is_relative_to(root):
                report.warn(str(p), 0, "symlink points outside the seeds folder; skipped (not followed)")
                continue
        if not p.is_file():
            continue
        try:
            size = p.stat().st_size
            if size > MAX_ARTICLE_BYTES:
                report.warn(
                    str(p),
                    0,
                    f"file of {size:,} bytes is larger than the {MAX_ARTICLE_BYTES:,}-byte limit for one "
                    "article; skipped (split it into articles)",
                )
                continue
            raw = p.read_bytes()
        except OSError as exc:
            report.error(str(p), 0, f"cannot read: {exc.strerror or exc}")
            continue
        if kind := binary_kind(raw):
            report.warn(str(p), 0, f"not a text file ({kind}); skipped")
            continue
        text, _ = decode(raw, str(p), Report())
        if not text.strip():
            report.warn(str(p), 0, "empty article; skipped")
            continue
        if looks_like_html(text):
            report.warn(
                str(p), 1, "a whole HTML page, not article text; skipped — save the article's text instead"
            )
            continue
        side_path = seeds_dir / (name[: -len(".txt")] + SIDECAR_SUFFIX)
        # The same bytes with different sidecars is one wire story run by two outlets: two sources.
        side_bytes = side_path.read_bytes() if side_path.is_file() else b""
        key = hashlib.sha256(raw).hexdigest() + hashlib.sha256(side_bytes).hexdigest()
        if key in by_hash:
            report.warn(str(p), 0, f"same content as {by_hash[key]} (and no other sidecar); skipped")
            continue
        by_hash[key] = str(p)
        sid = slugify(Path(name).stem)
        if sid in by_id:
            report.error(
                str(p), 0, f"gives the same source id {sid!r} as {by_id[sid]}; rename one of the two files"
            )
            continue
        by_id[sid] = str(p)
        sidecar = read_sidecar(side_path, report) if side_path.is_file() else None
        article = ingest_bytes(raw, str(p), sidecar, report)
        if not article.paragraphs:
            report.warn(
                str(p),
                0,
                f"no article text found: all {len(article.furniture):,} line(s) look like page furniture "
                "(menus, captions, footers); skipped",
            )
            continue
        out.append(article)
    return tuple(out)
