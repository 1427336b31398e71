"""Teksten: the signals and the suggested moves, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "signaal.geeft_veel_meer": {
        "nl": "{naam} geeft veel meer dan er terugkomt (brengt {brengen}, haalt {halen}). Risico: de motivatie loopt leeg en deze partner trekt zich stilletjes terug. Mogelijke zetten: compenseer (geld, positie of zeggenschap), verlaag de bijdrage, of stel de ambitie bij zodat er voor deze partner meer te halen valt.",
        "en": "{naam} gives far more than it takes (brings {brengen}, takes {halen}). Risk: motivation drains and this partner quietly withdraws. Possible moves: compensate (money, position or a say), lower the contribution, or adjust the ambition so there is more in it for this partner.",
    },
    "signaal.haalt_veel_meer": {
        "nl": "{naam} haalt veel meer dan er tegenover staat (brengt {brengen}, haalt {halen}). Risico: anderen vinden het oneerlijk; wrijving en de roep om strakkere afspraken en controle. Mogelijke zetten: vraag een grotere bijdrage, of laat deze partner compenseren wie veel geeft.",
        "en": "{naam} takes far more than it gives (brings {brengen}, takes {halen}). Risk: others feel it is unfair; friction and calls for tighter contracts and control. Possible moves: ask for a larger contribution, or let this partner compensate those who give a lot.",
    },
    "signaal.geen_stromen": {
        "nl": "{naam} staat op de kaart, maar brengt en haalt nog niets. Vraag: wat brengt deze partner aan tafel en wat wil hij eruit halen? Of hoort hij niet (meer) aan tafel?",
        "en": "{naam} is on the map but brings and takes nothing yet. Ask: what does this partner bring to the table and what does it want out of it? Or does it no longer belong at the table?",
    },
    "signaal.eenzijdige_afhankelijkheid": {
        "nl": "{afhankelijk} is sterk afhankelijk van {van} (sterkte {sterkte}){waarvoor}, en andersom nauwelijks. Dat geeft {van} macht. Mogelijke zetten: leg afspraken vast die zekerheid geven, compenseer {afhankelijk}, of betrek een derde partij (wetgever of financier) als waarborg.",
        "en": "{afhankelijk} depends strongly on {van} (strength {sterkte}){waarvoor}, hardly the other way round. That gives {van} power. Possible moves: agree on terms that give certainty, compensate {afhankelijk}, or bring in a third party (legislator or funder) as a safeguard.",
    },
    "signaal.waarvoor": {
        "nl": " voor {waarvoor}",
        "en": " for {waarvoor}",
    },
    "signaal.splitst_netwerk": {
        "nl": "Als {naam} vertrekt, valt het netwerk uiteen. Dan staan los van de rest: {los}. Mogelijke zetten: leg directe lijnen tussen hen en de opgave, of betrek een derde partij die de verbinding kan overnemen.",
        "en": "If {naam} leaves, the network falls apart. Cut off from the rest: {los}. Possible moves: build direct lines between them and the shared task, or bring in a third party that can take over the link.",
    },
    "signaal.systeem_uit_balans": {
        "nl": "{uit} van de {met} partners met stromen zijn uit balans: het systeem als geheel staat onder spanning. Mogelijke zetten: stel de ambitie bij (maak de taart groter), herverdeel wie wat bijdraagt, of spreek een kostenverdeelsleutel af.",
        "en": "{uit} of the {met} partners with streams are out of balance: the system as a whole is under strain. Possible moves: adjust the ambition (make the pie bigger), redistribute who contributes what, or agree on a cost-sharing key.",
    },
    "suggestie.compenseren.partner": {
        "nl": "Compenseer {partner} met {punten} {soort} van {ander} (die daarmee van {voor} naar {na} gaat); de balans van {partner} komt dan op {balans}.",
        "en": "Compensate {partner} with {punten} of {soort} from {ander} (which then goes from {voor} to {na}); the balance of {partner} becomes {balans}.",
    },
    "suggestie.compenseren.opgave": {
        "nl": "Compenseer {partner} met {punten} {soort} uit de opgave; de balans van {partner} komt dan op {balans}. Geen andere partner verandert.",
        "en": "Compensate {partner} with {punten} of {soort} from the shared task; the balance of {partner} becomes {balans}. No other partner changes.",
    },
    "suggestie.compenseren.derde": {
        "nl": "Haal een derde partij ({naam}) erbij die {partner} {punten} {soort} brengt; de balans van {partner} komt dan op {balans}. Geen andere partner verandert.",
        "en": "Bring in a third party ({naam}) that brings {partner} {punten} of {soort}; the balance of {partner} becomes {balans}. No other partner changes.",
    },
    "suggestie.minder_brengen.partner": {
        "nl": "Laat {partner} {punten} minder brengen aan {ander} (die daarmee van {voor} naar {na} gaat); de balans van {partner} komt dan op {balans}.",
        "en": "Let {partner} bring {punten} less to {ander} (which then goes from {voor} to {na}); the balance of {partner} becomes {balans}.",
    },
    "suggestie.minder_brengen.opgave": {
        "nl": "Laat {partner} {punten} minder aan de opgave brengen; de balans van {partner} komt dan op {balans}. Geen andere partner verandert.",
        "en": "Let {partner} bring {punten} less to the shared task; the balance of {partner} becomes {balans}. No other partner changes.",
    },
    "suggestie.meer_brengen.opgave": {
        "nl": "Laat {partner} {punten} meer {soort} aan de opgave brengen; de balans van {partner} komt dan op {balans}. Geen andere partner verandert.",
        "en": "Let {partner} bring {punten} more {soort} to the shared task; the balance of {partner} becomes {balans}. No other partner changes.",
    },
}
