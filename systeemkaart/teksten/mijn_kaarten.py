"""Teksten: the Mijn kaarten page: the store, foto's, comparing two moments, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "opslag.onbekend": {
        "nl": "Deze kaart is niet gevonden: misschien is hij definitief verwijderd, of staat hij in een ander opslagbestand. Je ziet nu de voorbeeldkaart; je eigen kaarten staan onder Mijn kaarten.",
        "en": "This map was not found: it may have been deleted for good, or it is in another storage file. You now see the example map; your own maps are under My maps.",
    },
    "opslag.fout_op_server": {
        "nl": "de opslag op de server werkt nu niet; zeg het tegen de trainer",
        "en": "the storage on the server is not working right now; tell the trainer",
    },
    "opslag.apart_gezet_zonder_pad": {
        "nl": "Het opslagbestand op de server was beschadigd en is apart gezet; Systeemkaart is met een nieuw, leeg bestand begonnen. Vraag de trainer: die kan de oude kaarten misschien terughalen.",
        "en": "The storage file on the server was damaged and has been set aside; Systeemkaart started a new, empty file. Ask the trainer, who may be able to recover the old maps.",
    },
    "opslag.apart_gezet": {
        "nl": "Het opslagbestand was beschadigd of onleesbaar. Het is niet weggegooid maar apart gezet als {pad}, en Systeemkaart is met een nieuw, leeg bestand begonnen. Kaarten van vóór dit moment zitten nog in het apart gezette bestand; een beheerder kan ze daar misschien uit terughalen.",
        "en": "The storage file was damaged or unreadable. It was not thrown away but set aside as {pad}, and Systeemkaart started a new, empty file. Maps from before this moment are still in the file set aside; an administrator may be able to recover them.",
    },
    "opslag.fout": {
        "nl": "Je laatste wijziging is niet opgeslagen: {reden}. Ze staat wel in dit venster; sluit het niet tot het opslaan weer lukt.",
        "en": "Your last change was not saved: {reden}. It is still in this window; do not close it until saving works again.",
    },
    "opslag.conflict": {
        "nl": "Deze kaart is intussen in een ander tabblad (of door iemand anders) gewijzigd. Je laatste wijziging is daarom niet over die andere wijziging heen gezet. Er gaat niets verloren: je wijziging is bewaard als foto ‘{foto}’ (zie Mijn kaarten, Foto's). Laad de nieuwste versie om verder te werken, of zet je wijziging er bewust overheen.",
        "en": "This map was changed in another tab (or by someone else) in the meantime. Your last change was therefore not written over that other change. Nothing is lost: your change was kept as snapshot ‘{foto}’ (see My maps, Snapshots). Load the newest version to continue, or deliberately put your change on top.",
    },
    "opslag.conflict.foto": {
        "nl": "Niet opgeslagen wijziging van {tijd}",
        "en": "Unsaved change of {tijd}",
    },
    "opslag.herladen": {
        "nl": "Nieuwste versie laden",
        "en": "Load the newest version",
    },
    "opslag.toch": {
        "nl": "Mijn wijziging toch opslaan",
        "en": "Save my change anyway",
    },
    "opslag.toch_hulp": {
        "nl": "Zet je wijziging boven op de nieuwste versie. De andere wijziging blijft bereikbaar met Ongedaan maken.",
        "en": "Puts your change on top of the newest version. The other change stays reachable with Undo.",
    },
    "opslag.anders": {
        "nl": "Deze kaart is intussen in een ander tabblad gewijzigd. Laad de nieuwste versie voordat je verder werkt, anders wordt je volgende wijziging geweigerd.",
        "en": "This map was changed in another tab in the meantime. Load the newest version before you continue, or your next change will be refused.",
    },
    "opslag.in_prullenbak": {
        "nl": "Deze kaart staat in de prullenbak.",
        "en": "This map is in the bin.",
    },
    "opslag.terugzetten": {
        "nl": "Terugzetten",
        "en": "Restore",
    },
    "opslag.ongedaan": {
        "nl": "Ongedaan maken",
        "en": "Undo",
    },
    "opslag.opnieuw": {
        "nl": "Opnieuw",
        "en": "Redo",
    },
    "opslag.ongedaan_hulp": {
        "nl": "Draai de laatste wijziging terug. Dat kan tot 99 stappen terug, ook na het verversen van de pagina.",
        "en": "Undo the last change: up to 99 steps back, also after refreshing the page.",
    },
    "opslag.opnieuw_hulp": {
        "nl": "Voer de wijziging die je net ongedaan maakte opnieuw uit.",
        "en": "Redo the change you just undid.",
    },
    "opslag.status.voorbeeld": {
        "nl": "Voorbeeldkaart: bij je eerste wijziging maakt Systeemkaart een eigen kopie (onder Mijn kaarten); het voorbeeld zelf blijft zoals het is.",
        "en": "Example map: your first change makes your own copy (under My maps); the example itself stays as it is.",
    },
    "opslag.status.bewaard": {
        "nl": "Alles wordt automatisch opgeslagen · laatste wijziging {tijd}",
        "en": "Everything is saved automatically · last change {tijd}",
    },
    "opslag.status.niet": {
        "nl": "Niet opgeslagen: de opslag is nu niet beschikbaar.",
        "en": "Not saved: storage is not available right now.",
    },
    "mijn.titel": {
        "nl": "Mijn kaarten",
        "en": "My maps",
    },
    "mijn.uitleg": {
        "nl": "Alles wat je verandert, wordt meteen opgeslagen; er is geen opslaan-knop. Het adres in de browser (met ?kaart=…) opent de kaart later weer precies zoals je hem achterliet: bewaar het als bladwijzer.",
        "en": "Every change is saved at once; there is no save button. The address in the browser (with ?kaart=…) opens the map again exactly as you left it: bookmark it.",
    },
    "mijn.geen_opslag": {
        "nl": "De opslag is nu niet beschikbaar: {reden}",
        "en": "Storage is not available right now: {reden}",
    },
    "mijn.tab.kaarten": {
        "nl": "Kaarten",
        "en": "Maps",
    },
    "mijn.tab.fotos": {
        "nl": "Foto's",
        "en": "Snapshots",
    },
    "mijn.tab.prullenbak": {
        "nl": "Prullenbak ({aantal})",
        "en": "Bin ({aantal})",
    },
    "mijn.bestand": {
        "nl": "Opgeslagen in {pad}",
        "en": "Stored in {pad}",
    },
    "mijn.lijst": {
        "nl": "Jouw kaarten",
        "en": "Your maps",
    },
    "mijn.leeg": {
        "nl": "Je hebt nog geen eigen kaarten. Maak hierboven een nieuwe, of verander iets aan een voorbeeldkaart: dan maakt Systeemkaart er een eigen kopie van.",
        "en": "You have no maps of your own yet. Make a new one above, or change something in an example map: Systeemkaart then makes your own copy.",
    },
    "mijn.gewijzigd": {
        "nl": "Laatst gewijzigd {tijd}",
        "en": "Last changed {tijd}",
    },
    "mijn.openen": {
        "nl": "Openen",
        "en": "Open",
    },
    "mijn.open_nu": {
        "nl": "Nu open",
        "en": "Open now",
    },
    "mijn.geopend": {
        "nl": "Geopend: {titel}",
        "en": "Opened: {titel}",
    },
    "mijn.dupliceren": {
        "nl": "Kopie",
        "en": "Copy",
    },
    "mijn.kopie": {
        "nl": "{titel} (kopie)",
        "en": "{titel} (copy)",
    },
    "mijn.gedupliceerd": {
        "nl": "Kopie gemaakt: {titel}",
        "en": "Copy made: {titel}",
    },
    "mijn.meer": {
        "nl": "Naam wijzigen of weggooien",
        "en": "Rename or throw away",
    },
    "mijn.meer_knop": {
        "nl": "Meer",
        "en": "More",
    },
    "mijn.nieuwe_naam": {
        "nl": "Naam",
        "en": "Name",
    },
    "mijn.hernoemen": {
        "nl": "Naam opslaan",
        "en": "Save name",
    },
    "mijn.hernoemd": {
        "nl": "De kaart heet nu {titel}.",
        "en": "The map is now called {titel}.",
    },
    "mijn.naam_leeg": {
        "nl": "Een kaart heeft een naam nodig.",
        "en": "A map needs a name.",
    },
    "mijn.verwijderen": {
        "nl": "Naar de prullenbak",
        "en": "Move to the bin",
    },
    "mijn.verwijderd": {
        "nl": "{titel} staat in de prullenbak; je kunt hem daar terugzetten.",
        "en": "{titel} is in the bin; you can restore it there.",
    },
    "mijn.nieuw": {
        "nl": "Nieuwe kaart",
        "en": "New map",
    },
    "mijn.nieuw.soort": {
        "nl": "Beginnen met",
        "en": "Start with",
    },
    "mijn.nieuw.leeg": {
        "nl": "een lege kaart",
        "en": "an empty map",
    },
    "mijn.nieuw.voorbeeld": {
        "nl": "een kopie van een voorbeeld",
        "en": "a copy of an example",
    },
    "mijn.nieuw.titel": {
        "nl": "Naam van de kaart",
        "en": "Name of the map",
    },
    "mijn.nieuw.opgave": {
        "nl": "Gedeelde opgave",
        "en": "Shared task",
    },
    "mijn.nieuw.kies_voorbeeld": {
        "nl": "Voorbeeld",
        "en": "Example",
    },
    "mijn.nieuw.maak": {
        "nl": "Kaart maken",
        "en": "Make the map",
    },
    "mijn.nieuw.leeg_fout": {
        "nl": "Vul een naam of de gedeelde opgave in.",
        "en": "Fill in a name or the shared task.",
    },
    "mijn.nieuw.gemaakt": {
        "nl": "Nieuwe kaart gemaakt: {titel}",
        "en": "New map made: {titel}",
    },
    "mijn.prullenbak.uitleg": {
        "nl": "Weggegooide kaarten blijven hier tot je ze definitief verwijdert.",
        "en": "Maps you throw away stay here until you delete them for good.",
    },
    "mijn.prullenbak.leeg": {
        "nl": "De prullenbak is leeg.",
        "en": "The bin is empty.",
    },
    "mijn.prullenbak.sinds": {
        "nl": "In de prullenbak sinds {tijd}",
        "en": "In the bin since {tijd}",
    },
    "mijn.terugzetten": {
        "nl": "Terugzetten",
        "en": "Restore",
    },
    "mijn.teruggezet": {
        "nl": "{titel} is teruggezet.",
        "en": "{titel} has been restored.",
    },
    "mijn.wissen": {
        "nl": "Definitief verwijderen",
        "en": "Delete for good",
    },
    "mijn.gewist": {
        "nl": "{titel} is definitief verwijderd.",
        "en": "{titel} has been deleted for good.",
    },
    "foto.kop": {
        "nl": "Foto's van {titel}",
        "en": "Snapshots of {titel}",
    },
    "foto.uitleg": {
        "nl": "Een foto legt de kaart vast zoals hij nu is, met naam en datum. Zo zie je later wat er veranderd is, bijvoorbeeld vóór en na een gesprek over de balans.",
        "en": "A snapshot records the map as it is now, with a name and a date. Later you can see what changed, for example before and after a conversation about the balance.",
    },
    "foto.voorbeeld": {
        "nl": "Dit is een voorbeeldkaart: een foto maakt eerst een eigen kopie onder Mijn kaarten.",
        "en": "This is an example map: a snapshot first makes your own copy under My maps.",
    },
    "foto.naam": {
        "nl": "Naam van de foto",
        "en": "Name of the snapshot",
    },
    "foto.naam_standaard": {
        "nl": "Foto van {datum}",
        "en": "Snapshot of {datum}",
    },
    "foto.maak": {
        "nl": "Foto maken",
        "en": "Take a snapshot",
    },
    "foto.gemaakt": {
        "nl": "Foto ‘{naam}’ gemaakt.",
        "en": "Snapshot ‘{naam}’ taken.",
    },
    "foto.geen": {
        "nl": "Deze kaart heeft nog geen foto's.",
        "en": "This map has no snapshots yet.",
    },
    "foto.lijst.naam": {
        "nl": "Foto",
        "en": "Snapshot",
    },
    "foto.lijst.gemaakt": {
        "nl": "Gemaakt",
        "en": "Taken",
    },
    "foto.bekijk": {
        "nl": "Een foto bekijken",
        "en": "View a snapshot",
    },
    "foto.kies": {
        "nl": "Kies een foto",
        "en": "Choose a snapshot",
    },
    "foto.alleen_lezen": {
        "nl": "Alleen bekijken: zo zag de kaart eruit op {tijd}.",
        "en": "Read only: this is how the map looked on {tijd}.",
    },
    "foto.terugzetten": {
        "nl": "Zet deze foto terug als de kaart",
        "en": "Put this snapshot back as the map",
    },
    "foto.teruggezet": {
        "nl": "De foto is teruggezet. Met Ongedaan maken ga je terug naar hoe het was.",
        "en": "The snapshot is back. Undo takes you back to how it was.",
    },
    "foto.verwijder": {
        "nl": "Foto verwijderen",
        "en": "Delete snapshot",
    },
    "vergelijk.kop": {
        "nl": "Vergelijken",
        "en": "Compare",
    },
    "vergelijk.toen": {
        "nl": "Toen",
        "en": "Then",
    },
    "vergelijk.nu": {
        "nl": "Nu",
        "en": "Now",
    },
    "vergelijk.de_kaart_nu": {
        "nl": "De kaart zoals hij nu is",
        "en": "The map as it is now",
    },
    "vergelijk.zelfde": {
        "nl": "Kies twee verschillende momenten.",
        "en": "Choose two different moments.",
    },
    "vergelijk.samenvatting": {
        "nl": "**{naar}** dichter bij balans, **{van}** verder uit balans, **{gelijk}** gelijk gebleven; **{nieuw}** nieuw aan tafel, **{weg}** niet meer aan tafel.",
        "en": "**{naar}** closer to balance, **{van}** further out of balance, **{gelijk}** unchanged; **{nieuw}** new at the table, **{weg}** no longer at the table.",
    },
    "vergelijk.uitleg": {
        "nl": "Per partner de balans toen (grijs) en nu (donker). Hoe dichter bij 0, hoe meer in balans; het groene vlak is wat als ‘in balans’ telt. De lijn is groen als de partner dichter bij balans kwam en oranje als hij verder uit balans raakte.",
        "en": "Per partner the balance then (grey) and now (dark). The closer to 0, the more in balance; the green band is what counts as ‘in balance’. The line is green when the partner came closer to balance and orange when it moved further out.",
    },
    "vergelijk.as": {
        "nl": "Balans (−1: geeft alleen · +1: haalt alleen)",
        "en": "Balance (−1: only gives · +1: only takes)",
    },
    "vergelijk.geen_partners": {
        "nl": "Geen partners met stromen om te vergelijken.",
        "en": "No partners with streams to compare.",
    },
    "vergelijk.partner": {
        "nl": "Partner",
        "en": "Partner",
    },
    "vergelijk.moment": {
        "nl": "Moment",
        "en": "Moment",
    },
    "vergelijk.balans": {
        "nl": "Balans",
        "en": "Balance",
    },
    "vergelijk.balans_toen": {
        "nl": "Balans toen",
        "en": "Balance then",
    },
    "vergelijk.balans_nu": {
        "nl": "Balans nu",
        "en": "Balance now",
    },
    "vergelijk.verschuiving": {
        "nl": "Verschuiving",
        "en": "Shift",
    },
    "vergelijk.verschuiving_hulp": {
        "nl": "Balans nu min balans toen: negatief is meer gaan geven, positief meer gaan halen.",
        "en": "Balance now minus balance then: negative means it started giving more, positive taking more.",
    },
    "vergelijk.beweging": {
        "nl": "Beweging",
        "en": "Movement",
    },
    "vergelijk.beweging.naar_balans": {
        "nl": "dichter bij balans",
        "en": "closer to balance",
    },
    "vergelijk.beweging.van_balans": {
        "nl": "verder uit balans",
        "en": "further out of balance",
    },
    "vergelijk.beweging.gelijk": {
        "nl": "gelijk gebleven",
        "en": "unchanged",
    },
    "vergelijk.beweging.nieuw": {
        "nl": "nieuw aan tafel",
        "en": "new at the table",
    },
    "vergelijk.beweging.vertrokken": {
        "nl": "niet meer aan tafel",
        "en": "no longer at the table",
    },
    "vergelijk.beweging.onbepaald": {
        "nl": "toen of nu zonder stromen",
        "en": "no streams then or now",
    },
    "vergelijk.klasse_toen": {
        "nl": "Toen",
        "en": "Then",
    },
    "vergelijk.klasse_nu": {
        "nl": "Nu",
        "en": "Now",
    },
    "vergelijk.stromen": {
        "nl": "Stromen",
        "en": "Streams",
    },
    "vergelijk.geen_verschil": {
        "nl": "Geen stromen bijgekomen, verdwenen of anders gewogen.",
        "en": "No streams added, removed or weighted differently.",
    },
    "vergelijk.toegevoegd": {
        "nl": "Bijgekomen ({aantal})",
        "en": "Added ({aantal})",
    },
    "vergelijk.verwijderd": {
        "nl": "Verdwenen ({aantal})",
        "en": "Removed ({aantal})",
    },
    "vergelijk.gewijzigd": {
        "nl": "Andere waarde ({aantal})",
        "en": "Other weight ({aantal})",
    },
    "vergelijk.van": {
        "nl": "Van",
        "en": "From",
    },
    "vergelijk.naar": {
        "nl": "Naar",
        "en": "To",
    },
    "vergelijk.soort": {
        "nl": "Soort",
        "en": "Kind",
    },
    "vergelijk.waarde": {
        "nl": "Waarde",
        "en": "Weight",
    },
    "vergelijk.waarde_toen": {
        "nl": "Waarde toen",
        "en": "Weight then",
    },
    "vergelijk.waarde_nu": {
        "nl": "Waarde nu",
        "en": "Weight now",
    },
    "vergelijk.omschrijving": {
        "nl": "Omschrijving",
        "en": "Description",
    },
}
