"""Kumu: Kumu's spreadsheet layout (sheets Elements and Connections), read and written.

Kumu (kumu.io) keeps a map as two sheets: **Elements** (``Label``, ``Type``,
``Description``, ...) and **Connections** (``From``, ``To``, ``Type``, ``Label``,
``Description``, ``Strength``, ...), where From and To name elements by their Label.

Reading maps them onto a kaart and says what it could not carry (:class:`KumuImport`):

- an element is a partner: Label -> naam (and a unique id made from it), Description ->
  toelichting, Type -> type when it is organisatie/team/persoon (or organization,
  organisation, person), else kept as sector;  an element whose Type is ``opgave``
  (or "gedeelde opgave", "shared task") is the opgave, its Label the opgave text;
- a connection is a stroom: Type -> soort (lower case; ``overig`` when empty), Strength
  -> waarde (a whole number 1-5; empty gives 3; other numbers are rounded and clipped to
  1-5), Label and Description -> omschrijving;
- a From or To that names no element becomes a new partner, as Kumu itself does;
- other columns (Tags, Image, Direction, ...) and other sheets are not carried; each is
  listed in :attr:`KumuImport.notities`.

Writing (:func:`naar_xlsx`) gives Elements (the opgave and the partners, with their
balans and klasse as extra fields Kumu can colour by) and Connections (the stromen);
afhankelijkheden, belangen and posities are not part of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import PurePath

import numpy as np
import pandas as pd

from systeem import balans as balans_mod
from systeem import bladen as bladen_mod
from systeem.excel import schrijf_bladen
from systeem.kaart import OPGAVE, Kaart
from systeem.validatie import KaartFout, Probleem, valideer

ELEMENTEN = "Elements"
VERBINDINGEN = "Connections"

#: Columns that are carried over, per sheet (compared without regard to case).
KOLOMMEN = {
    ELEMENTEN: ("label", "type", "description", "sector", "invloed"),
    VERBINDINGEN: (
        "from",
        "to",
        "type",
        "connection type",
        "label",
        "description",
        "strength",
        "tastbaar",
    ),
}

#: Type words that mark the opgave element.
OPGAVE_TYPES = frozenset({"opgave", "gedeelde opgave", "shared task", "task"})

#: Element fields this program writes itself (derived from the stromen); passed over
#: silently on reading.
AFGELEID = frozenset({"brengen", "halen", "balans", "klasse"})

#: Kumu type words -> partner type.
TYPES = {
    "organisatie": "organisatie",
    "organization": "organisatie",
    "organisation": "organisatie",
    "team": "team",
    "persoon": "persoon",
    "person": "persoon",
}

#: Waarde of a connection without Strength.
STANDAARD_WAARDE = 3


@dataclass(frozen=True)
class KumuImport:
    """A kaart read from Kumu, with notes (in Dutch) on what was not carried over."""

    kaart: Kaart
    notities: tuple[str, ...] = field(default_factory=tuple)


def is_kumu(bladen: Mapping[str, object]) -> bool:
    """Whether a workbook's sheet names are Kumu's (Elements and/or Connections).

    Example
    -------
    >>> is_kumu({"Elements": None, "Connections": None}), is_kumu({"Partners": None})
    (True, False)
    """
    namen = {str(n).strip().lower() for n in bladen}
    return bool(namen & {ELEMENTEN.lower(), VERBINDINGEN.lower()})


def uit_bladen(bladen: Mapping[str, pd.DataFrame], titel: str = "Kumu-kaart") -> KumuImport:
    """Map Kumu's sheets onto a kaart (see the module docstring).

    Parameters
    ----------
    bladen : sheet name -> frame, as :func:`systeem.excel.lees_bladen` gives them.
    titel : the kaart's titel (Kumu's sheets carry none; the file name is usual).

    Raises
    ------
    KaartFout
        for what cannot be mapped at all: a missing From/To or Label column, an empty
        Label, a Label used twice, a Strength that is no number, a connection from an
        element to itself; each naming sheet, row and column.

    Example
    -------
    >>> e = pd.DataFrame({"Label": ["Gemeente", "Zorg"], "Type": ["Organization", "Ziekenhuis"]},
    ...                  index=[2, 3])
    >>> c = pd.DataFrame({"From": ["Gemeente"], "To": ["Zorg"], "Type": ["Geld"],
    ...                   "Strength": [4], "Tags": ["x"]}, index=[2])
    >>> uit = uit_bladen({"Elements": e, "Connections": c}, titel="Proef")
    >>> uit.kaart.partners[["id", "type", "sector"]].values.tolist()
    [['gemeente', 'organisatie', ''], ['zorg', 'organisatie', 'Ziekenhuis']]
    >>> uit.notities[0]
    'Connections: kolom "Tags" is niet overgenomen.'
    """
    notities: list[str] = []
    problemen: list[Probleem] = []
    gevonden: dict[str, pd.DataFrame] = {}
    for naam, frame in bladen.items():
        sleutel = str(naam).strip().lower()
        blad = {ELEMENTEN.lower(): ELEMENTEN, VERBINDINGEN.lower(): VERBINDINGEN}.get(sleutel)
        if blad is None:
            if not bladen_mod.lege_rijen_weg(frame).empty:
                notities.append(f'Blad "{naam}" is niet overgenomen.')
            continue
        gevonden[blad] = _kolommen(frame, blad, notities, problemen)
    if problemen:
        raise KaartFout(problemen)
    elementen = gevonden.get(ELEMENTEN, pd.DataFrame(columns=list(KOLOMMEN[ELEMENTEN])))
    verbindingen = gevonden.get(VERBINDINGEN, pd.DataFrame(columns=list(KOLOMMEN[VERBINDINGEN])))
    for kolom, blad, frame in (
        ("label", ELEMENTEN, elementen),
        ("from", VERBINDINGEN, verbindingen),
        ("to", VERBINDINGEN, verbindingen),
    ):
        if blad in gevonden and kolom not in frame.columns:
            problemen.append(Probleem("", f'blad {blad}, rij 1: kolom "{_kop(kolom)}" ontbreekt'))
    if problemen:
        raise KaartFout(problemen)

    elementen = elementen.reindex(columns=list(KOLOMMEN[ELEMENTEN]))
    verbindingen = verbindingen.reindex(columns=list(KOLOMMEN[VERBINDINGEN]))
    label = bladen_mod.tekst_cellen(elementen["label"])
    leeg = label.isna()
    for rij in label.index[leeg]:
        problemen.append(
            Probleem("", f"blad {ELEMENTEN}, rij {rij}, kolom Label: is leeg; vul dit in")
        )
    sleutel = label.where(~leeg, "").astype(str).str.strip().str.casefold()
    dubbel = ~leeg & sleutel.duplicated()
    eerste = pd.Series(sleutel.index, index=sleutel.to_numpy())
    eerste = eerste[~eerste.index.duplicated()]
    for rij in sleutel.index[dubbel]:
        problemen.append(
            Probleem(
                "",
                f'blad {ELEMENTEN}, rij {rij}, kolom Label: "{label[rij]}" staat al in rij '
                f"{eerste[sleutel[rij]]}; Kumu kent elk element aan zijn Label",
            )
        )
    type_ = (
        bladen_mod.tekst_cellen(elementen["type"])
        .where(lambda s: s.notna(), "")
        .astype(str)
        .str.strip()
    )
    is_opgave = type_.str.casefold().isin(OPGAVE_TYPES) & ~leeg
    opgave_tekst = ""
    if is_opgave.any():
        opgave_tekst = str(label[is_opgave].iloc[0])
        if is_opgave.sum() > 1:
            notities.append(
                f"Er zijn {int(is_opgave.sum())} elementen van het type opgave; alleen "
                f'"{opgave_tekst}" is de gedeelde opgave, de andere zijn partners geworden.'
            )
            is_opgave = is_opgave & (is_opgave.cumsum() == 1)

    # Connections: ends, strength, soort.
    van = bladen_mod.tekst_cellen(verbindingen["from"])
    naar = bladen_mod.tekst_cellen(verbindingen["to"])
    for kolom, reeks in (("From", van), ("To", naar)):
        for rij in reeks.index[reeks.isna()]:
            problemen.append(
                Probleem("", f"blad {VERBINDINGEN}, rij {rij}, kolom {kolom}: is leeg; vul dit in")
            )
    sterkte = bladen_mod.getal_cellen(verbindingen["strength"], heel=False)
    is_getal = sterkte.map(lambda v: isinstance(v, float))
    for rij in sterkte.index[sterkte.notna() & ~is_getal]:
        problemen.append(
            Probleem(
                "",
                f"blad {VERBINDINGEN}, rij {rij}, kolom Strength: moet een getal zijn, niet "
                f'"{sterkte[rij]}"',
            )
        )
    if problemen:
        raise KaartFout(problemen)

    partners = elementen[~is_opgave]
    nieuw = pd.concat([van, naar]).dropna().astype(str).str.strip()
    bekend = set(sleutel) | ({sleutel[is_opgave].iloc[0]} if is_opgave.any() else set())
    extra = nieuw[~nieuw.str.casefold().isin(bekend)]
    extra = extra[~extra.str.casefold().duplicated()]
    if len(extra):
        notities.append(
            f"{len(extra)} naam/namen in From of To stond(en) niet bij de Elements en is/zijn "
            f"als partner toegevoegd: {', '.join(extra.head(10))}"
            + (" ..." if len(extra) > 10 else "")
            + "."
        )
    namen = pd.concat([label[~is_opgave].astype(str), extra], ignore_index=True)
    ids = _ids(namen)
    per_sleutel = dict(zip(namen.str.strip().str.casefold(), ids, strict=True))
    if is_opgave.any():
        per_sleutel[sleutel[is_opgave].iloc[0]] = OPGAVE

    soort_type = type_[~is_opgave].reindex(partners.index)
    partner_type = soort_type.str.casefold().map(TYPES)
    onbekend = soort_type.ne("") & partner_type.isna()
    if onbekend.any():
        notities.append(
            "Type "
            + ", ".join(f'"{t}"' for t in soort_type[onbekend].unique()[:10])
            + " is geen organisatie, team of persoon; het type is als sector overgenomen."
        )
    sector = bladen_mod.tekst_cellen(partners["sector"])
    sector = sector.where(sector.notna(), soort_type.where(onbekend, None))
    partner_rijen = pd.DataFrame(
        {
            "id": ids[: len(partners)],
            "naam": label[~is_opgave].to_numpy(),
            "type": partner_type.fillna("organisatie").to_numpy(),
            "sector": sector.to_numpy(),
            "invloed": bladen_mod.getal_cellen(partners["invloed"], heel=True).to_numpy(),
            "toelichting": bladen_mod.tekst_cellen(partners["description"]).to_numpy(),
        }
    )
    extra_rijen = pd.DataFrame({"id": ids[len(partners) :], "naam": extra.to_numpy()})
    alle = pd.concat([partner_rijen, extra_rijen], ignore_index=True)

    waarde = sterkte.where(is_getal, np.nan).astype("float64")
    zonder = waarde.isna()
    if zonder.any():
        notities.append(
            f"{int(zonder.sum())} verbinding(en) zonder Strength kregen waarde {STANDAARD_WAARDE}."
        )
    afgerond = waarde.round().clip(1, 5)
    if (~zonder & (afgerond != waarde)).any():
        notities.append(
            f"{int((~zonder & (afgerond != waarde)).sum())} Strength-waarde(n) buiten de hele "
            "getallen 1-5 zijn afgerond en begrensd tot 1-5."
        )
    soort = bladen_mod.tekst_cellen(verbindingen["type"])
    soort = soort.where(soort.notna(), bladen_mod.tekst_cellen(verbindingen["connection type"]))
    if soort.isna().any():
        notities.append(
            f"{int(soort.isna().sum())} verbinding(en) zonder Type kregen soort overig."
        )
    omschrijving = _samen(
        bladen_mod.tekst_cellen(verbindingen["label"]),
        bladen_mod.tekst_cellen(verbindingen["description"]),
    )
    stromen = pd.DataFrame(
        {
            "van": van.astype(str).str.strip().str.casefold().map(per_sleutel).to_numpy(),
            "naar": naar.astype(str).str.strip().str.casefold().map(per_sleutel).to_numpy(),
            "soort": soort.fillna("overig").to_numpy(),
            "waarde": afgerond.fillna(STANDAARD_WAARDE).astype("int64").to_numpy(),
            "omschrijving": omschrijving.to_numpy(),
            "tastbaar": bladen_mod.ja_nee_cellen(verbindingen["tastbaar"]).to_numpy(),
        }
    )
    doc = {
        "formaat": "systeemkaart",
        "versie": 1,
        "titel": titel,
        "opgave": opgave_tekst,
        "partners": _records(alle),
        "stromen": _records(stromen),
    }
    try:
        kaart = valideer(doc)
    except KaartFout as fout:
        raise KaartFout(
            [_plaats(p, elementen.index[~is_opgave], verbindingen.index) for p in fout.problemen]
        ) from None
    return KumuImport(kaart, tuple(notities))


def lees(inhoud: bytes, naam: str = "kumu.xlsx") -> KumuImport:
    """Read a Kumu spreadsheet (.xlsx) into a kaart with notes.

    Example
    -------
    >>> from systeem.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T",
    ...     "partners": [{"id": "a", "naam": "A"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 2}]})
    >>> lees(naar_xlsx(k)).kaart.stromen[["van", "naar", "waarde"]].values.tolist()
    [['a', 'opgave', 2]]
    """
    from systeem import excel

    return uit_bladen(excel.lees_bladen(inhoud, naam), titel=PurePath(naam).stem or "Kumu-kaart")


def naar_bladen(kaart: Kaart, taal: str = "nl") -> dict[str, pd.DataFrame]:
    """Return the kaart as Kumu's Elements and Connections sheets (text neutralised).

    Labels must be unique in Kumu: a partner whose name another node has too gets its
    id added (``"Gemeente (gem2)"``).

    Example
    -------
    >>> from systeem.validatie import valideer
    >>> k = valideer({"formaat": "systeemkaart", "versie": 1, "titel": "T", "opgave": "Samen",
    ...     "partners": [{"id": "a", "naam": "A"}],
    ...     "stromen": [{"van": "a", "naar": "opgave", "soort": "geld", "waarde": 2}]})
    >>> b = naar_bladen(k)
    >>> b["Elements"][["Label", "Type"]].values.tolist()
    [['Samen', 'opgave'], ['A', 'organisatie']]
    >>> b["Connections"][["From", "To", "Type", "Strength"]].values.tolist()
    [['A', 'Samen', 'geld', 2]]
    """
    from systeem.teksten import tekst

    tabel = balans_mod.balans(kaart)
    labels = _labels(kaart, taal)
    klasse = tabel["klasse"].map(lambda k: tekst(f"klasse.{k}", taal))
    p = kaart.partners
    elementen = pd.DataFrame(
        {
            "Label": [labels[OPGAVE], *labels[p["id"]].tolist()],
            "Type": ["opgave", *p["type"].tolist()],
            "Description": [kaart.toelichting, *p["toelichting"].tolist()],
            "Sector": ["", *p["sector"].tolist()],
            "Invloed": [None, *p["invloed"].astype(object).where(p["invloed"].notna(), None)],
            "Brengen": [None, *tabel["brengen"].tolist()],
            "Halen": [None, *tabel["halen"].tolist()],
            "Balans": [
                None,
                *tabel["balans"].round(3).astype(object).where(tabel["balans"].notna(), None),
            ],
            "Klasse": [None, *klasse.tolist()],
        }
    )
    s = kaart.stromen
    verbindingen = pd.DataFrame(
        {
            "From": labels[s["van"]].to_numpy(),
            "To": labels[s["naar"]].to_numpy(),
            "Type": s["soort"].to_numpy(),
            "Label": s["omschrijving"].to_numpy(),
            "Strength": s["waarde"].to_numpy(),
            "Tastbaar": np.where(s["tastbaar"].astype(bool), "ja", "nee"),
        }
    )
    uit = {}
    for naam, frame in ((ELEMENTEN, elementen), (VERBINDINGEN, verbindingen)):
        frame = frame.astype(object).where(frame.notna(), None)
        for kolom in frame.columns:
            waarden = frame[kolom]
            frame[kolom] = bladen_mod.neutraliseer(waarden.where(waarden.ne(""), None))
        uit[naam] = frame
    return uit


def naar_xlsx(kaart: Kaart, taal: str = "nl") -> bytes:
    """Return the kaart as a Kumu spreadsheet (.xlsx bytes).

    Example
    -------
    >>> from systeem.kaart import Kaart
    >>> naar_xlsx(Kaart(titel="T"))[:2]
    b'PK'
    """
    return schrijf_bladen(naar_bladen(kaart, taal))


# ---------------------------------------------------------------------------
# Private helpers.


def _kop(kolom: str) -> str:
    return kolom.title()


def _kolommen(
    frame: pd.DataFrame, blad: str, notities: list[str], problemen: list[Probleem]
) -> pd.DataFrame:
    """Lower-case known columns; a note per unknown column that holds data."""
    namen = [str(k).strip().lower() if k is not None else "" for k in frame.columns]
    houden = []
    gezien = set()
    for i, naam in enumerate(namen):
        if naam in KOLOMMEN[blad] and naam not in gezien:
            gezien.add(naam)
            houden.append(i)
        elif naam in gezien:
            problemen.append(
                Probleem("", f'blad {blad}, rij 1: kolom "{frame.columns[i]}" staat er twee keer')
            )
        elif naam in AFGELEID:
            continue
        elif not bladen_mod.lege_rijen_weg(frame.iloc[:, [i]]).empty:
            notities.append(f'{blad}: kolom "{frame.columns[i]}" is niet overgenomen.')
    uit = frame.iloc[:, houden].copy()
    uit.columns = [namen[i] for i in houden]
    return bladen_mod.lege_rijen_weg(uit)


def _ids(namen: pd.Series) -> list[str]:
    """Unique ids from names: lower case, accents dropped, other characters ``_``."""
    basis = (
        namen.astype(str)
        .str.normalize("NFKD")
        .str.encode("ascii", errors="ignore")
        .str.decode("ascii")
        .str.lower()
        .str.replace(r"[^a-z0-9]+", "_", regex=True)
        .str.strip("_")
        .str.slice(0, 40)
    )
    basis = basis.where(basis.ne("") & basis.ne(OPGAVE), "partner")
    nummer = basis.groupby(basis).cumcount()
    ids = basis.where(nummer.eq(0), basis + "_" + (nummer + 1).astype(str))
    while ids.duplicated().any():  # "a_2" given as a name next to two "a"s: rare
        dubbel = ids.duplicated()
        ids[dubbel] = ids[dubbel] + "_"
    return ids.tolist()


def _samen(label: pd.Series, beschrijving: pd.Series) -> pd.Series:
    beide = label.notna() & beschrijving.notna()
    uit = label.where(label.notna(), beschrijving)
    uit[beide] = label[beide].astype(str) + " – " + beschrijving[beide].astype(str)
    return uit


def _records(frame: pd.DataFrame) -> list[dict]:
    from systeem.kaart import records

    return [{k: v for k, v in r.items() if v is not None} for r in records(frame)]


def _plaats(p: Probleem, elementen: pd.Index, verbindingen: pd.Index) -> Probleem:
    """A validation problem with the Kumu sheet and row it came from."""
    kolommen = {
        "van": "From",
        "naar": "To",
        "soort": "Type",
        "waarde": "Strength",
        "omschrijving": "Label",
        "naam": "Label",
        "toelichting": "Description",
        "invloed": "Invloed",
        "sector": "Sector",
        "tastbaar": "Tastbaar",
    }
    if p.tabel == "stromen" and p.rij is not None and p.rij < len(verbindingen):
        kolom = kolommen.get(p.veld or "", p.veld)
        return Probleem(
            "", f"blad {VERBINDINGEN}, rij {verbindingen[p.rij]}, kolom {kolom}: {p.tekst}"
        )
    if p.tabel == "partners" and p.rij is not None and p.rij < len(elementen):
        kolom = kolommen.get(p.veld or "", p.veld)
        return Probleem("", f"blad {ELEMENTEN}, rij {elementen[p.rij]}, kolom {kolom}: {p.tekst}")
    return p


def _labels(kaart: Kaart, taal: str) -> pd.Series:
    """Node id -> a unique Label: the name, with the id added where names repeat."""
    from systeem.teksten import tekst

    ids = pd.Index([OPGAVE, *kaart.partners["id"]])
    namen = pd.Series([kaart.opgave or tekst("opgave", taal), *kaart.partners["naam"]], index=ids)
    sleutel = namen.str.casefold()
    dubbel = sleutel.duplicated(keep="first")
    namen[dubbel] = namen[dubbel] + " (" + pd.Series(ids[dubbel], index=ids[dubbel]) + ")"
    return namen
