"""Teksten: presenter mode, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "presenteren.partner": {
        "nl": "Partner",
        "en": "Partner",
    },
    "presenteren.stap": {
        "nl": "Stap",
        "en": "Step",
    },
    "presenteren.stap.1": {
        "nl": "1 · Partners",
        "en": "1 · Partners",
    },
    "presenteren.stap.2": {
        "nl": "2 · Stromen",
        "en": "2 · Streams",
    },
    "presenteren.stap.3": {
        "nl": "3 · Balans",
        "en": "3 · Balance",
    },
    "presenteren.pseudoniemen": {
        "nl": "Namen verbergen",
        "en": "Hide names",
    },
    "presenteren.stoppen": {
        "nl": "Stoppen",
        "en": "Stop",
    },
    "presenteren.uit_balans": {
        "nl": "Uit balans",
        "en": "Out of balance",
    },
    "presenteren.niemand_uit_balans": {
        "nl": "Niemand is uit balans.",
        "en": "No one is out of balance.",
    },
    "presenteren.cijfers": {
        "nl": "brengt {brengen}, haalt {halen}",
        "en": "brings {brengen}, takes {halen}",
    },
    "presenteren.keuze.titel": {
        "nl": "Presenteren",
        "en": "Present",
    },
    "presenteren.keuze.uitleg": {
        "nl": "Kies eerst hoe de partners heten. Zolang je niet kiest, laat deze pagina niets van de kaart zien. Met pseudoniemen heten de partners Partner A, Partner B, enzovoort, ook in de titel, de opgave en de toelichtingen.",
        "en": "First choose how the partners are named. Until you choose, this page shows nothing of the map. With pseudonyms the partners are called Partner A, Partner B and so on, in the title, the shared task and the notes too.",
    },
    "presenteren.keuze.pseudoniemen": {
        "nl": "Met pseudoniemen (Partner A, B, …)",
        "en": "With pseudonyms (Partner A, B, …)",
    },
    "presenteren.keuze.echt": {
        "nl": "Met de echte namen",
        "en": "With the real names",
    },
}
