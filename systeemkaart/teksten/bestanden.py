"""Teksten: file formats and the CLI, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "bestanden.titel": {
        "nl": "Bestanden",
        "en": "Files",
    },
    "bestanden.intro": {
        "nl": "Open een kaart uit een bestand, of neem de open kaart mee in het formaat dat je nodig hebt: om verder te werken, om te delen, of als hand-out om te printen.",
        "en": "Open a map from a file, or take the open map with you in the format you need: to keep working, to share, or as a hand-out to print.",
    },
    "bestanden.importeren": {
        "nl": "Kaart openen uit een bestand",
        "en": "Open a map from a file",
    },
    "bestanden.kies": {
        "nl": "Kies een bestand",
        "en": "Choose a file",
    },
    "bestanden.kies_hulp": {
        "nl": "Systeemkaart-JSON (.json), Excel (.xlsx, ook het lege sjabloon hieronder), een zip met CSV-bestanden (.zip), of uit Kumu: een spreadsheet (.xlsx), de JSON-export (.json) of CSV-bestanden (.csv: elementen en verbindingen samen kiezen, of alleen verbindingen). Hoogstens {mb} MB.",
        "en": "Systeemkaart JSON (.json), Excel (.xlsx, also the empty template below), a zip of CSV files (.zip), or from Kumu: a spreadsheet (.xlsx), the JSON export (.json) or CSV files (.csv: choose elements and connections together, or connections alone). At most {mb} MB.",
    },
    "bestanden.geweigerd": {
        "nl": "{naam} is niet geopend: er klopt iets niet. Je open kaart is niet veranderd.",
        "en": "{naam} was not opened: something is wrong. Your open map has not changed.",
    },
    "bestanden.gelezen": {
        "nl": "Gelezen: **{titel}**",
        "en": "Read: **{titel}**",
    },
    "bestanden.aantallen": {
        "nl": "{partners} partners · {stromen} stromen · {afhankelijkheden} afhankelijkheden · {belangen} belangen",
        "en": "{partners} partners · {stromen} streams · {afhankelijkheden} dependencies · {belangen} interests",
    },
    "bestanden.notities": {
        "nl": "Zo is het Kumu-bestand gelezen:",
        "en": "How the Kumu file was read:",
    },
    "bestanden.rijfouten": {
        "nl": "Deze rijen uit {naam} kunnen niet gelezen worden ({aantal}); de rest wel. Je open kaart is niet veranderd.",
        "en": "These rows of {naam} cannot be read ({aantal}); the rest can. Your open map has not changed.",
    },
    "bestanden.rijfouten.blad": {
        "nl": "Blad",
        "en": "Sheet",
    },
    "bestanden.rijfouten.rij": {
        "nl": "Rij",
        "en": "Row",
    },
    "bestanden.rijfouten.kolom": {
        "nl": "Kolom",
        "en": "Column",
    },
    "bestanden.rijfouten.melding": {
        "nl": "Wat er niet klopt",
        "en": "What is wrong",
    },
    "bestanden.importeer_rest": {
        "nl": "Importeer de rest",
        "en": "Import the rest",
    },
    "bestanden.importeer_rest_hulp": {
        "nl": "Leest het bestand zonder deze rijen. Je ziet eerst wat er gelezen is; je open kaart verandert pas als je die kaart opent.",
        "en": "Reads the file without these rows. You first see what was read; your open map only changes when you open that map.",
    },
    "bestanden.overgeslagen": {
        "nl": "Overgeslagen ({aantal}):",
        "en": "Left out ({aantal}):",
    },
    "bestanden.openen": {
        "nl": "Open als huidige kaart",
        "en": "Open as the current map",
    },
    "bestanden.openen_hulp": {
        "nl": "De kaart die nu open is, blijft bewaard onder Mijn kaarten.",
        "en": "The map that is open now stays stored under My maps.",
    },
    "bestanden.geopend": {
        "nl": "{titel} is nu de open kaart.",
        "en": "{titel} is now the open map.",
    },
    "bestanden.exporteren": {
        "nl": "De open kaart opslaan als bestand",
        "en": "Save the open map as a file",
    },
    "bestanden.exporteren_hulp": {
        "nl": "Open kaart: {titel}",
        "en": "Open map: {titel}",
    },
    "bestanden.export.json": {
        "nl": "Systeemkaart (.json)",
        "en": "Systeemkaart (.json)",
    },
    "bestanden.export.excel": {
        "nl": "Excel (.xlsx)",
        "en": "Excel (.xlsx)",
    },
    "bestanden.export.csv": {
        "nl": "CSV-bestanden (.zip)",
        "en": "CSV files (.zip)",
    },
    "bestanden.export.kumu": {
        "nl": "Kumu-spreadsheet (.xlsx)",
        "en": "Kumu spreadsheet (.xlsx)",
    },
    "bestanden.export.gexf": {
        "nl": "Gephi (.gexf)",
        "en": "Gephi (.gexf)",
    },
    "bestanden.export.graphml": {
        "nl": "GraphML (.graphml)",
        "en": "GraphML (.graphml)",
    },
    "bestanden.export.html": {
        "nl": "Hand-out (.html)",
        "en": "Hand-out (.html)",
    },
    "bestanden.export_hulp.json": {
        "nl": "Alles, om later verder te werken of naar een andere laptop te brengen.",
        "en": "Everything, to continue later or move to another laptop.",
    },
    "bestanden.export_hulp.excel": {
        "nl": "Eén blad per tabel, partners bij naam, en een blad Balans om te lezen; aan te passen en weer te openen.",
        "en": "One sheet per table, partners by name, and a Balans sheet to read; edit it and open it again.",
    },
    "bestanden.export_hulp.csv": {
        "nl": "Eén CSV-bestand per tabel, met ; en een decimale komma.",
        "en": "One CSV file per table, with ; and a decimal comma.",
    },
    "bestanden.export_hulp.kumu": {
        "nl": "Partners en stromen voor Kumu; afhankelijkheden, belangen en posities gaan niet mee.",
        "en": "Partners and streams for Kumu; dependencies, interests and positions are left out.",
    },
    "bestanden.export_hulp.gexf": {
        "nl": "Het netwerk voor Gephi, met balans en klasse per partner.",
        "en": "The network for Gephi, with balance and class per partner.",
    },
    "bestanden.export_hulp.graphml": {
        "nl": "Het netwerk voor andere netwerkprogramma's, met balans en klasse.",
        "en": "The network for other network tools, with balance and class.",
    },
    "bestanden.export_hulp.html": {
        "nl": "Kaart, legenda, balans en signalen in één bestand; werkt zonder internet en is te printen.",
        "en": "Map, legend, balance and signals in one file; works offline and prints.",
    },
    "bestanden.export_fout": {
        "nl": "Dit formaat kon niet gemaakt worden: {fout}",
        "en": "This format could not be made: {fout}",
    },
    "bestanden.sjabloon": {
        "nl": "Leeg Excel-sjabloon",
        "en": "Empty Excel template",
    },
    "bestanden.sjabloon_knop": {
        "nl": "Download het lege sjabloon (.xlsx)",
        "en": "Download the empty template (.xlsx)",
    },
    "bestanden.sjabloon_hulp": {
        "nl": "Vul partners, stromen, afhankelijkheden en belangen in Excel in, met keuzelijsten; open het bestand daarna hierboven.",
        "en": "Fill in partners, streams, dependencies and interests in Excel, with dropdowns; then open the file above. Sheet and column names stay Dutch.",
    },
    "bestanden.png": {
        "nl": "Afbeelding van de kaart (PNG)",
        "en": "Picture of the map (PNG)",
    },
    "bestanden.png_hulp": {
        "nl": "Schuif en zoom de kaart tot hij eruitziet zoals je wilt, en download dan precies wat je ziet.",
        "en": "Pan and zoom the map until it looks right, then download exactly what you see.",
    },
    "bestanden.png_knop": {
        "nl": "Download als PNG",
        "en": "Download as PNG",
    },
    "bestanden.png_geen_kaart": {
        "nl": "Er staat nog geen kaart op het scherm; wacht even en probeer opnieuw.",
        "en": "There is no map on the screen yet; wait a moment and try again.",
    },
}
