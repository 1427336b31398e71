"""Opslag's failures: every way the store can say no, each an :class:`OpslagFout` whose
message is data (a code of :mod:`systeem.teksten.opslag` with values)."""

from __future__ import annotations

from systeem.bestanden.meldingen import MetMelding, zin


class OpslagFout(MetMelding, Exception):
    """The store could not do what was asked; ``melding`` says why (a
    :class:`~systeem.model.problemen.Zin`: ``in_taal(taal)``; ``str()`` is Dutch).

    Example
    -------
    >>> fout = OpslagFout(zin("opslagfout.kaart_naam"))
    >>> str(fout), fout.in_taal("en")
    ('een kaart heeft een naam nodig', 'a map needs a name')
    """


class OnbekendeKaart(OpslagFout):
    """No kaart (or foto) with this id is stored."""

    @classmethod
    def kaart(cls, kaart_id: str) -> OnbekendeKaart:
        """The error for kaart id ``kaart_id``."""
        return cls(zin("opslagfout.geen_kaart", id=kaart_id))


class VerouderdeVersie(OpslagFout):
    """A save was based on an outdated version: someone else changed the kaart first.

    Attributes ``kaart_id``, ``basis`` (the version the save was based on) and
    ``huidig`` (the stored version).
    """

    def __init__(self, kaart_id: str, basis: int, huidig: int) -> None:
        super().__init__(zin("opslagfout.verouderd", huidig=huidig, basis=basis))
        self.kaart_id, self.basis, self.huidig = kaart_id, basis, huidig


class Bevroren(OpslagFout):
    """The trainer froze editing in this participant's werksessie ("kijk nu allemaal naar
    het scherm"); nothing was changed.

    Example
    -------
    >>> Bevroren().in_taal("en")
    'the trainer has paused editing for everyone: look at the screen now'
    """

    def __init__(self) -> None:
        super().__init__(zin("opslagfout.bevroren"))


class OnbekendeDeelnemer(OpslagFout):
    """No participant has this personal key (a wrong link, or the werksessie's kaarten
    were deleted)."""

    def __init__(self) -> None:
        super().__init__(zin("opslagfout.geen_deelnemer"))
