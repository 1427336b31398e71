"""Teksten: the Pijlers page, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "pijlers.pijler.mindset.naam": {
        "nl": "Mindset gericht op ketensamenwerking",
        "en": "A mindset geared to chain collaboration",
    },
    "pijlers.pijler.mindset.kort": {
        "nl": "Mindset",
        "en": "Mindset",
    },
    "pijlers.pijler.mindset.uitleg": {
        "nl": "Mensen kijken verder dan hun eigen organisatie: ze zien de keten als het geheel waarin hun werk pas betekenis krijgt, en handelen daar ook naar.",
        "en": "People look beyond their own organisation: they see the chain as the whole in which their work makes sense, and they act on it.",
    },
    "pijlers.pijler.speelruimte.naam": {
        "nl": "Doelgebonden speelruimte",
        "en": "Room to act, bounded by the shared goal",
    },
    "pijlers.pijler.speelruimte.kort": {
        "nl": "Speelruimte",
        "en": "Room to act",
    },
    "pijlers.pijler.speelruimte.uitleg": {
        "nl": "Wie namens een organisatie in de keten werkt, mag voor het gezamenlijke doel afwijken van de eigen regels en routines, binnen grenzen die vooraf zijn afgesproken.",
        "en": "Whoever works in the chain on behalf of an organisation may depart from its own rules and routines for the shared goal, within limits agreed beforehand.",
    },
    "pijlers.pijler.vertrouwen.naam": {
        "nl": "Vertrouwen tussen ketenpartners",
        "en": "Trust between chain partners",
    },
    "pijlers.pijler.vertrouwen.kort": {
        "nl": "Vertrouwen",
        "en": "Trust",
    },
    "pijlers.pijler.vertrouwen.uitleg": {
        "nl": "Partners rekenen erop dat de ander doet wat is afgesproken en geen misbruik maakt van wat hij weet of kan. Waar dat ontbreekt, groeit de stapel contracten en controles.",
        "en": "Partners count on each other to do what was agreed and not to abuse what they know or can do. Where that is missing, the pile of contracts and checks grows.",
    },
    "pijlers.pijler.dialoog.naam": {
        "nl": "Organisatieoverschrijdende dialoog",
        "en": "Dialogue across organisations",
    },
    "pijlers.pijler.dialoog.kort": {
        "nl": "Dialoog",
        "en": "Dialogue",
    },
    "pijlers.pijler.dialoog.uitleg": {
        "nl": "Mensen uit de verschillende organisaties praten rechtstreeks en open met elkaar over wat goed gaat en wat schuurt, niet alleen via de lijn of op papier.",
        "en": "People from the different organisations talk directly and openly about what works and what chafes, not only through the hierarchy or on paper.",
    },
    "pijlers.pijler.structuur.naam": {
        "nl": "Organisatieoverstijgende ketenstructuur",
        "en": "A chain structure above the organisations",
    },
    "pijlers.pijler.structuur.kort": {
        "nl": "Structuur",
        "en": "Structure",
    },
    "pijlers.pijler.structuur.uitleg": {
        "nl": "Boven de organisaties uit is geregeld wie regisseert, wie waarover beslist, hoe geld en informatie lopen en hoe een conflict wordt beslecht. Zo blijft de samenwerking staan als mensen vertrekken.",
        "en": "Above the organisations it is settled who directs, who decides what, how money and information flow and how a conflict is resolved. So the collaboration stands when people leave.",
    },
    "pijlers.pijler.transparantie.naam": {
        "nl": "Transparantie over resultaten",
        "en": "Transparency about results",
    },
    "pijlers.pijler.transparantie.kort": {
        "nl": "Transparantie",
        "en": "Transparency",
    },
    "pijlers.pijler.transparantie.uitleg": {
        "nl": "De partners maken zichtbaar wat de keten oplevert en waar het hapert, met cijfers die voor iedereen open liggen. Dan kun je elkaar op resultaat aanspreken zonder schuldvraag.",
        "en": "The partners show what the chain delivers and where it falters, with figures open to all. Then they can hold each other to results without looking for someone to blame.",
    },
    "pijlers.pijler.kennis.naam": {
        "nl": "Kennis van de keten",
        "en": "Knowledge of the chain",
    },
    "pijlers.pijler.kennis.kort": {
        "nl": "Kennis",
        "en": "Knowledge",
    },
    "pijlers.pijler.kennis.uitleg": {
        "nl": "De partners weten hoe de keten loopt: wie wat doet, waar het werk van hand wisselt en wat hun eigen werk betekent voor de volgende schakel.",
        "en": "The partners know how the chain runs: who does what, where work changes hands and what their own work means for the next link.",
    },
    "pijlers.pijler.doelstelling.naam": {
        "nl": "Eenduidige en inspirerende ketendoelstelling",
        "en": "A clear and inspiring chain goal",
    },
    "pijlers.pijler.doelstelling.kort": {
        "nl": "Doelstelling",
        "en": "Shared goal",
    },
    "pijlers.pijler.doelstelling.uitleg": {
        "nl": "Er is één doel dat iedereen op dezelfde manier uitlegt en dat de moeite waard voelt. Het wijst de richting als belangen botsen.",
        "en": "There is one goal that everyone explains the same way and that feels worth the effort. It points the way when interests clash.",
    },
    "pijlers.dimensie.cultureel.naam": {
        "nl": "Cultureel",
        "en": "Cultural",
    },
    "pijlers.dimensie.cultureel.spanning": {
        "nl": "wil of weerstand?",
        "en": "will or resistance?",
    },
    "pijlers.dimensie.cultureel.uitleg": {
        "nl": "Willen de mensen en hun organisaties deze samenwerking echt, of houden gewoonten en eigen belang haar tegen?",
        "en": "Do the people and their organisations really want this collaboration, or do habits and self-interest hold it back?",
    },
    "pijlers.dimensie.relationeel.naam": {
        "nl": "Relationeel",
        "en": "Relational",
    },
    "pijlers.dimensie.relationeel.spanning": {
        "nl": "samen of solo?",
        "en": "together or solo?",
    },
    "pijlers.dimensie.relationeel.uitleg": {
        "nl": "Zoeken de partners elkaar op en gunnen ze elkaar iets, of werkt ieder vooral voor zich?",
        "en": "Do the partners seek each other out and wish each other well, or does each mostly work for itself?",
    },
    "pijlers.dimensie.procedureel.naam": {
        "nl": "Procedureel",
        "en": "Procedural",
    },
    "pijlers.dimensie.procedureel.spanning": {
        "nl": "orde of chaos?",
        "en": "order or chaos?",
    },
    "pijlers.dimensie.procedureel.uitleg": {
        "nl": "Zijn rollen, besluiten en informatie over de organisaties heen geregeld, of hangt het af van toeval en goede wil?",
        "en": "Are roles, decisions and information arranged across the organisations, or does it depend on chance and good will?",
    },
    "pijlers.dimensie.inhoudelijk.naam": {
        "nl": "Inhoudelijk",
        "en": "Substantive",
    },
    "pijlers.dimensie.inhoudelijk.spanning": {
        "nl": "eens of oneens?",
        "en": "agree or disagree?",
    },
    "pijlers.dimensie.inhoudelijk.uitleg": {
        "nl": "Delen de partners één beeld van de keten en van waar die voor is, of praten ze langs elkaar heen?",
        "en": "Do the partners share one picture of the chain and of what it is for, or do they talk past each other?",
    },
}
