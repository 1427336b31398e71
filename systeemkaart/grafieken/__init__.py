"""Grafieken: every chart of the app, once, in a module named after what it shows.

- :mod:`~systeemkaart.grafieken.balansstaven`: brengen against halen per partner;
- :mod:`~systeemkaart.grafieken.soorten`: where the imbalance sits, partner x soort;
- :mod:`~systeemkaart.grafieken.paren`: a pair matrix (the net flow between pairs, the
  dependency asymmetry), or its largest pairs as a list on a large kaart;
- :mod:`~systeemkaart.grafieken.macht`: power and dependency per partner;
- :mod:`~systeemkaart.grafieken.voor_na`: each partner's balans before and after a
  scenario or a departure, and who changes klasse;
- :mod:`~systeemkaart.grafieken.micmac`: influence against dependence, four roles;
- :mod:`~systeemkaart.grafieken.kwadranten`: invloed against balans, four kwadranten;
- :mod:`~systeemkaart.grafieken.warmtekaart`: the heatmap the pair and soort charts share;
- :mod:`~systeemkaart.grafieken.pijlerradar`: the pijlers on a radar, per beoordelaar and
  their average (with the series' colours, :func:`~.pijlerradar.reeks_kleuren`);
- :mod:`~systeemkaart.grafieken.pijlerdimensies`: the four dimensies as quadrants;
- :mod:`~systeemkaart.grafieken.pijlerspreiding`: the spread of the scores per pijler;
- :mod:`~systeemkaart.grafieken.balans_toen_nu`: each partner's balans at two moments
  (two foto's, or a foto and now).
- :mod:`~systeemkaart.grafieken.klas`: a werksessie's class summary: how many kaarten
  raise each signal, and per kind of partner how many are out of balance.

Each chart follows the conventions of :mod:`systeemkaart.grafiek` (a row per partner
drawn by ``per_partner`` with its names on ``partner_as``), takes the core's tables and
returns an Altair chart; the few functions that show a table or list draw it themselves.
"""
