"""Vocabulary for ingest: page-furniture line patterns, metadata line markers, abbreviations.

General patterns of news web pages saved as text (not tied to one outlet). Each furniture pattern is
matched against a whole stripped line (case-insensitive) and carries the reason recorded in
`Article.furniture`.
"""

from __future__ import annotations

# Credit roles other than the byline: "Editing by X", "Additional reporting by Y" (regex alternation).
CREDIT_ROLES = (
    r"(?:editing|edited|additional\s+reporting|writing|compiled|translated|translation|"
    r"fact-?checking|graphics|production|produced|photography|video\s+editing)"
)

# (reason, regular expression matched against the whole stripped line, case-insensitive).
FURNITURE_PATTERNS: tuple[tuple[str, str], ...] = (
    ("gallery line", r"(?:slider|gallery|carousel)\s+image(?:\s+\d+)?"),
    ("gallery line", r".{3,}\s+[-–—|]\s+(?:gallery|slider)\s+image(?:\s+\d+)?"),
    ("gallery line", r"(?:photo|image|picture)s?\s*\d+\s*(?:of|/)\s*\d+"),
    ("gallery line", r"\[?\s*(?:photos?|videos?|gallery)(?:\s*/\s*videos?)?\s*\]?"),
    (
        "social link",
        r"follow\s+(?:us|\w+)\s+on\s+(?:twitter|x|facebook|instagram|telegram|youtube|tiktok|linkedin)\b.*",
    ),
    ("social link", r"(?:share|tweet|share on \w+|share this(?: article)?|print|e-?mail|whatsapp|telegram)"),
    ("social link", r"share\s*:\s*.{0,80}"),
    ("social link", r"(?:subscribe|sign up)\b.{0,60}(?:newsletter|channel|updates)\W*"),
    ("loading placeholder", r"loading(?:\.\.\.|…)?"),
    ("loading placeholder", r"(?:end of content\s*)?no more pages to load"),
    ("loading placeholder", r"your search did not match any (?:articles|results)\.?"),
    ("loading placeholder", r"asset\s+\d+"),
    (
        "navigation",
        r"(?:latest|related|more|top|popular|most read|recommended|other)\s+(?:news|stories|articles|posts)",
    ),
    ("navigation", r"(?:latest|related|more)(?:\s+see more)?"),
    ("navigation", r"(?:most read|most popular|most viewed|popular|trending|top stories|editor'?s picks)"),
    # A menu: three or more items of one to three words, set apart by wide spaces or bars
    # ("Latest news   Politics   Economy   Sport", "Share  Print  Comments").
    (
        "navigation",
        r"[^\s|·•]+(?: [^\s|·•]+){0,2}(?:(?:\s{2,}|\s*[|·•]\s*)[^\s|·•]+(?: [^\s|·•]+){0,2}){2,}",
    ),
    # A breadcrumb: "Politics / Foreign policy", "Home › World › Europe".
    ("navigation", r"[A-Z][\w'’&-]*(?: [\w'’&-]+){0,2}(?: [/>»›] [A-Z][\w'’&-]*(?: [\w'’&-]+){0,2}){1,4}"),
    ("tag list", r"(?:tags?|topics?|keywords?)\s*:.*"),
    ("navigation", r"(?:all news|home|menu|search|back to top|see more|see all|view all|show more|more)"),
    (
        "navigation",
        r"(?:contact us|about us|privacy policy|terms of use|cookie policy|advertise(?: with us)?)",
    ),
    ("navigation", r"(?-i:(?:[A-Z]{2}\s+){1,6}[A-Z]{2})"),
    ("navigation", r"source link"),
    (
        "read-more link",
        r"(?:read more|read also|also read|see also|related|more on this|recommended)\s*[:>»].*",
    ),
    ("agency credit", r"(?:source|sources)\s*:\s*\S.{0,60}"),
    # Photo, editor and reporting credits: "(Photo: Jane Doe/Agency)", "Photo by X", "Credit: X",
    # "Editing by X", "(Reporting by X in Y; Editing by Z)". A lone top "Reporting by X" is a byline
    # (ingest prefers the byline reading near the top of the page).
    ("credit line", r"(?:(?:photo|image|picture)\s+)?credits?\s*:\s*\S.{0,80}"),
    (
        "credit line",
        r"[(\[]\s*(?:photos?|photograph|image|picture|video|graphics?|illustration)\s*(?:by\b|:|/)[^()\[\]]{1,80}[)\]]",
    ),
    (
        "credit line",
        r"(?:photos?|photograph(?:y)?|images?|pictures?|video|graphics?|illustrations?)\s+by\s+"
        r"[^\W\d_][^.!?]{1,80}",
    ),
    (
        "credit line",
        rf"[(\[]?\s*{CREDIT_ROLES}\s+by\s+[^()\[\]]{{1,240}}[)\]]?\.?",
    ),
    (
        "credit line",
        r"[(\[]?\s*(?:additional\s+)?reporting\s+by\s+[^()\[\]]{1,240}[)\]]\.?",
    ),
    (
        "credit line",
        rf"[(\[]?\s*(?:additional\s+)?reporting\s+by\s+[^()\[\];]{{1,160}};\s*{CREDIT_ROLES}\s+by\s+"
        r"[^()\[\]]{1,160}[)\]]?\.?",
    ),
    ("advertisement", r"[-–—\s]*advertisement\s*[-–—]?.*"),
    ("advertisement", r"(?:sponsored|ad|ads|promoted)(?:\s+content)?"),
    ("comment prompt", r"(?:write|leave|post|add)\s+a\s+comment.*"),
    ("comment prompt", r"if you (?:found|find|notice) a (?:typo|mistake|error).*"),
    ("comment prompt", r"(?:\d+\s+)?comments?"),
    ("comment prompt", r".*\b(?:entrez|entrer) votre (?:commentaire|nom).*"),
    ("comment prompt", r"(?:please )?(?:enter|type) your (?:comment|name|e-?mail).*"),
    ("comment prompt", r"(?:log in|sign in|login) to (?:comment|reply).*"),
    ("update line", r"(?:last update[ds]?|last modified|updated(?: on| at)?|modified)\s*:?.*\d.*"),
    ("weather widget", r"[-+]?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]"),
    ("separator", r"[\W_]{1,20}"),
    ("embedded tweet", r"[—–-]\s*.{1,80}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s*\d{4}"),
    ("photo caption", r"(?:a |an )?(?:file )?(?:photo|picture|image)\s+(?:shows|taken|of)\b.*"),
    ("photo caption", r".*\((?:[A-Z][\w.]*\s+)?(?:photo|photograph|foto)\s*[/:][^)]*\)(?:\s*\([^)]*\))*"),
    ("photo caption", r"(?:photo|photograph|image|picture)\s*(?:credit)?\s*:.*"),
    (
        "photo caption",
        r".{10,}[.!?]\s+(?:photo|photograph|image|picture)s?\s*(?:by\b|:)\s*[^\W\d_][^.!?]{1,80}",
    ),
    (
        "section label",
        r"(?:news|world|politics|economy|business|opinion|analysis|sport|sports|region|society)",
    ),
)

# Headline tags to strip from a title: "[PHOTO/VIDEO]", "(VIDEO)", "| Photos".
TITLE_TAGS = (
    r"\s*(?:[\[(]\s*(?:photos?|videos?|updated?|watch|live)(?:\s*/\s*(?:photos?|videos?))*\s*[\])])\s*"
)

# Photo captions: a sentence ending with a bare agency credit in brackets, e.g. "... conference. (AP)".
CAPTION_CREDIT = r".*\s\((?:AP|AFP|Reuters|EPA|Getty Images|Getty|Anadolu|AA|Xinhua|DPA|Sputnik|TASS|IRNA)\)"

# Credits that may follow a repeated paragraph: "... responsibility. (AA)".
TRAILING_CREDIT = r"\s*\((?:[A-Z]{2,8}|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\)\s*$"

# Markers on a timestamp line that say it is the publication date.
PUBLISHED_MARKERS = r"\b(?:published|posted|publication date|date published|first published|release date)\b"

# Markers on a date line that say it is NOT the publication date.
UPDATE_MARKERS = r"\b(?:last update[ds]?|updated|modified|last modified|edited)\b"

# Byline: "By Name Surname", possibly several names ("and", "&", ",") and a trailing role or outlet
# after a comma, dash or bar ("By Jane Doe, Oslo correspondent", "By Jane Doe | Example News").
# The `rest` after the marker is split into names and role by `ingest.byline_author`.
BYLINE = r"(?:by|written by|authors?|reporting by)\s*:?\s+(?P<rest>[^\W\d_].{1,159})"

# Words of a byline role ("Oslo correspondent", "Senior Editor"): with one, any role tail is accepted.
BYLINE_ROLE_WORDS: frozenset[str] = frozenset(
    {
        "correspondent", "reporter", "editor", "writer", "journalist", "contributor", "columnist",
        "analyst", "staff", "bureau", "chief", "producer", "photographer", "desk", "team", "newsroom",
        "agencies", "agency", "special", "senior", "political", "diplomatic", "defence", "defense",
        "economics", "business", "foreign", "news", "freelance", "investigations", "reporters",
    }
)  # fmt: skip

# Site-name line: a bare domain-like name (e.g. "Example.Az", "news.example.com").
SITE_NAME = r"(?:www\.)?[^\W\d_][\w-]{1,40}(?:\.[^\W\d_][\w-]{0,20}){0,2}\.(?:[a-z]{2,6})"

# Words that make a short header line an outlet / agency name ("Example News Agency WORLD").
OUTLET_WORDS: frozenset[str] = frozenset(
    {
        "agency", "news", "press", "times", "post", "agence", "herald", "tribune", "gazette", "daily",
        "journal", "telegraph", "chronicle", "media", "broadcasting", "radio", "television", "tv",
        "network", "wire", "monitor", "observer", "review", "reporter", "courier", "express",
    }
)  # fmt: skip

# Abbreviations after which a period does not end a sentence (lowercase, without the period).
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "sr", "jr", "gen", "lt", "col", "maj", "capt",
        "cpt", "sgt", "cmdr", "adm", "brig", "gov", "sen", "rep", "rev", "hon", "pres", "amb", "fr",
        "no", "nos", "vol", "art", "fig", "p", "pp", "para", "sec", "ch", "vs", "v", "etc", "approx",
        "est", "inc", "ltd", "co", "corp", "plc", "llc", "dept", "univ", "ave", "blvd", "rd", "mt",
        "ft", "e.g", "i.e", "cf", "al", "ca", "ibid", "op", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
        "fri", "sat", "sun",
    }
)  # fmt: skip

# Abbreviations that take a number after them ("No. 5", "Nov. 8", "Art. 3"): never a boundary then.
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "no", "nos", "vol", "art", "fig", "p", "pp", "para", "sec", "ch", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip

# Words that usually start a sentence: after "U.S." or "U.K." such a word means the sentence ended.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
        "in", "on", "at", "but", "and", "however", "meanwhile", "earlier", "later", "his", "her", "its",
        "their", "our", "there", "after", "before", "during", "according", "as", "if", "when", "while",
        "since", "some", "many", "most", "several", "both", "for", "last", "officials", "then",
    }
)  # fmt: skip
