"""The panel of the selected partner on the Kaart page: what it brings and takes (in
total and per soort), its place in the network, its belangen, afhankelijkheden and
signalen.  A partner is selected by a click on the map or in the list above the panel.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeem.analyses import afhankelijkheid, balans, netwerkmaten
from systeem.analyses.signalen import Signaal
from systeem.model.kaart import Kaart
from systeem.weergave import HOUDING_STIJL
from systeemkaart import onthouden, staat
from systeemkaart.kaartpagina import BADGE_KLEUREN
from systeemkaart.opmaak import md
from systeemkaart.teksten import getal, tekst, woord, woordenlijst

#: Widget key of the list of partners (a mirror of the selection in systeemkaart.staat).
W_PARTNER = "kaart_w_partner"


def paneel(kaart: Kaart, tabel: pd.DataFrame, alle: list[Signaal], taal: str) -> None:
    """The choice of partner and, when one is chosen, its panel; ``tabel`` is the
    balans of ``kaart`` and ``alle`` its signalen."""
    ids = list(tabel.index)
    if not ids:
        return
    gekozen = st.session_state.get(staat.GESELECTEERD)
    onthouden.toon(W_PARTNER, gekozen if gekozen in ids else None)
    st.selectbox(
        tekst("kaart.kies_partner", taal),
        [None, *ids],
        format_func=lambda i: tekst("kaart.geen_keuze", taal) if i is None else tabel.at[i, "naam"],
        placeholder=tekst("kaart.geen_keuze", taal),
        **onthouden.koppel(W_PARTNER, staat.GESELECTEERD),
    )
    if gekozen not in ids:
        st.info(tekst("kaart.hint_klik", taal))
        return
    with st.container(border=True, key="kaart_paneel"):
        _kop(kaart, tabel.loc[gekozen], gekozen, taal)
        _per_soort(kaart, gekozen, taal)
        _maten(kaart, gekozen, taal)
        _belangen(kaart, gekozen, taal)
        _afhankelijkheden(kaart, gekozen, taal)
        eigen = [s for s in alle if gekozen in s.partners]
        st.markdown(f"**{tekst('kaart.signalen', taal)}**")
        if eigen:
            for s in eigen:
                st.warning(md(s.tekst))
        else:
            st.caption(tekst("kaart.geen_signalen_partner", taal))


def _kop(kaart: Kaart, rij: pd.Series, gekozen: str, taal: str) -> None:
    """Name, balance klasse, type, sector, invloed, toelichting, brengen and halen."""
    partner = kaart.partners.set_index("id").loc[gekozen]
    st.markdown(f"#### {md(rij['naam'])}")
    st.badge(tekst(f"klasse.{rij['klasse']}", taal), color=BADGE_KLEUREN[rij["klasse"]])
    ptype = woord("type", partner["type"], taal) if isinstance(partner["type"], str) else ""
    delen = [md(v) for v in (ptype, partner["sector"]) if isinstance(v, str) and v]
    if not pd.isna(partner["invloed"]):
        delen.append(tekst("kaart.invloed", taal, invloed=int(partner["invloed"])))
    if delen:
        st.caption(" · ".join(delen))
    if isinstance(partner["toelichting"], str) and partner["toelichting"]:
        st.markdown(md(partner["toelichting"]))
    a, b = st.columns(2)
    a.metric(tekst("kaart.brengt", taal), int(rij["brengen"]))
    b.metric(tekst("kaart.haalt", taal), int(rij["halen"]))
    if not pd.isna(rij["balans"]):
        st.markdown(
            tekst("kaart.balans_regel", taal, balans=getal(rij["balans"], taal, teken=True)),
            help=tekst("kaart.balans_uitleg", taal),
        )


def _per_soort(kaart: Kaart, gekozen: str, taal: str) -> None:
    soorten = balans.per_soort(kaart)
    eigen = soorten[soorten["id"] == gekozen]
    st.markdown(f"**{tekst('kaart.per_soort', taal)}**")
    if eigen.empty:
        st.caption(tekst("kaart.geen_stromen_partner", taal))
        return
    st.dataframe(
        eigen[["soort", "brengen", "halen", "saldo"]].assign(
            soort=eigen["soort"].replace(woordenlijst("soort", taal))
        ),
        hide_index=True,
        width="stretch",
        column_config={
            "soort": st.column_config.TextColumn(tekst("kaart.soort", taal)),
            "brengen": st.column_config.NumberColumn(tekst("kaart.brengt", taal)),
            "halen": st.column_config.NumberColumn(tekst("kaart.haalt", taal)),
            "saldo": st.column_config.NumberColumn(
                tekst("kaart.saldo", taal), help=tekst("kaart.saldo_uitleg", taal)
            ),
        },
    )


def _maten(kaart: Kaart, gekozen: str, taal: str) -> None:
    """The partner's network measures in three lines; the header's help defines them."""
    rij = netwerkmaten.maten(kaart).loc[gekozen]
    uitleg = "\n\n".join(
        f"**{tekst(f'maat.{k}', taal)}**: {tekst(f'maat.{k}.uitleg', taal)}"
        for k in netwerkmaten.KOLOMMEN
    )
    st.markdown(f"**{tekst('kaart.maten', taal)}**", help=uitleg)
    regels = [
        tekst("kaart.maten.graad", taal, graad_in=rij["graad_in"], graad_uit=rij["graad_uit"]),
        tekst(
            "kaart.maten.routes",
            taal,
            betweenness=getal(rij["betweenness"], taal),
            closeness=getal(rij["closeness"], taal),
            pagerank=getal(rij["pagerank"], taal, cijfers=3),
        ),
        tekst(
            "kaart.maten.micmac",
            taal,
            invloed=rij["micmac_invloed"],
            afhankelijkheid=rij["micmac_afhankelijkheid"],
            rol=tekst(f"micmac.{rij['micmac_rol']}", taal),
        ),
    ]
    st.markdown("  \n".join(regels))


def _belangen(kaart: Kaart, gekozen: str, taal: str) -> None:
    eigen = kaart.belangen[kaart.belangen["partner"] == gekozen]
    st.markdown(f"**{tekst('kaart.belangen', taal)}**")
    if eigen.empty:
        st.caption(tekst("kaart.geen_belangen", taal))
        return
    regels = []
    for b in eigen.itertuples():
        teken = HOUDING_STIJL.get(b.houding, ("", "", "•"))[2]
        soort = tekst(f"weergave.belang.{b.soort}", taal) if b.soort else ""
        houding = tekst(f"weergave.houding.{b.houding}", taal) if b.houding else ""
        extra = ", ".join(d for d in (soort, houding) if d)
        regels.append(f"- {teken} {md(b.omschrijving)}" + (f" ({extra})" if extra else ""))
    st.markdown("\n".join(regels))


#: The two directions of an afhankelijkheid in the panel: the chosen partner in column
#: ``eigen``, the other in ``ander``; the line's text key and its name for the other.
_RICHTINGEN = (
    ("partner", "afhankelijk_van", "kaart.afhankelijk_van", "van"),
    ("afhankelijk_van", "partner", "kaart.afhankelijk_van_hem", "partner"),
)


def _afhankelijkheden(kaart: Kaart, gekozen: str, taal: str) -> None:
    """On whom the partner depends, then who depends on it, a line each."""
    paren = afhankelijkheid.sterktes(kaart)
    namen = kaart.namen()
    regels = []
    for eigen, ander, sleutel, veld in _RICHTINGEN:
        rijen = paren[paren[eigen] == gekozen]
        regels += [
            "- "
            + tekst(
                sleutel, taal, **{veld: md(namen.get(i, i))}, waarvoor=_waarvoor(w, taal), sterkte=s
            )
            for i, w, s in zip(rijen[ander], rijen["waarvoor"], rijen["sterkte"], strict=True)
        ]
    st.markdown(f"**{tekst('kaart.afhankelijkheden', taal)}**")
    if regels:
        st.markdown("\n".join(regels))
    else:
        st.caption(tekst("kaart.geen_afhankelijkheden", taal))


def _waarvoor(waarvoor: object, taal: str) -> str:
    if isinstance(waarvoor, str) and waarvoor:
        return tekst("signaal.waarvoor", taal, waarvoor=md(waarvoor))
    return ""
