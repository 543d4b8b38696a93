"""What a role, a title, a name particle, a pronoun and a verb of saying look like,
in Dutch and English."""

from __future__ import annotations

import re
from functools import lru_cache

from mhbrief.importer.words import fold_text

#: Titles whose full stop does not end the attribution: "aldus prof. dr. Anna Smit".
TITLES = frozenset(
    ["prof.", "dr.", "drs.", "mr.", "mrs.", "ms.", "ir.", "ing.", "dhr.", "mevr.", "ds."]
)
TITLE = rf"(?<![\w.])(?:{'|'.join(title.removesuffix('.') for title in sorted(TITLES))})\.(?=\s)"

#: Abbreviated ranks and offices before a name ("Det. Chief Insp. Andy Smith", "Sgt. Mark
#: Hale", "Lt. Gov. X"): part of the role, not of the name, and their full stop does not
#: end the sentence.
RANK_ABBREVIATIONS = frozenset(
    [
        "det.",
        "insp.",
        "supt.",
        "sgt.",
        "lt.",
        "capt.",
        "cpl.",
        "col.",
        "gen.",
        "maj.",
        "cmdr.",
        "adm.",
        "gov.",
        "sen.",
        "rep.",
        "atty.",
        "const.",
        "asst.",
        "dep.",
        "supt.",
    ]
)
RANK = (
    r"(?<![\w.])(?-i:"
    + "|".join(sorted(a.removesuffix(".").capitalize() for a in RANK_ABBREVIATIONS))
    + r")\.(?=\s+[A-Z])"
)

#: Words for a function: a word ending in one of these is a role ("beleidsadviseur",
#: "CKM-woordvoerder"); the short ones only as the whole word, so that no surname
#: ("Whitehead") is taken for a role.
ROLE_STEMS = frozenset(
    [
        # a scholar of a field: "antropologe", "criminoloog", "anthropologist"
        *("antropoloog", "antropologe", "criminoloog", "criminologe", "socioloog"),
        *("sociologe", "psycholoog", "psychologe", "ologist", "onderzoekster"),
        "woordvoerder",
        "woordvoerster",
        "directeur",
        "directrice",
        "directie",
        "voorzitter",
        "coordinator",
        "bestuurder",
        "oprichter",
        "onderzoeker",
        "adviseur",
        "medewerker",
        "deskundige",
        "advocaat",
        "manager",
        "minister",
        "staatssecretaris",
        "secretaris",
        "hoofd",
        "wethouder",
        "burgemeester",
        "rapporteur",
        "voorlichter",
        "wetenschapper",
        "hoogleraar",
        "docent",
        "leider",
        "pastor",
        "predikant",
        "officier",
        "inspecteur",
        "rechercheur",
        "agent",
        "jurist",
        "psycholoog",
        "werker",
        "werkster",
        "vrijwilliger",
        "ambassadeur",
        "commissaris",
        "procureur",
        "aanklager",
        "magistraat",
        "rechter",
        "raadslid",
        "kamerlid",
        "parlementslid",
        "senator",
        "ombudsman",
        "ombudsvrouw",
        "specialist",
        "consultant",
        "analist",
        "journalist",
        "verslaggever",
        "redacteur",
        "projectleider",
        "teamleider",
        "portefeuillehouder",
        "coach",
        "begeleider",
        "hulpverlener",  # "hulpverlener X bij Y", "jeugdhulpverlener": a care worker
        "hulpverleenster",
        "zorgverlener",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "director",
        "chair",
        "chairman",
        "chairwoman",
        "chairperson",
        "founder",
        "cofounder",
        "researcher",
        "advisor",
        "adviser",
        "officer",
        "lawyer",
        "expert",
        "head",
        "president",
        "ceo",
        "campaigner",
        "secretary",
        "coordinator",
        "professor",
        "lecturer",
        "inspector",
        "superintendent",
        "sergeant",
        "lieutenant",
        "detective",
        "commissioner",
        "mayor",
        "councillor",
        "mp",
        "worker",
        "caseworker",
        "trustee",
        "executive",
        "activist",
        "representative",
        "counsel",
        "analyst",
        "scientist",
        "nurse",
        "attorney",
        "prosecutor",
        "congressman",
        "congresswoman",
        "senator",
        "governor",
        "ambassador",
        "minister",
        "expert",
        "deskundige",
        "professor",
        "hoogleraar",
        "doctor",
        "arts",
        "huisarts",
        "jeugdarts",
        "kundige",
        "politiebaas",
        "korpsbaas",
        "korpschef",
        "politiechef",
        "topman",
        "topvrouw",
        "chief",
        "commander",
        "comptroller",
        "constable",
        "controller",
        "chef",
        "functionaris",
        "ambtenaar",
        "medewerkster",
        "ervaringsdeskundige",
        "leader",
        "lead",
        "investigator",
        "advocate",
        "organiser",
        "organizer",
        "administrator",
        "editor",
        "reporter",
        "judge",
        "magistrate",
        "partner",
        "member",
        "lid",  # "lid van het dagelijks bestuur van X": the Dutch "member"
        "teacher",
        "leraar",
        "lerares",
        "bestuurslid",
        "sheriff",
        "assistent",
        "associate",
    ]
)
_SHORT = 5

#: Lowercase words inside a name: "Anna van den Berg", "Ahmed el Amrani".
PARTICLES = frozenset(
    [
        "van",
        "de",
        "der",
        "den",
        "ter",
        "ten",
        "te",
        "'t",
        "von",
        "la",
        "le",
        "du",
        "da",
        "di",
        "del",
        "dos",
        "van't",
        "’t",
        "van’t",
        "in",
        "el",
        "al",
        "ben",
        "bin",
        "ibn",
        "op",
    ]
)
ARTICLES = frozenset(["de", "het", "the", "our", "onze", "ons", "a", "an", "een"])
#: An article that makes a role someone unnamed: "een woordvoerder", "a spokesperson".
INDEFINITE = frozenset(["een", "a", "an"])
#: Words that stand for the person named last: "zegt zij", "Deze laat weten", "he said".
PRONOUNS = frozenset(
    ["hij", "zij", "ze", "deze", "die", "diens", "he", "she", "they", "him", "her", "this"]
)
#: Words of an organisation's or place's name, never of a person's.
_ORG_WORDS = [
    "stichting",
    "parket",  # a Belgian prosecution office: "Parket van de procureur des Konings"
    "parketten",
    "centrum",
    "ministerie",
    "inspectie",
    "politie",
    "gemeente",
    "kabinet",
    "kamer",
    "raad",
    "bond",
    "vereniging",
    "fonds",
    "meldpunt",
    "organisatie",
    "organisation",
    "organization",
    "netwerk",
    "platform",
    "council",
    "network",
    "foundation",
    "alliance",
    "trust",
    "charity",
    "office",
    "ministry",
    "police",
    "government",
    "observatory",
    "agency",
    "commission",
    "committee",
    "union",
    "association",
    "institute",
    "instituut",
    "universiteit",
    "university",
    "rechtbank",
    "court",
    "openbaar",
    "nieuws",
    "news",
    "omroep",
    "dagblad",
    "krant",
    "courant",
    "provincie",
    "regering",
    "rijk",
    "europa",
    "fund",
    "mission",
    "missie",
    "centre",
    "center",
    "coalition",
    "society",
    "federation",
    "federatie",
    "vzw",
    "initiative",
    "partnership",
    "leger",
    "kerk",
    "church",
    "partij",
    "party",
    "group",
    "groep",
    "bureau",
    "dienst",
    "service",
    "unie",
    "authority",
    "department",
    "departement",
    "marechaussee",
    "helpdesk",
    "hulplijn",
    "helpline",
    "collectief",
    "collective",
    "programme",
    "international",
]
#: Words of an organisation's kind that lead its name in lowercase: "vzw Payoke",
#: "stichting Fier", "politie Zeeland-West-Brabant", "gemeente Goes".
ORG_KIND_PREFIXES = frozenset(
    [
        "stichting",
        "vzw",
        "vereniging",
        "politie",
        "gemeente",
        "ministerie",
        "provincie",
        "inspectie",
        "marechaussee",
        "asbl",
        "ngo",
    ]
)

ORG_WORDS = frozenset(_ORG_WORDS)

#: Separable verbs of saying, with the particles that close them: "“…”, vult Kees Mol
#: aan", "voegt zij eraan toe", "legt de onderzoeker uit". The one lexicon of them: the
#: verbs of saying below and the attributions after a quote are made from it.
SEPARABLE: dict[str, tuple[str, ...]] = {
    "vult": ("aan",),
    "vulde": ("aan",),
    "voegt": ("toe",),
    "voegde": ("toe",),
    "legt": ("uit",),
    "legde": ("uit",),
    "geeft": ("aan", "toe"),
    "gaf": ("aan", "toe"),
    "merkt": ("op",),
    "merkte": ("op",),
    "vat": ("samen",),
    "vatte": ("samen",),
    "sluit": ("af",),
    "sloot": ("af",),
    "haalt": ("aan",),
    "haalde": ("aan",),
    "laat": ("weten",),
    "liet": ("weten",),
    "licht": ("toe",),
    "lichtte": ("toe",),
    "stipt": ("aan",),
    "stipte": ("aan",),
    "tekent": ("aan",),
    "tekende": ("aan",),
    "voert": ("aan",),
    "voerde": ("aan",),
    "deelt": ("mee", "mede"),
    "deelde": ("mee", "mede"),
    "zet": ("uiteen",),
    "zette": ("uiteen",),
    "werpt": ("tegen",),
    "wierp": ("tegen",),
    "valt": ("bij",),
    "viel": ("bij",),
    "gaat": ("verder",),
    "ging": ("verder",),
    "houdt": ("vol",),
    "hield": ("vol",),
    "roept": ("op",),
    "riep": ("op",),
}
#: A separable verb's first part, and its particle.
SEPARABLE_VERB = "(?:" + "|".join(sorted(SEPARABLE, key=len, reverse=True)) + ")"
SEPARABLE_PARTICLE = (
    "(?:"
    + "|".join(sorted({p for ps in SEPARABLE.values() for p in ps}, key=len, reverse=True))
    + ")"
)
#: Words between the speaker and the particle: "voegt zij er nog aan toe".
SEPARABLE_FILLER = r"(?:er|daar|eraan|daaraan|aan|nog|ook|wel|daarbij|tot\s+slot)"
#: A pronoun inside a separable verb of saying, after a first word: "Bovendien haalt hij
#: aan dat …", "Verder legt ze uit dat …".
SPLIT_SAYS = (
    rf"\w+\s+{SEPARABLE_VERB}\s+(?:zij|hij|ze)\s+(?:{SEPARABLE_FILLER}\s+){{0,2}}"
    rf"{SEPARABLE_PARTICLE}"
)


def separable(verb: str, particle: str) -> bool:
    """``vult … aan`` is a verb of saying; ``vult … uit`` is not."""
    return particle.lower() in SEPARABLE.get(verb.lower(), ())


def _separable_say() -> str:
    """Each separable verb with its particles, a pronoun or a word between them."""
    # Verbs sharing their particles share one form: the filler is spelled out once a
    # group, not once a verb, which keeps every pattern holding SAY a third as long (its
    # compiling was most of the importer's start). Each verb is a whole word before
    # whitespace, so at most one can match at a place and their order decides nothing.
    groups: dict[tuple[str, ...], list[str]] = {}
    for verb, particles in sorted(SEPARABLE.items(), key=lambda item: -len(item[0])):
        groups.setdefault(particles, []).append(verb)
    forms = []
    for particles, verbs in groups.items():
        closing = "|".join(particles)
        forms.append(
            rf"(?:{'|'.join(verbs)})\s+(?:\S+\s+)?(?:{SEPARABLE_FILLER}\s+){{0,2}}"
            rf"(?:{closing})(?![\w-])"
        )
    return "|".join(forms)


#: Verbs of saying or thinking, in the forms news copy uses around a quote.
SAY = (
    r"(?:zegt|zei|zeggen|aldus|vertelt|vertelde|stelt|stelde|benadrukt|benadrukte|"
    + _separable_say()
    + r"|reageert|reageerde|waarschuwt|waarschuwde|concludeert|"
    r"meldt|meldde|verklaart|verklaarde|erkent|erkende|schrijft|schreef|antwoordt|antwoordde|"
    r"ziet|zag|vindt|vond|meent|meende|twittert|twitterde|tweette|noemt|noemde|"
    r"constateert|constateerde|onderstreept|onderstreepte|benadrukken|zeggen|"
    r"concludeerde|vraagt|vroeg|omschrijft|omschreef|beschrijft|beschreef|schetst|schetste|"
    r"beklemtoont|beklemtoonde|betoogt|betoogde|herhaalt|herhaalde|getuigt|getuigde|"
    r"verduidelijkt|verduidelijkte|nuanceert|nuanceerde|oordeelt|oordeelde|"
    r"preciseert|preciseerde|specificeert|specificeerde|relativeert|relativeerde|"
    r"clarifies|clarified|specifies|specified|elaborates|elaborated|"
    r"asks|asked|announces|announced|describes|described|remarks|remarked|testified|"
    r"responds|responded|answers|answered|reiterates|reiterated|recounts|recounted|"
    r"claims|claimed|maintains|maintained|highlights|highlighted|underlines|underlined|"
    r"beaamt|beaamde|bevestigt|bevestigde|vervolgt|vervolgde|verzucht|verzuchtte|"
    r"agrees|agreed|confirms|confirmed|"
    r"says|said|adds|added|explains|explained|warns|warned|continues|continued|"
    r"told|notes|noted|stresses|stressed|insists|insisted|argues|argued|writes|wrote|"
    r"states|stated|comments|commented|observes|observed|emphasi[sz]es|emphasi[sz]ed|"
    r"urges|urged|acknowledges|acknowledged|concludes|concluded|replies|replied|"
    r"cautions|cautioned|recalls|recalled|declares|declared|tweeted|"
    r"indicates|indicated|reveals|revealed|discloses|disclosed|asserts|asserted|laments|"
    r"lamented|points out|pointed out|makes clear|made clear|maakt duidelijk|maakte duidelijk|"
    r"according to|volgens)"
)
#: Verbs that introduce a quote from the sentence before it: "X vermoedt echter dat …".
THINK = (
    rf"(?:{SAY[3:-1]}|vermoedt|vermoedde|denkt|dacht|vindt|vond|verwacht|verwachtte|"
    r"ziet|zag|hoopt|hoopte|vreest|vreesde|gelooft|geloofde|pleit|pleitte|wijst\s+erop|"
    r"maakt\s+zich\s+(?:\w+\s+)?zorgen|is\s+ervan\s+overtuigd|gaat\s+ervan\s+uit|ging\s+ervan\s+uit|"
    r"roept|riep|oppert|opperde|"
    r"believes|believed|thinks|thought|expects|expected|fears|feared|hopes|hoped|"
    r"suspects|suspected|points\s+out|pointed\s+out|is\s+convinced|admits|admitted)"
)


def _word_pattern(words: frozenset[str] | list[str]) -> re.Pattern[str]:
    """Whole short words, or long ones also as the end of a compound."""
    short = "|".join(sorted(w for w in words if len(w) <= _SHORT))
    long = "|".join(sorted((w for w in words if len(w) > _SHORT), key=len, reverse=True))
    return re.compile(rf"(?:{short})|[\w-]*(?:{long})")


_ROLE_WORD = _word_pattern(ROLE_STEMS)
_ORG_WORD = _word_pattern(_ORG_WORDS)


#: A police rank by its letters, written before an officer's name ("DI Jane Roe",
#: "Special DGP Ram Lal"), or British copy's abbreviations written without full stops;
#: none that is also a place's or a party's letters ("DC", "SP") or a body's ("DCI": the
#: Directorate of Criminal Investigations). Case-sensitive: "det" or "pc" is no rank.
POLICE_RANKS = frozenset(
    [
        *("DI", "DS", "DSU", "DCS", "DGP", "ADGP", "IGP", "AIG", "DIG", "DCP", "ACP", "SSP", "ASP"),
        # British copy's ranks without full stops: "Det Insp Sarah Jackson", "PC Y"
        *("Det", "Insp", "Sgt", "Supt", "PC", "PCSO"),
        # "Det Ch Insp X", "Ch Supt Y" (Chief, short), "DCI Z", "DSI Z", "Cmdr W"
        *("Ch", "DCI", "DSI", "DSupt", "Cmdr"),
    ]
)


@lru_cache(maxsize=8192)
def is_role_word(token: str) -> bool:
    """``woordvoerder``, ``CKM-woordvoerder``, ``beleidsadviseur``, ``Director``."""
    if token.strip(",.:;()") in POLICE_RANKS:
        return True
    parts = fold_text(token).strip(",.:;()").split("-")
    # "CKM-woordvoerder", and "inspecteur-generaal" too
    return any(_ROLE_WORD.fullmatch(part) is not None for part in {parts[0], parts[-1]} if part)


@lru_cache(maxsize=8192)
def is_org_word(token: str) -> bool:
    """``Stichting``, ``Arbeidsinspectie``, ``Council``: a word of an organisation's name."""
    word = fold_text(token).strip(",.:;()")
    return _ORG_WORD.fullmatch(word) is not None


def with_title_spaces(text: str) -> str:
    """``text`` with the space after each title (``mr.``) and abbreviated rank (``Sgt.``)
    made a no-break space (same length), so that splitting at sentence ends keeps a title
    with its name. Only the word before each ". " is looked at (the patterns of
    :data:`TITLE` and :data:`RANK` tried at every place of the text cost 0.2 ms a
    sentence: 15% of importing a text full of quotes)."""
    at = text.find(". ")
    if at < 0:
        return text
    chars: list[str] | None = None
    while at >= 0:
        if _titled(text, at):
            chars = chars or list(text)
            chars[at + 1] = "\u00a0"
        at = text.find(". ", at + 2)
    return "".join(chars) if chars else text


_TITLE_WORDS = frozenset(title.removesuffix(".") for title in TITLES)
_RANK_WORDS = frozenset(a.removesuffix(".").capitalize() for a in RANK_ABBREVIATIONS)
_LONGEST = max(map(len, _TITLE_WORDS | _RANK_WORDS))
_CAPITAL_AHEAD = re.compile(r"\s*[A-Z]")


def _titled(text: str, dot: int) -> bool:
    """The word before the full stop at ``dot`` (a word of its own: after no word
    character or full stop) is a title, or a rank before a capital."""
    start = dot
    while start > 0 and dot - start <= _LONGEST and _letter(text[start - 1]):
        start -= 1
    word = text[start:dot]
    if not 2 <= len(word) <= _LONGEST:
        return False
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_."):
        return False
    if word.lower() in _TITLE_WORDS:
        return True
    return word in _RANK_WORDS and _CAPITAL_AHEAD.match(text, dot + 2) is not None


def _letter(char: str) -> bool:
    return char.isalnum() and not char.isdecimal()


#: Words that qualify a role in Title Case, no name's and no organisation's: "Deputy
#: Assistant Commissioner", "Council of Europe Secretary General".
ROLE_MODIFIERS = frozenset(
    [
        *("assistant", "deputy", "acting", "senior", "associate", "vice", "interim"),
        *("regional", "national", "special", "executive", "general", "principal", "joint"),
        *("chief", "secretary"),
    ]
)
#: A common noun naming an organisation's kind, written before its name: "hulporganisatie
#: Payoke", "opvanglocatie Fier", "the charity Unseen".
ORG_KIND_NOUN = (
    r"(?:[a-z]*(?:locatie|organisatie|vereniging|instelling|centrum|opvang|fonds|platform|"
    r"netwerk|instituut|bureau|dienst|groep|huis)|stichting|hulpverlener|charity|"
    r"organi[sz]ation|ngo|vzw|foundation|non-?profit)"
)
