"""Teksten: the Balans page, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "balans.titel": {
        "nl": "Balans",
        "en": "Balance",
    },
    "balans.uitleg": {
        "nl": "Wat brengt elke partner in de samenwerking, en wat haalt hij eruit? Een partner is uit balans als de ene kant de andere duidelijk overtreft (drempel {drempel}; in te stellen op de pagina Kaart).",
        "en": "What does each partner bring to the collaboration, and what does it take out? A partner is out of balance when one side clearly outweighs the other (threshold {drempel}; set it on the Map page).",
    },
    "balans.inschatting": {
        "nl": "De gewichten zijn de inschatting van wie de kaart maakte, geen objectieve maat. Gebruik de cijfers om het gesprek te openen, niet om het te beslissen.",
        "en": "The weights are the mapper's perception, not an objective measure. Use the figures to open the conversation, not to settle it.",
    },
    "balans.leeg": {
        "nl": "Deze kaart heeft nog geen stromen. Voeg ze toe op de pagina Invoeren; dan verschijnt hier de balans.",
        "en": "This map has no streams yet. Add them on the Edit page; the balance then appears here.",
    },
    "balans.m.met_stromen": {
        "nl": "Met stromen",
        "en": "With streams",
    },
    "balans.m.met_stromen_hulp": {
        "nl": "Partners die iets brengen of halen, van alle partners op de kaart.",
        "en": "Partners that bring or take something, of all partners on the map.",
    },
    "balans.m.uit_balans": {
        "nl": "Uit balans",
        "en": "Out of balance",
    },
    "balans.m.uit_balans_hulp": {
        "nl": "Partners die veel meer geven dan halen, of andersom; als deel van de partners met stromen.",
        "en": "Partners that give far more than they take, or the other way round; as a share of the partners with streams.",
    },
    "balans.m.geeft": {
        "nl": "Geven veel meer",
        "en": "Give far more",
    },
    "balans.m.haalt": {
        "nl": "Halen veel meer",
        "en": "Take far more",
    },
    "balans.m.spreiding": {
        "nl": "Spreiding",
        "en": "Spread",
    },
    "balans.m.spreiding_hulp": {
        "nl": "Standaardafwijking van de balans (−1 alleen geven … +1 alleen halen). Hoe hoger, hoe verder de partners uit elkaar liggen.",
        "en": "Standard deviation of the balance (−1 only gives … +1 only takes). The higher, the further apart the partners are.",
    },
    "balans.staaf.kop": {
        "nl": "Brengen en halen per partner",
        "en": "Bringing and taking per partner",
    },
    "balans.staaf.uitleg": {
        "nl": "Links wat een partner brengt, rechts wat hij haalt (som van de waarden). Kleur zoals op de kaart.",
        "en": "Left what a partner brings, right what it takes (sum of the weights). Colours as on the map.",
    },
    "balans.staaf.as": {
        "nl": "← brengt   ·   haalt →",
        "en": "← brings   ·   takes →",
    },
    "balans.staaf.kant": {
        "nl": "Kant",
        "en": "Side",
    },
    "balans.staaf.brengt": {
        "nl": "brengt",
        "en": "brings",
    },
    "balans.staaf.haalt": {
        "nl": "haalt",
        "en": "takes",
    },
    "balans.staaf.klasse": {
        "nl": "Balans",
        "en": "Balance",
    },
    "balans.staaf.som": {
        "nl": "Som van de waarden",
        "en": "Sum of the weights",
    },
    "balans.tabel.kop": {
        "nl": "Per partner: balans en signaal",
        "en": "Per partner: balance and signal",
    },
    "balans.kolom.partner": {
        "nl": "Partner",
        "en": "Partner",
    },
    "balans.kolom.brengt": {
        "nl": "Brengt",
        "en": "Brings",
    },
    "balans.kolom.haalt": {
        "nl": "Haalt",
        "en": "Takes",
    },
    "balans.kolom.balans": {
        "nl": "Balans",
        "en": "Balance",
    },
    "balans.kolom.klasse": {
        "nl": "Klasse",
        "en": "Class",
    },
    "balans.kolom.signaal": {
        "nl": "Signaal en mogelijke zetten",
        "en": "Signal and possible moves",
    },
    "balans.soort.kop": {
        "nl": "Waar zit de onbalans? Saldo per soort",
        "en": "Where is the imbalance? Net per kind",
    },
    "balans.soort.uitleg": {
        "nl": "Per partner en soort: halen min brengen. Oranje: de partner brengt in deze soort meer dan er terugkomt; blauw: de partner haalt er meer dan er tegenover staat.",
        "en": "Per partner and kind: takes minus brings. Orange: the partner brings more than it takes here; blue: it takes more than it brings.",
    },
    "balans.soort.soort": {
        "nl": "Soort",
        "en": "Kind",
    },
    "balans.soort.saldo": {
        "nl": "Saldo (halen − brengen)",
        "en": "Net (takes − brings)",
    },
    "balans.paren.kop": {
        "nl": "Tussen partners: wie geeft wie meer?",
        "en": "Between partners: who gives whom more?",
    },
    "balans.paren.uitleg": {
        "nl": "Elke cel: wat de partner in de rij aan de partner in de kolom geeft, min wat hij van hem terugkrijgt. Oranje: de rij geeft meer; blauw: de rij krijgt meer.",
        "en": "Each cell: what the partner in the row gives the partner in the column, minus what it gets back. Orange: the row gives more; blue: the row gets more.",
    },
    "balans.paren.groot": {
        "nl": "Deze kaart is te groot voor een matrix. Hieronder de paren met het grootste verschil.",
        "en": "This map is too large for a matrix. Below are the pairs with the largest difference.",
    },
    "balans.paren.rij": {
        "nl": "Geeft",
        "en": "Gives",
    },
    "balans.paren.kolom": {
        "nl": "Aan",
        "en": "To",
    },
    "balans.paren.netto": {
        "nl": "Netto",
        "en": "Net",
    },
    "balans.paren.tabel": {
        "nl": "Alle paren met stromen",
        "en": "All pairs with streams",
    },
    "balans.paren.a": {
        "nl": "Partner A",
        "en": "Partner A",
    },
    "balans.paren.b": {
        "nl": "Partner B",
        "en": "Partner B",
    },
    "balans.paren.a_naar_b": {
        "nl": "A → B",
        "en": "A → B",
    },
    "balans.paren.b_naar_a": {
        "nl": "B → A",
        "en": "B → A",
    },
    "balans.paren.wederkerigheid": {
        "nl": "Wederkerigheid",
        "en": "Reciprocity",
    },
    "balans.paren.wederkerigheid_hulp": {
        "nl": "Kleinste richting gedeeld door de grootste: 0 eenrichtingsverkeer, 1 even veel heen als terug.",
        "en": "Smaller direction divided by the larger: 0 one-way traffic, 1 as much back as forth.",
    },
    "balans.afh.kop": {
        "nl": "Afhankelijkheden en macht",
        "en": "Dependencies and power",
    },
    "balans.afh.uitleg": {
        "nl": "Macht = hoe sterk anderen van een partner afhangen, min hoe sterk hij zelf van anderen afhangt. Een partner waar velen van afhangen terwijl hij zelf weinig nodig heeft, heeft macht.",
        "en": "Power = how strongly others depend on a partner, minus how strongly it depends on others. A partner many depend on while it needs little holds power.",
    },
    "balans.afh.leeg": {
        "nl": "Deze kaart heeft nog geen afhankelijkheden.",
        "en": "This map has no dependencies yet.",
    },
    "balans.afh.macht": {
        "nl": "Macht",
        "en": "Power",
    },
    "balans.afh.eenzijdig": {
        "nl": "Eenzijdige afhankelijkheden",
        "en": "One-sided dependencies",
    },
    "balans.afh.geen_eenzijdig": {
        "nl": "Geen eenzijdige afhankelijkheden: waar een partner sterk afhangt van een ander, hangt die ander ook van hem af.",
        "en": "No one-sided dependencies: where a partner depends strongly on another, that other depends on it too.",
    },
    "balans.afh.paren": {
        "nl": "Asymmetrie per paar",
        "en": "Asymmetry per pair",
    },
    "balans.afh.a_op_b": {
        "nl": "A van B",
        "en": "A on B",
    },
    "balans.afh.b_op_a": {
        "nl": "B van A",
        "en": "B on A",
    },
    "balans.afh.asymmetrie": {
        "nl": "Asymmetrie",
        "en": "Asymmetry",
    },
    "balans.afh.asymmetrie_hulp": {
        "nl": "Sterkte van A op B min die van B op A: positief als A de ander meer nodig heeft dan andersom.",
        "en": "Strength of A on B minus that of B on A: positive when A needs the other more than the other way round.",
    },
    "balans.maten.kop": {
        "nl": "Plek in het netwerk: netwerkmaten",
        "en": "Place in the network: network measures",
    },
    "balans.maten.uitleg": {
        "nl": "Dezelfde maten als in Kumu en Gephi, per partner en voor de gedeelde opgave. Klik op een kolomkop om te sorteren; houd de muis op een kop voor de uitleg. Makelaar en nabijheid tellen stappen langs de stromen, in welke richting die ook lopen.",
        "en": "The measures Kumu and Gephi give, per partner and for the shared task. Click a column header to sort; hover over a header for its meaning. Broker and closeness count steps along the streams, whichever way they run.",
    },
    "balans.maten.schatting": {
        "nl": "Deze kaart heeft meer dan {grens} knopen: makelaar en nabijheid zijn geschat vanuit {aantal} vast gekozen startpunten.",
        "en": "This map has more than {grens} nodes: broker and closeness are estimated from {aantal} fixed starting points.",
    },
    "balans.micmac.kop": {
        "nl": "Invloed en afhankelijkheid",
        "en": "Influence and dependence",
    },
    "balans.micmac.uitleg": {
        "nl": "Elke stip is een partner. Hoe hoger, hoe sterker anderen van hem afhangen (invloed); hoe verder naar rechts, hoe sterker hij zelf van anderen afhangt. De stippellijnen liggen op het gemiddelde en verdelen de partners in vier rollen (de MICMAC-methode).",
        "en": "Each dot is a partner. The higher, the more strongly others depend on it (influence); the further right, the more strongly it depends on others. The dashed lines lie at the mean and divide the partners into four roles (the MICMAC method).",
    },
    "balans.micmac.leeg": {
        "nl": "Zonder afhankelijkheden heeft geen partner invloed op een ander: iedereen is autonoom.",
        "en": "Without dependencies no partner has influence on another: every partner is autonomous.",
    },
    "balans.micmac.x": {
        "nl": "Afhankelijkheid (van anderen)",
        "en": "Dependence (on others)",
    },
    "balans.micmac.y": {
        "nl": "Invloed (anderen hangen van hem af)",
        "en": "Influence (others depend on it)",
    },
}
