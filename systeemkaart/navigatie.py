"""Navigatie: where the app's pages are, so every page and test names them one way.

A page is a Streamlit script in ``systeemkaart/paginas/``.  Streamlit resolves a page
path against the directory of the script it runs, which is the repository root under
``streamlit run app.py`` and the package itself when the installed ``systeemkaart``
command serves it; an absolute path means the same page in both.
"""

from __future__ import annotations

from pathlib import Path

#: The folder that holds the page scripts.
PAGINAMAP = Path(__file__).resolve().parent / "paginas"


def pagina(naam: str) -> str:
    """Return the absolute path of the page script ``naam`` (``"kaart"``, ``"balans"``...).

    Example
    -------
    >>> pagina("kaart").endswith("paginas/kaart.py")
    True
    """
    return str(PAGINAMAP / f"{naam}.py")
