"""Werksessie: the trainer's page of a werksessie, in parts.

The page script (``systeemkaart/paginas/werksessie.py``) only picks the part to show:

- :mod:`~systeemkaart.werksessie.starten`: no werksessie running: the form that starts one
  with a starter kaart for every participant (empty, an example, or a list of partners);
- :mod:`~systeemkaart.werksessie.beheer`: a werksessie running: the join code, the
  participants' address and its QR code for the projector; the door, the freeze, the
  download of every kaart and the end;
- :mod:`~systeemkaart.werksessie.galerij`: a tile per participant, refreshed by itself;
- :mod:`~systeemkaart.werksessie.vergelijken`: two or more participants side by side;
- :mod:`~systeemkaart.werksessie.klas`: the class summary;
- :mod:`~systeemkaart.werksessie.deelnemers`: the participants as the parts show them
  (labels, times, the kaarten to download).

Every participant name, kaart title and text is shown literally: through
:func:`systeemkaart.opmaak.md` in markdown, as it is in tables.
"""
