"""The Kaart page: the collaboration as a network, and where it is out of balance.

Left the interactive map (:mod:`systeemkaart.netwerk_component`): click a partner to open its
panel, drag a partner to move it (the place is kept in the kaart).  Right the panel of
the selected partner (what it brings and takes, per soort, its place in the network,
its belangen, afhankelijkheden and signalen) and the list of partners out of balance
with the signal and the suggested moves.  Above the map: the balance threshold, the
layers and what node size stands for (betrokkenheid, invloed or a network measure).

Every figure comes from :mod:`systeem` (balans, signalen, afhankelijkheid,
netwerkmaten); this page
only chooses and lays out.  The widgets mirror the shared settings in
:mod:`systeemkaart.staat` (threshold, layers, size) through their own keys, so the settings
survive a visit to another page.
"""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from systeem import weergave
from systeem.analyses import afhankelijkheid, balans, groepering, netwerkmaten, signalen
from systeem.weergave import GROOTTES, HOUDING_STIJL, leesbaar_melding
from systeemkaart import bewaren, netwerk_component, staat
from systeemkaart.opmaak import md
from systeemkaart.teksten import getal, tekst, woord, woordenlijst

#: Threshold choices: 0.05 .. 0.95 in steps of 0.05, plus the default 1/3.
#: Widget key of the per-sector view (session only).
W_PER_SECTOR = "kaart_per_sector"
#: A big kaart lists this many partners out of balance (the furthest out first) ...
UIT_MAX = 15
#: ... and this many other signals; the Balans page has them all.
OVERIG_MAX = 40
DREMPELS = sorted({round(0.05 * i, 2) for i in range(1, 20)} | {balans.DREMPEL})

#: Badge colour per balance klasse (matches the node colours in spirit).
BADGE_KLEUREN = {
    balans.GEEFT_VEEL_MEER: "orange",
    balans.IN_BALANS: "green",
    balans.HAALT_VEEL_MEER: "blue",
    balans.GEEN_STROMEN: "gray",
}

# Widget keys of this page (mirrors of the shared settings in systeemkaart.staat).
W_DREMPEL = "kaart_w_drempel"
W_GROOTTE = "kaart_w_grootte"
W_AFHANKELIJKHEDEN = "kaart_w_afhankelijkheden"
W_BELANGEN = "kaart_w_belangen"
W_PARTNER = "kaart_w_partner"


def toon() -> None:
    """Draw the Kaart page for the open kaart."""
    taal = staat.taal()
    kaart = staat.kaart()
    bewaren.knoppen()
    _kop(kaart, taal)
    _instellingen(taal)

    links, rechts = st.columns([2.3, 1], gap="medium")
    with links:
        if melding := leesbaar_melding(kaart, taal):  # a big kaart: the map's readable mode
            st.caption(melding)
        if st.session_state.get(W_PER_SECTOR) and _sectoren(kaart) > 1:
            # One node per sector, stromen summed: an overview, not editable (a static page).
            groep = groepering.per_sector(kaart, taal=taal)
            st.caption(
                tekst(
                    "kaart.per_sector.uitleg",
                    taal,
                    sectoren=len(groep.partners),
                    partners=len(kaart.partners),
                )
            )
            st.iframe(
                weergave.html(groep, drempel=staat.drempel(), taal=taal, hoogte=640, kop=False),
                height=660,
            )
        else:
            resultaat = netwerk_component.netwerk(
                kaart, gekozen=st.session_state.get(staat.GESELECTEERD)
            )
            netwerk_component.verwerk(resultaat)
        st.caption(tekst("kaart.inschatting", taal))
    kaart = staat.kaart()  # a drop may have stored a new place
    tabel = balans.balans(kaart, staat.drempel())
    alle = signalen.signalen(kaart, staat.drempel(), taal, tabel)
    with rechts:
        _paneel(kaart, tabel, alle, taal)
        st.divider()
        _uit_balans(kaart, tabel, alle, taal)


# ---------------------------------------------------------------------------
# Header and settings.


def _kop(kaart, taal: str) -> None:
    regel = f"**{md(kaart.titel)}**"
    if kaart.opgave:
        regel += f" · {tekst('opgave', taal)}: {md(kaart.opgave)}"
    st.markdown(regel)
    if not len(kaart.partners):
        st.info(tekst("kaart.geen_partners", taal))
    elif not len(kaart.stromen):
        st.info(tekst("kaart.leeg", taal))


def _instellingen(taal: str) -> None:
    kolommen = st.columns([4, 2, 3], gap="medium", vertical_alignment="bottom")
    with kolommen[0]:
        huidig = staat.drempel()
        keuzes = DREMPELS if huidig in DREMPELS else sorted({*DREMPELS, huidig})
        _spiegel(W_DREMPEL, staat.DREMPEL, huidig)
        st.select_slider(
            tekst("kaart.drempel", taal),
            options=keuzes,
            format_func=lambda v: _drempel_label(v, taal),
            key=W_DREMPEL,
            on_change=_kopieer,
            args=(W_DREMPEL, staat.DREMPEL),
            help=tekst("kaart.drempel_uitleg", taal),
        )
    with kolommen[1]:
        _spiegel(W_GROOTTE, staat.GROOTTE, st.session_state.get(staat.GROOTTE, GROOTTES[0]))
        st.selectbox(
            tekst("kaart.grootte", taal),
            GROOTTES,
            format_func=lambda g: _grootte_label(g, taal),
            key=W_GROOTTE,
            on_change=_kopieer,
            args=(W_GROOTTE, staat.GROOTTE),
        )
    with kolommen[2]:
        for widget, sleutel, label in (
            (W_AFHANKELIJKHEDEN, staat.LAAG_AFHANKELIJKHEDEN, "kaart.laag_afhankelijkheden"),
            (W_BELANGEN, staat.LAAG_BELANGEN, "kaart.laag_belangen"),
        ):
            _spiegel(widget, sleutel, bool(st.session_state.get(sleutel)))
            st.toggle(tekst(label, taal), key=widget, on_change=_kopieer, args=(widget, sleutel))
        if _sectoren(staat.kaart()) > 1:
            st.toggle(
                tekst("kaart.per_sector", taal),
                key=W_PER_SECTOR,
                help=tekst("kaart.per_sector.help", taal),
            )


def _grootte_label(grootte: str, taal: str) -> str:
    """What node size stands for, in words: betrokkenheid, invloed or a network measure."""
    if grootte in netwerkmaten.MATEN:
        return tekst(f"maat.{grootte}", taal)
    return tekst(f"kaart.grootte.{grootte}", taal)


def _sectoren(kaart) -> int:
    """How many sectors the partners name (the per-sector view needs at least two)."""
    return int(groepering.aantal_partners_per_sector(kaart).drop("", errors="ignore").size)


def _drempel_label(waarde: float, taal: str) -> str:
    if math.isclose(waarde, balans.DREMPEL):
        return tekst("kaart.drempel_standaard", taal)
    return getal(waarde, taal)


def _spiegel(widget: str, sleutel: str, waarde: object) -> None:
    """Put the shared setting into the widget before it is drawn."""
    st.session_state[sleutel] = waarde
    st.session_state[widget] = waarde


def _kopieer(widget: str, sleutel: str) -> None:
    st.session_state[sleutel] = st.session_state[widget]


# ---------------------------------------------------------------------------
# The panel of the selected partner.


def _paneel(kaart, tabel: pd.DataFrame, alle: list, taal: str) -> None:
    ids = list(tabel.index)
    if not ids:
        return
    gekozen = st.session_state.get(staat.GESELECTEERD)
    st.session_state[W_PARTNER] = gekozen if gekozen in ids else None
    st.selectbox(
        tekst("kaart.kies_partner", taal),
        [None, *ids],
        format_func=lambda i: tekst("kaart.geen_keuze", taal) if i is None else tabel.at[i, "naam"],
        key=W_PARTNER,
        placeholder=tekst("kaart.geen_keuze", taal),
        on_change=_kopieer,
        args=(W_PARTNER, staat.GESELECTEERD),
    )
    if gekozen not in ids:
        st.info(tekst("kaart.hint_klik", taal))
        return
    rij = tabel.loc[gekozen]
    partner = kaart.partners.set_index("id").loc[gekozen]
    with st.container(border=True, key="kaart_paneel"):
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


def _per_soort(kaart, gekozen: str, taal: str) -> None:
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


def _maten(kaart, gekozen: str, taal: str) -> None:
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


def _belangen(kaart, gekozen: str, taal: str) -> None:
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


def _afhankelijkheden(kaart, gekozen: str, taal: str) -> None:
    paren = afhankelijkheid.sterktes(kaart)
    namen = kaart.namen()
    van_hem = paren[paren["partner"] == gekozen]
    op_hem = paren[paren["afhankelijk_van"] == gekozen]
    st.markdown(f"**{tekst('kaart.afhankelijkheden', taal)}**")
    if van_hem.empty and op_hem.empty:
        st.caption(tekst("kaart.geen_afhankelijkheden", taal))
        return
    regels = [
        "- "
        + tekst(
            "kaart.afhankelijk_van",
            taal,
            van=md(namen.get(r.afhankelijk_van, r.afhankelijk_van)),
            waarvoor=_waarvoor(r.waarvoor, taal),
            sterkte=r.sterkte,
        )
        for r in van_hem.itertuples()
    ]
    regels += [
        "- "
        + tekst(
            "kaart.afhankelijk_van_hem",
            taal,
            partner=md(namen.get(r.partner, r.partner)),
            waarvoor=_waarvoor(r.waarvoor, taal),
            sterkte=r.sterkte,
        )
        for r in op_hem.itertuples()
    ]
    st.markdown("\n".join(regels))


def _waarvoor(waarvoor: object, taal: str) -> str:
    if isinstance(waarvoor, str) and waarvoor:
        return tekst("signaal.waarvoor", taal, waarvoor=md(waarvoor))
    return ""


# ---------------------------------------------------------------------------
# Partners out of balance, and the other signals.


def _uit_balans(kaart, tabel: pd.DataFrame, alle: list, taal: str) -> None:
    st.markdown(f"#### {tekst('kaart.uit_balans', taal)}")
    met = int((tabel["klasse"] != balans.GEEN_STROMEN).sum())
    uit = [s for s in alle if s.code in balans.UIT_BALANS]
    drempel = _drempel_label(staat.drempel(), taal)
    if not met:
        st.caption(tekst("kaart.nog_niets_te_wegen", taal))
    elif uit:
        st.caption(tekst("kaart.uit_balans_aantal", taal, uit=len(uit), met=met, drempel=drempel))
    else:
        st.success(tekst("kaart.niemand_uit_balans", taal, drempel=drempel))
    verborgen = 0
    if len(uit) > UIT_MAX:
        # A big kaart: the partners furthest out of balance first, the rest on Balans.
        uit = sorted(uit, key=lambda s: -abs(float(tabel.at[s.partners[0], "balans"])))
        uit, verborgen = uit[:UIT_MAX], len(uit) - UIT_MAX
    for s in uit:
        pid = s.partners[0]
        with st.container(border=True, key=f"kaart_uit_{pid}"):
            kleur = BADGE_KLEUREN[s.code]
            st.markdown(
                f"**{md(tabel.at[pid, 'naam'])}**  \n"
                f":{kleur}-badge[{tekst(f'klasse.{s.code}', taal)}]"
            )
            st.markdown(md(s.tekst))
            st.button(
                tekst("kaart.toon", taal),
                key=f"kaart_toon_{pid}",
                on_click=netwerk_component.kies,
                args=(pid,),
                icon=":material/my_location:",
                type="secondary",
                disabled=pid == st.session_state.get(staat.GESELECTEERD),
            )
    if verborgen:
        st.caption(tekst("kaart.uit_balans_meer", taal, aantal=verborgen))
    overig = [s for s in alle if s.code not in balans.UIT_BALANS]
    if overig:
        with st.expander(tekst("kaart.overige_signalen", taal, aantal=len(overig))):
            for s in overig[:OVERIG_MAX]:
                st.markdown("- " + md(s.tekst))
            if len(overig) > OVERIG_MAX:
                st.caption(tekst("kaart.overige_meer", taal, aantal=len(overig) - OVERIG_MAX))


toon()
