"""Teksten: what the store says when it cannot do what was asked, in Dutch and English side
by side.  A key is the ``code`` of an :class:`systeem.opslag.OpslagFout`'s message."""

TEKSTEN: dict[str, dict[str, str]] = {
    "opslagfout.verouderd": {
        "nl": "de kaart is intussen ergens anders gewijzigd (versie {huidig}, deze wijziging ging uit van versie {basis})",
        "en": "the map was changed elsewhere in the meantime (version {huidig}; this change started from version {basis})",
    },
    "opslagfout.geen_kaart": {
        "nl": 'er is geen kaart met id "{id}"',
        "en": 'there is no map with id "{id}"',
    },
    "opslagfout.geen_foto": {
        "nl": "er is geen foto met nummer {nr}",
        "en": "there is no snapshot with number {nr}",
    },
    "opslagfout.kaart_naam": {
        "nl": "een kaart heeft een naam nodig",
        "en": "a map needs a name",
    },
    "opslagfout.werkruimte_naam": {
        "nl": "een werkruimte heeft een naam nodig",
        "en": "a workspace needs a name",
    },
    "opslagfout.foto_naam": {
        "nl": "een foto heeft een naam nodig",
        "en": "a snapshot needs a name",
    },
    "opslagfout.alleen_prullenbak": {
        "nl": "alleen een kaart in de prullenbak kan definitief weg",
        "en": "only a map in the bin can be deleted for good",
    },
    "opslagfout.niet_beschikbaar": {
        "nl": "de opslag is niet beschikbaar",
        "en": "the store is not available",
    },
    "opslagfout.onleesbaar": {
        "nl": "een opgeslagen kaart is niet meer leesbaar: {fout}",
        "en": "a stored map can no longer be read: {fout}",
    },
    "opslagfout.te_lang_bezet": {
        "nl": "de opslag is te lang bezet door een andere bewerking; probeer het zo nog eens",
        "en": "the store was busy with another operation for too long; try again in a moment",
    },
    "opslagfout.bezet": {
        "nl": "de opslag is bezet door een ander programma; probeer het zo nog eens",
        "en": "the store is busy with another program; try again in a moment",
    },
    "opslagfout.onbereikbaar": {
        "nl": "de opslag is niet bereikbaar ({fout})",
        "en": "the store cannot be reached ({fout})",
    },
    "opslagfout.fout": {
        "nl": "de opslag gaf een fout ({fout})",
        "en": "the store gave an error ({fout})",
    },
    "opslagfout.beschadigd": {
        "nl": "het opslagbestand was beschadigd; het is apart gezet als {pad} en er is een nieuw bestand begonnen",
        "en": "the store's file was damaged; it was set aside as {pad} and a new file was started",
    },
    "opslagfout.map": {
        "nl": "kan de map {map} voor de opslag niet maken ({reden})",
        "en": "cannot make the folder {map} for the store ({reden})",
    },
    "opslagfout.nieuw_bestand": {
        "nl": "kan geen nieuw opslagbestand maken in {map}",
        "en": "cannot make a new store file in {map}",
    },
    "opslagfout.openen": {
        "nl": "kan het opslagbestand {pad} niet openen ({fout})",
        "en": "cannot open the store file {pad} ({fout})",
    },
    "opslagfout.nieuwer": {
        "nl": "het opslagbestand is gemaakt door een nieuwere Systeemkaart (schema {versie}, deze versie kent tot {bekend}); werk Systeemkaart bij",
        "en": "the store file was made by a newer Systeemkaart (schema {versie}; this version knows up to {bekend}); update Systeemkaart",
    },
    "opslagfout.apart": {
        "nl": "het opslagbestand {pad} is onbruikbaar en kan niet apart gezet worden ({reden})",
        "en": "the store file {pad} cannot be used and cannot be set aside ({reden})",
    },
    "opslagfout.bevroren": {
        "nl": "de trainer heeft het bewerken even stilgezet: kijk nu allemaal naar het scherm",
        "en": "the trainer has paused editing for everyone: look at the screen now",
    },
    "opslagfout.geen_deelnemer": {
        "nl": "deze persoonlijke link hoort bij geen enkele deelnemer (meer)",
        "en": "this personal link does not belong to any participant (any more)",
    },
    "opslagfout.code_onbekend": {
        "nl": "er loopt geen werksessie met deze code; kijk nog eens op het scherm van de trainer",
        "en": "no workshop session is running with this code; check the trainer's screen again",
    },
    "opslagfout.deur_dicht": {
        "nl": "de trainer heeft de deur van deze werksessie gesloten: er kan niemand meer bij",
        "en": "the trainer has closed this workshop session to newcomers",
    },
    "opslagfout.deelnemer_naam": {
        "nl": "een naam mag hoogstens {max} tekens lang zijn",
        "en": "a name can be at most {max} characters long",
    },
    "opslagfout.sessie_loopt": {
        "nl": "er loopt al een werksessie (code {toegangscode}); beëindig die eerst",
        "en": "a workshop session is already running (code {toegangscode}); end it first",
    },
    "opslagfout.geen_sessie": {
        "nl": "deze werksessie bestaat niet (meer)",
        "en": "this workshop session does not exist (any more)",
    },
    "opslagfout.bewaardagen": {
        "nl": "bewaren kan 0 tot en met {max} dagen",
        "en": "keeping is possible for 0 to {max} days",
    },
    "opslagfout.meedoen_eerst": {
        "nl": "doe eerst mee aan de werksessie met de code van de trainer",
        "en": "join the workshop session first, with the trainer's code",
    },
}
