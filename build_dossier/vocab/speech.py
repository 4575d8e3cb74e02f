"""Vocabulary for quotations and their attribution: speech verbs, reporting nouns, pronouns.

General English only. All entries lowercase.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`."""
    return frozenset(text.split())


_VERB_STEMS = """
say:said:says:saying tell:told:tells:telling add:added:adds:adding note:noted:notes:noting
state:stated:states:stating stress:stressed:stresses:stressing emphasize:emphasized:emphasizes:emphasizing
emphasise:emphasised:emphasises:emphasising underline:underlined:underlines:underlining
underscore:underscored:underscores:underscoring tweet:tweeted:tweets:tweeting
remark:remarked:remarks:remarking declare:declared:declares:declaring announce:announced:announces:announcing
write:wrote:writes:writing post:posted:posts:posting explain:explained:explains:explaining
insist:insisted:insists:insisting warn:warned:warns:warning urge:urged:urges:urging
continue:continued:continues:continuing ask:asked:asks:asking reply:replied:replies:replying
respond:responded:responds:responding claim:claimed:claims:claiming argue:argued:argues:arguing
report:reported:reports:reporting point:pointed:points:pointing recall:recalled:recalls:recalling
assert:asserted:asserts:asserting affirm:affirmed:affirms:affirming reaffirm:reaffirmed:reaffirms:reaffirming
confirm:confirmed:confirms:confirming acknowledge:acknowledged:acknowledges:acknowledging
admit:admitted:admits:admitting suggest:suggested:suggests:suggesting mention:mentioned:mentions:mentioning
observe:observed:observes:observing comment:commented:comments:commenting
highlight:highlighted:highlights:highlighting reiterate:reiterated:reiterates:reiterating
vow:vowed:vows:vowing pledge:pledged:pledges:pledging promise:promised:promises:promising
praise:praised:praises:praising hail:hailed:hails:hailing welcome:welcomed:welcomes:welcoming
condemn:condemned:condemns:condemning criticize:criticized:criticizes:criticizing
criticise:criticised:criticises:criticising accuse:accused:accuses:accusing deny:denied:denies:denying
describe:described:describes:describing call:called:calls:calling told:told:told:told
conclude:concluded:concludes:concluding tell:told:tells:telling answer:answered:answers:answering
quote:quoted:quotes:quoting cite:cited:cites:citing read:read:reads:reading
agree:agreed:agrees:agreeing allege:alleged:alleges:alleging predict:predicted:predicts:predicting
believe:believed:believes:believing think:thought:thinks:thinking
add:added:adds:adding express:expressed:expresses:expressing shout:shouted:shouts:shouting
exclaim:exclaimed:exclaims:exclaiming whisper:whispered:whispers:whispering
proclaim:proclaimed:proclaims:proclaiming certify:certified:certifies:certifying
inform:informed:informs:informing assure:assured:assures:assuring
maintain:maintained:maintains:maintaining indicate:indicated:indicates:indicating
specify:specified:specifies:specifying clarify:clarified:clarifies:clarifying
summarize:summarized:summarizes:summarizing summarise:summarised:summarises:summarising
recount:recounted:recounts:recounting joke:joked:jokes:joking
speak:spoke:speaks:speaking denounce:denounced:denounces:denouncing
dismiss:dismissed:dismisses:dismissing decry:decried:decries:decrying brand:branded:brands:branding
"""

SPEECH_VERBS: frozenset[str] = frozenset(w for group in _VERB_STEMS.split() for w in group.split(":"))
"""Every form of the verbs that introduce or attribute speech (`said`, `tweeted`, `remarked`)."""

STRONG_SPEECH_VERBS: frozenset[str] = _words("""
    said says say told tells added adds noted notes stated states stressed stresses emphasized emphasised
    emphasizes emphasises underlined underlines underscored tweeted tweets remarked remarks declared
    declares announced announces wrote writes posted explained explains insisted insists warned warns
    continued continues asked replied responded claimed argued reported reports pointed recalled
    asserted affirmed reaffirmed confirmed acknowledged admitted suggested mentioned observed commented
    highlighted reiterated vowed concluded answered reads read alleged exclaimed proclaimed certified
    assured maintained indicated clarified told saying adding noting stressing stating
    """)
"""Verbs that on their own attribute a direct quotation next to them."""

AUX_WORDS: frozenset[str] = _words(
    "has have had was were is are will would could should also further then later again earlier "
    "had also once just reportedly separately"
)
"""Words allowed between a speaker and its speech verb (`has also said`, `had earlier noted`)."""

PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
"""Pronouns that refer back to a person."""

THING_PRONOUNS: frozenset[str] = frozenset({"it", "they"})
"""Pronouns that refer back to an organisation, a country or a document."""

QUOTED_AS_SAYING: str = r"\bquoted\s+(.{1,100}?)\s+as\s+(?:saying|telling|stating|adding|noting)\b"
"""`<agency> quoted <Name> as saying`: the speaker is the quoted person, not the agency."""

DOCUMENT_NOUNS: frozenset[str] = _words("""
    statement declaration communique communiqué release press-release report letter message post tweet
    document text resolution decree note readout announcement
    """)
"""Nouns for documents that "say" things (`the statement adds`)."""

GROUP_NOUNS: frozenset[str] = _words("""
    ministry group organization organisation agency commission committee council party office
    government administration body mission observers monitors union alliance coalition company
    court department service authority authorities army bloc embassy presidency
    """)
"""Nouns that, after `the`, refer back to an organisation (`the observer group said`)."""

ISSUE_VERBS: frozenset[str] = frozenset(
    ["adopted", "issued", "released", "published", "signed", "approved", "put", "circulated", "made"]
)
"""Verbs linking an issuer to a document (`the summit adopted the declaration`)."""

NAMING_CUES: frozenset[str] = _words("""
    motto slogan theme title titled entitled called named dubbed headlined hashtag banner chant
    chanting chanted reading labelled labeled known termed series book film movie documentary novel
    report programme program show album song play exhibition column podcast
    """)
"""Words before a quotation mark that make it a name or slogan rather than speech."""

SLOGAN_CUES: frozenset[str] = frozenset({"motto", "slogan", "theme"})
"""Naming cues whose quotation is still the words of the actor that adopts them (`India has taken
'...' as its theme`, `citing the motto of "..."`): kept as a partial quotation of the clause's subject."""

QUOTE_PAIRS: dict[str, str] = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'", "‹": "›"}
"""Opening quotation marks and their closing marks."""

TWEET_SIGNATURE: str = (
    r"^\s*[—–-]{1,2}\s*(?P<name>[^()@\n]{2,80}?)\s*\(@(?P<handle>\w{1,30})\)\s*"
    r"(?P<date>[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})\s*$"
)
"""An embedded tweet's signature line: `— Name (@handle) February 11, 2023`."""

TWEET_LINK: str = r"\s*(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)"
"""Links that end an embedded tweet's text (`pic.twitter.com/abc`, `https://t.co/abc`)."""

MAX_TWEET_TRAILING_LINES = 3
"""Lines after a signature that still belong to its tweet when they run up to a tweet link (a page
scrape sometimes puts the signature in the middle of the tweet)."""

STATED_BY_AFTER: str = (
    r"\b(?:[Tt]his|[Tt]hese\s+words|[Tt]hat|[Ss]uch\s+words)\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:(?:also|earlier)\s+)?(?:said|stated|announced|noted|declared|emphasized|emphasised|stressed|"
    r"written|posted|voiced|expressed|mentioned|underlined)\s+by\s+"
)
"""`This was stated by X`, `Report informs that this was said by X`: the sentence after a quotation
standing alone names its speaker (a common form in agency copy)."""
