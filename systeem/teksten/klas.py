"""Teksten: the class overview of kaarten seen together (the trainer's werksessie page)."""

TEKSTEN: dict[str, dict[str, str]] = {
    "klas.signaal.geeft_veel_meer": {
        "nl": "Een partner geeft veel meer dan hij haalt",
        "en": "A partner gives far more than it takes",
    },
    "klas.signaal.haalt_veel_meer": {
        "nl": "Een partner haalt veel meer dan hij geeft",
        "en": "A partner takes far more than it gives",
    },
    "klas.signaal.geen_stromen": {
        "nl": "Een partner zonder stromen",
        "en": "A partner without streams",
    },
    "klas.signaal.eenzijdige_afhankelijkheid": {
        "nl": "Een eenzijdige afhankelijkheid",
        "en": "A one-sided dependency",
    },
    "klas.signaal.splitst_netwerk": {
        "nl": "Een partner die het netwerk splitst als hij vertrekt",
        "en": "A partner whose departure splits the network",
    },
    "klas.signaal.systeem_uit_balans": {
        "nl": "Het systeem als geheel is uit balans",
        "en": "The system as a whole is out of balance",
    },
}
