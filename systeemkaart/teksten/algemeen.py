"""Teksten: the app shell: navigation, language, errors, search, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "ui.taal": {
        "nl": "Taal",
        "en": "Language",
    },
    "ui.open_kaart": {
        "nl": "Open kaart: {titel}",
        "en": "Open map: {titel}",
    },
    "nav.start": {
        "nl": "Start",
        "en": "Start",
    },
    "nav.kaart": {
        "nl": "Kaart",
        "en": "Map",
    },
    "nav.invoeren": {
        "nl": "Invoeren",
        "en": "Edit",
    },
    "nav.balans": {
        "nl": "Balans",
        "en": "Balance",
    },
    "nav.presenteren": {
        "nl": "Presenteren",
        "en": "Present",
    },
    "fout.onverwacht": {
        "nl": "Er ging iets mis bij het tonen van deze pagina. Je kaart is niet veranderd. Probeer het opnieuw of kies een andere pagina.",
        "en": "Something went wrong while showing this page. Your map has not changed. Try again or choose another page.",
    },
    "zoeken.label": {
        "nl": "Zoek in de tabellen",
        "en": "Search the tables",
    },
    "zoeken.placeholder": {
        "nl": "Naam, sector, soort of omschrijving",
        "en": "Name, sector, kind or description",
    },
    "zoeken.hulp": {
        "nl": "Toont in elke tabel alleen de rijen waarin deze tekst voorkomt (hoofdletters en accenten tellen niet mee): in een naam, sector, soort, omschrijving, toelichting of waarvoor. Bewerken, toevoegen en verwijderen werkt ook in de gefilterde tabel; de rijen die je niet ziet, blijven zoals ze zijn. Zoeken zonder te filteren kan ook met het vergrootglas boven een tabel (of Ctrl+F / ⌘F in de tabel): dat kleurt de treffers.",
        "en": "Shows only the rows of each table that contain this text (case and accents ignored): in a name, sector, kind, description, notes or for what. Editing, adding and deleting also work in the filtered table; the rows you do not see stay as they are. To search without filtering, use the magnifier above a table (or Ctrl+F / ⌘F in the table): it highlights the matches.",
    },
    "zoeken.gefilterd": {
        "nl": "Zoekterm “{zoekterm}”: {getoond} van de {totaal} rijen zichtbaar. Rijnummers in meldingen tellen in deze gefilterde weergave. Een nieuwe rij komt onderaan de volledige tabel; past hij niet bij de zoekterm, dan verdwijnt hij na het verwerken uit beeld.",
        "en": "Search “{zoekterm}”: {getoond} of the {totaal} rows shown. Row numbers in messages count in this filtered view. A new row goes to the bottom of the full table; if it does not match the search, it leaves the view once applied.",
    },
    "zoeken.rij_gefilterd": {
        "nl": "{rij} (in de gefilterde weergave)",
        "en": "{rij} (in the filtered view)",
    },
    "zoeken.rij_verborgen": {
        "nl": "{rij} van de volledige tabel (verborgen door het zoekfilter)",
        "en": "{rij} of the full table (hidden by the search filter)",
    },
    "zoeken.onbekende_rij": {
        "nl": "Deze wijziging is niet verwerkt; de kaart is nog zoals hij was. Een rij in de gefilterde weergave verwijst niet meer naar een getoonde rij (is de verborgen kolom _rij gewijzigd?). Draai de wijziging terug.",
        "en": "This change was not applied; the map is as it was. A row in the filtered view no longer refers to a row that was shown (was the hidden column _rij changed?). Please undo the change.",
    },
    "zoeken.groot": {
        "nl": "Deze kaart heeft {partners} partners, dus de tabellen zijn lang. Typ in het zoekvak hierboven om alleen de rijen te zien die je zoekt.",
        "en": "This map has {partners} partners, so the tables are long. Type in the search box above to see only the rows you need.",
    },
    "nav.mijn_kaarten": {
        "nl": "Mijn kaarten",
        "en": "My maps",
    },
    "nav.bestanden": {
        "nl": "Bestanden",
        "en": "Files",
    },
    "nav.interventies": {
        "nl": "Interventies",
        "en": "Interventions",
    },
    "nav.pijlers": {
        "nl": "Pijlers",
        "en": "Pillars",
    },
}
