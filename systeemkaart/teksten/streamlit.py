"""Teksten: Streamlit's own widget texts in the interface language, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "streamlit.naar_inhoud": {
        "nl": "Naar de inhoud",
        "en": "Skip to main content",
    },
    "streamlit.upload": {
        "nl": "Bestand kiezen",
        "en": "Upload",
    },
    "streamlit.upload_hier": {
        "nl": "Sleep een bestand hierheen",
        "en": "Drag and drop a file here",
    },
    "streamlit.upload_hier_meer": {
        "nl": "Sleep bestanden hierheen",
        "en": "Drag and drop files here",
    },
    "streamlit.upload_grootte": {
        "nl": "max. {grootte} per bestand",
        "en": "{grootte} per file",
    },
    "streamlit.upload_invoer": {
        "nl": "bestand kiezen",
        "en": "file upload",
    },
    "streamlit.upload_toevoegen": {
        "nl": "Bestanden toevoegen",
        "en": "Add files",
    },
    "streamlit.enter_toepassen": {
        "nl": "Druk op Enter om toe te passen",
        "en": "Press Enter to apply",
    },
    "streamlit.enter_versturen": {
        "nl": "Druk op Enter om te versturen",
        "en": "Press Enter to submit form",
    },
    "streamlit.toets_toepassen": {
        "nl": "Druk op {toets}+Enter om toe te passen",
        "en": "Press {toets}+Enter to apply",
    },
    "streamlit.toets_versturen": {
        "nl": "Druk op {toets}+Enter om te versturen",
        "en": "Press {toets}+Enter to submit form",
    },
    "streamlit.kies_optie": {
        "nl": "Kies…",
        "en": "Choose an option",
    },
    "streamlit.kies_opties": {
        "nl": "Kies…",
        "en": "Choose options",
    },
    "streamlit.kies_of_typ": {
        "nl": "Kies of typ…",
        "en": "Choose or add an option",
    },
    "streamlit.kies_of_typ_meer": {
        "nl": "Kies of typ…",
        "en": "Choose or add options",
    },
    "streamlit.typ_optie": {
        "nl": "Typ…",
        "en": "Add an option",
    },
    "streamlit.typ_opties": {
        "nl": "Typ…",
        "en": "Add options",
    },
    "streamlit.geen_opties": {
        "nl": "Niets te kiezen",
        "en": "No options to select",
    },
    "streamlit.toevoegen": {
        "nl": "Nieuw: {woord}",
        "en": "Add: {woord}",
    },
    "streamlit.geen_resultaten": {
        "nl": "Niets gevonden",
        "en": "No results",
    },
    "streamlit.alles_kiezen": {
        "nl": "Alles kiezen",
        "en": "Select all",
    },
    "streamlit.treffers_kiezen": {
        "nl": "Kies de {aantal} treffers",
        "en": "Select {aantal} matches",
    },
    "streamlit.keuze_beschikbaar": {
        "nl": "1 keuze.",
        "en": "1 option available.",
    },
    "streamlit.keuzes_beschikbaar": {
        "nl": "{aantal} keuzes.",
        "en": "{aantal} options available.",
    },
    "streamlit.openen": {
        "nl": "Openen",
        "en": "Open",
    },
    "streamlit.wissen": {
        "nl": "Leegmaken",
        "en": "Clear value",
    },
    "streamlit.alles_wissen": {
        "nl": "Alles weghalen",
        "en": "Clear all",
    },
    "streamlit.optie_weg": {
        "nl": "{optie} weghalen",
        "en": "Remove {optie}",
    },
    "streamlit.gekozen": {
        "nl": "Gekozen",
        "en": "Selected values",
    },
    "streamlit.sluiten": {
        "nl": "Sluiten",
        "en": "Dismiss",
    },
    "streamlit.lager": {
        "nl": "Lager",
        "en": "Decrement",
    },
    "streamlit.hoger": {
        "nl": "Hoger",
        "en": "Increment",
    },
    "streamlit.kop_link": {
        "nl": "Link naar deze kop",
        "en": "Link to heading",
    },
    "streamlit.uitleg_bij": {
        "nl": "Uitleg bij {label}",
        "en": "Help for {label}",
    },
    "streamlit.rij_toevoegen": {
        "nl": "Rij toevoegen",
        "en": "Add row",
    },
    "streamlit.rijen_verwijderen": {
        "nl": "Rijen verwijderen",
        "en": "Delete row(s)",
    },
    "streamlit.kolommen": {
        "nl": "Kolommen tonen of verbergen",
        "en": "Show/hide columns",
    },
    "streamlit.csv": {
        "nl": "Downloaden als CSV",
        "en": "Download as CSV",
    },
    "streamlit.zoeken": {
        "nl": "Zoeken",
        "en": "Search",
    },
    "streamlit.volledig": {
        "nl": "Volledig scherm",
        "en": "Fullscreen",
    },
    "streamlit.volledig_uit": {
        "nl": "Volledig scherm sluiten",
        "en": "Close fullscreen",
    },
    "streamlit.selectie_wissen": {
        "nl": "Selectie opheffen",
        "en": "Clear selection",
    },
    "streamlit.gegevens": {
        "nl": "Gegevens tonen",
        "en": "Show data",
    },
    "streamlit.vega_kopie": {
        "nl": "Vega-Lite-specificatie kopiëren",
        "en": "Copy Vega-Lite spec",
    },
    "streamlit.cel_invullen": {
        "nl": "⚠️ Vul deze cel in.",
        "en": "⚠️ Please fill out this cell.",
    },
    "streamlit.oplopend": {
        "nl": "Oplopend sorteren",
        "en": "Sort ascending",
    },
    "streamlit.aflopend": {
        "nl": "Aflopend sorteren",
        "en": "Sort descending",
    },
    "streamlit.opmaak": {
        "nl": "Opmaak",
        "en": "Format",
    },
    "streamlit.passend": {
        "nl": "Passende breedte",
        "en": "Autosize",
    },
    "streamlit.vastzetten": {
        "nl": "Kolom vastzetten",
        "en": "Pin column",
    },
    "streamlit.losmaken": {
        "nl": "Kolom losmaken",
        "en": "Unpin column",
    },
    "streamlit.verbergen": {
        "nl": "Kolom verbergen",
        "en": "Hide column",
    },
    "streamlit.select": {
        "nl": "Kies…",
        "en": "Select...",
    },
    "streamlit.geen_opties_kort": {
        "nl": "Niets te kiezen",
        "en": "No options",
    },
    "streamlit.cel_uitleg": {
        "nl": "Kies met pijl omhoog en omlaag; Enter kiest, Escape sluit de lijst, Tab kiest en sluit.",
        "en": "Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu, press Tab to select the option and exit the menu.",
    },
    "streamlit.cel_gekozen": {
        "nl": "{optie} gekozen.",
        "en": "option {optie}, selected.",
    },
    "streamlit.cel_resultaat": {
        "nl": "1 keuze.",
        "en": "1 result available.",
    },
    "streamlit.cel_resultaten": {
        "nl": "{aantal} keuzes.",
        "en": "{aantal} results available.",
    },
    "streamlit.cel_resultaten_zoek": {
        "nl": "{aantal} keuzes voor ‘{zoek}’.",
        "en": "{aantal} results available for search term {zoek}.",
    },
    "streamlit.icoon": {
        "nl": "{naam}",
        "en": "{naam} icon",
    },
    "streamlit.stoppen": {
        "nl": "Stoppen",
        "en": "Stop",
    },
    "streamlit.bezig": {
        "nl": "Bezig…",
        "en": "Running...",
    },
    "streamlit.download_mislukt": {
        "nl": "Het bestand kon niet gemaakt worden",
        "en": "Failed to generate file for download",
    },
}
