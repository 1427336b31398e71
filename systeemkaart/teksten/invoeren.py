"""Teksten: the Invoeren page, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "invoeren.titel": {
        "nl": "Invoeren",
        "en": "Edit",
    },
    "invoeren.uitleg": {
        "nl": "Vul hier de kaart in: snel met de formulieren, of alles tegelijk in de tabellen onderaan. Elke wijziging geldt meteen; de kaart ernaast laat hem direct zien.",
        "en": "Fill in the map here: quickly with the forms, or everything at once in the tables below. Every change applies at once; the map alongside shows it straight away.",
    },
    "invoeren.kop": {
        "nl": "Titel en opgave",
        "en": "Title and shared task",
    },
    "invoeren.kaart_titel": {
        "nl": "Titel van de kaart",
        "en": "Title of the map",
    },
    "invoeren.opgave": {
        "nl": "Gedeelde opgave",
        "en": "Shared task",
    },
    "invoeren.opgave_hulp": {
        "nl": "Waar werken de partners samen aan? Deze tekst staat in het midden van de kaart.",
        "en": "What do the partners work on together? This text sits in the centre of the map.",
    },
    "invoeren.kop_gewijzigd": {
        "nl": "Titel en opgave bijgewerkt.",
        "en": "Title and shared task updated.",
    },
    "invoeren.snel": {
        "nl": "Snel invoeren",
        "en": "Quick entry",
    },
    "invoeren.snel_uitleg": {
        "nl": "Wat brengt een partner in, of wat haalt hij eruit? Kies de gedeelde opgave als van of naar voor wat iemand aan tafel brengt of eruit haalt.",
        "en": "What does a partner bring, or what does it take out? Choose the shared task as from or to for what someone brings to the table or takes from it.",
    },
    "invoeren.kies": {
        "nl": "Kies…",
        "en": "Choose…",
    },
    "invoeren.kies_soort": {
        "nl": "Kies een soort; staat hij er niet bij, typ hem dan onder Of een andere soort.",
        "en": "Choose a kind; if it is not there, type it under Or another kind.",
    },
    "invoeren.toevoegen": {
        "nl": "Stroom toevoegen",
        "en": "Add stream",
    },
    "invoeren.toegevoegd": {
        "nl": "Stroom toegevoegd: {van} → {naar} ({soort}, waarde {waarde}).",
        "en": "Stream added: {van} → {naar} ({soort}, weight {waarde}).",
    },
    "invoeren.geen_partners": {
        "nl": "Deze kaart heeft nog geen partners. Voeg ze eerst toe op het tabblad Partners; daarna kun je stromen invoeren.",
        "en": "This map has no partners yet. Add them first on the Partners tab; then you can enter streams.",
    },
    "invoeren.tab.partners": {
        "nl": "Partners",
        "en": "Partners",
    },
    "invoeren.tab.stromen": {
        "nl": "Stromen",
        "en": "Streams",
    },
    "invoeren.tab.afhankelijkheden": {
        "nl": "Afhankelijkheden",
        "en": "Dependencies",
    },
    "invoeren.tab.belangen": {
        "nl": "Belangen",
        "en": "Interests",
    },
    "invoeren.uitleg.partners": {
        "nl": "Wie zitten er aan tafel? Invloed loopt van 0 (geen) tot 5 (zeer groot). Een nieuwe naam kun je meteen in de andere tabellen kiezen.",
        "en": "Who is at the table? Influence runs from 0 (none) to 5 (very large). A new name can be chosen in the other tables at once.",
    },
    "invoeren.uitleg.stromen": {
        "nl": "Wat stroomt er van wie naar wie? Waarde loopt van 1 (klein) tot 5 (essentieel). Tastbaar: geld, mensen, goederen; niet tastbaar: kennis, positie, steun.",
        "en": "What flows from whom to whom? Weight runs from 1 (small) to 5 (essential). Tangible: money, people, goods; intangible: knowledge, position, support.",
    },
    "invoeren.uitleg.afhankelijkheden": {
        "nl": "Wie heeft wie nodig, en waarvoor? Sterkte loopt van 1 (een beetje) tot 5 (kan niet zonder).",
        "en": "Who needs whom, and for what? Strength runs from 1 (a little) to 5 (cannot do without).",
    },
    "invoeren.uitleg.belangen": {
        "nl": "Wat zit er in het rugzakje van een partner? Een belang van de organisatie of een persoonlijk belang, dat de opgave steunt, neutraal is of ermee schuurt.",
        "en": "What does a partner carry in its backpack? An organisational or personal interest that supports, is neutral to or chafes with the shared task.",
    },
    "invoeren.kolom.naam": {
        "nl": "Naam",
        "en": "Name",
    },
    "invoeren.kolom.type": {
        "nl": "Type",
        "en": "Type",
    },
    "invoeren.kolom.sector": {
        "nl": "Sector",
        "en": "Sector",
    },
    "invoeren.kolom.invloed": {
        "nl": "Invloed (0–5)",
        "en": "Influence (0–5)",
    },
    "invoeren.kolom.toelichting": {
        "nl": "Toelichting",
        "en": "Notes",
    },
    "invoeren.kolom.van": {
        "nl": "Van",
        "en": "From",
    },
    "invoeren.kolom.naar": {
        "nl": "Naar",
        "en": "To",
    },
    "invoeren.kolom.soort": {
        "nl": "Soort",
        "en": "Kind",
    },
    "invoeren.kolom.waarde": {
        "nl": "Waarde (1–5)",
        "en": "Weight (1–5)",
    },
    "invoeren.kolom.omschrijving": {
        "nl": "Omschrijving",
        "en": "Description",
    },
    "invoeren.kolom.tastbaar": {
        "nl": "Tastbaar",
        "en": "Tangible",
    },
    "invoeren.kolom.partner": {
        "nl": "Partner",
        "en": "Partner",
    },
    "invoeren.kolom.afhankelijk_van": {
        "nl": "Afhankelijk van",
        "en": "Depends on",
    },
    "invoeren.kolom.waarvoor": {
        "nl": "Waarvoor",
        "en": "For what",
    },
    "invoeren.kolom.sterkte": {
        "nl": "Sterkte (1–5)",
        "en": "Strength (1–5)",
    },
    "invoeren.kolom.belang_soort": {
        "nl": "Soort belang",
        "en": "Kind of interest",
    },
    "invoeren.kolom.houding": {
        "nl": "Houding",
        "en": "Stance",
    },
    "invoeren.waarde.1": {
        "nl": "1 · klein",
        "en": "1 · small",
    },
    "invoeren.waarde.2": {
        "nl": "2 · beperkt",
        "en": "2 · limited",
    },
    "invoeren.waarde.3": {
        "nl": "3 · gemiddeld",
        "en": "3 · medium",
    },
    "invoeren.waarde.4": {
        "nl": "4 · groot",
        "en": "4 · large",
    },
    "invoeren.waarde.5": {
        "nl": "5 · essentieel",
        "en": "5 · essential",
    },
    "invoeren.niet_verwerkt": {
        "nl": "Deze wijziging is niet verwerkt; de kaart is nog zoals hij was. Pas dit aan:",
        "en": "This change was not applied; the map is as it was. Please correct:",
    },
    "invoeren.probleem": {
        "nl": "Rij {rij}, kolom {kolom}: {tekst}",
        "en": "Row {rij}, column {kolom}: {tekst}",
    },
    "invoeren.probleem_rij": {
        "nl": "Rij {rij}: {tekst}",
        "en": "Row {rij}: {tekst}",
    },
    "invoeren.probleem_veld": {
        "nl": "{kolom}: {tekst}",
        "en": "{kolom}: {tekst}",
    },
    "invoeren.terugdraaien": {
        "nl": "Wijziging terugdraaien",
        "en": "Undo this change",
    },
    "invoeren.verwerkt": {
        "nl": "Wijziging verwerkt.",
        "en": "Change applied.",
    },
    "invoeren.verwijderen": {
        "nl": "Je verwijdert een partner die nog in andere tabellen voorkomt. Verwijder die rijen eerst, of verwijder ze in één keer mee:",
        "en": "You are deleting a partner that other tables still refer to. Delete those rows first, or delete them along with it:",
    },
    "invoeren.gevolg": {
        "nl": "{naam}: stromen {stromen}, afhankelijkheden {afhankelijkheden}, belangen {belangen}",
        "en": "{naam}: streams {stromen}, dependencies {afhankelijkheden}, interests {belangen}",
    },
    "invoeren.verwijder_mee": {
        "nl": "Verwijder ook die rijen",
        "en": "Delete those rows as well",
    },
    "invoeren.verwijderd": {
        "nl": "Verwijderd: {namen}, samen met de stromen, afhankelijkheden en belangen die ernaar verwezen.",
        "en": "Deleted: {namen}, together with the streams, dependencies and interests that referred to it.",
    },
    "invoeren.snel.partners": {
        "nl": "Partners",
        "en": "Partners",
    },
    "invoeren.snel.stroom": {
        "nl": "Stroom",
        "en": "Stream",
    },
    "invoeren.snel.afhankelijkheid": {
        "nl": "Afhankelijkheid",
        "en": "Dependency",
    },
    "invoeren.snel.belang": {
        "nl": "Belang",
        "en": "Interest",
    },
    "invoeren.partners.namen": {
        "nl": "Namen, één per regel",
        "en": "Names, one per line",
    },
    "invoeren.partners.voorbeeld": {
        "nl": "Gemeente\nWijkteam\nWoningcorporatie",
        "en": "Municipality\nNeighbourhood team\nHousing association",
    },
    "invoeren.partners.uitleg": {
        "nl": "Typ of plak de namen van de partners, één per regel. Sector, invloed en toelichting vul je later aan in de tabel Partners.",
        "en": "Type or paste the partners' names, one per line. Sector, influence and notes can be added later in the Partners table.",
    },
    "invoeren.partners.toevoegen": {
        "nl": "Partners toevoegen",
        "en": "Add partners",
    },
    "invoeren.partners.toegevoegd": {
        "nl": "Toegevoegd: {namen}.",
        "en": "Added: {namen}.",
    },
    "invoeren.partners.leeg": {
        "nl": "Namen: typ minstens één naam, één per regel.",
        "en": "Names: type at least one name, one per line.",
    },
    "invoeren.andere_soort": {
        "nl": "Of een andere soort",
        "en": "Or another kind",
    },
    "invoeren.andere_soort_voorbeeld": {
        "nl": "bijv. huisvesting",
        "en": "e.g. housing",
    },
    "invoeren.blijft.stroom": {
        "nl": "Van, soort en waarde blijven staan voor de volgende stroom.",
        "en": "From, kind and weight stay for the next stream.",
    },
    "invoeren.blijft.afhankelijkheid": {
        "nl": "Partner en sterkte blijven staan voor de volgende afhankelijkheid.",
        "en": "Partner and strength stay for the next dependency.",
    },
    "invoeren.blijft.belang": {
        "nl": "Partner, soort en houding blijven staan voor het volgende belang.",
        "en": "Partner, kind and stance stay for the next interest.",
    },
    "invoeren.afh.toevoegen": {
        "nl": "Afhankelijkheid toevoegen",
        "en": "Add dependency",
    },
    "invoeren.afh.toegevoegd": {
        "nl": "Afhankelijkheid toegevoegd: {partner} → {van} (sterkte {sterkte}).",
        "en": "Dependency added: {partner} → {van} (strength {sterkte}).",
    },
    "invoeren.sterkte.1": {
        "nl": "1 · een beetje",
        "en": "1 · a little",
    },
    "invoeren.sterkte.2": {
        "nl": "2 · enigszins",
        "en": "2 · somewhat",
    },
    "invoeren.sterkte.3": {
        "nl": "3 · duidelijk",
        "en": "3 · clearly",
    },
    "invoeren.sterkte.4": {
        "nl": "4 · sterk",
        "en": "4 · strongly",
    },
    "invoeren.sterkte.5": {
        "nl": "5 · kan niet zonder",
        "en": "5 · cannot do without",
    },
    "invoeren.kaart": {
        "nl": "De kaart tot nu toe",
        "en": "The map so far",
    },
    "invoeren.kaart_uitleg": {
        "nl": "Werkt bij na elke invoer. Sleep een partner om hem te verplaatsen.",
        "en": "Updates after every entry. Drag a partner to move it.",
    },
    "invoeren.tabellen": {
        "nl": "Alles in tabellen",
        "en": "Everything in tables",
    },
    "invoeren.tabellen_uitleg": {
        "nl": "Hier pas je alles aan wat al op de kaart staat. Een rij toevoegen doe je met + onder een tabel; een rij verwijderen door hem links aan te vinken en op het prullenbakje te klikken. Een keuzelijst in een cel opent met een dubbelklik of Enter.",
        "en": "Change anything already on the map here. Add a row with + below a table; delete rows by ticking them on the left and clicking the bin. A list in a cell opens with a double click or Enter.",
    },
    "invoeren.wachtend": {
        "nl": "Rij {rij} telt nog niet mee: vul ook {velden} in.",
        "en": "Row {rij} does not count yet: fill in {velden} as well.",
    },
    "invoeren.en": {
        "nl": "en",
        "en": "and",
    },
}
