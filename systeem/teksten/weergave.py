"""Teksten: the map: legend, layers, zoom, tooltips, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "weergave.brengt_haalt": {
        "nl": "Brengt {brengen} · haalt {halen}",
        "en": "Brings {brengen} · takes {halen}",
    },
    "weergave.balans": {
        "nl": "Balans {balans}: {klasse}",
        "en": "Balance {balans}: {klasse}",
    },
    "weergave.invloed": {
        "nl": "Invloed {invloed} (0–5)",
        "en": "Influence {invloed} (0–5)",
    },
    "weergave.belangen": {
        "nl": "Belangen:",
        "en": "Interests:",
    },
    "weergave.stroom": {
        "nl": "{van} → {naar}: {soort}, waarde {waarde}",
        "en": "{van} → {naar}: {soort}, weight {waarde}",
    },
    "weergave.afhankelijkheid": {
        "nl": "{partner} is afhankelijk van {van}{waarvoor} (sterkte {sterkte})",
        "en": "{partner} depends on {van}{waarvoor} (strength {sterkte})",
    },
    "weergave.houding.steunt": {
        "nl": "steunt de opgave",
        "en": "supports the shared task",
    },
    "weergave.houding.neutraal": {
        "nl": "neutraal",
        "en": "neutral",
    },
    "weergave.houding.schuurt": {
        "nl": "schuurt met de opgave",
        "en": "chafes with the shared task",
    },
    "weergave.belang.organisatie": {
        "nl": "belang van de organisatie",
        "en": "organisational interest",
    },
    "weergave.belang.persoonlijk": {
        "nl": "persoonlijk belang",
        "en": "personal interest",
    },
    "legenda.titel": {
        "nl": "Legenda",
        "en": "Legend",
    },
    "legenda.kleur": {
        "nl": "Kleur: balans van brengen en halen",
        "en": "Colour: balance of bringing and taking",
    },
    "legenda.grootte.betrokkenheid": {
        "nl": "Grootte: betrokkenheid (brengen + halen)",
        "en": "Size: involvement (brings + takes)",
    },
    "legenda.grootte.invloed": {
        "nl": "Grootte: invloed (0–5)",
        "en": "Size: influence (0–5)",
    },
    "legenda.grootte.maat": {
        "nl": "Grootte: {maat}",
        "en": "Size: {maat}",
    },
    "legenda.stromen": {
        "nl": "Pijlen: stromen; kleur = soort, dikte = waarde",
        "en": "Arrows: streams; colour = kind, width = weight",
    },
    "legenda.afhankelijkheid": {
        "nl": "Gestippeld: afhankelijk van (pijl wijst naar wie men nodig heeft)",
        "en": "Dashed: depends on (arrow points to the partner needed)",
    },
    "legenda.belangen": {
        "nl": "Belangen",
        "en": "Interests",
    },
    "legenda.inschatting": {
        "nl": "De gewichten zijn de inschatting van wie de kaart maakte, geen objectieve maat.",
        "en": "The weights are the mapper's perception, not an objective measure.",
    },
    "kaart.zoom.in": {
        "nl": "Inzoomen",
        "en": "Zoom in",
    },
    "kaart.zoom.uit": {
        "nl": "Uitzoomen",
        "en": "Zoom out",
    },
    "kaart.zoom.passend": {
        "nl": "Hele kaart in beeld",
        "en": "Whole map in view",
    },
    "kaart.zoom.hint": {
        "nl": "Zoomen: Ctrl (of ⌘) + scrollwiel, of de knoppen rechtsboven",
        "en": "To zoom: Ctrl (or ⌘) + scroll wheel, or the buttons top right",
    },
    "weergave.gewijzigd": {
        "nl": " (gewijzigd in dit scenario)",
        "en": " (changed in this scenario)",
    },
    "legenda.gewijzigd": {
        "nl": "Gloed: stroom gewijzigd in dit scenario",
        "en": "Glow: stream changed in this scenario",
    },
    "weergave.leesbaar": {
        "nl": "Grote kaart ({aantal} partners): namen verschijnen als je de muis op een partner houdt.",
        "en": "Large map ({aantal} partners): names appear when you hover over a partner.",
    },
}
