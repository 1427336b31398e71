"""Vertrek: what if a partner leaves (:func:`systeem.analyses.netwerk.vertrek`).

Which partners lose which stromen, which afhankelijkheden break, whether the network
falls apart, how the balans of the others moves; keep it as a scenario in one click.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeem.analyses import interventies, netwerk, vergelijking
from systeem.model.kaart import Kaart
from systeem.model.scenario import Vertrek, vrije_naam
from systeemkaart.grafieken import macht, voor_na
from systeemkaart.interventies import scenarios as sc
from systeemkaart.interventies.velden import namen as knoopnamen
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst

#: The partner of "wat als ... vertrekt".
VERTREK = "iv_vertrek"


def toon(kaart: Kaart, drempel: float, taal: str) -> None:
    """Pick a partner; what its departure does."""
    st.caption(tekst("interventies.vertrek.uitleg", taal))
    if not len(kaart.partners):
        st.info(tekst("interventies.vertrek.geen_partners", taal))
        return
    namen = knoopnamen(kaart, taal)
    ids = kaart.partners["id"].tolist()
    if st.session_state.get(VERTREK) not in ids:
        st.session_state[VERTREK] = ids[0]
    pid = st.selectbox(
        tekst("interventies.vertrek.kies", taal), ids, format_func=namen.get, key=VERTREK
    )
    naam = namen[pid]
    gevolg = netwerk.vertrek(kaart, pid)
    links, rechts = st.columns([1, 1], gap="large")
    with links:
        _verloren(gevolg, naam, namen, taal)
        st.subheader(tekst("interventies.vertrek.afh_kop", taal))
        if gevolg.gebroken_afhankelijkheden.empty:
            st.caption(tekst("interventies.vertrek.geen_afh", taal, naam=md(naam)))
        else:
            regels = macht.regels(
                gevolg.gebroken_afhankelijkheden, "interventies.vertrek.afh_regel", namen, taal
            )
            st.markdown(regels)
        _netwerk(gevolg, naam, namen, taal)
    with rechts:
        st.subheader(tekst("interventies.vertrek.balans_kop", taal))
        zonder = interventies.zonder_partner(kaart, pid)
        partners = vergelijking.vergelijk(kaart, zonder, drempel).partners.drop(index=pid)
        voor_na.toon(partners, drempel, taal)
    scenario_naam = tekst("interventies.vertrek.scenario", taal, naam=naam)
    st.button(
        tekst("interventies.vertrek.bewaar", taal),
        key="iv_vertrek_bewaar",
        on_click=sc.nieuw,
        args=((Vertrek(partner=pid),), vrije_naam(kaart.scenarios, scenario_naam)),
        type="primary",
        icon=":material/bookmark_add:",
    )


def _verloren(gevolg: netwerk.Vertrek, naam: str, namen: dict[str, str], taal: str) -> None:
    """Who gets what from the partner no more, and who no longer gives to it."""
    st.subheader(tekst("interventies.vertrek.stromen_kop", taal, naam=md(naam)))
    verloren = gevolg.verloren_stromen
    if verloren.empty:
        st.caption(tekst("interventies.vertrek.geen_stromen", taal, naam=md(naam)))
        return
    tabel = pd.DataFrame(
        {
            tekst("interventies.kolom.partner", taal): verloren["id"].map(namen).to_numpy(),
            tekst("interventies.vertrek.kreeg", taal, naam=naam): verloren["mist_halen"].to_numpy(),
            tekst("interventies.vertrek.gaf", taal, naam=naam): verloren["mist_brengen"].to_numpy(),
        }
    )
    st.table(tabel, hide_index=True)


def _netwerk(gevolg: netwerk.Vertrek, naam: str, namen: dict[str, str], taal: str) -> None:
    """Whether the network stays whole without the partner, or in which parts it falls."""
    st.subheader(tekst("interventies.vertrek.netwerk_kop", taal))
    if not gevolg.splitst:
        st.success(tekst("interventies.vertrek.heel", taal, naam=md(naam)), icon=":material/hub:")
        return
    delen = "\n".join(
        f"{n}. " + ", ".join(md(namen.get(k, k)) for k in deel)
        for n, deel in enumerate(gevolg.delen, start=1)
    )
    st.warning(
        tekst("interventies.vertrek.splitst", taal, naam=md(naam), aantal=len(gevolg.delen))
        + "\n\n"
        + delen,
        icon=":material/call_split:",
    )
