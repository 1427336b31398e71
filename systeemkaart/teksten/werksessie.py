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
}
