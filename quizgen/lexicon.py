"""General English vocabularies the question rules share (never words of particular articles)."""

from __future__ import annotations

import pycountry

KIND_NOUNS = frozenset(
    """
    agency air airline airlines airways airport alliance army assembly association authority bank base board bureau cabinet
    center centre church club coalition college commission committee company complex conference congress
    corporation council court department embassy exchange federation firm force forum foundation fund group
    hospital institute institution league library ministry museum network newspaper office organisation
    organization palace parliament party pipeline police port program programme prison school senate service
    society station studio summit survey team treaty union university
    """.split()
)
"""Head nouns of names that say what kind of thing is named ("Nordic Investment *Bank*" is a bank)."""

COMPANY_NOUNS = frozenset("company firm".split())
"""Nouns any company is: "the company" is the one company the story has had act, whatever its name says it is."""

COMPANY_ABBREVIATIONS = ("Inc.", "Ltd.", "Corp.", "Co.", "S.A.", "S.p.A.", "N.V.", "B.V.", "Kft.", "Zrt.", "Nyrt.", "Bhd.", "Pty.")
"""Legal forms of company names written with a full stop, which must not end a sentence."""

COMPANY_SUFFIXES = frozenset("inc ltd llc plc corp co ag sa gmbh kft zrt nyrt nv bv spa bhd pty".split()) | {
    a.casefold() for a in COMPANY_ABBREVIATIONS
}
"""Legal-form endings of company names."""

DEAL_VERBS = frozenset(
    """
    acquire buy purchase sell sign agree ratify approve ban sanction finance fund invest merge license
    establish launch appoint elect name nominate award grant lease supply order
    """.split()
)
"""Verbs of a consequential act: the questions about their arguments are "deal" questions."""

ACT_NOUNS = {
    "acquisition": ("acquire", "buy", "purchase"),
    "purchase": ("buy", "purchase", "acquire"),
    "takeover": ("acquire", "buy", "take"),
    "buyout": ("buy", "acquire"),
    "sale": ("sell",),
    "expulsion": ("expel",),
    "arrest": ("arrest",),
    "dismissal": ("dismiss", "fire", "sack"),
}
"""Nouns that name the act of a verb with an object: "the acquisition" after "X agreed to buy Y" is X's purchase of Y."""

EXTRAPOSING_VERBS = frozenset("fall be remain seem appear take cost matter".split())
"""Verbs whose subject "it" may stand for a clause after them: "It falls to X to nominate …", "It remains unclear whether …"."""

INTENT_VERBS = frozenset("agree plan decide expect hope intend pledge promise vow aim schedule prepare order instruct urge".split())
"""Verbs whose infinitive is still to come: "agreed to meet in June" meets in a June ahead, "was ordered to appear
by 15 January" appears in a January ahead."""

ACT_SUFFIXES = ("tion", "sion", "ment", "al", "ure", "ance", "ence")
"""Endings of nouns that name an act (resignation, appointment, proposal, departure)."""

CONTROL_VERBS = frozenset("empower ask urge allow enable authorise authorize encourage invite order tell force help require task permit instruct".split())
"""Verbs whose object does what the infinitive after it says ("urged officials to open talks")."""

APPOINTING_VERBS = frozenset("appoint name elect nominate hire choose pick select promote".split())
"""Verbs that put someone in a post: a participle after their object is the appointee's ("named X, replacing Y")."""

DEAL_NOUNS = frozenset("pact deal agreement accord treaty contract partnership alliance memorandum arrangement".split())
"""Nouns of a pact: "the pact" after "a trade agreement" is that agreement."""

ARGUMENT_PREPOSITIONS = frozenset("in at to from with for against into onto over under on by near".split())
"""Prepositions whose object can be asked about with "<preposition> which …"."""

SPAN_PREPOSITIONS = frozenset("since from until till through by before after".split())
"""Prepositions that make a date the edge of a span, asked with themselves: "Since what year …?"."""

PLACE_PREPOSITIONS = frozenset("in at".split())
"""Prepositions whose place object is asked about with "Where"."""

MOVEMENT_PREPOSITIONS = frozenset("to from into".split())

DEPARTURE_VERBS = frozenset("launch depart fly sail travel flee leave lift evacuate".split())
"""Verbs of setting out: what they go "from" is a place, whatever the model tags it."""
"""Prepositions whose place object is where something went or came from: a question of place, asked with its preposition."""

INNER_PREPOSITIONS = frozenset("for with in on at near".split())
"""Prepositions inside a verb's object whose named object can be asked about ("immunity *for* X");
those of ``NESTED_PLACE_PREPOSITIONS`` only for a place ("a meeting *on* Malta")."""

NESTED_PLACE_PREPOSITIONS = frozenset("in on at near".split())

TOPIC_PREPOSITIONS = frozenset("about over against".split())
"""Prepositions inside a verb's object that say what it is about ("concerns *about* X's plans"): whose plans can be asked."""

CONSEQUENTIAL_VERBS = DEAL_VERBS | frozenset(
    """
    receive create propose expel use build open close unveil introduce adopt reject pass win lose offer provide
    release impose lift withdraw suspend host replace restore require recommend demand allocate
    """.split()
)
"""Verbs whose object is worth asking about even when it is not a name ("What will X receive?")."""

GENERIC_NOUNS = frozenset(
    """
    thing things way ways part parts chance lot number kind type sort issue issues matter matters account
    case fact idea step steps effort efforts time times place view views statement comment comments
    """.split()
)
"""Head nouns too vague to be an answer on their own ("a different account of events")."""

ROLE_SYNONYMS = {"spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair", "chairwoman": "chair",
                 "sen": "senator", "gov": "governor", "rep": "representative", "congressman": "representative",
                 "congresswoman": "representative", "premier": "prime minister"}
"""Words of office that name the same role, for comparing people's offices."""

NEWSPAPER_NAMES = frozenset("post times journal herald tribune gazette telegraph guardian chronicle observer courier mail express".split())
"""Last words of newspapers' names ("The Irish Times", "Evening Herald")."""

HYPHENATED_WORDS = ("by-election", "by-elections", "by-law", "by-laws", "in-law", "in-laws", "off-season", "on-site")
"""Words whose first part is a preposition, which the tokenizer would split off and the parser take as one."""

TIME_ZONES = frozenset("GMT UTC BST CET CEST EET EEST WET WEST EST EDT CST CDT MST MDT PST PDT ET PT JST KST IST AEST AEDT SGT HKT".split())
"""Time zones a news report writes after a time of day ("by 0915 GMT")."""

CHANGE_VERBS = frozenset(
    """cut reduce rise fall increase decrease grow drop climb decline raise lower slash boost shrink jump gain lose
    slump plunge plummet tumble sink soar surge rally slide dip""".split()
)
"""Verbs of change: a percentage with one of them is a rate of change; any other percentage needs its base ("of X")."""

OWNED_FIGURES = frozenset("sale profit revenue earnings share cost export import output production spending".split())
"""Figures a bare noun gives as the speaker's own: "Acme said sales fell 6%" means Acme's sales."""

COUNT_NOUNS = frozenset("toll number total tally count".split())
"""Nouns of a count that rises and falls ("the death toll rose to 64"): where it ended is asked as a number."""

FIGURE_NOUNS = OWNED_FIGURES | frozenset("price value rate level stock index total balance".split())
"""Nouns of a figure, which a date only says when it was measured: no event to ask the date of."""

COMPARING_PREPOSITIONS = frozenset("below above beyond".split())
"""Prepositions of a side phrase that sets a figure against another ("…, below the 30% they sought"): a comment, not the fact."""

VALUING_VERBS = frozenset("value price put estimate peg set".split())
"""Verbs that put a figure on a thing "at" an amount ("valued the firm at $3bn")."""

SPEECH_VERBS = frozenset("say tell add note state claim write argue insist warn explain reply".split())
"""Verbs of saying: their subject is a speaker, never a place a question could ask "which place" about."""

CLAIM_VERBS = frozenset("claim allege suspect believe think suggest argue insist maintain deny doubt fear hope speculate contend deem".split())
"""Verbs whose clause the writer does not vouch for: a question keeps who holds it ("… does X claim Y flies?")."""

_NOT_CURRENCY_NAMES = frozenset(
    "account involved purposes gold silver platinum palladium mark colon sum oro previsional fomento omani uruguayo soberano beac bceao".split()
)
"""Last words of ISO 4217 names that are no currency's name in running text ("SDR (Special Drawing Right)", "Colon")."""

CURRENCY_WORDS = frozenset(
    """
    euro euros dollar dollars pound pounds yen yuan renminbi rupee rupees rouble roubles ruble rubles franc francs
    forint forints krona kronor krone kroner crown crowns zloty peso pesos real reais rand lira won dinar dinars dirham dirhams
    lei leva soles
    """.split()
) | frozenset(
    form
    for currency in pycountry.currencies
    if (word := currency.name.split()[-1].lower()).isalpha() and word not in _NOT_CURRENCY_NAMES
    for form in (word, f"{word}s")
)
"""Names of currencies written after a figure ("12.5 million euro", "61 billion shillings"): common English forms
(the irregular plurals among them: "lei" of the leu), and the last word of every ISO 4217 currency's name from pycountry."""

SCALE_ABBREVIATIONS = frozenset("k m mn bn b tn".split())
"""Scales written after a figure without a space: "$650m", "€2.1bn"."""

POST_VERBS = frozenset("serve work act remain".split())
"""Verbs that take the post someone holds with "as" ("served as ambassador")."""

FORMER_WORDS = frozenset("former ex late then onetime erstwhile outgoing".split())
"""Words before a title that say the office was held before ("former US President X")."""

SALIENT_NOUNS = frozenset(
    "country nation government world state president police military army public economy city capital press media".split()
)
"""Nouns whose "the" means the one the whole article is about ("left the country"): never vague."""

HEDGE_WORDS = ("estimated", "about", "around", "roughly", "approximately", "some")
"""Words before an amount that say it is not exact: the answer is the amount ("an estimated 1.15%" → "1.15%")."""

ANAPHORIC_NOUNS = frozenset(
    "case matter issue incident affair episode situation position post move decision date summit story accusation allegation deal".split()
)
"""Nouns whose bare "the" always points back, even at their first mention ("questioned about the case")."""

INCIDENT_NOUNS = {
    noun: family
    for family in (
        "crash collision accident wreck",
        "attack assault raid bombing blast explosion shooting",
        "fire blaze wildfire",
        "storm hurricane typhoon cyclone",
        "earthquake quake tremor",
    )
    for noun in family.split()
}
"""Nouns of one incident, by the words a story uses for it in turn: "a collision which killed X" … "the crash" … "the wreck"."""

STORM_NOUNS = frozenset(INCIDENT_NOUNS["storm"].split())
"""Words a storm's name starts with ("Typhoon Halong", "Tropical Storm Ana"): the name is an event, not a person."""

AGENT_NOUNS = {
    "maker": "make", "manufacturer": "manufacture", "producer": "produce", "supplier": "supply", "exporter": "export",
    "importer": "import", "developer": "develop", "builder": "build", "distributor": "distribute", "operator": "operate",
}
"""Nouns for who makes or does something, with their verb: "valve *maker* X" is what X makes."""

BUSINESS_NOUNS = frozenset(
    """
    automaker bank carmaker carrier chain chipmaker company conglomerate corporation drugmaker exporter firm giant group
    importer insurer lender maker manufacturer planemaker refiner retailer shipbuilder startup steelmaker
    """.split()
)
"""Nouns that say a name is a business and never a person's job: "coatings *maker* X", "X, the German chemicals
*group*," ("producer", "developer", "filmmaker" may be a person)."""

LEAVING_VERBS = frozenset("resign quit retire step".split())
"""Verbs of leaving an office, said of the one who leaves ("X resigned", "stepped down")."""

OFFICE_CHANGE_VERBS = frozenset("sack dismiss fire oust replace succeed appoint name nominate elect swear".split())
"""Verbs of giving or taking an office, said of the one who gets or loses it ("named X", "X was sworn in")."""

PROPOSAL_NOUNS = frozenset("invitation plan offer bid proposal promise pledge decision request call commitment attempt order".split())
"""Nouns whose infinitive is what they propose: in "took up an offer to tour Oslo in June", June is the tour's."""

EXPECTATION_VERBS = frozenset("expect predict forecast anticipate project".split())
"""Verbs of what someone expects: "a few analysts had expected the board to hold off until November" says no date of an event."""

POST_NOUNS = frozenset("position post job".split())
"""Nouns for an office someone holds: "the post" a person "held" is the title the article gave them."""

KIND_SYNONYMS = {
    "company": ("firm",),
    **{kind: ("bloc",) for kind in "union alliance community association league coalition federation".split()},
}
"""Other nouns a story calls a named organisation of a kind by: "the firm" for a company, "the bloc" for a union."""

KIND_ALIASES = {"air": "airline", "airlines": "airline", "airways": "airline", "centre": "center"}
"""Head nouns of names that say their kind in another word ("Nordwind Air" is an airline)."""

VAGUE_ADJECTIVES = frozenset(
    "new old other further additional more first next last current possible major big small large different same various several many few".split()
)
"""Adjectives that say nothing about which thing is meant ("a new formula")."""

TITLE_JOINERS = frozenset("of to for the and".split())
"""Small words inside a title of office ("Secretary *of* State", "Ambassador *to* Japan")."""

REMARK_VERBS = frozenset("say tell add state write note".split())
"""Verbs whose own day is no fact to learn: the day of a remark (but an announced act's, see ``extract._announced_act``)."""

SAYING_VERBS = frozenset("say tell reveal announce confirm report state note add claim write explain warn".split())
"""Verbs whose clause is nothing without what was said; their own tense dates a report written after its content."""

LISTENER_VERBS = frozenset("tell warn inform assure remind brief".split())
"""Saying verbs whose object is who heard it ("told reporters"), not what was said."""

STATE_OFFICES = frozenset("president premier minister chancellor secretary king queen monarch emperor ambassador envoy leader".split())
"""Offices a state has one holder of: a nationality before one says whose it is ("the Greek prime minister")."""

SEQUENCE_WORDS = frozenset("next previous last first second third final latest following".split())
"""Words that set a thing in a series: "the next summit" is not the summit named before."""

DEMONSTRATIVES = frozenset("this that these those".split())
"""Determiners that point to another sentence ("that amount")."""

RELATIVE_ADJECTIVES = frozenset("corresponding related similar respective aforementioned other remaining".split())
"""Adjectives that describe a thing by another one said before ("a corresponding letter")."""

FIRST_AND_SECOND_PERSON = frozenset("i me my mine we us our ours you your yours".split())
"""A speaker's pronouns: outside quotation marks a question would give them to the reader."""

TIME_PARTICLES = frozenset("back ago earlier later".split())
"""Adverbs that lean on the date beside them ("back on 1 May", "two years ago"): they go when the date does."""

GENDERED_WORDS = frozenset(
    """woman women female she her hers mother wife daughter sister widow queen
    man men male he him his father husband son brother widower king""".split()
)
"""Words that say a person's sex: a question using one gets wrong options of the answer's sex."""

VAGUE_QUANTIFIERS = frozenset("many most some few".split())
"""Determiners that make a subject a vague set ("many transactions"): a clause about it is no fact to ask."""

VERDICT_VERBS = SPEECH_VERBS | frozenset("conclude deem declare find consider rule".split())
"""Verbs whose clause can be a speaker's verdict on a thing ("concluded that the pact is "unlawful"")."""

NAMING_VERBS = frozenset("call label brand dub term".split())
"""Verbs that give a thing a name or a label of someone's choosing ("called the pact "unlawful"")."""

DEFINING_VERBS = frozenset("refer mean denote signify".split())
"""Verbs of a sentence that explains a word ("The Palace refers to the king's office"): a gloss, not news."""

OFFICE_NOUNS = frozenset(
    """president premier minister chancellor secretary senator governor mayor king queen judge
    chairman chairwoman chair chairperson director ambassador envoy spokesman spokeswoman spokesperson
    commander administrator commissioner speaker leader head chief ceo officer""".split()
)
"""Nouns that end a title of office: after one, another capitalised title is a second office ("party chairperson President X")."""

SHARED_OFFICES = frozenset("senator sen judge justice representative rep congressman congresswoman lawmaker legislator mp councillor councilor".split())
"""Offices many people hold at once: "Who was the US Senator?" has a hundred answers, unless a "chief" singles one out."""

POSTED_OFFICES = frozenset("ambassador envoy consul".split())
"""Offices held in another country: "Who was the Russian Ambassador?" needs "to Norway" to have one answer."""

PORTFOLIO_WORDS = frozenset(
    """foreign defence defense finance interior home health trade education environment energy justice labour labor
    transport agriculture economy culture treasury""".split()
)
"""Words that say which ministry an office is ("Interior Minister"): the model tags them as organisations at times,
but they say whose the office is no more than "the Minister" does."""

OFFICE_BODIES = frozenset("cabinet government state crown".split())
"""Bodies a title names that say no more whose the office is than "the": "Cabinet Secretary", "Government Chief Whip"."""

COUNTRY_NOUNS = frozenset("nation country state kingdom republic".split())
"""Nouns a described country is written with ("the Nordic nation", "the Gulf state"): a name said before."""

EVENT_NOUNS = frozenset(
    """election vote referendum poll visit summit launch trip tour talks ceremony match game race final strike remark speech interview
    protest rally march verdict ruling trial hearing debate session festival ceasefire war deal quake earthquake
    flood""".split()
)
"""Nouns that name an event, beside those ending like an act ("signing", "resignation"): a date of one is asked."""

LAW_NOUNS = frozenset("act bill law".split())
"""Words that end a law's name ("the Nordic Climate Bill"): the run of names before one is the law's."""

PLACE_NOUNS = COUNTRY_NOUNS | frozenset("capital city town village region province district county island port".split())
"""Nouns that describe a place, never a person's role ("Lima, Peru's capital")."""

VIEW_VERBS = frozenset("emphasize emphasise stress underscore underline reiterate explain believe think argue insist hope feel lay".split())
"""Verbs that put forward a speaker's view: the clause they report is the speaker's to hold, not a fact to learn."""
