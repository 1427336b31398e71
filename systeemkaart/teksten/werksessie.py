"""Teksten of the werksessie: the Meedoen (join) page, a participant's own werksessie page
and the trainer's Werksessie page, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "nav.meedoen": {"nl": "Meedoen", "en": "Join"},
    "nav.mijn_werksessie": {"nl": "Werksessie", "en": "Session"},
    "nav.werksessie": {"nl": "Werksessie", "en": "Session"},
    "werksessie.bevroren_melding": {
        "nl": "De trainer heeft het bewerken even stilgezet: kijk nu allemaal naar het scherm. Je kaart is bewaard; straks kun je verder.",
        "en": "The trainer has paused editing for everyone: look at the screen now. Your map is saved; you can carry on in a moment.",
    },
    "meedoen.titel": {"nl": "Meedoen aan de werksessie", "en": "Join the session"},
    "meedoen.intro": {
        "nl": "Typ de code die de trainer op het scherm laat zien. Je krijgt een eigen werkruimte: wat je daar maakt, zie jij en ziet de trainer, de andere deelnemers niet.",
        "en": "Type the code the trainer shows on the screen. You get a workspace of your own: what you make there is seen by you and the trainer, not by the other participants.",
    },
    "meedoen.code": {"nl": "Code", "en": "Code"},
    "meedoen.code_hulp": {
        "nl": "Zes letters en cijfers, bijvoorbeeld K7P2QX; hoofdletters en spaties maken niet uit.",
        "en": "Six letters and digits, for example K7P2QX; capitals and spaces do not matter.",
    },
    "meedoen.naam": {"nl": "Je naam (mag leeg blijven)", "en": "Your name (may stay empty)"},
    "meedoen.naam_hulp": {
        "nl": "Laat je naam leeg om anoniem mee te doen; de trainer ziet je dan als 'anoniem'.",
        "en": "Leave your name empty to take part anonymously; the trainer then sees you as 'anonymous'.",
    },
    "meedoen.knop": {"nl": "Doe mee", "en": "Join"},
    "meedoen.fout_code": {
        "nl": "Code: {reden}.",
        "en": "Code: {reden}.",
    },
    "meedoen.fout_naam": {
        "nl": "Naam: {reden}.",
        "en": "Name: {reden}.",
    },
    "meedoen.fout": {
        "nl": "Meedoen lukt nu niet: {reden}.",
        "en": "Joining does not work right now: {reden}.",
    },
    "meedoen.ben_binnen": {
        "nl": "Je doet mee als **{naam}**.",
        "en": "You take part as **{naam}**.",
    },
    "meedoen.anoniem": {"nl": "anoniem", "en": "anonymous"},
    "meedoen.link_kop": {"nl": "Je persoonlijke link", "en": "Your personal link"},
    "meedoen.link_uitleg": {
        "nl": "Met deze link kom je altijd terug in je eigen werkruimte, ook op een ander apparaat of na een herstart. Bewaar hem als bladwijzer en geef hem aan niemand: wie de link heeft, ziet je kaarten.",
        "en": "This link always brings you back to your own workspace, also on another device or after a restart. Bookmark it and give it to no one: whoever has the link sees your maps.",
    },
    "meedoen.qr_uitleg": {
        "nl": "Scan deze code om verder te gaan op je telefoon.",
        "en": "Scan this code to carry on on your phone.",
    },
    "meedoen.naar_kaart": {"nl": "Naar mijn kaart", "en": "To my map"},
    "meedoen.bevroren": {
        "nl": "Het bewerken staat nu stil (de trainer vraagt ieders aandacht).",
        "en": "Editing is paused right now (the trainer asks for everyone's attention).",
    },
    "meedoen.qr_alt": {
        "nl": "QR-code van het adres {adres}",
        "en": "QR code of the address {adres}",
    },
    # -- the trainer's Werksessie page -------------------------------------------------
    "werksessie.start.kop": {"nl": "Een werksessie starten", "en": "Start a session"},
    "werksessie.start.uitleg": {
        "nl": "Deelnemers doen mee met een code die je op het scherm laat zien. Ieder krijgt een eigen werkruimte met een startkaart; de deelnemers zien elkaars kaarten niet, jij ziet ze allemaal.",
        "en": "Participants join with a code you show on the screen. Each gets a workspace of their own with a starter map; participants do not see each other's maps, you see them all.",
    },
    "werksessie.start.titel": {"nl": "Naam van de werksessie", "en": "Name of the session"},
    "werksessie.start.titel_voorbeeld": {
        "nl": "Bijvoorbeeld: Leergang netwerkleiders, dag 2",
        "en": "For example: Network leaders course, day 2",
    },
    "werksessie.start.starter": {
        "nl": "Waar begint iedere deelnemer mee?",
        "en": "What does every participant start with?",
    },
    "werksessie.start.starter.leeg": {"nl": "Een lege kaart", "en": "An empty map"},
    "werksessie.start.starter.voorbeeld": {"nl": "Een voorbeeldkaart", "en": "An example map"},
    "werksessie.start.starter.lijst": {
        "nl": "Een lijst partners die je hier opgeeft",
        "en": "A list of partners you give here",
    },
    "werksessie.start.voorbeeld": {"nl": "Voorbeeldkaart", "en": "Example map"},
    "werksessie.start.opgave": {"nl": "De gezamenlijke opgave", "en": "The shared task"},
    "werksessie.start.partners": {"nl": "Partners, één per regel", "en": "Partners, one per line"},
    "werksessie.start.partners_hulp": {
        "nl": "Elke regel is de naam van een partner; lege regels tellen niet mee. Iedere deelnemer krijgt deze partners rond de opgave en tekent zelf de stromen.",
        "en": "Every line is the name of a partner; empty lines do not count. Every participant gets these partners around the task and draws the flows themselves.",
    },
    "werksessie.start.knop": {"nl": "Start de werksessie", "en": "Start the session"},
    "werksessie.start.fout": {
        "nl": "De werksessie is niet gestart:",
        "en": "The session did not start:",
    },
    "werksessie.lijst.leeg": {
        "nl": "Geef minstens één partner op, één naam per regel.",
        "en": "Give at least one partner, one name per line.",
    },
    "werksessie.lijst.dubbel": {
        "nl": "Regel {regel}: {naam} staat al op regel {eerste}.",
        "en": "Line {regel}: {naam} is already on line {eerste}.",
    },
    "werksessie.lijst.lang": {
        "nl": "Regel {regel}: een naam heeft hoogstens {max} tekens, deze heeft er {lengte}.",
        "en": "Line {regel}: a name has at most {max} characters, this one has {lengte}.",
    },
    "werksessie.lijst.regel": {"nl": "Regel {regel}: {reden}", "en": "Line {regel}: {reden}"},
    "werksessie.code_kop": {"nl": "Doe mee met de code", "en": "Join with the code"},
    "werksessie.adres_kop": {
        "nl": "Open op je laptop of telefoon:",
        "en": "Open on your laptop or phone:",
    },
    "werksessie.qr_uitleg": {
        "nl": "Of scan deze code met je telefoon.",
        "en": "Or scan this code with your phone.",
    },
    "werksessie.deelnemers": {"nl": "Deelnemers: {n}", "en": "Participants: {n}"},
    "werksessie.status.deur_open": {
        "nl": "De deur is open: nieuwe deelnemers kunnen meedoen.",
        "en": "The door is open: new participants can join.",
    },
    "werksessie.status.deur_dicht": {
        "nl": "De deur is dicht: niemand kan er nog bij.",
        "en": "The door is closed: nobody new can join.",
    },
    "werksessie.status.bevroren": {
        "nl": "Bewerken staat stil voor iedereen: kijk nu allemaal naar het scherm.",
        "en": "Editing is paused for everyone: all eyes on the screen now.",
    },
    "werksessie.knop.deur_dicht": {"nl": "Deur sluiten", "en": "Close the door"},
    "werksessie.knop.deur_open": {"nl": "Deur openen", "en": "Open the door"},
    "werksessie.knop.bevries": {"nl": "Bewerken stilzetten", "en": "Pause editing"},
    "werksessie.knop.bevries_hulp": {
        "nl": "Kijk nu allemaal naar het scherm: niemand kan even iets veranderen; alles wat er al staat, blijft bewaard.",
        "en": "All eyes on the screen: nobody can change anything for a moment; everything made so far stays saved.",
    },
    "werksessie.knop.ontdooi": {"nl": "Bewerken weer vrijgeven", "en": "Resume editing"},
    "werksessie.knop.download": {"nl": "Alle kaarten downloaden", "en": "Download all maps"},
    "werksessie.knop.download_hulp": {
        "nl": "Een .zip met elke kaart van elke deelnemer als JSON-bestand, dat weer opent in Systeemkaart.",
        "en": "A .zip with every map of every participant as a JSON file, which opens again in Systeemkaart.",
    },
    "werksessie.einde.kop": {"nl": "Werksessie beëindigen", "en": "End the session"},
    "werksessie.einde.keuze": {
        "nl": "Wat gebeurt er met de kaarten van de deelnemers?",
        "en": "What happens to the participants' maps?",
    },
    "werksessie.einde.bewaren": {"nl": "{dagen} dagen bewaren", "en": "Keep them {dagen} days"},
    "werksessie.einde.wissen": {"nl": "Nu verwijderen", "en": "Delete them now"},
    "werksessie.einde.bewaren_uitleg": {
        "nl": "De kaarten blijven {dagen} dagen bewaard, tot {datum}. Tot dan openen deelnemers ze met hun persoonlijke link; daarna worden ze vanzelf verwijderd. Na het beëindigen kan niemand meer meedoen.",
        "en": "The maps are kept {dagen} days, until {datum}. Until then participants open them with their personal link; after that they are deleted automatically. Once ended, nobody can join any more.",
    },
    "werksessie.einde.wissen_uitleg": {
        "nl": "Alle kaarten van de {n} deelnemers worden nu verwijderd, met hun geschiedenis en foto's. Dat kan niet ongedaan worden gemaakt: download ze eerst als je ze wilt houden.",
        "en": "All maps of the {n} participants are deleted now, with their history and snapshots. This cannot be undone: download them first if you want to keep them.",
    },
    "werksessie.einde.bevestig": {
        "nl": "Ja, verwijder alle kaarten van de deelnemers",
        "en": "Yes, delete all the participants' maps",
    },
    "werksessie.einde.knop": {"nl": "Beëindig de werksessie", "en": "End the session now"},
    "werksessie.einde.bewaard": {
        "nl": "De werksessie is beëindigd. De kaarten van de deelnemers blijven bewaard tot {datum}; deelnemers openen ze met hun persoonlijke link.",
        "en": "The session has ended. The participants' maps are kept until {datum}; participants open them with their personal link.",
    },
    "werksessie.einde.gewist": {
        "nl": "De werksessie is beëindigd en de kaarten van de deelnemers zijn verwijderd.",
        "en": "The session has ended and the participants' maps have been deleted.",
    },
    "werksessie.fout": {"nl": "Dat lukte niet: {reden}", "en": "That did not work: {reden}"},
    "werksessie.tab.galerij": {"nl": "Galerij", "en": "Gallery"},
    "werksessie.tab.vergelijken": {"nl": "Vergelijken", "en": "Compare"},
    "werksessie.tab.klas": {"nl": "Klasoverzicht", "en": "Class overview"},
    "werksessie.anoniem": {"nl": "anoniem {n}", "en": "anonymous {n}"},
    "werksessie.galerij.niemand": {
        "nl": "Nog niemand binnen. Deelnemers doen mee met de code hierboven.",
        "en": "Nobody has joined yet. Participants join with the code above.",
    },
    "werksessie.galerij.uitleg": {
        "nl": "De laatst bewerkte kaart van iedere deelnemer; ververst vanzelf elke {sec} seconden.",
        "en": "Every participant's most recently edited map; refreshes by itself every {sec} seconds.",
    },
    "werksessie.galerij.geen_kaart": {
        "nl": "Nog geen kaart (of alles in de prullenbak).",
        "en": "No map yet (or everything in the bin).",
    },
    "werksessie.galerij.omvang": {
        "nl": "{partners} partners · {stromen} stromen",
        "en": "{partners} partners · {stromen} flows",
    },
    "werksessie.galerij.uit_balans": {"nl": "Uit balans: {n}", "en": "Out of balance: {n}"},
    "werksessie.galerij.grootste": {
        "nl": "Grootste onbalans: {grootste}",
        "en": "Largest imbalance: {grootste}",
    },
    "werksessie.galerij.gewijzigd": {
        "nl": "Bewerkt om {tijd} · {geleden}",
        "en": "Edited at {tijd} · {geleden}",
    },
    "werksessie.galerij.zojuist": {"nl": "zojuist", "en": "just now"},
    "werksessie.galerij.min": {"nl": "{n} min geleden", "en": "{n} min ago"},
    "werksessie.galerij.uur": {"nl": "{n} uur geleden", "en": "{n} h ago"},
    "werksessie.galerij.kaarten": {
        "nl": "{n} kaarten; hier de laatst bewerkte.",
        "en": "{n} maps; the most recently edited one is shown.",
    },
    "werksessie.galerij.op_scherm": {"nl": "Op het scherm", "en": "On the screen"},
    "werksessie.galerij.op_scherm_hulp": {
        "nl": "Opent deze kaart in Presenteren, stap voor stap en met schuilnamen.",
        "en": "Opens this map in Present, step by step and with pseudonyms.",
    },
    "werksessie.vergelijk.kies": {
        "nl": "Deelnemers om te vergelijken",
        "en": "Participants to compare",
    },
    "werksessie.vergelijk.hint": {
        "nl": "Kies twee of meer deelnemers.",
        "en": "Choose two or more participants.",
    },
    "werksessie.vergelijk.te_weinig": {
        "nl": "Vergelijken kan zodra twee deelnemers een kaart hebben.",
        "en": "Comparing works as soon as two participants have a map.",
    },
    "werksessie.vergelijk.kerncijfers": {"nl": "Kerncijfers", "en": "Key figures"},
    "werksessie.vergelijk.signalen": {"nl": "Signalen", "en": "Signals"},
    "werksessie.vergelijk.geen_signalen": {
        "nl": "Geen signalen.",
        "en": "No signals.",
    },
    "werksessie.vergelijk.geen_stromen": {
        "nl": "Nog geen stromen, dus nog geen balans.",
        "en": "No flows yet, so no balance yet.",
    },
    "werksessie.kolom.deelnemer": {"nl": "Deelnemer", "en": "Participant"},
    "werksessie.kolom.titel": {"nl": "Kaart", "en": "Map"},
    "werksessie.kolom.partners": {"nl": "Partners", "en": "Partners"},
    "werksessie.kolom.stromen": {"nl": "Stromen", "en": "Flows"},
    "werksessie.kolom.uit_balans": {"nl": "Uit balans", "en": "Out of balance"},
    "werksessie.kolom.grootste_onbalans": {"nl": "Grootste onbalans", "en": "Largest imbalance"},
    "werksessie.kolom.grootste_partner": {"nl": "Bij partner", "en": "At partner"},
    "werksessie.klas.uitleg": {
        "nl": "Over de laatst bewerkte kaart van {n} deelnemers.",
        "en": "Over the most recently edited map of {n} participants.",
    },
    "werksessie.klas.leeg": {
        "nl": "Het klasoverzicht verschijnt zodra deelnemers een kaart hebben.",
        "en": "The class overview appears as soon as participants have a map.",
    },
    "werksessie.klas.signalen_kop": {
        "nl": "Welke signalen het vaakst voorkomen",
        "en": "Which signals occur most often",
    },
    "werksessie.klas.signalen_uitleg": {
        "nl": "In hoeveel kaarten elk signaal minstens één keer voorkomt.",
        "en": "In how many maps each signal occurs at least once.",
    },
    "werksessie.klas.geen_signalen": {
        "nl": "Nog geen signalen in de kaarten.",
        "en": "No signals in the maps yet.",
    },
    "werksessie.klas.soort_kop": {
        "nl": "Welke soorten partners het vaakst uit balans raken",
        "en": "Which kinds of partner end up out of balance most often",
    },
    "werksessie.klas.soort_uitleg": {
        "nl": "Per soort: hoeveel partners de kaarten samen hebben en welk deel daarvan uit balans is.",
        "en": "Per kind: how many partners the maps hold together and what share of them is out of balance.",
    },
    "werksessie.klas.soort_kolom": {"nl": "Soort partner", "en": "Kind of partner"},
    "werksessie.klas.volgens.type": {"nl": "volgens type", "en": "by type"},
    "werksessie.klas.volgens.sector": {"nl": "volgens sector", "en": "by sector"},
    "werksessie.klas.geen_soort": {"nl": "(niet ingevuld)", "en": "(not filled in)"},
    "werksessie.klas.signaal": {"nl": "Signaal", "en": "Signal"},
    "werksessie.klas.kaarten": {"nl": "Kaarten", "en": "Maps"},
    "werksessie.klas.aandeel": {"nl": "Aandeel uit balans", "en": "Share out of balance"},
}
