"""Teksten: the problems of a kaart (validation, edit tables, spreadsheets), in Dutch and
English side by side.  A key is a :class:`systeem.model.problemen.Probleem`'s ``code``."""

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
    # The kind of a wrong value, inside a message.
    "probleem.soort.lijst": {"nl": "een lijst", "en": "a list"},
    "probleem.soort.object": {"nl": "een object", "en": "an object"},
    # Validation.
    "probleem.ontbreekt": {"nl": "ontbreekt", "en": "is missing"},
    "probleem.geheel_bereik": {
        "nl": "moet een geheel getal van {laag} tot en met {hoog} zijn, niet {invoer}",
        "en": "must be a whole number from {laag} to {hoog}, not {invoer}",
    },
}
