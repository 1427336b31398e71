"""The Invoeren page's session keys: what it keeps between runs, and its widgets' keys.

The keys are part of how the page behaves (tests and the browser set widgets by key),
so they stay as they are.
"""

from __future__ import annotations

#: The message the previous run left (what was applied), shown once.
MELDING = "invoeren_melding"
#: The search box above the tables.
ZOEK = "invoeren_zoek"
#: The chosen tab of the quick forms.
SNEL_TAB = "invoeren_snel_tab"
#: Per quick form: the problems of its last submit (shown once) ...
FOUT = "invoeren_fout"
#: ... and what its last submit added (shown until the next one).
GEDAAN = "invoeren_gedaan"
#: Per grid: its key, its data and what was applied from it (see
#: :func:`systeemkaart.invoeren.editors.editor`).
EDITOR = "_invoeren_editor_{naam}"
#: Counts fresh starts that would otherwise reuse a key (see
#: :func:`systeemkaart.invoeren.editors.editor_sleutel`).
TELLER = "_invoeren_editor_teller"

#: Widget keys of the quick forms, by field.
K = {
    "namen": "invoeren_partners_namen",
    "type": "invoeren_partners_type",
    "van": "invoeren_stroom_van",
    "naar": "invoeren_stroom_naar",
    "soort": "invoeren_stroom_soort",
    "andere": "invoeren_stroom_andere",
    "waarde": "invoeren_stroom_waarde",
    "omschrijving": "invoeren_stroom_omschrijving",
    "afh_partner": "invoeren_afh_partner",
    "afh_van": "invoeren_afh_van",
    "sterkte": "invoeren_afh_sterkte",
    "waarvoor": "invoeren_afh_waarvoor",
    "belang_partner": "invoeren_belang_partner",
    "belang_soort": "invoeren_belang_soort",
    "houding": "invoeren_belang_houding",
    "belang_omschrijving": "invoeren_belang_omschrijving",
}

#: The quick-form fields whose first value comes from
#: :data:`systeem.bestanden.toevoegen.BEGIN`: field -> (table, field there).
BEGIN_VELDEN = {
    "type": ("partners", "type"),
    "waarde": ("stromen", "waarde"),
    "sterkte": ("afhankelijkheden", "sterkte"),
    "belang_soort": ("belangen", "soort"),
    "houding": ("belangen", "houding"),
}
