"""Systeemkaart: the functional core.

A *kaart* maps one inter-organisational collaboration as a system: partners around a
shared task (the *opgave*), the *stromen* of what each partner brings and takes, the
*afhankelijkheden* between partners and each partner's *belangen*.  This package holds
pure functions over plain data (pandas frames, dicts); it never imports Streamlit, so a
notebook, the CLI (``python -m systeem``) and the app all share one core.

Modules, one concept each:

- :mod:`systeem.model.kaart` – the in-memory model of a kaart and its conversion to and from
  the JSON-shaped dict of file format v2.
- :mod:`systeem.model.validatie` – the rules a kaart must follow, reported as Dutch problems.
- :mod:`systeem.analyses.balans` – brengen, halen, balans and klasse per partner; breakdowns.
- :mod:`systeem.analyses.wederkerigheid` – net flow and reciprocity per pair of nodes.
- :mod:`systeem.analyses.afhankelijkheid` – dependency asymmetry, power, one-sided dependencies.
- :mod:`systeem.analyses.netwerk` – the networkx graph, and what happens when a partner leaves.
- :mod:`systeem.analyses.signalen` – findings with a suggestion from the four rebalancing moves.
- :mod:`systeem.analyses.analyse` – one call that bundles the above (used by the CLI and the app).
- :mod:`systeem.bestanden` – reading and writing kaart files.
- :mod:`systeem.teksten` – every user-facing string, in Dutch and English.
"""

from systeem.model.kaart import OPGAVE, Kaart
from systeem.model.validatie import KaartFout, Probleem

__all__ = ["OPGAVE", "Kaart", "KaartFout", "Probleem"]
