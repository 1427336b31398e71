"""Teksten: the Interventies page, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "interventies.voorstellen.kies": {
        "nl": "Voorstellen voor een partner ({aantal} uit balans)",
        "en": "Suggestions for one partner ({aantal} out of balance)",
    },
    "interventies.voorstellen.eerste": {
        "nl": "de eerste {aantal} voorstellen",
        "en": "the first {aantal} suggestions",
    },
    "interventies.titel": {
        "nl": "Interventies",
        "en": "Interventions",
    },
    "interventies.uitleg": {
        "nl": "Probeer zetten uit en zie de balans bewegen: compenseer een partner, pas een bijdrage aan, stel de ambitie bij, haal een derde partij erbij of spreek een kostenverdeling af. De kaart zelf verandert niet: de zetten staan in scenario's die met de kaart worden bewaard.",
        "en": "Try moves and watch the balance shift: compensate a partner, adjust a contribution, adjust the ambition, bring in a third party or agree on a cost-sharing key. The map itself does not change: the moves live in scenarios that are saved with the map.",
    },
    "interventies.inschatting": {
        "nl": "De gewichten zijn een inschatting van wie de kaart maakte, ter illustratie; geen objectieve maat. Een scenario laat zien hoe de balans verschuift, niet wat er in werkelijkheid gebeurt.",
        "en": "The weights are the mapper's perception, for illustration; not an objective measure. A scenario shows how the balance shifts, not what will really happen.",
    },
    "interventies.tab.scenario": {
        "nl": "Scenario",
        "en": "Scenario",
    },
    "interventies.tab.vertrek": {
        "nl": "Wat als … vertrekt",
        "en": "What if … leaves",
    },
    "interventies.tab.macht": {
        "nl": "Macht en invloed",
        "en": "Power and influence",
    },
    "interventies.leeg": {
        "nl": "Een scenario is een reeks 'wat als'-zetten bovenop je kaart; de kaart zelf blijft zoals hij is. Maak er een met ‘Nieuw scenario’ hierboven, of klik op een voorstel hieronder.",
        "en": "A scenario is a series of what-if moves on top of your map; the map itself stays as it is. Make one with ‘New scenario’ above, or click a suggestion below.",
    },
    "interventies.scenario.kies": {
        "nl": "Scenario",
        "en": "Scenario",
    },
    "interventies.scenario.op": {
        "nl": "Scenario naar boven",
        "en": "Move scenario up",
    },
    "interventies.scenario.neer": {
        "nl": "Scenario naar beneden",
        "en": "Move scenario down",
    },
    "interventies.scenario.weg": {
        "nl": "Scenario verwijderen (ongedaan maken kan)",
        "en": "Delete scenario (can be undone)",
    },
    "interventies.scenario.naam": {
        "nl": "Naam van het scenario",
        "en": "Scenario name",
    },
    "interventies.scenario.naam_hulp": {
        "nl": "Typ een naam en klik op ‘Nieuw scenario’ om er een te beginnen, of op ‘Naam wijzigen’ om het gekozen scenario zo te noemen.",
        "en": "Type a name and click ‘New scenario’ to start one, or ‘Rename’ to give the chosen scenario this name.",
    },
    "interventies.scenario.nieuw": {
        "nl": "Nieuw scenario",
        "en": "New scenario",
    },
    "interventies.scenario.hernoem": {
        "nl": "Naam wijzigen",
        "en": "Rename",
    },
    "interventies.scenario.standaard": {
        "nl": "Scenario {n}",
        "en": "Scenario {n}",
    },
    "interventies.scenario.bestaat": {
        "nl": 'Er is al een scenario met de naam "{naam}". Kies een andere naam.',
        "en": 'There is already a scenario called "{naam}". Choose another name.',
    },
    "interventies.scenario.naam_leeg": {
        "nl": "Typ eerst de nieuwe naam in het naamveld.",
        "en": "First type the new name in the name field.",
    },
    "interventies.scenario.gemaakt": {
        "nl": 'Scenario "{naam}" gemaakt.',
        "en": 'Scenario "{naam}" created.',
    },
    "interventies.scenario.hernoemd": {
        "nl": 'Scenario "{oud}" heet nu "{naam}".',
        "en": 'Scenario "{oud}" is now called "{naam}".',
    },
    "interventies.scenario.verplaatst": {
        "nl": 'Scenario "{naam}" verplaatst.',
        "en": 'Scenario "{naam}" moved.',
    },
    "interventies.scenario.verwijderd": {
        "nl": 'Scenario "{naam}" verwijderd. Toch niet? Klik op Ongedaan maken.',
        "en": 'Scenario "{naam}" deleted. Changed your mind? Undo.',
    },
    "interventies.lijst.kop": {
        "nl": "Zetten in dit scenario",
        "en": "Moves in this scenario",
    },
    "interventies.lijst.leeg": {
        "nl": "Nog geen zetten. Voeg een voorstel toe, of kies hieronder zelf een zet.",
        "en": "No moves yet. Add a suggestion, or choose a move below.",
    },
    "interventies.aan": {
        "nl": "aan",
        "en": "on",
    },
    "interventies.op": {
        "nl": "Eerder",
        "en": "Earlier",
    },
    "interventies.neer": {
        "nl": "Later",
        "en": "Later",
    },
    "interventies.weg": {
        "nl": "Verwijderen",
        "en": "Remove",
    },
    "interventies.aangezet": {
        "nl": "De zet staat weer aan.",
        "en": "The move is on again.",
    },
    "interventies.uitgezet": {
        "nl": "De zet staat uit.",
        "en": "The move is off.",
    },
    "interventies.verplaatst": {
        "nl": "Volgorde aangepast.",
        "en": "Order changed.",
    },
    "interventies.verwijderd": {
        "nl": "Zet verwijderd.",
        "en": "Move removed.",
    },
    "interventies.toegevoegd": {
        "nl": 'Toegevoegd aan "{naam}".',
        "en": 'Added to "{naam}".',
    },
    "interventies.voorstellen.kop": {
        "nl": "Voorstellen",
        "en": "Suggestions",
    },
    "interventies.voorstellen.uitleg": {
        "nl": "Per partner die uit balans is de kleinste zet die hem weer binnen de drempel brengt, zonder een andere partner uit balans te brengen; elk voorstel zegt wat het met de anderen doet. Berekend op de kaart met het gekozen scenario: één klik zet een voorstel in het scenario, en dan verdwijnt het hier.",
        "en": "For each partner out of balance, the smallest move that brings it back within the threshold without putting another partner out of balance; each suggestion says what it does to the others. Computed on the map with the chosen scenario: one click adds a suggestion to the scenario, and then it disappears here.",
    },
    "interventies.voorstellen.geen": {
        "nl": "Niemand is uit balans: er valt niets voor te stellen.",
        "en": "No one is out of balance: nothing to suggest.",
    },
    "interventies.voorstellen.geen_scenario": {
        "nl": "Met dit scenario is niemand meer uit balans: er valt niets meer voor te stellen.",
        "en": "With this scenario no one is out of balance any more: nothing left to suggest.",
    },
    "interventies.voorstellen.geen_zet": {
        "nl": "Voor {namen} is geen zet van hoogstens {max} punten te vinden die niemand anders uit balans brengt.",
        "en": "For {namen} there is no move of at most {max} points that puts no one else out of balance.",
    },
    "interventies.voeg_toe": {
        "nl": "Voeg toe",
        "en": "Add",
    },
    "interventies.nieuw.kop": {
        "nl": "Zelf een zet toevoegen",
        "en": "Add a move yourself",
    },
    "interventies.nieuw.zet": {
        "nl": "Welke zet?",
        "en": "Which move?",
    },
    "interventies.nieuw.uitleg.ambitie": {
        "nl": "Maak de taart groter: de opgave geeft (alle of gekozen) partners meer terug, of er komt een nieuw gedeeld voordeel bij.",
        "en": "Make the pie bigger: the shared task gives (all or chosen) partners more back, or a new shared benefit is added.",
    },
    "interventies.nieuw.uitleg.bijdrage": {
        "nl": "Een partner brengt meer of minder in: een aantal punten erbij of eraf, of alles een percentage meer of minder.",
        "en": "A partner brings more or less: a number of points more or fewer, or everything a percentage more or less.",
    },
    "interventies.nieuw.uitleg.compenseren": {
        "nl": "Een partner die veel geeft, krijgt iets terug van een andere partner of van de opgave.",
        "en": "A partner that gives a lot gets something back from another partner or from the shared task.",
    },
    "interventies.nieuw.uitleg.derde": {
        "nl": "Er komt een nieuwe partij bij, zoals een wetgever of financier, met wat zij brengt en haalt.",
        "en": "A new party joins, such as a legislator or funder, with what it brings and takes.",
    },
    "interventies.nieuw.uitleg.kostenverdeling": {
        "nl": "Het geld dat de partners in de opgave steken, opnieuw verdeeld met een verdeelsleutel.",
        "en": "The money the partners put into the shared task, shared out again by a key.",
    },
    "interventies.nieuw.uitleg.vertrek": {
        "nl": "Een partner stapt eruit, met alles wat hij bracht en haalde.",
        "en": "A partner leaves, with everything it brought and took.",
    },
    "interventies.nieuw.geen_partners": {
        "nl": "Zet eerst partners op de kaart (pagina Invoeren).",
        "en": "First put partners on the map (Edit page).",
    },
    "interventies.nieuw.knop": {
        "nl": "Toevoegen aan het scenario",
        "en": "Add to the scenario",
    },
    "interventies.kies": {
        "nl": "Kies …",
        "en": "Choose …",
    },
    "interventies.alle": {
        "nl": "Alle partners",
        "en": "All partners",
    },
    "interventies.onbekend": {
        "nl": "onbekend",
        "en": "unknown",
    },
    "interventies.veld.partner": {
        "nl": "Partner",
        "en": "Partner",
    },
    "interventies.veld.partners": {
        "nl": "Voor welke partners (leeg = iedereen)",
        "en": "For which partners (empty = everyone)",
    },
    "interventies.veld.kostenverdeling.partners": {
        "nl": "Tussen welke partners (leeg = iedereen)",
        "en": "Among which partners (empty = everyone)",
    },
    "interventies.veld.ambitie.procent": {
        "nl": "Wat de opgave teruggeeft: verandering in % (−100 tot +400)",
        "en": "What the shared task gives back: change in % (−100 to +400)",
    },
    "interventies.veld.procent_hulp": {
        "nl": "0 = zoals nu, +50 = de helft meer, −50 = de helft minder, −100 = niets meer. Elke stroom wordt daarna afgerond op hele punten (1–5 per stroom).",
        "en": "0 = as now, +50 = half as much again, −50 = half as much, −100 = nothing. Each stream is then rounded to whole points (1–5 per stream).",
    },
    "interventies.veld.ambitie.waarde": {
        "nl": "Nieuw gedeeld voordeel: punten per partner (0–5)",
        "en": "New shared benefit: points per partner (0–5)",
    },
    "interventies.veld.ambitie.waarde_hulp": {
        "nl": "Punten tellen als de waarde van een stroom (1 = klein, 5 = essentieel). 0 = geen nieuw voordeel; anders krijgt elke gekozen partner een stroom van zoveel punten uit de opgave.",
        "en": "Points count as the weight of a stream (1 = small, 5 = essential). 0 = no new benefit; otherwise each chosen partner gets a stream of that many points from the shared task.",
    },
    "interventies.veld.soort_voordeel": {
        "nl": "Soort van het nieuwe voordeel",
        "en": "Kind of the new benefit",
    },
    "interventies.veld.omschrijving": {
        "nl": "Omschrijving (mag leeg)",
        "en": "Description (optional)",
    },
    "interventies.veld.hoe": {
        "nl": "Hoe verandert de bijdrage?",
        "en": "How does the contribution change?",
    },
    "interventies.veld.hoe.punten": {
        "nl": "met punten",
        "en": "by points",
    },
    "interventies.veld.hoe.factor": {
        "nl": "met een percentage",
        "en": "by a percentage",
    },
    "interventies.veld.bijdrage.punten": {
        "nl": "Punten erbij of eraf (−50 tot +50)",
        "en": "Points more or less (−50 to +50)",
    },
    "interventies.veld.bijdrage.punten_hulp": {
        "nl": "Punten tellen als de waarde van een stroom (een stroom weegt 1 tot 5). −3: drie punten minder, van de grootste stromen eerst. +2: een nieuwe stroom van waarde 2 naar de opgave (of naar de gekozen partner).",
        "en": "Points count as the weight of a stream (a stream weighs 1 to 5). −3: three points less, from the largest streams first. +2: a new stream of weight 2 to the shared task (or to the chosen partner).",
    },
    "interventies.veld.procent": {
        "nl": "Verandering in % (−100 tot +400)",
        "en": "Change in % (−100 to +400)",
    },
    "interventies.veld.naar": {
        "nl": "Alleen wat naar … gaat (leeg = alles)",
        "en": "Only what goes to … (empty = everything)",
    },
    "interventies.veld.bijdrage.soort": {
        "nl": "Alleen deze soort (leeg = alle)",
        "en": "Only this kind (empty = all)",
    },
    "interventies.veld.ontvanger": {
        "nl": "Wie krijgt de compensatie?",
        "en": "Who gets the compensation?",
    },
    "interventies.veld.vertrekker": {
        "nl": "Welke partner vertrekt?",
        "en": "Which partner leaves?",
    },
    "interventies.veld.van": {
        "nl": "Van wie?",
        "en": "From whom?",
    },
    "interventies.veld.soort": {
        "nl": "Soort",
        "en": "Kind",
    },
    "interventies.veld.punten": {
        "nl": "Punten (1–50)",
        "en": "Points (1–50)",
    },
    "interventies.veld.punten_hulp": {
        "nl": "Punten tellen als de waarde van een stroom: een stroom weegt 1 (klein) tot 5 (essentieel). 3 punten is zoveel als één stroom van waarde 3; meer dan 5 punten worden meerdere stromen (8 = 5 + 3).",
        "en": "Points count as the weight of a stream: a stream weighs 1 (small) to 5 (essential). 3 points are as much as one stream of weight 3; more than 5 points become several streams (8 = 5 + 3).",
    },
    "interventies.veld.derde.naam": {
        "nl": "Naam van de derde partij",
        "en": "Name of the third party",
    },
    "interventies.veld.type": {
        "nl": "Type",
        "en": "Type",
    },
    "interventies.type.organisatie": {
        "nl": "organisatie",
        "en": "organisation",
    },
    "interventies.type.team": {
        "nl": "team",
        "en": "team",
    },
    "interventies.type.persoon": {
        "nl": "persoon",
        "en": "person",
    },
    "interventies.veld.sector": {
        "nl": "Sector (mag leeg)",
        "en": "Sector (optional)",
    },
    "interventies.veld.invloed": {
        "nl": "Invloed (0–5, mag leeg)",
        "en": "Influence (0–5, optional)",
    },
    "interventies.veld.stromen_uitleg": {
        "nl": "Wat de derde partij brengt en haalt: één regel per stroom.",
        "en": "What the third party brings and takes: one line per stream.",
    },
    "interventies.veld.richting": {
        "nl": "Brengt of haalt",
        "en": "Brings or takes",
    },
    "interventies.richting.brengt": {
        "nl": "brengt aan",
        "en": "brings to",
    },
    "interventies.richting.haalt": {
        "nl": "haalt bij",
        "en": "takes from",
    },
    "interventies.veld.met": {
        "nl": "Partner",
        "en": "Partner",
    },
    "interventies.veld.waarde": {
        "nl": "Waarde (1–5)",
        "en": "Weight (1–5)",
    },
    "interventies.veld.sleutel": {
        "nl": "Verdeelsleutel",
        "en": "Cost-sharing key",
    },
    "interventies.sleutel.eigen": {
        "nl": "ieder de eigen kosten",
        "en": "each its own costs",
    },
    "interventies.sleutel.gelijk": {
        "nl": "gelijke delen",
        "en": "equal shares",
    },
    "interventies.sleutel.gebruik": {
        "nl": "naar gebruik",
        "en": "by use",
    },
    "interventies.sleutel.grootte": {
        "nl": "naar grootte",
        "en": "by size",
    },
    "interventies.veld.grootte": {
        "nl": "Grootte",
        "en": "Size",
    },
    "interventies.veld.grootte_uitleg": {
        "nl": "Grootte per partner, vooraf ingevuld met de invloed. Een lege grootte telt als de invloed (of 0).",
        "en": "Size per partner, filled in with its influence. An empty size counts as the influence (or 0).",
    },
    "interventies.fout.kop": {
        "nl": "Deze zet is niet toegevoegd:",
        "en": "This move was not added:",
    },
    "interventies.fout.leeg": {
        "nl": 'Bij "{veld}" is nog niets gekozen of ingevuld.',
        "en": 'Please choose or fill in "{veld}".',
    },
    "interventies.fout.nul": {
        "nl": 'Bij "{veld}": 0 verandert niets; kies een ander getal.',
        "en": '"{veld}": 0 changes nothing; choose another number.',
    },
    "interventies.fout.factor_een": {
        "nl": 'Bij "{veld}": 0% verandert niets; kies een ander percentage.',
        "en": '"{veld}": 0% changes nothing; choose another percentage.',
    },
    "interventies.fout.zelfde": {
        "nl": 'Bij "{veld}": kies een andere partner dan de partner zelf.',
        "en": '"{veld}": choose a partner other than the partner itself.',
    },
    "interventies.fout.ambitie_niets": {
        "nl": "Deze zet verandert niets: kies een verandering anders dan 0%, of punten voor het nieuwe voordeel.",
        "en": "This move changes nothing: choose a change other than 0%, or points for the new benefit.",
    },
    "interventies.fout.naam_bezet": {
        "nl": 'Er staat al een partner "{naam}" op de kaart; kies een andere naam.',
        "en": 'There is already a partner "{naam}" on the map; choose another name.',
    },
    "interventies.fout.rij": {
        "nl": "Stromen, rij {rij}",
        "en": "Streams, row {rij}",
    },
    "interventies.fout.getal": {
        "nl": "een heel getal van {min} tot en met {max}",
        "en": "a whole number from {min} to {max}",
    },
    "interventies.fout.kies": {
        "nl": "kies er een",
        "en": "choose one",
    },
    "interventies.fout.grootte": {
        "nl": "{naam}, {veld}: een getal van 0 of meer",
        "en": "{naam}, {veld}: a number of 0 or more",
    },
    "interventies.voor_na.kop": {
        "nl": "Voor en na",
        "en": "Before and after",
    },
    "interventies.voor_na.leeg": {
        "nl": "Kies of begin een scenario; dan zie je hier de kaart voor en na de zetten.",
        "en": "Choose or start a scenario to see the map before and after its moves here.",
    },
    "interventies.m.uit_balans": {
        "nl": "Uit balans",
        "en": "Out of balance",
    },
    "interventies.m.uit_balans_hulp": {
        "nl": "Partners die veel meer geven dan halen, of andersom (en hun aandeel in de partners met stromen).",
        "en": "Partners that give far more than they take, or the other way round (and their share of the partners with streams).",
    },
    "interventies.m.geeft_veel_meer": {
        "nl": "Geven veel meer",
        "en": "Give far more",
    },
    "interventies.m.haalt_veel_meer": {
        "nl": "Halen veel meer",
        "en": "Take far more",
    },
    "interventies.m.spreiding": {
        "nl": "Spreiding",
        "en": "Spread",
    },
    "interventies.m.spreiding_hulp": {
        "nl": "Hoe ver de balansen uiteenlopen (standaardafwijking); lager is evenwichtiger.",
        "en": "How far the balances lie apart (standard deviation); lower is more even.",
    },
    "interventies.m.was": {
        "nl": "was {waarde}",
        "en": "was {waarde}",
    },
    "interventies.pijlen.uitleg": {
        "nl": "Per partner een pijl van de balans vóór (grijze ring) naar de balans na (driehoek, in de kleur van de nieuwe klasse). De groene band is 'in balans'.",
        "en": "Per partner an arrow from its balance before (grey ring) to its balance after (triangle, in the colour of its new class). The green band is 'in balance'.",
    },
    "interventies.pijlen.as": {
        "nl": "Balans (− geeft meer, + haalt meer)",
        "en": "Balance (− gives more, + takes more)",
    },
    "interventies.kolom.partner": {
        "nl": "Partner",
        "en": "Partner",
    },
    "interventies.kolom.balans": {
        "nl": "Balans",
        "en": "Balance",
    },
    "interventies.kolom.balans_voor": {
        "nl": "Balans vóór",
        "en": "Balance before",
    },
    "interventies.kolom.balans_na": {
        "nl": "Balans na",
        "en": "Balance after",
    },
    "interventies.kolom.klasse": {
        "nl": "Klasse",
        "en": "Class",
    },
    "interventies.kolom.klasse_voor": {
        "nl": "Vóór",
        "en": "Before",
    },
    "interventies.kolom.klasse_na": {
        "nl": "Na",
        "en": "After",
    },
    "interventies.wissels.kop": {
        "nl": "Wie wisselt van klasse",
        "en": "Who changes class",
    },
    "interventies.wissels.geen": {
        "nl": "Niemand wisselt van klasse.",
        "en": "No one changes class.",
    },
    "interventies.wissels.nieuw": {
        "nl": "nieuw",
        "en": "new",
    },
    "interventies.wissels.weg": {
        "nl": "vertrokken",
        "en": "left",
    },
    "interventies.kaart.kop": {
        "nl": 'De kaart in het scenario "{naam}"',
        "en": 'The map in the scenario "{naam}"',
    },
    "interventies.kaart.uitleg": {
        "nl": "Stromen die dit scenario toevoegt of verandert, lichten op.",
        "en": "Streams this scenario adds or changes are highlighted.",
    },
    "interventies.vertrek.uitleg": {
        "nl": "Wat gebeurt er als een partner vertrekt? Wie mist welke stromen, welke afhankelijkheden breken, valt het netwerk uiteen, en hoe verschuift de balans van de anderen?",
        "en": "What happens when a partner leaves? Who misses which streams, which dependencies break, does the network fall apart, and how does the balance of the others shift?",
    },
    "interventies.vertrek.geen_partners": {
        "nl": "Er staan nog geen partners op de kaart.",
        "en": "There are no partners on the map yet.",
    },
    "interventies.vertrek.kies": {
        "nl": "Wat als deze partner vertrekt?",
        "en": "What if this partner leaves?",
    },
    "interventies.vertrek.stromen_kop": {
        "nl": "Wie mist wat zonder {naam}",
        "en": "Who misses what without {naam}",
    },
    "interventies.vertrek.geen_stromen": {
        "nl": "{naam} heeft geen stromen; niemand mist iets.",
        "en": "{naam} has no streams; no one misses anything.",
    },
    "interventies.vertrek.kreeg": {
        "nl": "Kreeg van {naam}",
        "en": "Got from {naam}",
    },
    "interventies.vertrek.gaf": {
        "nl": "Gaf aan {naam}",
        "en": "Gave to {naam}",
    },
    "interventies.vertrek.afh_kop": {
        "nl": "Afhankelijkheden die wegvallen",
        "en": "Dependencies that fall away",
    },
    "interventies.vertrek.geen_afh": {
        "nl": "Geen afhankelijkheden met {naam}.",
        "en": "No dependencies involving {naam}.",
    },
    "interventies.vertrek.afh_regel": {
        "nl": "{partner} was afhankelijk van {van}{waarvoor} (sterkte {sterkte})",
        "en": "{partner} depended on {van}{waarvoor} (strength {sterkte})",
    },
    "interventies.vertrek.waarvoor": {
        "nl": " voor {waarvoor}",
        "en": " for {waarvoor}",
    },
    "interventies.vertrek.netwerk_kop": {
        "nl": "Blijft het netwerk heel?",
        "en": "Does the network hold together?",
    },
    "interventies.vertrek.splitst": {
        "nl": "Zonder {naam} valt het netwerk uiteen in {aantal} delen:",
        "en": "Without {naam} the network falls apart into {aantal} parts:",
    },
    "interventies.vertrek.heel": {
        "nl": "Zonder {naam} blijft het netwerk één geheel.",
        "en": "Without {naam} the network stays in one piece.",
    },
    "interventies.vertrek.balans_kop": {
        "nl": "De balans van de anderen",
        "en": "The balance of the others",
    },
    "interventies.vertrek.bewaar": {
        "nl": "Bewaar als scenario",
        "en": "Keep as scenario",
    },
    "interventies.vertrek.scenario": {
        "nl": "Zonder {naam}",
        "en": "Without {naam}",
    },
    "interventies.macht.asym_kop": {
        "nl": "Wie is afhankelijk van wie",
        "en": "Who depends on whom",
    },
    "interventies.macht.asym_uitleg": {
        "nl": "Per paar: hoeveel sterker de rij afhankelijk is van de kolom dan andersom. Rood: de rij heeft de kolom harder nodig; blauw: de kolom heeft de rij harder nodig.",
        "en": "Per pair: how much more the row depends on the column than the other way round. Red: the row needs the column more; blue: the column needs the row more.",
    },
    "interventies.macht.asym_groot": {
        "nl": "Meer dan {max} partners: te groot voor een matrix. Hieronder de paren met het grootste verschil.",
        "en": "More than {max} partners: too large for a matrix. Below, the pairs with the largest difference.",
    },
    "interventies.macht.as_rij": {
        "nl": "Rij (is afhankelijk)",
        "en": "Row (depends)",
    },
    "interventies.macht.as_kolom": {
        "nl": "Kolom (waar de rij van afhangt)",
        "en": "Column (what the row depends on)",
    },
    "interventies.macht.op": {
        "nl": "Sterkte rij op kolom",
        "en": "Strength row on column",
    },
    "interventies.macht.terug": {
        "nl": "Sterkte kolom op rij",
        "en": "Strength column on row",
    },
    "interventies.macht.verschil": {
        "nl": "Verschil",
        "en": "Difference",
    },
    "interventies.macht.afhankelijk": {
        "nl": "Is afhankelijker",
        "en": "Depends more",
    },
    "interventies.macht.van": {
        "nl": "Van",
        "en": "On",
    },
    "interventies.macht.geen_afh": {
        "nl": "Deze kaart heeft nog geen afhankelijkheden. Vul ze in op de pagina Invoeren.",
        "en": "This map has no dependencies yet. Fill them in on the Edit page.",
    },
    "interventies.macht.macht_kop": {
        "nl": "Van wie velen afhangen",
        "en": "Whom many depend on",
    },
    "interventies.macht.macht_uitleg": {
        "nl": "Macht: de opgetelde sterkte waarmee anderen van een partner afhangen, min die van zijn eigen afhankelijkheden.",
        "en": "Power: the summed strength with which others depend on a partner, minus that of its own dependencies.",
    },
    "interventies.macht.kolom.partner": {
        "nl": "Partner",
        "en": "Partner",
    },
    "interventies.macht.kolom.afhankelijken": {
        "nl": "Partners die ervan afhangen",
        "en": "Partners depending on it",
    },
    "interventies.macht.kolom.afhankelijk_van": {
        "nl": "Zelf afhankelijk van",
        "en": "Itself depends on",
    },
    "interventies.macht.kolom.macht": {
        "nl": "Macht",
        "en": "Power",
    },
    "interventies.macht.niemand": {
        "nl": "Niemand is van een ander afhankelijk.",
        "en": "No one depends on anyone else.",
    },
    "interventies.macht.eenzijdig_kop": {
        "nl": "Eenzijdige afhankelijkheden",
        "en": "One-sided dependencies",
    },
    "interventies.macht.eenzijdig_uitleg": {
        "nl": "Sterk afhankelijk (4 of 5), terwijl de ander hooguit zwak (0 of 1) terug afhankelijk is.",
        "en": "Strongly dependent (4 or 5), while the other depends back weakly at most (0 or 1).",
    },
    "interventies.macht.geen_eenzijdig": {
        "nl": "Geen eenzijdige afhankelijkheden.",
        "en": "No one-sided dependencies.",
    },
    "interventies.macht.eenzijdig_regel": {
        "nl": "{partner} is sterk afhankelijk van {van}{waarvoor} (sterkte {sterkte}, andersom {terug})",
        "en": "{partner} depends strongly on {van}{waarvoor} (strength {sterkte}, back {terug})",
    },
    "interventies.kwadrant.kop": {
        "nl": "Invloed en balans",
        "en": "Influence and balance",
    },
    "interventies.kwadrant.uitleg": {
        "nl": "Elke partner met zijn invloed (0–5) tegen zijn balans. Boven de stippellijn: invloed {hoog} of meer. Links geeft een partner meer dan er terugkomt; rechts komt er minstens zoveel terug als de partner brengt.",
        "en": "Each partner's influence (0–5) against its balance. Above the dotted line: influence {hoog} or more. On the left a partner gives more than it takes; on the right it takes at least as much as it brings.",
    },
    "interventies.kwadrant.leeg": {
        "nl": "Geen partner heeft zowel een invloed als stromen. Vul de invloed in op de pagina Invoeren.",
        "en": "No partner has both an influence and streams. Fill in the influence on the Edit page.",
    },
    "interventies.kwadrant.buiten": {
        "nl": "Niet in het diagram (geen invloed ingevuld of geen stromen): {namen}.",
        "en": "Not in the chart (no influence filled in, or no streams): {namen}.",
    },
    "interventies.kwadrant.as_balans": {
        "nl": "Balans (− geeft meer, + haalt meer)",
        "en": "Balance (− gives more, + takes more)",
    },
    "interventies.kwadrant.as_invloed": {
        "nl": "Invloed",
        "en": "Influence",
    },
    "interventies.kwadrant.kwadrant": {
        "nl": "Kwadrant",
        "en": "Quadrant",
    },
}
