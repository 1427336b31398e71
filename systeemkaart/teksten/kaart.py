"""Teksten: the Kaart page, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "kaart.geen_partners": {
        "nl": "Deze kaart heeft nog geen partners. Zet ze op de pagina Invoeren: wie zitten er aan tafel rond de gedeelde opgave?",
        "en": "This map has no partners yet. Add them on the Edit page: who sits at the table around the shared task?",
    },
    "kaart.leeg": {
        "nl": "Er lopen nog geen stromen op deze kaart. Leg op de pagina Invoeren vast wat elke partner aan tafel brengt en wat hij eruit haalt; dan kleurt de kaart naar balans en verschijnen hier de signalen.",
        "en": "No streams on this map yet. On the Edit page, record what each partner brings to the table and what it takes out; the map then colours by balance and the signals appear here.",
    },
    "kaart.drempel": {
        "nl": "Drempel voor ‘uit balans’",
        "en": "Threshold for ‘out of balance’",
    },
    "kaart.drempel_uitleg": {
        "nl": "Balans = (halen − brengen) / (halen + brengen), van −1 (alleen geven) tot +1 (alleen halen). Een partner is uit balans als zijn balans minstens zo ver van 0 ligt als de drempel. Standaard ⅓: de ene kant is minstens twee keer de andere.",
        "en": "Balance = (takes − brings) / (takes + brings), from −1 (only gives) to +1 (only takes). A partner is out of balance when its balance is at least the threshold away from 0. Default ⅓: one side at least twice the other.",
    },
    "kaart.drempel_standaard": {
        "nl": "⅓ (standaard)",
        "en": "⅓ (default)",
    },
    "kaart.grootte": {
        "nl": "Grootte van een partner",
        "en": "Partner size",
    },
    "kaart.grootte.betrokkenheid": {
        "nl": "betrokkenheid",
        "en": "involvement",
    },
    "kaart.grootte.invloed": {
        "nl": "invloed",
        "en": "influence",
    },
    "kaart.maten": {
        "nl": "Plek in het netwerk",
        "en": "Place in the network",
    },
    "kaart.maten.graad": {
        "nl": "Krijgt van {graad_in} en geeft aan {graad_uit} partijen",
        "en": "Receives from {graad_in} and gives to {graad_uit} parties",
    },
    "kaart.maten.routes": {
        "nl": "Makelaar {betweenness} · nabijheid {closeness} · PageRank {pagerank}",
        "en": "Broker {betweenness} · closeness {closeness} · PageRank {pagerank}",
    },
    "kaart.maten.micmac": {
        "nl": "Invloed {invloed} · afhankelijkheid {afhankelijkheid}: {rol}",
        "en": "Influence {invloed} · dependence {afhankelijkheid}: {rol}",
    },
    "kaart.laag_afhankelijkheden": {
        "nl": "Afhankelijkheden tonen",
        "en": "Show dependencies",
    },
    "kaart.laag_belangen": {
        "nl": "Belangen tonen",
        "en": "Show interests",
    },
    "kaart.inschatting": {
        "nl": "Klik op een partner voor de details; sleep een partner om hem te verplaatsen. De gewichten zijn illustratief: de inschatting van wie de kaart maakte, geen objectieve maat.",
        "en": "Click a partner for details; drag a partner to move it. The weights are illustrative: the mapper's perception, not an objective measure.",
    },
    "kaart.kies_partner": {
        "nl": "Partner",
        "en": "Partner",
    },
    "kaart.geen_keuze": {
        "nl": "— kies een partner —",
        "en": "— choose a partner —",
    },
    "kaart.hint_klik": {
        "nl": "Klik op een partner op de kaart, of kies er hierboven een, om te zien wat hij brengt en haalt.",
        "en": "Click a partner on the map, or choose one above, to see what it brings and takes.",
    },
    "kaart.invloed": {
        "nl": "invloed {invloed} van 5",
        "en": "influence {invloed} of 5",
    },
    "kaart.brengt": {
        "nl": "Brengt",
        "en": "Brings",
    },
    "kaart.haalt": {
        "nl": "Haalt",
        "en": "Takes",
    },
    "kaart.balans_regel": {
        "nl": "Balans: **{balans}**",
        "en": "Balance: **{balans}**",
    },
    "kaart.balans_uitleg": {
        "nl": "(halen − brengen) / (halen + brengen): −1 alleen geven, 0 evenwicht, +1 alleen halen.",
        "en": "(takes − brings) / (takes + brings): −1 only gives, 0 even, +1 only takes.",
    },
    "kaart.per_soort": {
        "nl": "Per soort",
        "en": "Per kind",
    },
    "kaart.geen_stromen_partner": {
        "nl": "Deze partner brengt en haalt nog niets.",
        "en": "This partner brings and takes nothing yet.",
    },
    "kaart.soort": {
        "nl": "Soort",
        "en": "Kind",
    },
    "kaart.saldo": {
        "nl": "Saldo",
        "en": "Net",
    },
    "kaart.saldo_uitleg": {
        "nl": "Haalt min brengt: negatief = geeft hier meer dan er terugkomt.",
        "en": "Takes minus brings: negative = gives more than it takes here.",
    },
    "kaart.belangen": {
        "nl": "Belangen",
        "en": "Interests",
    },
    "kaart.geen_belangen": {
        "nl": "Geen belangen ingevuld.",
        "en": "No interests entered.",
    },
    "kaart.afhankelijkheden": {
        "nl": "Afhankelijkheden",
        "en": "Dependencies",
    },
    "kaart.geen_afhankelijkheden": {
        "nl": "Geen afhankelijkheden ingevuld.",
        "en": "No dependencies entered.",
    },
    "kaart.afhankelijk_van": {
        "nl": "afhankelijk van {van}{waarvoor} (sterkte {sterkte})",
        "en": "depends on {van}{waarvoor} (strength {sterkte})",
    },
    "kaart.afhankelijk_van_hem": {
        "nl": "{partner} is van deze partner afhankelijk{waarvoor} (sterkte {sterkte})",
        "en": "{partner} depends on this partner{waarvoor} (strength {sterkte})",
    },
    "kaart.signalen": {
        "nl": "Signalen",
        "en": "Signals",
    },
    "kaart.geen_signalen_partner": {
        "nl": "Geen signalen voor deze partner.",
        "en": "No signals for this partner.",
    },
    "kaart.uit_balans": {
        "nl": "Uit balans",
        "en": "Out of balance",
    },
    "kaart.nog_niets_te_wegen": {
        "nl": "Nog geen partner met stromen: er valt nog niets te wegen.",
        "en": "No partner has streams yet: nothing to weigh.",
    },
    "kaart.uit_balans_aantal": {
        "nl": "{uit} van de {met} partners met stromen zijn uit balans (drempel {drempel}).",
        "en": "{uit} of the {met} partners with streams are out of balance (threshold {drempel}).",
    },
    "kaart.niemand_uit_balans": {
        "nl": "Bij drempel {drempel} is geen enkele partner uit balans.",
        "en": "At threshold {drempel} no partner is out of balance.",
    },
    "kaart.toon": {
        "nl": "Bekijk op de kaart",
        "en": "Show on the map",
    },
    "kaart.uit_balans_meer": {
        "nl": "En nog {aantal} partners uit balans: zie de pagina Balans.",
        "en": "And {aantal} more partners out of balance: see the Balance page.",
    },
    "kaart.overige_meer": {
        "nl": "En nog {aantal} signalen: zie de pagina Balans.",
        "en": "And {aantal} more signals: see the Balance page.",
    },
    "kaart.per_sector": {
        "nl": "Per sector",
        "en": "By sector",
    },
    "kaart.per_sector.help": {
        "nl": "Toon elke sector als één knoop, met de stromen tussen sectoren opgeteld: een overzicht van een grote kaart.",
        "en": "Show each sector as one node, with the streams between sectors summed: an overview of a large map.",
    },
    "kaart.per_sector.uitleg": {
        "nl": "Per sector: {sectoren} knopen voor {partners} partners. Stromen binnen een sector vallen weg; de waarden zijn opgeteld. Zet de schakelaar uit om partners te kiezen of te verplaatsen.",
        "en": "By sector: {sectoren} nodes for {partners} partners. Streams within a sector drop out; values are summed. Switch it off to select or move partners.",
    },
    "kaart.overige_signalen": {
        "nl": "Overige signalen ({aantal})",
        "en": "Other signals ({aantal})",
    },
}
