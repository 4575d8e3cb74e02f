"""Vocabulary for finding disagreements between sources (data only): quantities and signing dates."""

from __future__ import annotations

# Words before a number that qualify it, mapped to one canonical qualifier: `more than 300` and
# `over 300` say the same thing, `nearly 300` and `over 300` do not.
QUALIFIERS: dict[str, str] = {
    "over": "over",
    "more than": "over",
    "upwards of": "over",
    "in excess of": "over",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "up to": "up to",
    "at most": "up to",
    "as many as": "up to",
    "fewer than": "under",
    "less than": "under",
    "under": "under",
}

UNITS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

# Determiners allowed between a number and its noun: `300 of its settlements`.
OF_DETERMINERS = ("its", "the", "their", "his", "her", "our", "them")

# Counted nouns that are durations or parts of dates, not things counted in a fact.
NOT_COUNTED = frozenset(
    [
        "years",
        "days",
        "months",
        "weeks",
        "hours",
        "minutes",
        "seconds",
        "decades",
        "centuries",
        "times",
        "percent",
        "ones",
        "others",
        "pages",
        "photos",
        "images",
        "comments",
        "shares",
        "views",
    ]
)

# Two quantities of the same thing are only compared when their numbers are this close
# (largest / smallest): `over 300` and `nearly 300` are one fact, `5` and `93` civilians are two.
SAME_FACT_RATIO = 1.5

# A word stem shared by the two sentences must be rarer than this share of all sentences to count as
# shared context (country names that appear everywhere do not link two sentences).
CONTEXT_MAX_SHARE = 0.15
STEM_LENGTH = 5

CONTEXT_STOPWORDS = frozenset(
    [
        "about",
        "above",
        "after",
        "again",
        "against",
        "also",
        "among",
        "another",
        "around",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "could",
        "during",
        "each",
        "either",
        "every",
        "from",
        "further",
        "have",
        "having",
        "here",
        "into",
        "itself",
        "just",
        "many",
        "more",
        "most",
        "much",
        "must",
        "neither",
        "other",
        "over",
        "said",
        "says",
        "same",
        "several",
        "should",
        "since",
        "some",
        "such",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "under",
        "until",
        "upon",
        "very",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "will",
        "with",
        "within",
        "without",
        "would",
        "year",
        "years",
        "the",
        "and",
        "for",
        "its",
        "his",
        "her",
        "our",
        "are",
        "was",
        "has",
        "had",
        "not",
        "but",
    ]
)

# Words that say an agreement was signed (or concluded) at the date next to them.
SIGNING_WORDS = (
    "signed",
    "sign",
    "signing",
    "inked",
    "concluded",
    "reached",
    "struck",
    "agreed",
    "brokered",
)
# Nouns of agreements: `agreement on November 10` states when it was made.
AGREEMENT_NOUNS = (
    "agreement",
    "agreements",
    "deal",
    "statement",
    "declaration",
    "accord",
    "pact",
    "treaty",
    "ceasefire",
    "cease-fire",
    "truce",
    "protocol",
    "memorandum",
)
# How far (in characters, without crossing a clause boundary) a signing word may be from its date.
SIGNING_WINDOW = 60

# An event's date is compared with the day dates its sentences state within this many days of it.
EVENT_DATE_WINDOW_DAYS = 3

# Plural nouns that do not end in -s, with their singular.
IRREGULAR_PLURALS: dict[str, str] = {
    "people": "person",
    "children": "child",
    "men": "man",
    "women": "woman",
    "servicemen": "serviceman",
    "policemen": "policeman",
    "personnel": "personnel",
    "troops": "troop",
}
