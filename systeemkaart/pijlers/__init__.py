"""The Pijlers page: the pijlerscan, where a group rates the eight pillars of chain
collaboration (:mod:`systeem.analyses.pijlers` has the model, the figures and the radar's
geometry; this package only lays out and draws).

From top to bottom (:mod:`.pagina`):

- the beoordelaar bar (:mod:`.beoordelaars`): pick the beoordelaar being scored, add one
  (a name, unique without regard to case), rename or remove one;
- left, the scoring of the chosen beoordelaar (:mod:`.scoren`): per dimensie (with its
  tension) its two pijlers, each with its explanation, a score 1-5 (click the chosen
  score again for "niet gescoord") and a note; right, the radar chart of the eight
  pijlers per beoordelaar and their average (:mod:`systeemkaart.grafieken.pijlerradar`),
  and the weakest pijlers with their explanation and their dimensie's tension;
- the four dimensies as a 2 x 2 of quadrants coloured by their average (our own
  rendering of the model, :mod:`systeemkaart.grafieken.pijlerdimensies`) and the spread
  between the beoordelaars per pijler, with a table of the figures (:mod:`.spreiding`):
  where the views differ, that is where the conversation is;
- all scores as one editable table, for typing in a flip chart quickly (:mod:`.tabel`).

Every change goes through :func:`systeemkaart.staat.zet_kaart` (stored at once, undoable);
a bad name or a bad cell gives a message and changes nothing.  The scores frame only
holds pijlers that have a score or a note, so a beoordelaar who was just added and has
scored nothing yet lives in the session (:data:`WACHTEND`) until the first score.

This module holds what the parts share: the session keys and the text of a refusal.
"""

from __future__ import annotations

from systeem.model.validatie import KaartFout
from systeemkaart.opmaak import md
from systeemkaart.teksten import tekst

# Session keys of the page.
KIES = "pj_beoordelaar"  # the beoordelaar being scored (selectbox)
GEKOZEN = "pj_gekozen"  # ... kept when the selectbox is not on the page (another page)
NAAM = "pj_naam"  # the name field: a new beoordelaar, or the new name of the chosen one
WACHTEND = "pj_wachtend"  # beoordelaars added but not yet scored: {"kaart": ..., "namen": [...]}
FOUT = "pj_fout"  # a refused action, shown once under the bar
MELDING = "pj_melding"  # a message for the next run (toast)


def fout_tekst(fout: KaartFout, taal: str) -> str:
    """A refused change as the page shows it: a heading and a line per problem."""
    regels = [f"- {md(p.rij_tekst(taal))}" for p in fout.problemen]
    return "\n".join([tekst("pijlers.fout.kop", taal), "", *regels])
