"""QR: a QR code of an address, drawn as SVG, for a phone's camera.

The trainer's projector shows the participants' address as a QR code, and a participant's
page shows their personal link as one (to carry on on a phone).  Made offline by segno
(pure Python, no network); error correction level M and segno's quiet zone of four
modules, which phones read reliably from a projected screen.
"""

from __future__ import annotations

import segno


def svg(adres: str, schaal: int = 8) -> str:
    """Return the QR code of ``adres`` as an SVG document (a ``str``, which ``st.image``
    draws as SVG; bytes it would not), without a fixed size: only a ``viewBox``, so it
    scales sharply to whatever width the page gives it.

    Parameters
    ----------
    adres : the text to encode, usually a URL.
    schaal : pixels per module.

    Example
    -------
    >>> beeld = svg("http://192.0.2.2:8501/")
    >>> beeld.lstrip().startswith("<?xml") or beeld.lstrip().startswith("<svg")
    True
    >>> "<script" in beeld, "viewBox" in beeld, 'width="' in beeld
    (False, True, False)
    """
    return segno.make(adres, error="m").svg_inline(scale=schaal, omitsize=True)
