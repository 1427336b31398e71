"""Teksten: file formats and the CLI, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "bestanden.sjabloon.uitleg": {
        "nl": "Systeemkaart: leeg sjabloon\nVul de bladen Kaart, Partners, Stromen, Afhankelijkheden en Belangen in en open het bestand in Systeemkaart (pagina Bestanden).\nKaart: de titel, de gedeelde opgave en een toelichting (kolom waarde).\nPartners: één rij per partner. naam is verplicht; id (de laatste kolom) mag leeg blijven (dan is de naam de id). type: organisatie, team of persoon. invloed: 0 tot en met 5.\nStromen: wat van een partner (of de opgave) naar een partner (of de opgave) gaat. van en naar: kies een partner of opgave. soort: kies of typ een eigen woord. waarde: 1 (klein) tot en met 5 (essentieel). tastbaar: ja of nee (leeg: volgt uit de soort).\nAfhankelijkheden: partner is afhankelijk van afhankelijk_van, waarvoor, sterkte 1 tot en met 5.\nBelangen: partner, omschrijving, soort (organisatie of persoonlijk), houding (steunt, neutraal of schuurt).\nLaat de kolomnamen in rij 1 staan en hernoem de bladen niet. Lege rijen worden overgeslagen. Getallen mogen met een komma (3,0).\nDe gewichten zijn jouw inschatting, geen objectieve maat.",
        "en": "Systeemkaart: empty template\nFill in the sheets Kaart, Partners, Stromen, Afhankelijkheden and Belangen and open the file in Systeemkaart (page Files). Keep the Dutch sheet and column names.\nKaart: the title (titel), the shared task (opgave) and an explanation (toelichting), in column waarde.\nPartners: one row per partner. naam (name) is required; id (the last column) may stay empty (the name is then the id). type: organisatie, team or persoon. invloed (influence): 0 to 5.\nStromen (streams): what goes from a partner (or the opgave) to a partner (or the opgave). van (from) and naar (to): pick a partner or opgave. soort (kind): pick or type your own word. waarde (weight): 1 (small) to 5 (essential). tastbaar (tangible): ja or nee.\nAfhankelijkheden (dependencies): partner depends on afhankelijk_van, waarvoor (for what), sterkte (strength) 1 to 5.\nBelangen (interests): partner, omschrijving (description), soort (organisatie or persoonlijk), houding (steunt, neutraal or schuurt).\nKeep the column names in row 1. Empty rows are skipped. Numbers may use a comma (3,0).\nThe weights are your perception, not an objective measure.",
    },
    "bestanden.sjabloon.ander_woord": {
        "nl": "Dit woord staat niet in de lijst; het mag wel.",
        "en": "This word is not in the list; that is allowed.",
    },
    "bestanden.sjabloon.heel": {
        "nl": "Vul een geheel getal van {laag} tot en met {hoog} in.",
        "en": "Enter a whole number from {laag} to {hoog}.",
    },
    "bestanden.sjabloon.fout_titel": {
        "nl": "Ongeldige waarde",
        "en": "Invalid value",
    },
    "bestanden.sjabloon.scenarios": {
        "nl": "Scenarios (niet in dit sjabloon; een export van Systeemkaart schrijft het blad): één rij per interventie met scenario (de naam), stap (1, 2, ...: de volgorde), aan (ja of nee), zet (ambitie, bijdrage, compenseren, derde, kostenverdeling of vertrek) en de velden van de zet elk in een eigen kolom, partners bij naam (partners en gewichten: één per regel, zoals Gemeente: 3). De stromen van een derde partij staan eronder, elk op een eigen rij zonder zet. Een rij met alleen een naam is een scenario zonder interventies. Kolom uitleg is alleen om te lezen.",
        "en": "Scenarios (not in this template; an export from Systeemkaart writes the sheet): one row per intervention with scenario (the name), stap (step 1, 2, ...: the order), aan (on: ja or nee), zet (the move: ambitie, bijdrage, compenseren, derde, kostenverdeling or vertrek) and the move's fields each in a column of its own, partners by name (partners and gewichten: one per line, such as Gemeente: 3). The streams of a third party follow it, each on a row of its own without a zet. A row with only a name is a scenario without interventions. Column uitleg is only to read.",
    },
    "bestanden.sjabloon.pijlers": {
        "nl": "Pijlers (mag leeg blijven): de pijlerscan, één rij per beoordelaar en pijler. beoordelaar: de naam van wie scoort. pijler: mindset, speelruimte, vertrouwen, dialoog, structuur, transparantie, kennis of doelstelling. score: 1 (zwak) tot en met 5 (sterk); leeg is niet gescoord. notitie: vrije tekst. Een export van Systeemkaart zet er kolom pijlernaam bij; die is alleen om te lezen.",
        "en": "Pijlers (pillars; may stay empty): the pillar scan, one row per rater and pillar. beoordelaar (rater): the name of who scores. pijler (pillar): mindset, speelruimte, vertrouwen, dialoog, structuur, transparantie, kennis or doelstelling. score: 1 (weak) to 5 (strong); empty is not scored. notitie (note): free text. An export from Systeemkaart adds column pijlernaam (the pillar's name); it is only to read.",
    },
    "cli.partner": {
        "nl": "Partner",
        "en": "Partner",
    },
    "cli.brengen": {
        "nl": "Brengt",
        "en": "Brings",
    },
    "cli.halen": {
        "nl": "Haalt",
        "en": "Takes",
    },
    "cli.balans": {
        "nl": "Balans",
        "en": "Balance",
    },
    "cli.klasse": {
        "nl": "Klasse",
        "en": "Class",
    },
    "cli.drempel": {
        "nl": "Drempel",
        "en": "Threshold",
    },
    "cli.signalen": {
        "nl": "Signalen",
        "en": "Signals",
    },
    "cli.geen_signalen": {
        "nl": "Geen signalen.",
        "en": "No signals.",
    },
    "cli.geschreven": {
        "nl": "Geschreven: {pad}",
        "en": "Written: {pad}",
    },
    "cli.sla_over": {
        "nl": "Gebruik {vlag} om deze rijen over te slaan en de rest te lezen.",
        "en": "Use {vlag} to leave these rows out and read the rest.",
    },
    "cli.fout": {"nl": "Fout: {fout}", "en": "Error: {fout}"},
    "cli.let_op": {"nl": "Let op: {notitie}", "en": "Note: {notitie}"},
    "cli.overgeslagen": {"nl": "Overgeslagen: {rij}", "en": "Left out: {rij}"},
    "cli.onverwacht": {
        "nl": "Onverwachte fout ({soort}): {fout}",
        "en": "Unexpected error ({soort}): {fout}",
    },
}
