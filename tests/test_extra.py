"""Extra fields: what an imported file had beyond the kaart's own fields travels with its
row through edits, storage and every format that can carry it, and comes back out."""

from __future__ import annotations

import io
import json
import zipfile

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systeem import bestanden
from systeem.analyses import interventies
from systeem.bestanden import tabellen
from systeem.model.kaart import extra_dicts
from systeem.model.pseudoniemen import pseudoniemen
from systeem.model.scenario import Bijdrage, Scenario
from systeem.model.validatie import KaartFout, valideer
from systeem.opslag import Opslag
from tests.kaartgenerator import kaart_docs


def _doc(**bij):
    doc = {
        "formaat": "systeemkaart",
        "versie": 2,
        "titel": "Wijkaanpak",
        "opgave": "Veilige wijk",
        "opgave_extra": {"Type": "Task", "Tags": "wijk"},
        "partners": [
            {"id": "gem", "naam": "Gemeente", "extra": {"Type": "Organization", "ID": "e1"}},
            {"id": "pol", "naam": "Politie"},
        ],
        "stromen": [
            {
                "van": "gem",
                "naar": "pol",
                "soort": "geld",
                "waarde": 4,
                "extra": {"Direction": "mutual", "Strength": 0.8, "Tags": "=SOM(A1)"},
            },
            {"van": "pol", "naar": "opgave", "soort": "kennis", "waarde": 2},
        ],
    }
    doc.update(bij)
    return doc


def test_extra_fields_are_kept_and_written_only_where_there_are_any():
    k = valideer(_doc())
    d = k.naar_dict()
    assert d["opgave_extra"] == {"Type": "Task", "Tags": "wijk"}
    assert d["partners"][0]["extra"] == {"Type": "Organization", "ID": "e1"}
    assert "extra" not in d["partners"][1] and "extra" not in d["stromen"][1]
    assert d["stromen"][0]["extra"] == {"Direction": "mutual", "Strength": 0.8, "Tags": "=SOM(A1)"}
    # A kaart without extra fields has the same dict as before they existed.
    zonder = valideer({k: v for k, v in _doc().items() if k != "opgave_extra"})
    assert "opgave_extra" not in zonder.naar_dict()


def test_extra_fields_change_the_content_key():
    a = valideer(_doc())
    b = valideer(_doc(opgave_extra={"Type": "task"}))
    c = valideer({**_doc(), "stromen": [{**_doc()["stromen"][0], "extra": {"Strength": 1}}]})
    d = valideer({**_doc(), "stromen": [{**_doc()["stromen"][0], "extra": {"Strength": True}}]})
    assert len({a.sleutel(), b.sleutel(), c.sleutel(), d.sleutel()}) == 4


@pytest.mark.parametrize(
    "extra, plek, melding",
    [
        ({"": 1}, "partners[0].extra", 'sleutel "": mag niet leeg zijn'),
        ({"x": [1]}, "partners[0].extra.x", "moet tekst, een getal of true/false zijn"),
        ({"x": float("inf")}, "partners[0].extra.x", "moet een eindig getal zijn"),
        ({"x": "a" * 10_001}, "partners[0].extra.x", "te lang: hoogstens 10000 tekens"),
        ({str(i): i for i in range(51)}, "partners[0].extra", "te veel extra velden: hoogstens 50"),
        ("Tags", "partners[0].extra", 'moet een object zijn ({ ... }), niet "Tags"'),
    ],
)
def test_bad_extra_fields_are_refused_with_their_place(extra, plek, melding):
    doc = _doc()
    doc["partners"][0]["extra"] = extra
    with pytest.raises(KaartFout) as fout:
        valideer(doc)
    assert [(p.plek, p.tekst) for p in fout.value.problemen] == [(plek, melding)]


def test_an_edited_stroom_keeps_its_extra_fields_and_a_new_one_has_none():
    k = valideer(_doc())
    t = tabellen.bewerkbaar(k)
    t["stromen"].loc[0, "waarde"] = 2
    t["stromen"] = pd.concat(
        [
            t["stromen"],
            pd.DataFrame([{"van": "gem", "naar": "opgave", "soort": "tijd", "waarde": 1}]),
        ],
        ignore_index=True,
    )
    t["partners"].loc[1, "naam"] = "Wijkagent"
    nieuw = tabellen.uit_tabellen(k, t)
    assert extra_dicts(nieuw.stromen["extra"]) == [
        {"Direction": "mutual", "Strength": 0.8, "Tags": "=SOM(A1)"},
        {},
        {},
    ]
    assert nieuw.stromen["waarde"].tolist() == [2, 2, 1]
    assert extra_dicts(nieuw.partners["extra"])[0] == {"Type": "Organization", "ID": "e1"}
    assert nieuw.opgave_extra == {"Type": "Task", "Tags": "wijk"}


def test_a_stroom_split_by_an_interventie_keeps_its_extra_fields_in_each_piece():
    k = valideer(_doc())
    scenario = Scenario("Meer", (Bijdrage(partner="gem", factor=2.0),))
    na = interventies.toepassen(k, scenario).kaart
    stukken = na.stromen[na.stromen["van"] == "gem"]
    assert stukken["waarde"].tolist() == [5, 3]
    assert set(stukken["extra"]) == {k.stromen.loc[0, "extra"]}
    assert (na.stromen[na.stromen["van"] == "pol"]["extra"] == "").all()


@pytest.mark.parametrize("formaat", ["json", "xlsx"])
def test_extra_fields_survive_json_and_excel_exactly(formaat):
    k = valideer(_doc())
    terug = bestanden.lees_bytes(f"k.{formaat}", bestanden.naar_bytes(k, formaat))
    assert terug == k


def test_extra_fields_survive_the_csv_zip_as_text_and_are_neutralised():
    k = valideer(_doc())
    inhoud = bestanden.naar_bytes(k, "zip")
    with zipfile.ZipFile(io.BytesIO(inhoud)) as z:
        stromen = z.read("stromen.csv").decode("utf-8-sig")
    assert "extra:Direction" in stromen and "'=SOM(A1)" in stromen
    terug = bestanden.lees_bytes("k.zip", inhoud)
    assert extra_dicts(terug.stromen["extra"])[0] == {
        "Direction": "mutual",
        "Strength": "0.8",
        "Tags": "=SOM(A1)",
    }
    assert terug.opgave_extra == {"Type": "Task", "Tags": "wijk"}


def test_excel_extra_columns_are_readable_and_a_bad_one_names_sheet_row_and_column():
    k = valideer(_doc())
    bladen = bestanden.naar_bytes(k, "xlsx")
    import openpyxl

    boek = openpyxl.load_workbook(io.BytesIO(bladen))
    kop = [c.value for c in boek["Stromen"][1]]
    assert kop[-3:] == ["extra:Direction", "extra:Strength", "extra:Tags"]
    boek["Stromen"].cell(row=2, column=len(kop) - 2, value="x" * 10_001)
    uit = io.BytesIO()
    boek.save(uit)
    with pytest.raises(KaartFout) as fout:
        bestanden.lees_bytes("k.xlsx", uit.getvalue())
    assert [str(p) for p in fout.value.problemen] == [
        "blad Stromen, rij 2, kolom extra:Direction: te lang: hoogstens 10000 tekens"
    ]


def test_the_store_keeps_extra_fields(tmp_path):
    winkel = Opslag(tmp_path / "k.db")
    k = valideer(_doc())
    kid = winkel.maak(k)
    assert winkel.lees(kid).kaart == k
    assert winkel.lees(kid).kaart.opgave_extra == {"Type": "Task", "Tags": "wijk"}


def test_pseudonyms_drop_extra_fields_that_could_name_a_partner():
    p = pseudoniemen(valideer(_doc()))
    assert (p.partners["extra"] == "").all() and (p.stromen["extra"] == "").all()
    assert p.opgave_extra == {}


_SLEUTEL = st.text(st.sampled_from(list("abcXYZ:_- é=")), min_size=1, max_size=8).filter(
    lambda s: s.strip() == s and s != ""  # keys are trimmed: a file never has others
)
_WAARDE = (
    st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=10)
    | st.integers(-(2**40), 2**40)
    # A spreadsheet keeps 15 significant digits; these have at most 9.
    | st.integers(-(10**9), 10**9).map(lambda i: i / 1000).filter(lambda f: not f.is_integer())
    | st.booleans()
)
_EXTRA = st.dictionaries(_SLEUTEL, _WAARDE, max_size=4)


@st.composite
def _docs_met_extra(draw):
    doc = draw(kaart_docs(max_partners=5))
    for tabel in ("partners", "stromen"):
        for rij in doc[tabel]:
            velden = draw(_EXTRA)
            if velden:
                rij["extra"] = velden
    velden = draw(_EXTRA)
    if velden:
        doc["opgave_extra"] = velden
    return doc


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_docs_met_extra())
def test_generated_extra_fields_survive_json_excel_and_the_store(doc):
    k = valideer(doc)
    assert valideer(json.loads(json.dumps(k.naar_dict()))) == k
    # Text that is only spaces is left empty by a spreadsheet; compare what Excel can hold.
    terug = bestanden.lees_bytes("k.xlsx", bestanden.naar_bytes(k, "xlsx"))
    verwacht = [
        {s: w for s, w in d.items() if not (isinstance(w, str) and w.strip() == "")}
        for d in extra_dicts(k.stromen["extra"])
    ]
    assert extra_dicts(terug.stromen["extra"]) == verwacht
