"""Teksten: what reading and writing kaart files says (refusals, notes on a Kumu import, rows
left out), in Dutch and English side by side.  A key is the ``code`` of a
:class:`systeem.model.problemen.Probleem` or :class:`~systeem.model.problemen.Zin` made in
:mod:`systeem.bestanden` (see :mod:`systeem.bestanden.meldingen`)."""

TEKSTEN: dict[str, dict[str, str]] = {
    # Lists and numbers inside a message (systeem.bestanden.meldingen).
    "invoer.lijst.en": {"nl": "{begin} en {eind}", "en": "{begin} and {eind}"},
    "invoer.lijst.of": {"nl": "{begin} of {eind}", "en": "{begin} or {eind}"},
    "invoer.lijst.komma": {"nl": "{eerste}, {rest}", "en": "{eerste}, {rest}"},
    "invoer.lijst.puntkomma": {"nl": "{eerste}; {rest}", "en": "{eerste}; {rest}"},
    "invoer.getal.decimaal": {"nl": "{heel},{deel}", "en": "{heel}.{deel}"},
    "invoer.getal.duizend": {"nl": "{voor}.{na}", "en": "{voor},{na}"},
    # A file as a whole (systeem.bestanden).
    "invoer.niet_gevonden": {
        "nl": "bestand niet gevonden: {naam}",
        "en": "file not found: {naam}",
    },
    "invoer.is_map": {
        "nl": "{naam} is een map, geen bestand",
        "en": "{naam} is a folder, not a file",
    },
    "invoer.onleesbaar": {
        "nl": "kan {naam} niet lezen: {reden}",
        "en": "cannot read {naam}: {reden}",
    },
    "invoer.te_groot": {
        "nl": "{naam} is groter dan {mb} MB; zo groot is een kaart niet",
        "en": "{naam} is larger than {mb} MB; no map is that large",
    },
    "invoer.te_diep": {
        "nl": "{naam} is te groot of te diep genest om te lezen",
        "en": "{naam} is too large or too deeply nested to read",
    },
    "invoer.geen_bestand": {
        "nl": "er is geen bestand gekozen",
        "en": "no file was chosen",
    },
    "invoer.een_bestand": {
        "nl": "kies één bestand; alleen Kumu's CSV-bestanden (elementen en verbindingen) kunnen samen, niet {namen}",
        "en": "choose one file; only Kumu's CSV files (elements and connections) can go together, not {namen}",
    },
    "invoer.te_veel_bestanden": {
        "nl": "kies hoogstens {max} bestanden tegelijk",
        "en": "choose at most {max} files at once",
    },
    "invoer.leeg": {
        "nl": "{naam} is leeg (0 bytes)",
        "en": "{naam} is empty (0 bytes)",
    },
    "invoer.extensie": {
        "nl": "kan {naam} niet lezen: kies een bestand met de extensie {extensies}.",
        "en": "cannot read {naam}: choose a file with the extension {extensies}.",
    },
    "invoer.extensie.spreadsheet": {
        "nl": "kan {naam} niet lezen: kies een bestand met de extensie {extensies}. Sla het in je spreadsheetprogramma op als Excel-werkmap (.xlsx).",
        "en": "cannot read {naam}: choose a file with the extension {extensies}. Save it in your spreadsheet program as an Excel workbook (.xlsx).",
    },
    "invoer.onbekend_formaat": {
        "nl": "onbekend formaat {formaat}: kies uit {formaten}",
        "en": "unknown format {formaat}: choose from {formaten}",
    },
    "invoer.schrijf_extensie": {
        "nl": "kan niet schrijven naar {naam}: kies de extensie {extensies}",
        "en": "cannot write to {naam}: choose the extension {extensies}",
    },
    "invoer.niet_gelezen": {
        "nl": '"{deel}" in {naam} is niet gelezen: Kumu leest alleen CSV-bestanden.',
        "en": '"{deel}" in {naam} was not read: Kumu reads only CSV files.',
    },
    "invoer.voorbeeld.onbekend": {
        "nl": 'onbekende voorbeeldkaart "{naam}"',
        "en": 'unknown example map "{naam}"',
    },
    # JSON.
    "invoer.json.ongeldig": {
        "nl": "geen geldige JSON: {reden}",
        "en": "not valid JSON: {reden}",
    },
    "invoer.json.plek": {
        "nl": "regel {regel}, kolom {kolom}: {reden}",
        "en": "line {regel}, column {kolom}: {reden}",
    },
    "invoer.json.geen_utf8": {
        "nl": "het bestand is geen UTF-8-tekst (byte {byte})",
        "en": "the file is not UTF-8 text (byte {byte})",
    },
    "invoer.json.te_diep": {
        "nl": "te diep genest (lijsten of objecten in elkaar)",
        "en": "nested too deeply (lists or objects inside each other)",
    },
    "invoer.json.te_lang_getal": {
        "nl": "een getal van {cijfers} cijfers is te lang",
        "en": "a number of {cijfers} digits is too long",
    },
    "invoer.json.constante": {
        "nl": "{naam} is geen geldige JSON-waarde",
        "en": "{naam} is not a valid JSON value",
    },
    "invoer.json.waarde": {"nl": "er ontbreekt een waarde", "en": "a value is missing"},
    "invoer.json.veldnaam": {
        "nl": "een veldnaam moet tussen dubbele aanhalingstekens staan",
        "en": "a field name must be in double quotes",
    },
    "invoer.json.komma": {"nl": "er ontbreekt een komma", "en": "a comma is missing"},
    "invoer.json.dubbele_punt": {"nl": "er ontbreekt een dubbele punt", "en": "a colon is missing"},
    "invoer.json.extra": {
        "nl": "er staat nog tekst na het einde van de kaart",
        "en": "there is more text after the end of the map",
    },
    "invoer.json.tekst_open": {
        "nl": "een tekst is niet afgesloten met een aanhalingsteken",
        "en": "a text is not closed with a quotation mark",
    },
    "invoer.json.teken": {"nl": "ongeldig teken in een tekst", "en": "invalid character in a text"},
    "invoer.json.escape": {
        "nl": "ongeldige escape (\\) in een tekst",
        "en": "invalid escape (\\) in a text",
    },
    # Zip files and Excel workbooks (systeem.bestanden.excel, csvzip).
    "invoer.soort.zip": {"nl": "zip-bestand", "en": "zip file"},
    "invoer.soort.xlsx": {"nl": "Excel-bestand (.xlsx)", "en": "Excel file (.xlsx)"},
    "invoer.zip.geen": {
        "nl": "{naam} is geen {soort}: het is beschadigd, onvolledig of een ander soort bestand",
        "en": "{naam} is no {soort}: it is damaged, incomplete or another kind of file",
    },
    "invoer.zip.oud_excel": {
        "nl": "{naam} is een oud Excel-bestand (.xls) of beveiligd met een wachtwoord; sla het in Excel op als .xlsx zonder wachtwoord",
        "en": "{naam} is an old Excel file (.xls) or protected with a password; save it in Excel as .xlsx without a password",
    },
    "invoer.zip.te_veel_delen": {
        "nl": "{naam} bevat meer dan {max} onderdelen",
        "en": "{naam} holds more than {max} parts",
    },
    "invoer.zip.bom": {
        "nl": "{naam} pakt uit tot meer dan {mb} MB; dat is geen kaart (mogelijk een zip-bom)",
        "en": "{naam} unpacks to more than {mb} MB; that is no map (possibly a zip bomb)",
    },
    "invoer.zip.versleuteld": {
        "nl": "{naam} is versleuteld; sla het op zonder wachtwoord",
        "en": "{naam} is encrypted; save it without a password",
    },
    "invoer.zip.kapot": {
        "nl": "{naam} is beschadigd of onvolledig; pak het opnieuw in",
        "en": "{naam} is damaged or incomplete; zip it again",
    },
    "invoer.zip.te_veel_bestanden": {
        "nl": "{naam} bevat meer dan {max} bestanden",
        "en": "{naam} holds more than {max} files",
    },
    "invoer.zip.onbekend_bestand": {
        "nl": 'onbekend bestand "{deel}" in {naam}; verwacht: {verwacht}',
        "en": 'unknown file "{deel}" in {naam}; expected: {verwacht}',
    },
    "invoer.zip.dubbel": {
        "nl": "{bestand} staat twee keer in {naam}",
        "en": "{bestand} is in {naam} twice",
    },
    "invoer.xlsx.kapot": {
        "nl": "{naam} is geen leesbaar Excel-bestand (.xlsx): het is beschadigd, onvolledig of een ander soort bestand",
        "en": "{naam} is no readable Excel file (.xlsx): it is damaged, incomplete or another kind of file",
    },
    "invoer.xlsx.te_groot": {
        "nl": "blad {blad} in {naam} heeft meer dan {rijen} rijen of {kolommen} kolommen; zo groot kan een kaart hier niet zijn",
        "en": "sheet {blad} in {naam} has more than {rijen} rows or {kolommen} columns; a map cannot be that large here",
    },
    # CSV files (systeem.bestanden.csvzip, and Kumu's sheets as CSV).
    "invoer.csv.plek": {"nl": "bestand {bestand}", "en": "file {bestand}"},
    "invoer.csv.te_veel_rijen": {
        "nl": "bestand {naam} heeft meer dan {max} rijen; zo groot kan een kaart hier niet zijn",
        "en": "file {naam} has more than {max} rows; a map cannot be that large here",
    },
    "invoer.csv.eerste_rij": {
        "nl": "bestand {naam}, rij 2: meer cellen dan de kopregel; staat er een scheidingsteken te veel, of een aanhalingsteken niet afgesloten?",
        "en": "file {naam}, row 2: more cells than the header row; is there a separator too many, or a quotation mark not closed?",
    },
    "invoer.csv.cellen": {
        "nl": "bestand {naam}, rij {rij}: {gezien} cellen, maar de kopregel heeft er {verwacht}; staat er een scheidingsteken te veel, of een aanhalingsteken niet afgesloten?",
        "en": "file {naam}, row {rij}: {gezien} cells, but the header row has {verwacht}; is there a separator too many, or a quotation mark not closed?",
    },
    "invoer.csv.aanhalingsteken": {
        "nl": 'bestand {naam}: een aanhalingsteken (") is niet afgesloten',
        "en": 'file {naam}: a quotation mark (") is not closed',
    },
    "invoer.csv.onleesbaar": {
        "nl": "bestand {naam} is geen leesbare CSV",
        "en": "file {naam} is no readable CSV",
    },
    "invoer.csv.geen_tekst": {
        "nl": "bestand {naam} is geen leesbare tekst",
        "en": "file {naam} is no readable text",
    },
    "invoer.csv.binair": {
        "nl": "bestand {naam} is geen tekst maar binaire gegevens",
        "en": "file {naam} is no text but binary data",
    },
    "invoer.csv.codering": {
        "nl": "bestand {naam} is geen tekst in UTF-8 of Windows-1252 (byte {byte})",
        "en": "file {naam} is no text in UTF-8 or Windows-1252 (byte {byte})",
    },
    "invoer.csv.leeg": {"nl": "bestand {naam} is leeg", "en": "file {naam} is empty"},
    "invoer.csv.geen_kumu": {
        "nl": "{namen}: geen CSV-bestand van Kumu; de eerste regel heeft geen kolom Label (elementen) en geen kolommen From en To (verbindingen). Een kaart in CSV is een .zip met partners.csv, stromen.csv (en eventueel kaart.csv, afhankelijkheden.csv, belangen.csv, posities.csv, scenarios.csv, pijlers.csv).",
        "en": "{namen}: no CSV file from Kumu; the first line has no column Label (elements) and no columns From and To (connections). A map in CSV is a .zip with partners.csv, stromen.csv (and optionally kaart.csv, afhankelijkheden.csv, belangen.csv, posities.csv, scenarios.csv, pijlers.csv).",
    },
    "invoer.csv.alleen_kop": {
        "nl": "{namen}: alleen een kopregel, geen elementen of verbindingen",
        "en": "{namen}: only a header row, no elements or connections",
    },
    # Kumu's sheets (systeem.bestanden.kumu): refusals.
    "invoer.kumu.rij": {
        "nl": "blad {blad}, rij {rij}, kolom {kolom}: {melding}",
        "en": "sheet {blad}, row {rij}, column {kolom}: {melding}",
    },
    "invoer.kumu.extra_kolommen": {"nl": "(extra kolommen)", "en": "(extra columns)"},
    "invoer.kumu.kolom_ontbreekt": {
        "nl": 'blad {blad}, rij {rij}: kolom "{kolom}" ontbreekt',
        "en": 'sheet {blad}, row {rij}: column "{kolom}" is missing',
    },
    "invoer.kumu.kolom_dubbel": {
        "nl": 'blad {blad}, rij {rij}: kolom "{kolom}" staat er twee keer',
        "en": 'sheet {blad}, row {rij}: column "{kolom}" is there twice',
    },
    "invoer.kumu.leeg": {"nl": "is leeg; vul dit in", "en": "is empty; fill it in"},
    "invoer.kumu.nieuw_deel": {
        "nl": "na twee lege rijen begint Kumu hier een nieuw deel met kolomnamen, maar er staat geen kolom Label of From en To (rijen {van}-{tot})",
        "en": "after two empty rows Kumu starts a new part with column names here, but there is no column Label or From and To (rows {van}-{tot})",
    },
    "invoer.kumu.richting": {
        "nl": 'moet directed, mutual of undirected zijn, niet "{waarde}"',
        "en": 'must be directed, mutual or undirected, not "{waarde}"',
    },
    "invoer.kumu.sterkte": {
        "nl": 'moet een getal zijn of een woord als zwak, medium, sterk (weak, strong), niet "{waarde}"',
        "en": 'must be a number or a word such as weak, medium, strong, not "{waarde}"',
    },
    "invoer.kumu.dubbel_label": {
        "nl": '"{naam}" is de Label van {n} elementen ({welke}); Kumu onderscheidt die alleen met een ID-kolom: geef de elementen een ID en noem dat hier',
        "en": '"{naam}" is the Label of {n} elements ({welke}); Kumu tells them apart only by an ID column: give the elements an ID and name that here',
    },
    "invoer.kumu.element": {"nl": "blad {blad} rij {rij}", "en": "sheet {blad} row {rij}"},
    "invoer.kumu.element_type": {
        "nl": 'blad {blad} rij {rij} Type "{type}"',
        "en": 'sheet {blad} row {rij} Type "{type}"',
    },
    # Kumu's sheets: notes on how they were read.
    "invoer.kumu.overgeslagen.een": {"nl": "{n} rij overgeslagen.", "en": "{n} row left out."},
    "invoer.kumu.overgeslagen.meer": {
        "nl": "{n} rijen overgeslagen.",
        "en": "{n} rows left out.",
    },
    "invoer.kumu.sterkte_gelijk": {
        "nl": "Strength is overal {waarde} en is waarde 3 geworden",
        "en": "Strength is {waarde} everywhere and became weight 3",
    },
    "invoer.kumu.sterkte_geschaald": {
        "nl": "Strength {laag} tot {hoog} is lineair omgezet naar 1-5",
        "en": "Strength {laag} to {hoog} was scaled linearly to 1-5",
    },
    "invoer.kumu.sterkte_regel": {
        "nl": "Blad {blad}: {regel}; de oorspronkelijke Strength blijft bewaard.",
        "en": "Sheet {blad}: {regel}; the original Strength is kept.",
    },
    "invoer.kumu.blad_niet": {
        "nl": 'Blad "{blad}" is niet overgenomen: het heeft geen kolom Label en geen kolommen From en To.',
        "en": 'Sheet "{blad}" was not taken over: it has no column Label and no columns From and To.',
    },
    "invoer.kumu.blad_elementen": {
        "nl": 'Blad "{blad}" is gelezen als elementen, zoals Kumu doet.',
        "en": 'Sheet "{blad}" was read as elements, as Kumu does.',
    },
    "invoer.kumu.blad_verbindingen": {
        "nl": 'Blad "{blad}" is gelezen als verbindingen, zoals Kumu doet.',
        "en": 'Sheet "{blad}" was read as connections, as Kumu does.',
    },
    "invoer.kumu.kolom_zonder_naam": {
        "nl": "Blad {blad}: kolom {letter} heeft geen naam in rij {rij} en is niet overgenomen.",
        "en": "Sheet {blad}: column {letter} has no name in row {rij} and was not taken over.",
    },
    "invoer.kumu.kolomnaam_lang": {
        "nl": 'Blad {blad}: kolom "{kolom}..." is niet overgenomen: een kolomnaam mag hoogstens {max} tekens hebben.',
        "en": 'Sheet {blad}: column "{kolom}..." was not taken over: a column name may have at most {max} characters.',
    },
    "invoer.kumu.opgave": {
        "nl": 'Element "{label}" (blad {blad}, rij {rij}) is de gedeelde opgave: zijn Type is "{type}".',
        "en": 'Element "{label}" (sheet {blad}, row {rij}) is the shared task: its Type is "{type}".',
    },
    "invoer.kumu.opgave_meer": {
        "nl": "Er zijn {n} elementen met zo'n Type; alleen de eerste is de gedeelde opgave, de andere zijn partners.",
        "en": "There are {n} elements with such a Type; only the first is the shared task, the others are partners.",
    },
    "invoer.kumu.geen_opgave": {
        "nl": "Geen element heeft als Type {types}; de kaart heeft daarom geen gedeelde opgave en geen stroom naar de opgave.",
        "en": "No element has the Type {types}; so the map has no shared task and no stream to the shared task.",
    },
    "invoer.kumu.zonder_sterkte": {
        "nl": "{n} verbinding(en) zonder Strength kregen waarde {waarde}.",
        "en": "{n} connection(s) without Strength got weight {waarde}.",
    },
    "invoer.kumu.label_naast_id": {
        "nl": "{n} keer noemt From of To de Label van een element met een ID; Kumu verwacht daar het ID. Hier is met dat element verbonden.",
        "en": "{n} times From or To names the Label of an element with an ID; Kumu expects the ID there. Here it was connected to that element.",
    },
    "invoer.kumu.nieuwe_partners": {
        "nl": "{n} naam/namen in From of To stond(en) niet bij de elementen en is/zijn als partner toegevoegd: {namen}.",
        "en": "{n} name(s) in From or To were not among the elements and were added as partners: {namen}.",
    },
    "invoer.kumu.zelf": {
        "nl": 'Blad {blad}, rij {rij}: een verbinding van een element naar zichzelf ("{naam}") is niet overgenomen.',
        "en": 'Sheet {blad}, row {rij}: a connection from an element to itself ("{naam}") was not taken over.',
    },
    "invoer.kumu.meer_elementen": {
        "nl": "{n} verbinding(en) met meer elementen in From of To (gescheiden door |) zijn één stroom per paar geworden: {stromen} stromen.",
        "en": "{n} connection(s) with more elements in From or To (separated by |) became one stream per pair: {stromen} streams.",
    },
    "invoer.kumu.wie.id": {"nl": 'ID "{id}"', "en": 'ID "{id}"'},
    "invoer.kumu.wie.label": {"nl": '"{label}"', "en": '"{label}"'},
    "invoer.kumu.wie.label_type": {
        "nl": '"{label}" (Type "{type}")',
        "en": '"{label}" (Type "{type}")',
    },
    "invoer.kumu.samengevoegd": {
        "nl": "Blad {blad}: {wie} staat in rij {rijen}; samengevoegd tot één element, zoals Kumu doet (de laatste rij gaat voor).",
        "en": "Sheet {blad}: {wie} is in rows {rijen}; merged into one element, as Kumu does (the last row wins).",
    },
    "invoer.kumu.ander_type": {
        "nl": '"{label}" staat er {n} keer met een ander Type ({types}); dat zijn in Kumu {n} elementen en hier {n} partners.',
        "en": '"{label}" is there {n} times with another Type ({types}); in Kumu those are {n} elements and here {n} partners.',
    },
    "invoer.kumu.type_leeg": {"nl": "(leeg)", "en": "(empty)"},
    "invoer.kumu.verbinding_samengevoegd": {
        "nl": 'Blad {blad}: verbinding ID "{id}" staat in rij {rijen}; samengevoegd tot één verbinding, zoals Kumu doet (de laatste rij gaat voor).',
        "en": 'Sheet {blad}: connection ID "{id}" is in rows {rijen}; merged into one connection, as Kumu does (the last row wins).',
    },
    "invoer.kumu.zonder_type": {
        "nl": "{n} verbinding(en) zonder Type kregen soort overig.",
        "en": "{n} connection(s) without Type got the kind other.",
    },
    "invoer.kumu.tweezijdig": {
        "nl": "{n} verbinding(en) met Direction mutual of undirected zijn elk twee stromen geworden, één in elke richting met dezelfde waarde, zodat ze de balans niet scheef trekken.",
        "en": "{n} connection(s) with Direction mutual or undirected each became two streams, one in each direction with the same weight, so they do not tilt the balance.",
    },
    "invoer.kumu.onbekend_type.een": {
        "nl": "Type {types} is geen organisatie, team of persoon; die partners zijn organisaties met het Type als sector (het Type zelf blijft bewaard).",
        "en": "Type {types} is not organisation, team or person; those partners are organisations with the Type as sector (the Type itself is kept).",
    },
    "invoer.kumu.onbekend_type.meer": {
        "nl": "Type {types} zijn geen organisatie, team of persoon; die partners zijn organisaties met het Type als sector (het Type zelf blijft bewaard).",
        "en": "Types {types} are not organisation, team or person; those partners are organisations with the Type as sector (the Type itself is kept).",
    },
    # Kumu's JSON export (systeem.bestanden.kumu_json).
    "invoer.kumu_json.null": {"nl": "null", "en": "null"},
    "invoer.kumu_json.waar_onwaar": {"nl": "waar/onwaar", "en": "true/false"},
    "invoer.kumu_json.getal": {"nl": "een getal", "en": "a number"},
    "invoer.kumu_json.tekst": {"nl": "tekst", "en": "text"},
    "invoer.kumu_json.lijst": {"nl": "een lijst", "en": "a list"},
    "invoer.kumu_json.object": {"nl": "een object", "en": "an object"},
    "invoer.kumu_json.geen_lijst": {
        "nl": "Kumu-JSON: {lijst} moet een lijst zijn, niet {soort}",
        "en": "Kumu JSON: {lijst} must be a list, not {soort}",
    },
    "invoer.kumu_json.te_veel": {
        "nl": "Kumu-JSON: {lijst} heeft meer dan {max} items; zo groot kan een kaart hier niet zijn",
        "en": "Kumu JSON: {lijst} has more than {max} items; a map cannot be that large here",
    },
    "invoer.kumu_json.leeg": {
        "nl": "Kumu-JSON: er staan geen elementen en geen verbindingen in",
        "en": "Kumu JSON: it holds no elements and no connections",
    },
    "invoer.kumu_json.geen_object": {
        "nl": "Kumu-JSON: {lijst}[{nr}] is geen object maar {soort}",
        "en": "Kumu JSON: {lijst}[{nr}] is no object but {soort}",
    },
    "invoer.kumu_json.attributes": {
        "nl": "Kumu-JSON: {lijst}[{nr}].attributes is geen object maar {soort}",
        "en": "Kumu JSON: {lijst}[{nr}].attributes is no object but {soort}",
    },
    "invoer.kumu_json.nog_meer": {
        "nl": "Kumu-JSON: en nog {n} zo",
        "en": "Kumu JSON: and {n} more like that",
    },
    "invoer.kumu_json.te_veel_velden": {
        "nl": "Kumu-JSON: de {lijst} hebben samen meer dan {max} verschillende velden; zo veel kan een kaart hier niet dragen",
        "en": "Kumu JSON: the {lijst} have more than {max} different fields together; a map cannot carry that many here",
    },
    "invoer.kumu_json.samengesteld.een": {
        "nl": 'Kumu-JSON, {lijst}, veld "{veld}": {n} waarde is een object of een lijst van lijsten en niet overgenomen.',
        "en": 'Kumu JSON, {lijst}, field "{veld}": {n} value is an object or a list of lists and was not taken over.',
    },
    "invoer.kumu_json.samengesteld.meer": {
        "nl": 'Kumu-JSON, {lijst}, veld "{veld}": {n} waarden zijn een object of een lijst van lijsten en niet overgenomen.',
        "en": 'Kumu JSON, {lijst}, field "{veld}": {n} values are an object or a list of lists and were not taken over.',
    },
    "invoer.kumu_json.loops.een": {
        "nl": "{n} loop uit Kumu is niet overgenomen: een kaart kent geen loops.",
        "en": "{n} loop from Kumu was not taken over: a map has no loops.",
    },
    "invoer.kumu_json.loops.meer": {
        "nl": "{n} loops uit Kumu zijn niet overgenomen: een kaart kent geen loops.",
        "en": "{n} loops from Kumu were not taken over: a map has no loops.",
    },
    "invoer.kumu_json.weergaven": {
        "nl": "De weergaven uit Kumu ({weergaven}) zijn niet overgenomen, ook niet de plaats van de elementen; de kaart krijgt een eigen indeling.",
        "en": "The views from Kumu ({weergaven}) were not taken over, nor the places of the elements; the map gets a layout of its own.",
    },
    "invoer.kumu_json.omgedraaid.een": {
        "nl": "{n} verbinding staat in Kumu omgedraaid (reversed); gelezen van From naar To, zoals in het bestand.",
        "en": "{n} connection is reversed in Kumu; read from From to To, as in the file.",
    },
    "invoer.kumu_json.omgedraaid.meer": {
        "nl": "{n} verbindingen staan in Kumu omgedraaid (reversed); gelezen van From naar To, zoals in het bestand.",
        "en": "{n} connections are reversed in Kumu; read from From to To, as in the file.",
    },
}
