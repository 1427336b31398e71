"""The Prullenbak tab of Mijn kaarten: the deleted kaarten, last deleted first, to restore
or to delete for good."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from systeemkaart.bewaren import tijd
from systeemkaart.mijn_kaarten import acties
from systeemkaart.mijn_kaarten.acties import knop
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst


def toon(tabel: pd.DataFrame, taal: str) -> None:
    """Draw the kaarten in the bin (:func:`systeemkaart.staat.kaarten` with
    ``prullenbak=True``), each with its two buttons."""
    st.caption(tekst("mijn.prullenbak.uitleg", taal))
    if tabel.empty:
        st.info(tekst("mijn.prullenbak.leeg", taal))
        return
    for rij in tabel.itertuples(index=False):
        with st.container(border=True, key=f"mijn_bak_{rij.id}"):
            links, terug, weg = st.columns([6, 1.4, 1.6], vertical_alignment="center")
            links.markdown(f"**{md(rij.titel)}**")
            links.caption(tekst("mijn.prullenbak.sinds", taal, tijd=tijd(rij.verwijderd, taal)))
            for plek, label, sleutel, actie, icon in (
                (terug, "mijn.terugzetten", "mijn_terug", acties.herstel, "restore_from_trash"),
                (weg, "mijn.wissen", "mijn_wis", acties.wis, "delete_forever"),
            ):
                args = (rij.id, rij.titel)
                knop(
                    plek,
                    tekst(label, taal),
                    f"{sleutel}_{rij.id}",
                    actie,
                    args,
                    f":material/{icon}:",
                )
