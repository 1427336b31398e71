"""Comparing two moments of the open kaart on Mijn kaarten: two foto's, or a foto and the
kaart now (:func:`systeem.analyses.vergelijking.vergelijk`): a sentence counting the
movements, the balans then and now per partner
(:mod:`systeemkaart.grafieken.balans_toen_nu`), and tables of
the partners and of the stromen added, removed and changed."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeem.analyses import vergelijking
from systeemkaart import staat
from systeemkaart.grafiek import klasse_tekst
from systeemkaart.grafieken.balans_toen_nu import balans_toen_nu
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst, woordenlijst

#: The choice "the kaart as it is now".
NU = "nu"
#: The stromen tables: which, and their columns.
STROMEN = (
    ("toegevoegd", ["van_naam", "naar_naam", "soort", "waarde", "omschrijving"]),
    ("verwijderd", ["van_naam", "naar_naam", "soort", "waarde", "omschrijving"]),
    ("gewijzigd", ["van_naam", "naar_naam", "soort", "waarde_toen", "waarde_nu", "omschrijving"]),
)


def toon(labels: dict[int, str], taal: str) -> None:
    """Draw the choice of the two moments (``labels``: foto id -> its name and time) and
    what changed between them."""
    st.subheader(tekst("vergelijk.kop", taal))
    noem = {NU: tekst("vergelijk.de_kaart_nu", taal), **labels}
    links, rechts = st.columns(2)
    toen_id = links.selectbox(
        tekst("vergelijk.toen", taal), list(labels), format_func=noem.get, key="mijn_toen"
    )
    nu_id = rechts.selectbox(
        tekst("vergelijk.nu", taal), [NU, *labels], format_func=noem.get, key="mijn_nu"
    )
    if toen_id == nu_id:
        st.info(tekst("vergelijk.zelfde", taal))
        return
    try:
        toen = staat.foto(toen_id).kaart
        nu = staat.kaart() if nu_id == NU else staat.foto(nu_id).kaart
    except staat.OpslagFout as fout:
        st.error(md(staat.melding(fout)))
        return
    drempel = staat.drempel()
    uitkomst = vergelijking.vergelijk(toen, nu, drempel)
    partners = uitkomst.partners
    telling = partners["beweging"].value_counts()
    st.markdown(
        tekst(
            "vergelijk.samenvatting",
            taal,
            naar=int(telling.get(vergelijking.NAAR_BALANS, 0)),
            van=int(telling.get(vergelijking.VAN_BALANS, 0)),
            gelijk=int(telling.get(vergelijking.GELIJK, 0)),
            nieuw=int(telling.get(vergelijking.NIEUW, 0)),
            weg=int(telling.get(vergelijking.VERTROKKEN, 0)),
        )
    )
    if partners[["balans_toen", "balans_nu"]].notna().any(axis=None):
        st.caption(tekst("vergelijk.uitleg", taal))
        st.altair_chart(balans_toen_nu(partners, drempel, taal), width="stretch")
    else:
        st.info(tekst("vergelijk.geen_partners", taal))
    _partners(partners, taal)
    _stromen(uitkomst, taal)


def _partners(partners: pd.DataFrame, taal: str) -> None:
    """Per partner the balans then and now, the shift, the movement and the klassen."""
    tabel = pd.DataFrame(
        {
            "naam": partners["naam"],
            "balans_toen": partners["balans_toen"],
            "balans_nu": partners["balans_nu"],
            "verschuiving": partners["verschuiving"],
            "beweging": partners["beweging"].map(lambda b: tekst(f"vergelijk.beweging.{b}", taal)),
            "klasse_toen": partners["klasse_toen"].map(lambda k: klasse_tekst(k, taal)),
            "klasse_nu": partners["klasse_nu"].map(lambda k: klasse_tekst(k, taal)),
        }
    )
    getal = "%+.2f"
    cc = st.column_config
    st.dataframe(
        tabel,
        hide_index=True,
        width="stretch",
        column_config={
            "naam": cc.TextColumn(tekst("vergelijk.partner", taal)),
            "balans_toen": cc.NumberColumn(tekst("vergelijk.balans_toen", taal), format=getal),
            "balans_nu": cc.NumberColumn(tekst("vergelijk.balans_nu", taal), format=getal),
            "verschuiving": cc.NumberColumn(
                tekst("vergelijk.verschuiving", taal),
                format=getal,
                help=tekst("vergelijk.verschuiving_hulp", taal),
            ),
            "beweging": cc.TextColumn(tekst("vergelijk.beweging", taal)),
            "klasse_toen": cc.TextColumn(tekst("vergelijk.klasse_toen", taal)),
            "klasse_nu": cc.TextColumn(tekst("vergelijk.klasse_nu", taal)),
        },
    )


def _stromen(uitkomst: vergelijking.Vergelijking, taal: str) -> None:
    """The stromen added, removed and changed, a table each (none when nothing changed)."""
    st.markdown(f"**{tekst('vergelijk.stromen', taal)}**")
    if uitkomst.toegevoegd.empty and uitkomst.verwijderd.empty and uitkomst.gewijzigd.empty:
        st.caption(tekst("vergelijk.geen_verschil", taal))
        return
    cc = st.column_config
    kolommen = {
        "van_naam": cc.TextColumn(tekst("vergelijk.van", taal)),
        "naar_naam": cc.TextColumn(tekst("vergelijk.naar", taal)),
        "soort": cc.TextColumn(tekst("vergelijk.soort", taal)),
        "waarde": cc.NumberColumn(tekst("vergelijk.waarde", taal)),
        "waarde_toen": cc.NumberColumn(tekst("vergelijk.waarde_toen", taal)),
        "waarde_nu": cc.NumberColumn(tekst("vergelijk.waarde_nu", taal)),
        "omschrijving": cc.TextColumn(tekst("vergelijk.omschrijving", taal)),
    }
    for sleutel, velden in STROMEN:
        tabel = getattr(uitkomst, sleutel)
        if tabel.empty:
            continue
        st.caption(tekst(f"vergelijk.{sleutel}", taal, aantal=len(tabel)))
        st.dataframe(
            tabel[velden].assign(soort=tabel["soort"].replace(woordenlijst("soort", taal))),
            hide_index=True,
            width="stretch",
            column_config={k: v for k, v in kolommen.items() if k in velden},
            key=f"mijn_stromen_{sleutel}",
        )
