"""The Balans page's parts (the page script is :mod:`systeemkaart.paginas.balans`).

- :mod:`~systeemkaart.balans.cijfers`: the whole-system figures;
- :mod:`~systeemkaart.balans.partnertabel`: each partner's klasse and signaal;
- :mod:`~systeemkaart.balans.paren`: the net flow between pairs;
- :mod:`~systeemkaart.balans.afhankelijkheden`: power, one-sided dependencies, asymmetry;
- :mod:`~systeemkaart.balans.netwerkmaten`: every node's network measures and the MICMAC roles.

The charts are :mod:`systeemkaart.grafieken`'s; these modules lay them out with their
tables and words.
"""
