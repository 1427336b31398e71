"""Teksten: the Pijlers page, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "pijlers.titel": {
        "nl": "Pijlers",
        "en": "Pillars",
    },
    "pijlers.uitleg": {
        "nl": "De pijlerscan: hoe staat de samenwerking ervoor op de acht pijlers van ketensamenwerking? Een of meer beoordelaars geven elke pijler een score van 1 (zwak) tot 5 (sterk), met een notitie als ze willen; een pijler overslaan mag.",
        "en": "The pillar scan: where does the collaboration stand on the eight pillars of chain collaboration? One or more raters give each pillar a score from 1 (weak) to 5 (strong), with a note if they like; skipping a pillar is fine.",
    },
    "pijlers.inschatting": {
        "nl": "Een score is het beeld van wie hem geeft, geen meting. Juist waar de beelden uiteenlopen, valt het meest te bespreken.",
        "en": "A score is the view of whoever gives it, not a measurement. Where the views differ is where there is most to talk about.",
    },
    "pijlers.leeg": {
        "nl": "Nog niemand heeft de pijlers gescoord. Voeg de eerste beoordelaar toe om te beginnen.",
        "en": "Nobody has scored the pillars yet. Add the first rater to begin.",
    },
    "pijlers.beoordelaar": {
        "nl": "Beoordelaar",
        "en": "Rater",
    },
    "pijlers.naam": {
        "nl": "Naam",
        "en": "Name",
    },
    "pijlers.naam.eerste": {
        "nl": "Naam van de eerste beoordelaar",
        "en": "Name of the first rater",
    },
    "pijlers.naam.placeholder": {
        "nl": "bijvoorbeeld Anna, of Gemeente",
        "en": "for example Anna, or Municipality",
    },
    "pijlers.toevoegen": {
        "nl": "Toevoegen",
        "en": "Add",
    },
    "pijlers.hernoem": {
        "nl": "Hernoemen",
        "en": "Rename",
    },
    "pijlers.hernoem_hulp": {
        "nl": "Geef de gekozen beoordelaar de naam die in het naamveld staat.",
        "en": "Give the chosen rater the name in the name field.",
    },
    "pijlers.weg_hulp": {
        "nl": "Verwijder de gekozen beoordelaar met al zijn scores (ongedaan maken kan).",
        "en": "Remove the chosen rater with all their scores (you can undo this).",
    },
    "pijlers.toegevoegd": {
        "nl": "Beoordelaar {naam} toegevoegd.",
        "en": "Rater {naam} added.",
    },
    "pijlers.hernoemd": {
        "nl": "{oud} heet nu {naam}.",
        "en": "{oud} is now called {naam}.",
    },
    "pijlers.verwijderd": {
        "nl": "Beoordelaar {naam} en zijn scores zijn verwijderd.",
        "en": "Rater {naam} and their scores were removed.",
    },
    "pijlers.fout.naam_leeg": {
        "nl": "Vul eerst een naam in voor de beoordelaar.",
        "en": "Fill in a name for the rater first.",
    },
    "pijlers.fout.naam_bestaat": {
        "nl": "Er is al een beoordelaar met de naam {naam}; kies een andere naam.",
        "en": "There already is a rater named {naam}; choose another name.",
    },
    "pijlers.fout.kop": {
        "nl": "Dit is niet opgeslagen:",
        "en": "This was not saved:",
    },
    "pijlers.scoren.kop": {
        "nl": "Scores van {naam}",
        "en": "Scores of {naam}",
    },
    "pijlers.scoren.uitleg": {
        "nl": "{aantal} van de {totaal} pijlers gescoord. 1 = zwak, 5 = sterk; klik nog eens op de gekozen score om hem te wissen.",
        "en": "{aantal} of the {totaal} pillars scored. 1 = weak, 5 = strong; click the chosen score again to clear it.",
    },
    "pijlers.score_hulp": {
        "nl": "1 = zwak, 5 = sterk. Klik nog eens op de gekozen score om hem te wissen (niet gescoord).",
        "en": "1 = weak, 5 = strong. Click the chosen score again to clear it (not scored).",
    },
    "pijlers.notitie": {
        "nl": "Notitie",
        "en": "Note",
    },
    "pijlers.niet_gescoord": {
        "nl": "niet gescoord",
        "en": "not scored",
    },
    "pijlers.notitie_leeg": {
        "nl": "Notitie (optioneel)",
        "en": "Note (optional)",
    },
    "pijlers.gemiddeld": {
        "nl": "Gemiddelde",
        "en": "Average",
    },
    "pijlers.geen_scores": {
        "nl": "Nog geen scores. Kies links een score van 1 tot 5 bij een pijler; de grafieken verschijnen dan hier.",
        "en": "No scores yet. Pick a score from 1 to 5 for a pillar on the left; the charts appear here.",
    },
    "pijlers.radar.kop": {
        "nl": "De acht pijlers",
        "en": "The eight pillars",
    },
    "pijlers.radar.uitleg": {
        "nl": "Elke spaak is een pijler, van 1 in het midden tot 5 aan de rand. Een lijn per beoordelaar, de dikke lijn is het gemiddelde; een gat in een lijn is een pijler die niet is gescoord.",
        "en": "Each spoke is a pillar, from 1 in the centre to 5 at the edge. One line per rater, the thick line is the average; a gap in a line is a pillar not scored.",
    },
    "pijlers.zwak.kop": {
        "nl": "Zwakste pijlers",
        "en": "Weakest pillars",
    },
    "pijlers.zwak.uitleg": {
        "nl": "De pijlers met het laagste gemiddelde (bij een gelijke stand staan ze er allemaal).",
        "en": "The pillars with the lowest average (all of them on a tie).",
    },
    "pijlers.zwak.cijfer": {
        "nl": "gemiddeld {gemiddelde} ({aantal}× gescoord)",
        "en": "average {gemiddelde} (scored {aantal}×)",
    },
    "pijlers.dim.kop": {
        "nl": "Vier dimensies",
        "en": "Four dimensions",
    },
    "pijlers.dim.uitleg": {
        "nl": "Onze eigen weergave van het model: de vier dimensies als kwadranten, elk met zijn spanning, gekleurd naar het gemiddelde van zijn twee pijlers (rood is zwak, groen is sterk, grijs is nog niet gescoord).",
        "en": "Our own rendering of the model: the four dimensions as quadrants, each with its tension, coloured by the average of its two pillars (red is weak, green is strong, grey is not scored yet).",
    },
    "pijlers.dim.cijfer": {
        "nl": "gemiddeld {gemiddelde}",
        "en": "average {gemiddelde}",
    },
    "pijlers.spreiding.kop": {
        "nl": "Spreiding per pijler",
        "en": "Spread per pillar",
    },
    "pijlers.spreiding.uitleg": {
        "nl": "Waar de beelden uiteenlopen, zit het gesprek. De balk loopt van de laagste naar de hoogste score, elke stip is een beoordelaar, het streepje het gemiddelde; de grootste verschillen staan bovenaan.",
        "en": "Where the views differ, that is where the conversation is. The bar runs from the lowest to the highest score, each dot is a rater, the tick the average; the largest differences come first.",
    },
    "pijlers.spreiding.verschil": {
        "nl": "verschil {verschil}",
        "en": "difference {verschil}",
    },
    "pijlers.spreiding.een": {
        "nl": "Met één beoordelaar is er nog geen spreiding: voeg een tweede toe.",
        "en": "With one rater there is no spread yet: add a second.",
    },
    "pijlers.spreiding.gesprek": {
        "nl": "Het verst uiteen: {pijlers}.",
        "en": "Furthest apart: {pijlers}.",
    },
    "pijlers.spreiding.van_tot": {
        "nl": "{naam} (van {laagste} tot {hoogste})",
        "en": "{naam} (from {laagste} to {hoogste})",
    },
    "pijlers.spreiding.eens": {
        "nl": "De beoordelaars geven elke pijler dezelfde score.",
        "en": "The raters give every pillar the same score.",
    },
    "pijlers.kolom.beoordelaar": {
        "nl": "Beoordelaar",
        "en": "Rater",
    },
    "pijlers.kolom.pijler": {
        "nl": "Pijler",
        "en": "Pillar",
    },
    "pijlers.kolom.score": {
        "nl": "Score",
        "en": "Score",
    },
    "pijlers.kolom.dimensie": {
        "nl": "Dimensie",
        "en": "Dimension",
    },
    "pijlers.kolom.spanning": {
        "nl": "Spanning",
        "en": "Tension",
    },
    "pijlers.kolom.gemiddelde": {
        "nl": "Gemiddelde",
        "en": "Average",
    },
    "pijlers.kolom.laagste": {
        "nl": "Laagste",
        "en": "Lowest",
    },
    "pijlers.kolom.hoogste": {
        "nl": "Hoogste",
        "en": "Highest",
    },
    "pijlers.kolom.spreiding": {
        "nl": "Spreiding",
        "en": "Spread",
    },
    "pijlers.kolom.aantal": {
        "nl": "Aantal scores",
        "en": "Number of scores",
    },
    "pijlers.tabel.kop": {
        "nl": "Alle scores als tabel",
        "en": "All scores as a table",
    },
    "pijlers.tabel.uitleg": {
        "nl": "Handig om de scores van een flap over te nemen: één rij per beoordelaar en pijler. Een lege score is niet gescoord; een rij zonder score en notitie verdwijnt.",
        "en": "Handy for copying the scores from a flip chart: one row per rater and pillar. An empty score is not scored; a row without score and note disappears.",
    },
    "pijlers.tabel.bewaard": {
        "nl": "Scores bijgewerkt.",
        "en": "Scores updated.",
    },
}
