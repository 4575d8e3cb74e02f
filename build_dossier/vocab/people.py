"""Vocabulary for people and organisations: titles, role words, name particles, organisation
head-words, and words that are never part of a person's name.

General knowledge only; nothing about a particular dossier. Everything is lowercase; matching code
lowercases (and folds) the text before looking words up.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`."""
    return frozenset(text.split())


TITLE_HEADS: frozenset[str] = _words("""
    president vice-president premier chancellor minister ministers deputy secretary secretary-general
    king queen prince princess emir amir sheikh sultan crown pope patriarch catholicos archbishop bishop
    cardinal imam ayatollah rabbi ambassador envoy spokesperson spokesman spokeswoman commissioner
    chairman chairwoman chairperson chair chief director director-general governor mayor senator
    congressman congresswoman representative rep. sen. gov. gen. general lt. lieutenant colonel col.
    major maj. captain capt. admiral adm. marshal commander commander-in-chief judge justice speaker mp
    lawmaker legislator pm mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady
    father adviser advisor aide head executive ceo cfo coo chief-of-staff founder co-founder leader coach
    manager ombudsman prosecutor prosecutor-general attorney attorney-general counsel consul
    consul-general diplomat official officer candidate nominee member mps deputies lawmakers
    secretariat president-elect counterpart opponent rival emissary negotiator mediator
    ambassador-at-large correspondent reporter editor analyst expert specialist researcher economist
    lawyer barrister solicitor serviceman servicewoman soldier conscript sergeant corporal private
    player footballer striker midfielder goalkeeper winger scorer
    businessman businesswoman entrepreneur tycoon oligarch billionaire investor owner co-owner
    grandmaster referee athlete wrestler boxer activist journalist blogger novelist poet
    """)
"""Words that make a phrase a role or title (`Defence Minister`, `spokesperson`, `aide`)."""

ORG_TITLES: frozenset[str] = _words("""
    president chairman chairwoman chairperson ceo cfo coo coach manager lawmaker mp founder co-founder
    director director-general secretary-general captain striker midfielder goalkeeper winger player
    footballer executive
    """)
"""Titles held in an organisation: name-like words right before one name the organisation
(`Riverside President X Y`, `Green Future lawmaker X Y`), not a person (unlike `aide`, `adviser`)."""

HONORIFICS: frozenset[str] = _words("mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame")
"""Honorifics: a cue for a person but not a role."""

NOT_ROLE_ALONE: frozenset[str] = frozenset(
    [
        "counterpart",
        "opponent",
        "rival",
        "member",
        "candidate",
        "nominee",
        "official",
        "officer",
        "expert",
        "specialist",
        "analyst",
    ]
)
"""Cue words for a person that do not make a useful role on their own."""

ROLE_WORDS: frozenset[str] = _words("""
    defence defense foreign interior home internal external finance financial economy economic economics
    trade commerce industry energy health education justice agriculture culture cultural transport
    transportation labour labor environment environmental digital development cooperation co-operation
    international national affairs emergency emergencies situations security state public social
    electoral election senior special first second acting former vice prime executive high supreme
    presidential armed forces force army navy naval air staff joint military intelligence communications
    information science technology sports youth women family tourism housing water resources natural
    fisheries mines mining oil gas petroleum treasury budget planning investment integration european
    climate human rights relations minority veterans religious territorial administration federal
    regional council commission committee union party parliamentary parliament assembly general
    permanent policy department office bureau agency ministry ministerial government governmental
    principal assistant associate managing deputy-head press media legal military-political
    political diaspora infrastructure urban rural reconstruction customs border police interior
    defence-industry peace humanitarian aid global strategic strategy central republican democratic
    opposition ruling majority minority leading top lead chief electoral
    """)
"""Words that may appear inside a role or title (`Minister for International Development Cooperation`)."""

ROLE_CONNECTORS: frozenset[str] = frozenset({"of", "for", "and", "on", "to", "the", "&"})
"""Small words allowed inside a role (`Minister of Foreign Affairs`, `Minister for Trade`)."""

NAME_PARTICLES: frozenset[str] = frozenset(
    [
        "da",
        "de",
        "di",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "la",
        "le",
        "du",
        "dos",
        "das",
        "bin",
        "ibn",
        "al",
        "el",
        "ben",
        "bint",
        "ter",
        "ten",
        "zu",
        "y",
    ]
)
"""Lowercase particles allowed between the capitalised tokens of a person's name (`von der Leyen`)."""

ORG_HEADS: frozenset[str] = _words("""
    ministry ministries agency agencies center centre council commission committee party parties union
    organization organisation organizations organisations bank fund institute institution university
    college academy school association federation confederation foundation corporation company group
    court tribunal office department bureau service services authority authorities administration
    government cabinet parliament assembly congress senate army navy forces force guard police militia
    coalition alliance league movement front network forum society board secretariat mission
    directorate inspectorate prosecutor's embassy consulate delegation command headquarters staff
    news press times herald tribune gazette journal television tv radio broadcasting broadcaster
    channel media holdings industries airlines airways ltd inc corp plc llc gmbh ag co. club team
    observatory watch council's summit partnership initiative programme program commissariat chamber
    convention council-general community platform body orchestra philharmonic choir ensemble brigade
    regiment battalion
    jsc ojsc cjsc pjsc ead ooo llp
    """)
"""Head-words that make a capitalised phrase an organisation (`Carter Center`, `Anadolu Agency`)."""

DOCUMENT_HEADS: frozenset[str] = _words("convention programme program partnership initiative summit charter")
"""Head-words that name agreements and programmes as often as bodies: `Convention on X` is not taken as
an organisation by the head-word-and-complement rule."""

ORG_PREFIX_HEADS: frozenset[str] = _words("""
    club fc sc afc cf borsa bourse banca banco grupo gruppo groupe
    """)
"""Head-words that start an organisation's name (`Club Varnia`, `Borsa Lindora`, `FC Porto`)."""

PLACE_HEADS: frozenset[str] = _words("""
    street avenue road square park bridge corridor point pipeline house palace hall airport port harbour
    harbor station stadium arena river lake sea ocean gulf strait bay mountain mountains mount hill
    hills valley island islands peninsula region district province city town village oblast county
    state republic territory territories border crossing checkpoint gate base camp building tower
    cemetery memorial monument mosque church cathedral museum hotel plaza boulevard highway canal
    desert coast plateau heights forest field fields zone strip bank shore pass
    """)
"""Head-words that make a capitalised phrase a place (`Victory Park`, `Margara Bridge`)."""

GEO_MODIFIERS: frozenset[str] = _words("""
    north south east west northern southern eastern western central upper lower greater new old
    middle far near mount saint st st. san santa
    """)
"""Words that start place names rather than person names (`Upper Silesia`, `South Caucasus`)."""

NON_PERSON_WORDS: frozenset[str] = _words("""
    january february march april may june july august september october november december
    jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov.
    dec dec. monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun
    today yesterday tomorrow the a an this that these those there here it its his her their our my your
    we they he she i you but and or nor so yet for of in on at by with from to as into about after
    before during since until while when where why how what which who whom whose if then than also
    however meanwhile moreover furthermore earlier later still now already no not all some many most
    several both each every other another such more less one two three four five six seven eight nine
    ten first second third last next new former victory day week month year years day's read more
    photo video gallery image images slider loading latest see source sources related advertisement
    update updated news world politics economy business sport sports opinion analysis editorial
    breaking live watch listen share tweet follow subscribe contact us about home menu search login
    copyright reserved rights terms privacy cookie cookies god allah christianity covid
    coronavirus internet twitter facebook instagram youtube telegram whatsapp tiktok x linkedin
    star crescent flag anthem war peace operation operations conflict battle ceasefire cease-fire
    declaration statement agreement treaty deal accord pact protocol memorandum resolution charter
    summit conference meeting talks forum session visit ceremony parade festival fair olympics
    cup championship league award prize state states capital city republic kingdom empire union
    please note editor's note dear mr president prime minister minister excellency
    under over among amid against across through without within despite following via toward
    towards beyond unlike like along behind besides near upon
    """)
"""Words never part of a person's name (months, weekdays, function words, common headline words)."""

DATE_WORDS: frozenset[str] = _words("""
    january february march april may june july august september october november december
    jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov.
    dec dec. monday tuesday wednesday thursday friday saturday sunday
    """)
"""Month and weekday names: never inside an organisation's name (`the Council on Monday`)."""

POSSESSIVE_ORG_WORDS: frozenset[str] = frozenset(
    [
        "people's",
        "peoples'",
        "workers'",
        "women's",
        "children's",
        "nations'",
        "citizens'",
        "prosecutor's",
        "prosecutors'",
        "prosecutor-general's",
        "ombudsman's",
        "farmers'",
        "veterans'",
        "journalists'",
        "governor's",
        "mayor's",
    ]
)
"""Possessive words that stay inside an organisation name (`Sierra Leone People's Party`)."""

KNOWN_ORG_NAMES: tuple[str, ...] = (
    "Red Cross", "Red Crescent", "Amnesty International", "Transparency International",
    "Human Rights Watch", "Reporters Without Borders", "Doctors Without Borders", "Médecins Sans Frontières",
    "Greenpeace", "Interpol", "Europol", "Eurostat", "Eurojust", "Frontex", "Nasdaq", "Euronext",
    "Freedom House", "International Crisis Group", "Oxfam", "Caritas", "World Bank", "Gazprom", "Rosatom",
    "Rosneft", "Lukoil", "Aramco", "Saudi Aramco",
)  # fmt: skip
"""Organisations without a head-word that are known by name (general knowledge). A demonym before
(`Turkish Red Crescent`) or a country after (`Transparency International Kenya`) is kept in the name."""

OUTLET_DOMAINS: tuple[str, ...] = (
    "com", "net", "org", "info", "news", "am", "az", "ge", "ru", "kz", "uz", "kg", "tj", "tm", "md", "ua",
    "by", "tr", "ir", "in", "pk", "ro", "eu", "fr", "de", "it", "es", "pl", "co\\.uk", "co",
)  # fmt: skip
"""Web domains an outlet is named with in running text (`told News.am`)."""

INSTITUTION_METONYMS: dict[str, str] = {
    "kremlin": "Russia",
    "white house": "United States",
    "pentagon": "United States",
    "state department": "United States",
    "downing street": "United Kingdom",
    "elysee": "France",
    "élysée": "France",
    "elysee palace": "France",
    "quai d'orsay": "France",
    "bundestag": "Germany",
    "knesset": "Israel",
    "duma": "Russia",
    "state duma": "Russia",
    "verkhovna rada": "Ukraine",
    "milli majlis": "Azerbaijan",
    "grand national assembly": "Turkey",
    "zhongnanhai": "China",
    "blue house": "South Korea",
    "vatican": "Vatican City",
    "holy see": "Vatican City",
    "jogorku kenesh": "Kyrgyzstan",
    "oliy majlis": "Uzbekistan",
    "mazhilis": "Kazakhstan",
    "sejm": "Poland",
    "storting": "Norway",
    "riksdag": "Sweden",
    "folketing": "Denmark",
    "althing": "Iceland",
    "eduskunta": "Finland",
    "seimas": "Lithuania",
    "saeima": "Latvia",
    "riigikogu": "Estonia",
    "lok sabha": "India",
    "rajya sabha": "India",
}
"""Institutions named without an organisation head-word, with their country (`the Kremlin`)."""

KNOWN_ORG_ACRONYMS: dict[str, str] = {
    "UN": "United Nations",
    "EU": "European Union",
    "NATO": "NATO",
    "OSCE": "OSCE",
    "WHO": "World Health Organization",
    "IMF": "International Monetary Fund",
    "WTO": "World Trade Organization",
    "UNESCO": "UNESCO",
    "UNICEF": "UNICEF",
    "UNHCR": "UNHCR",
    "ICRC": "International Committee of the Red Cross",
    "ICJ": "International Court of Justice",
    "ICC": "International Criminal Court",
    "ASEAN": "ASEAN",
    "OPEC": "OPEC",
    "CSTO": "Collective Security Treaty Organization",
    "CIS": "Commonwealth of Independent States",
    "OIC": "Organisation of Islamic Cooperation",
    "OTS": "Organization of Turkic States",
    "AU": "African Union",
    "ECOWAS": "ECOWAS",
    "UNSC": "UN Security Council",
    "G7": "G7",
    "G20": "G20",
    "BRICS": "BRICS",
    "PACE": "Parliamentary Assembly of the Council of Europe",
    "FIFA": "FIFA",
    "UEFA": "UEFA",
    "FIDE": "FIDE",
    "IOC": "International Olympic Committee",
}
"""Well-known organisation acronyms with their usual name (general knowledge)."""

WIRE_AGENCIES: frozenset[str] = _words("""
    reuters afp ap aa tass ria xinhua kyodo yonhap ansa efe dpa bloomberg interfax anadolu apa
    armenpress azertac kuna wam sana irna isna mehr bernama pti ani upi
    """)
"""News agencies that appear as bare names (`Reuters reported`): organisations, never people."""

WIRE_AGENCIES_ALSO_NAMES: frozenset[str] = _words("ani sana ria mehr ansa isna kuna")
"""Agency names that are also given names (`Ani`, `Sana`): an agency only when written in capitals."""

PERSON_NOUNS: frozenset[str] = _words("""
    minister president premier chancellor spokesperson spokesman spokeswoman ambassador envoy
    commissioner chairman chairwoman chief director governor mayor senator general commander
    secretary aide adviser advisor official leader head king queen emir prince sultan judge speaker
    diplomat deputy representative lawmaker officer prosecutor ombudsman mediator negotiator pm fm coach
    lawyer attorney
    """)
"""Nouns that, after `the`, refer back to a person (`the minister said`)."""

ARMED_BODIES: tuple[str, ...] = (
    r"armed\s+forces", r"security\s+forces", r"forces", r"army", r"military", r"militias?", r"navy",
    r"air\s+force", r"troops", r"border\s+guards?", r"police", r"government",
)  # fmt: skip
"""Lower-case heads that make `<demonym> <head>` an organisation (`Armenian forces`, `the Chilean army`,
and likewise `the Armenian government`)."""

ARMED_BODY_NAMES: dict[str, str] = {
    "armed forces": "Armed Forces",
    "forces": "Armed Forces",
    "army": "Armed Forces",
    "military": "Armed Forces",
    "troops": "Armed Forces",
    "security forces": "Security Forces",
    "militia": "Militias",
    "militias": "Militias",
    "navy": "Navy",
    "air force": "Air Force",
    "border guard": "Border Guard",
    "border guards": "Border Guard",
    "police": "Police",
    "government": "Government",
}
"""Canonical body for each head: `Armenian army`, `Armenian troops`, `Armenian forces` are one actor,
`Armed Forces (Armenia)`, as ministries are `Ministry of Defence (Turkey)`."""
ARMED_BODY_NOT_BEFORE: frozenset[str] = _words("""
    unit units officer officers chief chiefs commander commanders spokesman spokeswoman spokesperson
    personnel position positions base bases equipment vehicle vehicles hardware operation operations
    exercise exercises drill drills service servicemen official officials leadership source sources
    expert experts analyst analysts aid spending budget academy college school hospital court courts
    bond bonds debt securities program programme
    """)
"""Words after the head that make it an attribute of another noun (`Armenian army officers`)."""
ADJECTIVE_HEADS: frozenset[str] = frozenset({"military", "police"})
"""Heads that are also adjectives: an organisation only before a verb, a clause word or punctuation."""

BY_PERSON_VERBS: frozenset[str] = _words("""
    coached led headed chaired managed trained founded co-founded directed edited written authored
    composed painted designed produced presented hosted narrated signed owned run
    editing reporting writing
    """)
"""Verbs (and credit nouns) after which `by <First Last>` names a person (`coached by X`, `Editing by X`)."""

COMPANY_NOUNS: frozenset[str] = _words("""
    company firm manufacturer maker producer contractor supplier carmaker shipbuilder conglomerate
    startup start-up giant group holding subsidiary operator developer exporter importer retailer
    lender bank insurer airline carrier brokerage watchdog regulator broadcaster newspaper daily outlet
    portal website club champions unit
    """)
"""Nouns right before a capitalised name that make it a company, not a person (`defence firm X Y`)."""

WORKS_AT_TITLES: frozenset[str] = _words("""
    economist analyst strategist researcher fellow trader banker
    """)
"""Titles after which `at X Y` names the employer (`chief economist at X Finance`), not a place."""

COMPANY_AFTER: str = (
    r"['’]s\s+(?:general\s+manager|chief\s+executive|ceo|cfo|board|shareholders|subsidiary|shares"
    r"|factory|factories|plant|headquarters|products|order\s+book)\b"
)
"""A possessive after a name that makes it a company (`X Y's general manager`, `X Y's shares`)."""

BYLINE: str = (
    r"^\s*[*•·]?\s*(?:(?:[Ww]ritten|[Ww]riting|[Rr]eporting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Tt]ranslated"
    r"|[Aa]dditional\s+reporting)\s+)?(?:[Bb]y|BY)\s+"
    r"(?:[^\s,;]+\s+){0,4}?(?:and\s+(?:[^\s,;]+\s+){0,3}?)?$"
)
"""Line text before a name in a byline (`By X, Y correspondent`, `By X and Y`, a credit line `*Writing by X`,
`Editing by Y`): the name is the author or an editor."""

TITLE_MODIFIERS: frozenset[str] = _words("""
    interim caretaker acting honorary independent veteran transitional former outgoing incoming
    provisional temporary elected newly new current then late longtime long-time senior junior chief
    """)
"""Capitalised words that qualify a title (`Interim President X`), never an organisation's name."""

ENVOY_TITLES: frozenset[str] = _words("""
    ambassador envoy representative consul consul-general emissary head chargé charge
    """)
"""Titles of a post sent to a country (`Ambassador of the European Union to <Country> X Y`)."""

COMPANY_HEAD_NOUNS: frozenset[str] = _words("""
    company firm corporation conglomerate consortium manufacturer carmaker shipbuilder
    """)
"""Lower-case nouns that make a capitalised name a company when they follow it (`the X Y company`) or
head its apposition (`X Y, the company developing …`)."""

LOWER_BODY_HEADS: frozenset[str] = _words("alliance coalition bloc municipality")
"""Lower-case heads after a capitalised name that make it a body (`the X alliance`, `Y municipality`)."""

LOWER_PARTY_HEADS: frozenset[str] = _words("alliance coalition bloc party faction movement")
"""Lower-case head-words of a political body after its capitalised name (`X Y of the Unity bloc said`):
the name before `of` is a person's."""

NATIONAL_BODIES: frozenset[str] = _words("government cabinet")
"""Capitalised bodies named alone after `the` (`the Government approved`): the body of the country in
focus."""

MINISTRY_DOMAIN_WORDS: frozenset[str] = _words("""
    environment ecology tourism labour labor industry sports youth science digital infrastructure
    territorial interior justice defence defense finance economy health education energy trade
    culture agriculture transport
    """)
"""Domain words of a minister's title (`Environment Minister X`) that name the minister's ministry when
the article later says `the ministry` / `his ministry`."""

APPOSITION_NON_PERSON_HEADS: frozenset[str] = (
    ORG_HEADS
    | PLACE_HEADS
    | COMPANY_NOUNS
    | COMPANY_HEAD_NOUNS
    | LOWER_BODY_HEADS
    | _words("""
    organisation organization outfit charity ngo nonprofit non-profit think-tank tank institute
    country nation capital settlement neighbourhood neighborhood suburb area community municipality
    ship vessel tanker frigate carrier newspaper agency daily weekly magazine site website portal
    """)
)
"""Head nouns of an apposition (`X, a mining company, said`) that make the name before it a body or a
place, not a person."""

APPOSITION_HEAD_ENDS: frozenset[str] = _words("""
    of who whose that which from in at with for on near living based working whom since by to
    """)
"""Words that end the head-noun phrase of an apposition (`a resident of ...`, `a nurse who ...`)."""

RANK_ABBREVIATIONS: frozenset[str] = _words("""
    adm gen col capt maj sgt lt cmdr cdr brig cpl pvt rank
    """)
"""Military rank abbreviations (`Rear Adm.`, `Lt. Gen.`, `Col.`) and `Rank` of `Captain 1st Rank`: titles,
never part of a name; a name right after one is a person's."""

VESSEL_NOUNS: frozenset[str] = _words("""
    vessel ship frigate tanker carrier drillship destroyer corvette submarine cruiser icebreaker
    freighter ferry yacht boat warship
    """)
"""Nouns right before a capitalised name that make it a vessel (`the research vessel X Y`), not a person."""


# ---------------------------------------------------------------------------------------------------
# Extensions for the actor and quote rules (`extract/actors.py`, `extract/quotes.py`). The sets below that
# re-bind a name defined above (TITLE_HEADS, NOT_ROLE_ALONE, COMPANY_NOUNS, PLACE_HEADS, BY_PERSON_VERBS)
# widen it; sets derived above from the narrower ones (APPOSITION_NON_PERSON_HEADS) keep the narrow form.

RELATION_NOUNS: frozenset[str] = _words("""
    wife husband fiancée fiancee fiancé fiance partner widow widower son daughter mother father brother
    sister stepson stepdaughter stepmother stepfather grandson granddaughter grandmother grandfather
    nephew niece uncle aunt cousin son-in-law daughter-in-law brother-in-law sister-in-law girlfriend
    boyfriend spouse
    """)
"""Family nouns before a name (`his fiancée X Y`, `the victim's mother X Y`): a cue for a person, but no
role."""

ROLE_NOUNS: frozenset[str] = _words("""
    co-chair co-chairman co-chairwoman co-chairperson vice-chair vice-chairman vice-chairwoman
    vice-premier co-president ex-president ex-minister
    champion driver rider racer cyclist skier swimmer runner sprinter jockey pilot defender forward
    pitcher quarterback teammate team-mate runner-up medallist medalist winner titleholder
    singer actor actress artist filmmaker historian scientist surgeon doctor nurse
    teacher student priest photographer designer architect composer
    accountant auditor treasurer engineer physician pharmacist paramedic clerk cashier
    geologist geophysicist seismologist volcanologist meteorologist climatologist epidemiologist
    virologist physicist chemist biologist
    curator scholar rector dean organiser organizer banker astronaut cosmonaut
    """)
"""Role nouns (lower case before a name: `world champion X Y`, `Caucus Co-Chair X Y`) added to the titles
of `vocab.people`."""

TITLE_HEADS: frozenset[str] = TITLE_HEADS | ROLE_NOUNS | RELATION_NOUNS
NOT_ROLE_ALONE: frozenset[str] = (
    NOT_ROLE_ALONE
    | RELATION_NOUNS
    | _words("""
    champion winner runner-up titleholder teammate team-mate
    """)
)
"""Cue words that make no role alone; a single capitalised word after them needs more (`Turkish champion
X` is as often a club as a person)."""

AGENCY_NOUNS: frozenset[str] = _words("""
    agency authority organisation organization charity ngo foundation fund institute inspectorate
    directorate service
    """)
"""Lower-case body nouns right before a capitalised name that make it the body's name (`the regional
road management agency X Y`), like the company nouns."""

COMPANY_NOUNS: frozenset[str] = COMPANY_NOUNS | AGENCY_NOUNS

EVENT_NAME_HEADS: frozenset[str] = _words("""
    prix grand-prix marathon rally regatta expo biennale biennial triennale games olympiad open
    masters classic derby
    """)
"""Last words of the names of events (`Grand Prix`, `City Marathon`): never a person's name."""

TIME_POSSESSIVES: frozenset[str] = _words("""
    year's years' season's week's month's weekend's day's today's tomorrow's yesterday's tonight's
    night's morning's evening's afternoon's century's decade's
    """)
"""A time word's possessive before a capitalised name names an event (`this year's X Y`), not a person."""

PLACE_HEADS: frozenset[str] = PLACE_HEADS | _words("""
    circuit racetrack raceway speedway velodrome
    lagoon spa resort beach beaches glacier volcano crater waterfall falls reservoir dam fjord reef
    canyon gorge marsh wetland wetlands estuary archipelago oasis geyser
    """)
"""Place head-words (`City Circuit`) added to those of `vocab.people`."""

CREDIT_LINE: str = r"\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting)\b"
"""The end of a contributor credit after a name on its line (`Agency writer X Y in City contributed to this
report.`): the name is a credit, not an actor."""

TITLE_PREFIXES: frozenset[str] = _words("then ex former")
"""Prefixes joined to a title by a hyphen (`Then-Gov.`, `ex-President`): the whole word is a title."""

BODY_COMPLEMENT_WORDS: frozenset[str] = _words("""
    relations affairs issues questions matters policy policies security defence defense rights development
    cooperation integration education health science sciences culture energy economy budget finance
    finances agriculture ecology environment youth sports sport legislation justice industry labour labor
    trade investment investments transport communications technology technologies resources protection
    planning reforms reform studies research veterans families women children migration diaspora
    tourism infrastructure innovation innovations safety statistics property privatization
    """)
"""Nouns that end a body's complement (`Committee on Foreign Relations`, `Agency for Regional
Development`): never the first word of a person's name after it."""

MINISTRY_ACRONYMS: dict[str, str] = {"MFA": "Foreign Affairs", "MOFA": "Foreign Affairs"}
"""Acronyms of a ministry (`the MFA said`): the ministry's domain."""

BY_PERSON_VERBS: frozenset[str] = BY_PERSON_VERBS | _words("""
    joined accompanied greeted welcomed received interviewed succeeded replaced congratulated escorted
    photographed hugged flanked
    works compositions paintings poems songs novels books plays operas symphonies
    """)
"""Verbs after which `by <First Last>` names a person, added to those of `vocab.people` (`was joined by X
Y`, `accompanied by X Y`), and nouns for creative works (`works by X Y`)."""

STORM_WORDS: frozenset[str] = _words("typhoon hurricane storm cyclone tornado")
"""Words before a capitalised name that make it a storm's name (`Typhoon X`, `tropical storm Y`)."""

PRODUCT_MODIFIER_ENDS: tuple[str, ...] = (
    "-made", "-built", "-designed", "-produced", "-manufactured", "-developed", "-supplied", "-owned",
)  # fmt: skip
"""Ends of a modifier before a capitalised name that make it a product (`French-made X howitzers`)."""

OFFICE_HOLDER_TITLES: frozenset[str] = _words("general")
"""Last words of a two-word title whose possessive stays inside a body's name before its head-word
(`Prosecutor General's Office`, `Attorney General's Office`)."""

TITLE_ABBREVIATIONS: dict[str, str] = {
    "gov": "governor", "sen": "senator", "rep": "representative", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "maj": "major", "capt": "captain", "adm": "admiral", "sgt": "sergeant",
    "cmdr": "commander", "cdr": "commander", "brig": "brigadier", "cpl": "corporal", "pvt": "private",
}  # fmt: skip
"""Abbreviated titles (`Gov.`, `Sen.`) and the title a role spells out (`Georgia Gov. X` is a governor)."""

POST_NAME_TITLES: frozenset[str] = _words("pasha bey effendi efendi")
"""Honorific titles written after a given name (`X Pasha`): the name before one is a person's."""

NOT_MAIN_VERBS: frozenset[str] = _words("""
    based born aged named called known located situated elected appointed
    """)
"""Past participles after `, X Y,` that open another apposition, not the main verb (`X Y, born in 1970,`)."""

TITLE_PLACE_NOUNS: frozenset[str] = _words("district region province county oblast municipality city town")
"""Lower-case place nouns that may end a title's complement right before its holder's name
(`the Special Representative of the President in the X district First Last`)."""
