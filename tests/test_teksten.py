"""The text catalogue: every key has Dutch and English, with the same placeholders."""

from __future__ import annotations

import string

from systeemkaart.teksten import TEKSTEN


def _velden(tekst: str) -> set[str]:
    return {veld for _, veld, _, _ in string.Formatter().parse(tekst) if veld}


def test_every_key_has_both_languages_with_the_same_placeholders():
    assert set(TEKSTEN["nl"]) == set(TEKSTEN["en"])
    verschil = {
        sleutel: (_velden(TEKSTEN["nl"][sleutel]), _velden(TEKSTEN["en"][sleutel]))
        for sleutel in TEKSTEN["nl"]
        if _velden(TEKSTEN["nl"][sleutel]) != _velden(TEKSTEN["en"][sleutel])
    }
    assert verschil == {}
