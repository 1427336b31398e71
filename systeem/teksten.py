"""Teksten: every user-facing string of Systeemkaart, in Dutch (``nl``) and English (``en``).

A string is looked up by key with :func:`tekst`, which fills in ``{placeholders}``.
Dutch is the default and the reference: every key exists in ``nl``; a key missing in
``en`` falls back to Dutch, so a new string never breaks the English interface.
Domain words (kaart, partner, stroom, opgave, balans, ...) are explained in
docs/glossary.md.
"""

from __future__ import annotations

TALEN = ("nl", "en")

TEKSTEN: dict[str, dict[str, str]] = {
    "nl": {
        # Balance classes, as the legend and the tables show them.
        "klasse.geeft_veel_meer": "geeft veel meer dan het haalt",
        "klasse.haalt_veel_meer": "haalt veel meer dan het brengt",
        "klasse.in_balans": "in balans",
        "klasse.geen_stromen": "nog geen stromen",
        "opgave": "Gedeelde opgave",
        # Signals: a finding and a suggestion drawn from the four rebalancing moves.
        "signaal.geeft_veel_meer": (
            "{naam} geeft veel meer dan het haalt (brengt {brengen}, haalt {halen}). "
            "Risico: de motivatie loopt leeg en deze partner trekt zich stilletjes terug. "
            "Mogelijke zetten: compenseer (geld, positie of zeggenschap), verlaag de "
            "bijdrage, of stel de ambitie bij zodat er voor deze partner meer te halen valt."
        ),
        "signaal.haalt_veel_meer": (
            "{naam} haalt veel meer dan het brengt (brengt {brengen}, haalt {halen}). "
            "Risico: anderen vinden het oneerlijk; wrijving en de roep om strakkere "
            "afspraken en controle. Mogelijke zetten: vraag een grotere bijdrage, of laat "
            "deze partner compenseren wie veel geeft."
        ),
        "signaal.geen_stromen": (
            "{naam} staat op de kaart, maar brengt en haalt nog niets. Vraag: wat brengt "
            "deze partner aan tafel en wat wil hij eruit halen? Of hoort hij niet (meer) "
            "aan tafel?"
        ),
        "signaal.eenzijdige_afhankelijkheid": (
            "{afhankelijk} is sterk afhankelijk van {van} (sterkte {sterkte}){waarvoor}, "
            "en andersom nauwelijks. Dat geeft {van} macht. Mogelijke zetten: leg "
            "afspraken vast die zekerheid geven, compenseer {afhankelijk}, of betrek een "
            "derde partij (wetgever of financier) als waarborg."
        ),
        "signaal.waarvoor": " voor {waarvoor}",
        "signaal.splitst_netwerk": (
            "Als {naam} vertrekt, valt het netwerk uiteen. Dan staan los van de rest: "
            "{los}. Mogelijke zetten: leg directe lijnen tussen hen en de opgave, of "
            "betrek een derde partij die de verbinding kan overnemen."
        ),
        "signaal.systeem_uit_balans": (
            "{uit} van de {met} partners met stromen zijn uit balans: het systeem als "
            "geheel staat onder spanning. Mogelijke zetten: stel de ambitie bij (maak de "
            "taart groter), herverdeel wie wat bijdraagt, of spreek een "
            "kostenverdeelsleutel af."
        ),
        # The map (systeem/weergave.py): tooltips and legend.
        "weergave.brengt_haalt": "Brengt {brengen} · haalt {halen}",
        "weergave.balans": "Balans {balans}: {klasse}",
        "weergave.invloed": "Invloed {invloed} (0–5)",
        "weergave.belangen": "Belangen:",
        "weergave.stroom": "{van} → {naar}: {soort}, waarde {waarde}",
        "weergave.afhankelijkheid": "{partner} is afhankelijk van {van}{waarvoor} (sterkte {sterkte})",
        "weergave.houding.steunt": "steunt de opgave",
        "weergave.houding.neutraal": "neutraal",
        "weergave.houding.schuurt": "schuurt met de opgave",
        "weergave.belang.organisatie": "belang van de organisatie",
        "weergave.belang.persoonlijk": "persoonlijk belang",
        "legenda.titel": "Legenda",
        "legenda.kleur": "Kleur: balans van brengen en halen",
        "legenda.grootte.betrokkenheid": "Grootte: betrokkenheid (brengen + halen)",
        "legenda.grootte.invloed": "Grootte: invloed (0–5)",
        "legenda.stromen": "Pijlen: stromen; kleur = soort, dikte = waarde",
        "legenda.afhankelijkheid": "Gestippeld: afhankelijk van (pijl wijst naar wie men nodig heeft)",
        "legenda.belangen": "Belangen",
        "legenda.inschatting": "De gewichten zijn de inschatting van wie de kaart maakte, geen objectieve maat.",
        # Command-line interface.
        "cli.partner": "Partner",
        "cli.brengen": "Brengt",
        "cli.halen": "Haalt",
        "cli.balans": "Balans",
        "cli.klasse": "Klasse",
        "cli.drempel": "Drempel",
        "cli.signalen": "Signalen",
        "cli.geen_signalen": "Geen signalen.",
        "cli.geschreven": "Geschreven: {pad}",
    },
    "en": {
        "klasse.geeft_veel_meer": "gives far more than it takes",
        "klasse.haalt_veel_meer": "takes far more than it gives",
        "klasse.in_balans": "in balance",
        "klasse.geen_stromen": "no streams yet",
        "opgave": "Shared task",
        "signaal.geeft_veel_meer": (
            "{naam} gives far more than it takes (brings {brengen}, takes {halen}). "
            "Risk: motivation drains and this partner quietly withdraws. Possible moves: "
            "compensate (money, position or a say), lower the contribution, or adjust "
            "the ambition so there is more in it for this partner."
        ),
        "signaal.haalt_veel_meer": (
            "{naam} takes far more than it gives (brings {brengen}, takes {halen}). "
            "Risk: others feel it is unfair; friction and calls for tighter contracts "
            "and control. Possible moves: ask for a larger contribution, or let this "
            "partner compensate those who give a lot."
        ),
        "signaal.geen_stromen": (
            "{naam} is on the map but brings and takes nothing yet. Ask: what does this "
            "partner bring to the table and what does it want out of it? Or does it no "
            "longer belong at the table?"
        ),
        "signaal.eenzijdige_afhankelijkheid": (
            "{afhankelijk} depends strongly on {van} (strength {sterkte}){waarvoor}, "
            "hardly the other way round. That gives {van} power. Possible moves: agree "
            "on terms that give certainty, compensate {afhankelijk}, or bring in a third "
            "party (legislator or funder) as a safeguard."
        ),
        "signaal.waarvoor": " for {waarvoor}",
        "signaal.splitst_netwerk": (
            "If {naam} leaves, the network falls apart. Cut off from the rest: {los}. "
            "Possible moves: build direct lines between them and the shared task, or "
            "bring in a third party that can take over the link."
        ),
        "signaal.systeem_uit_balans": (
            "{uit} of the {met} partners with streams are out of balance: the system as "
            "a whole is under strain. Possible moves: adjust the ambition (make the pie "
            "bigger), redistribute who contributes what, or agree on a cost-sharing key."
        ),
        # The map (systeem/weergave.py): tooltips and legend.
        "weergave.brengt_haalt": "Brings {brengen} · takes {halen}",
        "weergave.balans": "Balance {balans}: {klasse}",
        "weergave.invloed": "Influence {invloed} (0–5)",
        "weergave.belangen": "Interests:",
        "weergave.stroom": "{van} → {naar}: {soort}, weight {waarde}",
        "weergave.afhankelijkheid": "{partner} depends on {van}{waarvoor} (strength {sterkte})",
        "weergave.houding.steunt": "supports the shared task",
        "weergave.houding.neutraal": "neutral",
        "weergave.houding.schuurt": "chafes with the shared task",
        "weergave.belang.organisatie": "organisational interest",
        "weergave.belang.persoonlijk": "personal interest",
        "legenda.titel": "Legend",
        "legenda.kleur": "Colour: balance of bringing and taking",
        "legenda.grootte.betrokkenheid": "Size: involvement (brings + takes)",
        "legenda.grootte.invloed": "Size: influence (0–5)",
        "legenda.stromen": "Arrows: streams; colour = kind, width = weight",
        "legenda.afhankelijkheid": "Dashed: depends on (arrow points to the partner needed)",
        "legenda.belangen": "Interests",
        "legenda.inschatting": "The weights are the mapper's perception, not an objective measure.",
        "cli.partner": "Partner",
        "cli.brengen": "Brings",
        "cli.halen": "Takes",
        "cli.balans": "Balance",
        "cli.klasse": "Class",
        "cli.drempel": "Threshold",
        "cli.signalen": "Signals",
        "cli.geen_signalen": "No signals.",
        "cli.geschreven": "Written: {pad}",
    },
}


def tekst(sleutel: str, taal: str = "nl", **waarden: object) -> str:
    """Return the string ``sleutel`` in ``taal`` with ``{placeholders}`` filled in.

    Parameters
    ----------
    sleutel : the key, such as ``"klasse.in_balans"``.
    taal : ``"nl"`` (default) or ``"en"``; a key missing in English falls back to Dutch.
    waarden : values for the placeholders.

    Raises
    ------
    KeyError
        when the key does not exist in Dutch (a programming error, caught by the tests).

    Example
    -------
    >>> tekst("klasse.in_balans"), tekst("klasse.in_balans", "en")
    ('in balans', 'in balance')
    """
    sjabloon = TEKSTEN.get(taal, {}).get(sleutel) or TEKSTEN["nl"][sleutel]
    return sjabloon.format(**waarden) if waarden else sjabloon
