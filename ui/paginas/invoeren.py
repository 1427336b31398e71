"""Invoeren: the page where a user fills in the kaart.

The titel and opgave, a quick form to add one stroom, and the four tables (partners,
stromen, afhankelijkheden, belangen) as editable tables.  A change applies at once: the
edited tables go through :func:`systeem.tabellen.uit_tabellen` and, when valid, become
the open kaart (:func:`ui.staat.zet_kaart`), so the map and the balance use it on the
next run.  A bad cell is named (row and column) above its table and the open kaart stays
as it was.

The editors are keyed with the kaart's version (:data:`ui.staat.VERSIE`): after a
change is applied they start afresh from the new kaart, instead of re-applying their
old edits to a changed table.  Ids are never shown: dropdowns list partner names (the
opgave by its text) and new partners get an id made from their name.

A search box above the tables keeps a long kaart workable (a regional network of
hundreds of partners): each editor shows only the rows that match
(:func:`systeem.tabellen.zoek`), and the edits made there are merged back into the full
tables (:func:`systeem.tabellen.samenvoegen`) before they are applied, so the rows not
shown stay exactly as they were.  A filtered editor has its own key per search term:
edits pending in one view (a bad cell) never land on the rows of another.  A problem
names the row as the filtered view counts it, and says so ("Rij 2 (in de gefilterde
weergave)"); a problem in a row the filter hides names its row in the full table.
Above :data:`systeem.weergave.GROOT` partners (where the map switches to its readable
mode) a line says the tables are long and the search box helps.  The editors' own
toolbar search (the magnifier, or Ctrl+F / ⌘F in a table) still works in 1.67: it
highlights matches without hiding rows; the search box's help says so.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pandas as pd
import streamlit as st

from systeem import tabellen, weergave
from systeem.kaart import BELANG_SOORTEN, HOUDINGEN, OPGAVE, PARTNER_TYPES, SOORTEN, Kaart
from systeem.teksten import tekst
from systeem.validatie import KaartFout, Probleem
from ui import bewaren, staat
from ui.opmaak import md

#: Session keys of this page (besides the editors, keyed per kaart version).
MELDING = "invoeren_melding"
ZOEK = "invoeren_zoek"

#: Order of the tables on the page, and the columns each editor shows.
KOLOMMEN = {
    "partners": ["naam", "type", "sector", "invloed", "toelichting"],
    "stromen": ["van", "naar", "soort", "waarde", "omschrijving", "tastbaar"],
    "afhankelijkheden": ["partner", "afhankelijk_van", "waarvoor", "sterkte"],
    "belangen": ["partner", "omschrijving", "soort", "houding"],
}


def editor_sleutel(naam: str, versie: int | None = None, zoekterm: str | None = None) -> str:
    """The session key of the editor of table ``naam`` for kaart version ``versie``
    (the current version when absent) and search term ``zoekterm`` (the one in the
    search box when absent): ``invoeren_<naam>_<versie>`` without a search term,
    with a short hash of the term appended when the view is filtered."""
    if versie is None:
        versie = st.session_state.get(staat.VERSIE, 0)
    if zoekterm is None:
        zoekterm = st.session_state.get(ZOEK) or ""
    zoekterm = zoekterm.strip()
    if not zoekterm:
        return f"invoeren_{naam}_{versie}"
    return f"invoeren_{naam}_{versie}_{hashlib.sha256(zoekterm.encode()).hexdigest()[:12]}"


def toon() -> None:
    """Draw the page."""
    taal = staat.taal()
    kaart = staat.kaart()
    st.title(tekst("invoeren.titel", taal))
    st.caption(tekst("invoeren.uitleg", taal))
    bewaren.knoppen()
    _melding()
    _kop(kaart, taal)
    _snelle_stroom(kaart, taal)
    zoekterm = _zoekvak(kaart, taal)

    tabs = st.tabs([tekst(f"invoeren.tab.{naam}", taal) for naam in KOLOMMEN])
    meldingen: dict[str, Any] = {}
    bewerkt: dict[str, pd.DataFrame] = {}
    basis = tabellen.bewerkbaar(kaart)
    zichtbaar = tabellen.zoek(kaart, zoekterm) if zoekterm else None
    for tab, naam in zip(tabs, KOLOMMEN, strict=True):
        with tab:
            st.caption(tekst(f"invoeren.uitleg.{naam}", taal))
            getoond = basis[naam]
            if zichtbaar is not None:
                getoond = tabellen.uitsnede(basis[naam], zichtbaar[naam])
                st.caption(
                    tekst(
                        "zoeken.gefilterd",
                        taal,
                        getoond=len(getoond),
                        totaal=len(basis[naam]),
                        zoekterm=md(zoekterm),
                    )
                )
            meldingen[naam] = st.container()
            bewerkt[naam] = st.data_editor(
                getoond,
                key=editor_sleutel(naam, zoekterm=zoekterm),
                column_order=KOLOMMEN[naam],
                column_config=_kolommen(naam, kaart, taal),
                num_rows="dynamic",
                # The hidden RIJ column can be shown from the toolbar, never edited.
                disabled=[tabellen.RIJ] if zichtbaar is not None else False,
                hide_index=True,
                width="stretch",
            )
    _verwerk(kaart, bewerkt, meldingen, taal, zoekterm, basis, zichtbaar)


# ---------------------------------------------------------------------------
# Helpers.


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


def _snelle_stroom(kaart: Kaart, taal: str) -> None:
    """The quick form: one stroom from a partner (or the opgave) to another."""
    namen = _namen(kaart, taal)
    knopen = list(namen)
    versie = st.session_state.get(staat.VERSIE, 0)
    with st.container(border=True):
        st.markdown(f"**{tekst('invoeren.snel', taal)}**")
        if not len(kaart.partners):
            st.info(tekst("invoeren.geen_partners", taal))
            return
        with st.form(f"invoeren_snel_{versie}", border=False):
            kolommen = st.columns([3, 3, 2, 2, 4])
            kies = tekst("invoeren.kies", taal)
            van = kolommen[0].selectbox(
                _label("stromen", "van", taal),
                knopen,
                index=None,
                format_func=namen.get,
                placeholder=kies,
            )
            naar = kolommen[1].selectbox(
                _label("stromen", "naar", taal),
                knopen,
                index=None,
                format_func=namen.get,
                placeholder=kies,
            )
            soort = kolommen[2].selectbox(
                _label("stromen", "soort", taal),
                _soorten(kaart),
                index=None,
                placeholder=kies,
                help=tekst("invoeren.kies_soort", taal),
                accept_new_options=True,
            )
            waarde = kolommen[3].select_slider(
                _label("stromen", "waarde", taal),
                [1, 2, 3, 4, 5],
                value=3,
                format_func=lambda w: tekst(f"invoeren.waarde.{w}", taal),
            )
            omschrijving = kolommen[4].text_input(_label("stromen", "omschrijving", taal))
            st.caption(tekst("invoeren.snel_uitleg", taal))
            verstuurd = st.form_submit_button(tekst("invoeren.toevoegen", taal), type="primary")
        if not verstuurd:
            return
        try:
            nieuw = tabellen.met_stroom(kaart, van, naar, soort, waarde, omschrijving)
        except KaartFout as fout:
            _toon_fout(fout, "stromen", taal, met_rij=False)
            return
        stroom = nieuw.stromen.iloc[-1]
        _pas_toe(
            nieuw,
            tekst(
                "invoeren.toegevoegd",
                taal,
                van=namen[van],
                naar=namen[naar],
                soort=stroom["soort"],
                waarde=int(stroom["waarde"]),
            ),
        )


def _verwerk(
    kaart: Kaart,
    bewerkt: dict[str, pd.DataFrame],
    meldingen: dict[str, Any],
    taal: str,
    zoekterm: str = "",
    basis: dict[str, pd.DataFrame] | None = None,
    zichtbaar: dict[str, pd.Index] | None = None,
) -> None:
    """Apply the edited tables, or say above each table what is wrong with it.

    With a search term the editors hold filtered views (``zichtbaar`` rows of the full
    tables ``basis``); they are merged into the full tables first."""
    namen = [n for n in bewerkt if _heeft_wijzigingen(editor_sleutel(n, zoekterm=zoekterm))]
    if not namen:
        return
    plekken: dict[str, pd.Series] = {}
    if zichtbaar is not None and basis is not None:
        try:
            bewerkt = {
                naam: tabellen.samenvoegen(basis[naam], zichtbaar[naam], frame)
                for naam, frame in bewerkt.items()
            }
        except ValueError:  # a tampered RIJ column: refuse, change nothing
            with meldingen[namen[0]]:
                st.error(tekst("zoeken.onbekende_rij", taal))
                st.button(
                    tekst("invoeren.terugdraaien", taal),
                    key=f"invoeren_terug_{namen[0]}",
                    on_click=_terugdraaien,
                )
            return
        # Each row's place in the view, to name rows as the user sees them.
        plekken = {naam: frame[tabellen.ZICHTBAAR] for naam, frame in bewerkt.items()}
    gewijzigd = {naam: bewerkt[naam] for naam in namen}
    try:
        nieuw = tabellen.uit_tabellen(kaart, gewijzigd)
    except tabellen.VerwijderFout as fout:
        with meldingen["partners"]:
            if not _bevestig_verwijderen(fout, taal):
                return
        nieuw = tabellen.uit_tabellen(kaart, gewijzigd, meeverwijderen=True)
        namen = ", ".join(naam for naam, _ in fout.gevolgen.values())
        _pas_toe(nieuw, tekst("invoeren.verwijderd", taal, namen=namen))
    except KaartFout as fout:
        per_tabel: dict[str, list[Probleem]] = {}
        for p in fout.problemen:
            per_tabel.setdefault(p.tabel if p.tabel in meldingen else "partners", []).append(p)
        for naam, problemen in per_tabel.items():
            with meldingen[naam]:
                _toon_fout(KaartFout(problemen), naam, taal, plekken=plekken)
        return
    if nieuw != kaart:
        _pas_toe(nieuw, tekst("invoeren.verwerkt", taal))


def _heeft_wijzigingen(sleutel: str) -> bool:
    """Whether the editor with session key ``sleutel`` holds edits, added or deleted rows."""
    staat_editor = st.session_state.get(sleutel) or {}
    return any(staat_editor.get(s) for s in ("edited_rows", "added_rows", "deleted_rows"))


def _bevestig_verwijderen(fout: tabellen.VerwijderFout, taal: str) -> bool:
    """Warn that deleted partners are still used; True when the user confirms."""
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
    mee = links.button(tekst("invoeren.verwijder_mee", taal), key="invoeren_verwijder_mee")
    rechts.button(
        tekst("invoeren.terugdraaien", taal),
        key="invoeren_terug_partners",
        on_click=_terugdraaien,
    )
    return mee


def _toon_fout(
    fout: KaartFout,
    naam: str,
    taal: str,
    *,
    met_rij: bool = True,
    plekken: dict[str, pd.Series] | None = None,
) -> None:
    """Show the problems of one table (or the form, without rows) in Dutch, with a
    button that discards the pending edits.  ``plekken`` gives, per filtered table,
    each row's place in the view (see :func:`_rij`)."""
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


def _terugdraaien() -> None:
    """Discard the pending edits: the editors start afresh from the open kaart."""
    staat.zet_kaart(staat.kaart())


def _namen(kaart: Kaart, taal: str) -> dict[str, str]:
    """Node id -> name as the dropdowns show it (the opgave by its text)."""
    namen = kaart.namen()
    opgave = kaart.opgave or tekst("opgave", taal)
    namen[OPGAVE] = f"◎ {opgave}"
    return namen


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
    """The column_config of the editor of table ``naam``."""
    cc = st.column_config
    namen = _namen(kaart, taal)
    ids = list(kaart.partners["id"])

    def partner_keuze(veld: str, met_opgave: bool = False) -> Any:
        return cc.SelectboxColumn(
            _label(naam, veld, taal),
            width=220,
            options=[OPGAVE, *ids] if met_opgave else ids,
            format_func=lambda i: namen.get(i, i),
            required=True,
        )

    def keuze(veld: str, opties: tuple[str, ...], sleutel: str, standaard: str) -> Any:
        return cc.SelectboxColumn(
            _label(naam, veld, taal),
            options=list(opties),
            format_func=lambda w: tekst(f"invoeren.{sleutel}.{w}", taal),
            default=standaard,
            required=True,
        )

    def getal(veld: str, laag: int, verplicht: bool = True) -> Any:
        return cc.NumberColumn(
            _label(naam, veld, taal),
            width=115,
            min_value=laag,
            max_value=5,
            step=1,
            format="%d",
            required=verplicht,
        )

    def tekstkolom(veld: str, breed: bool = False, verplicht: bool = False) -> Any:
        return cc.TextColumn(
            _label(naam, veld, taal), width="large" if breed else None, required=verplicht
        )

    if naam == "partners":
        return {
            "naam": tekstkolom("naam", verplicht=True),
            "type": keuze("type", PARTNER_TYPES, "type", "organisatie"),
            "sector": tekstkolom("sector"),
            "invloed": getal("invloed", 0, verplicht=False),
            "toelichting": tekstkolom("toelichting", breed=True),
        }
    if naam == "stromen":
        return {
            "van": partner_keuze("van", met_opgave=True),
            "naar": partner_keuze("naar", met_opgave=True),
            "soort": cc.SelectboxColumn(
                _label(naam, "soort", taal), options=_soorten(kaart), required=True, width=120
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
        "omschrijving": tekstkolom("omschrijving", breed=True, verplicht=True),
        "soort": keuze("soort", BELANG_SOORTEN, "belang", "organisatie"),
        "houding": keuze("houding", HOUDINGEN, "houding", "neutraal"),
    }


toon()
