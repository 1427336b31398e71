"""The quick forms of the Invoeren page: tabs Partners, Stroom, Afhankelijkheid, Belang.

Each adds one thing per submit, the partners several at once (a name per line).
Choices of a partner are pills (one click) up to :data:`PILLEN_MAX` nodes, a list you
can type in above that.  The widgets keep stable keys
(:data:`systeemkaart.invoeren.sleutels.K`) and the submit runs in a callback
(:mod:`systeemkaart.invoeren.indienen`); Enter in the last text field submits.  What a
form offers first comes from :data:`systeem.bestanden.toevoegen.BEGIN`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import streamlit as st

from systeem.bestanden import toevoegen
from systeem.model.kaart import BELANG_SOORTEN, HOUDINGEN, OPGAVE, PARTNER_TYPES, Kaart
from systeemkaart.invoeren import indienen
from systeemkaart.invoeren.kolommen import OPGAVE_TEKEN, label, namen, partners
from systeemkaart.invoeren.meldingen import toon_fout
from systeemkaart.invoeren.sleutels import BEGIN_VELDEN, FOUT, GEDAAN, SNEL_TAB, K
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst, woord

#: Up to this many nodes (partners and the opgave) a choice of partner is a row of
#: pills, one click; above it a list you can type in.
PILLEN_MAX = 16
#: The opgave's text on a pill is cut to this many characters.
KORT = 28
#: The quick forms, in tab order.
SNELLE = ("partners", "stroom", "afhankelijkheid", "belang")


def snel(kaart: Kaart, taal: str) -> None:
    """The four quick forms in tabs; the tab stays chosen across runs."""
    for veld, (tabel, kolom) in BEGIN_VELDEN.items():
        st.session_state.setdefault(K[veld], toevoegen.BEGIN[tabel][kolom])
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
        _schaal("type", label("partners", "type", taal), PARTNER_TYPES, "invoeren.type", taal)
        _afsluiting("partners", "invoeren.partners.toevoegen", indienen.partners_toevoegen, taal)


def _stroom_formulier(kaart: Kaart, taal: str) -> None:
    knopen = namen(kaart, taal)
    soorten = toevoegen.soort_keuzes(kaart)
    _geldig(K["soort"], soorten)
    with st.form("invoeren_stroom_formulier", border=False):
        st.caption(tekst("invoeren.snel_uitleg", taal))
        _knoop_keuze("van", label("stromen", "van", taal), knopen, taal)
        _knoop_keuze("naar", label("stromen", "naar", taal), knopen, taal)
        st.pills(
            label("stromen", "soort", taal),
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
        _schaal("waarde", label("stromen", "waarde", taal), range(1, 6), "invoeren.waarde", taal)
        st.text_input(label("stromen", "omschrijving", taal), key=K["omschrijving"])
        _afsluiting("stroom", "invoeren.toevoegen", indienen.stroom_toevoegen, taal)


def _afh_formulier(kaart: Kaart, taal: str) -> None:
    ids = partners(kaart)
    with st.form("invoeren_afh_formulier", border=False):
        st.caption(tekst("invoeren.uitleg.afhankelijkheden", taal))
        _knoop_keuze("afh_partner", label("afhankelijkheden", "partner", taal), ids, taal)
        _knoop_keuze("afh_van", label("afhankelijkheden", "afhankelijk_van", taal), ids, taal)
        _schaal(
            "sterkte",
            label("afhankelijkheden", "sterkte", taal),
            range(1, 6),
            "invoeren.sterkte",
            taal,
        )
        st.text_input(label("afhankelijkheden", "waarvoor", taal), key=K["waarvoor"])
        _afsluiting("afhankelijkheid", "invoeren.afh.toevoegen", indienen.afh_toevoegen, taal)


def _belang_formulier(kaart: Kaart, taal: str) -> None:
    with st.form("invoeren_belang_formulier", border=False):
        st.caption(tekst("invoeren.uitleg.belangen", taal))
        _knoop_keuze("belang_partner", label("belangen", "partner", taal), partners(kaart), taal)
        links, rechts = st.columns(2)
        with links:
            soort = label("belangen", "soort", taal)
            _schaal("belang_soort", soort, BELANG_SOORTEN, "invoeren.belang", taal)
        with rechts:
            houding = label("belangen", "houding", taal)
            _schaal("houding", houding, HOUDINGEN, "invoeren.houding", taal)
        st.text_input(label("belangen", "omschrijving", taal), key=K["belang_omschrijving"])
        _afsluiting("belang", "invoeren.belang.toevoegen", indienen.belang_toevoegen, taal)


def _knoop_keuze(veld: str, kop: str, knopen: dict[str, str], taal: str) -> None:
    """A choice of partner (or the opgave) among ``knopen`` (id -> name) kept under
    ``K[veld]``: pills up to :data:`PILLEN_MAX` nodes, else a list to type in."""
    ids = list(knopen)
    _geldig(K[veld], ids)
    if len(ids) <= PILLEN_MAX:
        st.pills(kop, ids, format_func=lambda i: _pil(i, knopen), key=K[veld])
    else:
        st.selectbox(
            kop,
            ids,
            index=None,
            format_func=lambda i: knopen.get(i, i),
            key=K[veld],
            placeholder=tekst("invoeren.kies", taal),
        )


def _schaal(veld: str, kop: str, opties: Iterable, sleutel: str, taal: str) -> None:
    """A choice that always has a value (waarde, sterkte, type, houding, ...)."""
    st.segmented_control(
        kop,
        list(opties),
        format_func=lambda w: tekst(f"{sleutel}.{w}", taal),
        key=K[veld],
        required=True,
    )


def _afsluiting(formulier: str, knop: str, doe: Callable[[str], None], taal: str) -> None:
    """The end of a quick form: its problems or what it added, and the submit button."""
    fout = st.session_state.get(FOUT, {}).pop(formulier, None)
    if fout is not None:
        toon_fout(fout, "", taal, met_rij=False)
    elif gedaan := st.session_state.get(GEDAAN, {}).get(formulier):
        st.caption(f":material/check: {md(gedaan)}")
    st.form_submit_button(tekst(knop, taal), type="primary", on_click=doe, args=(taal,))
    if formulier != "partners":
        st.caption(tekst(f"invoeren.blijft.{formulier}", taal))


def _geldig(sleutel: str, opties: list[str]) -> None:
    """Forget a kept choice that is no longer offered (a partner deleted elsewhere)."""
    if st.session_state.get(sleutel) not in (None, *opties):
        st.session_state[sleutel] = None


def _pil(knoop: str, knopen: dict[str, str]) -> str:
    """The label of a node on a pill: markdown, so the name is escaped; the opgave
    with an icon (a leading symbol would be taken for the pill's icon and dropped)."""
    naam = md(_kort(knopen.get(knoop, knoop).removeprefix(OPGAVE_TEKEN)))
    return f":material/adjust: {naam}" if knoop == OPGAVE else naam


def _kort(naam: str) -> str:
    """A name for a pill: cut at :data:`KORT` characters."""
    return naam if len(naam) <= KORT else naam[: KORT - 1].rstrip() + "…"
