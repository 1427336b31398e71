"""Streamlit's own texts in the interface language.

Streamlit 1.67 writes the texts of its own widgets in English: "Press Enter to apply"
under a text field, "Choose an option" in an empty select list, "Add: regie" when a new
option is typed, "Upload" and "200MB per file" in the file uploader, "Add row" and
"Search" on a table's toolbar, and a few screen-reader texts.  The pages set what
Streamlit lets them set (placeholders, labels, help, column configuration); for the rest
Streamlit has no parameter and no locale setting (streamlit/streamlit#13500 asks for the
uploader's texts; docs/architecture.md lists what stays English).

This module covers that rest in one place.  :func:`vertaal` puts a small script on the
page (once per run, from ``app.py``) that translates exactly the texts in :data:`REGELS`
where Streamlit puts them: each rule names a CSS selector of Streamlit's own markup
(``data-testid`` or ARIA role), the text or attribute (``placeholder``, ``aria-label``),
and a key of :mod:`systeem.teksten` whose English entry is Streamlit's text (with
``{placeholders}`` for the parts that vary) and whose Dutch entry is the translation.  A
text only changes when the whole text matches, inside the named widget, so a partner
called "Search" stays "Search".  The script keeps the original of every text it
changed: when Streamlit redraws a text, the new one is translated again; when the
language changes, the originals come back or are translated anew.

Only the browser runs the script; nothing goes to the server.
"""

from __future__ import annotations

import json

import streamlit as st

from systeemkaart.teksten import tekst

#: ``(selector, attribute or None for the text, key in systeem.teksten)``.  The key's
#: English entry is Streamlit's own text, the pattern; the entry in the interface
#: language replaces it.
REGELS: tuple[tuple[str, str | None, str], ...] = (
    ("[data-testid=stSkipToContent]", None, "streamlit.naar_inhoud"),
    # The file uploader.
    ("[data-testid=stFileUploaderDropzone]", None, "streamlit.upload"),
    ("[data-testid=stFileUploaderDropzone]", None, "streamlit.upload_hier"),
    ("[data-testid=stFileUploaderDropzone]", None, "streamlit.upload_hier_meer"),
    ("[data-testid=stFileUploaderDropzoneInstructions]", None, "streamlit.upload_grootte"),
    ("[data-testid=stFileUploaderDropzoneInput]", "aria-label", "streamlit.upload_invoer"),
    ("[data-testid=stFileUploader] button", "aria-label", "streamlit.upload_toevoegen"),
    # Text fields: the hint under a field while typing.
    ("[data-testid=InputInstructions]", None, "streamlit.enter_toepassen"),
    ("[data-testid=InputInstructions]", None, "streamlit.enter_versturen"),
    ("[data-testid=InputInstructions]", None, "streamlit.toets_toepassen"),
    ("[data-testid=InputInstructions]", None, "streamlit.toets_versturen"),
    # Select lists: the empty field, the open list, the buttons, what a screen reader hears.
    ("input", "placeholder", "streamlit.kies_optie"),
    ("input", "placeholder", "streamlit.kies_opties"),
    ("input", "placeholder", "streamlit.kies_of_typ"),
    ("input", "placeholder", "streamlit.kies_of_typ_meer"),
    ("input", "placeholder", "streamlit.typ_optie"),
    ("input", "placeholder", "streamlit.typ_opties"),
    ("input", "placeholder", "streamlit.geen_opties"),
    ("[role=listbox]", None, "streamlit.toevoegen"),
    ("[role=listbox]", None, "streamlit.geen_resultaten"),
    ("[role=listbox]", None, "streamlit.alles_kiezen"),
    ("[aria-live]", None, "streamlit.keuze_beschikbaar"),
    ("[aria-live]", None, "streamlit.keuzes_beschikbaar"),
    ("[data-testid=stSelectbox] [aria-label]", "aria-label", "streamlit.openen"),
    ("[data-testid=stSelectbox] [aria-label]", "aria-label", "streamlit.wissen"),
    ("[data-testid=stMultiSelect] [aria-label]", "aria-label", "streamlit.openen"),
    ("[data-testid=stMultiSelect] [aria-label]", "aria-label", "streamlit.alles_wissen"),
    ("[data-testid=stMultiSelect] [aria-label]", "aria-label", "streamlit.optie_weg"),
    ("[data-testid=stMultiSelect] [aria-label]", "aria-label", "streamlit.gekozen"),
    ("[role=listbox]", None, "streamlit.treffers_kiezen"),
    ("[data-trigger=ComboBox] button", "aria-label", "streamlit.sluiten"),
    ("[data-testid=stNumberInput] [aria-label]", "aria-label", "streamlit.lager"),
    ("[data-testid=stNumberInput] [aria-label]", "aria-label", "streamlit.hoger"),
    ("[data-testid=stNumberInput] [aria-label]", "aria-label", "streamlit.wissen"),
    # Headings and help.
    ("a[aria-label]", "aria-label", "streamlit.kop_link"),
    ("[aria-label^='Help for ']", "aria-label", "streamlit.uitleg_bij"),
    # The toolbar of tables and charts, its tooltips and the table's menus.
    ("[data-testid=stElementToolbar] button", "aria-label", "streamlit.rij_toevoegen"),
    ("[data-testid=stElementToolbar] button", "aria-label", "streamlit.rijen_verwijderen"),
    ("[data-testid=stElementToolbar] button", "aria-label", "streamlit.kolommen"),
    ("[data-testid=stElementToolbar] button", "aria-label", "streamlit.csv"),
    ("[data-testid=stElementToolbar] button", "aria-label", "streamlit.zoeken"),
    ("[data-testid=stElementToolbar] button", "aria-label", "streamlit.volledig"),
    ("[data-testid=stElementToolbar] button", "aria-label", "streamlit.volledig_uit"),
    ("[data-testid=stElementToolbar] button", "aria-label", "streamlit.selectie_wissen"),
    ("[data-testid=stElementToolbar] button", "aria-label", "streamlit.gegevens"),
    ("[data-testid=stElementToolbar] button", "aria-label", "streamlit.vega_kopie"),
    ("[data-testid=stTooltipContent]", None, "streamlit.rij_toevoegen"),
    ("[data-testid=stTooltipContent]", None, "streamlit.rijen_verwijderen"),
    ("[data-testid=stTooltipContent]", None, "streamlit.kolommen"),
    ("[data-testid=stTooltipContent]", None, "streamlit.csv"),
    ("[data-testid=stTooltipContent]", None, "streamlit.zoeken"),
    ("[data-testid=stTooltipContent]", None, "streamlit.volledig"),
    ("[data-testid=stTooltipContent]", None, "streamlit.volledig_uit"),
    ("[data-testid=stTooltipContent]", None, "streamlit.selectie_wissen"),
    ("[data-testid=stTooltipContent]", None, "streamlit.gegevens"),
    ("[data-testid=stTooltipContent]", None, "streamlit.vega_kopie"),
    ("[data-testid=stDataFrameTooltipContent]", None, "streamlit.cel_invullen"),
    ("[data-testid=stDataFrameColumnMenu]", None, "streamlit.oplopend"),
    ("[data-testid=stDataFrameColumnMenu]", None, "streamlit.aflopend"),
    ("[data-testid=stDataFrameColumnMenu]", None, "streamlit.opmaak"),
    ("[data-testid=stDataFrameColumnMenu]", None, "streamlit.passend"),
    ("[data-testid=stDataFrameColumnMenu]", None, "streamlit.vastzetten"),
    ("[data-testid=stDataFrameColumnMenu]", None, "streamlit.losmaken"),
    ("[data-testid=stDataFrameColumnMenu]", None, "streamlit.verbergen"),
    ("[data-testid=stDataFrameColumnVisibilityMenu]", None, "streamlit.alles_kiezen"),
    # The select list in a table cell (the grid's own editor, drawn outside the table).
    ("#portal", None, "streamlit.select"),
    ("#portal", None, "streamlit.geen_opties_kort"),
    ("#portal", None, "streamlit.cel_uitleg"),
    ("#portal", None, "streamlit.cel_gekozen"),
    ("#portal", None, "streamlit.cel_resultaat"),
    ("#portal", None, "streamlit.cel_resultaten"),
    ("#portal", None, "streamlit.cel_resultaten_zoek"),
    # The status at the top right while the page runs.
    ("[data-testid=stStatusWidget]", None, "streamlit.stoppen"),
    ("[data-testid=stStatusWidget] [aria-label]", "aria-label", "streamlit.bezig"),
    ("[data-testid=stStatusWidget]", None, "streamlit.bezig"),
    # A download whose file could not be made when it was clicked (Bestanden).
    ("[data-testid=stDownloadButtonError]", None, "streamlit.download_mislukt"),
    # An icon-only button: its screen-reader name is the icon's name plus " icon".
    ("button", None, "streamlit.icoon"),
)

#: Icon names that a screen reader hears on an icon-only button, in Dutch.
ICONEN = {
    "add": "toevoegen",
    "arrow_downward": "omlaag",
    "arrow_upward": "omhoog",
    "call_split": "splitsen",
    "close": "weghalen",
    "delete": "verwijderen",
    "download": "downloaden",
    "edit": "wijzigen",
    "redo": "opnieuw",
    "undo": "ongedaan maken",
    "upload": "bestand kiezen",
}


def regels(taal: str) -> list[dict[str, object]]:
    """The rules of :data:`REGELS` for the script: selector, attribute, Streamlit's
    English text (the pattern) and the text in ``taal``.

    Example
    -------
    >>> regels("nl")[0]
    {'waar': '[data-testid=stSkipToContent]', 'attr': None, 'sleutel': 'streamlit.naar_inhoud', 'bron': 'Skip to main content', 'doel': 'Naar de inhoud'}
    """
    return [
        {
            "waar": waar,
            "attr": attr,
            "sleutel": sleutel,
            "bron": tekst(sleutel, "en"),
            "doel": tekst(sleutel, taal),
        }
        for waar, attr, sleutel in REGELS
    ]


def script(taal: str) -> str:
    """The page script that translates Streamlit's texts into ``taal``
    (the same script for every run in one language, so the browser keeps it)."""
    inhoud = {"regels": regels(taal), "iconen": ICONEN if taal == "nl" else {}}
    # "</" cannot end the script early: JSON escapes no slash, so do it here.
    gegevens = json.dumps(inhoud, ensure_ascii=False).replace("</", "<\\/")
    return f"<script>\n(() => {{\nconst INHOUD = {gegevens};\n{_JS}\n}})();\n</script>"


def vertaal(taal: str) -> None:
    """Put the translating script on the page (call once per run, from ``app.py``)."""
    st.html(script(taal), unsafe_allow_javascript=True)


_JS = r"""
// One translator per browser tab; a new run with another language only swaps the rules.
const sk = window.__skTeksten || (window.__skTeksten = {
  teksten: new Map(),   // text node -> {orig, ours, sleutel}
  attrs: new Map(),     // element -> {attribute: {orig, ours, sleutel}}
  regels: [], iconen: {}, gepland: false,
});
const patroon = (bron) => new RegExp("^" + bron
  .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
  .replace(/\{(\w+)\}/g, (_, naam) => `(?<${naam}>.+?)`) + "$");
sk.regels = INHOUD.regels.map((r) => ({...r, re: patroon(r.bron)}));
sk.iconen = INHOUD.iconen;
sk.perSleutel = new Map(sk.regels.map((r) => [r.sleutel, r]));

// The text for `orig` under rule `r`, or null when the rule does not apply.
function omzetten(r, orig) {
  const m = r.re.exec(orig.trim());
  if (!m) return null;
  const delen = m.groups || {};
  if (r.sleutel === "streamlit.icoon") {
    const woord = sk.iconen[delen.naam];
    return woord === undefined ? orig : woord;
  }
  return r.doel.replace(/\{(\w+)\}/g, (_, naam) => delen[naam] ?? "");
}

function zetTekst(node, waarde) { if (node.nodeValue !== waarde) node.nodeValue = waarde; }
function zetAttr(el, attr, waarde) { if (el.getAttribute(attr) !== waarde) el.setAttribute(attr, waarde); }

function ronde() {
  sk.gepland = false;
  // What was translated before: keep it in the current language, or let it go when
  // Streamlit wrote a new text (that one is picked up below as a new original).
  for (const [node, e] of sk.teksten) {
    if (!node.isConnected || node.nodeValue !== e.ours) { sk.teksten.delete(node); continue; }
    const r = sk.perSleutel.get(e.sleutel);
    const nieuw = (r && omzetten(r, e.orig)) ?? e.orig;
    zetTekst(node, nieuw);
    e.ours = nieuw;
  }
  for (const [el, perAttr] of sk.attrs) {
    if (!el.isConnected) { sk.attrs.delete(el); continue; }
    for (const [attr, e] of Object.entries(perAttr)) {
      if (el.getAttribute(attr) !== e.ours) { delete perAttr[attr]; continue; }
      const r = sk.perSleutel.get(e.sleutel);
      const nieuw = (r && omzetten(r, e.orig)) ?? e.orig;
      zetAttr(el, attr, nieuw);
      e.ours = nieuw;
    }
  }
  for (const r of sk.regels) {
    for (const el of document.querySelectorAll(r.waar)) {
      if (r.attr) {
        const perAttr = sk.attrs.get(el) || {};
        if (perAttr[r.attr]) continue;
        const orig = el.getAttribute(r.attr);
        if (orig === null) continue;
        const nieuw = omzetten(r, orig);
        if (nieuw === null) continue;
        perAttr[r.attr] = {orig, ours: nieuw, sleutel: r.sleutel};
        sk.attrs.set(el, perAttr);
        zetAttr(el, r.attr, nieuw);
        continue;
      }
      const loper = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = loper.nextNode(); node; node = loper.nextNode()) {
        if (sk.teksten.has(node) || !node.nodeValue.trim()) continue;
        if (node.parentElement && node.parentElement.closest("[data-testid=stIconMaterial]")) continue;
        const nieuw = omzetten(r, node.nodeValue);
        if (nieuw === null) continue;
        sk.teksten.set(node, {orig: node.nodeValue, ours: nieuw, sleutel: r.sleutel});
        zetTekst(node, nieuw);
      }
    }
  }
}

function plan() {
  if (sk.gepland) return;
  sk.gepland = true;
  requestAnimationFrame(ronde);
}

if (!sk.waarnemer) {
  sk.waarnemer = new MutationObserver(plan);
  sk.waarnemer.observe(document.body, {
    subtree: true, childList: true, characterData: true,
    attributes: true, attributeFilter: ["placeholder", "aria-label"],
  });
}
ronde();
"""
