"""Teksten: the printable hand-out, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "handout.kaart": {
        "nl": "De kaart",
        "en": "The map",
    },
    "handout.balans": {
        "nl": "Brengen en halen per partner",
        "en": "What each partner brings and takes",
    },
    "handout.tabel": {
        "nl": "Balans per partner",
        "en": "Balance per partner",
    },
    "handout.signalen": {
        "nl": "Signalen",
        "en": "Signals",
    },
    "handout.brengt": {
        "nl": "brengt",
        "en": "brings",
    },
    "handout.haalt": {
        "nl": "haalt",
        "en": "takes",
    },
    "handout.voet": {
        "nl": "Gemaakt met Systeemkaart. De gewichten zijn de inschatting van wie de kaart maakte, geen objectieve maat.",
        "en": "Made with Systeemkaart. The weights are the perception of whoever made the map, not an objective measure.",
    },
    "handout.scenarios": {
        "nl": "Scenario's",
        "en": "Scenarios",
    },
    "handout.scenarios.inleiding": {
        "nl": "Wat-als-scenario's bij deze kaart. De kaart en de balans hierboven zijn zonder scenario; per scenario staan hier de interventies, in volgorde, en de partners van wie de balans verandert.",
        "en": "What-if scenarios for this map. The map and the balance above are without any scenario; for each scenario, here are its interventions, in order, and the partners whose balance changes.",
    },
    "handout.scenarios.uit": {
        "nl": "staat uit",
        "en": "switched off",
    },
    "handout.scenarios.leeg": {
        "nl": "Dit scenario heeft nog geen interventies.",
        "en": "This scenario has no interventions yet.",
    },
    "handout.scenarios.geen_verschil": {
        "nl": "Geen enkele partner verandert van balans.",
        "en": "No partner's balance changes.",
    },
    "handout.scenarios.balans_voor": {
        "nl": "Balans voor",
        "en": "Balance before",
    },
    "handout.scenarios.balans_na": {
        "nl": "Balans na",
        "en": "Balance after",
    },
    "handout.scenarios.klasse": {
        "nl": "Klasse voor → na",
        "en": "Class before → after",
    },
    "handout.scenarios.nieuw": {
        "nl": "nieuw",
        "en": "new",
    },
    "handout.scenarios.vertrokken": {
        "nl": "vertrokken",
        "en": "left",
    },
    "handout.pijlers": {
        "nl": "Pijlerscan",
        "en": "Pillar scan",
    },
    "handout.pijlers.inleiding": {
        "nl": "Hoe sterk staan de acht pijlers van deze samenwerking? Scores van {beoordelaars}, van 1 (zwak) tot en met 5 (sterk). Een score is een inschatting, geen meting: waar de beelden uiteenlopen, zit het gesprek.",
        "en": "How strong are the eight pillars of this collaboration? Scores by {beoordelaars}, from 1 (weak) to 5 (strong). A score is a perception, not a measurement: where the views differ, that is where the conversation is.",
    },
    "handout.pijlers.een_beoordelaar": {
        "nl": "één beoordelaar",
        "en": "one rater",
    },
    "handout.pijlers.beoordelaars": {
        "nl": "{aantal} beoordelaars",
        "en": "{aantal} raters",
    },
    "handout.pijlers.radar": {
        "nl": "Gemiddelde per pijler",
        "en": "Average per pillar",
    },
    "handout.pijlers.radar_uitleg": {
        "nl": "Elke spaak is een pijler, van 1 in het midden tot 5 aan de rand. Een gat in de lijn is een pijler die niemand heeft gescoord.",
        "en": "Each spoke is a pillar, from 1 in the centre to 5 at the edge. A gap in the line is a pillar nobody scored.",
    },
    "handout.pijlers.kolom.dimensie": {
        "nl": "Dimensie",
        "en": "Dimension",
    },
    "handout.pijlers.kolom.pijler": {
        "nl": "Pijler",
        "en": "Pillar",
    },
    "handout.pijlers.kolom.gemiddelde": {
        "nl": "Gemiddelde",
        "en": "Average",
    },
    "handout.pijlers.kolom.aantal": {
        "nl": "Aantal scores",
        "en": "Number of scores",
    },
    "handout.pijlers.kolom.bereik": {
        "nl": "Laagste–hoogste",
        "en": "Lowest–highest",
    },
    "handout.pijlers.zwakste": {
        "nl": "Zwakste pijlers",
        "en": "Weakest pillars",
    },
    "handout.pijlers.zwakste_uitleg": {
        "nl": "De pijlers met het laagste gemiddelde (bij een gelijke stand allemaal), met de spanning van hun dimensie als vraag voor het gesprek.",
        "en": "The pillars with the lowest average (all of them on a tie), with the tension of their dimension as a question for the conversation.",
    },
    "handout.pijlers.cijfer": {
        "nl": "gemiddeld {gemiddelde}, {aantal}× gescoord",
        "en": "average {gemiddelde}, scored {aantal}×",
    },
    "handout.pijlers.spanning": {
        "nl": "Dimensie {dimensie}: {spanning}",
        "en": "Dimension {dimensie}: {spanning}",
    },
}
