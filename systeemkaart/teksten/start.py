"""Teksten: the Start page, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "start.titel": {
        "nl": "Systeemkaart",
        "en": "Systeemkaart",
    },
    "start.intro": {
        "nl": "Breng een samenwerkingsverband in kaart als systeem: de partners rond de gedeelde opgave, wat ieder brengt en haalt, wie van wie afhankelijk is en welke belangen meespelen. Zo zie je in één oogopslag wie veel meer geeft dan er terugkomt, en wie veel meer haalt dan er tegenover staat.",
        "en": "Map a collaboration as a system: the partners around the shared task, what each brings and takes, who depends on whom and which interests are at play. See at a glance who gives far more than it takes, and who takes far more than it gives.",
    },
    "start.inschatting": {
        "nl": "De gewichten op een kaart zijn de inschatting van wie de kaart maakt, geen objectieve maat. Ze zijn bedoeld om het gesprek te voeren.",
        "en": "The weights on a map are the mapper's perception, not an objective measure. They are there to start the conversation.",
    },
    "start.voorbeelden": {
        "nl": "Open een voorbeeld",
        "en": "Open an example",
    },
    "start.open": {
        "nl": "Open deze kaart",
        "en": "Open this map",
    },
    "start.nieuw": {
        "nl": "Of begin een eigen kaart",
        "en": "Or start your own map",
    },
    "start.nieuw.titel": {
        "nl": "Naam van de kaart",
        "en": "Name of the map",
    },
    "start.nieuw.titel_voorbeeld": {
        "nl": "Bijvoorbeeld: Wijkaanpak Noord",
        "en": "For example: Neighbourhood approach North",
    },
    "start.nieuw.opgave": {
        "nl": "Gedeelde opgave",
        "en": "Shared task",
    },
    "start.nieuw.opgave_voorbeeld": {
        "nl": "Wat lost geen van de partners alleen op?",
        "en": "What can none of the partners solve alone?",
    },
    "start.nieuw.partner": {
        "nl": "Eerste partner",
        "en": "First partner",
    },
    "start.nieuw.partner_voorbeeld": {
        "nl": "Bijvoorbeeld: Gemeente",
        "en": "For example: Municipality",
    },
    "start.nieuw.maak": {
        "nl": "Maak de kaart",
        "en": "Create the map",
    },
    "start.nieuw.leeg": {
        "nl": "Vul de gedeelde opgave en een eerste partner in.",
        "en": "Fill in the shared task and a first partner.",
    },
}
