"""Properties that hold for every kaart (hypothesis generates the kaarten)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from systeem import bestanden
from systeem.analyses import balans
from systeem.model.kaart import OPGAVE
from systeem.model.validatie import KaartFout, valideer

_ids = st.text(alphabet="abcdefghij0123456789_", min_size=1, max_size=6).filter(
    lambda s: s != OPGAVE
)


@st.composite
def kaart_docs(draw, max_partners: int = 12):
    ids = draw(st.lists(_ids, min_size=0, max_size=max_partners, unique=True))
    knopen = [OPGAVE, *ids]
    stroom = st.tuples(
        st.sampled_from(knopen),
        st.sampled_from(knopen),
        st.integers(1, 5),
        st.sampled_from(["geld", "kennis", "Tijd", "iets anders"]),
    )
    stromen = [
        {"van": v, "naar": n, "soort": s, "waarde": w}
        for v, n, w, s in draw(st.lists(stroom, max_size=40))
        if v != n
    ]
    return {
        "formaat": "systeemkaart",
        "versie": 1,
        "titel": draw(st.text(min_size=1).filter(str.strip)),
        "partners": [{"id": i, "naam": draw(st.text(min_size=1).filter(str.strip))} for i in ids],
        "stromen": stromen,
    }


@given(kaart_docs(), st.floats(min_value=0.01, max_value=1.0))
def test_balance_lies_within_minus_one_and_one_and_classes_follow_it(data, drempel):
    tabel = balans.balans(valideer(data), drempel)
    met = tabel["balans"].notna()
    assert tabel.loc[met, "balans"].between(-1, 1).all()
    assert (tabel.loc[~met, "klasse"] == "geen_stromen").all()
    assert (tabel.loc[tabel["balans"] <= -drempel, "klasse"] == "geeft_veel_meer").all()
    assert (tabel.loc[tabel["balans"] >= drempel, "klasse"] == "haalt_veel_meer").all()


@given(kaart_docs())
def test_total_brengen_equals_total_halen_over_all_nodes(data):
    k = valideer(data)
    t = balans.totalen(k)
    assert t["brengen"].sum() == t["halen"].sum() == k.stromen["waarde"].sum()


@given(kaart_docs())
def test_json_round_trip_is_lossless(data):
    k = valideer(data)
    assert bestanden.lees_json(bestanden.naar_json(k)) == k


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda kind: (
        st.lists(kind, max_size=4) | st.dictionaries(st.text(max_size=8), kind, max_size=4)
    ),
    max_leaves=30,
)


@st.composite
def beschadigde_docs(draw):
    """Mostly-valid documents with random parts replaced by random JSON values."""
    data = draw(kaart_docs(max_partners=4))
    for _ in range(draw(st.integers(1, 4))):
        doel = data
        sleutels = [
            "partners",
            "stromen",
            "titel",
            "formaat",
            "versie",
            "posities",
            "belangen",
            "afhankelijkheden",
        ]
        sleutel = draw(st.sampled_from(sleutels))
        if isinstance(doel.get(sleutel), list) and doel[sleutel] and draw(st.booleans()):
            rij = draw(st.sampled_from(doel[sleutel]))
            if isinstance(rij, dict):
                rij[draw(st.sampled_from([*rij, "extra"]))] = draw(_json)
                continue
        doel[sleutel] = draw(_json)
    return data


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_json, beschadigde_docs()))
def test_validation_raises_nothing_but_its_own_error(data):
    try:
        k = valideer(data)
    except KaartFout as fout:
        assert fout.problemen and all(p.tekst for p in fout.problemen)
    else:
        json.dumps(k.naar_dict())  # a kaart that passes is always writable


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(kaart_docs(max_partners=10))
def test_bulk_break_test_agrees_with_the_one_partner_what_if(data):
    import networkx as nx

    from systeem.analyses import netwerk

    k = valideer(data)
    alle = netwerk.afgesneden(k)
    bij_opgave = nx.node_connected_component(netwerk.verbindingen(k), OPGAVE)
    for pid in k.partners["id"]:
        v = netwerk.vertrek(k, pid)
        assert v.splitst == (pid in alle)
        if v.splitst and pid in bij_opgave:
            los = [n for deel in v.delen[1:] for n in deel if n in bij_opgave]
            assert sorted(alle[pid]) == sorted(los)
