"""Teksten: every user-facing string of Systeemkaart, in Dutch (``nl``) and English (``en``).

A string is looked up by key with :func:`tekst`, which fills in ``{placeholders}``.
Dutch is the default and the reference: every key exists in ``nl``; a key missing in
``en`` falls back to Dutch, so a new string never breaks the English interface.
Domain words (kaart, partner, stroom, opgave, balans, ...) are explained in
docs/glossary.md.
"""

from __future__ import annotations

TALEN = ("nl", "en")

TEKSTEN: dict[str, dict[str, str]] = {
    "nl": {
        # Balance classes, as the legend and the tables show them.
        "klasse.geeft_veel_meer": "geeft veel meer dan er terugkomt",
        "klasse.haalt_veel_meer": "haalt veel meer dan er tegenover staat",
        "klasse.in_balans": "in balans",
        "klasse.geen_stromen": "nog geen stromen",
        "opgave": "Gedeelde opgave",
        # Signals: a finding and a suggestion drawn from the four rebalancing moves.
        "signaal.geeft_veel_meer": (
            "{naam} geeft veel meer dan er terugkomt (brengt {brengen}, haalt {halen}). "
            "Risico: de motivatie loopt leeg en deze partner trekt zich stilletjes terug. "
            "Mogelijke zetten: compenseer (geld, positie of zeggenschap), verlaag de "
            "bijdrage, of stel de ambitie bij zodat er voor deze partner meer te halen valt."
        ),
        "signaal.haalt_veel_meer": (
            "{naam} haalt veel meer dan er tegenover staat (brengt {brengen}, haalt {halen}). "
            "Risico: anderen vinden het oneerlijk; wrijving en de roep om strakkere "
            "afspraken en controle. Mogelijke zetten: vraag een grotere bijdrage, of laat "
            "deze partner compenseren wie veel geeft."
        ),
        "signaal.geen_stromen": (
            "{naam} staat op de kaart, maar brengt en haalt nog niets. Vraag: wat brengt "
            "deze partner aan tafel en wat wil hij eruit halen? Of hoort hij niet (meer) "
            "aan tafel?"
        ),
        "signaal.eenzijdige_afhankelijkheid": (
            "{afhankelijk} is sterk afhankelijk van {van} (sterkte {sterkte}){waarvoor}, "
            "en andersom nauwelijks. Dat geeft {van} macht. Mogelijke zetten: leg "
            "afspraken vast die zekerheid geven, compenseer {afhankelijk}, of betrek een "
            "derde partij (wetgever of financier) als waarborg."
        ),
        "signaal.waarvoor": " voor {waarvoor}",
        "signaal.splitst_netwerk": (
            "Als {naam} vertrekt, valt het netwerk uiteen. Dan staan los van de rest: "
            "{los}. Mogelijke zetten: leg directe lijnen tussen hen en de opgave, of "
            "betrek een derde partij die de verbinding kan overnemen."
        ),
        "signaal.systeem_uit_balans": (
            "{uit} van de {met} partners met stromen zijn uit balans: het systeem als "
            "geheel staat onder spanning. Mogelijke zetten: stel de ambitie bij (maak de "
            "taart groter), herverdeel wie wat bijdraagt, of spreek een "
            "kostenverdeelsleutel af."
        ),
        # The map (systeem/weergave.py): tooltips and legend.
        "weergave.brengt_haalt": "Brengt {brengen} · haalt {halen}",
        "weergave.balans": "Balans {balans}: {klasse}",
        "weergave.invloed": "Invloed {invloed} (0–5)",
        "weergave.belangen": "Belangen:",
        "weergave.stroom": "{van} → {naar}: {soort}, waarde {waarde}",
        "weergave.afhankelijkheid": "{partner} is afhankelijk van {van}{waarvoor} (sterkte {sterkte})",
        "weergave.houding.steunt": "steunt de opgave",
        "weergave.houding.neutraal": "neutraal",
        "weergave.houding.schuurt": "schuurt met de opgave",
        "weergave.belang.organisatie": "belang van de organisatie",
        "weergave.belang.persoonlijk": "persoonlijk belang",
        "legenda.titel": "Legenda",
        "legenda.kleur": "Kleur: balans van brengen en halen",
        "legenda.grootte.betrokkenheid": "Grootte: betrokkenheid (brengen + halen)",
        "legenda.grootte.invloed": "Grootte: invloed (0–5)",
        "legenda.grootte.maat": "Grootte: {maat}",
        "legenda.stromen": "Pijlen: stromen; kleur = soort, dikte = waarde",
        "legenda.afhankelijkheid": "Gestippeld: afhankelijk van (pijl wijst naar wie men nodig heeft)",
        "legenda.belangen": "Belangen",
        "legenda.inschatting": "De gewichten zijn de inschatting van wie de kaart maakte, geen objectieve maat.",
        # App shell (app.py, systeemkaart/staat.py, systeemkaart/fouten.py).
        "ui.taal": "Taal",
        "ui.open_kaart": "Open kaart: {titel}",
        # Streamlit's own widget texts (systeemkaart/streamlit_teksten.py): the English entry is Streamlit's
        # text, the pattern the translation replaces.
        "streamlit.naar_inhoud": "Naar de inhoud",
        "streamlit.upload": "Bestand kiezen",
        "streamlit.upload_hier": "Sleep een bestand hierheen",
        "streamlit.upload_hier_meer": "Sleep bestanden hierheen",
        "streamlit.upload_grootte": "max. {grootte} per bestand",
        "streamlit.upload_invoer": "bestand kiezen",
        "streamlit.upload_toevoegen": "Bestanden toevoegen",
        "streamlit.enter_toepassen": "Druk op Enter om toe te passen",
        "streamlit.enter_versturen": "Druk op Enter om te versturen",
        "streamlit.toets_toepassen": "Druk op {toets}+Enter om toe te passen",
        "streamlit.toets_versturen": "Druk op {toets}+Enter om te versturen",
        "streamlit.kies_optie": "Kies…",
        "streamlit.kies_opties": "Kies…",
        "streamlit.kies_of_typ": "Kies of typ…",
        "streamlit.kies_of_typ_meer": "Kies of typ…",
        "streamlit.typ_optie": "Typ…",
        "streamlit.typ_opties": "Typ…",
        "streamlit.geen_opties": "Niets te kiezen",
        "streamlit.toevoegen": "Nieuw: {woord}",
        "streamlit.geen_resultaten": "Niets gevonden",
        "streamlit.alles_kiezen": "Alles kiezen",
        "streamlit.treffers_kiezen": "Kies de {aantal} treffers",
        "streamlit.keuze_beschikbaar": "1 keuze.",
        "streamlit.keuzes_beschikbaar": "{aantal} keuzes.",
        "streamlit.openen": "Openen",
        "streamlit.wissen": "Leegmaken",
        "streamlit.alles_wissen": "Alles weghalen",
        "streamlit.optie_weg": "{optie} weghalen",
        "streamlit.gekozen": "Gekozen",
        "streamlit.sluiten": "Sluiten",
        "streamlit.lager": "Lager",
        "streamlit.hoger": "Hoger",
        "streamlit.kop_link": "Link naar deze kop",
        "streamlit.uitleg_bij": "Uitleg bij {label}",
        "streamlit.rij_toevoegen": "Rij toevoegen",
        "streamlit.rijen_verwijderen": "Rijen verwijderen",
        "streamlit.kolommen": "Kolommen tonen of verbergen",
        "streamlit.csv": "Downloaden als CSV",
        "streamlit.zoeken": "Zoeken",
        "streamlit.volledig": "Volledig scherm",
        "streamlit.volledig_uit": "Volledig scherm sluiten",
        "streamlit.selectie_wissen": "Selectie opheffen",
        "streamlit.gegevens": "Gegevens tonen",
        "streamlit.vega_kopie": "Vega-Lite-specificatie kopiëren",
        "streamlit.cel_invullen": "⚠️ Vul deze cel in.",
        "streamlit.oplopend": "Oplopend sorteren",
        "streamlit.aflopend": "Aflopend sorteren",
        "streamlit.opmaak": "Opmaak",
        "streamlit.passend": "Passende breedte",
        "streamlit.vastzetten": "Kolom vastzetten",
        "streamlit.losmaken": "Kolom losmaken",
        "streamlit.verbergen": "Kolom verbergen",
        "streamlit.select": "Kies…",
        "streamlit.geen_opties_kort": "Niets te kiezen",
        "streamlit.cel_uitleg": "Kies met pijl omhoog en omlaag; Enter kiest, Escape sluit de lijst, Tab kiest en sluit.",
        "streamlit.cel_gekozen": "{optie} gekozen.",
        "streamlit.cel_resultaat": "1 keuze.",
        "streamlit.cel_resultaten": "{aantal} keuzes.",
        "streamlit.cel_resultaten_zoek": "{aantal} keuzes voor ‘{zoek}’.",
        "streamlit.icoon": "{naam}",
        "streamlit.stoppen": "Stoppen",
        "streamlit.bezig": "Bezig…",
        "nav.start": "Start",
        "nav.kaart": "Kaart",
        "nav.invoeren": "Invoeren",
        "nav.balans": "Balans",
        "nav.presenteren": "Presenteren",
        "fout.onverwacht": (
            "Er ging iets mis bij het tonen van deze pagina. Je kaart is niet veranderd. "
            "Probeer het opnieuw of kies een andere pagina."
        ),
        # --- Start page (systeemkaart/paginas/start.py).
        "start.titel": "Systeemkaart",
        "start.intro": (
            "Breng een samenwerkingsverband in kaart als systeem: de partners rond de "
            "gedeelde opgave, wat ieder brengt en haalt, wie van wie afhankelijk is en "
            "welke belangen meespelen. Zo zie je in één oogopslag wie veel meer geeft dan "
            "er terugkomt, en wie veel meer haalt dan er tegenover staat."
        ),
        "start.inschatting": (
            "De gewichten op een kaart zijn de inschatting van wie de kaart maakt, geen "
            "objectieve maat. Ze zijn bedoeld om het gesprek te voeren."
        ),
        "start.voorbeelden": "Open een voorbeeld",
        "start.open": "Open deze kaart",
        "start.nieuw": "Of begin een eigen kaart",
        "start.nieuw.titel": "Naam van de kaart",
        "start.nieuw.titel_voorbeeld": "Bijvoorbeeld: Wijkaanpak Noord",
        "start.nieuw.opgave": "Gedeelde opgave",
        "start.nieuw.opgave_voorbeeld": "Wat lost geen van de partners alleen op?",
        "start.nieuw.partner": "Eerste partner",
        "start.nieuw.partner_voorbeeld": "Bijvoorbeeld: Gemeente",
        "start.nieuw.maak": "Maak de kaart",
        "start.nieuw.leeg": "Vul de gedeelde opgave en een eerste partner in.",
        # --- Kaart page (systeemkaart/paginas/kaart.py, systeemkaart/netwerk_component.py).
        "kaart.geen_partners": (
            "Deze kaart heeft nog geen partners. Zet ze op de pagina Invoeren: wie zitten "
            "er aan tafel rond de gedeelde opgave?"
        ),
        "kaart.leeg": (
            "Er lopen nog geen stromen op deze kaart. Leg op de pagina Invoeren vast wat "
            "elke partner aan tafel brengt en wat hij eruit haalt; dan kleurt de kaart "
            "naar balans en verschijnen hier de signalen."
        ),
        "kaart.zoom.in": "Inzoomen",
        "kaart.zoom.uit": "Uitzoomen",
        "kaart.zoom.passend": "Hele kaart in beeld",
        "kaart.zoom.hint": "Zoomen: Ctrl (of ⌘) + scrollwiel, of de knoppen rechtsboven",
        "kaart.drempel": "Drempel voor ‘uit balans’",
        "kaart.drempel_uitleg": (
            "Balans = (halen − brengen) / (halen + brengen), van −1 (alleen geven) tot +1 "
            "(alleen halen). Een partner is uit balans als zijn balans minstens zo ver van "
            "0 ligt als de drempel. Standaard ⅓: de ene kant is minstens twee keer de andere."
        ),
        "kaart.drempel_standaard": "⅓ (standaard)",
        "kaart.grootte": "Grootte van een partner",
        "kaart.grootte.betrokkenheid": "betrokkenheid",
        "kaart.grootte.invloed": "invloed",
        "kaart.maten": "Plek in het netwerk",
        "kaart.maten.graad": "Krijgt van {graad_in} en geeft aan {graad_uit} partijen",
        "kaart.maten.routes": "Makelaar {betweenness} · nabijheid {closeness} · PageRank {pagerank}",
        "kaart.maten.micmac": "Invloed {invloed} · afhankelijkheid {afhankelijkheid}: {rol}",
        "kaart.laag_afhankelijkheden": "Afhankelijkheden tonen",
        "kaart.laag_belangen": "Belangen tonen",
        "kaart.inschatting": (
            "Klik op een partner voor de details; sleep een partner om hem te verplaatsen. "
            "De gewichten zijn illustratief: de inschatting van wie de kaart maakte, geen "
            "objectieve maat."
        ),
        "kaart.kies_partner": "Partner",
        "kaart.geen_keuze": "— kies een partner —",
        "kaart.hint_klik": (
            "Klik op een partner op de kaart, of kies er hierboven een, om te zien wat hij "
            "brengt en haalt."
        ),
        "kaart.invloed": "invloed {invloed} van 5",
        "kaart.brengt": "Brengt",
        "kaart.haalt": "Haalt",
        "kaart.balans_regel": "Balans: **{balans}**",
        "kaart.balans_uitleg": (
            "(halen − brengen) / (halen + brengen): −1 alleen geven, 0 evenwicht, +1 alleen halen."
        ),
        "kaart.per_soort": "Per soort",
        "kaart.geen_stromen_partner": "Deze partner brengt en haalt nog niets.",
        "kaart.soort": "Soort",
        "kaart.saldo": "Saldo",
        "kaart.saldo_uitleg": "Haalt min brengt: negatief = geeft hier meer dan er terugkomt.",
        "kaart.belangen": "Belangen",
        "kaart.geen_belangen": "Geen belangen ingevuld.",
        "kaart.afhankelijkheden": "Afhankelijkheden",
        "kaart.geen_afhankelijkheden": "Geen afhankelijkheden ingevuld.",
        "kaart.afhankelijk_van": "afhankelijk van {van}{waarvoor} (sterkte {sterkte})",
        "kaart.afhankelijk_van_hem": "{partner} is van deze partner afhankelijk{waarvoor} (sterkte {sterkte})",
        "kaart.signalen": "Signalen",
        "kaart.geen_signalen_partner": "Geen signalen voor deze partner.",
        "kaart.uit_balans": "Uit balans",
        "kaart.nog_niets_te_wegen": "Nog geen partner met stromen: er valt nog niets te wegen.",
        "kaart.uit_balans_aantal": (
            "{uit} van de {met} partners met stromen zijn uit balans (drempel {drempel})."
        ),
        "kaart.niemand_uit_balans": "Bij drempel {drempel} is geen enkele partner uit balans.",
        "kaart.toon": "Bekijk op de kaart",
        "kaart.uit_balans_meer": "En nog {aantal} partners uit balans: zie de pagina Balans.",
        "kaart.overige_meer": "En nog {aantal} signalen: zie de pagina Balans.",
        "kaart.per_sector": "Per sector",
        "kaart.per_sector.help": "Toon elke sector als één knoop, met de stromen tussen sectoren opgeteld: een overzicht van een grote kaart.",
        "kaart.per_sector.uitleg": "Per sector: {sectoren} knopen voor {partners} partners. Stromen binnen een sector vallen weg; de waarden zijn opgeteld. Zet de schakelaar uit om partners te kiezen of te verplaatsen.",
        "kaart.overige_signalen": "Overige signalen ({aantal})",
        # --- Invoeren page (systeemkaart/paginas/invoeren.py, systeem/bestanden/tabellen.py).
        "invoeren.titel": "Invoeren",
        "invoeren.uitleg": "Vul hier de kaart in: snel met de formulieren, of alles tegelijk in de tabellen onderaan. Elke wijziging geldt meteen; de kaart ernaast laat hem direct zien.",
        "invoeren.kop": "Titel en opgave",
        "invoeren.kaart_titel": "Titel van de kaart",
        "invoeren.opgave": "Gedeelde opgave",
        "invoeren.opgave_hulp": "Waar werken de partners samen aan? Deze tekst staat in het midden van de kaart.",
        "invoeren.kop_gewijzigd": "Titel en opgave bijgewerkt.",
        "invoeren.snel": "Snel invoeren",
        "invoeren.snel_uitleg": "Wat brengt een partner in, of wat haalt hij eruit? Kies de gedeelde opgave als van of naar voor wat iemand aan tafel brengt of eruit haalt.",
        "invoeren.kies": "Kies…",
        "invoeren.kies_soort": "Kies een soort; staat hij er niet bij, typ hem dan onder Of een andere soort.",
        "invoeren.toevoegen": "Stroom toevoegen",
        "invoeren.toegevoegd": "Stroom toegevoegd: {van} → {naar} ({soort}, waarde {waarde}).",
        "invoeren.geen_partners": "Deze kaart heeft nog geen partners. Voeg ze eerst toe op het tabblad Partners; daarna kun je stromen invoeren.",
        "invoeren.tab.partners": "Partners",
        "invoeren.tab.stromen": "Stromen",
        "invoeren.tab.afhankelijkheden": "Afhankelijkheden",
        "invoeren.tab.belangen": "Belangen",
        "invoeren.uitleg.partners": "Wie zitten er aan tafel? Invloed loopt van 0 (geen) tot 5 (zeer groot). Een nieuwe naam kun je meteen in de andere tabellen kiezen.",
        "invoeren.uitleg.stromen": "Wat stroomt er van wie naar wie? Waarde loopt van 1 (klein) tot 5 (essentieel). Tastbaar: geld, mensen, goederen; niet tastbaar: kennis, positie, steun.",
        "invoeren.uitleg.afhankelijkheden": "Wie heeft wie nodig, en waarvoor? Sterkte loopt van 1 (een beetje) tot 5 (kan niet zonder).",
        "invoeren.uitleg.belangen": "Wat zit er in het rugzakje van een partner? Een belang van de organisatie of een persoonlijk belang, dat de opgave steunt, neutraal is of ermee schuurt.",
        "invoeren.kolom.naam": "Naam",
        "invoeren.kolom.type": "Type",
        "invoeren.kolom.sector": "Sector",
        "invoeren.kolom.invloed": "Invloed (0–5)",
        "invoeren.kolom.toelichting": "Toelichting",
        "invoeren.kolom.van": "Van",
        "invoeren.kolom.naar": "Naar",
        "invoeren.kolom.soort": "Soort",
        "invoeren.kolom.waarde": "Waarde (1–5)",
        "invoeren.kolom.omschrijving": "Omschrijving",
        "invoeren.kolom.tastbaar": "Tastbaar",
        "invoeren.kolom.partner": "Partner",
        "invoeren.kolom.afhankelijk_van": "Afhankelijk van",
        "invoeren.kolom.waarvoor": "Waarvoor",
        "invoeren.kolom.sterkte": "Sterkte (1–5)",
        "invoeren.kolom.belang_soort": "Soort belang",
        "invoeren.kolom.houding": "Houding",
        "invoeren.type.organisatie": "organisatie",
        "invoeren.type.team": "team",
        "invoeren.type.persoon": "persoon",
        "invoeren.belang.organisatie": "organisatie",
        "invoeren.belang.persoonlijk": "persoonlijk",
        "invoeren.houding.steunt": "steunt",
        "invoeren.houding.neutraal": "neutraal",
        "invoeren.houding.schuurt": "schuurt",
        # The suggested soorten as the interface shows them (teksten.woord); the kaart keeps the Dutch word.
        "soort.geld": "geld",
        "soort.personeel": "personeel",
        "soort.klanten": "klanten",
        "soort.positie": "positie",
        "soort.macht": "macht",
        "soort.kennis": "kennis",
        "soort.informatie": "informatie",
        "soort.tijd": "tijd",
        "soort.autonomie": "autonomie",
        "soort.legitimiteit": "legitimiteit",
        "soort.netwerk": "netwerk",
        "soort.overig": "overig",
        "invoeren.waarde.1": "1 · klein",
        "invoeren.waarde.2": "2 · beperkt",
        "invoeren.waarde.3": "3 · gemiddeld",
        "invoeren.waarde.4": "4 · groot",
        "invoeren.waarde.5": "5 · essentieel",
        "invoeren.niet_verwerkt": "Deze wijziging is niet verwerkt; de kaart is nog zoals hij was. Pas dit aan:",
        "invoeren.probleem": "Rij {rij}, kolom {kolom}: {tekst}",
        "invoeren.probleem_rij": "Rij {rij}: {tekst}",
        "invoeren.probleem_veld": "{kolom}: {tekst}",
        "invoeren.terugdraaien": "Wijziging terugdraaien",
        "invoeren.verwerkt": "Wijziging verwerkt.",
        "invoeren.verwijderen": "Je verwijdert een partner die nog in andere tabellen voorkomt. Verwijder die rijen eerst, of verwijder ze in één keer mee:",
        "invoeren.gevolg": "{naam}: stromen {stromen}, afhankelijkheden {afhankelijkheden}, belangen {belangen}",
        "invoeren.verwijder_mee": "Verwijder ook die rijen",
        "invoeren.verwijderd": "Verwijderd: {namen}, samen met de stromen, afhankelijkheden en belangen die ernaar verwezen.",
        "invoeren.snel.partners": "Partners",
        "invoeren.snel.stroom": "Stroom",
        "invoeren.snel.afhankelijkheid": "Afhankelijkheid",
        "invoeren.snel.belang": "Belang",
        "invoeren.partners.namen": "Namen, één per regel",
        "invoeren.partners.voorbeeld": "Gemeente\nWijkteam\nWoningcorporatie",
        "invoeren.partners.uitleg": "Typ of plak de namen van de partners, één per regel. Sector, invloed en toelichting vul je later aan in de tabel Partners.",
        "invoeren.partners.toevoegen": "Partners toevoegen",
        "invoeren.partners.toegevoegd": "Toegevoegd: {namen}.",
        "invoeren.partners.leeg": "Namen: typ minstens één naam, één per regel.",
        "invoeren.andere_soort": "Of een andere soort",
        "invoeren.andere_soort_voorbeeld": "bijv. huisvesting",
        "invoeren.blijft.stroom": "Van, soort en waarde blijven staan voor de volgende stroom.",
        "invoeren.blijft.afhankelijkheid": "Partner en sterkte blijven staan voor de volgende afhankelijkheid.",
        "invoeren.blijft.belang": "Partner, soort en houding blijven staan voor het volgende belang.",
        "invoeren.afh.toevoegen": "Afhankelijkheid toevoegen",
        "invoeren.afh.toegevoegd": "Afhankelijkheid toegevoegd: {partner} → {van} (sterkte {sterkte}).",
        "invoeren.sterkte.1": "1 · een beetje",
        "invoeren.sterkte.2": "2 · enigszins",
        "invoeren.sterkte.3": "3 · duidelijk",
        "invoeren.sterkte.4": "4 · sterk",
        "invoeren.sterkte.5": "5 · kan niet zonder",
        "invoeren.belang.toevoegen": "Belang toevoegen",
        "invoeren.belang.toegevoegd": "Belang toegevoegd bij {partner}: {omschrijving}.",
        "invoeren.kaart": "De kaart tot nu toe",
        "invoeren.kaart_uitleg": "Werkt bij na elke invoer. Sleep een partner om hem te verplaatsen.",
        "invoeren.tabellen": "Alles in tabellen",
        "invoeren.tabellen_uitleg": "Hier pas je alles aan wat al op de kaart staat. Een rij toevoegen doe je met + onder een tabel; een rij verwijderen door hem links aan te vinken en op het prullenbakje te klikken. Een keuzelijst in een cel opent met een dubbelklik of Enter.",
        "invoeren.wachtend": "Rij {rij} telt nog niet mee: vul ook {velden} in.",
        "invoeren.en": "en",
        # --- Zoeken en groeperen (systeem/analyses/groepering.py, systeemkaart/paginas/invoeren.py).
        "groepering.zonder_sector": "Zonder sector",
        "groepering.toelichting": "Partners in deze sector: {partners}. Stromen binnen de sector (niet op deze kaart): {binnen}, samen waarde {waarde}.",
        "groepering.stromen": "Stromen samengevoegd: {aantal}",
        "groepering.afhankelijkheden": "Afhankelijkheden samengevoegd: {aantal}; de sterkste telt",
        "zoeken.label": "Zoek in de tabellen",
        "zoeken.placeholder": "Naam, sector, soort of omschrijving",
        "zoeken.hulp": "Toont in elke tabel alleen de rijen waarin deze tekst voorkomt (hoofdletters en accenten tellen niet mee): in een naam, sector, soort, omschrijving, toelichting of waarvoor. Bewerken, toevoegen en verwijderen werkt ook in de gefilterde tabel; de rijen die je niet ziet, blijven zoals ze zijn. Zoeken zonder te filteren kan ook met het vergrootglas boven een tabel (of Ctrl+F / ⌘F in de tabel): dat kleurt de treffers.",
        "zoeken.gefilterd": "Zoekterm “{zoekterm}”: {getoond} van de {totaal} rijen zichtbaar. Rijnummers in meldingen tellen in deze gefilterde weergave. Een nieuwe rij komt onderaan de volledige tabel; past hij niet bij de zoekterm, dan verdwijnt hij na het verwerken uit beeld.",
        "zoeken.rij_gefilterd": "{rij} (in de gefilterde weergave)",
        "zoeken.rij_verborgen": "{rij} van de volledige tabel (verborgen door het zoekfilter)",
        "zoeken.onbekende_rij": "Deze wijziging is niet verwerkt; de kaart is nog zoals hij was. Een rij in de gefilterde weergave verwijst niet meer naar een getoonde rij (is de verborgen kolom _rij gewijzigd?). Draai de wijziging terug.",
        "zoeken.groot": "Deze kaart heeft {partners} partners, dus de tabellen zijn lang. Typ in het zoekvak hierboven om alleen de rijen te zien die je zoekt.",
        # --- Balans page (systeemkaart/paginas/balans.py).
        "balans.titel": "Balans",
        "balans.uitleg": "Wat brengt elke partner in de samenwerking, en wat haalt hij eruit? Een partner is uit balans als de ene kant de andere duidelijk overtreft (drempel {drempel}; in te stellen op de pagina Kaart).",
        "balans.inschatting": "De gewichten zijn de inschatting van wie de kaart maakte, geen objectieve maat. Gebruik de cijfers om het gesprek te openen, niet om het te beslissen.",
        "balans.leeg": "Deze kaart heeft nog geen stromen. Voeg ze toe op de pagina Invoeren; dan verschijnt hier de balans.",
        "balans.m.met_stromen": "Met stromen",
        "balans.m.met_stromen_hulp": "Partners die iets brengen of halen, van alle partners op de kaart.",
        "balans.m.uit_balans": "Uit balans",
        "balans.m.uit_balans_hulp": "Partners die veel meer geven dan halen, of andersom; als deel van de partners met stromen.",
        "balans.m.geeft": "Geven veel meer",
        "balans.m.haalt": "Halen veel meer",
        "balans.m.spreiding": "Spreiding",
        "balans.m.spreiding_hulp": "Standaardafwijking van de balans (−1 alleen geven … +1 alleen halen). Hoe hoger, hoe verder de partners uit elkaar liggen.",
        "balans.staaf.kop": "Brengen en halen per partner",
        "balans.staaf.uitleg": "Links wat een partner brengt, rechts wat hij haalt (som van de waarden). Kleur zoals op de kaart.",
        "balans.staaf.as": "← brengt   ·   haalt →",
        "balans.staaf.kant": "Kant",
        "balans.staaf.brengt": "brengt",
        "balans.staaf.haalt": "haalt",
        "balans.staaf.klasse": "Balans",
        "balans.staaf.som": "Som van de waarden",
        "balans.tabel.kop": "Per partner: balans en signaal",
        "balans.kolom.partner": "Partner",
        "balans.kolom.brengt": "Brengt",
        "balans.kolom.haalt": "Haalt",
        "balans.kolom.balans": "Balans",
        "balans.kolom.klasse": "Klasse",
        "balans.kolom.signaal": "Signaal en mogelijke zetten",
        "balans.soort.kop": "Waar zit de onbalans? Saldo per soort",
        "balans.soort.uitleg": "Per partner en soort: halen min brengen. Oranje: de partner brengt in deze soort meer dan er terugkomt; blauw: de partner haalt er meer dan er tegenover staat.",
        "balans.soort.soort": "Soort",
        "balans.soort.saldo": "Saldo (halen − brengen)",
        "balans.paren.kop": "Tussen partners: wie geeft wie meer?",
        "balans.paren.uitleg": "Elke cel: wat de partner in de rij aan de partner in de kolom geeft, min wat hij van hem terugkrijgt. Oranje: de rij geeft meer; blauw: de rij krijgt meer.",
        "balans.paren.groot": "Deze kaart is te groot voor een matrix. Hieronder de paren met het grootste verschil.",
        "balans.paren.rij": "Geeft",
        "balans.paren.kolom": "Aan",
        "balans.paren.netto": "Netto",
        "balans.paren.tabel": "Alle paren met stromen",
        "balans.paren.a": "Partner A",
        "balans.paren.b": "Partner B",
        "balans.paren.a_naar_b": "A → B",
        "balans.paren.b_naar_a": "B → A",
        "balans.paren.wederkerigheid": "Wederkerigheid",
        "balans.paren.wederkerigheid_hulp": "Kleinste richting gedeeld door de grootste: 0 eenrichtingsverkeer, 1 even veel heen als terug.",
        "balans.afh.kop": "Afhankelijkheden en macht",
        "balans.afh.uitleg": "Macht = hoe sterk anderen van een partner afhangen, min hoe sterk hij zelf van anderen afhangt. Een partner waar velen van afhangen terwijl hij zelf weinig nodig heeft, heeft macht.",
        "balans.afh.leeg": "Deze kaart heeft nog geen afhankelijkheden.",
        "balans.afh.macht": "Macht",
        "balans.afh.eenzijdig": "Eenzijdige afhankelijkheden",
        "balans.afh.geen_eenzijdig": "Geen eenzijdige afhankelijkheden: waar een partner sterk afhangt van een ander, hangt die ander ook van hem af.",
        "balans.afh.paren": "Asymmetrie per paar",
        "balans.afh.a_op_b": "A van B",
        "balans.afh.b_op_a": "B van A",
        "balans.afh.asymmetrie": "Asymmetrie",
        "balans.afh.asymmetrie_hulp": "Sterkte van A op B min die van B op A: positief als A de ander meer nodig heeft dan andersom.",
        "balans.maten.kop": "Plek in het netwerk: netwerkmaten",
        "balans.maten.uitleg": "Dezelfde maten als in Kumu en Gephi, per partner en voor de gedeelde opgave. Klik op een kolomkop om te sorteren; houd de muis op een kop voor de uitleg. Makelaar en nabijheid tellen stappen langs de stromen, in welke richting die ook lopen.",
        "balans.maten.schatting": "Deze kaart heeft meer dan {grens} knopen: makelaar en nabijheid zijn geschat vanuit {aantal} vast gekozen startpunten.",
        "balans.micmac.kop": "Invloed en afhankelijkheid",
        "balans.micmac.uitleg": "Elke stip is een partner. Hoe hoger, hoe sterker anderen van hem afhangen (invloed); hoe verder naar rechts, hoe sterker hij zelf van anderen afhangt. De stippellijnen liggen op het gemiddelde en verdelen de partners in vier rollen (de MICMAC-methode).",
        "balans.micmac.leeg": "Zonder afhankelijkheden heeft geen partner invloed op een ander: iedereen is autonoom.",
        "balans.micmac.x": "Afhankelijkheid (van anderen)",
        "balans.micmac.y": "Invloed (anderen hangen van hem af)",
        # Network measures (systeem/analyses/netwerkmaten.py): a label and one sentence each.
        "maat.graad_in": "Krijgt van",
        "maat.graad_in.uitleg": "Van hoeveel verschillende partijen (partners of de opgave) deze partner minstens één stroom krijgt.",
        "maat.graad_uit": "Geeft aan",
        "maat.graad_uit.uitleg": "Aan hoeveel verschillende partijen deze partner minstens één stroom geeft.",
        "maat.gewogen_in": "Haalt (gewogen)",
        "maat.gewogen_in.uitleg": "De opgetelde waarde van alle stromen die deze partner krijgt; hetzelfde als wat hij haalt.",
        "maat.gewogen_uit": "Brengt (gewogen)",
        "maat.gewogen_uit.uitleg": "De opgetelde waarde van alle stromen die deze partner geeft; hetzelfde als wat hij brengt.",
        "maat.betweenness": "Makelaar",
        "maat.betweenness.uitleg": "Welk deel van de kortste verbindingen tussen twee andere partijen via deze partner loopt: hoe hoger (tot 1), hoe meer anderen via hem met elkaar verbonden zijn.",
        "maat.closeness": "Nabijheid",
        "maat.closeness.uitleg": "Hoe weinig stappen deze partner nodig heeft om alle anderen te bereiken, met aftrek voor wie hij helemaal niet bereikt: 1 is met iedereen direct verbonden.",
        "maat.pagerank": "PageRank",
        "maat.pagerank.uitleg": "Hoe belangrijk deze partner is als ontvanger: hij krijgt veel, vooral van partijen die zelf ook veel krijgen; alle partijen samen tellen op tot 1.",
        "maat.micmac_invloed": "Invloed via afhankelijkheden",
        "maat.micmac_invloed.uitleg": "Hoe sterk anderen van deze partner afhangen: de opgetelde sterkte waarmee zij van hem afhankelijk zijn.",
        "maat.micmac_afhankelijkheid": "Afhankelijkheid",
        "maat.micmac_afhankelijkheid.uitleg": "Hoe sterk deze partner van anderen afhangt: de opgetelde sterkte waarmee hij van hen afhankelijk is.",
        "maat.micmac_rol": "Rol",
        "maat.micmac_rol.uitleg": "Sturend: veel invloed en weinig afhankelijk; schakel: allebei veel; afhankelijk: weinig invloed en veel afhankelijk; autonoom: allebei weinig (veel is meer dan het gemiddelde).",
        "micmac.sturend": "sturend",
        "micmac.schakel": "schakel",
        "micmac.afhankelijk": "afhankelijk",
        "micmac.autonoom": "autonoom",
        # --- Mijn kaarten, opslag, foto's (systeemkaart/paginas/mijn_kaarten.py, systeemkaart/staat.py).
        "nav.mijn_kaarten": "Mijn kaarten",
        "opslag.onbekend": "Deze kaart is niet gevonden: misschien is hij definitief verwijderd, of staat hij in een ander opslagbestand. Je ziet nu de voorbeeldkaart; je eigen kaarten staan onder Mijn kaarten.",
        "opslag.apart_gezet": "Het opslagbestand was beschadigd of onleesbaar. Het is niet weggegooid maar apart gezet als {pad}, en Systeemkaart is met een nieuw, leeg bestand begonnen. Kaarten van vóór dit moment zitten nog in het apart gezette bestand; een beheerder kan ze daar misschien uit terughalen.",
        "opslag.fout": "Je laatste wijziging is niet opgeslagen: {reden}. Ze staat wel in dit venster; sluit het niet tot het opslaan weer lukt.",
        "opslag.conflict": "Deze kaart is intussen in een ander tabblad (of door iemand anders) gewijzigd. Je laatste wijziging is daarom niet over die andere wijziging heen gezet. Er gaat niets verloren: je wijziging is bewaard als foto ‘{foto}’ (zie Mijn kaarten, Foto's). Laad de nieuwste versie om verder te werken, of zet je wijziging er bewust overheen.",
        "opslag.conflict.foto": "Niet opgeslagen wijziging van {tijd}",
        "opslag.herladen": "Nieuwste versie laden",
        "opslag.toch": "Mijn wijziging toch opslaan",
        "opslag.toch_hulp": "Zet je wijziging boven op de nieuwste versie. De andere wijziging blijft bereikbaar met Ongedaan maken.",
        "opslag.anders": "Deze kaart is intussen in een ander tabblad gewijzigd. Laad de nieuwste versie voordat je verder werkt, anders wordt je volgende wijziging geweigerd.",
        "opslag.in_prullenbak": "Deze kaart staat in de prullenbak.",
        "opslag.terugzetten": "Terugzetten",
        "opslag.ongedaan": "Ongedaan maken",
        "opslag.opnieuw": "Opnieuw",
        "opslag.ongedaan_hulp": "Draai de laatste wijziging terug. Dat kan tot 99 stappen terug, ook na het verversen van de pagina.",
        "opslag.opnieuw_hulp": "Voer de wijziging die je net ongedaan maakte opnieuw uit.",
        "opslag.status.voorbeeld": "Voorbeeldkaart: bij je eerste wijziging maakt Systeemkaart een eigen kopie (onder Mijn kaarten); het voorbeeld zelf blijft zoals het is.",
        "opslag.status.bewaard": "Alles wordt automatisch opgeslagen · laatste wijziging {tijd}",
        "opslag.status.niet": "Niet opgeslagen: de opslag is nu niet beschikbaar.",
        "mijn.titel": "Mijn kaarten",
        "mijn.uitleg": "Alles wat je verandert, wordt meteen opgeslagen; er is geen opslaan-knop. Het adres in de browser (met ?kaart=…) opent de kaart later weer precies zoals je hem achterliet: bewaar het als bladwijzer.",
        "mijn.geen_opslag": "De opslag is nu niet beschikbaar: {reden}",
        "mijn.tab.kaarten": "Kaarten",
        "mijn.tab.fotos": "Foto's",
        "mijn.tab.prullenbak": "Prullenbak ({aantal})",
        "mijn.bestand": "Opgeslagen in {pad}",
        "mijn.lijst": "Jouw kaarten",
        "mijn.leeg": "Je hebt nog geen eigen kaarten. Maak hierboven een nieuwe, of verander iets aan een voorbeeldkaart: dan maakt Systeemkaart er een eigen kopie van.",
        "mijn.gewijzigd": "Laatst gewijzigd {tijd}",
        "mijn.openen": "Openen",
        "mijn.open_nu": "Nu open",
        "mijn.geopend": "Geopend: {titel}",
        "mijn.dupliceren": "Kopie",
        "mijn.kopie": "{titel} (kopie)",
        "mijn.gedupliceerd": "Kopie gemaakt: {titel}",
        "mijn.meer": "Naam wijzigen of weggooien",
        "mijn.meer_knop": "Meer",
        "mijn.nieuwe_naam": "Naam",
        "mijn.hernoemen": "Naam opslaan",
        "mijn.hernoemd": "De kaart heet nu {titel}.",
        "mijn.naam_leeg": "Een kaart heeft een naam nodig.",
        "mijn.verwijderen": "Naar de prullenbak",
        "mijn.verwijderd": "{titel} staat in de prullenbak; je kunt hem daar terugzetten.",
        "mijn.nieuw": "Nieuwe kaart",
        "mijn.nieuw.soort": "Beginnen met",
        "mijn.nieuw.leeg": "een lege kaart",
        "mijn.nieuw.voorbeeld": "een kopie van een voorbeeld",
        "mijn.nieuw.titel": "Naam van de kaart",
        "mijn.nieuw.opgave": "Gedeelde opgave",
        "mijn.nieuw.kies_voorbeeld": "Voorbeeld",
        "mijn.nieuw.maak": "Kaart maken",
        "mijn.nieuw.leeg_fout": "Vul een naam of de gedeelde opgave in.",
        "mijn.nieuw.gemaakt": "Nieuwe kaart gemaakt: {titel}",
        "mijn.prullenbak.uitleg": "Weggegooide kaarten blijven hier tot je ze definitief verwijdert.",
        "mijn.prullenbak.leeg": "De prullenbak is leeg.",
        "mijn.prullenbak.sinds": "In de prullenbak sinds {tijd}",
        "mijn.terugzetten": "Terugzetten",
        "mijn.teruggezet": "{titel} is teruggezet.",
        "mijn.wissen": "Definitief verwijderen",
        "mijn.gewist": "{titel} is definitief verwijderd.",
        "foto.kop": "Foto's van {titel}",
        "foto.uitleg": "Een foto legt de kaart vast zoals hij nu is, met naam en datum. Zo zie je later wat er veranderd is, bijvoorbeeld vóór en na een gesprek over de balans.",
        "foto.voorbeeld": "Dit is een voorbeeldkaart: een foto maakt eerst een eigen kopie onder Mijn kaarten.",
        "foto.naam": "Naam van de foto",
        "foto.naam_standaard": "Foto van {datum}",
        "foto.maak": "Foto maken",
        "foto.gemaakt": "Foto ‘{naam}’ gemaakt.",
        "foto.geen": "Deze kaart heeft nog geen foto's.",
        "foto.lijst.naam": "Foto",
        "foto.lijst.gemaakt": "Gemaakt",
        "foto.bekijk": "Een foto bekijken",
        "foto.kies": "Kies een foto",
        "foto.alleen_lezen": "Alleen bekijken: zo zag de kaart eruit op {tijd}.",
        "foto.terugzetten": "Zet deze foto terug als de kaart",
        "foto.teruggezet": "De foto is teruggezet. Met Ongedaan maken ga je terug naar hoe het was.",
        "foto.verwijder": "Foto verwijderen",
        "vergelijk.kop": "Vergelijken",
        "vergelijk.toen": "Toen",
        "vergelijk.nu": "Nu",
        "vergelijk.de_kaart_nu": "De kaart zoals hij nu is",
        "vergelijk.zelfde": "Kies twee verschillende momenten.",
        "vergelijk.samenvatting": "**{naar}** dichter bij balans, **{van}** verder uit balans, **{gelijk}** gelijk gebleven; **{nieuw}** nieuw aan tafel, **{weg}** niet meer aan tafel.",
        "vergelijk.uitleg": "Per partner de balans toen (grijs) en nu (donker). Hoe dichter bij 0, hoe meer in balans; het groene vlak is wat als ‘in balans’ telt. De lijn is groen als de partner dichter bij balans kwam en oranje als hij verder uit balans raakte.",
        "vergelijk.as": "Balans (−1: geeft alleen · +1: haalt alleen)",
        "vergelijk.geen_partners": "Geen partners met stromen om te vergelijken.",
        "vergelijk.partner": "Partner",
        "vergelijk.moment": "Moment",
        "vergelijk.balans": "Balans",
        "vergelijk.balans_toen": "Balans toen",
        "vergelijk.balans_nu": "Balans nu",
        "vergelijk.verschuiving": "Verschuiving",
        "vergelijk.verschuiving_hulp": "Balans nu min balans toen: negatief is meer gaan geven, positief meer gaan halen.",
        "vergelijk.beweging": "Beweging",
        "vergelijk.beweging.naar_balans": "dichter bij balans",
        "vergelijk.beweging.van_balans": "verder uit balans",
        "vergelijk.beweging.gelijk": "gelijk gebleven",
        "vergelijk.beweging.nieuw": "nieuw aan tafel",
        "vergelijk.beweging.vertrokken": "niet meer aan tafel",
        "vergelijk.beweging.onbepaald": "toen of nu zonder stromen",
        "vergelijk.klasse_toen": "Toen",
        "vergelijk.klasse_nu": "Nu",
        "vergelijk.stromen": "Stromen",
        "vergelijk.geen_verschil": "Geen stromen bijgekomen, verdwenen of anders gewogen.",
        "vergelijk.toegevoegd": "Bijgekomen ({aantal})",
        "vergelijk.verwijderd": "Verdwenen ({aantal})",
        "vergelijk.gewijzigd": "Andere waarde ({aantal})",
        "vergelijk.van": "Van",
        "vergelijk.naar": "Naar",
        "vergelijk.soort": "Soort",
        "vergelijk.waarde": "Waarde",
        "vergelijk.waarde_toen": "Waarde toen",
        "vergelijk.waarde_nu": "Waarde nu",
        "vergelijk.omschrijving": "Omschrijving",
        # --- Bestanden page (systeemkaart/paginas/bestanden.py).
        "nav.bestanden": "Bestanden",
        "bestanden.titel": "Bestanden",
        "bestanden.intro": (
            "Open een kaart uit een bestand, of neem de open kaart mee in het formaat dat je "
            "nodig hebt: om verder te werken, om te delen, of als hand-out om te printen."
        ),
        "bestanden.importeren": "Kaart openen uit een bestand",
        "bestanden.kies": "Kies een bestand",
        "bestanden.kies_hulp": (
            "Systeemkaart-JSON (.json), Excel (.xlsx, ook het lege sjabloon hieronder), een zip "
            "met CSV-bestanden (.zip), of uit Kumu: een spreadsheet (.xlsx), de JSON-export "
            "(.json) of CSV-bestanden (.csv: elementen en verbindingen samen kiezen, of alleen "
            "verbindingen). Hoogstens {mb} MB."
        ),
        "bestanden.geweigerd": (
            "{naam} is niet geopend: er klopt iets niet. Je open kaart is niet veranderd."
        ),
        "bestanden.gelezen": "Gelezen: **{titel}**",
        "bestanden.aantallen": (
            "{partners} partners · {stromen} stromen · {afhankelijkheden} afhankelijkheden · "
            "{belangen} belangen"
        ),
        "bestanden.notities": "Zo is het Kumu-bestand gelezen:",
        "bestanden.rijfouten": (
            "Deze rijen uit {naam} kunnen niet gelezen worden ({aantal}); de rest wel. Je open "
            "kaart is niet veranderd."
        ),
        "bestanden.rijfouten.blad": "Blad",
        "bestanden.rijfouten.rij": "Rij",
        "bestanden.rijfouten.kolom": "Kolom",
        "bestanden.rijfouten.melding": "Wat er niet klopt",
        "bestanden.importeer_rest": "Importeer de rest",
        "bestanden.importeer_rest_hulp": (
            "Leest het bestand zonder deze rijen. Je ziet eerst wat er gelezen is; je open kaart "
            "verandert pas als je die kaart opent."
        ),
        "bestanden.overgeslagen": "Overgeslagen ({aantal}):",
        "bestanden.openen": "Open als huidige kaart",
        "bestanden.openen_hulp": "De kaart die nu open is, blijft bewaard onder Mijn kaarten.",
        "bestanden.geopend": "{titel} is nu de open kaart.",
        "bestanden.exporteren": "De open kaart opslaan als bestand",
        "bestanden.exporteren_hulp": "Open kaart: {titel}",
        "bestanden.export.json": "Systeemkaart (.json)",
        "bestanden.export.excel": "Excel (.xlsx)",
        "bestanden.export.csv": "CSV-bestanden (.zip)",
        "bestanden.export.kumu": "Kumu-spreadsheet (.xlsx)",
        "bestanden.export.gexf": "Gephi (.gexf)",
        "bestanden.export.graphml": "GraphML (.graphml)",
        "bestanden.export.html": "Hand-out (.html)",
        "bestanden.export_hulp.json": "Alles, om later verder te werken of naar een andere laptop te brengen.",
        "bestanden.export_hulp.excel": (
            "Eén blad per tabel, partners bij naam, en een blad Balans om te lezen; aan te "
            "passen en weer te openen."
        ),
        "bestanden.export_hulp.csv": "Eén CSV-bestand per tabel, met ; en een decimale komma.",
        "bestanden.export_hulp.kumu": "Partners en stromen voor Kumu; afhankelijkheden, belangen en posities gaan niet mee.",
        "bestanden.export_hulp.gexf": "Het netwerk voor Gephi, met balans en klasse per partner.",
        "bestanden.export_hulp.graphml": "Het netwerk voor andere netwerkprogramma's, met balans en klasse.",
        "bestanden.export_hulp.html": "Kaart, legenda, balans en signalen in één bestand; werkt zonder internet en is te printen.",
        "bestanden.export_fout": "Dit formaat kon niet gemaakt worden: {fout}",
        "bestanden.sjabloon": "Leeg Excel-sjabloon",
        "bestanden.sjabloon_knop": "Download het lege sjabloon (.xlsx)",
        "bestanden.sjabloon_hulp": (
            "Vul partners, stromen, afhankelijkheden en belangen in Excel in, met keuzelijsten; "
            "open het bestand daarna hierboven."
        ),
        "bestanden.png": "Afbeelding van de kaart (PNG)",
        "bestanden.png_hulp": (
            "Schuif en zoom de kaart tot hij eruitziet zoals je wilt, en download dan precies "
            "wat je ziet."
        ),
        "bestanden.png_knop": "Download als PNG",
        "bestanden.png_geen_kaart": "Er staat nog geen kaart op het scherm; wacht even en probeer opnieuw.",
        "bestanden.sjabloon.uitleg": (
            "Systeemkaart: leeg sjabloon\n"
            "Vul de bladen Kaart, Partners, Stromen, Afhankelijkheden en Belangen in en open "
            "het bestand in Systeemkaart (pagina Bestanden).\n"
            "Kaart: de titel, de gedeelde opgave en een toelichting (kolom waarde).\n"
            "Partners: één rij per partner. naam is verplicht; id (de laatste kolom) mag leeg "
            "blijven (dan is de naam de id). type: organisatie, team of persoon. invloed: 0 tot en met 5.\n"
            "Stromen: wat van een partner (of de opgave) naar een partner (of de opgave) gaat. "
            "van en naar: kies een partner of opgave. soort: kies of typ een eigen woord. "
            "waarde: 1 (klein) tot en met 5 (essentieel). tastbaar: ja of nee (leeg: volgt uit "
            "de soort).\n"
            "Afhankelijkheden: partner is afhankelijk van afhankelijk_van, waarvoor, sterkte 1 "
            "tot en met 5.\n"
            "Belangen: partner, omschrijving, soort (organisatie of persoonlijk), houding "
            "(steunt, neutraal of schuurt).\n"
            "Laat de kolomnamen in rij 1 staan en hernoem de bladen niet. Lege rijen worden "
            "overgeslagen. Getallen mogen met een komma (3,0).\n"
            "De gewichten zijn jouw inschatting, geen objectieve maat."
        ),
        "bestanden.sjabloon.ander_woord": "Dit woord staat niet in de lijst; het mag wel.",
        "bestanden.sjabloon.heel": "Vul een geheel getal van {laag} tot en met {hoog} in.",
        "bestanden.sjabloon.fout_titel": "Ongeldige waarde",
        # Hand-out (systeem/weergave/handout.py).
        "handout.kaart": "De kaart",
        "handout.balans": "Brengen en halen per partner",
        "handout.tabel": "Balans per partner",
        "handout.signalen": "Signalen",
        "handout.brengt": "brengt",
        "handout.haalt": "haalt",
        "handout.voet": (
            "Gemaakt met Systeemkaart. De gewichten zijn de inschatting van wie de kaart maakte, "
            "geen objectieve maat."
        ),
        # --- Hand-out scenarios (systeem/weergave/handout.py).
        "handout.scenarios": "Scenario's",
        "handout.scenarios.inleiding": (
            "Wat-als-scenario's bij deze kaart. De kaart en de balans hierboven zijn zonder "
            "scenario; per scenario staan hier de interventies, in volgorde, en de partners "
            "van wie de balans verandert."
        ),
        "handout.scenarios.uit": "staat uit",
        "handout.scenarios.leeg": "Dit scenario heeft nog geen interventies.",
        "handout.scenarios.geen_verschil": "Geen enkele partner verandert van balans.",
        "handout.scenarios.balans_voor": "Balans voor",
        "handout.scenarios.balans_na": "Balans na",
        "handout.scenarios.klasse": "Klasse voor → na",
        "handout.scenarios.nieuw": "nieuw",
        "handout.scenarios.vertrokken": "vertrokken",
        # The Scenarios blad, a line in the Excel template's Uitleg (systeem/bestanden/excel.py).
        "bestanden.sjabloon.scenarios": (
            "Scenarios (niet in dit sjabloon; een export van Systeemkaart schrijft het blad): "
            "één rij per interventie met scenario (de naam), stap (1, 2, ...: de volgorde), "
            "aan (ja of nee), zet (ambitie, bijdrage, compenseren, derde, kostenverdeling of "
            "vertrek) en de velden van de zet elk in een eigen kolom, partners bij naam "
            "(partners en gewichten: één per regel, zoals Gemeente: 3). De stromen van een "
            "derde partij staan eronder, elk op een eigen rij zonder zet. Een rij met alleen "
            "een naam is een scenario zonder interventies. Kolom uitleg is alleen om te lezen."
        ),
        # --- Hand-out pijlers (systeem/weergave/handout.py).
        "handout.pijlers": "Pijlerscan",
        "handout.pijlers.inleiding": (
            "Hoe sterk staan de acht pijlers van deze samenwerking? Scores van {beoordelaars}, "
            "van 1 (zwak) tot en met 5 (sterk). Een score is een inschatting, geen meting: "
            "waar de beelden uiteenlopen, zit het gesprek."
        ),
        "handout.pijlers.een_beoordelaar": "één beoordelaar",
        "handout.pijlers.beoordelaars": "{aantal} beoordelaars",
        "handout.pijlers.radar": "Gemiddelde per pijler",
        "handout.pijlers.radar_uitleg": (
            "Elke spaak is een pijler, van 1 in het midden tot 5 aan de rand. Een gat in de "
            "lijn is een pijler die niemand heeft gescoord."
        ),
        "handout.pijlers.kolom.dimensie": "Dimensie",
        "handout.pijlers.kolom.pijler": "Pijler",
        "handout.pijlers.kolom.gemiddelde": "Gemiddelde",
        "handout.pijlers.kolom.aantal": "Aantal scores",
        "handout.pijlers.kolom.bereik": "Laagste–hoogste",
        "handout.pijlers.zwakste": "Zwakste pijlers",
        "handout.pijlers.zwakste_uitleg": (
            "De pijlers met het laagste gemiddelde (bij een gelijke stand allemaal), met de "
            "spanning van hun dimensie als vraag voor het gesprek."
        ),
        "handout.pijlers.cijfer": "gemiddeld {gemiddelde}, {aantal}× gescoord",
        "handout.pijlers.spanning": "Dimensie {dimensie}: {spanning}",
        # The Pijlers blad, a line in the Excel template's Uitleg (systeem/bestanden/excel.py).
        "bestanden.sjabloon.pijlers": (
            "Pijlers (mag leeg blijven): de pijlerscan, één rij per beoordelaar en pijler. "
            "beoordelaar: de naam van wie scoort. pijler: mindset, speelruimte, vertrouwen, "
            "dialoog, structuur, transparantie, kennis of doelstelling. score: 1 (zwak) tot "
            "en met 5 (sterk); leeg is niet gescoord. notitie: vrije tekst. Een export van "
            "Systeemkaart zet er kolom pijlernaam bij; die is alleen om te lezen."
        ),
        # --- Presenteren page (systeemkaart/paginas/presenteren.py).
        "presenteren.partner": "Partner",
        "presenteren.stap": "Stap",
        "presenteren.stap.1": "1 · Partners",
        "presenteren.stap.2": "2 · Stromen",
        "presenteren.stap.3": "3 · Balans",
        "presenteren.pseudoniemen": "Namen verbergen",
        "presenteren.stoppen": "Stoppen",
        "presenteren.uit_balans": "Uit balans",
        "presenteren.niemand_uit_balans": "Niemand is uit balans.",
        "presenteren.cijfers": "brengt {brengen}, haalt {halen}",
        "presenteren.keuze.titel": "Presenteren",
        "presenteren.keuze.uitleg": "Kies eerst hoe de partners heten. Zolang je niet kiest, "
        "laat deze pagina niets van de kaart zien. Met pseudoniemen heten de partners "
        "Partner A, Partner B, enzovoort, ook in de titel, de opgave en de toelichtingen.",
        "presenteren.keuze.pseudoniemen": "Met pseudoniemen (Partner A, B, …)",
        "presenteren.keuze.echt": "Met de echte namen",
        # --- Kwadranten (systeem/analyses/kwadrant.py).
        "kwadrant.invloedrijke_gever.titel": "Invloedrijke gever",
        "kwadrant.invloedrijke_gever.uitleg": (
            "Deze partner brengt meer in dan er terugkomt, en heeft genoeg gewicht om daar "
            "iets mee te doen. Zo'n partner kan de samenwerking gijzelen met eisen, of met veel "
            "lawaai vertrekken en anderen meetrekken. Vraag aan de zaal: wat moet deze partner "
            "terugzien om te blijven, en wie durft dat gesprek te openen?"
        ),
        "kwadrant.invloedrijke_haler.titel": "Invloedrijke haler",
        "kwadrant.invloedrijke_haler.uitleg": (
            "Deze partner haalt minstens zoveel uit de samenwerking als hij inbrengt, en heeft "
            "veel invloed. Is het verschil groot, dan ervaren anderen dat als oneerlijk: er "
            "ontstaat wrijving en een roep om strakkere afspraken en controle. Vraag aan de "
            "zaal: wat zou deze partner kunnen bijdragen of goedmaken, zodat anderen zijn "
            "invloed als verdiend zien?"
        ),
        "kwadrant.stille_gever.titel": "Stille gever",
        "kwadrant.stille_gever.uitleg": (
            "Deze partner geeft meer dan er terugkomt, maar heeft weinig invloed om dat aan te "
            "kaarten. Hij trekt zich eerder stilletjes terug: minder mensen aan tafel, later "
            "reageren, tot hij er ineens niet meer is. Vraag aan de zaal: aan welk signaal "
            "zouden we merken dat deze partner afhaakt, en wie vraagt hem wat hij nodig heeft?"
        ),
        "kwadrant.stille_haler.titel": "Stille haler",
        "kwadrant.stille_haler.uitleg": (
            "Deze partner haalt minstens zoveel als hij brengt, maar valt nauwelijks op. Vaak "
            "is dit een meelifter die niemand bij naam noemt, terwijl de ergernis bij de gevers "
            "groeit. Vraag aan de zaal: wie profiteert hier zonder veel bij te dragen, en wat "
            "houdt ons tegen om dat hardop te zeggen?"
        ),
        # Stromen changed by a scenario, marked on the map (systeem/weergave.py).
        "weergave.gewijzigd": " (gewijzigd in dit scenario)",
        "legenda.gewijzigd": "Gloed: stroom gewijzigd in dit scenario",
        # Command-line interface.
        "cli.partner": "Partner",
        "cli.brengen": "Brengt",
        "cli.halen": "Haalt",
        "cli.balans": "Balans",
        "cli.klasse": "Klasse",
        "cli.drempel": "Drempel",
        "cli.signalen": "Signalen",
        "cli.geen_signalen": "Geen signalen.",
        "cli.geschreven": "Geschreven: {pad}",
        # --- Interventies (systeem/analyses/interventies.py, systeem/analyses/suggesties.py).
        "interventie.uit": "Staat uit.",
        "interventie.alle": "alle partners",
        "interventie.de_opgave": "de opgave",
        "interventie.niet.onbekende_partner": (
            'Partner "{partner}" staat niet (meer) op de kaart; deze interventie doet niets.'
        ),
        "interventie.niet.id_bezet": (
            'Er staat al een partner met id "{id}" op de kaart; deze derde partij komt er niet bij.'
        ),
        "interventie.niet.zichzelf": "{partner} kan zichzelf niet compenseren.",
        "interventie.niet.niets_te_verminderen": (
            "{partner} brengt (hier) niets; er valt niets te verminderen."
        ),
        "interventie.niet.geen_geld": (
            "Geen van deze partners brengt geld in bij de opgave; er valt niets te verdelen."
        ),
        "interventie.niet.geen_gewichten_gebruik": (
            "Geen van deze partners haalt iets uit de opgave; verdelen naar gebruik kan niet."
        ),
        "interventie.niet.geen_gewichten_grootte": (
            "Geen van deze partners heeft een grootte (of invloed); verdelen naar grootte kan niet."
        ),
        "zet.ambitie": "Ambitie bijstellen",
        "zet.bijdrage": "Bijdrage aanpassen",
        "zet.compenseren": "Compenseren",
        "zet.derde": "Derde partij",
        "zet.kostenverdeling": "Kostenverdeling",
        "zet.vertrek": "Vertrek",
        "zet.niets": "verandert niets",
        "zet.ambitie.factor": "de opgave geeft {wie} {factor} terug",
        "zet.ambitie.nieuw": "nieuw gedeeld voordeel voor {wie}: {soort} (waarde {waarde})",
        "zet.bijdrage.factor": "{partner} brengt {factor}",
        "zet.bijdrage.minder": "{partner} brengt {punten} minder",
        "zet.bijdrage.meer": "{partner} brengt {punten} meer",
        "zet.procent.meer": "{procent}% meer",
        "zet.procent.minder": "{procent}% minder",
        "punten.een": "{n} punt",
        "punten.meer": "{n} punten",
        "zet.bijdrage.naar": "aan {naar}",
        "zet.bijdrage.soort": "({soort})",
        "zet.compenseren.tekst": "{partner} krijgt {punten} {soort} van {van}",
        "zet.derde.tekst": "{naam} komt erbij, met {aantal} stromen",
        "zet.derde.tekst.1": "{naam} komt erbij, met 1 stroom",
        "zet.derde.tekst.0": "{naam} komt erbij, nog zonder stromen",
        "zet.vertrek.tekst": "wat als {partner} vertrekt",
        "zet.kostenverdeling.eigen": "ieder draagt de eigen kosten (zoals nu)",
        "zet.kostenverdeling.gelijk": "het geld voor de opgave in gelijke delen",
        "zet.kostenverdeling.gebruik": "het geld voor de opgave naar gebruik van de samenwerking",
        "zet.kostenverdeling.grootte": "het geld voor de opgave naar grootte van de partner",
        "zet.kostenverdeling.tussen": " (tussen {wie})",
        "zet.kostenverdeling.eigen.kort": "kostenverdeling: eigen kosten",
        "zet.kostenverdeling.gelijk.kort": "kostenverdeling: gelijke delen",
        "zet.kostenverdeling.gebruik.kort": "kostenverdeling: naar gebruik",
        "zet.kostenverdeling.grootte.kort": "kostenverdeling: naar grootte",
        "suggestie.compenseren.partner": (
            "Compenseer {partner} met {punten} {soort} van {ander} (die daarmee van {voor} "
            "naar {na} gaat); de balans van {partner} komt dan op {balans}."
        ),
        "suggestie.compenseren.opgave": (
            "Compenseer {partner} met {punten} {soort} uit de opgave; de balans van "
            "{partner} komt dan op {balans}. Geen andere partner verandert."
        ),
        "suggestie.compenseren.derde": (
            "Haal een derde partij ({naam}) erbij die {partner} {punten} {soort} brengt; de "
            "balans van {partner} komt dan op {balans}. Geen andere partner verandert."
        ),
        "suggestie.minder_brengen.partner": (
            "Laat {partner} {punten} minder brengen aan {ander} (die daarmee van {voor} naar "
            "{na} gaat); de balans van {partner} komt dan op {balans}."
        ),
        "suggestie.minder_brengen.opgave": (
            "Laat {partner} {punten} minder aan de opgave brengen; de balans van {partner} "
            "komt dan op {balans}. Geen andere partner verandert."
        ),
        "suggestie.meer_brengen.opgave": (
            "Laat {partner} {punten} meer {soort} aan de opgave brengen; de balans van "
            "{partner} komt dan op {balans}. Geen andere partner verandert."
        ),
        # --- Interventies page (systeemkaart/paginas/interventies.py).
        "interventies.voorstellen.kies": "Voorstellen voor een partner ({aantal} uit balans)",
        "interventies.voorstellen.eerste": "de eerste {aantal} voorstellen",
        "nav.interventies": "Interventies",
        "interventies.titel": "Interventies",
        "interventies.uitleg": (
            "Probeer zetten uit en zie de balans bewegen: compenseer een partner, pas een "
            "bijdrage aan, stel de ambitie bij, haal een derde partij erbij of spreek een "
            "kostenverdeling af. De kaart zelf verandert niet: de zetten staan in scenario's "
            "die met de kaart worden bewaard."
        ),
        "interventies.inschatting": (
            "De gewichten zijn een inschatting van wie de kaart maakte, ter illustratie; geen "
            "objectieve maat. Een scenario laat zien hoe de balans verschuift, niet wat er in "
            "werkelijkheid gebeurt."
        ),
        "interventies.tab.scenario": "Scenario",
        "interventies.tab.vertrek": "Wat als … vertrekt",
        "interventies.tab.macht": "Macht en invloed",
        "interventies.leeg": (
            "Een scenario is een reeks 'wat als'-zetten bovenop je kaart; de kaart zelf blijft "
            "zoals hij is. Maak er een met ‘Nieuw scenario’ hierboven, of klik op een voorstel "
            "hieronder."
        ),
        "interventies.scenario.kies": "Scenario",
        "interventies.scenario.op": "Scenario naar boven",
        "interventies.scenario.neer": "Scenario naar beneden",
        "interventies.scenario.weg": "Scenario verwijderen (ongedaan maken kan)",
        "interventies.scenario.naam": "Naam van het scenario",
        "interventies.scenario.naam_hulp": (
            "Typ een naam en klik op ‘Nieuw scenario’ om er een te beginnen, of op ‘Naam "
            "wijzigen’ om het gekozen scenario zo te noemen."
        ),
        "interventies.scenario.nieuw": "Nieuw scenario",
        "interventies.scenario.hernoem": "Naam wijzigen",
        "interventies.scenario.standaard": "Scenario {n}",
        "interventies.scenario.bestaat": (
            'Er is al een scenario met de naam "{naam}". Kies een andere naam.'
        ),
        "interventies.scenario.naam_leeg": "Typ eerst de nieuwe naam in het naamveld.",
        "interventies.scenario.gemaakt": 'Scenario "{naam}" gemaakt.',
        "interventies.scenario.hernoemd": 'Scenario "{oud}" heet nu "{naam}".',
        "interventies.scenario.verplaatst": 'Scenario "{naam}" verplaatst.',
        "interventies.scenario.verwijderd": (
            'Scenario "{naam}" verwijderd. Toch niet? Klik op Ongedaan maken.'
        ),
        "interventies.lijst.kop": "Zetten in dit scenario",
        "interventies.lijst.leeg": (
            "Nog geen zetten. Voeg een voorstel toe, of kies hieronder zelf een zet."
        ),
        "interventies.aan": "aan",
        "interventies.op": "Eerder",
        "interventies.neer": "Later",
        "interventies.weg": "Verwijderen",
        "interventies.aangezet": "De zet staat weer aan.",
        "interventies.uitgezet": "De zet staat uit.",
        "interventies.verplaatst": "Volgorde aangepast.",
        "interventies.verwijderd": "Zet verwijderd.",
        "interventies.toegevoegd": 'Toegevoegd aan "{naam}".',
        "interventies.voorstellen.kop": "Voorstellen",
        "interventies.voorstellen.uitleg": (
            "Per partner die uit balans is de kleinste zet die hem weer binnen de drempel "
            "brengt, zonder een andere partner uit balans te brengen; elk voorstel zegt wat "
            "het met de anderen doet. Berekend op de kaart met het gekozen scenario: één klik "
            "zet een voorstel in het scenario, en dan verdwijnt het hier."
        ),
        "interventies.voorstellen.geen": "Niemand is uit balans: er valt niets voor te stellen.",
        "interventies.voorstellen.geen_scenario": (
            "Met dit scenario is niemand meer uit balans: er valt niets meer voor te stellen."
        ),
        "interventies.voorstellen.geen_zet": (
            "Voor {namen} is geen zet van hoogstens {max} punten te vinden die niemand anders "
            "uit balans brengt."
        ),
        "interventies.voeg_toe": "Voeg toe",
        "interventies.nieuw.kop": "Zelf een zet toevoegen",
        "interventies.nieuw.zet": "Welke zet?",
        "interventies.nieuw.uitleg.ambitie": (
            "Maak de taart groter: de opgave geeft (alle of gekozen) partners meer terug, of er "
            "komt een nieuw gedeeld voordeel bij."
        ),
        "interventies.nieuw.uitleg.bijdrage": (
            "Een partner brengt meer of minder in: een aantal punten erbij of eraf, of alles "
            "een percentage meer of minder."
        ),
        "interventies.nieuw.uitleg.compenseren": (
            "Een partner die veel geeft, krijgt iets terug van een andere partner of van de opgave."
        ),
        "interventies.nieuw.uitleg.derde": (
            "Er komt een nieuwe partij bij, zoals een wetgever of financier, met wat zij brengt "
            "en haalt."
        ),
        "interventies.nieuw.uitleg.kostenverdeling": (
            "Het geld dat de partners in de opgave steken, opnieuw verdeeld met een verdeelsleutel."
        ),
        "interventies.nieuw.uitleg.vertrek": (
            "Een partner stapt eruit, met alles wat hij bracht en haalde."
        ),
        "interventies.nieuw.geen_partners": "Zet eerst partners op de kaart (pagina Invoeren).",
        "interventies.nieuw.knop": "Toevoegen aan het scenario",
        "interventies.kies": "Kies …",
        "interventies.alle": "Alle partners",
        "interventies.onbekend": "onbekend",
        "interventies.veld.partner": "Partner",
        "interventies.veld.partners": "Voor welke partners (leeg = iedereen)",
        "interventies.veld.partners_pot": "Tussen welke partners (leeg = iedereen)",
        "interventies.veld.factor_terug": "Wat de opgave teruggeeft: verandering in % (−100 tot +400)",
        "interventies.veld.procent_hulp": (
            "0 = zoals nu, +50 = de helft meer, −50 = de helft minder, −100 = niets meer. "
            "Elke stroom wordt daarna afgerond op hele punten (1–5 per stroom)."
        ),
        "interventies.veld.waarde_voordeel": "Nieuw gedeeld voordeel: punten per partner (0–5)",
        "interventies.veld.waarde_voordeel_hulp": (
            "Punten tellen als de waarde van een stroom (1 = klein, 5 = essentieel). 0 = geen "
            "nieuw voordeel; anders krijgt elke gekozen partner een stroom van zoveel punten "
            "uit de opgave."
        ),
        "interventies.veld.soort_voordeel": "Soort van het nieuwe voordeel",
        "interventies.veld.omschrijving": "Omschrijving (mag leeg)",
        "interventies.veld.hoe": "Hoe verandert de bijdrage?",
        "interventies.veld.hoe.punten": "met punten",
        "interventies.veld.hoe.factor": "met een percentage",
        "interventies.veld.punten_bijdrage": "Punten erbij of eraf (−50 tot +50)",
        "interventies.veld.punten_bijdrage_hulp": (
            "Punten tellen als de waarde van een stroom (een stroom weegt 1 tot 5). −3: drie "
            "punten minder, van de grootste stromen eerst. +2: een nieuwe stroom van waarde 2 "
            "naar de opgave (of naar de gekozen partner)."
        ),
        "interventies.veld.factor": "Verandering in % (−100 tot +400)",
        "interventies.veld.naar": "Alleen wat naar … gaat (leeg = alles)",
        "interventies.veld.soort_filter": "Alleen deze soort (leeg = alle)",
        "interventies.veld.ontvanger": "Wie krijgt de compensatie?",
        "interventies.veld.vertrekker": "Welke partner vertrekt?",
        "interventies.veld.van": "Van wie?",
        "interventies.veld.soort": "Soort",
        "interventies.veld.punten": "Punten (1–50)",
        "interventies.veld.punten_hulp": (
            "Punten tellen als de waarde van een stroom: een stroom weegt 1 (klein) tot 5 "
            "(essentieel). 3 punten is zoveel als één stroom van waarde 3; meer dan 5 punten "
            "worden meerdere stromen (8 = 5 + 3)."
        ),
        "interventies.veld.naam_derde": "Naam van de derde partij",
        "interventies.veld.type": "Type",
        "interventies.type.organisatie": "organisatie",
        "interventies.type.team": "team",
        "interventies.type.persoon": "persoon",
        "interventies.veld.sector": "Sector (mag leeg)",
        "interventies.veld.invloed": "Invloed (0–5, mag leeg)",
        "interventies.veld.stromen_uitleg": (
            "Wat de derde partij brengt en haalt: één regel per stroom."
        ),
        "interventies.veld.richting": "Brengt of haalt",
        "interventies.richting.brengt": "brengt aan",
        "interventies.richting.haalt": "haalt bij",
        "interventies.veld.met": "Partner",
        "interventies.veld.waarde": "Waarde (1–5)",
        "interventies.veld.sleutel": "Verdeelsleutel",
        "interventies.sleutel.eigen": "ieder de eigen kosten",
        "interventies.sleutel.gelijk": "gelijke delen",
        "interventies.sleutel.gebruik": "naar gebruik",
        "interventies.sleutel.grootte": "naar grootte",
        "interventies.veld.grootte": "Grootte",
        "interventies.veld.grootte_uitleg": (
            "Grootte per partner, vooraf ingevuld met de invloed. Een lege grootte telt als de "
            "invloed (of 0)."
        ),
        "interventies.fout.kop": "Deze zet is niet toegevoegd:",
        "interventies.fout.leeg": 'Bij "{veld}" is nog niets gekozen of ingevuld.',
        "interventies.fout.nul": 'Bij "{veld}": 0 verandert niets; kies een ander getal.',
        "interventies.fout.factor_een": 'Bij "{veld}": 0% verandert niets; kies een ander percentage.',
        "interventies.fout.zelfde": 'Bij "{veld}": kies een andere partner dan de partner zelf.',
        "interventies.fout.ambitie_niets": (
            "Deze zet verandert niets: kies een verandering anders dan 0%, of punten voor het "
            "nieuwe voordeel."
        ),
        "interventies.fout.naam_bezet": (
            'Er staat al een partner "{naam}" op de kaart; kies een andere naam.'
        ),
        "interventies.fout.rij": "Stromen, rij {rij}",
        "interventies.fout.waarde": "een heel getal van 1 tot en met 5",
        "interventies.fout.kies": "kies er een",
        "interventies.fout.grootte": "{naam}, {veld}: een getal van 0 of meer",
        "interventies.voor_na.kop": "Voor en na",
        "interventies.voor_na.leeg": (
            "Kies of begin een scenario; dan zie je hier de kaart voor en na de zetten."
        ),
        "interventies.m.uit_balans": "Uit balans",
        "interventies.m.uit_balans_hulp": (
            "Partners die veel meer geven dan halen, of andersom (en hun aandeel in de partners "
            "met stromen)."
        ),
        "interventies.m.geeft_veel_meer": "Geven veel meer",
        "interventies.m.haalt_veel_meer": "Halen veel meer",
        "interventies.m.spreiding": "Spreiding",
        "interventies.m.spreiding_hulp": (
            "Hoe ver de balansen uiteenlopen (standaardafwijking); lager is evenwichtiger."
        ),
        "interventies.m.was": "was {waarde}",
        "interventies.pijlen.uitleg": (
            "Per partner een pijl van de balans vóór (grijze ring) naar de balans na (driehoek, "
            "in de kleur van de nieuwe klasse). De groene band is 'in balans'."
        ),
        "interventies.pijlen.as": "Balans (− geeft meer, + haalt meer)",
        "interventies.kolom.partner": "Partner",
        "interventies.kolom.balans": "Balans",
        "interventies.kolom.balans_voor": "Balans vóór",
        "interventies.kolom.balans_na": "Balans na",
        "interventies.kolom.klasse": "Klasse",
        "interventies.kolom.klasse_voor": "Vóór",
        "interventies.kolom.klasse_na": "Na",
        "interventies.wissels.kop": "Wie wisselt van klasse",
        "interventies.wissels.geen": "Niemand wisselt van klasse.",
        "interventies.wissels.nieuw": "nieuw",
        "interventies.wissels.weg": "vertrokken",
        "interventies.kaart.kop": 'De kaart in het scenario "{naam}"',
        "interventies.kaart.uitleg": "Stromen die dit scenario toevoegt of verandert, lichten op.",
        "interventies.vertrek.uitleg": (
            "Wat gebeurt er als een partner vertrekt? Wie mist welke stromen, welke "
            "afhankelijkheden breken, valt het netwerk uiteen, en hoe verschuift de balans van "
            "de anderen?"
        ),
        "interventies.vertrek.geen_partners": "Er staan nog geen partners op de kaart.",
        "interventies.vertrek.kies": "Wat als deze partner vertrekt?",
        "interventies.vertrek.stromen_kop": "Wie mist wat zonder {naam}",
        "interventies.vertrek.geen_stromen": "{naam} heeft geen stromen; niemand mist iets.",
        "interventies.vertrek.kreeg": "Kreeg van {naam}",
        "interventies.vertrek.gaf": "Gaf aan {naam}",
        "interventies.vertrek.afh_kop": "Afhankelijkheden die wegvallen",
        "interventies.vertrek.geen_afh": "Geen afhankelijkheden met {naam}.",
        "interventies.vertrek.afh_regel": (
            "{partner} was afhankelijk van {van}{waarvoor} (sterkte {sterkte})"
        ),
        "interventies.vertrek.waarvoor": " voor {waarvoor}",
        "interventies.vertrek.netwerk_kop": "Blijft het netwerk heel?",
        "interventies.vertrek.splitst": "Zonder {naam} valt het netwerk uiteen in {aantal} delen:",
        "interventies.vertrek.heel": "Zonder {naam} blijft het netwerk één geheel.",
        "interventies.vertrek.balans_kop": "De balans van de anderen",
        "interventies.vertrek.bewaar": "Bewaar als scenario",
        "interventies.vertrek.scenario": "Zonder {naam}",
        "interventies.macht.asym_kop": "Wie is afhankelijk van wie",
        "interventies.macht.asym_uitleg": (
            "Per paar: hoeveel sterker de rij afhankelijk is van de kolom dan andersom. Rood: "
            "de rij heeft de kolom harder nodig; blauw: de kolom heeft de rij harder nodig."
        ),
        "interventies.macht.asym_groot": (
            "Meer dan {max} partners: te groot voor een matrix. Hieronder de paren met het "
            "grootste verschil."
        ),
        "interventies.macht.as_rij": "Rij (is afhankelijk)",
        "interventies.macht.as_kolom": "Kolom (waar de rij van afhangt)",
        "interventies.macht.op": "Sterkte rij op kolom",
        "interventies.macht.terug": "Sterkte kolom op rij",
        "interventies.macht.verschil": "Verschil",
        "interventies.macht.afhankelijk": "Is afhankelijker",
        "interventies.macht.van": "Van",
        "interventies.macht.geen_afh": (
            "Deze kaart heeft nog geen afhankelijkheden. Vul ze in op de pagina Invoeren."
        ),
        "interventies.macht.macht_kop": "Van wie velen afhangen",
        "interventies.macht.macht_uitleg": (
            "Macht: de opgetelde sterkte waarmee anderen van een partner afhangen, min die van "
            "zijn eigen afhankelijkheden."
        ),
        "interventies.macht.kolom.partner": "Partner",
        "interventies.macht.kolom.afhankelijken": "Partners die ervan afhangen",
        "interventies.macht.kolom.afhankelijk_van": "Zelf afhankelijk van",
        "interventies.macht.kolom.macht": "Macht",
        "interventies.macht.niemand": "Niemand is van een ander afhankelijk.",
        "interventies.macht.eenzijdig_kop": "Eenzijdige afhankelijkheden",
        "interventies.macht.eenzijdig_uitleg": (
            "Sterk afhankelijk (4 of 5), terwijl de ander hooguit zwak (0 of 1) terug "
            "afhankelijk is."
        ),
        "interventies.macht.geen_eenzijdig": "Geen eenzijdige afhankelijkheden.",
        "interventies.macht.eenzijdig_regel": (
            "{partner} is sterk afhankelijk van {van}{waarvoor} (sterkte {sterkte}, andersom "
            "{terug})"
        ),
        "interventies.kwadrant.kop": "Invloed en balans",
        "interventies.kwadrant.uitleg": (
            "Elke partner met zijn invloed (0–5) tegen zijn balans. Boven de stippellijn: "
            "invloed {hoog} of meer. Links geeft een partner meer dan er terugkomt; rechts "
            "komt er minstens zoveel terug als de partner brengt."
        ),
        "interventies.kwadrant.leeg": (
            "Geen partner heeft zowel een invloed als stromen. Vul de invloed in op de pagina "
            "Invoeren."
        ),
        "interventies.kwadrant.buiten": (
            "Niet in het diagram (geen invloed ingevuld of geen stromen): {namen}."
        ),
        "interventies.kwadrant.as_balans": "Balans (− geeft meer, + haalt meer)",
        "interventies.kwadrant.as_invloed": "Invloed",
        "interventies.kwadrant.kwadrant": "Kwadrant",
        # --- Leesbare modus (systeem/weergave.py).
        "weergave.leesbaar": (
            "Grote kaart ({aantal} partners): namen verschijnen als je de muis op een "
            "partner houdt."
        ),
        # --- Pijlers (systeem/analyses/pijlers.py, systeemkaart/paginas/pijlers.py).
        "nav.pijlers": "Pijlers",
        # The eight pijlers and four dimensies, explained in our own words.
        "pijlers.pijler.mindset.naam": "Mindset gericht op ketensamenwerking",
        "pijlers.pijler.mindset.kort": "Mindset",
        "pijlers.pijler.mindset.uitleg": (
            "Mensen kijken verder dan hun eigen organisatie: ze zien de keten als het geheel "
            "waarin hun werk pas betekenis krijgt, en handelen daar ook naar."
        ),
        "pijlers.pijler.speelruimte.naam": "Doelgebonden speelruimte",
        "pijlers.pijler.speelruimte.kort": "Speelruimte",
        "pijlers.pijler.speelruimte.uitleg": (
            "Wie namens een organisatie in de keten werkt, mag voor het gezamenlijke doel "
            "afwijken van de eigen regels en routines, binnen grenzen die vooraf zijn "
            "afgesproken."
        ),
        "pijlers.pijler.vertrouwen.naam": "Vertrouwen tussen ketenpartners",
        "pijlers.pijler.vertrouwen.kort": "Vertrouwen",
        "pijlers.pijler.vertrouwen.uitleg": (
            "Partners rekenen erop dat de ander doet wat is afgesproken en geen misbruik "
            "maakt van wat hij weet of kan. Waar dat ontbreekt, groeit de stapel contracten "
            "en controles."
        ),
        "pijlers.pijler.dialoog.naam": "Organisatieoverschrijdende dialoog",
        "pijlers.pijler.dialoog.kort": "Dialoog",
        "pijlers.pijler.dialoog.uitleg": (
            "Mensen uit de verschillende organisaties praten rechtstreeks en open met "
            "elkaar over wat goed gaat en wat schuurt, niet alleen via de lijn of op papier."
        ),
        "pijlers.pijler.structuur.naam": "Organisatieoverstijgende ketenstructuur",
        "pijlers.pijler.structuur.kort": "Structuur",
        "pijlers.pijler.structuur.uitleg": (
            "Boven de organisaties uit is geregeld wie regisseert, wie waarover beslist, hoe "
            "geld en informatie lopen en hoe een conflict wordt beslecht. Zo blijft de "
            "samenwerking staan als mensen vertrekken."
        ),
        "pijlers.pijler.transparantie.naam": "Transparantie over resultaten",
        "pijlers.pijler.transparantie.kort": "Transparantie",
        "pijlers.pijler.transparantie.uitleg": (
            "De partners maken zichtbaar wat de keten oplevert en waar het hapert, met "
            "cijfers die voor iedereen open liggen. Dan kun je elkaar op resultaat "
            "aanspreken zonder schuldvraag."
        ),
        "pijlers.pijler.kennis.naam": "Kennis van de keten",
        "pijlers.pijler.kennis.kort": "Kennis",
        "pijlers.pijler.kennis.uitleg": (
            "De partners weten hoe de keten loopt: wie wat doet, waar het werk van hand "
            "wisselt en wat hun eigen werk betekent voor de volgende schakel."
        ),
        "pijlers.pijler.doelstelling.naam": "Eenduidige en inspirerende ketendoelstelling",
        "pijlers.pijler.doelstelling.kort": "Doelstelling",
        "pijlers.pijler.doelstelling.uitleg": (
            "Er is één doel dat iedereen op dezelfde manier uitlegt en dat de moeite waard "
            "voelt. Het wijst de richting als belangen botsen."
        ),
        "pijlers.dimensie.cultureel.naam": "Cultureel",
        "pijlers.dimensie.cultureel.spanning": "wil of weerstand?",
        "pijlers.dimensie.cultureel.uitleg": (
            "Willen de mensen en hun organisaties deze samenwerking echt, of houden "
            "gewoonten en eigen belang haar tegen?"
        ),
        "pijlers.dimensie.relationeel.naam": "Relationeel",
        "pijlers.dimensie.relationeel.spanning": "samen of solo?",
        "pijlers.dimensie.relationeel.uitleg": (
            "Zoeken de partners elkaar op en gunnen ze elkaar iets, of werkt ieder vooral "
            "voor zich?"
        ),
        "pijlers.dimensie.procedureel.naam": "Procedureel",
        "pijlers.dimensie.procedureel.spanning": "orde of chaos?",
        "pijlers.dimensie.procedureel.uitleg": (
            "Zijn rollen, besluiten en informatie over de organisaties heen geregeld, of "
            "hangt het af van toeval en goede wil?"
        ),
        "pijlers.dimensie.inhoudelijk.naam": "Inhoudelijk",
        "pijlers.dimensie.inhoudelijk.spanning": "eens of oneens?",
        "pijlers.dimensie.inhoudelijk.uitleg": (
            "Delen de partners één beeld van de keten en van waar die voor is, of praten "
            "ze langs elkaar heen?"
        ),
        # The Pijlers page.
        "pijlers.titel": "Pijlers",
        "pijlers.uitleg": (
            "De pijlerscan: hoe staat de samenwerking ervoor op de acht pijlers van "
            "ketensamenwerking? Een of meer beoordelaars geven elke pijler een score van "
            "1 (zwak) tot 5 (sterk), met een notitie als ze willen; een pijler overslaan "
            "mag."
        ),
        "pijlers.inschatting": (
            "Een score is het beeld van wie hem geeft, geen meting. Juist waar de beelden "
            "uiteenlopen, valt het meest te bespreken."
        ),
        "pijlers.leeg": (
            "Nog niemand heeft de pijlers gescoord. Voeg de eerste beoordelaar toe om te beginnen."
        ),
        "pijlers.beoordelaar": "Beoordelaar",
        "pijlers.naam": "Naam",
        "pijlers.naam.eerste": "Naam van de eerste beoordelaar",
        "pijlers.naam.placeholder": "bijvoorbeeld Anna, of Gemeente",
        "pijlers.toevoegen": "Toevoegen",
        "pijlers.hernoem": "Hernoemen",
        "pijlers.hernoem_hulp": "Geef de gekozen beoordelaar de naam die in het naamveld staat.",
        "pijlers.weg_hulp": (
            "Verwijder de gekozen beoordelaar met al zijn scores (ongedaan maken kan)."
        ),
        "pijlers.toegevoegd": "Beoordelaar {naam} toegevoegd.",
        "pijlers.hernoemd": "{oud} heet nu {naam}.",
        "pijlers.verwijderd": "Beoordelaar {naam} en zijn scores zijn verwijderd.",
        "pijlers.fout.naam_leeg": "Vul eerst een naam in voor de beoordelaar.",
        "pijlers.fout.naam_bestaat": (
            "Er is al een beoordelaar met de naam {naam}; kies een andere naam."
        ),
        "pijlers.fout.kop": "Dit is niet opgeslagen:",
        "pijlers.scoren.kop": "Scores van {naam}",
        "pijlers.scoren.uitleg": (
            "{aantal} van de {totaal} pijlers gescoord. 1 = zwak, 5 = sterk; klik nog eens "
            "op de gekozen score om hem te wissen."
        ),
        "pijlers.score_hulp": (
            "1 = zwak, 5 = sterk. Klik nog eens op de gekozen score om hem te wissen "
            "(niet gescoord)."
        ),
        "pijlers.notitie": "Notitie",
        "pijlers.niet_gescoord": "niet gescoord",
        "pijlers.notitie_leeg": "Notitie (optioneel)",
        "pijlers.gemiddeld": "Gemiddelde",
        "pijlers.geen_scores": (
            "Nog geen scores. Kies links een score van 1 tot 5 bij een pijler; de "
            "grafieken verschijnen dan hier."
        ),
        "pijlers.radar.kop": "De acht pijlers",
        "pijlers.radar.uitleg": (
            "Elke spaak is een pijler, van 1 in het midden tot 5 aan de rand. Een lijn per "
            "beoordelaar, de dikke lijn is het gemiddelde; een gat in een lijn is een "
            "pijler die niet is gescoord."
        ),
        "pijlers.zwak.kop": "Zwakste pijlers",
        "pijlers.zwak.uitleg": (
            "De pijlers met het laagste gemiddelde (bij een gelijke stand staan ze er allemaal)."
        ),
        "pijlers.zwak.cijfer": "gemiddeld {gemiddelde} ({aantal}× gescoord)",
        "pijlers.dim.kop": "Vier dimensies",
        "pijlers.dim.uitleg": (
            "Onze eigen weergave van het model: de vier dimensies als kwadranten, elk met "
            "zijn spanning, gekleurd naar het gemiddelde van zijn twee pijlers (rood is "
            "zwak, groen is sterk, grijs is nog niet gescoord)."
        ),
        "pijlers.dim.cijfer": "gemiddeld {gemiddelde}",
        "pijlers.spreiding.kop": "Spreiding per pijler",
        "pijlers.spreiding.uitleg": (
            "Waar de beelden uiteenlopen, zit het gesprek. De balk loopt van de laagste "
            "naar de hoogste score, elke stip is een beoordelaar, het streepje het "
            "gemiddelde; de grootste verschillen staan bovenaan."
        ),
        "pijlers.spreiding.verschil": "verschil {verschil}",
        "pijlers.spreiding.een": (
            "Met één beoordelaar is er nog geen spreiding: voeg een tweede toe."
        ),
        "pijlers.spreiding.gesprek": "Het verst uiteen: {pijlers}.",
        "pijlers.spreiding.van_tot": "{naam} (van {laagste} tot {hoogste})",
        "pijlers.spreiding.eens": "De beoordelaars geven elke pijler dezelfde score.",
        "pijlers.kolom.beoordelaar": "Beoordelaar",
        "pijlers.kolom.pijler": "Pijler",
        "pijlers.kolom.score": "Score",
        "pijlers.kolom.dimensie": "Dimensie",
        "pijlers.kolom.spanning": "Spanning",
        "pijlers.kolom.gemiddelde": "Gemiddelde",
        "pijlers.kolom.laagste": "Laagste",
        "pijlers.kolom.hoogste": "Hoogste",
        "pijlers.kolom.spreiding": "Spreiding",
        "pijlers.kolom.aantal": "Aantal scores",
        "pijlers.tabel.kop": "Alle scores als tabel",
        "pijlers.tabel.uitleg": (
            "Handig om de scores van een flap over te nemen: één rij per beoordelaar en "
            "pijler. Een lege score is niet gescoord; een rij zonder score en notitie "
            "verdwijnt."
        ),
        "pijlers.tabel.bewaard": "Scores bijgewerkt.",
    },
    "en": {
        # --- Interventies (systeem/analyses/interventies.py, systeem/analyses/suggesties.py).
        "interventie.uit": "Switched off.",
        "interventie.alle": "all partners",
        "interventie.de_opgave": "the shared task",
        "interventie.niet.onbekende_partner": (
            'Partner "{partner}" is not (or no longer) on the map; this intervention does nothing.'
        ),
        "interventie.niet.id_bezet": (
            'A partner with id "{id}" is already on the map; this third party is not added.'
        ),
        "interventie.niet.zichzelf": "{partner} cannot compensate itself.",
        "interventie.niet.niets_te_verminderen": (
            "{partner} brings nothing (here); there is nothing to reduce."
        ),
        "interventie.niet.geen_geld": (
            "None of these partners brings money to the shared task; there is nothing to share."
        ),
        "interventie.niet.geen_gewichten_gebruik": (
            "None of these partners takes anything from the shared task; sharing by use is "
            "not possible."
        ),
        "interventie.niet.geen_gewichten_grootte": (
            "None of these partners has a size (or influence); sharing by size is not possible."
        ),
        "zet.ambitie": "Adjust the ambition",
        "zet.bijdrage": "Adjust a contribution",
        "zet.compenseren": "Compensate",
        "zet.derde": "Third party",
        "zet.kostenverdeling": "Cost sharing",
        "zet.vertrek": "Departure",
        "zet.niets": "changes nothing",
        "zet.ambitie.factor": "the shared task gives {wie} {factor} back",
        "zet.ambitie.nieuw": "new shared benefit for {wie}: {soort} (value {waarde})",
        "zet.bijdrage.factor": "{partner} brings {factor}",
        "zet.bijdrage.minder": "{partner} brings {punten} less",
        "zet.bijdrage.meer": "{partner} brings {punten} more",
        "zet.procent.meer": "{procent}% more",
        "zet.procent.minder": "{procent}% less",
        "punten.een": "{n} point",
        "punten.meer": "{n} points",
        "zet.bijdrage.naar": "to {naar}",
        "zet.bijdrage.soort": "({soort})",
        "zet.compenseren.tekst": "{partner} gets {punten} of {soort} from {van}",
        "zet.derde.tekst": "{naam} joins, with {aantal} streams",
        "zet.derde.tekst.1": "{naam} joins, with 1 stream",
        "zet.derde.tekst.0": "{naam} joins, without streams yet",
        "zet.vertrek.tekst": "what if {partner} leaves",
        "zet.kostenverdeling.eigen": "each partner carries its own costs (as now)",
        "zet.kostenverdeling.gelijk": "the money for the shared task in equal shares",
        "zet.kostenverdeling.gebruik": "the money for the shared task by use of the collaboration",
        "zet.kostenverdeling.grootte": "the money for the shared task by partner size",
        "zet.kostenverdeling.tussen": " (among {wie})",
        "zet.kostenverdeling.eigen.kort": "cost sharing: own costs",
        "zet.kostenverdeling.gelijk.kort": "cost sharing: equal shares",
        "zet.kostenverdeling.gebruik.kort": "cost sharing: by use",
        "zet.kostenverdeling.grootte.kort": "cost sharing: by size",
        "suggestie.compenseren.partner": (
            "Compensate {partner} with {punten} of {soort} from {ander} (which then goes from "
            "{voor} to {na}); the balance of {partner} becomes {balans}."
        ),
        "suggestie.compenseren.opgave": (
            "Compensate {partner} with {punten} of {soort} from the shared task; the balance "
            "of {partner} becomes {balans}. No other partner changes."
        ),
        "suggestie.compenseren.derde": (
            "Bring in a third party ({naam}) that brings {partner} {punten} of {soort}; the "
            "balance of {partner} becomes {balans}. No other partner changes."
        ),
        "suggestie.minder_brengen.partner": (
            "Let {partner} bring {punten} less to {ander} (which then goes from {voor} to "
            "{na}); the balance of {partner} becomes {balans}."
        ),
        "suggestie.minder_brengen.opgave": (
            "Let {partner} bring {punten} less to the shared task; the balance of {partner} "
            "becomes {balans}. No other partner changes."
        ),
        "suggestie.meer_brengen.opgave": (
            "Let {partner} bring {punten} more {soort} to the shared task; the balance of "
            "{partner} becomes {balans}. No other partner changes."
        ),
        "klasse.geeft_veel_meer": "gives far more than it takes",
        "klasse.haalt_veel_meer": "takes far more than it gives",
        "klasse.in_balans": "in balance",
        "klasse.geen_stromen": "no streams yet",
        "opgave": "Shared task",
        "signaal.geeft_veel_meer": (
            "{naam} gives far more than it takes (brings {brengen}, takes {halen}). "
            "Risk: motivation drains and this partner quietly withdraws. Possible moves: "
            "compensate (money, position or a say), lower the contribution, or adjust "
            "the ambition so there is more in it for this partner."
        ),
        "signaal.haalt_veel_meer": (
            "{naam} takes far more than it gives (brings {brengen}, takes {halen}). "
            "Risk: others feel it is unfair; friction and calls for tighter contracts "
            "and control. Possible moves: ask for a larger contribution, or let this "
            "partner compensate those who give a lot."
        ),
        "signaal.geen_stromen": (
            "{naam} is on the map but brings and takes nothing yet. Ask: what does this "
            "partner bring to the table and what does it want out of it? Or does it no "
            "longer belong at the table?"
        ),
        "signaal.eenzijdige_afhankelijkheid": (
            "{afhankelijk} depends strongly on {van} (strength {sterkte}){waarvoor}, "
            "hardly the other way round. That gives {van} power. Possible moves: agree "
            "on terms that give certainty, compensate {afhankelijk}, or bring in a third "
            "party (legislator or funder) as a safeguard."
        ),
        "signaal.waarvoor": " for {waarvoor}",
        "signaal.splitst_netwerk": (
            "If {naam} leaves, the network falls apart. Cut off from the rest: {los}. "
            "Possible moves: build direct lines between them and the shared task, or "
            "bring in a third party that can take over the link."
        ),
        "signaal.systeem_uit_balans": (
            "{uit} of the {met} partners with streams are out of balance: the system as "
            "a whole is under strain. Possible moves: adjust the ambition (make the pie "
            "bigger), redistribute who contributes what, or agree on a cost-sharing key."
        ),
        # The map (systeem/weergave.py): tooltips and legend.
        "weergave.brengt_haalt": "Brings {brengen} · takes {halen}",
        "weergave.balans": "Balance {balans}: {klasse}",
        "weergave.invloed": "Influence {invloed} (0–5)",
        "weergave.belangen": "Interests:",
        "weergave.stroom": "{van} → {naar}: {soort}, weight {waarde}",
        "weergave.afhankelijkheid": "{partner} depends on {van}{waarvoor} (strength {sterkte})",
        "weergave.houding.steunt": "supports the shared task",
        "weergave.houding.neutraal": "neutral",
        "weergave.houding.schuurt": "chafes with the shared task",
        "weergave.belang.organisatie": "organisational interest",
        "weergave.belang.persoonlijk": "personal interest",
        "legenda.titel": "Legend",
        "legenda.kleur": "Colour: balance of bringing and taking",
        "legenda.grootte.betrokkenheid": "Size: involvement (brings + takes)",
        "legenda.grootte.invloed": "Size: influence (0–5)",
        "legenda.grootte.maat": "Size: {maat}",
        "legenda.stromen": "Arrows: streams; colour = kind, width = weight",
        "legenda.afhankelijkheid": "Dashed: depends on (arrow points to the partner needed)",
        "legenda.belangen": "Interests",
        "legenda.inschatting": "The weights are the mapper's perception, not an objective measure.",
        # App shell.
        "ui.taal": "Language",
        "ui.open_kaart": "Open map: {titel}",
        "streamlit.naar_inhoud": "Skip to main content",
        "streamlit.upload": "Upload",
        "streamlit.upload_hier": "Drag and drop a file here",
        "streamlit.upload_hier_meer": "Drag and drop files here",
        "streamlit.upload_grootte": "{grootte} per file",
        "streamlit.upload_invoer": "file upload",
        "streamlit.upload_toevoegen": "Add files",
        "streamlit.enter_toepassen": "Press Enter to apply",
        "streamlit.enter_versturen": "Press Enter to submit form",
        "streamlit.toets_toepassen": "Press {toets}+Enter to apply",
        "streamlit.toets_versturen": "Press {toets}+Enter to submit form",
        "streamlit.kies_optie": "Choose an option",
        "streamlit.kies_opties": "Choose options",
        "streamlit.kies_of_typ": "Choose or add an option",
        "streamlit.kies_of_typ_meer": "Choose or add options",
        "streamlit.typ_optie": "Add an option",
        "streamlit.typ_opties": "Add options",
        "streamlit.geen_opties": "No options to select",
        "streamlit.toevoegen": "Add: {woord}",
        "streamlit.geen_resultaten": "No results",
        "streamlit.alles_kiezen": "Select all",
        "streamlit.treffers_kiezen": "Select {aantal} matches",
        "streamlit.keuze_beschikbaar": "1 option available.",
        "streamlit.keuzes_beschikbaar": "{aantal} options available.",
        "streamlit.openen": "Open",
        "streamlit.wissen": "Clear value",
        "streamlit.alles_wissen": "Clear all",
        "streamlit.optie_weg": "Remove {optie}",
        "streamlit.gekozen": "Selected values",
        "streamlit.sluiten": "Dismiss",
        "streamlit.lager": "Decrement",
        "streamlit.hoger": "Increment",
        "streamlit.kop_link": "Link to heading",
        "streamlit.uitleg_bij": "Help for {label}",
        "streamlit.rij_toevoegen": "Add row",
        "streamlit.rijen_verwijderen": "Delete row(s)",
        "streamlit.kolommen": "Show/hide columns",
        "streamlit.csv": "Download as CSV",
        "streamlit.zoeken": "Search",
        "streamlit.volledig": "Fullscreen",
        "streamlit.volledig_uit": "Close fullscreen",
        "streamlit.selectie_wissen": "Clear selection",
        "streamlit.gegevens": "Show data",
        "streamlit.vega_kopie": "Copy Vega-Lite spec",
        "streamlit.cel_invullen": "⚠️ Please fill out this cell.",
        "streamlit.oplopend": "Sort ascending",
        "streamlit.aflopend": "Sort descending",
        "streamlit.opmaak": "Format",
        "streamlit.passend": "Autosize",
        "streamlit.vastzetten": "Pin column",
        "streamlit.losmaken": "Unpin column",
        "streamlit.verbergen": "Hide column",
        "streamlit.select": "Select...",
        "streamlit.geen_opties_kort": "No options",
        "streamlit.cel_uitleg": "Use Up and Down to choose options, press Enter to select the currently focused option, press Escape to exit the menu, press Tab to select the option and exit the menu.",
        "streamlit.cel_gekozen": "option {optie}, selected.",
        "streamlit.cel_resultaat": "1 result available.",
        "streamlit.cel_resultaten": "{aantal} results available.",
        "streamlit.cel_resultaten_zoek": "{aantal} results available for search term {zoek}.",
        "streamlit.icoon": "{naam} icon",
        "streamlit.stoppen": "Stop",
        "streamlit.bezig": "Running...",
        "nav.start": "Start",
        "nav.kaart": "Map",
        "nav.invoeren": "Edit",
        "nav.balans": "Balance",
        "nav.presenteren": "Present",
        "fout.onverwacht": (
            "Something went wrong while showing this page. Your map has not changed. "
            "Try again or choose another page."
        ),
        # --- Start page (systeemkaart/paginas/start.py).
        "start.titel": "Systeemkaart",
        "start.intro": (
            "Map a collaboration as a system: the partners around the shared task, what "
            "each brings and takes, who depends on whom and which interests are at play. "
            "See at a glance who gives far more than it takes, and who takes far more than "
            "it gives."
        ),
        "start.inschatting": (
            "The weights on a map are the mapper's perception, not an objective measure. "
            "They are there to start the conversation."
        ),
        "start.voorbeelden": "Open an example",
        "start.open": "Open this map",
        "start.nieuw": "Or start your own map",
        "start.nieuw.titel": "Name of the map",
        "start.nieuw.titel_voorbeeld": "For example: Neighbourhood approach North",
        "start.nieuw.opgave": "Shared task",
        "start.nieuw.opgave_voorbeeld": "What can none of the partners solve alone?",
        "start.nieuw.partner": "First partner",
        "start.nieuw.partner_voorbeeld": "For example: Municipality",
        "start.nieuw.maak": "Create the map",
        "start.nieuw.leeg": "Fill in the shared task and a first partner.",
        # --- Kaart page (systeemkaart/paginas/kaart.py, systeemkaart/netwerk_component.py).
        "kaart.geen_partners": (
            "This map has no partners yet. Add them on the Edit page: who sits at the "
            "table around the shared task?"
        ),
        "kaart.leeg": (
            "No streams on this map yet. On the Edit page, record what each partner brings "
            "to the table and what it takes out; the map then colours by balance and the "
            "signals appear here."
        ),
        "kaart.zoom.in": "Zoom in",
        "kaart.zoom.uit": "Zoom out",
        "kaart.zoom.passend": "Whole map in view",
        "kaart.zoom.hint": "To zoom: Ctrl (or ⌘) + scroll wheel, or the buttons top right",
        "kaart.drempel": "Threshold for ‘out of balance’",
        "kaart.drempel_uitleg": (
            "Balance = (takes − brings) / (takes + brings), from −1 (only gives) to +1 "
            "(only takes). A partner is out of balance when its balance is at least the "
            "threshold away from 0. Default ⅓: one side at least twice the other."
        ),
        "kaart.drempel_standaard": "⅓ (default)",
        "kaart.grootte": "Partner size",
        "kaart.grootte.betrokkenheid": "involvement",
        "kaart.grootte.invloed": "influence",
        "kaart.maten": "Place in the network",
        "kaart.maten.graad": "Receives from {graad_in} and gives to {graad_uit} parties",
        "kaart.maten.routes": "Broker {betweenness} · closeness {closeness} · PageRank {pagerank}",
        "kaart.maten.micmac": "Influence {invloed} · dependence {afhankelijkheid}: {rol}",
        "kaart.laag_afhankelijkheden": "Show dependencies",
        "kaart.laag_belangen": "Show interests",
        "kaart.inschatting": (
            "Click a partner for details; drag a partner to move it. The weights are "
            "illustrative: the mapper's perception, not an objective measure."
        ),
        "kaart.kies_partner": "Partner",
        "kaart.geen_keuze": "— choose a partner —",
        "kaart.hint_klik": (
            "Click a partner on the map, or choose one above, to see what it brings and takes."
        ),
        "kaart.invloed": "influence {invloed} of 5",
        "kaart.brengt": "Brings",
        "kaart.haalt": "Takes",
        "kaart.balans_regel": "Balance: **{balans}**",
        "kaart.balans_uitleg": (
            "(takes − brings) / (takes + brings): −1 only gives, 0 even, +1 only takes."
        ),
        "kaart.per_soort": "Per kind",
        "kaart.geen_stromen_partner": "This partner brings and takes nothing yet.",
        "kaart.soort": "Kind",
        "kaart.saldo": "Net",
        "kaart.saldo_uitleg": "Takes minus brings: negative = gives more than it takes here.",
        "kaart.belangen": "Interests",
        "kaart.geen_belangen": "No interests entered.",
        "kaart.afhankelijkheden": "Dependencies",
        "kaart.geen_afhankelijkheden": "No dependencies entered.",
        "kaart.afhankelijk_van": "depends on {van}{waarvoor} (strength {sterkte})",
        "kaart.afhankelijk_van_hem": "{partner} depends on this partner{waarvoor} (strength {sterkte})",
        "kaart.signalen": "Signals",
        "kaart.geen_signalen_partner": "No signals for this partner.",
        "kaart.uit_balans": "Out of balance",
        "kaart.nog_niets_te_wegen": "No partner has streams yet: nothing to weigh.",
        "kaart.uit_balans_aantal": (
            "{uit} of the {met} partners with streams are out of balance (threshold {drempel})."
        ),
        "kaart.niemand_uit_balans": "At threshold {drempel} no partner is out of balance.",
        "kaart.toon": "Show on the map",
        "kaart.uit_balans_meer": "And {aantal} more partners out of balance: see the Balance page.",
        "kaart.overige_meer": "And {aantal} more signals: see the Balance page.",
        "kaart.per_sector": "By sector",
        "kaart.per_sector.help": "Show each sector as one node, with the streams between sectors summed: an overview of a large map.",
        "kaart.per_sector.uitleg": "By sector: {sectoren} nodes for {partners} partners. Streams within a sector drop out; values are summed. Switch it off to select or move partners.",
        "kaart.overige_signalen": "Other signals ({aantal})",
        # --- Invoeren page (systeemkaart/paginas/invoeren.py, systeem/bestanden/tabellen.py).
        "invoeren.titel": "Edit",
        "invoeren.uitleg": "Fill in the map here: quickly with the forms, or everything at once in the tables below. Every change applies at once; the map alongside shows it straight away.",
        "invoeren.kop": "Title and shared task",
        "invoeren.kaart_titel": "Title of the map",
        "invoeren.opgave": "Shared task",
        "invoeren.opgave_hulp": "What do the partners work on together? This text sits in the centre of the map.",
        "invoeren.kop_gewijzigd": "Title and shared task updated.",
        "invoeren.snel": "Quick entry",
        "invoeren.snel_uitleg": "What does a partner bring, or what does it take out? Choose the shared task as from or to for what someone brings to the table or takes from it.",
        "invoeren.kies": "Choose…",
        "invoeren.kies_soort": "Choose a kind; if it is not there, type it under Or another kind.",
        "invoeren.toevoegen": "Add stream",
        "invoeren.toegevoegd": "Stream added: {van} → {naar} ({soort}, weight {waarde}).",
        "invoeren.geen_partners": "This map has no partners yet. Add them first on the Partners tab; then you can enter streams.",
        "invoeren.tab.partners": "Partners",
        "invoeren.tab.stromen": "Streams",
        "invoeren.tab.afhankelijkheden": "Dependencies",
        "invoeren.tab.belangen": "Interests",
        "invoeren.uitleg.partners": "Who is at the table? Influence runs from 0 (none) to 5 (very large). A new name can be chosen in the other tables at once.",
        "invoeren.uitleg.stromen": "What flows from whom to whom? Weight runs from 1 (small) to 5 (essential). Tangible: money, people, goods; intangible: knowledge, position, support.",
        "invoeren.uitleg.afhankelijkheden": "Who needs whom, and for what? Strength runs from 1 (a little) to 5 (cannot do without).",
        "invoeren.uitleg.belangen": "What does a partner carry in its backpack? An organisational or personal interest that supports, is neutral to or chafes with the shared task.",
        "invoeren.kolom.naam": "Name",
        "invoeren.kolom.type": "Type",
        "invoeren.kolom.sector": "Sector",
        "invoeren.kolom.invloed": "Influence (0–5)",
        "invoeren.kolom.toelichting": "Notes",
        "invoeren.kolom.van": "From",
        "invoeren.kolom.naar": "To",
        "invoeren.kolom.soort": "Kind",
        "invoeren.kolom.waarde": "Weight (1–5)",
        "invoeren.kolom.omschrijving": "Description",
        "invoeren.kolom.tastbaar": "Tangible",
        "invoeren.kolom.partner": "Partner",
        "invoeren.kolom.afhankelijk_van": "Depends on",
        "invoeren.kolom.waarvoor": "For what",
        "invoeren.kolom.sterkte": "Strength (1–5)",
        "invoeren.kolom.belang_soort": "Kind of interest",
        "invoeren.kolom.houding": "Stance",
        "invoeren.type.organisatie": "organisation",
        "invoeren.type.team": "team",
        "invoeren.type.persoon": "person",
        "invoeren.belang.organisatie": "organisational",
        "invoeren.belang.persoonlijk": "personal",
        "invoeren.houding.steunt": "supports",
        "invoeren.houding.neutraal": "neutral",
        "invoeren.houding.schuurt": "chafes",
        "soort.geld": "money",
        "soort.personeel": "staff",
        "soort.klanten": "clients",
        "soort.positie": "position",
        "soort.macht": "power",
        "soort.kennis": "knowledge",
        "soort.informatie": "information",
        "soort.tijd": "time",
        "soort.autonomie": "autonomy",
        "soort.legitimiteit": "legitimacy",
        "soort.netwerk": "network",
        "soort.overig": "other",
        "invoeren.waarde.1": "1 · small",
        "invoeren.waarde.2": "2 · limited",
        "invoeren.waarde.3": "3 · medium",
        "invoeren.waarde.4": "4 · large",
        "invoeren.waarde.5": "5 · essential",
        "invoeren.niet_verwerkt": "This change was not applied; the map is as it was. Please correct (messages in Dutch):",
        "invoeren.probleem": "Row {rij}, column {kolom}: {tekst}",
        "invoeren.probleem_rij": "Row {rij}: {tekst}",
        "invoeren.probleem_veld": "{kolom}: {tekst}",
        "invoeren.terugdraaien": "Undo this change",
        "invoeren.verwerkt": "Change applied.",
        "invoeren.verwijderen": "You are deleting a partner that other tables still refer to. Delete those rows first, or delete them along with it:",
        "invoeren.gevolg": "{naam}: streams {stromen}, dependencies {afhankelijkheden}, interests {belangen}",
        "invoeren.verwijder_mee": "Delete those rows as well",
        "invoeren.verwijderd": "Deleted: {namen}, together with the streams, dependencies and interests that referred to it.",
        "invoeren.snel.partners": "Partners",
        "invoeren.snel.stroom": "Stream",
        "invoeren.snel.afhankelijkheid": "Dependency",
        "invoeren.snel.belang": "Interest",
        "invoeren.partners.namen": "Names, one per line",
        "invoeren.partners.voorbeeld": "Municipality\nNeighbourhood team\nHousing association",
        "invoeren.partners.uitleg": "Type or paste the partners' names, one per line. Sector, influence and notes can be added later in the Partners table.",
        "invoeren.partners.toevoegen": "Add partners",
        "invoeren.partners.toegevoegd": "Added: {namen}.",
        "invoeren.partners.leeg": "Names: type at least one name, one per line.",
        "invoeren.andere_soort": "Or another kind",
        "invoeren.andere_soort_voorbeeld": "e.g. housing",
        "invoeren.blijft.stroom": "From, kind and weight stay for the next stream.",
        "invoeren.blijft.afhankelijkheid": "Partner and strength stay for the next dependency.",
        "invoeren.blijft.belang": "Partner, kind and stance stay for the next interest.",
        "invoeren.afh.toevoegen": "Add dependency",
        "invoeren.afh.toegevoegd": "Dependency added: {partner} → {van} (strength {sterkte}).",
        "invoeren.sterkte.1": "1 · a little",
        "invoeren.sterkte.2": "2 · somewhat",
        "invoeren.sterkte.3": "3 · clearly",
        "invoeren.sterkte.4": "4 · strongly",
        "invoeren.sterkte.5": "5 · cannot do without",
        "invoeren.belang.toevoegen": "Add interest",
        "invoeren.belang.toegevoegd": "Interest added for {partner}: {omschrijving}.",
        "invoeren.kaart": "The map so far",
        "invoeren.kaart_uitleg": "Updates after every entry. Drag a partner to move it.",
        "invoeren.tabellen": "Everything in tables",
        "invoeren.tabellen_uitleg": "Change anything already on the map here. Add a row with + below a table; delete rows by ticking them on the left and clicking the bin. A list in a cell opens with a double click or Enter.",
        "invoeren.wachtend": "Row {rij} does not count yet: fill in {velden} as well.",
        "invoeren.en": "and",
        # --- Zoeken en groeperen (systeem/analyses/groepering.py, systeemkaart/paginas/invoeren.py).
        "groepering.zonder_sector": "No sector",
        "groepering.toelichting": "Partners in this sector: {partners}. Streams within the sector (not on this map): {binnen}, total weight {waarde}.",
        "groepering.stromen": "Streams combined: {aantal}",
        "groepering.afhankelijkheden": "Dependencies combined: {aantal}; the strongest counts",
        "zoeken.label": "Search the tables",
        "zoeken.placeholder": "Name, sector, kind or description",
        "zoeken.hulp": "Shows only the rows of each table that contain this text (case and accents ignored): in a name, sector, kind, description, notes or for what. Editing, adding and deleting also work in the filtered table; the rows you do not see stay as they are. To search without filtering, use the magnifier above a table (or Ctrl+F / ⌘F in the table): it highlights the matches.",
        "zoeken.gefilterd": "Search “{zoekterm}”: {getoond} of the {totaal} rows shown. Row numbers in messages count in this filtered view. A new row goes to the bottom of the full table; if it does not match the search, it leaves the view once applied.",
        "zoeken.rij_gefilterd": "{rij} (in the filtered view)",
        "zoeken.rij_verborgen": "{rij} of the full table (hidden by the search filter)",
        "zoeken.onbekende_rij": "This change was not applied; the map is as it was. A row in the filtered view no longer refers to a row that was shown (was the hidden column _rij changed?). Please undo the change.",
        "zoeken.groot": "This map has {partners} partners, so the tables are long. Type in the search box above to see only the rows you need.",
        # --- Balans page (systeemkaart/paginas/balans.py).
        "balans.titel": "Balance",
        "balans.uitleg": "What does each partner bring to the collaboration, and what does it take out? A partner is out of balance when one side clearly outweighs the other (threshold {drempel}; set it on the Map page).",
        "balans.inschatting": "The weights are the mapper's perception, not an objective measure. Use the figures to open the conversation, not to settle it.",
        "balans.leeg": "This map has no streams yet. Add them on the Edit page; the balance then appears here.",
        "balans.m.met_stromen": "With streams",
        "balans.m.met_stromen_hulp": "Partners that bring or take something, of all partners on the map.",
        "balans.m.uit_balans": "Out of balance",
        "balans.m.uit_balans_hulp": "Partners that give far more than they take, or the other way round; as a share of the partners with streams.",
        "balans.m.geeft": "Give far more",
        "balans.m.haalt": "Take far more",
        "balans.m.spreiding": "Spread",
        "balans.m.spreiding_hulp": "Standard deviation of the balance (−1 only gives … +1 only takes). The higher, the further apart the partners are.",
        "balans.staaf.kop": "Bringing and taking per partner",
        "balans.staaf.uitleg": "Left what a partner brings, right what it takes (sum of the weights). Colours as on the map.",
        "balans.staaf.as": "← brings   ·   takes →",
        "balans.staaf.kant": "Side",
        "balans.staaf.brengt": "brings",
        "balans.staaf.haalt": "takes",
        "balans.staaf.klasse": "Balance",
        "balans.staaf.som": "Sum of the weights",
        "balans.tabel.kop": "Per partner: balance and signal",
        "balans.kolom.partner": "Partner",
        "balans.kolom.brengt": "Brings",
        "balans.kolom.haalt": "Takes",
        "balans.kolom.balans": "Balance",
        "balans.kolom.klasse": "Class",
        "balans.kolom.signaal": "Signal and possible moves",
        "balans.soort.kop": "Where is the imbalance? Net per kind",
        "balans.soort.uitleg": "Per partner and kind: takes minus brings. Orange: the partner brings more than it takes here; blue: it takes more than it brings.",
        "balans.soort.soort": "Kind",
        "balans.soort.saldo": "Net (takes − brings)",
        "balans.paren.kop": "Between partners: who gives whom more?",
        "balans.paren.uitleg": "Each cell: what the partner in the row gives the partner in the column, minus what it gets back. Orange: the row gives more; blue: the row gets more.",
        "balans.paren.groot": "This map is too large for a matrix. Below are the pairs with the largest difference.",
        "balans.paren.rij": "Gives",
        "balans.paren.kolom": "To",
        "balans.paren.netto": "Net",
        "balans.paren.tabel": "All pairs with streams",
        "balans.paren.a": "Partner A",
        "balans.paren.b": "Partner B",
        "balans.paren.a_naar_b": "A → B",
        "balans.paren.b_naar_a": "B → A",
        "balans.paren.wederkerigheid": "Reciprocity",
        "balans.paren.wederkerigheid_hulp": "Smaller direction divided by the larger: 0 one-way traffic, 1 as much back as forth.",
        "balans.afh.kop": "Dependencies and power",
        "balans.afh.uitleg": "Power = how strongly others depend on a partner, minus how strongly it depends on others. A partner many depend on while it needs little holds power.",
        "balans.afh.leeg": "This map has no dependencies yet.",
        "balans.afh.macht": "Power",
        "balans.afh.eenzijdig": "One-sided dependencies",
        "balans.afh.geen_eenzijdig": "No one-sided dependencies: where a partner depends strongly on another, that other depends on it too.",
        "balans.afh.paren": "Asymmetry per pair",
        "balans.afh.a_op_b": "A on B",
        "balans.afh.b_op_a": "B on A",
        "balans.afh.asymmetrie": "Asymmetry",
        "balans.afh.asymmetrie_hulp": "Strength of A on B minus that of B on A: positive when A needs the other more than the other way round.",
        "balans.maten.kop": "Place in the network: network measures",
        "balans.maten.uitleg": "The measures Kumu and Gephi give, per partner and for the shared task. Click a column header to sort; hover over a header for its meaning. Broker and closeness count steps along the streams, whichever way they run.",
        "balans.maten.schatting": "This map has more than {grens} nodes: broker and closeness are estimated from {aantal} fixed starting points.",
        "balans.micmac.kop": "Influence and dependence",
        "balans.micmac.uitleg": "Each dot is a partner. The higher, the more strongly others depend on it (influence); the further right, the more strongly it depends on others. The dashed lines lie at the mean and divide the partners into four roles (the MICMAC method).",
        "balans.micmac.leeg": "Without dependencies no partner has influence on another: every partner is autonomous.",
        "balans.micmac.x": "Dependence (on others)",
        "balans.micmac.y": "Influence (others depend on it)",
        "maat.graad_in": "Receives from",
        "maat.graad_in.uitleg": "From how many different parties (partners or the shared task) this partner receives at least one stream.",
        "maat.graad_uit": "Gives to",
        "maat.graad_uit.uitleg": "To how many different parties this partner gives at least one stream.",
        "maat.gewogen_in": "Takes (weighted)",
        "maat.gewogen_in.uitleg": "The summed weight of all streams this partner receives; the same as what it takes.",
        "maat.gewogen_uit": "Brings (weighted)",
        "maat.gewogen_uit.uitleg": "The summed weight of all streams this partner gives; the same as what it brings.",
        "maat.betweenness": "Broker",
        "maat.betweenness.uitleg": "Which share of the shortest connections between two other parties runs through this partner: the higher (up to 1), the more others are linked through it.",
        "maat.closeness": "Closeness",
        "maat.closeness.uitleg": "How few steps this partner needs to reach all others, with a deduction for those it cannot reach at all: 1 is directly linked to everyone.",
        "maat.pagerank": "PageRank",
        "maat.pagerank.uitleg": "How important this partner is as a receiver: it receives a lot, mostly from parties that themselves receive a lot; all parties together add up to 1.",
        "maat.micmac_invloed": "Influence through dependencies",
        "maat.micmac_invloed.uitleg": "How strongly others depend on this partner: the summed strength with which they depend on it.",
        "maat.micmac_afhankelijkheid": "Dependence",
        "maat.micmac_afhankelijkheid.uitleg": "How strongly this partner depends on others: the summed strength with which it depends on them.",
        "maat.micmac_rol": "Role",
        "maat.micmac_rol.uitleg": "Driving: much influence, little dependence; relay: both high; dependent: little influence, much dependence; autonomous: both low (high is above the mean).",
        "micmac.sturend": "driving",
        "micmac.schakel": "relay",
        "micmac.afhankelijk": "dependent",
        "micmac.autonoom": "autonomous",
        # --- Mijn kaarten, opslag, foto's (systeemkaart/paginas/mijn_kaarten.py, systeemkaart/staat.py).
        "nav.mijn_kaarten": "My maps",
        "opslag.onbekend": "This map was not found: it may have been deleted for good, or it is in another storage file. You now see the example map; your own maps are under My maps.",
        "opslag.apart_gezet": "The storage file was damaged or unreadable. It was not thrown away but set aside as {pad}, and Systeemkaart started a new, empty file. Maps from before this moment are still in the file set aside; an administrator may be able to recover them.",
        "opslag.fout": "Your last change was not saved: {reden}. It is still in this window; do not close it until saving works again.",
        "opslag.conflict": "This map was changed in another tab (or by someone else) in the meantime. Your last change was therefore not written over that other change. Nothing is lost: your change was kept as snapshot ‘{foto}’ (see My maps, Snapshots). Load the newest version to continue, or deliberately put your change on top.",
        "opslag.conflict.foto": "Unsaved change of {tijd}",
        "opslag.herladen": "Load the newest version",
        "opslag.toch": "Save my change anyway",
        "opslag.toch_hulp": "Puts your change on top of the newest version. The other change stays reachable with Undo.",
        "opslag.anders": "This map was changed in another tab in the meantime. Load the newest version before you continue, or your next change will be refused.",
        "opslag.in_prullenbak": "This map is in the bin.",
        "opslag.terugzetten": "Restore",
        "opslag.ongedaan": "Undo",
        "opslag.opnieuw": "Redo",
        "opslag.ongedaan_hulp": "Undo the last change: up to 99 steps back, also after refreshing the page.",
        "opslag.opnieuw_hulp": "Redo the change you just undid.",
        "opslag.status.voorbeeld": "Example map: your first change makes your own copy (under My maps); the example itself stays as it is.",
        "opslag.status.bewaard": "Everything is saved automatically · last change {tijd}",
        "opslag.status.niet": "Not saved: storage is not available right now.",
        "mijn.titel": "My maps",
        "mijn.uitleg": "Every change is saved at once; there is no save button. The address in the browser (with ?kaart=…) opens the map again exactly as you left it: bookmark it.",
        "mijn.geen_opslag": "Storage is not available right now: {reden}",
        "mijn.tab.kaarten": "Maps",
        "mijn.tab.fotos": "Snapshots",
        "mijn.tab.prullenbak": "Bin ({aantal})",
        "mijn.bestand": "Stored in {pad}",
        "mijn.lijst": "Your maps",
        "mijn.leeg": "You have no maps of your own yet. Make a new one above, or change something in an example map: Systeemkaart then makes your own copy.",
        "mijn.gewijzigd": "Last changed {tijd}",
        "mijn.openen": "Open",
        "mijn.open_nu": "Open now",
        "mijn.geopend": "Opened: {titel}",
        "mijn.dupliceren": "Copy",
        "mijn.kopie": "{titel} (copy)",
        "mijn.gedupliceerd": "Copy made: {titel}",
        "mijn.meer": "Rename or throw away",
        "mijn.meer_knop": "More",
        "mijn.nieuwe_naam": "Name",
        "mijn.hernoemen": "Save name",
        "mijn.hernoemd": "The map is now called {titel}.",
        "mijn.naam_leeg": "A map needs a name.",
        "mijn.verwijderen": "Move to the bin",
        "mijn.verwijderd": "{titel} is in the bin; you can restore it there.",
        "mijn.nieuw": "New map",
        "mijn.nieuw.soort": "Start with",
        "mijn.nieuw.leeg": "an empty map",
        "mijn.nieuw.voorbeeld": "a copy of an example",
        "mijn.nieuw.titel": "Name of the map",
        "mijn.nieuw.opgave": "Shared task",
        "mijn.nieuw.kies_voorbeeld": "Example",
        "mijn.nieuw.maak": "Make the map",
        "mijn.nieuw.leeg_fout": "Fill in a name or the shared task.",
        "mijn.nieuw.gemaakt": "New map made: {titel}",
        "mijn.prullenbak.uitleg": "Maps you throw away stay here until you delete them for good.",
        "mijn.prullenbak.leeg": "The bin is empty.",
        "mijn.prullenbak.sinds": "In the bin since {tijd}",
        "mijn.terugzetten": "Restore",
        "mijn.teruggezet": "{titel} has been restored.",
        "mijn.wissen": "Delete for good",
        "mijn.gewist": "{titel} has been deleted for good.",
        "foto.kop": "Snapshots of {titel}",
        "foto.uitleg": "A snapshot records the map as it is now, with a name and a date. Later you can see what changed, for example before and after a conversation about the balance.",
        "foto.voorbeeld": "This is an example map: a snapshot first makes your own copy under My maps.",
        "foto.naam": "Name of the snapshot",
        "foto.naam_standaard": "Snapshot of {datum}",
        "foto.maak": "Take a snapshot",
        "foto.gemaakt": "Snapshot ‘{naam}’ taken.",
        "foto.geen": "This map has no snapshots yet.",
        "foto.lijst.naam": "Snapshot",
        "foto.lijst.gemaakt": "Taken",
        "foto.bekijk": "View a snapshot",
        "foto.kies": "Choose a snapshot",
        "foto.alleen_lezen": "Read only: this is how the map looked on {tijd}.",
        "foto.terugzetten": "Put this snapshot back as the map",
        "foto.teruggezet": "The snapshot is back. Undo takes you back to how it was.",
        "foto.verwijder": "Delete snapshot",
        "vergelijk.kop": "Compare",
        "vergelijk.toen": "Then",
        "vergelijk.nu": "Now",
        "vergelijk.de_kaart_nu": "The map as it is now",
        "vergelijk.zelfde": "Choose two different moments.",
        "vergelijk.samenvatting": "**{naar}** closer to balance, **{van}** further out of balance, **{gelijk}** unchanged; **{nieuw}** new at the table, **{weg}** no longer at the table.",
        "vergelijk.uitleg": "Per partner the balance then (grey) and now (dark). The closer to 0, the more in balance; the green band is what counts as ‘in balance’. The line is green when the partner came closer to balance and orange when it moved further out.",
        "vergelijk.as": "Balance (−1: only gives · +1: only takes)",
        "vergelijk.geen_partners": "No partners with streams to compare.",
        "vergelijk.partner": "Partner",
        "vergelijk.moment": "Moment",
        "vergelijk.balans": "Balance",
        "vergelijk.balans_toen": "Balance then",
        "vergelijk.balans_nu": "Balance now",
        "vergelijk.verschuiving": "Shift",
        "vergelijk.verschuiving_hulp": "Balance now minus balance then: negative means it started giving more, positive taking more.",
        "vergelijk.beweging": "Movement",
        "vergelijk.beweging.naar_balans": "closer to balance",
        "vergelijk.beweging.van_balans": "further out of balance",
        "vergelijk.beweging.gelijk": "unchanged",
        "vergelijk.beweging.nieuw": "new at the table",
        "vergelijk.beweging.vertrokken": "no longer at the table",
        "vergelijk.beweging.onbepaald": "no streams then or now",
        "vergelijk.klasse_toen": "Then",
        "vergelijk.klasse_nu": "Now",
        "vergelijk.stromen": "Streams",
        "vergelijk.geen_verschil": "No streams added, removed or weighted differently.",
        "vergelijk.toegevoegd": "Added ({aantal})",
        "vergelijk.verwijderd": "Removed ({aantal})",
        "vergelijk.gewijzigd": "Other weight ({aantal})",
        "vergelijk.van": "From",
        "vergelijk.naar": "To",
        "vergelijk.soort": "Kind",
        "vergelijk.waarde": "Weight",
        "vergelijk.waarde_toen": "Weight then",
        "vergelijk.waarde_nu": "Weight now",
        "vergelijk.omschrijving": "Description",
        # --- Bestanden page (systeemkaart/paginas/bestanden.py).
        "nav.bestanden": "Files",
        "bestanden.titel": "Files",
        "bestanden.intro": (
            "Open a map from a file, or take the open map with you in the format you need: to "
            "keep working, to share, or as a hand-out to print."
        ),
        "bestanden.importeren": "Open a map from a file",
        "bestanden.kies": "Choose a file",
        "bestanden.kies_hulp": (
            "Systeemkaart JSON (.json), Excel (.xlsx, also the empty template below), a zip of "
            "CSV files (.zip), or from Kumu: a spreadsheet (.xlsx), the JSON export (.json) or "
            "CSV files (.csv: choose elements and connections together, or connections alone). "
            "At most {mb} MB."
        ),
        "bestanden.geweigerd": "{naam} was not opened: something is wrong. Your open map has not changed.",
        "bestanden.gelezen": "Read: **{titel}**",
        "bestanden.aantallen": (
            "{partners} partners · {stromen} streams · {afhankelijkheden} dependencies · "
            "{belangen} interests"
        ),
        "bestanden.notities": "How the Kumu file was read:",
        "bestanden.rijfouten": (
            "These rows of {naam} cannot be read ({aantal}); the rest can. Your open map has not "
            "changed."
        ),
        "bestanden.rijfouten.blad": "Sheet",
        "bestanden.rijfouten.rij": "Row",
        "bestanden.rijfouten.kolom": "Column",
        "bestanden.rijfouten.melding": "What is wrong",
        "bestanden.importeer_rest": "Import the rest",
        "bestanden.importeer_rest_hulp": (
            "Reads the file without these rows. You first see what was read; your open map only "
            "changes when you open that map."
        ),
        "bestanden.overgeslagen": "Left out ({aantal}):",
        "bestanden.openen": "Open as the current map",
        "bestanden.openen_hulp": "The map that is open now stays stored under My maps.",
        "bestanden.geopend": "{titel} is now the open map.",
        "bestanden.exporteren": "Save the open map as a file",
        "bestanden.exporteren_hulp": "Open map: {titel}",
        "bestanden.export.json": "Systeemkaart (.json)",
        "bestanden.export.excel": "Excel (.xlsx)",
        "bestanden.export.csv": "CSV files (.zip)",
        "bestanden.export.kumu": "Kumu spreadsheet (.xlsx)",
        "bestanden.export.gexf": "Gephi (.gexf)",
        "bestanden.export.graphml": "GraphML (.graphml)",
        "bestanden.export.html": "Hand-out (.html)",
        "bestanden.export_hulp.json": "Everything, to continue later or move to another laptop.",
        "bestanden.export_hulp.excel": (
            "One sheet per table, partners by name, and a Balans sheet to read; edit it and "
            "open it again."
        ),
        "bestanden.export_hulp.csv": "One CSV file per table, with ; and a decimal comma.",
        "bestanden.export_hulp.kumu": "Partners and streams for Kumu; dependencies, interests and positions are left out.",
        "bestanden.export_hulp.gexf": "The network for Gephi, with balance and class per partner.",
        "bestanden.export_hulp.graphml": "The network for other network tools, with balance and class.",
        "bestanden.export_hulp.html": "Map, legend, balance and signals in one file; works offline and prints.",
        "bestanden.export_fout": "This format could not be made: {fout}",
        "bestanden.sjabloon": "Empty Excel template",
        "bestanden.sjabloon_knop": "Download the empty template (.xlsx)",
        "bestanden.sjabloon_hulp": (
            "Fill in partners, streams, dependencies and interests in Excel, with dropdowns; "
            "then open the file above. Sheet and column names stay Dutch."
        ),
        "bestanden.png": "Picture of the map (PNG)",
        "bestanden.png_hulp": "Pan and zoom the map until it looks right, then download exactly what you see.",
        "bestanden.png_knop": "Download as PNG",
        "bestanden.png_geen_kaart": "There is no map on the screen yet; wait a moment and try again.",
        "bestanden.sjabloon.uitleg": (
            "Systeemkaart: empty template\n"
            "Fill in the sheets Kaart, Partners, Stromen, Afhankelijkheden and Belangen and open "
            "the file in Systeemkaart (page Files). Keep the Dutch sheet and column names.\n"
            "Kaart: the title (titel), the shared task (opgave) and an explanation (toelichting), "
            "in column waarde.\n"
            "Partners: one row per partner. naam (name) is required; id (the last column) may "
            "stay empty (the name is then the id). type: organisatie, team or persoon. invloed (influence): 0 to 5.\n"
            "Stromen (streams): what goes from a partner (or the opgave) to a partner (or the "
            "opgave). van (from) and naar (to): pick a partner or opgave. soort (kind): pick or "
            "type your own word. waarde (weight): 1 (small) to 5 (essential). tastbaar "
            "(tangible): ja or nee.\n"
            "Afhankelijkheden (dependencies): partner depends on afhankelijk_van, waarvoor (for "
            "what), sterkte (strength) 1 to 5.\n"
            "Belangen (interests): partner, omschrijving (description), soort (organisatie or "
            "persoonlijk), houding (steunt, neutraal or schuurt).\n"
            "Keep the column names in row 1. Empty rows are skipped. Numbers may use a comma "
            "(3,0).\n"
            "The weights are your perception, not an objective measure."
        ),
        "bestanden.sjabloon.ander_woord": "This word is not in the list; that is allowed.",
        "bestanden.sjabloon.heel": "Enter a whole number from {laag} to {hoog}.",
        "bestanden.sjabloon.fout_titel": "Invalid value",
        "handout.kaart": "The map",
        "handout.balans": "What each partner brings and takes",
        "handout.tabel": "Balance per partner",
        "handout.signalen": "Signals",
        "handout.brengt": "brings",
        "handout.haalt": "takes",
        "handout.voet": (
            "Made with Systeemkaart. The weights are the perception of whoever made the map, "
            "not an objective measure."
        ),
        # --- Hand-out scenarios (systeem/weergave/handout.py).
        "handout.scenarios": "Scenarios",
        "handout.scenarios.inleiding": (
            "What-if scenarios for this map. The map and the balance above are without any "
            "scenario; for each scenario, here are its interventions, in order, and the "
            "partners whose balance changes."
        ),
        "handout.scenarios.uit": "switched off",
        "handout.scenarios.leeg": "This scenario has no interventions yet.",
        "handout.scenarios.geen_verschil": "No partner's balance changes.",
        "handout.scenarios.balans_voor": "Balance before",
        "handout.scenarios.balans_na": "Balance after",
        "handout.scenarios.klasse": "Class before → after",
        "handout.scenarios.nieuw": "new",
        "handout.scenarios.vertrokken": "left",
        # The Scenarios blad, a line in the Excel template's Uitleg (systeem/bestanden/excel.py).
        "bestanden.sjabloon.scenarios": (
            "Scenarios (not in this template; an export from Systeemkaart writes the sheet): "
            "one row per intervention with scenario (the name), stap (step 1, 2, ...: the "
            "order), aan (on: ja or nee), zet (the move: ambitie, bijdrage, compenseren, derde, "
            "kostenverdeling or vertrek) and the move's fields each in a column of its own, "
            "partners by name (partners and gewichten: one per line, such as Gemeente: 3). The "
            "streams of a third party follow it, each on a row of its own without a zet. A row "
            "with only a name is a scenario without interventions. Column uitleg is only to "
            "read."
        ),
        # --- Hand-out pijlers (systeem/weergave/handout.py).
        "handout.pijlers": "Pillar scan",
        "handout.pijlers.inleiding": (
            "How strong are the eight pillars of this collaboration? Scores by {beoordelaars}, "
            "from 1 (weak) to 5 (strong). A score is a perception, not a measurement: where "
            "the views differ, that is where the conversation is."
        ),
        "handout.pijlers.een_beoordelaar": "one rater",
        "handout.pijlers.beoordelaars": "{aantal} raters",
        "handout.pijlers.radar": "Average per pillar",
        "handout.pijlers.radar_uitleg": (
            "Each spoke is a pillar, from 1 in the centre to 5 at the edge. A gap in the line "
            "is a pillar nobody scored."
        ),
        "handout.pijlers.kolom.dimensie": "Dimension",
        "handout.pijlers.kolom.pijler": "Pillar",
        "handout.pijlers.kolom.gemiddelde": "Average",
        "handout.pijlers.kolom.aantal": "Number of scores",
        "handout.pijlers.kolom.bereik": "Lowest–highest",
        "handout.pijlers.zwakste": "Weakest pillars",
        "handout.pijlers.zwakste_uitleg": (
            "The pillars with the lowest average (all of them on a tie), with the tension of "
            "their dimension as a question for the conversation."
        ),
        "handout.pijlers.cijfer": "average {gemiddelde}, scored {aantal}×",
        "handout.pijlers.spanning": "Dimension {dimensie}: {spanning}",
        # The Pijlers blad, a line in the Excel template's Uitleg (systeem/bestanden/excel.py).
        "bestanden.sjabloon.pijlers": (
            "Pijlers (pillars; may stay empty): the pillar scan, one row per rater and pillar. "
            "beoordelaar (rater): the name of who scores. pijler (pillar): mindset, "
            "speelruimte, vertrouwen, dialoog, structuur, transparantie, kennis or "
            "doelstelling. score: 1 (weak) to 5 (strong); empty is not scored. notitie "
            "(note): free text. An export from Systeemkaart adds column pijlernaam (the "
            "pillar's name); it is only to read."
        ),
        # --- Presenteren page (systeemkaart/paginas/presenteren.py).
        "presenteren.partner": "Partner",
        "presenteren.stap": "Step",
        "presenteren.stap.1": "1 · Partners",
        "presenteren.stap.2": "2 · Streams",
        "presenteren.stap.3": "3 · Balance",
        "presenteren.pseudoniemen": "Hide names",
        "presenteren.stoppen": "Stop",
        "presenteren.uit_balans": "Out of balance",
        "presenteren.niemand_uit_balans": "No one is out of balance.",
        "presenteren.cijfers": "brings {brengen}, takes {halen}",
        "presenteren.keuze.titel": "Present",
        "presenteren.keuze.uitleg": "First choose how the partners are named. Until you "
        "choose, this page shows nothing of the map. With pseudonyms the partners are "
        "called Partner A, Partner B and so on, in the title, the shared task and the notes too.",
        "presenteren.keuze.pseudoniemen": "With pseudonyms (Partner A, B, …)",
        "presenteren.keuze.echt": "With the real names",
        # --- Kwadranten (systeem/analyses/kwadrant.py).
        "kwadrant.invloedrijke_gever.titel": "Influential giver",
        "kwadrant.invloedrijke_gever.uitleg": (
            "This partner brings in more than it takes out, and has enough weight to act on "
            "that. Such a partner can hold the collaboration hostage with demands, or leave "
            "loudly and pull others along. Question for the room: what does this partner need "
            "to get back to stay, and who dares to open that conversation?"
        ),
        "kwadrant.invloedrijke_haler.titel": "Influential taker",
        "kwadrant.invloedrijke_haler.uitleg": (
            "This partner takes at least as much out of the collaboration as it brings in, and "
            "has a lot of influence. When the gap is large, others experience it as unfair: "
            "friction grows, and so do calls for tighter agreements and control. Question for "
            "the room: what could this partner contribute or make good, so that others see its "
            "influence as earned?"
        ),
        "kwadrant.stille_gever.titel": "Quiet giver",
        "kwadrant.stille_gever.uitleg": (
            "This partner gives more than it gets, but has little influence to raise the "
            "matter. It is more likely to withdraw quietly: fewer people at the table, slower "
            "replies, until one day it is gone. Question for the room: what sign would tell us "
            "this partner is dropping out, and who will ask it what it needs?"
        ),
        "kwadrant.stille_haler.titel": "Quiet taker",
        "kwadrant.stille_haler.uitleg": (
            "This partner takes at least as much as it brings, but hardly stands out. Often it "
            "is a free rider nobody names, while irritation grows among the givers. Question "
            "for the room: who benefits here without contributing much, and what keeps us from "
            "saying so out loud?"
        ),
        # Stromen changed by a scenario, marked on the map (systeem/weergave.py).
        "weergave.gewijzigd": " (changed in this scenario)",
        "legenda.gewijzigd": "Glow: stream changed in this scenario",
        "cli.partner": "Partner",
        "cli.brengen": "Brings",
        "cli.halen": "Takes",
        "cli.balans": "Balance",
        "cli.klasse": "Class",
        "cli.drempel": "Threshold",
        "cli.signalen": "Signals",
        "cli.geen_signalen": "No signals.",
        "cli.geschreven": "Written: {pad}",
        # --- Interventies page (systeemkaart/paginas/interventies.py).
        "interventies.voorstellen.kies": "Suggestions for one partner ({aantal} out of balance)",
        "interventies.voorstellen.eerste": "the first {aantal} suggestions",
        "nav.interventies": "Interventions",
        "interventies.titel": "Interventions",
        "interventies.uitleg": (
            "Try moves and watch the balance shift: compensate a partner, adjust a "
            "contribution, adjust the ambition, bring in a third party or agree on a "
            "cost-sharing key. The map itself does not change: the moves live in scenarios "
            "that are saved with the map."
        ),
        "interventies.inschatting": (
            "The weights are the mapper's perception, for illustration; not an objective "
            "measure. A scenario shows how the balance shifts, not what will really happen."
        ),
        "interventies.tab.scenario": "Scenario",
        "interventies.tab.vertrek": "What if … leaves",
        "interventies.tab.macht": "Power and influence",
        "interventies.leeg": (
            "A scenario is a series of what-if moves on top of your map; the map itself stays "
            "as it is. Make one with ‘New scenario’ above, or click a suggestion below."
        ),
        "interventies.scenario.kies": "Scenario",
        "interventies.scenario.op": "Move scenario up",
        "interventies.scenario.neer": "Move scenario down",
        "interventies.scenario.weg": "Delete scenario (can be undone)",
        "interventies.scenario.naam": "Scenario name",
        "interventies.scenario.naam_hulp": (
            "Type a name and click ‘New scenario’ to start one, or ‘Rename’ to give the "
            "chosen scenario this name."
        ),
        "interventies.scenario.nieuw": "New scenario",
        "interventies.scenario.hernoem": "Rename",
        "interventies.scenario.standaard": "Scenario {n}",
        "interventies.scenario.bestaat": (
            'There is already a scenario called "{naam}". Choose another name.'
        ),
        "interventies.scenario.naam_leeg": "First type the new name in the name field.",
        "interventies.scenario.gemaakt": 'Scenario "{naam}" created.',
        "interventies.scenario.hernoemd": 'Scenario "{oud}" is now called "{naam}".',
        "interventies.scenario.verplaatst": 'Scenario "{naam}" moved.',
        "interventies.scenario.verwijderd": 'Scenario "{naam}" deleted. Changed your mind? Undo.',
        "interventies.lijst.kop": "Moves in this scenario",
        "interventies.lijst.leeg": "No moves yet. Add a suggestion, or choose a move below.",
        "interventies.aan": "on",
        "interventies.op": "Earlier",
        "interventies.neer": "Later",
        "interventies.weg": "Remove",
        "interventies.aangezet": "The move is on again.",
        "interventies.uitgezet": "The move is off.",
        "interventies.verplaatst": "Order changed.",
        "interventies.verwijderd": "Move removed.",
        "interventies.toegevoegd": 'Added to "{naam}".',
        "interventies.voorstellen.kop": "Suggestions",
        "interventies.voorstellen.uitleg": (
            "For each partner out of balance, the smallest move that brings it back within the "
            "threshold without putting another partner out of balance; each suggestion says "
            "what it does to the others. Computed on the map with the chosen scenario: one "
            "click adds a suggestion to the scenario, and then it disappears here."
        ),
        "interventies.voorstellen.geen": "No one is out of balance: nothing to suggest.",
        "interventies.voorstellen.geen_scenario": (
            "With this scenario no one is out of balance any more: nothing left to suggest."
        ),
        "interventies.voorstellen.geen_zet": (
            "For {namen} there is no move of at most {max} points that puts no one else out "
            "of balance."
        ),
        "interventies.voeg_toe": "Add",
        "interventies.nieuw.kop": "Add a move yourself",
        "interventies.nieuw.zet": "Which move?",
        "interventies.nieuw.uitleg.ambitie": (
            "Make the pie bigger: the shared task gives (all or chosen) partners more back, or a "
            "new shared benefit is added."
        ),
        "interventies.nieuw.uitleg.bijdrage": (
            "A partner brings more or less: a number of points more or fewer, or everything "
            "a percentage more or less."
        ),
        "interventies.nieuw.uitleg.compenseren": (
            "A partner that gives a lot gets something back from another partner or from the "
            "shared task."
        ),
        "interventies.nieuw.uitleg.derde": (
            "A new party joins, such as a legislator or funder, with what it brings and takes."
        ),
        "interventies.nieuw.uitleg.kostenverdeling": (
            "The money the partners put into the shared task, shared out again by a key."
        ),
        "interventies.nieuw.uitleg.vertrek": (
            "A partner leaves, with everything it brought and took."
        ),
        "interventies.nieuw.geen_partners": "First put partners on the map (Edit page).",
        "interventies.nieuw.knop": "Add to the scenario",
        "interventies.kies": "Choose …",
        "interventies.alle": "All partners",
        "interventies.onbekend": "unknown",
        "interventies.veld.partner": "Partner",
        "interventies.veld.partners": "For which partners (empty = everyone)",
        "interventies.veld.partners_pot": "Among which partners (empty = everyone)",
        "interventies.veld.factor_terug": "What the shared task gives back: change in % (−100 to +400)",
        "interventies.veld.procent_hulp": (
            "0 = as now, +50 = half as much again, −50 = half as much, −100 = nothing. Each "
            "stream is then rounded to whole points (1–5 per stream)."
        ),
        "interventies.veld.waarde_voordeel": "New shared benefit: points per partner (0–5)",
        "interventies.veld.waarde_voordeel_hulp": (
            "Points count as the weight of a stream (1 = small, 5 = essential). 0 = no new "
            "benefit; otherwise each chosen partner gets a stream of that many points from the "
            "shared task."
        ),
        "interventies.veld.soort_voordeel": "Kind of the new benefit",
        "interventies.veld.omschrijving": "Description (optional)",
        "interventies.veld.hoe": "How does the contribution change?",
        "interventies.veld.hoe.punten": "by points",
        "interventies.veld.hoe.factor": "by a percentage",
        "interventies.veld.punten_bijdrage": "Points more or less (−50 to +50)",
        "interventies.veld.punten_bijdrage_hulp": (
            "Points count as the weight of a stream (a stream weighs 1 to 5). −3: three points "
            "less, from the largest streams first. +2: a new stream of weight 2 to the shared "
            "task (or to the chosen partner)."
        ),
        "interventies.veld.factor": "Change in % (−100 to +400)",
        "interventies.veld.naar": "Only what goes to … (empty = everything)",
        "interventies.veld.soort_filter": "Only this kind (empty = all)",
        "interventies.veld.ontvanger": "Who gets the compensation?",
        "interventies.veld.vertrekker": "Which partner leaves?",
        "interventies.veld.van": "From whom?",
        "interventies.veld.soort": "Kind",
        "interventies.veld.punten": "Points (1–50)",
        "interventies.veld.punten_hulp": (
            "Points count as the weight of a stream: a stream weighs 1 (small) to 5 "
            "(essential). 3 points are as much as one stream of weight 3; more than 5 points "
            "become several streams (8 = 5 + 3)."
        ),
        "interventies.veld.naam_derde": "Name of the third party",
        "interventies.veld.type": "Type",
        "interventies.type.organisatie": "organisation",
        "interventies.type.team": "team",
        "interventies.type.persoon": "person",
        "interventies.veld.sector": "Sector (optional)",
        "interventies.veld.invloed": "Influence (0–5, optional)",
        "interventies.veld.stromen_uitleg": (
            "What the third party brings and takes: one line per stream."
        ),
        "interventies.veld.richting": "Brings or takes",
        "interventies.richting.brengt": "brings to",
        "interventies.richting.haalt": "takes from",
        "interventies.veld.met": "Partner",
        "interventies.veld.waarde": "Weight (1–5)",
        "interventies.veld.sleutel": "Cost-sharing key",
        "interventies.sleutel.eigen": "each its own costs",
        "interventies.sleutel.gelijk": "equal shares",
        "interventies.sleutel.gebruik": "by use",
        "interventies.sleutel.grootte": "by size",
        "interventies.veld.grootte": "Size",
        "interventies.veld.grootte_uitleg": (
            "Size per partner, filled in with its influence. An empty size counts as the "
            "influence (or 0)."
        ),
        "interventies.fout.kop": "This move was not added:",
        "interventies.fout.leeg": 'Please choose or fill in "{veld}".',
        "interventies.fout.nul": '"{veld}": 0 changes nothing; choose another number.',
        "interventies.fout.factor_een": '"{veld}": 0% changes nothing; choose another percentage.',
        "interventies.fout.zelfde": '"{veld}": choose a partner other than the partner itself.',
        "interventies.fout.ambitie_niets": (
            "This move changes nothing: choose a change other than 0%, or points for the new "
            "benefit."
        ),
        "interventies.fout.naam_bezet": (
            'There is already a partner "{naam}" on the map; choose another name.'
        ),
        "interventies.fout.rij": "Streams, row {rij}",
        "interventies.fout.waarde": "a whole number from 1 to 5",
        "interventies.fout.kies": "choose one",
        "interventies.fout.grootte": "{naam}, {veld}: a number of 0 or more",
        "interventies.voor_na.kop": "Before and after",
        "interventies.voor_na.leeg": (
            "Choose or start a scenario to see the map before and after its moves here."
        ),
        "interventies.m.uit_balans": "Out of balance",
        "interventies.m.uit_balans_hulp": (
            "Partners that give far more than they take, or the other way round (and their "
            "share of the partners with streams)."
        ),
        "interventies.m.geeft_veel_meer": "Give far more",
        "interventies.m.haalt_veel_meer": "Take far more",
        "interventies.m.spreiding": "Spread",
        "interventies.m.spreiding_hulp": (
            "How far the balances lie apart (standard deviation); lower is more even."
        ),
        "interventies.m.was": "was {waarde}",
        "interventies.pijlen.uitleg": (
            "Per partner an arrow from its balance before (grey ring) to its balance after "
            "(triangle, in the colour of its new class). The green band is 'in balance'."
        ),
        "interventies.pijlen.as": "Balance (− gives more, + takes more)",
        "interventies.kolom.partner": "Partner",
        "interventies.kolom.balans": "Balance",
        "interventies.kolom.balans_voor": "Balance before",
        "interventies.kolom.balans_na": "Balance after",
        "interventies.kolom.klasse": "Class",
        "interventies.kolom.klasse_voor": "Before",
        "interventies.kolom.klasse_na": "After",
        "interventies.wissels.kop": "Who changes class",
        "interventies.wissels.geen": "No one changes class.",
        "interventies.wissels.nieuw": "new",
        "interventies.wissels.weg": "left",
        "interventies.kaart.kop": 'The map in the scenario "{naam}"',
        "interventies.kaart.uitleg": "Streams this scenario adds or changes are highlighted.",
        "interventies.vertrek.uitleg": (
            "What happens when a partner leaves? Who misses which streams, which dependencies "
            "break, does the network fall apart, and how does the balance of the others shift?"
        ),
        "interventies.vertrek.geen_partners": "There are no partners on the map yet.",
        "interventies.vertrek.kies": "What if this partner leaves?",
        "interventies.vertrek.stromen_kop": "Who misses what without {naam}",
        "interventies.vertrek.geen_stromen": "{naam} has no streams; no one misses anything.",
        "interventies.vertrek.kreeg": "Got from {naam}",
        "interventies.vertrek.gaf": "Gave to {naam}",
        "interventies.vertrek.afh_kop": "Dependencies that fall away",
        "interventies.vertrek.geen_afh": "No dependencies involving {naam}.",
        "interventies.vertrek.afh_regel": "{partner} depended on {van}{waarvoor} (strength {sterkte})",
        "interventies.vertrek.waarvoor": " for {waarvoor}",
        "interventies.vertrek.netwerk_kop": "Does the network hold together?",
        "interventies.vertrek.splitst": "Without {naam} the network falls apart into {aantal} parts:",
        "interventies.vertrek.heel": "Without {naam} the network stays in one piece.",
        "interventies.vertrek.balans_kop": "The balance of the others",
        "interventies.vertrek.bewaar": "Keep as scenario",
        "interventies.vertrek.scenario": "Without {naam}",
        "interventies.macht.asym_kop": "Who depends on whom",
        "interventies.macht.asym_uitleg": (
            "Per pair: how much more the row depends on the column than the other way round. "
            "Red: the row needs the column more; blue: the column needs the row more."
        ),
        "interventies.macht.asym_groot": (
            "More than {max} partners: too large for a matrix. Below, the pairs with the largest "
            "difference."
        ),
        "interventies.macht.as_rij": "Row (depends)",
        "interventies.macht.as_kolom": "Column (what the row depends on)",
        "interventies.macht.op": "Strength row on column",
        "interventies.macht.terug": "Strength column on row",
        "interventies.macht.verschil": "Difference",
        "interventies.macht.afhankelijk": "Depends more",
        "interventies.macht.van": "On",
        "interventies.macht.geen_afh": (
            "This map has no dependencies yet. Fill them in on the Edit page."
        ),
        "interventies.macht.macht_kop": "Whom many depend on",
        "interventies.macht.macht_uitleg": (
            "Power: the summed strength with which others depend on a partner, minus that of its "
            "own dependencies."
        ),
        "interventies.macht.kolom.partner": "Partner",
        "interventies.macht.kolom.afhankelijken": "Partners depending on it",
        "interventies.macht.kolom.afhankelijk_van": "Itself depends on",
        "interventies.macht.kolom.macht": "Power",
        "interventies.macht.niemand": "No one depends on anyone else.",
        "interventies.macht.eenzijdig_kop": "One-sided dependencies",
        "interventies.macht.eenzijdig_uitleg": (
            "Strongly dependent (4 or 5), while the other depends back weakly at most (0 or 1)."
        ),
        "interventies.macht.geen_eenzijdig": "No one-sided dependencies.",
        "interventies.macht.eenzijdig_regel": (
            "{partner} depends strongly on {van}{waarvoor} (strength {sterkte}, back {terug})"
        ),
        "interventies.kwadrant.kop": "Influence and balance",
        "interventies.kwadrant.uitleg": (
            "Each partner's influence (0–5) against its balance. Above the dotted line: "
            "influence {hoog} or more. On the left a partner gives more than it takes; on the "
            "right it takes at least as much as it brings."
        ),
        "interventies.kwadrant.leeg": (
            "No partner has both an influence and streams. Fill in the influence on the Edit page."
        ),
        "interventies.kwadrant.buiten": (
            "Not in the chart (no influence filled in, or no streams): {namen}."
        ),
        "interventies.kwadrant.as_balans": "Balance (− gives more, + takes more)",
        "interventies.kwadrant.as_invloed": "Influence",
        "interventies.kwadrant.kwadrant": "Quadrant",
        # --- Leesbare modus (systeem/weergave.py).
        "weergave.leesbaar": (
            "Large map ({aantal} partners): names appear when you hover over a partner."
        ),
        # --- Pijlers (systeem/analyses/pijlers.py, systeemkaart/paginas/pijlers.py).
        "nav.pijlers": "Pillars",
        # The eight pillars and four dimensions, explained in our own words.
        "pijlers.pijler.mindset.naam": "A mindset geared to chain collaboration",
        "pijlers.pijler.mindset.kort": "Mindset",
        "pijlers.pijler.mindset.uitleg": (
            "People look beyond their own organisation: they see the chain as the whole in "
            "which their work makes sense, and they act on it."
        ),
        "pijlers.pijler.speelruimte.naam": "Room to act, bounded by the shared goal",
        "pijlers.pijler.speelruimte.kort": "Room to act",
        "pijlers.pijler.speelruimte.uitleg": (
            "Whoever works in the chain on behalf of an organisation may depart from its "
            "own rules and routines for the shared goal, within limits agreed beforehand."
        ),
        "pijlers.pijler.vertrouwen.naam": "Trust between chain partners",
        "pijlers.pijler.vertrouwen.kort": "Trust",
        "pijlers.pijler.vertrouwen.uitleg": (
            "Partners count on each other to do what was agreed and not to abuse what they "
            "know or can do. Where that is missing, the pile of contracts and checks grows."
        ),
        "pijlers.pijler.dialoog.naam": "Dialogue across organisations",
        "pijlers.pijler.dialoog.kort": "Dialogue",
        "pijlers.pijler.dialoog.uitleg": (
            "People from the different organisations talk directly and openly about what "
            "works and what chafes, not only through the hierarchy or on paper."
        ),
        "pijlers.pijler.structuur.naam": "A chain structure above the organisations",
        "pijlers.pijler.structuur.kort": "Structure",
        "pijlers.pijler.structuur.uitleg": (
            "Above the organisations it is settled who directs, who decides what, how money "
            "and information flow and how a conflict is resolved. So the collaboration "
            "stands when people leave."
        ),
        "pijlers.pijler.transparantie.naam": "Transparency about results",
        "pijlers.pijler.transparantie.kort": "Transparency",
        "pijlers.pijler.transparantie.uitleg": (
            "The partners show what the chain delivers and where it falters, with figures "
            "open to all. Then they can hold each other to results without looking for "
            "someone to blame."
        ),
        "pijlers.pijler.kennis.naam": "Knowledge of the chain",
        "pijlers.pijler.kennis.kort": "Knowledge",
        "pijlers.pijler.kennis.uitleg": (
            "The partners know how the chain runs: who does what, where work changes hands "
            "and what their own work means for the next link."
        ),
        "pijlers.pijler.doelstelling.naam": "A clear and inspiring chain goal",
        "pijlers.pijler.doelstelling.kort": "Shared goal",
        "pijlers.pijler.doelstelling.uitleg": (
            "There is one goal that everyone explains the same way and that feels worth "
            "the effort. It points the way when interests clash."
        ),
        "pijlers.dimensie.cultureel.naam": "Cultural",
        "pijlers.dimensie.cultureel.spanning": "will or resistance?",
        "pijlers.dimensie.cultureel.uitleg": (
            "Do the people and their organisations really want this collaboration, or do "
            "habits and self-interest hold it back?"
        ),
        "pijlers.dimensie.relationeel.naam": "Relational",
        "pijlers.dimensie.relationeel.spanning": "together or solo?",
        "pijlers.dimensie.relationeel.uitleg": (
            "Do the partners seek each other out and wish each other well, or does each "
            "mostly work for itself?"
        ),
        "pijlers.dimensie.procedureel.naam": "Procedural",
        "pijlers.dimensie.procedureel.spanning": "order or chaos?",
        "pijlers.dimensie.procedureel.uitleg": (
            "Are roles, decisions and information arranged across the organisations, or "
            "does it depend on chance and good will?"
        ),
        "pijlers.dimensie.inhoudelijk.naam": "Substantive",
        "pijlers.dimensie.inhoudelijk.spanning": "agree or disagree?",
        "pijlers.dimensie.inhoudelijk.uitleg": (
            "Do the partners share one picture of the chain and of what it is for, or do "
            "they talk past each other?"
        ),
        # The Pijlers page.
        "pijlers.titel": "Pillars",
        "pijlers.uitleg": (
            "The pillar scan: where does the collaboration stand on the eight pillars of "
            "chain collaboration? One or more raters give each pillar a score from 1 (weak) "
            "to 5 (strong), with a note if they like; skipping a pillar is fine."
        ),
        "pijlers.inschatting": (
            "A score is the view of whoever gives it, not a measurement. Where the views "
            "differ is where there is most to talk about."
        ),
        "pijlers.leeg": "Nobody has scored the pillars yet. Add the first rater to begin.",
        "pijlers.beoordelaar": "Rater",
        "pijlers.naam": "Name",
        "pijlers.naam.eerste": "Name of the first rater",
        "pijlers.naam.placeholder": "for example Anna, or Municipality",
        "pijlers.toevoegen": "Add",
        "pijlers.hernoem": "Rename",
        "pijlers.hernoem_hulp": "Give the chosen rater the name in the name field.",
        "pijlers.weg_hulp": "Remove the chosen rater with all their scores (you can undo this).",
        "pijlers.toegevoegd": "Rater {naam} added.",
        "pijlers.hernoemd": "{oud} is now called {naam}.",
        "pijlers.verwijderd": "Rater {naam} and their scores were removed.",
        "pijlers.fout.naam_leeg": "Fill in a name for the rater first.",
        "pijlers.fout.naam_bestaat": "There already is a rater named {naam}; choose another name.",
        "pijlers.fout.kop": "This was not saved:",
        "pijlers.scoren.kop": "Scores of {naam}",
        "pijlers.scoren.uitleg": (
            "{aantal} of the {totaal} pillars scored. 1 = weak, 5 = strong; click the chosen "
            "score again to clear it."
        ),
        "pijlers.score_hulp": (
            "1 = weak, 5 = strong. Click the chosen score again to clear it (not scored)."
        ),
        "pijlers.notitie": "Note",
        "pijlers.niet_gescoord": "not scored",
        "pijlers.notitie_leeg": "Note (optional)",
        "pijlers.gemiddeld": "Average",
        "pijlers.geen_scores": (
            "No scores yet. Pick a score from 1 to 5 for a pillar on the left; the charts "
            "appear here."
        ),
        "pijlers.radar.kop": "The eight pillars",
        "pijlers.radar.uitleg": (
            "Each spoke is a pillar, from 1 in the centre to 5 at the edge. One line per "
            "rater, the thick line is the average; a gap in a line is a pillar not scored."
        ),
        "pijlers.zwak.kop": "Weakest pillars",
        "pijlers.zwak.uitleg": "The pillars with the lowest average (all of them on a tie).",
        "pijlers.zwak.cijfer": "average {gemiddelde} (scored {aantal}×)",
        "pijlers.dim.kop": "Four dimensions",
        "pijlers.dim.uitleg": (
            "Our own rendering of the model: the four dimensions as quadrants, each with "
            "its tension, coloured by the average of its two pillars (red is weak, green is "
            "strong, grey is not scored yet)."
        ),
        "pijlers.dim.cijfer": "average {gemiddelde}",
        "pijlers.spreiding.kop": "Spread per pillar",
        "pijlers.spreiding.uitleg": (
            "Where the views differ, that is where the conversation is. The bar runs from "
            "the lowest to the highest score, each dot is a rater, the tick the average; "
            "the largest differences come first."
        ),
        "pijlers.spreiding.verschil": "difference {verschil}",
        "pijlers.spreiding.een": "With one rater there is no spread yet: add a second.",
        "pijlers.spreiding.gesprek": "Furthest apart: {pijlers}.",
        "pijlers.spreiding.van_tot": "{naam} (from {laagste} to {hoogste})",
        "pijlers.spreiding.eens": "The raters give every pillar the same score.",
        "pijlers.kolom.beoordelaar": "Rater",
        "pijlers.kolom.pijler": "Pillar",
        "pijlers.kolom.score": "Score",
        "pijlers.kolom.dimensie": "Dimension",
        "pijlers.kolom.spanning": "Tension",
        "pijlers.kolom.gemiddelde": "Average",
        "pijlers.kolom.laagste": "Lowest",
        "pijlers.kolom.hoogste": "Highest",
        "pijlers.kolom.spreiding": "Spread",
        "pijlers.kolom.aantal": "Number of scores",
        "pijlers.tabel.kop": "All scores as a table",
        "pijlers.tabel.uitleg": (
            "Handy for copying the scores from a flip chart: one row per rater and pillar. "
            "An empty score is not scored; a row without score and note disappears."
        ),
        "pijlers.tabel.bewaard": "Scores updated.",
    },
}


def tekst(sleutel: str, taal: str = "nl", **waarden: object) -> str:
    """Return the string ``sleutel`` in ``taal`` with ``{placeholders}`` filled in.

    Parameters
    ----------
    sleutel : the key, such as ``"klasse.in_balans"``.
    taal : ``"nl"`` (default) or ``"en"``; a key missing in English falls back to Dutch.
    waarden : values for the placeholders.

    Raises
    ------
    KeyError
        when the key does not exist in Dutch (a programming error, caught by the tests).

    Example
    -------
    >>> tekst("klasse.in_balans"), tekst("klasse.in_balans", "en")
    ('in balans', 'in balance')
    """
    sjabloon = TEKSTEN.get(taal, {}).get(sleutel) or TEKSTEN["nl"][sleutel]
    return sjabloon.format(**waarden) if waarden else sjabloon


def aantal_punten(n: int, taal: str = "nl") -> str:
    """Return a number of points with the right word: one point, several points.

    Example
    -------
    >>> aantal_punten(1), aantal_punten(3), aantal_punten(1, "en"), aantal_punten(-2, "en")
    ('1 punt', '3 punten', '1 point', '-2 points')
    """
    return tekst("punten.een" if abs(n) == 1 else "punten.meer", taal, n=n)


#: The kaart's fixed vocabularies and where their words are in :data:`TEKSTEN`: a soort of
#: stroom, a partner type, the kind of a belang, a houding.
WOORDGROEPEN = {
    "soort": "soort.",
    "type": "invoeren.type.",
    "belang": "invoeren.belang.",
    "houding": "invoeren.houding.",
}


def woord(groep: str, waarde: object, taal: str = "nl") -> str:
    """Return a word of the kaart's vocabulary as the interface in ``taal`` shows it.

    The kaart keeps its Dutch words (``geld``, ``organisatie``); only what is shown
    changes.  A word outside the vocabulary (a soort the user made up) is shown as it is.

    Parameters
    ----------
    groep : ``"soort"``, ``"type"``, ``"belang"`` or ``"houding"`` (:data:`WOORDGROEPEN`).
    waarde : the word as the kaart stores it.
    taal : ``"nl"`` or ``"en"``.

    Example
    -------
    >>> woord("soort", "geld", "en"), woord("type", "persoon", "en"), woord("soort", "draagvlak", "en")
    ('money', 'person', 'draagvlak')
    """
    sleutel = WOORDGROEPEN[groep] + str(waarde)
    return TEKSTEN.get(taal, {}).get(sleutel) or TEKSTEN["nl"].get(sleutel) or str(waarde)


def woordenlijst(groep: str, taal: str = "nl") -> dict[str, str]:
    """Return the whole vocabulary ``groep`` as ``{stored word: shown word}`` in ``taal``.

    For tables and charts: ``reeks.replace(woordenlijst("soort", taal))`` translates a
    column in one step and leaves words outside the vocabulary as they are.

    Example
    -------
    >>> woordenlijst("houding", "en")
    {'steunt': 'supports', 'neutraal': 'neutral', 'schuurt': 'chafes'}
    """
    voorvoegsel = WOORDGROEPEN[groep]
    return {
        sleutel[len(voorvoegsel) :]: tekst(sleutel, taal)
        for sleutel in TEKSTEN["nl"]
        if sleutel.startswith(voorvoegsel)
    }


def getal(waarde: object, taal: str = "nl", cijfers: int = 2, teken: bool = False) -> str:
    """Return a number as ``taal`` writes it: a decimal comma in Dutch, a point in English.

    Parameters
    ----------
    waarde : the number; a missing value (None, NaN, NA) gives "–".
    taal : ``"nl"`` or ``"en"``.
    cijfers : digits after the decimal sign.
    teken : always show the sign (``+0,25``).

    Example
    -------
    >>> getal(-0.25, "nl", teken=True), getal(3.0, "en", cijfers=1), getal(None)
    ('-0,25', '3.0', '–')
    """
    if waarde is None or str(waarde) in ("nan", "<NA>"):  # None, NaN, pd.NA
        return "–"
    opgemaakt = f"{waarde:+.{cijfers}f}" if teken else f"{waarde:.{cijfers}f}"
    return opgemaakt.replace(".", ",") if taal == "nl" else opgemaakt
