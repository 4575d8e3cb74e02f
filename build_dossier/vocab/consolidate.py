"""Vocabulary for consolidation (data only): agreement types and words that carry no meaning in titles."""

from __future__ import annotations

# Words of an agreement's name that say what kind of agreement it is. Two mentions of agreements of
# intersecting types, signed on the same or adjacent days by overlapping parties, are one agreement.
AGREEMENT_TYPES: dict[str, tuple[str, ...]] = {
    "ceasefire": ("ceasefire", "cease-fire", "cease fire", "truce", "armistice"),
    "accord": (
        "agreement",
        "deal",
        "accord",
        "statement",
        "declaration",
        "pact",
        "treaty",
        "memorandum",
        "protocol",
        "communique",
        "communiqué",
        "charter",
        "convention",
    ),
}

GENERIC_AGREEMENT_NAMES: frozenset[str] = frozenset(
    {
        "agreement", "protocol", "treaty", "accord", "pact", "contract", "deal", "declaration", "statement",
        "memorandum of understanding", "joint statement",
    }
)  # fmt: skip
"""Undated agreement names that say nothing of which agreement: never merged across articles by name."""

# Ignored when comparing event titles.
TITLE_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "and",
        "or",
        "as",
        "its",
        "it",
        "his",
        "her",
        "their",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "says",
        "said",
        "after",
        "before",
        "during",
        "over",
        "into",
        "than",
        "that",
        "this",
    ]
)

# Thresholds (rapidfuzz scores, 0-100).
EVENT_TITLE_SAME_DAY = 70
"""Two events on the same day are one when their titles are at least this similar."""
EVENT_TITLE_ADJACENT_DAY = 85
"""Two events one day apart are one when their titles are at least this similar."""
QUOTE_RATIO = 90
"""Two quotations are one when their normalised texts are at least this similar."""
QUOTE_MIN_CONTAINED = 20
"""A quotation contained in another merges with it only if at least this many characters long."""
QUOTE_SHARED_WORDS = 8
"""Two quotations sharing a run of this many consecutive words are one (reported differently)."""
UNDATED_TITLE = 95
"""Two undated events are one only when their titles are nearly identical."""

# Words that make a speaker nobody mentioned an organisation rather than a person.
ORGANIZATION_WORDS = frozenset(
    [
        "ministry",
        "ministries",
        "office",
        "agency",
        "council",
        "committee",
        "commission",
        "government",
        "army",
        "forces",
        "parliament",
        "assembly",
        "service",
        "department",
        "presidency",
        "administration",
        "embassy",
        "union",
        "organization",
        "organisation",
        "party",
        "company",
        "corporation",
        "bank",
        "court",
        "police",
        "navy",
        "command",
        "headquarters",
        "spokesperson",
    ]
)

# Kinds of happening, by the words a title uses for them. Two events from DIFFERENT sources on the
# same day whose titles name the same kind ("New clashes erupted" / "Armenian forces launched a
# large-scale attack") are one happening reported twice. Matching is on word prefixes, lowercased.
EVENT_FAMILIES: dict[str, tuple[str, ...]] = {
    "fighting": (
        "clash",
        "fighting",
        "fight",
        "attack",
        "offensive",
        "hostilit",
        "war ",
        "shelling",
        "shelled",
        "assault",
        "aggression",
        "bombard",
        "airstrike",
        "strike",
        "battle",
        "erupt",
        "invasion",
        "invaded",
    ),
    "capture": ("liberat", "captur", "recaptur", "retook", "seized", "entered", "took control", "fell to"),
    "meeting": ("visit", "met ", "meeting", "talks", "summit", "conference", "hosted"),
    "commemoration": ("anniversar", "celebrat", "commemorat", "ceremony", "marked", "victory day"),
    "election": ("elect", "vote", "ballot", "sworn", "inaugurat", "polls"),
    "disaster": ("earthquake", "flood", "wildfire", "hurricane", "tsunami", "landslide"),
    "release": ("released", "freed", "prisoner", "hostage", "exchange of"),
}
