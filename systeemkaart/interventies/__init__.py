"""The Interventies page's parts (the page script is :mod:`systeemkaart.paginas.interventies`).

- :mod:`~systeemkaart.interventies.scenarios`: the active scenario and every change to
  the list of scenarios or to the moves of one (the rules are
  :mod:`systeem.model.scenario`'s; here they are stored, undoable, with a message);
- :mod:`~systeemkaart.interventies.scenariobalk`: pick, create, rename, order, delete;
- :mod:`~systeemkaart.interventies.zetten`: the moves of the active scenario;
- :mod:`~systeemkaart.interventies.voorstellen`: one-click suggestions;
- :mod:`~systeemkaart.interventies.formulier` and :mod:`~systeemkaart.interventies.velden`:
  one form for every move, built from the move's fields;
- :mod:`~systeemkaart.interventies.voor_en_na`: the figures before and after;
- :mod:`~systeemkaart.interventies.vertrek`: what if a partner leaves;
- :mod:`~systeemkaart.interventies.macht`: power and influence.
"""
