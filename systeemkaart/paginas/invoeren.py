"""Invoeren: the page where a user fills in the kaart.

On a wide screen two columns: left the titel and opgave and the quick forms, right the
map as it stands (:mod:`systeemkaart.netwerk_component`, smaller than on the Kaart page), drawn
after every entry.  On a narrow screen Streamlit stacks the columns: the map folds below
the forms.  Under both, the four tables (partners, stromen, afhankelijkheden, belangen)
as editable grids, for changing what is already there.

The quick forms (tabs Partners, Stroom, Afhankelijkheid, Belang) add one thing per
submit, the partners several at once (a name per line).  Choices of a partner are pills
(one click) up to :data:`PILLEN_MAX` nodes, a list you can type in above that.  The
widgets keep stable keys and the submit runs in a callback (before the page script),
so after a submit the map already shows the new entry, and only what must change is
cleared: the "naar" and the omschrijving of a stroom, the partner depended on and the
waarvoor of an afhankelijkheid, the omschrijving of a belang.  The "van", soort and
waarde stay, so several stromen of one partner are entered without choosing it again;
Enter in the last text field submits.  Every entry goes through
:func:`systeem.bestanden.tabellen.uit_tabellen` (so :func:`systeem.model.validatie.valideer`): a bad
entry gets a message naming the field and nothing stored changes.

The grids.  A change applies at once: the edited table goes through
:func:`systeem.bestanden.tabellen.uit_tabellen` and, when valid, becomes the open kaart
(:func:`systeemkaart.staat.zet_kaart`), in the same run: the page draws the grids first (they
sit below) and the forms and the map after, into columns made before.  Each editor
keeps its key and its data (the table as it
was when the editor started) while the kaart changes only through that editor: the edit
state then holds every edit since, the page applies that state, and the grid in the
browser is never rebuilt while someone types in it (rebuilding it, with a new key, on
every applied edit is what lost a name typed right after adding a row).  An editor
starts afresh when its table changed elsewhere (a form, undo, another page), when its
columns change (a new partner to choose in a dropdown) or with "Wijziging
terugdraaien".  A new row the editor added keeps the id its partner got at the first
edit (by name, else in order).  A new row that is still incomplete (a required cell
empty) waits with a line of our own saying what is missing, instead of an error or
Streamlit's English "Please fill out this cell": no column is ``required`` for
Streamlit.  Empty cells show empty (``placeholder=""``), not "None".  Ids are never
shown: dropdowns list partner names (the opgave by its text) and new partners get an id
made from their name.

A search box above the tables keeps a long kaart workable (a regional network of
hundreds of partners): each editor shows only the rows that match
(:func:`systeem.bestanden.tabellen.zoek`), and the edits made there are merged back into the full
tables (:func:`systeem.bestanden.tabellen.samenvoegen`) before they are applied, so the rows not
shown stay exactly as they were.  Changing the search term starts the editors afresh.
A problem names the row as the filtered view counts it, and says so ("Rij 2 (in de
gefilterde weergave)"); a problem in a row the filter hides names its row in the full
table.  Above :data:`systeem.weergave.GROOT` partners a line says the tables are long
and the search box helps.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pandas as pd
import streamlit as st

from systeem import weergave
from systeem.bestanden import tabellen
from systeem.model.kaart import BELANG_SOORTEN, HOUDINGEN, OPGAVE, PARTNER_TYPES, SOORTEN, Kaart
from systeem.model.validatie import KaartFout, Probleem
from systeemkaart import bewaren, netwerk_component, staat
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst, woord

#: Session keys of this page (the grids' own keys come from :func:`editor_sleutel`).
MELDING = "invoeren_melding"
ZOEK = "invoeren_zoek"
SNEL_TAB = "invoeren_snel_tab"
#: Per quick form: the problems of its last submit (shown once) ...
FOUT = "invoeren_fout"
#: ... and what its last submit added (shown until the next one).
GEDAAN = "invoeren_gedaan"
#: Per grid: its key, its data and what was applied from it (see :func:`_editor`).
EDITOR = "_invoeren_editor_{naam}"
#: Counts fresh starts that would otherwise reuse a key (see :func:`editor_sleutel`).
TELLER = "_invoeren_editor_teller"

#: Up to this many nodes (partners and the opgave) a choice of partner is a row of
#: pills, one click; above it a list you can type in.
PILLEN_MAX = 16
#: Height of the map beside the forms.
KAART_HOOGTE = "520px"
#: The opgave's mark in a list of partners.
OPGAVE_TEKEN = "◎ "
#: The opgave's text on a pill is cut to this many characters.
KORT = 28

#: The quick forms, in tab order.
SNELLE = ("partners", "stroom", "afhankelijkheid", "belang")

#: Widget keys of the quick forms.
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
#: What a form starts with.
BEGIN = {"type": "organisatie", "waarde": 3, "sterkte": 3}
BEGIN.update(belang_soort="organisatie", houding="neutraal")

#: Order of the tables on the page, and the columns each editor shows.
KOLOMMEN = {
    "partners": ["naam", "type", "sector", "invloed", "toelichting"],
    "stromen": ["van", "naar", "soort", "waarde", "omschrijving", "tastbaar"],
    "afhankelijkheden": ["partner", "afhankelijk_van", "waarvoor", "sterkte"],
    "belangen": ["partner", "omschrijving", "soort", "houding"],
}
#: A new grid row with all of these cells empty is not a row yet (dropdowns with a
#: default and checkboxes do not count); with some filled but a required cell empty
#: it waits.  (The same rule as in :mod:`systeem.bestanden.tabellen`, plus the partners.)
INHOUD = {
    "partners": ["naam", "sector", "invloed", "toelichting"],
    "stromen": ["van", "naar", "soort", "waarde", "omschrijving"],
    "afhankelijkheden": ["partner", "afhankelijk_van", "waarvoor", "sterkte"],
    "belangen": ["partner", "omschrijving"],
}


def editor_sleutel(naam: str) -> str | None:
    """The session key of the grid of table ``naam`` as drawn in the last run (None
    before the page ran): ``invoeren_<naam>_<versie>`` with the kaart version
    (:data:`systeemkaart.staat.VERSIE`) at the grid's fresh start, plus a short hash of the
    search term when the view is filtered.  The key stays while the grid's own edits
    apply (and the version goes up)."""
    editor = st.session_state.get(EDITOR.format(naam=naam))
    return editor["sleutel"] if editor else None


def toon() -> None:
    """Draw the page."""
    taal = staat.taal()
    kaart = staat.kaart()
    st.title(tekst("invoeren.titel", taal))
    st.caption(tekst("invoeren.uitleg", taal))
    boven = st.container()
    links, rechts = st.columns([3, 2], gap="medium")
    # The grids run first (they sit below): an edit applied from a grid shows on the
    # map and in the forms in this same run, with no second run while someone types.
    _tabellen(kaart, taal)
    kaart = staat.kaart()
    with boven:
        bewaren.knoppen()
        _melding()
    with links:
        _kop(kaart, taal)
        _snel(kaart, taal)
    with rechts:
        _kaart_ernaast(taal)


# ---------------------------------------------------------------------------
# Titel and opgave, the map.


def _kop(kaart: Kaart, taal: str) -> None:
    """Titel and opgave text; a change applies when the field loses focus."""
    versie = st.session_state.get(staat.VERSIE, 0)
    with st.expander(tekst("invoeren.kop", taal), expanded=not len(kaart.partners)):
        titel = st.text_input(
            tekst("invoeren.kaart_titel", taal), kaart.titel, key=f"invoeren_titel_{versie}"
        )
        opgave = st.text_area(
            tekst("invoeren.opgave", taal),
            kaart.opgave,
            key=f"invoeren_opgave_{versie}",
            help=tekst("invoeren.opgave_hulp", taal),
            height=80,
        )
        if (titel, opgave) == (kaart.titel, kaart.opgave):
            return
        try:
            nieuw = tabellen.met_kop(kaart, titel, opgave)
        except KaartFout as fout:
            _toon_fout(fout, "", taal)
            return
        if nieuw != kaart:
            _pas_toe(nieuw, tekst("invoeren.kop_gewijzigd", taal))


def _kaart_ernaast(taal: str) -> None:
    """The map of the open kaart, smaller than on the Kaart page: click selects, drag
    places (both handled by the component)."""
    kaart = staat.kaart()
    st.markdown(f"**{tekst('invoeren.kaart', taal)}**")
    if melding := weergave.leesbaar_melding(kaart, taal):
        st.caption(melding)
    resultaat = netwerk_component.netwerk(
        kaart, gekozen=st.session_state.get(staat.GESELECTEERD), hoogte=KAART_HOOGTE
    )
    netwerk_component.verwerk(resultaat)
    st.caption(tekst("invoeren.kaart_uitleg", taal))


# ---------------------------------------------------------------------------
# The quick forms.


def _snel(kaart: Kaart, taal: str) -> None:
    """The four quick forms in tabs; the tab stays chosen across runs."""
    for veld, waarde in BEGIN.items():
        st.session_state.setdefault(K[veld], waarde)
    labels = [tekst(f"invoeren.snel.{naam}", taal) for naam in SNELLE]
    if st.session_state.get(SNEL_TAB) not in labels:
        st.session_state[SNEL_TAB] = labels[1 if len(kaart.partners) else 0]
    with st.container(border=True, key="invoeren_snel"):
        st.markdown(f"**{tekst('invoeren.snel', taal)}**")
        tabs = st.tabs(labels, key=SNEL_TAB, on_change="rerun")
        with tabs[0]:
            _partners_formulier(taal)
        for tab, formulier in zip(
            tabs[1:], (_stroom_formulier, _afh_formulier, _belang_formulier), strict=True
        ):
            with tab:
                if len(kaart.partners):
                    formulier(kaart, taal)
                else:
                    st.info(tekst("invoeren.geen_partners", taal))


def _partners_formulier(taal: str) -> None:
    with st.form("invoeren_partners_formulier", border=False):
        st.caption(tekst("invoeren.partners.uitleg", taal))
        st.text_area(
            tekst("invoeren.partners.namen", taal),
            key=K["namen"],
            placeholder=tekst("invoeren.partners.voorbeeld", taal),
            height=140,
        )
        _schaal("type", _label("partners", "type", taal), PARTNER_TYPES, "invoeren.type", taal)
        _afsluiting("partners", "invoeren.partners.toevoegen", _partners_toevoegen, taal)


def _stroom_formulier(kaart: Kaart, taal: str) -> None:
    namen = _namen(kaart, taal)
    knopen = list(namen)
    soorten = _soorten(kaart)
    _geldig(K["soort"], soorten)
    with st.form("invoeren_stroom_formulier", border=False):
        st.caption(tekst("invoeren.snel_uitleg", taal))
        _knoop_keuze("van", _label("stromen", "van", taal), knopen, namen, taal)
        _knoop_keuze("naar", _label("stromen", "naar", taal), knopen, namen, taal)
        st.pills(
            _label("stromen", "soort", taal),
            soorten,
            format_func=lambda s: md(woord("soort", s, taal)),
            key=K["soort"],
            help=tekst("invoeren.kies_soort", taal),
        )
        st.text_input(
            tekst("invoeren.andere_soort", taal),
            key=K["andere"],
            placeholder=tekst("invoeren.andere_soort_voorbeeld", taal),
            width=300,
        )
        _schaal("waarde", _label("stromen", "waarde", taal), range(1, 6), "invoeren.waarde", taal)
        st.text_input(_label("stromen", "omschrijving", taal), key=K["omschrijving"])
        _afsluiting("stroom", "invoeren.toevoegen", _stroom_toevoegen, taal)


def _afh_formulier(kaart: Kaart, taal: str) -> None:
    namen = _partners(kaart)
    ids = list(namen)
    with st.form("invoeren_afh_formulier", border=False):
        st.caption(tekst("invoeren.uitleg.afhankelijkheden", taal))
        _knoop_keuze("afh_partner", _label("afhankelijkheden", "partner", taal), ids, namen, taal)
        _knoop_keuze(
            "afh_van", _label("afhankelijkheden", "afhankelijk_van", taal), ids, namen, taal
        )
        _schaal(
            "sterkte",
            _label("afhankelijkheden", "sterkte", taal),
            range(1, 6),
            "invoeren.sterkte",
            taal,
        )
        st.text_input(_label("afhankelijkheden", "waarvoor", taal), key=K["waarvoor"])
        _afsluiting("afhankelijkheid", "invoeren.afh.toevoegen", _afh_toevoegen, taal)


def _belang_formulier(kaart: Kaart, taal: str) -> None:
    namen = _partners(kaart)
    with st.form("invoeren_belang_formulier", border=False):
        st.caption(tekst("invoeren.uitleg.belangen", taal))
        _knoop_keuze(
            "belang_partner", _label("belangen", "partner", taal), list(namen), namen, taal
        )
        links, rechts = st.columns(2)
        with links:
            _schaal(
                "belang_soort",
                _label("belangen", "soort", taal),
                BELANG_SOORTEN,
                "invoeren.belang",
                taal,
            )
        with rechts:
            _schaal(
                "houding", _label("belangen", "houding", taal), HOUDINGEN, "invoeren.houding", taal
            )
        st.text_input(_label("belangen", "omschrijving", taal), key=K["belang_omschrijving"])
        _afsluiting("belang", "invoeren.belang.toevoegen", _belang_toevoegen, taal)


def _knoop_keuze(
    veld: str, label: str, knopen: list[str], namen: dict[str, str], taal: str
) -> None:
    """A choice of partner (or the opgave) kept under ``K[veld]``: pills up to
    :data:`PILLEN_MAX` nodes, else a list to type in."""
    _geldig(K[veld], knopen)
    if len(knopen) <= PILLEN_MAX:
        st.pills(label, knopen, format_func=lambda i: _pil(i, namen), key=K[veld])
    else:
        st.selectbox(
            label,
            knopen,
            index=None,
            format_func=lambda i: namen.get(i, i),
            key=K[veld],
            placeholder=tekst("invoeren.kies", taal),
        )


def _schaal(veld: str, label: str, opties: Any, sleutel: str, taal: str) -> None:
    """A choice that always has a value (waarde, sterkte, type, houding, ...)."""
    st.segmented_control(
        label,
        list(opties),
        format_func=lambda w: tekst(f"{sleutel}.{w}", taal),
        key=K[veld],
        required=True,
    )


def _afsluiting(formulier: str, knop: str, doe: Any, taal: str) -> None:
    """The end of a quick form: its problems or what it added, and the submit button."""
    fout = st.session_state.get(FOUT, {}).pop(formulier, None)
    if fout is not None:
        _toon_fout(fout, "", taal, met_rij=False)
    elif gedaan := st.session_state.get(GEDAAN, {}).get(formulier):
        st.caption(f":material/check: {md(gedaan)}")
    st.form_submit_button(tekst(knop, taal), type="primary", on_click=doe, args=(taal,))
    if formulier != "partners":
        st.caption(tekst(f"invoeren.blijft.{formulier}", taal))


def _geldig(sleutel: str, opties: list[str]) -> None:
    """Forget a kept choice that is no longer offered (a partner deleted elsewhere)."""
    if st.session_state.get(sleutel) not in (None, *opties):
        st.session_state[sleutel] = None


# Submit callbacks: they run before the page script, so the page draws the new kaart.


def _partners_toevoegen(taal: str) -> None:
    kaart = staat.kaart()
    regels = str(st.session_state.get(K["namen"]) or "").splitlines()
    namen = [n.strip() for n in regels if n.strip()]
    if not namen:
        _fout("partners", KaartFout([Probleem("namen", tekst("invoeren.partners.leeg", taal))]))
        return
    nieuw_frame = pd.DataFrame({"naam": namen, "type": st.session_state.get(K["type"])})
    partners = pd.concat(
        [kaart.partners.astype(object), nieuw_frame.astype(object)], ignore_index=True
    )
    if not _voeg_toe("partners", kaart, {"partners": partners}):
        return
    _gedaan("partners", tekst("invoeren.partners.toegevoegd", taal, namen=", ".join(namen)))
    st.session_state[MELDING] = tekst("invoeren.partners.toegevoegd", taal, namen=", ".join(namen))
    st.session_state[K["namen"]] = ""
    st.session_state[SNEL_TAB] = tekst("invoeren.snel.stroom", taal)


def _stroom_toevoegen(taal: str) -> None:
    s = st.session_state
    kaart = staat.kaart()
    soort = str(s.get(K["andere"]) or "").strip() or s.get(K["soort"])
    try:
        nieuw = tabellen.met_stroom(
            kaart,
            s.get(K["van"]),
            s.get(K["naar"]),
            soort,
            s.get(K["waarde"]),
            str(s.get(K["omschrijving"]) or ""),
        )
    except KaartFout as fout:
        _fout("stroom", fout)
        return
    staat.zet_kaart(nieuw)
    stroom = nieuw.stromen.iloc[-1]
    namen = _namen(nieuw, taal)
    _gedaan(
        "stroom",
        tekst(
            "invoeren.toegevoegd",
            taal,
            van=namen[stroom["van"]],
            naar=namen[stroom["naar"]],
            soort=woord("soort", stroom["soort"], taal),
            waarde=int(stroom["waarde"]),
        ),
    )
    s[K["soort"]] = stroom["soort"]  # a new soort typed in "andere" is a pill now
    s[K["naar"]], s[K["omschrijving"]], s[K["andere"]] = None, "", ""


def _afh_toevoegen(taal: str) -> None:
    s = st.session_state
    kaart = staat.kaart()
    rij = {
        "partner": s.get(K["afh_partner"]),
        "afhankelijk_van": s.get(K["afh_van"]),
        "waarvoor": str(s.get(K["waarvoor"]) or ""),
        "sterkte": s.get(K["sterkte"]),
    }
    if not _voeg_toe("afhankelijkheid", kaart, _met_rij(kaart, "afhankelijkheden", rij)):
        return
    namen = kaart.namen()
    _gedaan(
        "afhankelijkheid",
        tekst(
            "invoeren.afh.toegevoegd",
            taal,
            partner=namen[rij["partner"]],
            van=namen[rij["afhankelijk_van"]],
            sterkte=rij["sterkte"],
        ),
    )
    s[K["afh_van"]], s[K["waarvoor"]] = None, ""


def _belang_toevoegen(taal: str) -> None:
    s = st.session_state
    kaart = staat.kaart()
    rij = {
        "partner": s.get(K["belang_partner"]),
        "omschrijving": str(s.get(K["belang_omschrijving"]) or ""),
        "soort": s.get(K["belang_soort"]),
        "houding": s.get(K["houding"]),
    }
    if not _voeg_toe("belang", kaart, _met_rij(kaart, "belangen", rij)):
        return
    _gedaan(
        "belang",
        tekst(
            "invoeren.belang.toegevoegd",
            taal,
            partner=kaart.namen()[rij["partner"]],
            omschrijving=rij["omschrijving"].strip(),
        ),
    )
    s[K["belang_omschrijving"]] = ""


def _met_rij(kaart: Kaart, tabel: str, rij: dict[str, Any]) -> dict[str, pd.DataFrame]:
    """The table ``tabel`` of ``kaart`` with ``rij`` added at the end, as
    :func:`systeem.bestanden.tabellen.uit_tabellen` takes it."""
    frame = pd.concat(
        [getattr(kaart, tabel).astype(object), pd.DataFrame([rij], dtype=object)],
        ignore_index=True,
    )
    return {tabel: frame}


def _voeg_toe(formulier: str, kaart: Kaart, tabellen_: dict[str, pd.DataFrame]) -> bool:
    """Apply the tables of a quick form to ``kaart``; False (and the problems kept for
    the form) when they break a rule."""
    try:
        nieuw = tabellen.uit_tabellen(kaart, tabellen_)
    except KaartFout as fout:
        _fout(formulier, fout)
        return False
    staat.zet_kaart(nieuw)
    return True


def _fout(formulier: str, fout: KaartFout) -> None:
    st.session_state.setdefault(FOUT, {})[formulier] = fout
    st.session_state.setdefault(GEDAAN, {}).pop(formulier, None)


def _gedaan(formulier: str, tekst_: str) -> None:
    st.session_state.setdefault(GEDAAN, {})[formulier] = tekst_


# ---------------------------------------------------------------------------
# The grids.


def _tabellen(kaart: Kaart, taal: str) -> None:
    """The four tables as editable grids under a search box, and their edits applied."""
    st.subheader(tekst("invoeren.tabellen", taal))
    st.caption(tekst("invoeren.tabellen_uitleg", taal))
    zoekterm = _zoekvak(kaart, taal)
    tabs = st.tabs([tekst(f"invoeren.tab.{naam}", taal) for naam in KOLOMMEN])
    editors: dict[str, dict[str, Any]] = {}
    bewerkt: dict[str, pd.DataFrame] = {}
    meldingen: dict[str, Any] = {}
    for tab, naam in zip(tabs, KOLOMMEN, strict=True):
        with tab:
            st.caption(tekst(f"invoeren.uitleg.{naam}", taal))
            config = _kolommen(naam, kaart, taal)
            editor = editors[naam] = _editor(naam, kaart, zoekterm, config)
            if editor["zichtbaar"] is not None:
                st.caption(
                    tekst(
                        "zoeken.gefilterd",
                        taal,
                        getoond=len(editor["data"]),
                        totaal=len(editor["volledig"]),
                        zoekterm=md(zoekterm),
                    )
                )
            meldingen[naam] = st.container()
            bewerkt[naam] = st.data_editor(
                editor["data"],
                key=editor["sleutel"],
                column_order=KOLOMMEN[naam],
                column_config=config,
                num_rows="dynamic",
                # The hidden RIJ column can be shown from the toolbar, never edited.
                disabled=[tabellen.RIJ] if editor["zichtbaar"] is not None else False,
                hide_index=True,
                width="stretch",
                placeholder="",
            )
    _verwerk(kaart, editors, bewerkt, taal)
    for naam, editor in editors.items():
        with meldingen[naam]:
            _toon_editor_meldingen(naam, editor, taal)


def _zoekvak(kaart: Kaart, taal: str) -> str:
    """The search box above the tables; returns the search term (trimmed)."""
    zoekterm = st.text_input(
        tekst("zoeken.label", taal),
        key=ZOEK,
        placeholder=tekst("zoeken.placeholder", taal),
        help=tekst("zoeken.hulp", taal),
    )
    if len(kaart.partners) > weergave.GROOT:
        st.info(tekst("zoeken.groot", taal, partners=len(kaart.partners)))
    return (zoekterm or "").strip()


def _editor(naam: str, kaart: Kaart, zoekterm: str, config: dict[str, Any]) -> dict[str, Any]:
    """The grid of table ``naam``: its key and the data it shows, kept while they fit.

    The grid starts afresh (a new key, the data taken from ``kaart``) the first time,
    when the search term or the columns changed, and when its table in ``kaart`` is not
    the one it last saw (changed elsewhere).  Otherwise it keeps key and data: its edit
    state holds every edit made since, including those already applied.
    """
    plek = EDITOR.format(naam=naam)
    oud = st.session_state.get(plek)
    vorm = str(config)
    if oud is not None and oud["zoekterm"] == zoekterm and oud["vorm"] == vorm:
        if oud["kaart"] is kaart:
            return oud
        if getattr(oud["kaart"], naam).equals(getattr(kaart, naam)):
            oud["kaart"] = kaart  # another table changed; this one is as it was
            return oud
    sleutel = f"invoeren_{naam}_{st.session_state.get(staat.VERSIE, 0)}"
    if zoekterm:
        sleutel += "_" + hashlib.sha256(zoekterm.encode()).hexdigest()[:12]
    if sleutel in st.session_state:  # an earlier grid's state (same version): not that
        teller = st.session_state[TELLER] = st.session_state.get(TELLER, 0) + 1
        sleutel += f"_{teller}"
    volledig = tabellen.bewerkbaar(kaart)[naam]
    zichtbaar = tabellen.zoek(kaart, zoekterm)[naam] if zoekterm else None
    editor = {
        "sleutel": sleutel,
        "kaart": kaart,
        "volledig": volledig,
        "zichtbaar": zichtbaar,
        "data": volledig if zichtbaar is None else tabellen.uitsnede(volledig, zichtbaar),
        "zoekterm": zoekterm,
        "vorm": vorm,
        "verwerkt": None,  # the edit state last applied (or refused)
        "fout": None,  # its problems, shown until the state changes
        "plekken": None,  # each full-table row's place in a filtered view
        "wachtend": [],  # new rows still incomplete: (row as seen, missing columns)
        "vraag": None,  # a VerwijderFout waiting for the user's answer
        "mee": False,  # the user answered: delete the rows that refer to it too
    }
    st.session_state[plek] = editor
    return editor


def _vingerafdruk(sleutel: str) -> str | None:
    """The grid's edit state as text (None when it holds no edits)."""
    toestand = st.session_state.get(sleutel) or {}
    if not any(toestand.get(s) for s in ("edited_rows", "added_rows", "deleted_rows")):
        return None
    return json.dumps(toestand, sort_keys=True, default=str)


def _verwerk(
    kaart: Kaart,
    editors: dict[str, dict[str, Any]],
    bewerkt: dict[str, pd.DataFrame],
    taal: str,
) -> None:
    """Apply the grids whose edit state changed since it was last applied; keep what
    is wrong with it on the grid, to show until the state changes again."""
    gewijzigd: dict[str, pd.DataFrame] = {}
    staten: dict[str, str | None] = {}
    mee = False
    for naam, editor in editors.items():
        vinger = _vingerafdruk(editor["sleutel"])
        if vinger == editor["verwerkt"] and not editor["mee"]:
            continue
        staten[naam], mee = vinger, mee or editor["mee"]
        editor.update(fout=None, vraag=None, mee=False, wachtend=[], plekken=None)
        frame = _zonder_wachtend(naam, editor, bewerkt[naam], taal)
        if editor["zichtbaar"] is not None:
            try:
                frame = tabellen.samenvoegen(editor["volledig"], editor["zichtbaar"], frame)
            except ValueError:  # a tampered RIJ column: refuse, change nothing
                editor["fout"] = KaartFout([Probleem("", tekst("zoeken.onbekende_rij", taal))])
                editor["verwerkt"] = vinger
                continue
            editor["plekken"] = frame[tabellen.ZICHTBAAR]
        if naam == "partners":
            frame = _ids_terug(frame, kaart, editor["volledig"])
        gewijzigd[naam] = frame
    if not gewijzigd:
        return
    try:
        nieuw = tabellen.uit_tabellen(kaart, gewijzigd, meeverwijderen=mee)
    except tabellen.VerwijderFout as fout:
        editors["partners"].update(vraag=fout, verwerkt=staten.get("partners"))
        return
    except KaartFout as fout:
        per_tabel: dict[str, list[Probleem]] = {}
        for p in fout.problemen:
            tabel = p.tabel if p.tabel in gewijzigd else next(iter(gewijzigd))
            per_tabel.setdefault(tabel, []).append(p)
        for naam, problemen in per_tabel.items():
            editors[naam].update(fout=KaartFout(problemen), verwerkt=staten[naam])
        return
    for naam in gewijzigd:
        editors[naam]["verwerkt"] = staten[naam]
    if nieuw == kaart:
        return
    weg = set(kaart.partners["id"]) - set(nieuw.partners["id"])
    staat.zet_kaart(nieuw)
    for naam in gewijzigd:  # in step with the kaart it made: keep key and data
        editors[naam]["kaart"] = staat.kaart()
    if mee and weg:
        namen = ", ".join(kaart.namen()[i] for i in kaart.partners["id"] if i in weg)
        st.session_state[MELDING] = tekst("invoeren.verwijderd", taal, namen=namen)
    else:
        st.session_state[MELDING] = tekst("invoeren.verwerkt", taal)
    nu = staat.kaart()
    verouderd = [
        naam
        for naam, editor in editors.items()
        if naam not in gewijzigd
        and (
            str(_kolommen(naam, nu, taal)) != editor["vorm"]
            or not getattr(editor["kaart"], naam).equals(getattr(nu, naam))
        )
    ]
    if verouderd:
        # Another grid offers old choices (a partner added or renamed) or shows an old
        # table: it starts afresh now, before anyone types in it.
        st.rerun()


def _zonder_wachtend(
    naam: str, editor: dict[str, Any], frame: pd.DataFrame, taal: str
) -> pd.DataFrame:
    """The grid's rows with each new row that is still incomplete emptied (so it is
    left out, and the other rows keep their numbers); the waiting rows are noted on
    the editor."""
    toegevoegd = len((st.session_state.get(editor["sleutel"]) or {}).get("added_rows") or [])
    if not toegevoegd:
        return frame
    nieuw = frame.iloc[len(frame) - toegevoegd :]
    leeg = pd.DataFrame(
        {
            k: nieuw[k].isna() | nieuw[k].astype("string").str.strip().eq("").fillna(True)
            for k in INHOUD[naam]
        }
    )
    verplicht = list(tabellen.VERPLICHT[naam])
    wachtend = ~leeg.all(axis=1) & leeg[verplicht].any(axis=1)
    if not wachtend.any():
        return frame
    gefilterd = editor["zichtbaar"] is not None
    en = f" {tekst('invoeren.en', taal)} "
    for label in wachtend.index[wachtend]:  # a few rows being typed, never many
        plek = frame.index.get_loc(label) + 1
        rij = tekst("zoeken.rij_gefilterd", taal, rij=plek) if gefilterd else str(plek)
        ontbreekt = [_label(naam, k, taal) for k in verplicht if leeg.at[label, k]]
        velden = en.join(
            [", ".join(ontbreekt[:-1]), ontbreekt[-1]] if len(ontbreekt) > 1 else ontbreekt
        )
        editor["wachtend"].append(tekst("invoeren.wachtend", taal, rij=rij, velden=velden))
    frame = frame.copy()
    frame.loc[wachtend.index[wachtend], KOLOMMEN[naam]] = None
    return frame


def _ids_terug(frame: pd.DataFrame, kaart: Kaart, begin: pd.DataFrame) -> pd.DataFrame:
    """Give the partner rows this grid added (no id) the ids they got when the edit was
    first applied: by name, else in order (a renamed new row keeps its id).

    ``begin`` is the partners table the grid started from; the partners of ``kaart``
    that are not in it were added through this grid (any other change to the partners
    starts the grid afresh)."""
    zonder = frame["id"].isna() & frame["naam"].notna()
    nieuw = kaart.partners.loc[~kaart.partners["id"].isin(begin["id"]), ["id", "naam"]]
    if not zonder.any() or nieuw.empty:
        return frame
    sleutel = frame.loc[zonder, "naam"].astype(str).map(_naam_sleutel)
    op_naam = dict(zip(nieuw["naam"].map(_naam_sleutel), nieuw["id"], strict=True))
    ids = sleutel.map(op_naam)
    rest = [i for i in nieuw["id"] if i not in set(ids.dropna())]
    open_ = ids.index[ids.isna()]
    ids[open_[: len(rest)]] = rest[: len(open_)]
    frame = frame.copy()
    frame.loc[ids.index, "id"] = ids.astype(object)
    return frame


def _naam_sleutel(naam: str) -> str:
    return " ".join(naam.split()).casefold()


def _toon_editor_meldingen(naam: str, editor: dict[str, Any], taal: str) -> None:
    """Above a grid: the rows still incomplete, the problems of its edit, or the
    question about deleting partners still referred to."""
    for regel in editor["wachtend"]:
        st.info(regel, icon=":material/edit_note:")
    if editor["vraag"] is not None:
        _bevestig_verwijderen(editor["vraag"], taal)
    elif editor["fout"] is not None:
        plekken = {naam: editor["plekken"]} if editor["plekken"] is not None else None
        _toon_fout(editor["fout"], naam, taal, plekken=plekken)


def _bevestig_verwijderen(fout: tabellen.VerwijderFout, taal: str) -> None:
    """Warn that deleted partners are still used, with the two ways on."""
    regels = [
        "- "
        + tekst(
            "invoeren.gevolg",
            taal,
            naam=md(naam),
            stromen=aantallen.get("stromen", 0),
            afhankelijkheden=aantallen.get("afhankelijkheden", 0),
            belangen=aantallen.get("belangen", 0),
        )
        for naam, aantallen in fout.gevolgen.values()
    ]
    st.warning("\n".join([tekst("invoeren.verwijderen", taal), "", *regels]))
    links, rechts = st.columns(2)
    links.button(tekst("invoeren.verwijder_mee", taal), key="invoeren_verwijder_mee", on_click=_mee)
    rechts.button(
        tekst("invoeren.terugdraaien", taal),
        key="invoeren_terug_partners",
        on_click=_terugdraaien,
    )


def _mee() -> None:
    """The user confirmed: delete the partners with the rows that refer to them."""
    editor = st.session_state.get(EDITOR.format(naam="partners"))
    if editor is not None:
        editor["mee"] = True


def _terugdraaien() -> None:
    """Discard the pending edits: every grid starts afresh from the open kaart (the
    version goes up, so the grids get new keys)."""
    for naam in KOLOMMEN:
        st.session_state.pop(EDITOR.format(naam=naam), None)
    staat.zet_kaart(staat.kaart())


# ---------------------------------------------------------------------------
# Messages.


def _melding() -> None:
    """Show the message the previous run left (what was applied), once."""
    melding = st.session_state.pop(MELDING, None)
    if melding:
        st.toast(md(melding))


def _pas_toe(nieuw: Kaart, melding: str) -> None:
    """Make ``nieuw`` the open kaart, leave a message for the next run and rerun."""
    staat.zet_kaart(nieuw)
    st.session_state[MELDING] = melding
    st.rerun()


def _toon_fout(
    fout: KaartFout,
    naam: str,
    taal: str,
    *,
    met_rij: bool = True,
    plekken: dict[str, pd.Series] | None = None,
) -> None:
    """Show the problems of one table (or a form, without rows) in Dutch, with a
    button that discards the pending edits of a table.  ``plekken`` gives, per
    filtered table, each row's place in the view (see :func:`_rij`)."""
    regels = [f"- {md(_probleem_tekst(p, taal, met_rij, plekken))}" for p in fout.problemen]
    st.error("\n".join([tekst("invoeren.niet_verwerkt", taal), "", *regels]))
    if met_rij and naam:
        st.button(
            tekst("invoeren.terugdraaien", taal),
            key=f"invoeren_terug_{naam}",
            on_click=_terugdraaien,
        )


def _probleem_tekst(
    p: Probleem, taal: str, met_rij: bool, plekken: dict[str, pd.Series] | None = None
) -> str:
    """One problem as "Rij 4, kolom Waarde (1–5): ..." with the column as shown."""
    if p.tabel is None:
        kolom = {"titel": "invoeren.kaart_titel", "opgave": "invoeren.opgave"}.get(p.plek)
        return (
            tekst("invoeren.probleem_veld", taal, kolom=tekst(kolom, taal), tekst=p.tekst)
            if kolom
            else p.tekst
        )
    kolom = _label(p.tabel, p.veld, taal)
    if p.rij is None:
        return p.tekst
    rij = _rij(p.rij, (plekken or {}).get(p.tabel or ""), taal)
    if not kolom:
        return tekst("invoeren.probleem_rij", taal, rij=rij, tekst=p.tekst)
    if not met_rij:
        return tekst("invoeren.probleem_veld", taal, kolom=kolom, tekst=p.tekst)
    return tekst("invoeren.probleem", taal, rij=rij, kolom=kolom, tekst=p.tekst)


def _rij(rij: int, plek: pd.Series | None, taal: str) -> str:
    """Row ``rij`` (0-based, in the full table) as the user finds it: counted from 1;
    in a filtered view (``plek``: each full-table row's place in the view) its number
    in the view, marked as such, or, for a row the filter hides, its number in the
    full table, marked as hidden."""
    if plek is None or not 0 <= rij < len(plek):
        return str(rij + 1)
    in_beeld = plek.iloc[rij]
    if pd.isna(in_beeld):
        return tekst("zoeken.rij_verborgen", taal, rij=rij + 1)
    return tekst("zoeken.rij_gefilterd", taal, rij=int(in_beeld) + 1)


# ---------------------------------------------------------------------------
# Names, labels and columns.


def _namen(kaart: Kaart, taal: str) -> dict[str, str]:
    """Node id -> name as the choices show it (the opgave first, by its text)."""
    namen = kaart.namen()
    namen[OPGAVE] = OPGAVE_TEKEN + (kaart.opgave or tekst("opgave", taal))
    return namen


def _partners(kaart: Kaart) -> dict[str, str]:
    """Partner id -> name, without the opgave (for afhankelijkheden and belangen)."""
    return dict(zip(kaart.partners["id"], kaart.partners["naam"], strict=True))


def _pil(knoop: str, namen: dict[str, str]) -> str:
    """The label of a node on a pill: markdown, so the name is escaped; the opgave
    with an icon (a leading symbol would be taken for the pill's icon and dropped)."""
    naam = md(_kort(namen.get(knoop, knoop).removeprefix(OPGAVE_TEKEN)))
    return f":material/adjust: {naam}" if knoop == OPGAVE else naam


def _kort(naam: str) -> str:
    """A name for a pill: cut at :data:`KORT` characters."""
    return naam if len(naam) <= KORT else naam[: KORT - 1].rstrip() + "…"


def _soorten(kaart: Kaart) -> list[str]:
    """The suggested soorten, then those in use that are not among them."""
    extra = sorted(set(kaart.stromen["soort"]) - set(SOORTEN))
    return [*SOORTEN, *extra]


def _label(tabel: str, veld: str | None, taal: str) -> str:
    """The column header of field ``veld`` of ``tabel`` as the editor shows it ("" for
    a field the editor does not show)."""
    if not veld or veld not in KOLOMMEN.get(tabel, ()):
        return ""
    if tabel == "belangen" and veld == "soort":
        return tekst("invoeren.kolom.belang_soort", taal)
    return tekst(f"invoeren.kolom.{veld}", taal)


def _kolommen(naam: str, kaart: Kaart, taal: str) -> dict[str, Any]:
    """The column_config of the editor of table ``naam``.

    No column is ``required`` for Streamlit: it would hold back an incomplete new row
    and show its own English tooltip; the page says what is missing itself."""
    cc = st.column_config
    namen = _namen(kaart, taal)
    ids = list(kaart.partners["id"])

    def partner_keuze(veld: str, met_opgave: bool = False) -> Any:
        return cc.SelectboxColumn(
            _label(naam, veld, taal),
            width=220,
            options=[OPGAVE, *ids] if met_opgave else ids,
            format_func=lambda i: namen.get(i, i),
        )

    def keuze(veld: str, opties: tuple[str, ...], sleutel: str, standaard: str) -> Any:
        return cc.SelectboxColumn(
            _label(naam, veld, taal),
            options=list(opties),
            format_func=lambda w: tekst(f"invoeren.{sleutel}.{w}", taal),
            default=standaard,
        )

    def getal(veld: str, laag: int) -> Any:
        return cc.NumberColumn(
            _label(naam, veld, taal), width=115, min_value=laag, max_value=5, step=1, format="%d"
        )

    def tekstkolom(veld: str, breed: bool = False) -> Any:
        return cc.TextColumn(_label(naam, veld, taal), width="large" if breed else None)

    if naam == "partners":
        return {
            "naam": tekstkolom("naam"),
            "type": keuze("type", PARTNER_TYPES, "type", "organisatie"),
            "sector": tekstkolom("sector"),
            "invloed": getal("invloed", 0),
            "toelichting": tekstkolom("toelichting", breed=True),
        }
    if naam == "stromen":
        return {
            "van": partner_keuze("van", met_opgave=True),
            "naar": partner_keuze("naar", met_opgave=True),
            "soort": cc.SelectboxColumn(
                _label(naam, "soort", taal),
                options=_soorten(kaart),
                format_func=lambda s: woord("soort", s, taal),
                width=120,
            ),
            "waarde": getal("waarde", 1),
            "omschrijving": tekstkolom("omschrijving"),
            "tastbaar": cc.CheckboxColumn(_label(naam, "tastbaar", taal), width=85),
        }
    if naam == "afhankelijkheden":
        return {
            "partner": partner_keuze("partner"),
            "afhankelijk_van": partner_keuze("afhankelijk_van"),
            "waarvoor": tekstkolom("waarvoor", breed=True),
            "sterkte": getal("sterkte", 1),
        }
    return {
        "partner": partner_keuze("partner"),
        "omschrijving": tekstkolom("omschrijving", breed=True),
        "soort": keuze("soort", BELANG_SOORTEN, "belang", "organisatie"),
        "houding": keuze("houding", HOUDINGEN, "houding", "neutraal"),
    }


toon()
