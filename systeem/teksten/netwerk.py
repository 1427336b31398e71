"""Teksten: network measures, MICMAC roles, the quadrant, the sector view, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "groepering.zonder_sector": {
        "nl": "Zonder sector",
        "en": "No sector",
    },
    "groepering.toelichting": {
        "nl": "Partners in deze sector: {partners}. Stromen binnen de sector (niet op deze kaart): {binnen}, samen waarde {waarde}.",
        "en": "Partners in this sector: {partners}. Streams within the sector (not on this map): {binnen}, total weight {waarde}.",
    },
    "groepering.stromen": {
        "nl": "Stromen samengevoegd: {aantal}",
        "en": "Streams combined: {aantal}",
    },
    "groepering.afhankelijkheden": {
        "nl": "Afhankelijkheden samengevoegd: {aantal}; de sterkste telt",
        "en": "Dependencies combined: {aantal}; the strongest counts",
    },
    "maat.graad_in": {
        "nl": "Krijgt van",
        "en": "Receives from",
    },
    "maat.graad_in.uitleg": {
        "nl": "Van hoeveel verschillende partijen (partners of de opgave) deze partner minstens één stroom krijgt.",
        "en": "From how many different parties (partners or the shared task) this partner receives at least one stream.",
    },
    "maat.graad_uit": {
        "nl": "Geeft aan",
        "en": "Gives to",
    },
    "maat.graad_uit.uitleg": {
        "nl": "Aan hoeveel verschillende partijen deze partner minstens één stroom geeft.",
        "en": "To how many different parties this partner gives at least one stream.",
    },
    "maat.gewogen_in": {
        "nl": "Haalt (gewogen)",
        "en": "Takes (weighted)",
    },
    "maat.gewogen_in.uitleg": {
        "nl": "De opgetelde waarde van alle stromen die deze partner krijgt; hetzelfde als wat hij haalt.",
        "en": "The summed weight of all streams this partner receives; the same as what it takes.",
    },
    "maat.gewogen_uit": {
        "nl": "Brengt (gewogen)",
        "en": "Brings (weighted)",
    },
    "maat.gewogen_uit.uitleg": {
        "nl": "De opgetelde waarde van alle stromen die deze partner geeft; hetzelfde als wat hij brengt.",
        "en": "The summed weight of all streams this partner gives; the same as what it brings.",
    },
    "maat.betweenness": {
        "nl": "Makelaar",
        "en": "Broker",
    },
    "maat.betweenness.uitleg": {
        "nl": "Welk deel van de kortste verbindingen tussen twee andere partijen via deze partner loopt: hoe hoger (tot 1), hoe meer anderen via hem met elkaar verbonden zijn.",
        "en": "Which share of the shortest connections between two other parties runs through this partner: the higher (up to 1), the more others are linked through it.",
    },
    "maat.closeness": {
        "nl": "Nabijheid",
        "en": "Closeness",
    },
    "maat.closeness.uitleg": {
        "nl": "Hoe weinig stappen deze partner nodig heeft om alle anderen te bereiken, met aftrek voor wie hij helemaal niet bereikt: 1 is met iedereen direct verbonden.",
        "en": "How few steps this partner needs to reach all others, with a deduction for those it cannot reach at all: 1 is directly linked to everyone.",
    },
    "maat.pagerank": {
        "nl": "PageRank",
        "en": "PageRank",
    },
    "maat.pagerank.uitleg": {
        "nl": "Hoe belangrijk deze partner is als ontvanger: hij krijgt veel, vooral van partijen die zelf ook veel krijgen; alle partijen samen tellen op tot 1.",
        "en": "How important this partner is as a receiver: it receives a lot, mostly from parties that themselves receive a lot; all parties together add up to 1.",
    },
    "maat.micmac_invloed": {
        "nl": "Invloed via afhankelijkheden",
        "en": "Influence through dependencies",
    },
    "maat.micmac_invloed.uitleg": {
        "nl": "Hoe sterk anderen van deze partner afhangen: de opgetelde sterkte waarmee zij van hem afhankelijk zijn.",
        "en": "How strongly others depend on this partner: the summed strength with which they depend on it.",
    },
    "maat.micmac_afhankelijkheid": {
        "nl": "Afhankelijkheid",
        "en": "Dependence",
    },
    "maat.micmac_afhankelijkheid.uitleg": {
        "nl": "Hoe sterk deze partner van anderen afhangt: de opgetelde sterkte waarmee hij van hen afhankelijk is.",
        "en": "How strongly this partner depends on others: the summed strength with which it depends on them.",
    },
    "maat.micmac_rol": {
        "nl": "Rol",
        "en": "Role",
    },
    "maat.micmac_rol.uitleg": {
        "nl": "Sturend: veel invloed en weinig afhankelijk; schakel: allebei veel; afhankelijk: weinig invloed en veel afhankelijk; autonoom: allebei weinig (veel is meer dan het gemiddelde).",
        "en": "Driving: much influence, little dependence; relay: both high; dependent: little influence, much dependence; autonomous: both low (high is above the mean).",
    },
    "micmac.sturend": {
        "nl": "sturend",
        "en": "driving",
    },
    "micmac.schakel": {
        "nl": "schakel",
        "en": "relay",
    },
    "micmac.afhankelijk": {
        "nl": "afhankelijk",
        "en": "dependent",
    },
    "micmac.autonoom": {
        "nl": "autonoom",
        "en": "autonomous",
    },
    "kwadrant.invloedrijke_gever.titel": {
        "nl": "Invloedrijke gever",
        "en": "Influential giver",
    },
    "kwadrant.invloedrijke_gever.uitleg": {
        "nl": "Deze partner brengt meer in dan er terugkomt, en heeft genoeg gewicht om daar iets mee te doen. Zo'n partner kan de samenwerking gijzelen met eisen, of met veel lawaai vertrekken en anderen meetrekken. Vraag aan de zaal: wat moet deze partner terugzien om te blijven, en wie durft dat gesprek te openen?",
        "en": "This partner brings in more than it takes out, and has enough weight to act on that. Such a partner can hold the collaboration hostage with demands, or leave loudly and pull others along. Question for the room: what does this partner need to get back to stay, and who dares to open that conversation?",
    },
    "kwadrant.invloedrijke_haler.titel": {
        "nl": "Invloedrijke haler",
        "en": "Influential taker",
    },
    "kwadrant.invloedrijke_haler.uitleg": {
        "nl": "Deze partner haalt minstens zoveel uit de samenwerking als hij inbrengt, en heeft veel invloed. Is het verschil groot, dan ervaren anderen dat als oneerlijk: er ontstaat wrijving en een roep om strakkere afspraken en controle. Vraag aan de zaal: wat zou deze partner kunnen bijdragen of goedmaken, zodat anderen zijn invloed als verdiend zien?",
        "en": "This partner takes at least as much out of the collaboration as it brings in, and has a lot of influence. When the gap is large, others experience it as unfair: friction grows, and so do calls for tighter agreements and control. Question for the room: what could this partner contribute or make good, so that others see its influence as earned?",
    },
    "kwadrant.stille_gever.titel": {
        "nl": "Stille gever",
        "en": "Quiet giver",
    },
    "kwadrant.stille_gever.uitleg": {
        "nl": "Deze partner geeft meer dan er terugkomt, maar heeft weinig invloed om dat aan te kaarten. Hij trekt zich eerder stilletjes terug: minder mensen aan tafel, later reageren, tot hij er ineens niet meer is. Vraag aan de zaal: aan welk signaal zouden we merken dat deze partner afhaakt, en wie vraagt hem wat hij nodig heeft?",
        "en": "This partner gives more than it gets, but has little influence to raise the matter. It is more likely to withdraw quietly: fewer people at the table, slower replies, until one day it is gone. Question for the room: what sign would tell us this partner is dropping out, and who will ask it what it needs?",
    },
    "kwadrant.stille_haler.titel": {
        "nl": "Stille haler",
        "en": "Quiet taker",
    },
    "kwadrant.stille_haler.uitleg": {
        "nl": "Deze partner haalt minstens zoveel als hij brengt, maar valt nauwelijks op. Vaak is dit een meelifter die niemand bij naam noemt, terwijl de ergernis bij de gevers groeit. Vraag aan de zaal: wie profiteert hier zonder veel bij te dragen, en wat houdt ons tegen om dat hardop te zeggen?",
        "en": "This partner takes at least as much as it brings, but hardly stands out. Often it is a free rider nobody names, while irritation grows among the givers. Question for the room: who benefits here without contributing much, and what keeps us from saying so out loud?",
    },
}
