"""Teksten: where beelden (views of one collaboration) differ, as sentences a facilitator
can read aloud, in Dutch and English side by side."""

TEKSTEN: dict[str, dict[str, str]] = {
    "beelden.zelfbeeld": {
        "nl": "Eigen beeld van {partner}: {zelf_klasse} (balans {zelf}). De andere beelden: {anderen_klasse} ({anderen}).",
        "en": "{partner}'s own view: {zelf_klasse} (balance {zelf}). The other views: {anderen_klasse} ({anderen}).",
    },
    "beelden.uiteen": {
        "nl": "Over {partner} lopen de beelden uiteen: balans {laagste} in '{laagste_beeld}', {hoogste} in '{hoogste_beeld}'.",
        "en": "The views of {partner} differ: balance {laagste} in '{laagste_beeld}', {hoogste} in '{hoogste_beeld}'.",
    },
    "beelden.stroom_ontbreekt": {
        "nl": "{van} → {naar} ({soort}): {n} van de {m} beelden zien deze stroom.",
        "en": "{van} → {naar} ({soort}): {n} of the {m} views see this stream.",
    },
    "beelden.stroom_spreiding": {
        "nl": "{van} → {naar} ({soort}): de beelden wegen deze stroom van {laagste} tot {hoogste} punten.",
        "en": "{van} → {naar} ({soort}): the views weigh this stream from {laagste} to {hoogste} points.",
    },
}
