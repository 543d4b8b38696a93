"""News outlets staff meet: agencies, national and regional papers and broadcasters.

A site name above the headline that is one of these (or that has a news word in
it, "Omroep Gelderland", "NOS Nieuws") is the outlet, not the title.
"""

from __future__ import annotations

from mhbrief.importer.words import fold_text

_GROUPS = (
    # agencies
    "ANP|AP|AFP|Reuters|Belga|DPA|PA Media|EFE|Novum|Bloomberg|Associated Press|"
    # Dutch national
    "NOS|NOS Nieuws|RTL Nieuws|NU.nl|Nu.nl|BNR|EenVandaag|Nieuwsuur|Pointer|Argos|"
    "de Volkskrant|Volkskrant|NRC|NRC Handelsblad|Trouw|Het Parool|Parool|AD|"
    "Algemeen Dagblad|De Telegraaf|Telegraaf|Het Financieele Dagblad|FD|"
    "Reformatorisch Dagblad|Nederlands Dagblad|Follow the Money|FTM|De Correspondent|"
    "De Groene Amsterdammer|Elsevier Weekblad|EW|HP/De Tijd|Metro|"
    # Dutch regional
    "Leeuwarder Courant|Dagblad van het Noorden|Tubantia|De Gelderlander|Gelderlander|"
    "Brabants Dagblad|Eindhovens Dagblad|BN DeStem|PZC|De Stentor|Stentor|"
    "Noordhollands Dagblad|Haarlems Dagblad|Leidsch Dagblad|De Limburger|"
    "Dagblad De Limburger|Limburgs Dagblad|Friesch Dagblad|Het Noordhollands Dagblad|"
    "Omroep Brabant|RTV Noord|RTV Oost|Omroep West|RTV Utrecht|Rijnmond|RTV Rijnmond|"
    "NH Nieuws|L1|L1 Nieuws|Omroep Zeeland|Omrop Fryslân|Omroep Gelderland|Omroep Flevoland|"
    "RTV Drenthe|Dagblad van het Oosten|"
    # Flemish
    "VRT NWS|VRT|Het Laatste Nieuws|HLN|De Standaard|De Morgen|Het Nieuwsblad|Knack|"
    "Gazet van Antwerpen|GVA|Het Belang van Limburg|"
    # English
    "BBC|BBC News|The Guardian|Guardian|The Observer|The Times|The Sunday Times|"
    "The Independent|The Telegraph|Financial Times|FT|Sky News|ITV News|Channel 4 News|"
    "Al Jazeera|CNN|Deutsche Welle|DW|Euronews|Politico|openDemocracy|"
    "Thomson Reuters Foundation|The Irish Times|Irish Independent|RTÉ|RTE|The Scotsman|"
    "The Herald|Evening Standard|Manchester Evening News|The New York Times|"
    "The Washington Post"
)
OUTLETS = frozenset(fold_text(name) for name in _GROUPS.split("|"))


def is_outlet(name: str) -> bool:
    """``Trouw``, ``NOS``, ``The Guardian``: a news outlet by its usual name."""
    folded = fold_text(name.strip())
    return folded in OUTLETS or folded.replace("-", " ") in OUTLETS  # "NH-Nieuws"
