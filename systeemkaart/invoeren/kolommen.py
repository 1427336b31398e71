"""The columns of the four tables as the Invoeren page shows them: which columns, their
headers, how a partner is named in a choice, and each grid's ``column_config``.

Ids are never shown: dropdowns list partner names (the opgave by its text, marked with
:data:`OPGAVE_TEKEN`).  No column is ``required`` for Streamlit: it would hold back an
incomplete new row and show its own English tooltip; the page says what is missing
itself (:mod:`systeemkaart.invoeren.verwerken`).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from systeem.bestanden import toevoegen
from systeem.model.kaart import BELANG_SOORTEN, HOUDINGEN, OPGAVE, PARTNER_TYPES, Kaart
from systeemkaart.teksten import tekst, woord

#: Order of the tables on the page, and the columns each editor shows.
KOLOMMEN = {
    "partners": ["naam", "type", "sector", "invloed", "toelichting"],
    "stromen": ["van", "naar", "soort", "waarde", "omschrijving", "tastbaar"],
    "afhankelijkheden": ["partner", "afhankelijk_van", "waarvoor", "sterkte"],
    "belangen": ["partner", "omschrijving", "soort", "houding"],
}
#: The opgave's mark in a list of partners.
OPGAVE_TEKEN = "◎ "


def label(tabel: str, veld: str | None, taal: str) -> str:
    """The column header of field ``veld`` of ``tabel`` as the editor shows it ("" for
    a field the editor does not show)."""
    if not veld or veld not in KOLOMMEN.get(tabel, ()):
        return ""
    if tabel == "belangen" and veld == "soort":
        return tekst("invoeren.kolom.belang_soort", taal)
    return tekst(f"invoeren.kolom.{veld}", taal)


def namen(kaart: Kaart, taal: str) -> dict[str, str]:
    """Node id -> name as the choices show it (the opgave first, by its text)."""
    namen = kaart.namen()
    namen[OPGAVE] = OPGAVE_TEKEN + (kaart.opgave or tekst("opgave", taal))
    return namen


def partners(kaart: Kaart) -> dict[str, str]:
    """Partner id -> name, without the opgave (for afhankelijkheden and belangen)."""
    return dict(zip(kaart.partners["id"], kaart.partners["naam"], strict=True))


def kolommen(naam: str, kaart: Kaart, taal: str) -> dict[str, Any]:
    """The column_config of the editor of table ``naam``."""
    cc = st.column_config
    knopen = namen(kaart, taal)
    ids = list(kaart.partners["id"])

    def partner_keuze(veld: str, met_opgave: bool = False) -> Any:
        return cc.SelectboxColumn(
            label(naam, veld, taal),
            width=220,
            options=[OPGAVE, *ids] if met_opgave else ids,
            format_func=lambda i: knopen.get(i, i),
        )

    def keuze(veld: str, opties: tuple[str, ...], sleutel: str, standaard: str) -> Any:
        return cc.SelectboxColumn(
            label(naam, veld, taal),
            options=list(opties),
            format_func=lambda w: tekst(f"invoeren.{sleutel}.{w}", taal),
            default=standaard,
        )

    def getal(veld: str, laag: int) -> Any:
        return cc.NumberColumn(
            label(naam, veld, taal), width=115, min_value=laag, max_value=5, step=1, format="%d"
        )

    def tekstkolom(veld: str, breed: bool = False) -> Any:
        return cc.TextColumn(label(naam, veld, taal), width="large" if breed else None)

    begin = toevoegen.BEGIN
    if naam == "partners":
        return {
            "naam": tekstkolom("naam"),
            "type": keuze("type", PARTNER_TYPES, "type", begin["partners"]["type"]),
            "sector": tekstkolom("sector"),
            "invloed": getal("invloed", 0),
            "toelichting": tekstkolom("toelichting", breed=True),
        }
    if naam == "stromen":
        return {
            "van": partner_keuze("van", met_opgave=True),
            "naar": partner_keuze("naar", met_opgave=True),
            "soort": cc.SelectboxColumn(
                label(naam, "soort", taal),
                options=toevoegen.soort_keuzes(kaart),
                format_func=lambda s: woord("soort", s, taal),
                width=120,
            ),
            "waarde": getal("waarde", 1),
            "omschrijving": tekstkolom("omschrijving"),
            "tastbaar": cc.CheckboxColumn(label(naam, "tastbaar", taal), width=85),
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
        "soort": keuze("soort", BELANG_SOORTEN, "belang", begin["belangen"]["soort"]),
        "houding": keuze("houding", HOUDINGEN, "houding", begin["belangen"]["houding"]),
    }
