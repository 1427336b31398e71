"""Teksten: the problems of a kaart (validation, edit tables, spreadsheets), in Dutch and
English side by side.  A key is a :class:`systeem.model.problemen.Probleem`'s ``code``.

A problem's text is always filled in with ``str.format``, so a literal brace is written
twice (``{{ ... }}``)."""

TEKSTEN: dict[str, dict[str, str]] = {
    # How a problem is written.
    "probleem.vrije_tekst": {"nl": "{tekst}", "en": "{tekst}"},
    "probleem.kop.een": {
        "nl": "De kaart klopt niet ({n} probleem):",
        "en": "The kaart is not right ({n} problem):",
    },
    "probleem.kop.meer": {
        "nl": "De kaart klopt niet ({n} problemen):",
        "en": "The kaart is not right ({n} problems):",
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
        "en": "a kaart must be a JSON object ({{ ... }})",
    },
    "probleem.te_diep": {
        "nl": "de kaart is te diep genest",
        "en": "the kaart is nested too deeply",
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
