"""Mijn kaarten: the user's stored kaarten, the bin, and the foto's of the open kaart.

Three tabs.  *Kaarten*: every stored kaart with its title, opgave and last change, to
open, duplicate, rename or move to the bin, and a form for a new kaart (empty, or a
copy of an example).  *Foto's*: save a named, dated snapshot of the open kaart, look at
one read-only (and put it back if wanted), and compare two moments (two foto's, or a
foto and now) in a chart and tables (:mod:`systeem.analyses.vergelijking`).  *Prullenbak*: the
deleted kaarten, to restore or delete for good.

Everything goes through :mod:`systeemkaart.staat` (which knows the store); this page only draws.
"""

from __future__ import annotations

from datetime import datetime

import altair as alt
import pandas as pd
import streamlit as st

from systeem import weergave
from systeem.analyses import vergelijking
from systeem.bestanden import voorbeelden
from systeem.model.validatie import KaartFout
from systeem.opslag import Opslag, OpslagFout
from systeemkaart import grafiek, staat
from systeemkaart.bewaren import tijd
from systeemkaart.navigatie import pagina
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst, woordenlijst

#: A one-off message for the next run (what the last action did).
MELDING = "mijn_melding"
#: The choice "the kaart as it is now" in the comparison.
NU = "nu"
#: Colours of the movements in the comparison chart (as on the map: green is balance).
KLEUREN = {
    vergelijking.NAAR_BALANS: "#009E73",
    vergelijking.VAN_BALANS: "#D55E00",
    vergelijking.GELIJK: "#999999",
    vergelijking.NIEUW: "#0072B2",
    vergelijking.VERTROKKEN: "#BBBBBB",
    vergelijking.ONBEPAALD: "#BBBBBB",
}


def toon() -> None:
    """Draw the page."""
    taal = staat.taal()
    st.title(tekst("mijn.titel", taal))
    st.caption(tekst("mijn.uitleg", taal))
    melding = st.session_state.pop(MELDING, None)
    if melding:
        st.success(md(melding), icon=":material/check_circle:")
    winkel = staat.opslag()
    if winkel is None:
        st.error(
            tekst(
                "mijn.geen_opslag",
                taal,
                reden=md(st.session_state.get(staat.OPSLAG_FOUT, "")),
            )
        )
        return
    prullenbak = winkel.lijst(prullenbak=True)
    kaarten, fotos, bak = st.tabs(
        [
            tekst("mijn.tab.kaarten", taal),
            tekst("mijn.tab.fotos", taal),
            tekst("mijn.tab.prullenbak", taal, aantal=len(prullenbak)),
        ]
    )
    with kaarten:
        _nieuw(taal)
        _lijst(winkel, taal)
        st.caption(tekst("mijn.bestand", taal, pad=md(winkel.pad)))
    with fotos:
        _fotos(winkel, taal)
    with bak:
        _prullenbak(prullenbak, taal)


# ---------------------------------------------------------------------------
# Kaarten.


def _lijst(winkel: Opslag, taal: str) -> None:
    tabel = winkel.lijst()
    st.subheader(tekst("mijn.lijst", taal))
    if tabel.empty:
        st.info(tekst("mijn.leeg", taal))
        return
    open_id = st.session_state.get(staat.KAART_ID)
    for rij in tabel.itertuples(index=False):
        with st.container(border=True, key=f"mijn_kaart_{rij.id}"):
            links, open_, kopie, meer = st.columns([6, 1.3, 1.3, 1], vertical_alignment="center")
            with links:
                st.markdown(f"**{md(rij.titel)}**")
                regels = [md(rij.opgave)] if rij.opgave else []
                regels.append(tekst("mijn.gewijzigd", taal, tijd=tijd(rij.gewijzigd, taal)))
                st.caption("  \n".join(regels))
            is_open = rij.id == open_id
            open_.button(
                tekst("mijn.open_nu" if is_open else "mijn.openen", taal),
                key=f"mijn_open_{rij.id}",
                on_click=_open,
                args=(rij.id,),
                disabled=is_open,
                type="secondary" if is_open else "primary",
                width="stretch",
            )
            kopie.button(
                tekst("mijn.dupliceren", taal),
                key=f"mijn_kopie_{rij.id}",
                on_click=_dupliceer,
                args=(rij.id, tekst("mijn.kopie", taal, titel=rij.titel)),
                icon=":material/content_copy:",
                width="stretch",
            )
            # A label, not only an icon: Streamlit names an icon-only button for screen
            # readers by the icon ("more_vert icon").
            with meer.popover(
                tekst("mijn.meer_knop", taal),
                icon=":material/more_vert:",
                help=tekst("mijn.meer", taal),
                width="stretch",
            ):
                st.text_input(
                    tekst("mijn.nieuwe_naam", taal), value=rij.titel, key=f"mijn_naam_{rij.id}"
                )
                st.button(
                    tekst("mijn.hernoemen", taal),
                    key=f"mijn_hernoem_{rij.id}",
                    on_click=_hernoem,
                    args=(rij.id,),
                    icon=":material/edit:",
                )
                st.button(
                    tekst("mijn.verwijderen", taal),
                    key=f"mijn_weg_{rij.id}",
                    on_click=_verwijder,
                    args=(rij.id, rij.titel),
                    icon=":material/delete:",
                )


def _nieuw(taal: str) -> None:
    with st.expander(tekst("mijn.nieuw", taal), icon=":material/add:"):
        soort = st.radio(
            tekst("mijn.nieuw.soort", taal),
            ["leeg", "voorbeeld"],
            format_func=lambda s: tekst(f"mijn.nieuw.{s}", taal),
            horizontal=True,
            key="mijn_nieuw_soort",
        )
        with st.form("mijn_nieuw", border=False):
            if soort == "leeg":
                titel = st.text_input(tekst("mijn.nieuw.titel", taal), key="mijn_nieuw_titel")
                opgave = st.text_input(tekst("mijn.nieuw.opgave", taal), key="mijn_nieuw_opgave")
            else:
                naam = st.selectbox(
                    tekst("mijn.nieuw.kies_voorbeeld", taal),
                    voorbeelden.namen(),
                    format_func=lambda n: voorbeelden.laad(n).titel,
                    key="mijn_nieuw_voorbeeld",
                )
            if not st.form_submit_button(tekst("mijn.nieuw.maak", taal), type="primary"):
                return
        try:
            if soort == "leeg":
                if not (titel.strip() or opgave.strip()):
                    st.error(tekst("mijn.nieuw.leeg_fout", taal))
                    return
                staat.nieuwe_kaart(titel.strip(), opgave.strip())
            else:
                staat.kopie_van_voorbeeld(naam)
        except KaartFout as fout:
            st.error("\n".join(p.rij_tekst() for p in fout.problemen))
            return
        st.session_state[MELDING] = tekst("mijn.nieuw.gemaakt", taal, titel=staat.kaart().titel)
        st.switch_page(pagina("invoeren" if soort == "leeg" else "kaart"))


def _open(kaart_id: str) -> None:
    if staat.open_kaart(kaart_id):
        st.session_state[MELDING] = tekst("mijn.geopend", staat.taal(), titel=staat.kaart().titel)
    else:
        st.session_state[MELDING] = tekst("opslag.onbekend", staat.taal())


def _dupliceer(kaart_id: str, titel: str) -> None:
    _doe(
        lambda: staat.dupliceer(kaart_id, titel),
        tekst("mijn.gedupliceerd", staat.taal(), titel=titel),
    )


def _hernoem(kaart_id: str) -> None:
    titel = str(st.session_state.get(f"mijn_naam_{kaart_id}", "")).strip()
    if not titel:
        st.session_state[MELDING] = tekst("mijn.naam_leeg", staat.taal())
        return
    _doe(lambda: staat.hernoem(kaart_id, titel), tekst("mijn.hernoemd", staat.taal(), titel=titel))


def _verwijder(kaart_id: str, titel: str) -> None:
    _doe(lambda: staat.verwijder(kaart_id), tekst("mijn.verwijderd", staat.taal(), titel=titel))


def _herstel(kaart_id: str, titel: str) -> None:
    _doe(lambda: staat.herstel(kaart_id), tekst("mijn.teruggezet", staat.taal(), titel=titel))


def _wis(kaart_id: str, titel: str) -> None:
    winkel = staat.opslag()
    if winkel is not None:
        _doe(lambda: winkel.wis(kaart_id), tekst("mijn.gewist", staat.taal(), titel=titel))


def _doe(actie, gelukt: str) -> None:
    """Run a store action from a callback; leave what happened for the next run."""
    try:
        actie()
    except OpslagFout as fout:
        st.session_state[staat.OPSLAG_FOUT] = str(fout)
        return
    st.session_state[MELDING] = gelukt


# ---------------------------------------------------------------------------
# Prullenbak.


def _prullenbak(tabel: pd.DataFrame, taal: str) -> None:
    st.caption(tekst("mijn.prullenbak.uitleg", taal))
    if tabel.empty:
        st.info(tekst("mijn.prullenbak.leeg", taal))
        return
    for rij in tabel.itertuples(index=False):
        with st.container(border=True, key=f"mijn_bak_{rij.id}"):
            links, terug, weg = st.columns([6, 1.4, 1.6], vertical_alignment="center")
            links.markdown(f"**{md(rij.titel)}**")
            links.caption(tekst("mijn.prullenbak.sinds", taal, tijd=tijd(rij.verwijderd, taal)))
            terug.button(
                tekst("mijn.terugzetten", taal),
                key=f"mijn_terug_{rij.id}",
                on_click=_herstel,
                args=(rij.id, rij.titel),
                icon=":material/restore_from_trash:",
                width="stretch",
            )
            weg.button(
                tekst("mijn.wissen", taal),
                key=f"mijn_wis_{rij.id}",
                on_click=_wis,
                args=(rij.id, rij.titel),
                icon=":material/delete_forever:",
                width="stretch",
            )


# ---------------------------------------------------------------------------
# Foto's.


def _fotos(winkel: Opslag, taal: str) -> None:
    kaart = staat.kaart()
    st.subheader(tekst("foto.kop", taal, titel=md(kaart.titel)))
    st.caption(tekst("foto.uitleg", taal))
    kid = st.session_state.get(staat.KAART_ID)
    if kid is None:
        st.caption(tekst("foto.voorbeeld", taal))
    with st.form("mijn_foto", border=True):
        naam = st.text_input(
            tekst("foto.naam", taal),
            placeholder=tekst(
                "foto.naam_standaard", taal, datum=tijd(datetime.now().astimezone(), taal)
            ),
            key="mijn_foto_naam",
        )
        if st.form_submit_button(tekst("foto.maak", taal), icon=":material/photo_camera:"):
            naam = naam.strip() or tekst(
                "foto.naam_standaard", taal, datum=tijd(datetime.now().astimezone(), taal)
            )
            if staat.maak_foto(naam) is not None:
                st.session_state[MELDING] = tekst("foto.gemaakt", taal, naam=naam)
            st.rerun()
    if kid is None:
        return
    lijst = winkel.fotos(kid)
    if lijst.empty:
        st.info(tekst("foto.geen", taal))
        return
    labels = {
        int(i): f"{n} · {tijd(g, taal)}"
        for i, n, g in zip(lijst["id"], lijst["naam"], lijst["gemaakt"], strict=True)
    }
    st.dataframe(
        pd.DataFrame(
            {
                tekst("foto.lijst.naam", taal): lijst["naam"],
                tekst("foto.lijst.gemaakt", taal): [tijd(g, taal) for g in lijst["gemaakt"]],
            }
        ),
        hide_index=True,
        width="stretch",
    )
    _vergelijk(winkel, labels, taal)
    _bekijk(winkel, labels, taal)


def _bekijk(winkel: Opslag, labels: dict[int, str], taal: str) -> None:
    st.subheader(tekst("foto.bekijk", taal))
    gekozen = st.selectbox(
        tekst("foto.kies", taal),
        list(labels),
        format_func=labels.get,
        index=None,
        placeholder=tekst("foto.kies", taal),
        key="mijn_foto_bekijk",
    )
    if gekozen is None:
        return
    try:
        foto = winkel.foto(gekozen)
    except OpslagFout as fout:
        st.error(md(fout))
        return
    st.info(tekst("foto.alleen_lezen", taal, tijd=tijd(foto.gemaakt, taal)), icon=":material/lock:")
    st.iframe(
        weergave.html(foto.kaart, drempel=staat.drempel(), taal=taal, hoogte=520, kop=True),
        height=560,
    )
    links, rechts, _ = st.columns([1.6, 1.2, 3])
    if links.button(
        tekst("foto.terugzetten", taal), key="mijn_foto_terug", icon=":material/history:"
    ):
        if staat.zet_kaart(foto.kaart.met(titel=staat.kaart().titel)):
            st.session_state[MELDING] = tekst("foto.teruggezet", taal)
        st.rerun()
    if rechts.button(tekst("foto.verwijder", taal), key="mijn_foto_weg", icon=":material/delete:"):
        winkel.verwijder_foto(foto.id)
        st.session_state.pop("mijn_foto_bekijk", None)
        st.rerun()


def _vergelijk(winkel: Opslag, labels: dict[int, str], taal: str) -> None:
    st.subheader(tekst("vergelijk.kop", taal))
    keuzes = [NU, *labels]
    noem = {NU: tekst("vergelijk.de_kaart_nu", taal), **labels}
    links, rechts = st.columns(2)
    toen_id = links.selectbox(
        tekst("vergelijk.toen", taal), list(labels), format_func=noem.get, key="mijn_toen"
    )
    nu_id = rechts.selectbox(
        tekst("vergelijk.nu", taal), keuzes, format_func=noem.get, key="mijn_nu"
    )
    if toen_id == nu_id:
        st.info(tekst("vergelijk.zelfde", taal))
        return
    try:
        toen = winkel.foto(toen_id).kaart
        nu = staat.kaart() if nu_id == NU else winkel.foto(nu_id).kaart
    except OpslagFout as fout:
        st.error(md(fout))
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
        st.altair_chart(_grafiek(partners, drempel, taal), width="stretch")
    else:
        st.info(tekst("vergelijk.geen_partners", taal))
    _partnertabel(partners, taal)
    _stroomtabellen(uitkomst, taal)


def _grafiek(partners: pd.DataFrame, drempel: float, taal: str) -> alt.LayerChart:
    """Dumbbells: per partner the balans then (grey) and now, joined by a line in the
    colour of the movement; the band around 0 is "in balans"."""
    breed = partners.reset_index().assign(
        beweging_tekst=lambda t: t["beweging"].map(lambda b: tekst(f"vergelijk.beweging.{b}", taal))
    )
    lang = breed.melt(
        id_vars=["naam", "beweging_tekst"],
        value_vars=["balans_toen", "balans_nu"],
        var_name="moment",
        value_name="balans",
    ).dropna(subset=["balans"])
    lang["moment"] = lang["moment"].map(
        {"balans_toen": tekst("vergelijk.toen", taal), "balans_nu": tekst("vergelijk.nu", taal)}
    )
    volgorde = breed["naam"].tolist()
    namen = [tekst(f"vergelijk.beweging.{b}", taal) for b in KLEUREN]
    kleur = alt.Color(
        "beweging_tekst:N",
        title=tekst("vergelijk.beweging", taal),
        scale=alt.Scale(domain=namen, range=list(KLEUREN.values())),
    )
    x = alt.X(
        "balans:Q",
        title=tekst("vergelijk.as", taal),
        scale=alt.Scale(domain=[-1, 1]),
    )
    y = alt.Y("naam:N", title=None, sort=volgorde, axis=grafiek.partner_as(labelFontSize=14))
    band = (
        alt.Chart(pd.DataFrame({"van": [-drempel], "tot": [drempel]}))
        .mark_rect(color="#009E73", opacity=0.08)
        .encode(x=alt.X("van:Q", scale=alt.Scale(domain=[-1, 1])), x2="tot:Q")
    )
    nul = alt.Chart(pd.DataFrame({"x": [0]})).mark_rule(color="#777777").encode(x="x:Q")
    lijnen = (
        alt.Chart(breed.dropna(subset=["balans_toen", "balans_nu"]))
        .mark_rule(strokeWidth=3)
        .encode(
            x=alt.X("balans_toen:Q", scale=alt.Scale(domain=[-1, 1])),
            x2="balans_nu:Q",
            y=y,
            color=kleur,
        )
    )
    punten = (
        alt.Chart(lang)
        .mark_point(filled=True, size=140, opacity=1)
        .encode(
            x=x,
            y=y,
            shape=alt.Shape("moment:N", title=tekst("vergelijk.moment", taal)),
            color=alt.condition(
                alt.datum.moment == tekst("vergelijk.toen", taal),
                alt.value("#9E9E9E"),
                alt.value("#1F2933"),
            ),
            tooltip=[
                alt.Tooltip("naam:N", title=tekst("vergelijk.partner", taal)),
                alt.Tooltip("moment:N", title=tekst("vergelijk.moment", taal)),
                alt.Tooltip("balans:Q", title=tekst("vergelijk.balans", taal), format="+.2f"),
                alt.Tooltip("beweging_tekst:N", title=tekst("vergelijk.beweging", taal)),
            ],
        )
    )
    return (
        grafiek.per_partner(alt.layer(band, nul, lijnen, punten), len(volgorde))
        .configure_axis(labelFontSize=14, titleFontSize=14)
        .configure_legend(labelFontSize=14, titleFontSize=14, orient="bottom")
    )


def _partnertabel(partners: pd.DataFrame, taal: str) -> None:
    def klasse(kolom: pd.Series) -> pd.Series:
        return kolom.map(lambda k: tekst(f"klasse.{k}", taal) if isinstance(k, str) else "")

    tabel = pd.DataFrame(
        {
            "naam": partners["naam"],
            "balans_toen": partners["balans_toen"],
            "balans_nu": partners["balans_nu"],
            "verschuiving": partners["verschuiving"],
            "beweging": partners["beweging"].map(lambda b: tekst(f"vergelijk.beweging.{b}", taal)),
            "klasse_toen": klasse(partners["klasse_toen"]),
            "klasse_nu": klasse(partners["klasse_nu"]),
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


def _stroomtabellen(uitkomst: vergelijking.Vergelijking, taal: str) -> None:
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
    for sleutel, tabel, velden in (
        (
            "toegevoegd",
            uitkomst.toegevoegd,
            ["van_naam", "naar_naam", "soort", "waarde", "omschrijving"],
        ),
        (
            "verwijderd",
            uitkomst.verwijderd,
            ["van_naam", "naar_naam", "soort", "waarde", "omschrijving"],
        ),
        (
            "gewijzigd",
            uitkomst.gewijzigd,
            ["van_naam", "naar_naam", "soort", "waarde_toen", "waarde_nu", "omschrijving"],
        ),
    ):
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


toon()
