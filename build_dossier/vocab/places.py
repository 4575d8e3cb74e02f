"""Vocabulary for place discovery: locative prepositions, place head-words, words that are never places.

General world knowledge only; nothing about a particular dossier.
"""

from __future__ import annotations

# Words after which a capitalised phrase is read as a location ("in Brussels", "near the X Bridge").
LOCATIVE_PREPOSITIONS: frozenset[str] = frozenset(
    {
        "linking",
        "connecting",
        "links",
        "connects",
        "below",
        "in",
        "at",
        "to",
        "from",
        "near",
        "into",
        "towards",
        "toward",
        "outside",
        "inside",
        "around",
        "across",
        "via",
        "through",
        "throughout",
        "within",
        "between",
        "onto",
        "off",
        "beyond",
        "along",
        "visited",
        "visit",
        "visits",
        "visiting",
        "entered",
        "enters",
        "entering",
        "reached",
        "liberated",
        "liberating",
        "captured",
        "seized",
        "retook",
        "recaptured",
        "occupied",
        "left",
        "leave",
        "leaving",
        "arrived",
        "landed",
        "toured",
        "hosted",
        "liberate",
        "occupy",
        "capture",
        "enter",
        "reach",
        "recapture",
    }
)
"""Prepositions (and a few movement/control verbs) that introduce a location."""

NON_LOCATIVE_BEFORE: frozenset[str] = frozenset(
    {"according", "due", "thanks", "compared", "contrary", "prior", "stake", "stakes", "shares", "share"}
)
"""A word that turns the next preposition into a non-locative one ("according to X")."""

# Head-words that make a phrase a place. Admin heads name the area without the head ("Kapaz district"
# -> "Kapaz"); feature heads are part of the name ("Margara bridge" -> "Margara Bridge").
ADMIN_HEADS: frozenset[str] = frozenset(
    {
        "republic",
        "region",
        "regions",
        "district",
        "districts",
        "city",
        "province",
        "provinces",
        "village",
        "town",
        "oblast",
        "county",
        "municipality",
        "governorate",
        "prefecture",
        "canton",
        "rayon",
        "raion",
        "settlement",
        "valley",
        "peninsula",
        "island",
        "islands",
        "territory",
        "enclave",
        "exclave",
        "state",
    }
)
FEATURE_HEADS: frozenset[str] = frozenset(
    {
        "ridge",
        "volcano",
        "lagoon",
        "glacier",
        "gorge",
        "canyon",
        "bay",
        "ocean",
        "cape",
        "delta",
        "reservoir",
        "waterfall",
        "falls",
        "forest",
        "fjord",
        "crater",
        "beach",
        "archipelago",
        "steppe",
        "strip",
        "zone",
        "route",
        "resort",
        "autonomous republic",
        "autonomous region",
        "autonomous okrug",
        "corridor",
        "bridge",
        "border point",
        "border crossing",
        "border gate",
        "checkpoint",
        "crossing",
        "square",
        "park",
        "centre",
        "center",
        "airport",
        "port",
        "harbour",
        "harbor",
        "palace",
        "stadium",
        "river",
        "lake",
        "mountain",
        "mountains",
        "mount",
        "sea",
        "gulf",
        "strait",
        "pass",
        "highway",
        "road",
        "street",
        "avenue",
        "hall",
        "house",
        "building",
        "station",
        "base",
        "cemetery",
        "memorial",
        "monument",
        "mosque",
        "church",
        "cathedral",
        "museum",
        "hotel",
        "arena",
        "complex",
        "camp",
        "plateau",
        "heights",
        "hill",
        "post",
        "dam",
        "pipeline",
        "canal",
        "coast",
        "desert",
        "boulevard",
        "embankment",
        "promenade",
    }
)
"""Heads that belong to the name of a feature, building or venue."""

WEAK_FEATURE_HEADS: frozenset[str] = frozenset(
    {"centre", "center", "house", "hall", "building", "post", "complex"}
)
"""Heads that also name organisations (`Carter Center`): a place only after a locative preposition."""

BARE_HEADS: frozenset[str] = WEAK_FEATURE_HEADS | frozenset(
    {
        "museum",
        "hotel",
        "palace",
        "station",
        "airport",
        "stadium",
        "arena",
        "park",
        "square",
        "street",
        "avenue",
        "boulevard",
        "bridge",
        "memorial",
        "monument",
        "cemetery",
    }
)
"""Heads that name nothing alone (`at the Centre for X Studies`, `the Museum`): a head needs a name."""

PLURAL_ADMIN_HEADS: frozenset[str] = frozenset({"regions", "districts", "provinces", "islands"})

LIST_HEADS_OF: frozenset[str] = frozenset(
    {
        "ports",
        "resort",
        "resorts",
        "settlement",
        "settlements",
        "communities",
        "municipality",
        "municipalities",
        "countries",
        "neighbourhood",
        "neighborhood",
        "suburb",
        "city",
        "cities",
        "town",
        "towns",
        "village",
        "villages",
        "region",
        "regions",
        "district",
        "districts",
        "province",
        "provinces",
        "capital",
        "port",
        "island",
        "islands",
        "republic",
        "state",
        "part",
        "parts",
        "outskirts",
        "territory",
        "territories",
        "rest",
        "heart",
        "suburbs",
        "area",
        "areas",
        "vicinity",
        "residents",
        "inhabitants",
        "mayor",
        "governor",
        "north",
        "south",
        "east",
        "west",
        "direction",
        "shore",
        "shores",
        "coast",
    }
)
"""Nouns followed by `of X` where X is a place ("the town of Barda", "cities of Ganja, Khizi")."""

NOT_PLACE_HEADS: frozenset[str] = frozenset(
    {
        "ministry",
        "agency",
        "council",
        "commission",
        "party",
        "union",
        "office",
        "army",
        "forces",
        "court",
        "assembly",
        "parliament",
        "government",
        "news",
        "press",
        "bank",
        "fund",
        "organization",
        "organisation",
        "committee",
        "company",
        "group",
        "corporation",
        "institute",
        "university",
        "service",
        "services",
        "department",
        "administration",
        "summit",
        "conference",
        "forum",
        "war",
        "day",
        "ceremony",
        "meeting",
        "session",
        "games",
        "fair",
        "festival",
        "declaration",
        "agreement",
        "treaty",
        "protocol",
        "accord",
        "accords",
        "pact",
        "convention",
        "charter",
        "statement",
        "memorandum",
        "deal",
        "resolution",
        "initiative",
        "alliance",
        "partnership",
        "presidency",
        "twitter",
        "facebook",
        "telegram",
        "instagram",
        "youtube",
        "channel",
        "times",
        "post office",
        "tv",
        "radio",
        "guard",
        "police",
        "navy",
        "troops",
        "military",
        "federation council",
        "senate",
        "cabinet",
        "secretariat",
        "mission",
        "delegation",
        "embassy",
        "consulate",
        "board",
        "authority",
        "operation",
        "campaign",
        "offensive",
        "program",
        "programme",
        "plan",
        "theme",
        "victory",
        "association",
        "network",
        "platform",
        "foundation",
        "talks",
        "negotiations",
        "cup",
        "olympics",
        "media",
        "finance",
        "holding",
        "holdings",
        "airlines",
        "airways",
        "family",
        "clan",
        "year",
        "eve",
        "khural",
        "duma",
        "majlis",
        "mejlis",
        "knesset",
        "sejm",
        "bundestag",
        "rada",
        "riksdag",
        "seimas",
        "saeima",
        "kenesh",
        "mazhilis",
        "kurultai",
        "statute",
        "compact",
        "constitution",
        "act",
        "covenant",
        "gala",
        "championship",
        "championships",
        "tournament",
        "prix",
        "awards",
        "defence",
        "defense",
    }
)
"""Last words that make a capitalised phrase an organisation, event, document or medium."""

MONTH_WORDS: frozenset[str] = frozenset(
    {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    }
)
"""Month names: `January-May` is a period, not a place."""

NOT_PLACE_WORDS: frozenset[str] = MONTH_WORDS | frozenset(
    {
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "president",
        "prime",
        "minister",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "king",
        "queen",
        "pope",
        "general",
        "chairman",
        "secretary",
        "spokesperson",
        "spokesman",
        "speaker",
        "ambassador",
        "deputy",
        "chief",
        "commander",
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "our",
        "my",
        "your",
        "it",
        "he",
        "she",
        "we",
        "they",
        "i",
        "you",
        "read",
        "more",
        "source",
        "photo",
        "video",
        "reuters",
        "ap",
        "afp",
        "covid",
        "god",
        "allah",
        "islam",
        "muslim",
        "christian",
        "internet",
        "today",
        "yesterday",
        "tomorrow",
        "earlier",
        "later",
        "last",
        "next",
        "first",
        "second",
        "third",
        "new",
        "west",
        "east",
        "north",
        "south",
        "western",
        "eastern",
        "northern",
        "southern",
        "central",
        "international",
        "national",
        "world",
        "global",
        "phase",
        "stage",
        "round",
        "soviet",
        "turkic",
        "arab",
        "slavic",
        "islamic",
        "nordic",
        "european",
        "euro",
        "olympiad",
        "constitution",
        "statute",
        "annual",
        "olympic",
        "paralympic",
        "industry",
    }
)
"""Single words that are never a place on their own."""

ABSTRACT_NOUN_SUFFIXES: tuple[str, ...] = ("tion", "sion", "ment", "ology", "ism")
"""Endings of abstract nouns (`Normalization`, `Hydrometeorology`): a capitalised single word ending so
is a title word of a name (`the Path to Normalization`), not a place."""

DOMAIN_NAME = r"\w\.(?:[a-z]{2,3}|info|news|online)$"
"""A web address used as a name (`X.am`, `X.com`): an outlet, not a place."""

NON_LOCATIVE_TO_AFTER: frozenset[str] = frozenset(
    {
        "according",
        "speaking",
        "talking",
        "spoke",
        "speak",
        "talk",
        "talked",
        "spoken",
        "said",
        "say",
        "says",
        "explained",
        "told",
        "wrote",
        "writes",
    }
)
"""Words after which `to (the) X` names whom something was said or sent to, not a destination."""

ORG_NAME_NOUNS: frozenset[str] = frozenset({"party", "movement", "agency", "bloc", "coalition"})
"""Nouns that make the name before them an organisation for the whole article: `X party`, `the X
(Self-Determination) party`, `X Agency` (then `speaking to X` is the agency, not a place)."""

WEEKDAY_WORDS: frozenset[str] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)

VERB_LIKE_HEADS: frozenset[str] = frozenset({"falls"})
"""Lowercase heads that are also verbs (`X falls again`): a head only when no verb cue follows."""

VERB_CUES: frozenset[str] = frozenset(
    {"again", "by", "to", "further", "sharply", "below", "short", "back", "apart", "silent", "victim"}
)
"""Words after a verb-like head that show it is the verb (`falls by`, `falls short`, `falls silent`)."""

ORG_UNIT_HEADS: frozenset[str] = frozenset({"center", "centre"})
"""Heads of a unit inside an organisation when `of the Ministry …` follows (`X Center of the Ministry`)."""

INSTITUTION_HEADS: frozenset[str] = frozenset({"church"})
"""Heads that after a demonym name an institution (`the Armenian Apostolic Church`), not a building."""

TITLE_WORDS: frozenset[str] = frozenset(
    {
        "president",
        "minister",
        "prime",
        "premier",
        "chancellor",
        "king",
        "queen",
        "prince",
        "mr",
        "mrs",
        "ms",
        "dr",
        "general",
        "ambassador",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "secretary",
        "chairman",
        "chair",
        "commissioner",
        "governor",
        "mayor",
        "senator",
        "deputy",
        "chief",
        "head",
        "leader",
        "counterpart",
        "aide",
        "envoy",
        "representative",
        "director",
        "colonel",
        "lieutenant",
        "captain",
        "major",
        "sheikh",
        "emir",
        "pope",
        "patriarch",
        "archbishop",
        "bishop",
        "imam",
    }
)
"""Words that make a capitalised phrase a person ("President X")."""

ALIAS_MARKERS: tuple[str, ...] = ("also known as", "also called", "known as", "or simply", "aka")
"""Apposition markers: `X, also known as Y` makes Y an alias of X."""

BORDER_WORDS: frozenset[str] = frozenset({"border", "frontier", "boundary", "frontline", "front line"})
"""`X-Y border`: a place named after the two countries."""

CONNECTORS: frozenset[str] = frozenset({"of", "de", "del", "al", "el", "la", "le"})
"""Lowercase words allowed inside a capitalised name (`Gulf of Aden`, `Rio de Janeiro`)."""

HEAD_FIRST: frozenset[str] = frozenset(
    {
        "gulf",
        "bay",
        "republic",
        "sea",
        "strait",
        "straits",
        "isle",
        "isles",
        "cape",
        "kingdom",
        "state",
        "states",
        "lake",
        "mount",
        "port",
        "island",
        "islands",
        "university",
        "sultanate",
        "emirate",
        "principality",
        "commonwealth",
        "federation",
        "bank",
        "strip",
        "peninsula",
        "valley",
        "basin",
    }
)
"""Capitalised heads that take `of` inside a name (`Gulf of Aden`, `Republic of Korea`)."""

LEADING_FEATURE_HEADS: frozenset[str] = frozenset({"lake", "mount", "cape", "gulf", "isle", "strait"})
"""Feature words that open a name (`Lake Orvo`, `Mount Tarn`): the phrase is a place anywhere."""

TERRITORIES: frozenset[str] = frozenset(
    {
        "Abkhazia",
        "South Ossetia",
        "Transnistria",
        "Northern Cyprus",
        "Western Sahara",
        "Somaliland",
        "West Bank",
        "Gaza Strip",
        "Crimea",
        "Greenland",
        "Faroe Islands",
        "Puerto Rico",
        "Guam",
        "Hong Kong",
        "Macau",
        "Macao",
        "Gibraltar",
        "Bermuda",
        "French Guiana",
        "French Polynesia",
        "New Caledonia",
        "Guadeloupe",
        "Martinique",
        "Réunion",
        "Mayotte",
        "Aruba",
        "Curaçao",
        "Cayman Islands",
        "British Virgin Islands",
        "Falkland Islands",
    }
)
"""De facto states, disputed and dependent territories (general knowledge): places wherever named."""

CONFLICT_NOUNS: frozenset[str] = frozenset(
    {"war", "wars", "conflict", "conflicts", "dispute", "disputes", "fighting", "clashes", "sovereignty"}
)
"""`the war over X`, `a dispute over X`: X after `over` is the contested land."""

DISASTER_HEADS: frozenset[str] = frozenset(
    {"earthquake", "earthquakes", "quake", "quakes", "tsunami", "eruption", "floods", "wildfire", "wildfires"}
)
"""`the (devastating) X earthquake`: X is where it struck."""

APPOSITION_CLASS_NOUNS: frozenset[str] = frozenset(
    {
        "region",
        "province",
        "district",
        "town",
        "city",
        "village",
        "settlement",
        "enclave",
        "exclave",
        "territory",
        "island",
        "peninsula",
        "port",
        "resort",
        "municipality",
        "suburb",
        "valley",
    }
)
"""`X, a mountainous region ...`: a place-class noun in an apposition right after the name."""

APPOSITION_NEXT_WORDS: frozenset[str] = frozenset(
    {
        "in",
        "of",
        "on",
        "near",
        "at",
        "that",
        "which",
        "where",
        "with",
        "and",
        "internationally",
        "home",
        "known",
        "located",
        "bordering",
        "some",
        "about",
        "just",
        "close",
        "north",
        "south",
        "east",
        "west",
        "populated",
        "inhabited",
        "famous",
        "once",
        "now",
    }
)
"""Words that may follow the class noun of a place apposition (`X, a town in ...`, `X, a region known`)."""

OTHER_CLASS_LIST_NOUNS: frozenset[str] = frozenset(
    {"settlements", "towns", "villages", "cities", "regions", "provinces", "districts", "communities"}
)
"""`X, Y and other settlements`: the list before `and other <noun>` names places."""

PREMISES_NOUNS: frozenset[str] = frozenset(
    {"facilities", "facility", "premises", "headquarters", "offices", "factory", "factories", "warehouses"}
)
"""`at X facilities`: X owns the premises (a company), it is not the place."""

SUPPLY_VERBS: frozenset[str] = frozenset(
    {"acquired", "bought", "purchased", "procured", "ordered", "leased", "licensed"}
)
"""`acquired from X`: X is the seller (a company), not a place; countries stay places."""

PARTICIPATION_BEFORE_IN: frozenset[str] = frozenset(
    {
        "part",
        "participate",
        "participated",
        "participates",
        "participating",
        "participation",
        "compete",
        "competed",
        "competing",
        "exhibit",
        "exhibited",
    }
)
"""`take part in X`: X is an event or an organisation, not a location."""

VENUE_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "at", "to", "into", "inside", "outside", "near", "entered"}
)
"""Prepositions after which a weak head (`Center`, `House`) names a building rather than an organisation."""

MACRO_REGIONS: frozenset[str] = frozenset(
    {
        "Central Asia",
        "South Asia",
        "Southeast Asia",
        "South-East Asia",
        "East Asia",
        "Western Asia",
        "Middle East",
        "Near East",
        "Far East",
        "North Africa",
        "West Africa",
        "East Africa",
        "Central Africa",
        "Southern Africa",
        "Sub-Saharan Africa",
        "Horn of Africa",
        "Sahel",
        "Maghreb",
        "Eastern Europe",
        "Western Europe",
        "Central Europe",
        "Southern Europe",
        "Northern Europe",
        "Central and Eastern Europe",
        "Balkans",
        "Western Balkans",
        "Baltics",
        "Scandinavia",
        "Caucasus",
        "South Caucasus",
        "North Caucasus",
        "Black Sea region",
        "Caspian region",
        "Latin America",
        "Central America",
        "South America",
        "North America",
        "Caribbean",
        "Indo-Pacific",
        "Asia-Pacific",
        "Arctic",
        "Antarctica",
        "Soviet Union",
        "Yugoslavia",
        "Ottoman Empire",
        "Czechoslovakia",
        "Europe",
        "Asia",
        "Africa",
        "Oceania",
    }
)
"""Well-known world regions and former states: places wherever they are named (general knowledge)."""

RIVER_CONTEXT: tuple[str, ...] = (
    r"\b(?:left|right|east|west|eastern|western|north|south|northern|southern|opposite|both)?\s*"
    r"banks?\s+of\s+the\s+",
    r"\b(?:upstream|downstream|the\s+mouth|the\s+delta|the\s+basin|the\s+waters)\s+of\s+the\s+",
    r"\b(?:the\s+)?river\s+",
)
"""Contexts before `<Capitalised>` that read it as a river (`the left bank of the X`, `the river X`)."""

PLURAL_FEATURE_HEADS: frozenset[str] = frozenset(
    {"valleys", "mountains", "hills", "lakes", "plains", "highlands", "lowlands", "foothills", "steppes"}
)
"""Plural lowercase heads after a capitalised modifier (`the Apennine valleys`): the phrase is one place."""

PLACE_MODIFIER_ADJECTIVES: frozenset[str] = frozenset(
    {"regional", "municipal", "provincial", "district", "city", "county", "oblast"}
)
"""`the X regional football association`: X before such an adjective is a place name."""

DEMONYM_PLACE_SUFFIXES: tuple[tuple[str, str], ...] = (("ia", "ian"), ("stan", "stani"), ("a", "an"))
"""Name/adjective pairs (`Xia`/`Xian`): a name whose adjective also occurs in the article is a place."""

DIRECTION_ADJECTIVES: frozenset[str] = frozenset(
    {
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-eastern",
        "north-western",
        "south-eastern",
        "south-western",
        "downtown",
    }
)
"""Adjectives between a locative preposition and a name (`in southern Lebanon`, `in the eastern X`)."""

COMPOUND_PLACE_SUFFIXES: frozenset[str] = frozenset({"based", "born", "headquartered", "registered", "bound"})
"""`London-based`, `Baku-bound`: the word before the hyphen is a place."""

ROUTE_HEADS: frozenset[str] = frozenset(
    {
        "section",
        "segment",
        "stretch",
        "leg",
        "railway",
        "railways",
        "railroad",
        "rail",
        "road",
        "highway",
        "motorway",
        "expressway",
        "pipeline",
        "route",
        "corridor",
        "line",
        "link",
        "border",
        "frontier",
        "crossing",
        "checkpoint",
        "gate",
        "flight",
        "flights",
        "train",
        "trains",
        "ferry",
        "tunnel",
        "bridge",
        "canal",
    }
)
"""Heads of a dash-joined route (`the X–Y–Z railway`): every part is a place."""

ROUTE_MODIFIERS: frozenset[str] = frozenset(
    {
        "metro",
        "tram",
        "subway",
        "underground",
        "bus",
        "light-rail",
        "commuter",
        "high-speed",
        "railway",
        "rail",
        "gas",
        "oil",
        "natural",
        "road",
        "motor",
        "transport",
        "power",
        "transmission",
        "border",
        "new",
        "old",
        "main",
        "international",
        "direct",
        "regular",
        "passenger",
        "cargo",
        "freight",
        "electricity",
        "interstate",
        "strategic",
        "water",
        "fibre-optic",
        "fiber-optic",
    }
)
"""Lowercase words allowed between a dash-joined route and its head (`the X-Y gas pipeline`)."""

NOT_ROUTE_PARTS: frozenset[str] = frozenset(
    {
        "trans",
        "pan",
        "inter",
        "intra",
        "anti",
        "pro",
        "post",
        "pre",
        "non",
        "ex",
        "cross",
        "sub",
        "mid",
        "euro",
    }
)
"""Prefixes written with a capital before a dash (`Trans-Caspian`): not a place of a route."""

EVENT_HEADS: frozenset[str] = frozenset(
    {
        "summit",
        "forum",
        "conference",
        "talks",
        "negotiations",
        "games",
        "congress",
        "expo",
        "olympiad",
        "championship",
        "championships",
        "dialogue",
        "week",
    }
)
"""Capitalised event names that start with the host city (`the X Security Conference`)."""

EVENT_TOPIC_WORDS: frozenset[str] = frozenset(
    {"diplomacy", "security", "economic", "peace", "investment", "energy", "climate", "business", "defence"}
)
"""`the X Security Conference`: a topic between a one-word host city and the event head."""

LOWER_EVENT_HEADS: frozenset[str] = frozenset({"summit", "talks", "conference", "forum", "negotiations"})
"""`the X summit` (lowercase head): X is the host city."""

SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "said",
        "says",
        "told",
        "tells",
        "added",
        "noted",
        "stressed",
        "stated",
        "replied",
        "declared",
        "wrote",
        "tweeted",
        "reported",
        "reports",
        "announced",
        "insisted",
        "warned",
        "emphasised",
        "emphasized",
        "explained",
        "urged",
        "claimed",
        "confirmed",
        "denied",
    }
)
"""A name right before one of these is a speaker (a person or organisation), not a place."""

LIST_END_WORDS: frozenset[str] = frozenset(
    {
        "on",
        "in",
        "at",
        "and",
        "or",
        "where",
        "which",
        "that",
        "as",
        "to",
        "from",
        "for",
        "with",
        "during",
        "after",
        "before",
        "when",
        "while",
        "since",
        "until",
        "last",
        "this",
        "earlier",
        "near",
        "by",
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "provinces",
        "regions",
        "districts",
        "cities",
        "towns",
        "villages",
    }
)
"""Words that may follow the last name of a list of places (`in X, Y and Z on Monday`)."""

CREDIT_LINE = r"\b(?:[Rr]eporting|[Ww]riting|[Rr]eported|[Ff]iled)\s+by\b"
"""A wire credit line (`(Reporting by X in Ankara; Editing by Y)`): its `in X` names a place."""

ORG_CONNECTORS: frozenset[str] = frozenset({"for", "on"})

NAME_INTERNAL_HEADS: frozenset[str] = frozenset(
    {
        "organization",
        "organisation",
        "day",
        "week",
        "year",
        "decade",
        "conference",
        "convention",
        "treaty",
        "agreement",
        "charter",
        "declaration",
        "programme",
        "program",
    }
)
"""`Organization for X in Y`, `Day for X in Y`: heads whose name runs on through `in Y`."""
"""`Organization for X and Y in Z`: an `in` inside a capitalised organisation or event name."""

PLURAL_FEATURE_SINGULAR: dict[str, str] = {
    "coasts": "coast",
    "shores": "shore",
    "rivers": "river",
    "lakes": "lake",
    "seas": "sea",
}
"""`the X and Y coasts`: a plural natural feature after coordinated names (each name is a place)."""

SITE_MODIFIERS: frozenset[str] = frozenset(
    {
        "geothermal",
        "hydro",
        "deep",
        "sea",
        "deep-sea",
        "trade",
        "international",
        "container",
        "commercial",
        "cargo",
        "fishing",
        "river",
        "dry",
        "gold",
        "silver",
        "copper",
        "coal",
        "iron",
        "zinc",
        "molybdenum",
        "copper-molybdenum",
        "uranium",
        "lithium",
        "salt",
        "diamond",
        "ore",
        "oil",
        "gas",
        "nuclear",
        "power",
        "hydropower",
        "hydroelectric",
        "thermal",
        "solar",
        "wind",
    }
)
"""Words between a name and a site head (`the X gold mine`, `the X nuclear power plant`)."""

SITE_HEADS: frozenset[str] = frozenset({"mine", "deposit", "field", "plant", "station", "port"})
"""Heads of an industrial site after one or two `SITE_MODIFIERS`: the whole phrase is a place."""

ADDRESSEE_VERBS: frozenset[str] = frozenset({"told", "tells", "telling"})
"""`told X`: X is a person or an outlet, never a place (capitals and countries excepted)."""

CLASS_NOUNS: frozenset[str] = frozenset({"city", "town", "village", "capital", "port", "hamlet", "resort"})
"""Singular place-class nouns right before a name (`the second-largest city X`, `the village X`)."""

CAPITALISED_ONLY_HEADS: frozenset[str] = frozenset({"route", "zone", "strip"})
"""Heads that make a place only when capitalised (`the X Route`), not lowercase (`Shortest route`)."""

PLURAL_CLASS_NOUNS: frozenset[str] = frozenset(
    {
        "towns",
        "villages",
        "cities",
        "regions",
        "provinces",
        "districts",
        "settlements",
        "communities",
        "municipalities",
        "ports",
        "islands",
        "resorts",
        "capitals",
        "countries",
        "states",
        "oblasts",
        "counties",
        "hamlets",
        "suburbs",
        "neighbourhoods",
        "neighborhoods",
    }
)
"""Place-class nouns that open a list of places (`villages including X, Y and Z`, `regions: X, Y`)."""

US_STATES: frozenset[str] = frozenset(
    {
        "alabama",
        "alaska",
        "arizona",
        "arkansas",
        "california",
        "colorado",
        "connecticut",
        "delaware",
        "florida",
        "georgia",
        "hawaii",
        "idaho",
        "illinois",
        "indiana",
        "iowa",
        "kansas",
        "kentucky",
        "louisiana",
        "maine",
        "maryland",
        "massachusetts",
        "michigan",
        "minnesota",
        "mississippi",
        "missouri",
        "montana",
        "nebraska",
        "nevada",
        "new hampshire",
        "new jersey",
        "new mexico",
        "new york",
        "north carolina",
        "north dakota",
        "ohio",
        "oklahoma",
        "oregon",
        "pennsylvania",
        "rhode island",
        "south carolina",
        "south dakota",
        "tennessee",
        "texas",
        "utah",
        "vermont",
        "virginia",
        "washington",
        "west virginia",
        "wisconsin",
        "wyoming",
        "ala",
        "ariz",
        "ark",
        "calif",
        "colo",
        "conn",
        "del",
        "fla",
        "ga",
        "ill",
        "ind",
        "kan",
        "ky",
        "la",
        "md",
        "mass",
        "mich",
        "minn",
        "miss",
        "mo",
        "mont",
        "neb",
        "nev",
        "n.h",
        "n.j",
        "n.m",
        "n.y",
        "n.c",
        "n.d",
        "okla",
        "ore",
        "pa",
        "r.i",
        "s.c",
        "s.d",
        "tenn",
        "tex",
        "vt",
        "va",
        "wash",
        "w.va",
        "wis",
        "wyo",
        "d.c",
    }
)
"""US states and their AP abbreviations (lowercase, no final dot): `Marietta, Ga.` is a town in a state."""

HEADLINE_END_WORDS: frozenset[str] = frozenset(
    {
        "brief",
        "focus",
        "pictures",
        "photos",
        "numbers",
        "review",
        "context",
        "crisis",
        "limbo",
        "talks",
        "depth",
        "detail",
        "full",
        "question",
        "doubt",
        "danger",
        "turmoil",
        "history",
        "memory",
        "action",
        "video",
        "court",
        "parliament",
        "office",
        "power",
        "force",
        "play",
        "time",
        "store",
        "sight",
        "progress",
        "charge",
        "trouble",
    }
)
"""A Title Case headline ending `In Brief`, `In Focus`: the last word is not a place."""
