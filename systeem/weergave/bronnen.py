"""Bronnen: the renderer's front-end files, read from the package's ``static/`` folder.

The map page, the hand-out and the app's map component are HTML, CSS and JavaScript;
they live as files next to this module (``systeem/weergave/static/``), found through
:mod:`importlib.resources` so they are read the same way from a source checkout and
from an installed wheel (they are package data):

- ``pagina.html``: the skeleton of every self-contained page (the standalone map page and
  the hand-out): head, the inlined vis-network files and stylesheet, a body, the script
  that draws the map;
- ``kaart.html`` and ``kaart.css``: the body and style of the standalone map page;
  ``handout.html`` and ``handout.css``: those of the hand-out;
- ``tekenen.html``: the ``<script>`` that draws the map, around ``tekenen.js``
  (``tekenKaart``); ``uitklappen.js`` (the expansion of :func:`systeem.weergave.vis_kolommen`'s
  columns) and ``zoom.js`` (the zoom buttons), shared with the app's map component;
- ``vendor/vis-network/``: vis-network 9.1.2 (JS and CSS, with its licence), taken
  unchanged from the pyvis 0.3.2 wheel.

The ``.html`` files are :class:`string.Template` texts with ``${name}`` placeholders; the
code that fills them escapes every value (``html.escape``, or
:func:`systeem.weergave.pagina.json_literal` for data inside a script).
"""

from __future__ import annotations

import functools
import string
from importlib import resources


@functools.cache
def statisch(naam: str) -> str:
    """Return the text of the file ``naam`` in ``static/`` (read once per process).

    Parameters
    ----------
    naam : the path below ``static/``, parts separated by ``/`` (``"vendor/vis-network/
        vis-network.css"``).

    Example
    -------
    >>> statisch("uitklappen.js").count("function uitklappen(blokken)")
    1
    """
    return resources.files(__package__).joinpath("static", *naam.split("/")).read_text("utf-8")


def sjabloon(naam: str) -> string.Template:
    """Return the HTML template ``naam`` in ``static/``, without the file's final newline.

    Example
    -------
    >>> sjabloon("tekenen.html").substitute(data="{}", scripts="")[:8]
    '<script>'
    """
    return string.Template(statisch(naam).removesuffix("\n"))


@functools.cache
def vis_bestanden() -> tuple[str, str]:
    """Return the vis-network 9.1.2 JS and CSS (``static/vendor/vis-network/``, read once).

    The map page, the hand-out and the app's interactive map component inline these
    files; neither holds ``</script`` or ``</style``, so inlining cannot end its element.

    Example
    -------
    >>> js, css = vis_bestanden()
    >>> "@version 9.1.2" in js, ".vis-network" in css
    (True, True)
    """
    js = statisch("vendor/vis-network/vis-network.min.js")
    css = statisch("vendor/vis-network/vis-network.css")
    if "</script" in js.lower() or "</style" in css.lower():  # pragma: no cover - safety net
        raise RuntimeError("vis-network bevat een afsluitende tag; kan niet inline")
    return js, css


#: The expansion of :func:`systeem.weergave.vis_kolommen`'s columns into vis objects
#: (``uitklappen(blokken)``, and ``kopie``), for the page and the map component.
UITKLAPPEN_JS = statisch("uitklappen.js")

#: The map's zoom control (``zoombediening(net, houder, teksten, passend, bijZoom)``),
#: shared by the app's map component and the standalone page.
ZOOM_JS = statisch("zoom.js")
