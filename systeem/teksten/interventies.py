"""Teksten: the Interventies page, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "interventie.uit": {
        "nl": "Staat uit.",
        "en": "Switched off.",
    },
    "interventie.alle": {
        "nl": "alle partners",
        "en": "all partners",
    },
    "interventie.de_opgave": {
        "nl": "de opgave",
        "en": "the shared task",
    },
    "interventie.niet.onbekende_partner": {
        "nl": 'Partner "{partner}" staat niet (meer) op de kaart; deze interventie doet niets.',
        "en": 'Partner "{partner}" is not (or no longer) on the map; this intervention does nothing.',
    },
    "interventie.niet.id_bezet": {
        "nl": 'Er staat al een partner met id "{id}" op de kaart; deze derde partij komt er niet bij.',
        "en": 'A partner with id "{id}" is already on the map; this third party is not added.',
    },
    "interventie.niet.zichzelf": {
        "nl": "{partner} kan zichzelf niet compenseren.",
        "en": "{partner} cannot compensate itself.",
    },
    "interventie.niet.niets_te_verminderen": {
        "nl": "{partner} brengt (hier) niets; er valt niets te verminderen.",
        "en": "{partner} brings nothing (here); there is nothing to reduce.",
    },
    "interventie.niet.geen_geld": {
        "nl": "Geen van deze partners brengt geld in bij de opgave; er valt niets te verdelen.",
        "en": "None of these partners brings money to the shared task; there is nothing to share.",
    },
    "interventie.niet.geen_gewichten_gebruik": {
        "nl": "Geen van deze partners haalt iets uit de opgave; verdelen naar gebruik kan niet.",
        "en": "None of these partners takes anything from the shared task; sharing by use is not possible.",
    },
    "interventie.niet.geen_gewichten_grootte": {
        "nl": "Geen van deze partners heeft een grootte (of invloed); verdelen naar grootte kan niet.",
        "en": "None of these partners has a size (or influence); sharing by size is not possible.",
    },
    "zet.ambitie": {
        "nl": "Ambitie bijstellen",
        "en": "Adjust the ambition",
    },
    "zet.bijdrage": {
        "nl": "Bijdrage aanpassen",
        "en": "Adjust a contribution",
    },
    "zet.compenseren": {
        "nl": "Compenseren",
        "en": "Compensate",
    },
    "zet.derde": {
        "nl": "Derde partij",
        "en": "Third party",
    },
    "zet.kostenverdeling": {
        "nl": "Kostenverdeling",
        "en": "Cost sharing",
    },
    "zet.vertrek": {
        "nl": "Vertrek",
        "en": "Departure",
    },
    "zet.niets": {
        "nl": "verandert niets",
        "en": "changes nothing",
    },
    "zet.ambitie.factor": {
        "nl": "de opgave geeft {wie} {factor} terug",
        "en": "the shared task gives {wie} {factor} back",
    },
    "zet.ambitie.nieuw": {
        "nl": "nieuw gedeeld voordeel voor {wie}: {soort} (waarde {waarde})",
        "en": "new shared benefit for {wie}: {soort} (value {waarde})",
    },
    "zet.bijdrage.factor": {
        "nl": "{partner} brengt {factor}",
        "en": "{partner} brings {factor}",
    },
    "zet.bijdrage.minder": {
        "nl": "{partner} brengt {punten} minder",
        "en": "{partner} brings {punten} less",
    },
    "zet.bijdrage.meer": {
        "nl": "{partner} brengt {punten} meer",
        "en": "{partner} brings {punten} more",
    },
    "zet.procent.meer": {
        "nl": "{procent}% meer",
        "en": "{procent}% more",
    },
    "zet.procent.minder": {
        "nl": "{procent}% minder",
        "en": "{procent}% less",
    },
    "zet.bijdrage.naar": {
        "nl": "aan {naar}",
        "en": "to {naar}",
    },
    "zet.bijdrage.soort": {
        "nl": "({soort})",
        "en": "({soort})",
    },
    "zet.compenseren.tekst": {
        "nl": "{partner} krijgt {punten} {soort} van {van}",
        "en": "{partner} gets {punten} of {soort} from {van}",
    },
    "zet.derde.tekst": {
        "nl": "{naam} komt erbij, met {aantal} stromen",
        "en": "{naam} joins, with {aantal} streams",
    },
    "zet.derde.tekst.1": {
        "nl": "{naam} komt erbij, met 1 stroom",
        "en": "{naam} joins, with 1 stream",
    },
    "zet.derde.tekst.0": {
        "nl": "{naam} komt erbij, nog zonder stromen",
        "en": "{naam} joins, without streams yet",
    },
    "zet.vertrek.tekst": {
        "nl": "wat als {partner} vertrekt",
        "en": "what if {partner} leaves",
    },
    "zet.kostenverdeling.eigen": {
        "nl": "ieder draagt de eigen kosten (zoals nu)",
        "en": "each partner carries its own costs (as now)",
    },
    "zet.kostenverdeling.gelijk": {
        "nl": "het geld voor de opgave in gelijke delen",
        "en": "the money for the shared task in equal shares",
    },
    "zet.kostenverdeling.gebruik": {
        "nl": "het geld voor de opgave naar gebruik van de samenwerking",
        "en": "the money for the shared task by use of the collaboration",
    },
    "zet.kostenverdeling.grootte": {
        "nl": "het geld voor de opgave naar grootte van de partner",
        "en": "the money for the shared task by partner size",
    },
    "zet.kostenverdeling.tussen": {
        "nl": " (tussen {wie})",
        "en": " (among {wie})",
    },
    "zet.kostenverdeling.eigen.kort": {
        "nl": "kostenverdeling: eigen kosten",
        "en": "cost sharing: own costs",
    },
    "zet.kostenverdeling.gelijk.kort": {
        "nl": "kostenverdeling: gelijke delen",
        "en": "cost sharing: equal shares",
    },
    "zet.kostenverdeling.gebruik.kort": {
        "nl": "kostenverdeling: naar gebruik",
        "en": "cost sharing: by use",
    },
    "zet.kostenverdeling.grootte.kort": {
        "nl": "kostenverdeling: naar grootte",
        "en": "cost sharing: by size",
    },
}
