"""Mijn kaarten: the user's stored kaarten, the bin, and the foto's of the open kaart.

The page script only starts the page; the page itself is the package
:mod:`systeemkaart.mijn_kaarten` (its docstring says what is where).
"""

from systeemkaart.mijn_kaarten import pagina

pagina.toon()
