"""Site furniture: whole lines of buttons, share bars and link texts, left out of a draft."""

from __future__ import annotations

import re

# picture captions live in their own module; kept importable from here
from mhbrief.importer.captions import QUOTE_MARKS
from mhbrief.importer.captions import is_caption as is_caption
from mhbrief.importer.loose_lines import is_loose_line
from mhbrief.importer.site_notices import is_site_notice
from mhbrief.importer.tool_lines import agency_note, lone_symbol, share_bar

_SOCIAL = r"(?:facebook|twitter|x|linkedin|whatsapp|instagram|youtube|bluesky|e-?mail|print|mail)"
#: A site's button: "Get Updates", "Donate Now", "Zoeken".
_BUTTON = (
    r"(?:get updates|donate(?: now)?|doneer(?: nu)?|subscribe|sign up|log ?in|inloggen|menu|"
    r"search|zoeken|contact|shop|join us|take action|word lid|steun ons|give now|geef nu)"
)
#: Whole lines of site furniture: buttons, share bars, link texts. Each pattern
#: must match the entire line, and open-ended ones only a short line, so that a
#: headline like "Geef nu slachtoffers een stem" or prose starting "Volg ons
#: advies" stays in the draft.
_BOILERPLATE = re.compile(
    r"^(?:"
    r"(?:lees|bekijk|download) (?:hier|meer|ook|verder)\b.*|read (?:more|here|the full|also)\b.*|"
    r"volg ons(?: op\b.*)?|follow us(?: on\b.*)?|onderdeel van:?|part of:?|"
    r"wij worden gesteund door:?|we are supported by:?|supported by:?|met steun van:?|"
    r"(?:steun ?ons(?: werk)?|support us|support our work)"
    r"(?:\s*[:\-–|]\s*(?:doneer|donate|geef|give)(?: nu| now| direct| online| vandaag| today)?)?|"
    r"(?:doneer|donate|geef)(?: nu| now| direct| online)?(?: €\s?\d+)?|"
    r"word (?:donateur|vriend)(?: van \S+)?|"
    r"deel (?:dit|deze)(?: (?:bericht|artikel|pagina|nieuwsbericht))?:?|"
    r"deel (?:op|via) \S+|delen:?|"
    r"share(?: this(?: article| page| post)?| on \S+| via \S+)?:?|tweet|"
    r"kopieer (?:de )?link|copy link|"
    rf"{_SOCIAL}(?:\s*[|/·,]?\s*{_SOCIAL})*|"
    # "Share on Facebook | Share on X": a share bar spelled out
    rf"(?:share|deel|delen) (?:on|op|via) {_SOCIAL}"
    rf"(?:\s*[|/·,]\s*(?:(?:share|deel|delen) (?:on|op|via) )?{_SOCIAL})+|"
    r"(?:ga )?terug naar (?:boven|het overzicht|overzicht|nieuws|home|de homepage|"
    r"(?:de )?vorige pagina)|"
    r"(?:back|return|go back) to (?:the )?(?:top|overview|news|home|previous page|list|results)|"
    r"(?:go )?back|terug|vorige pagina|previous page|"
    # a screen reader's skip link: "Direct naar artikelinhoud", "Skip to main content",
    # "Jump directly to the content", "Skip to navigation"
    r"(?:direct |ga (?:direct )?|spring )?naar (?:de )?(?:artikel|hoofd)?(?:inhoud|navigatie|menu)|"
    r"(?:skip|jump)(?: directly| straight)? to (?:the )?(?:main |page |article )?"
    r"(?:content|navigation|menu|search|footer)|"
    r"naar (?:boven|het overzicht)|"
    r"(?:schrijf je in|meld je aan|aanmelden|subscribe|sign up)\b.*|nieuwsbrief|newsletter|"
    r"gerelateerde (?:berichten|artikelen|nieuws)|meer nieuws|"
    r"related (?:articles|posts|news)|more news|"
    r"persberichte?n?|press releases?|press statements?|persverklaringen|"
    r"(?:recent|latest|more) press releases|nieuws(?:bericht)?|artikel|article|"
    # syndication and gift lines: "This post first appeared on X.", "Word abonnee"
    r"(?:this|the) (?:post|article|story) (?:first |originally )?(?:appeared|was published) "
    r"(?:on|in)\b.*|dit artikel (?:verscheen|is eerder verschenen)\b.*|"
    r"(?:dit|het) artikel krijg je cadeau\b.*|word (?:nu )?abonnee\b.*|"
    r"news(?: note| release)?|press (?:centre|center|room)|perskamer|photo gallery|"
    r"fotogalerij|for immediate release|embargo\b.*|skip to (?:main )?content|"
    # a line of hashtags only: "#WearMask #WashHands"
    r"#\w{1,40}(?:\s+#\w{1,40})*|"
    r"(?:ga|spring) naar (?:de )?(?:inhoud|hoofdinhoud)|skip links?|"
    r"(?:register|registreer|meld u aan)\b.{0,60}|"
    r"ends|end|einde(?: (?:pers)?bericht)?|-+\s*(?:einde|ends?)\s*-+|#{3}|\*{3}|"
    r"home(?:\s*[›>»/|]\s*[^›>»/|]+)+|"
    r"cookies?\b.*|deze website gebruikt cookies.*|tags?:.*|categorie(?:ën)?:.*|"
    # reading time and picture credits: "Leestijd 3 minuten", "Foto: ANP / X"
    r"(?:leestijd|reading time)\b.*|\d+\s*(?:min(?:uten|utes)?\.?)\s*(?:leestijd|lezen|read)|"
    r"(?:foto|beeld|fotografie|illustratie|photo|image|picture|credit)s?\s*(?::|©).*|"
    r"archieffoto\b.*|.*\b(?:beeld|foto|photo)\s*©.*|"
    # blog and page widgets: "No comments:", "Post a Comment", "0 image_print", "00u00 0"
    r"no comments:?|post a comment|geen reacties:?|plaats een reactie|\d+\s*image_print|"
    r"comments are (?:now )?closed\.?|reageren is (?:niet meer mogelijk|gesloten)\.?|"
    r"\d{1,2}u\d{2}(?:\s+\d+)?|exclusief voor abonnees|(?:alleen )?voor abonnees|"
    r"see (?:recent|more|latest) (?:commentary|comments|statements):?|release number|"
    r"read the (?:joint |full )?(?:\S+ ){0,4}statement|lees de (?:hele |volledige )?verklaring|"
    # comment counters, advertising labels, a time alone, "Bijgewerkt: 13:05", "Language English"
    r"reageer|reacties?|comments?|\d+\s+(?:reacties?|comments?)|(?:reageer|reacties|comments)\s*"
    r"\(\d+\)|advertentie|advertisement|sponsored|gesponsord|"
    r"(?:(?:laatste update|last updated?|updated|bijgewerkt|gewijzigd|gepubliceerd|published|"
    r"geplaatst|posted)(?: op| on| om| at)?:?\s*)?\d{1,2}[:.]\d{2}(?:\s*(?:uur|u|h))?|"
    r"(?:language|taal)\s*:?\s*(?:english|nederlands|dutch|français|french|deutsch|español)|"
    r"loading|laden|bezig met laden|even geduld\b.*|please wait\b.*|"
    # a newsstand site's category links: "Newspapers in English", "Newspapers from Spain"
    r"(?:newspapers|magazines|kranten|tijdschriften) (?:in|from|uit) (?-i:[A-Z])[\w ]{1,30}|"
    # a subscription's pitch: "More news, no ads", "Lees zonder reclame"
    r"(?:(?:more |meer )?(?:news|nieuws|stories|articles|artikelen)\s*,?\s*|(?:read|lees)\s+)?"
    r"(?:no|without|zonder) (?:ads|adverts|advertenties|reclame)|"
    # a magazine's issue label, or its cover's alt text: "Nummer 1.198", "cover Issue 42"
    r"(?:cover\s+)?(?:nummer|issue|editie|edition)\s+\d{1,5}(?:[.,]\d{3})?|"
    # a text-size widget: "Font Size: A A A", "Lettergrootte A- A+"
    r"(?:font|text|tekst|letter)[ -]?(?:size|grootte)\s*:?(?:\s*a[+-]?){0,4}|"
    # an empty time stamp ("Posted , updated"), a download's size, a row of buttons
    r"(?:posted|published|updated|geplaatst|gepubliceerd|bijgewerkt)"
    r"(?:\s*[,|·]?\s*(?:posted|published|updated|geplaatst|gepubliceerd|bijgewerkt))*\s*,?|"
    r"(?:download|downloaden)(?:\s+\S+){0,3}\s+\(?\d+(?:[.,]\d+)?\s*(?:kb|mb|gb)\)?|"
    rf"{_BUTTON}(?:\s*[|·]?\s*{_BUTTON})+|"
    r"(?:lees|bekijk|zie) ook\b.*|see also\b.*|"
    # related links and widgets: "More on this story", "Meer over dit onderwerp", "Tagged …"
    r"more on this (?:story|topic)|related(?: topics| stories| content| links| articles| "
    r"internet links)?|top stories|most (?:read|popular)|meer over (?:dit onderwerp|\S+)|"
    r"gerelateerd(?:e (?:artikelen|berichten))?|(?:dit )?artikel delen|volg dit onderwerp|"
    r"bekijk (?:de|deze) (?:video|foto's)|artikel gaat verder (?:onder|na) de advertentie|"
    r"click to share on\b.*|(?:posted|filed) (?:in|under)\b.*|tagged\b.*|"
    r"leave (?:us )?a (?:comment|reply)|laat een reactie achter|"
    # a contact button, with or without the number run into it
    r"(?:get in touch|contact us|neem contact (?:met ons )?op)(?: with us)?\s*[\d+()\s-]{0,25}|"
    # a comment form's prompts and its spam filter's notice
    r"please enter (?:your|a) (?:comment|name|e-?mail|website)(?: address)?(?: here)?\s*[!.]?|"
    r"(?:vul|voer) (?:je|uw) (?:reactie|naam|e-?mail(?:adres)?) in(?: a\.u\.b\.| aub)?\s*[!.]?|"
    r"save my name,? e-?mail,? and website in this browser\b.{0,60}|"
    r"this site uses akismet to reduce spam\b.{0,80}|"
    r"deze site gebruikt akismet om spam te verminderen\b.{0,80}|"
    r"(?:story )?highlights|key points|in het kort|"
    # a text's own credit line, an author line, a photo credit spelled out
    r"\(?(?:tekst|text)\s*:\s*[^()]{1,40}\)?|(?:author|auteur|geschreven door)\s*:\s*.{1,60}|"
    r"(?:photo|image|picture|foto)\s+credits?\s*:.*|"
    # a news app's notification prompts: "For Daily Alerts", "Allow notifications"
    r"for (?:quick|daily|instant|breaking) (?:alerts|news)|allow notifications|"
    r"get instant news updates|(?:clear )?notifications?(?: settings)?\s*x?|settings\s*x?|"
    r"do you want to clear all the notifications\b.*|enable|done|x|"
    r"(?:\S+\s+){0,2}app download|(?:follow us on )?google(?: \S+)? news|"
    # a WordPress shortcode left in the text: [responsivevoice_button voice="…"]
    r"\[[a-z_]{3,40}(?:\s[^\]]{0,200})?\]|"
    # topic lines, print links, a source credit, read-aloud players, lists of the most read
    r"(?:onderwerpen|trefwoorden|topics|keywords|thema's)\s*:.{0,120}|"
    r"print (?:deze pagina|dit artikel|this page|this article)|"
    r"(?:bron|source)\s*:\s*(?![^.!?]*\d{4})[^.!?]{1,40}|"  # not "Source: X - 5 Dec 2012"
    r"(?:luister naar dit artikel|listen to this (?:article|story)|voorlezen|lees voor)|"
    r"(?:meest gelezen|laatste nieuws|populair|uitgelicht|latest news|editor's picks|"
    r"trending(?: (?:on|now|op) .{1,30})?|don[’']?t miss)|"
    r"view this post on (?:instagram|facebook|x|twitter|tiktok)|"
    r"a post shared by .{1,80}|een bericht gedeeld door .{1,80}|"
    r"(?:©|\(c\)|copyright)\s*.{0,80}(?:alle rechten voorbehouden|all rights reserved)\.?|"
    r"all rights reserved|alle rechten voorbehouden|"
    # a UN information service's disclaimer over its releases
    r"for (?:use of the )?information(?: media)?(?: only)?\s*[-–—:;,.]?\s*"
    r"not an official (?:document|record)|"
    r"reageren|delen via \S+|sluiten|close|menu|zoeken|search|"
    # a site's menus, a comment form's heading, a link to the next story, an ad's button
    r"(?:main|primary|secondary|top|footer|mobile|site) (?:menu|navigation)|navigation|"
    r"navigatie|hoofdmenu|geef een reactie|share it|(?:hide|close|skip|sluit) "
    r"(?:ad|advert|advertentie|advertisement)|(?:next|previous|volgende|vorige) "
    r"(?:story|article|post|artikel|bericht)|also read\b.*|ook (?:lezen|interessant)\b.*|"
    r"(?:story|article|artikel|verhaal) (?:continues|continued|gaat verder)(?: below| "
    r"hieronder| onder)?|connect (?:with us )?(?:on|via) .{1,20}|visit .{1,30} now|"
    # an empty caption or field as a page printed it: "None", "null", "undefined"
    r"none|null|undefined|nan|"
    # a byline with its name left out of the copy, a lone separator
    r"by|door|written by|geschreven door|[|•·/\\-]|"
    r"terug naar (?:alle )?(?:verhalen|berichten|artikelen|blogs|nieuwsberichten)|"
    r"back to (?:all )?(?:stories|articles|posts|blogs)|deel|share|"
    r"(?:>+\s*)?(?:see|view) (?:more|all) (?:photos|pictures|images|videos)|"
    r"bekijk (?:meer|alle) (?:foto's|beelden|video's)|"
    r".*\bis not responsible for the content of external (?:sites|websites)\b.*|"
    # a picture agency's credit alone: "Getty Images", "ANP / Robin Utrecht"
    r"\(?(?:(?:photo|foto|picture|image)s?\s+(?:by|door)\s+.*|"
    r"(?:anp|afp|ap|epa|reuters|getty images|shutterstock|hollandse hoogte|alamy|pa images|"
    r"belga)(?:\s*/\s*[\w .'’-]{1,40})?)\)?"
    r")$",
    re.IGNORECASE,
)


#: A credit without a colon: "Tekst Jan Smit en Ann Bos", "Foto ANP - Piet Bos", "Beeld ANP",
#: "null Beeld Boris Lyppens" (a web page's empty caption). The name is capitalised.
_CREDIT = re.compile(
    r"^(?:null\s+)?(?i:tekst|foto|foto's|beeld|fotografie|illustratie|video|text|photo|"
    r"photos|photography|image|pictures?)\s+(?:(?:en|and|&)\s+)?"
    r"(?:(?i:is\s+)?(?i:van|door|by|gemaakt door|taken by)\s+)?"
    r"(?:[A-Z][\w.'’-]*|van|de|der|den|het|ter|te|in|’t|en|and|&|/|[-–]|,|:|\s)+$"
)
#: A picture's credit run into the text after it: "Foto Jan Smit Econoom Piet Bos (1967)
#: is …", "Beeld ANP / Kim Bos De rechter …": the credit is a name of two words or an
#: agency (with a photographer), and a sentence follows.
_CREDIT_IN_TEXT = re.compile(
    r"^(?P<credit>(?i:foto|beeld|fotografie|photo|image|picture)\s+"
    r"(?:[A-Z]{2,}(?:\s*/\s*(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+)?|"
    r"[A-Z][\w'’-]+\s+(?:(?:van|de|der|den|ter)\s+){0,2}[A-Z][\w'’-]+))"
    r"\s+(?P<rest>[A-Z][^.!?]{10,}[.!?].*)$"
)


def split_credit(line: str) -> tuple[str, str] | None:
    """``(credit, text)`` for a line that opens with a picture's credit run into the
    text ("Foto Jan Smit Econoom Piet Bos (1967) is …"), else ``None``."""
    match = _CREDIT_IN_TEXT.match(line)
    return (match["credit"], match["rest"]) if match else None


#: A section or category line under the headline: "in Christelijk Nieuws".
_CATEGORY = re.compile(r"^in(?:\s+[A-Z][\w-]*){1,3}$")


#: A sentence of the site's, of any length up to a long paragraph: a newsletter or cookie
#: prompt ("Meld je aan om wekelijks onze nieuwsbrief te ontvangen. …"), "Follow X on
#: Facebook, …", a link text ("Read the minister's full speech here.", "For more
#: information, please visit www.x.org.", "Klik hier voor het rapport.").
_SITE_SENTENCE = re.compile(
    r"^(?:"
    r".*\b(?:nieuwsbrief|newsletter)\b.*\b(?:ontvangen|aanmelden|inschrijven|uitschrijven|"
    r"abonneren|receive|subscribe|sign up|unsubscribe|inbox)\b.*|"
    r".*\b(?:ontvangen|aanmelden|inschrijven|receive|subscribe|sign up)\b.*\b(?:nieuwsbrief|"
    r"newsletter)\b.*|"
    r".*\bcookies?\b.*\b(?:accepteer|accept|toestemming|consent|instellingen|settings|"
    r"gebruiken|use)\b.*|"
    r"(?:follow|volg)\s+.{1,60}?\s+(?:on|op|via)\s+(?:facebook|twitter|instagram|x|linkedin|"
    r"youtube|tiktok)\b.*|"
    r"(?:read|see|watch|view|download|lees|bekijk|download)\s+.{1,80}?\s+(?:here|hier)\.?|"
    r"(?:click|klik)\s+(?:here|hier)\b.*|"
    # a comment form: "Your email address will not be published. Required fields are …"
    r".*\b(?:e-?mail ?(?:address|adres)|e-mailadres)\b.*\b(?:not|never|niet|nooit) "
    r"(?:be )?(?:published|gepubliceerd)\b.*|(?:required fields are|vereiste velden zijn) "
    r"(?:marked|gemarkeerd)\b.*|"
    # a promotion asking the reader: "Meer leren over X? Kom 11 oktober naar …", "Want to
    # know more? …", "Watch more of our videos on …"
    r"(?:meer (?:weten|leren|lezen) over|wil je meer (?:weten|leren|lezen)|want to "
    r"(?:know|learn|read) more|interested in learning more)\b[^?]{0,150}\?.*|"
    r".*\bmore of our (?:videos|stories|podcasts|journalism)\b.*|"
    # a broadcaster's line under a video: "Our reporter Ann Lee has been investigating."
    r"(?:our|onze) (?:reporter|correspondent|verslaggever|verslaggeefster|redacteur|"
    r"correspondente)\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:has been|have been|heeft|went|reports|"
    r"investigates|ging|sprak)\b[^.!?]{0,60}\.?|"
    # picture and video labels, run into their text: "Image caption Six men were …"
    r"(?:media|image|video|picture) ?(?:caption|copyright)(?:\b|(?=[A-Z])).*|"
    r"media playback is unsupported\b.*|space to play or pause\b.*|"
    # who wrote it, as the site says: "This story was written by the ILO Newsroom. For …"
    r"this (?:story|article|item) was (?:written|produced|edited|prepared) by\b.{0,200}|"
    r"(?:for more information|for further information|more information|voor meer informatie|"
    r"meer informatie)\s*(?:,|:)?\s*(?:please\s+)?(?:visit|go to|see|kijk op|ga naar|zie)\b.*"
    r")$",
    re.IGNORECASE,
)


#: A link text ending a paragraph: "… op de markt. For more information, please visit
#: www.x.org." / "Meer informatie: www.x.nl" / "Read more at …".
_TRAILING_LINK = re.compile(
    r"(?<=[.!?”’\"])\s+(?P<link>(?:for (?:more|further) information|more information|"
    r"voor meer informatie|meer informatie|read more|lees meer|more on this|meer hierover)\b"
    r"[^.!?]{0,80}?(?:visit|see|go to|kijk op|ga naar|zie|at|op|:)\s*\S+?\.?"
    # the copy editor's credit: "… for their assistance. (Editor: Jan Smit)"
    r"|\((?:editor|edited by|redactie|eindredactie)\s*:?\s*[^()]{2,60}\))$",
    re.IGNORECASE,
)


def split_trailing_link(line: str) -> tuple[str, str] | None:
    """``(text, link)`` for a paragraph that ends with a link text, else ``None``."""
    match = _TRAILING_LINK.search(line) if len(line) > 80 else None
    return (line[: match.start()].rstrip(), match["link"]) if match else None


def is_site_sentence(line: str) -> bool:
    """A whole line that is the site speaking to its reader, not the statement."""
    return len(line) <= 400 and _SITE_SENTENCE.match(line.strip()) is not None


#: The buttons of a share bar, written out: "Tweet Recommend Google + LinkedIn Email Print".
#: A line of icon names from a web font: "shield arrow-simple-alt-top facebook …".
_ICON_NAME = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$")
#: A site's line of labels: "Department of X • News and Media Division • New York".
_BULLETED = re.compile(r"\s+[•|·]\s+")


def _icon_names(line: str) -> bool:
    words = line.split()
    return len(words) >= 10 and sum(1 for w in words if _ICON_NAME.match(w)) * 3 >= len(words)


def _labels(line: str) -> bool:
    parts = _BULLETED.split(line.strip())
    return (
        len(parts) >= 3
        and all(1 <= len(part.split()) <= 6 for part in parts)
        and not any(char.isdigit() for char in line)  # "Nieuws | 14-03-2024 | 10:30": a date
        and not line.rstrip().endswith((".", "!", "?"))
    )


#: A link to a video with its running time: "Survivor Ann Lee speaks at the summit 02:56".
_VIDEO_LINK = re.compile(r"^(?P<label>[^\d.!?:;“”„\"]{12,120}[^\W\d])\s+\d{1,2}:\d{2}$")
#: A short paragraph that points the reader elsewhere and ends there: "X was interviewed
#: by the Standard about Y. See the interview here."
_POINTER_END = re.compile(
    r"(?<=[.!?])\s+(?:see|read|watch|view|listen to|lees|bekijk|luister naar)\s+"
    r"(?:the|het|de|this|dit|deze|our|ons|onze)?\s*[\w'’-]+(?:\s+[\w'’-]+)?\s+"
    r"(?:here|hier)\.?$",
    re.IGNORECASE,
)


_BEFORE_TIME = frozenset(
    [
        "at",
        "om",
        "around",
        "rond",
        "omstreks",
        "tot",
        "until",
        "till",
        "from",
        "van",
        "by",
        "before",
        "after",
        "na",
        "voor",
        "sinds",
        "since",
        "to",
        "tegen",
    ]
)


def _video_link(line: str) -> bool:
    match = _VIDEO_LINK.match(line.strip())
    words = match["label"].split() if match else []
    # "… in a shed at 04:30": a time of day, not a running time
    return 3 <= len(words) <= 15 and words[-1].lower() not in _BEFORE_TIME


def _pointer_paragraph(line: str) -> bool:
    """At most two sentences, the last sending the reader to another page: a promotion."""
    return (
        len(line) <= 300
        and QUOTE_MARKS.search(line) is None
        and _POINTER_END.search(line.strip()) is not None
        and len(re.findall(r"[.!?](?:\s|$)", line.strip())) <= 2
    )


#: A list's bullet before a label: "• Written by:".
#: "• Category:", "- 4 minuten leestijd" (a page's details listed with dashes).
_LIST_BULLET = re.compile(r"^(?:[•·▪►▶→»›]\s*|>>\s*|[-–]\s+)")  # ">> Read more …": a pointer
#: A label between dashes: "- Advertisement -".
_FRAMED = re.compile(r"[-–—]+\s*(?P<inner>[^-–—\s][^-–—]{0,40}?)\s*[-–—]+")

#: More whole lines of a page's template: a related-links prompt ("You might also like"),
#: the site's address as a link ("To example.org"), a label over its value ("Category:"),
#: a template's picture slot ("Hero Image"), a logo's alt text ("Harbour Fund logo on
#: the gate"), a news section's name and tagline ("Newsroom", "Our latest stories and
#: updates"), a release's label ("Media Statement").
_PAGE_LABEL = re.compile(
    r"^(?:"
    r"(?:it|this) (?:may|might) (?:also )?interest you|you (?:may|might) also like|"
    r"recommended(?: for you| reading| stories| articles)?|"
    r"(?:dit )?(?:vind je|vindt u) (?:misschien )?ook interessant|misschien ook interessant|"
    r"(?:(?:back |go |return )?to |terug naar |naar |visit |ga naar )?(?:https?://)?(?:www\.)?"
    r"[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,40}){0,2}\.(?-i:[a-z]{2,6})/?|"
    r"categor(?:y|ies)(?:\s*:\s*[^.!?]{1,60})?|written by|posted by|published (?:on|by)|"
    r"gepubliceerd (?:op|door)|"
    r"geschreven door|geplaatst (?:op|door|in)|"
    r"hero (?:banner|image|section)|featured image|header image|uitgelichte afbeelding|"
    r"in (?:dit|this) (?:artikel|article|bericht|story)|"
    r"(?-i:(?:[A-Z][\w&'’.-]*\s+){1,4})logo(?:\s+(?:at|on|of|in|van|op|bij)\s+[^.!?]{1,40})?|"
    r"logo(?: of| van)?(?: the| de| het)?(?-i:(?:\s+[A-Z][\w&'’.-]*){1,5})|"
    # "Department of Justice Seal Department of Justice": a seal's alt text and its link
    r"(?-i:(?P<owner>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|the|for|and|van|de|voor|en))"
    r"{0,7}))\s+(?:seal|logo|emblem|crest|wordmark)\s+(?P=owner)|"
    r"(?:news|media|press|nieuws|pers) ?(?:centre|center|room|kamer)|"
    r"(?:our |the |onze |de )?(?:latest|recent|laatste|recente) (?:news|media releases|"
    r"press releases|releases|stories|updates|articles|nieuws|persberichten|berichten)"
    r"(?:\s*,\s*[\w ]{1,30}){0,3}(?:\s+(?:and|en|&)\s+\w+)?|"
    r"media (?:releases?|statements?|advisory)|mediabericht(?:en)?|"
    # a link on to the rest or the comments: "Continue reading", "Show 12 comments"
    r"continue reading|verder lezen|(?:show|view|load|hide) (?:all )?(?:\d+ )?comments|"
    r"(?:toon|bekijk|verberg) (?:alle )?(?:\d+ )?reacties"
    r")\s*:?$",
    re.IGNORECASE,
)


#: A link to another story, however long its headline: "READ MORE: Huge turnout for …",
#: "Lees ook | Kabinet wil …".
_READ_NEXT = re.compile(
    r"^(?:read more|read also|also read|see also|lees ook|lees meer|bekijk ook|ook lezen)"
    r"\s*[:|>»›–-]\s*\S.{0,200}$",
    re.IGNORECASE,
)


#: A link with its label, or alone: "Original article link: https://…", "www.x.org/nieuws".
_LINK_LINE = re.compile(r"^(?:[\w’' -]{1,40}:\s*)?(?:https?://|www\.)\S{1,400}$", re.IGNORECASE)


#: A page's header label, alone or with a person's name: "Publication date", "Last
#: updated", "Reporter : Ann Lee", "Fotograaf: Jan de Vries".
_HEADER_LABEL = re.compile(
    r"^(?:(?i:(?:publication|publish|published|release|posted) date|"
    r"date (?:published|posted|of publication)|publicatiedatum|datum (?:van )?publicatie|"
    r"last (?:updated|modified)|laatst (?:bijgewerkt|gewijzigd))"
    r"|(?i:reporter|journalist|writer|staff writer|correspondent|verslaggever|verslaggeefster|"
    r"fotograaf|photographer|editor|eindredactie|redacteur|redactrice)\s*:\s*"
    r"[A-Z][\w'’.-]{0,30}(?:\s+(?:van|de|der|den|ter|von|da|[A-Z][\w'’.-]{0,30})){1,4}"
    r")\s*:?$"
)
#: An icon's name that a copied page leaves at a link's end, glued or not: "Nieuwschevron
#: right", "Home arrow-right", "keyboard_arrow_right".
_ICON_TAIL = re.compile(
    r"(?i)(?:^|(?<=[a-z])|\s)(?:keyboard_)?(?:chevron|arrow|caret|angle)[ _-]?"
    r"(?:right|left|up|down|forward|back|next|previous)$"
)
#: A list's number before a link: "1. Nieuws".
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+")


def is_boilerplate(line: str) -> bool:
    """A button, share bar, link text or credit: the whole (short) line."""
    if _icon_names(line) or (len(line) <= 200 and _labels(line)) or is_loose_line(line):
        return True
    if len(line) <= 240 and (agency_note(line) or lone_symbol(line)):
        return True  # "(Adds new paragraph 5)", "×"
    if len(line) <= 200 and (
        _HEADER_LABEL.match(line.strip())
        or (len(line.split()) <= 8 and _ICON_TAIL.search(_LIST_NUMBER.sub("", line.strip())))
    ):
        return True  # "Publication date", "Reporter : Ann Lee", "1. Nieuwschevron right"
    if _LINK_LINE.match(line.strip()):
        return True
    if _video_link(line) or _pointer_paragraph(line) or _READ_NEXT.match(line.strip()):
        return True
    if len(line) > 80:
        return is_site_sentence(line)
    stripped = line.strip().rstrip(" .!»>›→")
    if framed := _FRAMED.fullmatch(stripped):
        stripped = framed["inner"]  # "- Advertisement -", "— ADVERTENTIE —"
    stripped = _LIST_BULLET.sub("", stripped) or stripped  # "• Category:"
    return (
        _BOILERPLATE.match(stripped) is not None
        or _PAGE_LABEL.match(stripped) is not None
        or share_bar(stripped)
        or is_site_sentence(stripped)
        or (len(stripped.split()) <= 8 and _CREDIT.match(stripped) is not None)
        or _CATEGORY.match(stripped) is not None
    )


#: The heading of the block for journalists at the end of a statement; the lines
#: right under it (up to a blank line) belong to it.
_EDITORS = re.compile(
    r"^(?:(?:noot|noten|notities?) (?:voor|aan) (?:de )?redactie(?:s)?|"
    r"notes? (?:to|for) (?:the )?(?:editors?|media)|editor'?s'? notes?)\b",
    re.IGNORECASE,
)
#: An e-mail address (or the "[email protected]" a page's address protection leaves in
#: copied text) or a phone number.
_CONTACT = (
    r"(?:\S+@\S+\.\w+|\[email\sprotected\]|(?:\+\s?|\b0)\d[\d \-()]{7,}\d|"
    # a North American number: "281.459.2698", "(512) 657-8631"
    r"(?<![\d.])\(?\d{3}\)?[ .-]?\d{3}[.-]\d{4}(?![\d.]))"
)
#: A call to readers to send tips or their story: "Heb je zelf ervaring of tips? Mail …".
_CALL_FOR_TIPS = re.compile(
    r"(?i)\b(?:tips?\b|heb je|heeft u|weet je|weet u|do you have|have you|share your|"
    r"mail (?:dan |ons |naar |us |to )|bel(?:/whatsapp)? (?:ons|naar|dan)|whatsapp|"
    r"get in touch|contact (?:us|ons|the newsroom|de redactie))"
)
#: Press-office and site lines, whole lines of any length.
_PRESS_OFFICE = re.compile(
    r"^(?:"
    # contact lines for the press: "Voor vragen van de pers: 06-…", "Media enquiries: …"
    r"(?:(?:voor |bij )?(?:meer informatie|vragen|informatie)(?: voor| van)? "
    r"(?:de )?(?:pers|media)|"
    r"pers(?:contact|informatie|voorlichting|vragen)|persvoorlichter|perswoordvoerder|"
    r"(?:for |with )?(?:any |all )?(?:press|media) (?:enquiries|inquiries|information|contact|"
    r"office|queries)|"
    r"contact(?: for| voor)? (?:the )?(?:press|media|pers))\b.*|"
    # copyright and legal links: "© 2021 Stichting … · Privacyverklaring · Cookies"
    r"(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\d{4})).*|"
    r".*\b(?:privacyverklaring|privacybeleid|privacy policy|privacy statement|disclaimer|"
    r"algemene voorwaarden|terms of use|terms and conditions)\b.*\b(?:cookies?|disclaimer|"
    r"privacy\w*|voorwaarden|terms)\b.*|"
    # registration lines: charity number, chamber of commerce, ANBI
    r".*\b(?:registered charity|charity (?:no|number|registration)|company (?:no|number)|"
    r"kvk(?:-?nummer)?:?\s*\d|anbi-?(?:status|erkend|instelling)|rsin\b).*"
    r")$",
    re.IGNORECASE,
)


#: The heading of the organisation's standard paragraph: "Over Stichting X", "About X".
_ABOUT = re.compile(
    r"^(?i:over|about)\s+(?:(?i:de|het|the)\s+)?(?P<name>(?:[A-Z][\w&’'-]*|[A-Z]{2,})"
    r"(?:\s+(?:[A-Z][\w&’'-]*|van|voor|tegen|en|of|for|and|against|des|der|du|de|la|le|"
    r"het|the)){0,6}):?$"
)


def about_name(line: str) -> str | None:
    """The organisation "Over Stichting X" / "About the X Fund" is the heading of."""
    match = _ABOUT.match(line.strip())
    return match["name"] if match else None


def opens_about_block(line: str) -> bool:
    """ "Over Stichting Veilig Werk", "About the Freedom Fund": a heading above the
    organisation's standard paragraph, left out with it."""
    return _ABOUT.match(line.strip()) is not None


#: A reader's comment under a blog's post, by its header: "Anonymous said...", "Ann Lee
#: said…" (an ellipsis, never the colon of a lead-in over a quote), "Anoniem zei:".
_COMMENT_HEADER = re.compile(
    r"^(?:(?:[A-Z][\w.'’-]{0,30}(?:\s+[A-Z][\w.'’-]{0,30}){0,3})\s+(?:said|says|wrote|zei|schreef)"
    r"\s*(?:\.\.\.|…)|(?i:anonymous|anoniem)\s+(?:said|says|wrote|zei|schreef)\s*[.…:]{0,3})$"
)


def opens_comments(line: str) -> bool:
    """The header of the first reader's comment under a post: the rest is comments."""
    return _COMMENT_HEADER.match(line.strip()) is not None


def opens_editors_notes(line: str) -> bool:
    """ "Noot voor de redactie (niet voor publicatie): …", "Notes to editors"."""
    return _EDITORS.match(line.strip()) is not None


#: A line of contact details only: "T: +31 6 1234 5678", "E-mail: pers@x.nl",
#: "Anna Smit, woordvoerder: 06-12345678 / anna@x.nl".
_CONTACT_LINE = re.compile(
    rf"^(?:(?:tel|fax|mob|gsm|phone|telefoon)\.?\s*:?\s*)?[^.!?]{{0,80}}?{_CONTACT}"
    rf"(?:\s*(?:[|/,;]|of|or|en|and)?\s*{_CONTACT})*(?:\s*/\s*\d{{1,4}})*\s*$",
    re.IGNORECASE,
)


def is_press_office(line: str) -> bool:
    """A line for journalists or site legalese, not part of the statement: press contact
    details, a copyright line with its legal links, a charity or registration number.

    Short lines only, or a contact line that gives an e-mail address or phone number:
    a paragraph that happens to open with "Voor meer informatie" stays."""
    line = line.strip()
    if len(line) <= 160 and (_CONTACT_LINE.match(line) is not None or is_address(line)):
        return True
    if len(line) <= 600 and _CALL_FOR_TIPS.search(line) and re.search(_CONTACT, line):
        return True  # "Heb je zelf ervaring of tips? Mail dan naar … of bel …": the outlet's
    if len(line) <= 400 and _READER_HELP.match(line) and _WHERE_TO.search(line):
        return True  # "If you are being exploited, call the helpline on 0800 …"
    if _PRESS_OFFICE.match(line) is None:
        return False
    return len(line) <= 160 or re.search(_CONTACT, line) is not None


#: Advice to the reader on whom to call or where to read on: "If you or someone you know
#: …", "To report a suspicion …", "For more information, please contact …".
_READER_HELP = re.compile(
    r"(?i)^(?:if you\b|to report\b|for (?:more|further) information\b|for advice\b|"
    r"(?:voor )?meer informatie\b|wil je (?:meer weten|melden)\b)"
)
#: A phone number, an e-mail or a web address in such advice.
_WHERE_TO = re.compile(rf"{_CONTACT}|https?://|\bwww\.", re.IGNORECASE)


#: A postal address: "26, Kakabadzeebi Brothers street, 0108 Tbilisi, Georgia",
#: "Postbus 123, 2500 AB Den Haag", "Keizersgracht 12, 1015 CN Amsterdam".
_ADDRESS = re.compile(
    r"^(?:"
    # "Keizersgracht 12, 1015 CN Amsterdam", "Postbus 123, 2500 AB Den Haag"
    r"(?:[A-Z][\w'’-]*(?:straat|weg|laan|plein|gracht|kade|singel|dreef|park)|(?i:postbus))"
    r"\s+\d{1,5}[a-zA-Z]?,\s*[^.!?:;]{2,80}|"
    # "1600 Main Street, Springfield", "P.O. Box 12, Geneva"
    r"\d{1,5}\s+(?:[A-Z][\w'’-]*\s+){1,4}(?i:street|road|avenue|lane|boulevard)\b,?[^.!?:;]{0,80}|"
    r"(?i:p\.?\s?o\.?\s?box)\s+\d{1,6},?[^.!?:;]{0,80}|"
    # "26, Kakabadzeebi Brothers street, 0108 Tbilisi, Georgia"
    r"\d{1,4}[a-z]?,\s+[A-Z][^.!?:;]{3,80},\s*\d{4,5}\s+[A-Z][^.!?:;]{0,40}|"
    # "2500 AB Den Haag" alone
    r"\d{4}\s?[A-Z]{2}\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r")$"
)


def is_address(line: str) -> bool:
    """A line that is a postal address."""
    return len(line) <= 160 and _ADDRESS.match(line.strip()) is not None


#: A site's banner about itself: "We're building a new UNICEF.org", "Thanks for your patience".
_BANNER = re.compile(
    r"\b(?:we(?:’|')re building a new|we are building a new|thanks? (?:you )?for your patience|"
    # "Our award-winning reporting has moved", "This blog has moved", "We zijn verhuisd"
    r"(?:reporting|journalism|coverage|content|site|website|blog|pages?|newsroom|news|"
    r"newsletter|bulletin|we) (?:has|have) moved|"
    r"we(?:’|')ve moved|has a new home|(?:is|zijn|we zijn) verhuisd|"
    r"pages will be in transition|bedankt voor (?:uw|je) geduld|onze nieuwe website|"
    r"unable to see images|kunt u de afbeeldingen niet zien)\b",
    re.IGNORECASE,
)


def is_banner(line: str) -> bool:
    """A short line of the site's banner about the site itself, or its notice to the reader."""
    return (len(line) <= 200 and _BANNER.search(line) is not None) or is_site_notice(line)
