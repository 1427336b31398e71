"""Pijlers: the pijlerscan, where a group rates the eight pillars of chain collaboration.

The page script only starts the page; the page itself is the package
:mod:`systeemkaart.pijlers` (its docstring says what is where).
"""

from systeemkaart.pijlers import pagina

pagina.toon()
