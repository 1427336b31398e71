"""Deelnemers: the participants of the running werksessie as the trainer's page shows them.

A participant is shown by a *label*: the name they gave, or "anoniem 1", "anoniem 2", ...
(numbered in the order they joined) when they gave none; a name that occurs again
(without regard to case) gets " (2)", " (3)", ... so two participants never look the
same.  The gallery of the store (:meth:`systeem.opslag.Opslag.galerij`) gets that label as
a column.  Also here: the time of the last edit as the trainer reads it (a clock time in
the trainer's time zone and "x min geleden"), and every kaart of every participant for
the download.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

import numpy as np
import pandas as pd

from systeem.model.kaart import Kaart
from systeemkaart.teksten import tekst


def labels(namen: pd.Series, taal: str) -> pd.Series:
    """Return each participant's label (see the module docstring), in the given order.

    Example
    -------
    >>> labels(pd.Series(["An", "", "an", " ", "Bo"]), "nl").tolist()
    ['An', 'anoniem 1', 'an (2)', 'anoniem 2', 'Bo']
    """
    schoon = namen.fillna("").astype(str).str.strip()
    leeg = schoon == ""
    nummer = leeg.cumsum().astype(int).astype(str)
    anoniem = nummer.map(lambda n: tekst("werksessie.anoniem", taal, n=n))
    label = schoon.where(~leeg, anoniem)
    keer = label.groupby(label.str.casefold()).cumcount() + 1
    return label.where(keer == 1, label + " (" + keer.astype(str) + ")").astype(object)


def galerij(opslag: Any, sessie_id: str, taal: str) -> pd.DataFrame:
    """Return the store's gallery of werksessie ``sessie_id`` with a column ``label``,
    indexed by the participants' werkruimte (their order of joining kept); ``opslag`` is
    the whole store (:func:`systeemkaart.toegang.opslag`)."""
    tabel = opslag.galerij(sessie_id)
    tabel["label"] = labels(tabel["naam"], taal)
    return tabel.set_index("werkruimte", drop=False)


def met_kaart(tabel: pd.DataFrame) -> dict[str, Kaart]:
    """The current kaart of each participant of gallery ``tabel`` who has one, by werkruimte."""
    heeft = tabel["kaart"].map(lambda k: isinstance(k, Kaart))
    return dict(tabel.loc[heeft, "kaart"])


def geleden(gewijzigd: pd.Series, nu: pd.Timestamp, taal: str) -> pd.Series:
    """Return how long ago each moment was, as the trainer reads it: "zojuist" under a
    minute, "x min geleden" under an hour, then "x uur geleden".

    Example
    -------
    >>> nu = pd.Timestamp("2025-05-01 10:00", tz="UTC")
    >>> tijden = pd.Series(pd.to_datetime(["2025-05-01 09:59:30", "2025-05-01 09:53:00",
    ...                                    "2025-05-01 07:10:00"], utc=True))
    >>> geleden(tijden, nu, "nl").tolist()
    ['zojuist', '7 min geleden', '2 uur geleden']
    """
    minuten = ((nu - gewijzigd).dt.total_seconds() // 60).clip(lower=0).astype("int64")
    tekst_min = minuten.map(lambda n: tekst("werksessie.galerij.min", taal, n=n))
    tekst_uur = (minuten // 60).map(lambda n: tekst("werksessie.galerij.uur", taal, n=n))
    uitkomst = np.where(
        minuten < 1,
        tekst("werksessie.galerij.zojuist", taal),
        np.where(minuten < 60, tekst_min, tekst_uur),
    )
    return pd.Series(uitkomst, index=gewijzigd.index, dtype=object)


def klok(gewijzigd: pd.Series, zone: tzinfo | str | None) -> pd.Series:
    """Return each moment as "hh:mm" in time zone ``zone`` (the server's when None).

    Example
    -------
    >>> klok(pd.Series(pd.to_datetime(["2025-05-01 09:05"], utc=True)), "Europe/Amsterdam").tolist()
    ['11:05']
    """
    if zone is None:
        zone = pd.Timestamp.now().tz_localize(None).to_pydatetime().astimezone().tzinfo
    try:
        lokaal = gewijzigd.dt.tz_convert(zone)
    except (TypeError, ValueError, KeyError):  # a zone name the system does not know
        lokaal = gewijzigd
    return lokaal.dt.strftime("%H:%M").astype(object)


def alle_kaarten(opslag: Any, tabel: pd.DataFrame) -> list[tuple[str, Kaart]]:
    """Every kaart (not in the bin) of every participant of gallery ``tabel``, labelled
    "label - titel", the participants in their order of joining, each one's kaarten last
    changed first (for :func:`systeem.bestanden.bundel.zip_van_kaarten`)."""
    alles = opslag.alles()
    lijst = alles.lijst()
    lijst = lijst[lijst["werkruimte"].isin(tabel.index)]
    volgorde = pd.Series(range(len(tabel)), index=tabel.index)
    lijst = lijst.assign(plek=lijst["werkruimte"].map(volgorde)).sort_values("plek", kind="stable")
    etiket = lijst["werkruimte"].map(tabel["label"]) + " - " + lijst["titel"]
    return [
        (label, alles.lees(kaart_id).kaart)  # one read per kaart: the store's unit
        for label, kaart_id in zip(etiket, lijst["id"], strict=True)
    ]
