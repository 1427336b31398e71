"""Teksten: the problems of a kaart (validation, edit tables, spreadsheets), in Dutch and
English side by side.  A key is a :class:`systeem.model.problemen.Probleem`'s ``code``.

A problem's text is always filled in with ``str.format``, so a literal brace is written
twice (``{{ ... }}``)."""

TEKSTEN: dict[str, dict[str, str]] = {
    # How a problem is written.
    "probleem.vrije_tekst": {"nl": "{tekst}", "en": "{tekst}"},
    "probleem.kop.een": {
        "nl": "De kaart klopt niet ({n} probleem):",
        "en": "The map is not right ({n} problem):",
    },
    "probleem.kop.meer": {
        "nl": "De kaart klopt niet ({n} problemen):",
        "en": "The map is not right ({n} problems):",
    },
    "probleem.plek.rij": {"nl": "{tabel}, rij {rij}", "en": "{tabel}, row {rij}"},
    "probleem.plek.veld": {"nl": ", veld {veld}", "en": ", field {veld}"},
    "probleem.tabel.partners": {"nl": "partners", "en": "partners"},
    "probleem.tabel.stromen": {"nl": "stromen", "en": "flows"},
    "probleem.tabel.afhankelijkheden": {"nl": "afhankelijkheden", "en": "dependencies"},
    "probleem.tabel.belangen": {"nl": "belangen", "en": "interests"},
    "probleem.tabel.pijlers": {"nl": "pijlers", "en": "pillars"},
    "probleem.tabel.scenarios": {"nl": "scenarios", "en": "scenarios"},
    # A wrong value without a short literal, inside a message.
    "probleem.waarde.lijst": {"nl": "een lijst", "en": "a list"},
    "probleem.waarde.object": {"nl": "een object", "en": "an object"},
    "probleem.waarde.true": {"nl": "true", "en": "true"},
    "probleem.waarde.false": {"nl": "false", "en": "false"},
    "probleem.of": {"nl": "{begin} of {eind}", "en": "{begin} or {eind}"},
    # Validation (systeem.model.validatie): the file as a whole.
    "probleem.geen_object": {
        "nl": "een kaart moet een JSON-object zijn ({{ ... }})",
        "en": "a map must be a JSON object ({{ ... }})",
    },
    "probleem.te_diep": {
        "nl": "de kaart is te diep genest",
        "en": "the map is nested too deeply",
    },
    "probleem.pas_versie_2": {
        "nl": "bestaat pas vanaf formaatversie 2; zet versie op 2",
        "en": "exists only from format version 2 on; set versie to 2",
    },
    "probleem.versie_nieuwer": {
        "nl": "dit bestand heeft formaatversie {versie}; dit programma kent versie {bekend} en ouder. Werk Systeemkaart bij om het te openen.",
        "en": "this file has format version {versie}; this program knows version {bekend} and older. Update Systeemkaart to open it.",
    },
    "probleem.formaat": {
        "nl": 'moet "{formaat}" zijn, niet {invoer}: dit is geen Systeemkaart-bestand',
        "en": 'must be "{formaat}", not {invoer}: this is not a Systeemkaart file',
    },
    "probleem.versie_onbekend": {
        "nl": "onbekende formaatversie {invoer}; bekend is versie 1 tot en met {versie}",
        "en": "unknown format version {invoer}; known are versions 1 to {versie}",
    },
    # Validation: structure and types.
    "probleem.ontbreekt": {"nl": "ontbreekt", "en": "is missing"},
    "probleem.onbekend_veld": {"nl": "onbekend veld", "en": "unknown field"},
    "probleem.tekst_type": {
        "nl": "moet tekst zijn, niet {invoer}",
        "en": "must be text, not {invoer}",
    },
    "probleem.leeg": {"nl": "mag niet leeg zijn", "en": "may not be empty"},
    "probleem.geheel": {
        "nl": "moet een geheel getal zijn, niet {invoer}",
        "en": "must be a whole number, not {invoer}",
    },
    "probleem.geheel_bereik": {
        "nl": "moet een geheel getal van {laag} tot en met {hoog} zijn, niet {invoer}",
        "en": "must be a whole number from {laag} to {hoog}, not {invoer}",
    },
    "probleem.waar_onwaar": {
        "nl": "moet true of false zijn, niet {invoer}",
        "en": "must be true or false, not {invoer}",
    },
    "probleem.lijst_type": {
        "nl": "moet een lijst zijn ([ ... ]), niet {invoer}",
        "en": "must be a list ([ ... ]), not {invoer}",
    },
    "probleem.object_type": {
        "nl": "moet een object zijn ({{ ... }}), niet {invoer}",
        "en": "must be an object ({{ ... }}), not {invoer}",
    },
    "probleem.een_van": {
        "nl": "moet een van {opties} zijn, niet {invoer}",
        "en": "must be one of {opties}, not {invoer}",
    },
    "probleem.getal": {
        "nl": "moet een getal zijn, niet {invoer}",
        "en": "must be a number, not {invoer}",
    },
    "probleem.eindig_getal": {
        "nl": "moet een eindig getal zijn, niet {invoer}",
        "en": "must be a finite number, not {invoer}",
    },
    "probleem.minstens": {
        "nl": "minstens {grens}, niet {invoer}",
        "en": "at least {grens}, not {invoer}",
    },
    "probleem.hoogstens": {
        "nl": "hoogstens {grens}, niet {invoer}",
        "en": "at most {grens}, not {invoer}",
    },
    "probleem.te_lang_items": {
        "nl": "te lang: hoogstens {max} items",
        "en": "too long: at most {max} items",
    },
    "probleem.te_kort_items": {
        "nl": "te kort: minstens {min} items",
        "en": "too short: at least {min} items",
    },
    "probleem.te_lang_tekens": {
        "nl": "te lang: hoogstens {max} tekens",
        "en": "too long: at most {max} characters",
    },
    "probleem.positie_paar": {
        "nl": "moet precies twee getallen [x, y] zijn",
        "en": "must be exactly two numbers [x, y]",
    },
    "probleem.extra_te_veel": {
        "nl": "te veel extra velden: hoogstens {max}",
        "en": "too many extra fields: at most {max}",
    },
    "probleem.extra.eindig": {
        "nl": "moet een eindig getal zijn",
        "en": "must be a finite number",
    },
    "probleem.extra.soort": {
        "nl": "moet tekst, een getal of true/false zijn",
        "en": "must be text, a number or true/false",
    },
    "probleem.extra_sleutel": {"nl": "sleutel {sleutel}: {fout}", "en": "key {sleutel}: {fout}"},
    "probleem.zet_onbekend": {
        "nl": "onbekende zet {invoer}; kies uit {opties}",
        "en": "unknown move {invoer}; choose from {opties}",
    },
    "probleem.zet_ontbreekt": {
        "nl": "zet ontbreekt (welke interventie is dit?)",
        "en": "zet is missing (which intervention is this?)",
    },
    "probleem.ongeldig": {
        "nl": "ongeldige waarde, niet {invoer}",
        "en": "invalid value, not {invoer}",
    },
    # Validation: ids and references.
    "probleem.dubbele_id": {
        "nl": 'dubbele id "{partner}" (al gebruikt bij {eerste})',
        "en": 'duplicate id "{partner}" (already used at {eerste})',
    },
    "probleem.gereserveerd": {
        "nl": '"{opgave}" is gereserveerd voor de gedeelde opgave',
        "en": '"{opgave}" is reserved for the shared task',
    },
    "probleem.opgave_hier": {
        "nl": "de gedeelde opgave kan hier niet staan; kies een partner",
        "en": "the shared task cannot be here; choose a partner",
    },
    "probleem.onbekende_knoop": {
        "nl": 'onbekende partner "{partner}" (geen partner-id en niet "{opgave}")',
        "en": 'unknown partner "{partner}" (no partner id and not "{opgave}")',
    },
    "probleem.onbekende_partner": {
        "nl": 'onbekende partner "{partner}"',
        "en": 'unknown partner "{partner}"',
    },
    "probleem.zelfde_eind": {
        "nl": '{links} en {rechts} zijn hetzelfde ("{partner}"); kies twee verschillende',
        "en": '{links} and {rechts} are the same ("{partner}"); choose two different ones',
    },
    # Validation: scenarios and pijlers.
    "probleem.dubbele_scenario": {
        "nl": 'dubbele naam "{naam}" (al gebruikt bij {eerste})',
        "en": 'duplicate name "{naam}" (already used at {eerste})',
    },
    "probleem.factor_of_punten": {
        "nl": "geef precies een van factor en punten",
        "en": "give exactly one of factor and punten",
    },
    "probleem.niet_nul": {"nl": "mag niet 0 zijn", "en": "may not be 0"},
    "probleem.al_gescoord": {
        "nl": '{beoordelaar} heeft pijler "{pijler}" al gescoord',
        "en": '{beoordelaar} has already scored pillar "{pijler}"',
    },
    # The edit tables (systeem.bestanden.tabellen).
    "probleem.nog_leeg": {"nl": "is nog leeg; vul dit in", "en": "is still empty; fill it in"},
    "probleem.naam_bestaat": {
        "nl": '"{naam}" staat al in rij {rij}; geef elke partner een eigen naam',
        "en": '"{naam}" is already in row {rij}; give each partner a name of its own',
    },
    "probleem.nog_gebruikt": {
        "nl": "{naam} wordt nog gebruikt in {gebruik}. Verwijder die eerst, of verwijder ze met de partner mee.",
        "en": "{naam} is still used in {gebruik}. Delete those first, or delete them along with the partner.",
    },
    "probleem.aantal.partners.een": {"nl": "{n} partner", "en": "{n} partner"},
    "probleem.aantal.partners.meer": {"nl": "{n} partners", "en": "{n} partners"},
    "probleem.aantal.stromen.een": {"nl": "{n} stroom", "en": "{n} flow"},
    "probleem.aantal.stromen.meer": {"nl": "{n} stromen", "en": "{n} flows"},
    "probleem.aantal.afhankelijkheden.een": {"nl": "{n} afhankelijkheid", "en": "{n} dependency"},
    "probleem.aantal.afhankelijkheden.meer": {
        "nl": "{n} afhankelijkheden",
        "en": "{n} dependencies",
    },
    "probleem.aantal.belangen.een": {"nl": "{n} belang", "en": "{n} interest"},
    "probleem.aantal.belangen.meer": {"nl": "{n} belangen", "en": "{n} interests"},
    # The spreadsheet layout (systeem.bestanden.bladen): where a problem is.
    "probleem.blad.naam": {"nl": "blad {blad}", "en": "sheet {blad}"},
    "probleem.blad.in_blad": {"nl": "{waar}: {fout}", "en": "{waar}: {fout}"},
    "probleem.blad.rij": {"nl": "{waar}, rij {rij}: {fout}", "en": "{waar}, row {rij}: {fout}"},
    "probleem.blad.cel": {
        "nl": "{waar}, rij {rij}, kolom {kolom}: {fout}",
        "en": "{waar}, row {rij}, column {kolom}: {fout}",
    },
    "probleem.blad.veld": {"nl": "{veld}: {fout}", "en": "{veld}: {fout}"},
    "probleem.blad.kaart_veld": {"nl": "{veld} {fout}", "en": "{veld} {fout}"},
    "probleem.blad.rijnummer": {"nl": "rij {rij}", "en": "row {rij}"},
    # The spreadsheet layout: the bladen and their columns.
    "probleem.blad.ontbreekt": {
        "nl": "{waar} ontbreekt (kolommen: {kolommen})",
        "en": "{waar} is missing (columns: {kolommen})",
    },
    "probleem.blad.onbekend": {
        "nl": 'onbekend blad "{naam}" met gegevens; bekende bladen: {bladen}. Geef het blad een van deze namen, of verwijder het.',
        "en": 'unknown sheet "{naam}" with data; known sheets: {bladen}. Give the sheet one of these names, or delete it.',
    },
    "probleem.blad.twee_keer": {
        "nl": "{waar} staat er twee keer in",
        "en": "{waar} is in it twice",
    },
    "probleem.blad.kolom_twee_keer": {
        "nl": 'kolom "{kolom}" staat er twee keer',
        "en": 'column "{kolom}" is there twice',
    },
    "probleem.blad.kolom_zonder_naam": {
        "nl": "kolom {nummer} heeft gegevens maar geen naam",
        "en": "column {nummer} has data but no name",
    },
    "probleem.blad.kolom_onbekend": {
        "nl": 'onbekende kolom "{kolom}"; bekende kolommen: {kolommen}',
        "en": 'unknown column "{kolom}"; known columns: {kolommen}',
    },
    "probleem.blad.kolom_ontbreekt": {
        "nl": 'kolom "{kolom}" ontbreekt',
        "en": 'column "{kolom}" is missing',
    },
    # The spreadsheet layout: cells.
    "probleem.blad.leeg": {"nl": "is leeg; vul dit in", "en": "is empty; fill it in"},
    "probleem.blad.ja_nee": {
        "nl": "moet ja of nee zijn, niet {invoer}",
        "en": "must be yes or no, not {invoer}",
    },
    "probleem.blad.waar": {"nl": "WAAR", "en": "TRUE"},
    "probleem.blad.onwaar": {"nl": "ONWAAR", "en": "FALSE"},
    "probleem.blad.datum": {
        "nl": "{fout} (de spreadsheet heeft er een datum van gemaakt)",
        "en": "{fout} (the spreadsheet made it a date)",
    },
    "probleem.blad.veld_onbekend": {
        "nl": 'onbekend veld "{veld}"; bekend zijn {velden}',
        "en": 'unknown field "{veld}"; known are {velden}',
    },
    "probleem.blad.dubbel": {
        "nl": '"{waarde}" staat er twee keer',
        "en": '"{waarde}" is there twice',
    },
    # The spreadsheet layout: the Scenarios blad.
    "probleem.blad.scenario_leeg": {
        "nl": "is leeg; vul de naam van het scenario in",
        "en": "is empty; fill in the scenario's name",
    },
    "probleem.blad.zet_leeg_json": {
        "nl": "is leeg; vul de zet in of maak instellingen leeg",
        "en": "is empty; fill in the move or empty instellingen",
    },
    "probleem.blad.zet_leeg": {
        "nl": "is leeg; vul de zet in, of maak de andere cellen van deze rij leeg",
        "en": "is empty; fill in the move, or empty the other cells of this row",
    },
    "probleem.blad.niet_bij_zet": {
        "nl": "hoort niet bij zet {zet}; maak de cel leeg",
        "en": "does not belong to move {zet}; empty the cell",
    },
    "probleem.blad.stroom_zonder_derde": {
        "nl": "is leeg; een rij met alleen van, naar, soort, waarde en omschrijving is een stroom van een derde partij en hoort bij een rij met zet derde (zelfde scenario en stap)",
        "en": "is empty; a row with only van, naar, soort, waarde and omschrijving is a flow of a third party and belongs with a row with move derde (same scenario and step)",
    },
    "probleem.blad.ook_in_kolom": {
        "nl": '"{veld}" staat ook in kolom {veld}; vul het op één plek in',
        "en": '"{veld}" is also in column {veld}; fill it in in one place',
    },
    "probleem.blad.stromen_dubbel": {
        "nl": '"stromen" staan ook als rijen onder deze derde partij; geef ze op één plek',
        "en": '"stromen" are also rows under this third party; give them in one place',
    },
    "probleem.blad.stap_leeg": {
        "nl": "is leeg; vul het nummer van de stap in",
        "en": "is empty; fill in the number of the step",
    },
    "probleem.blad.stap_dubbel": {
        "nl": "stap {stap} staat al in rij {rij}",
        "en": "step {stap} is already in row {rij}",
    },
    "probleem.blad.gewicht_regel": {
        "nl": 'regel "{regel}": schrijf naam: gewicht, zoals "Gemeente: 3"',
        "en": 'line "{regel}": write name: weight, such as "Gemeente: 3"',
    },
    "probleem.blad.gewicht_dubbel": {
        "nl": "noemt een partner twee keer",
        "en": "names a partner twice",
    },
    "probleem.blad.derde_stroom": {
        "nl": 'een stroom van derde partij "{naam}" gaat van of naar die partij; zet haar naam in van of naar',
        "en": 'a flow of third party "{naam}" goes from or to that party; put its name in van or naar',
    },
    # The spreadsheet layout: an instellingen cell (JSON).
    "probleem.blad.json_teken": {
        "nl": "geen geldige JSON (teken {teken}: {reden})",
        "en": "not valid JSON (character {teken}: {reden})",
    },
    "probleem.blad.json": {"nl": "geen geldige JSON ({reden})", "en": "not valid JSON ({reden})"},
    "probleem.blad.json_constante": {
        "nl": "{naam} is geen geldige JSON-waarde",
        "en": "{naam} is not a valid JSON value",
    },
    "probleem.blad.json_object": {
        "nl": 'moet een JSON-object zijn, zoals {{"partner": "gemeente", "punten": 3}}',
        "en": 'must be a JSON object, such as {{"partner": "gemeente", "punten": 3}}',
    },
    "probleem.blad.json_kolom": {
        "nl": '"{veld}" hoort in kolom {veld}, niet in instellingen',
        "en": '"{veld}" belongs in column {veld}, not in instellingen',
    },
    "probleem.blad.json.waarde": {"nl": "er ontbreekt een waarde", "en": "a value is missing"},
    "probleem.blad.json.veldnaam": {
        "nl": "een veldnaam moet tussen dubbele aanhalingstekens staan",
        "en": "a field name must be in double quotes",
    },
    "probleem.blad.json.komma": {"nl": "er ontbreekt een komma", "en": "a comma is missing"},
    "probleem.blad.json.dubbele_punt": {
        "nl": "er ontbreekt een dubbele punt",
        "en": "a colon is missing",
    },
    "probleem.blad.json.na_einde": {
        "nl": "er staat nog tekst na het einde",
        "en": "there is more text after the end",
    },
    "probleem.blad.json.niet_afgesloten": {
        "nl": "een tekst is niet afgesloten met een aanhalingsteken",
        "en": "a text is not closed with a quotation mark",
    },
    "probleem.blad.json.teken": {
        "nl": "ongeldig teken in een tekst",
        "en": "invalid character in a text",
    },
    # The pillar scores as a table edits them (systeem.analyses.pijlers).
    "probleem.pijler.lege_naam": {
        "nl": "is nog leeg; vul de naam van de beoordelaar in",
        "en": "is still empty; fill in the rater's name",
    },
    "probleem.pijler.leeg": {
        "nl": "is nog leeg; kies een van de acht pijlers",
        "en": "is still empty; choose one of the eight pillars",
    },
    "probleem.pijler.onbekend": {
        "nl": 'onbekende pijler "{pijler}"; kies uit {opties}',
        "en": 'unknown pillar "{pijler}"; choose from {opties}',
    },
    "probleem.pijler.score": {
        "nl": "moet een geheel getal van {laag} tot en met {hoog} zijn (of leeg: niet gescoord), niet {invoer}",
        "en": "must be a whole number from {laag} to {hoog} (or empty: not scored), not {invoer}",
    },
    "probleem.pijler.dubbel": {
        "nl": '"{beoordelaar}" heeft pijler "{pijler}" al op rij {rij} ({eerste}); één rij per beoordelaar en pijler',
        "en": '"{beoordelaar}" already has pillar "{pijler}" on row {rij} ({eerste}); one row per rater and pillar',
    },
    "probleem.pijler.onbekende_beoordelaar": {
        "nl": 'onbekende beoordelaar "{naam}"',
        "en": 'unknown rater "{naam}"',
    },
    "probleem.pijler.naam_bezet": {
        "nl": 'er is al een beoordelaar "{naam}"; kies een andere naam',
        "en": 'there is already a rater "{naam}"; choose another name',
    },
}
