"""Teksten: the kaart's vocabulary: soorten, klassen, partner types, belangen, houdingen, points, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "klasse.geeft_veel_meer": {
        "nl": "geeft veel meer dan er terugkomt",
        "en": "gives far more than it takes",
    },
    "klasse.haalt_veel_meer": {
        "nl": "haalt veel meer dan er tegenover staat",
        "en": "takes far more than it gives",
    },
    "klasse.in_balans": {
        "nl": "in balans",
        "en": "in balance",
    },
    "klasse.geen_stromen": {
        "nl": "nog geen stromen",
        "en": "no streams yet",
    },
    "opgave": {
        "nl": "Gedeelde opgave",
        "en": "Shared task",
    },
    "invoeren.type.organisatie": {
        "nl": "organisatie",
        "en": "organisation",
    },
    "invoeren.type.team": {
        "nl": "team",
        "en": "team",
    },
    "invoeren.type.persoon": {
        "nl": "persoon",
        "en": "person",
    },
    "invoeren.belang.organisatie": {
        "nl": "organisatie",
        "en": "organisational",
    },
    "invoeren.belang.persoonlijk": {
        "nl": "persoonlijk",
        "en": "personal",
    },
    "invoeren.houding.steunt": {
        "nl": "steunt",
        "en": "supports",
    },
    "invoeren.houding.neutraal": {
        "nl": "neutraal",
        "en": "neutral",
    },
    "invoeren.houding.schuurt": {
        "nl": "schuurt",
        "en": "chafes",
    },
    "soort.geld": {
        "nl": "geld",
        "en": "money",
    },
    "soort.personeel": {
        "nl": "personeel",
        "en": "staff",
    },
    "soort.klanten": {
        "nl": "klanten",
        "en": "clients",
    },
    "soort.positie": {
        "nl": "positie",
        "en": "position",
    },
    "soort.macht": {
        "nl": "macht",
        "en": "power",
    },
    "soort.kennis": {
        "nl": "kennis",
        "en": "knowledge",
    },
    "soort.informatie": {
        "nl": "informatie",
        "en": "information",
    },
    "soort.tijd": {
        "nl": "tijd",
        "en": "time",
    },
    "soort.autonomie": {
        "nl": "autonomie",
        "en": "autonomy",
    },
    "soort.legitimiteit": {
        "nl": "legitimiteit",
        "en": "legitimacy",
    },
    "soort.netwerk": {
        "nl": "netwerk",
        "en": "network",
    },
    "soort.overig": {
        "nl": "overig",
        "en": "other",
    },
    "invoeren.belang.toevoegen": {
        "nl": "Belang toevoegen",
        "en": "Add interest",
    },
    "invoeren.belang.toegevoegd": {
        "nl": "Belang toegevoegd bij {partner}: {omschrijving}.",
        "en": "Interest added for {partner}: {omschrijving}.",
    },
    "punten.een": {
        "nl": "{n} punt",
        "en": "{n} point",
    },
    "punten.meer": {
        "nl": "{n} punten",
        "en": "{n} points",
    },
}
