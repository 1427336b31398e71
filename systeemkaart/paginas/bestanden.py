"""Bestanden: open a kaart from a file, and take the open kaart away in every format.

- **Openen**: a file (JSON, Excel, CSV zip, Kumu's spreadsheet, JSON export or CSV
  files, the last two chosen together) is read by
  :func:`systeem.bestanden.importeer_bestanden`.  A refused file shows its Dutch problems
  (sheet, row, column) and leaves the open kaart as it is; a good one shows what it holds
  (and, for Kumu, what did not come along) and becomes the open kaart only when the user
  says so.  A Kumu file refused only for some rows lists them in a table with the button
  "Importeer de rest": it reads the file again without them, and the preview then lists
  what was left out; still nothing is opened or stored until "Open als huidige kaart".
  An upload is read once (:func:`_lees`): a rerun with the same files (by name and
  content hash) shows what the first reading gave.
- **Opslaan**: a download button per format (JSON, Excel, CSV zip, Kumu, GEXF, GraphML,
  the offline hand-out).  A file is made only when its button is clicked: the button
  holds a function (:func:`_later`), not the bytes, and Streamlit calls it on the click,
  so a rerun of the page builds no export.  One that fails says so under its button
  (Streamlit's message, translated in :mod:`systeemkaart.streamlit_teksten`) and, at the
  next run, with the reason above the buttons.
- **Sjabloon**: the empty Excel template with dropdowns, made on the click as well.
- **PNG**: the map as on the Kaart page, with a button that saves what is on screen.

The upload limit is Streamlit's ``server.maxUploadSize`` (.streamlit/config.toml), also
passed to the widget; :data:`systeem.bestanden.MAX_GROOTTE` and the row caps guard the
core behind it.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from functools import partial

import pandas as pd
import streamlit as st

from systeem import bestanden
from systeem.bestanden import excel
from systeem.bestanden.kumu import KumuRijfouten
from systeem.model.validatie import KaartFout
from systeemkaart import netwerk_component, staat
from systeemkaart.opmaak import md
from systeemkaart.png_knop import png_knop
from systeemkaart.teksten import tekst

#: Session key of the file read but not yet opened.
GELEZEN = "bestanden_gelezen"
#: Session key of the message after opening.
GEOPEND = "bestanden_geopend"
#: Session key of the upload whose bad rows the user chose to leave out.
SLA_OVER = "bestanden_sla_over"
#: Session key of the last reading: (which files, in which way; what reading gave).
INGELEZEN = "bestanden_ingelezen"
#: Session key of the exports that failed when clicked: {formaat: reason}.
MISLUKT = "bestanden_mislukt"

log = logging.getLogger("systeemkaart")

#: The download buttons, in order.
EXPORTS = ("json", "excel", "csv", "kumu", "gexf", "graphml", "html")

taal = staat.taal()
kaart = staat.kaart()
mb = int(st.get_option("server.maxUploadSize"))

st.title(tekst("bestanden.titel", taal))
st.write(tekst("bestanden.intro", taal))

# --- Openen.
st.subheader(tekst("bestanden.importeren", taal))
if st.session_state.get(GEOPEND):
    st.success(st.session_state.pop(GEOPEND))
gekozen = st.file_uploader(
    tekst("bestanden.kies", taal),
    type=["json", "xlsx", "zip", "csv"],
    accept_multiple_files=True,
    help=tekst("bestanden.kies_hulp", taal, mb=mb),
    max_upload_size=mb,
    key="bestanden_upload",
)


def _weigering(namen: str, fout: KaartFout) -> None:
    """The Dutch problems of a refused file."""
    st.error(
        md(tekst("bestanden.geweigerd", taal, naam=namen))
        + "\n\n"
        + "\n".join(f"- {md(p.regel(taal))}" for p in fout.problemen[:50])
        + ("\n- …" if len(fout.problemen) > 50 else "")
    )


def _rijfouten(namen: str, fout: KumuRijfouten, upload: tuple) -> None:
    """The rows of a Kumu file that cannot be read, and the button that reads the rest."""
    st.error(md(tekst("bestanden.rijfouten", taal, naam=namen, aantal=len(fout.rijen))))
    kolommen = ("blad", "rij", "kolom", "melding")
    st.dataframe(
        pd.DataFrame(
            [(r.blad, r.rij, r.kolom_in(taal), r.melding.in_taal(taal)) for r in fout.rijen],
            columns=[tekst(f"bestanden.rijfouten.{k}", taal) for k in kolommen],
        ),
        hide_index=True,
        width="stretch",
    )
    if st.button(
        tekst("bestanden.importeer_rest", taal),
        help=tekst("bestanden.importeer_rest_hulp", taal),
        key="bestanden_importeer_rest",
    ):
        st.session_state[SLA_OVER] = upload
        st.rerun()


def _lees(gekozen: list, sla_over: bool) -> bestanden.Import | KaartFout:
    """What reading the chosen files gives: the file read, or the :class:`KaartFout` that
    refuses it (:class:`KumuRijfouten` for a Kumu file with bad rows).

    Read once per distinct choice: the same names with the same contents (by SHA-256),
    ``sla_over`` and language give what the first reading gave, kept in the session
    under :data:`INGELEZEN` (only the last choice).
    """
    inhoud = [(b.name, b.getvalue()) for b in gekozen]
    sleutel = (tuple((n, hashlib.sha256(d).hexdigest()) for n, d in inhoud), sla_over, taal)
    bewaard = st.session_state.get(INGELEZEN)
    if bewaard is not None and bewaard[0] == sleutel:
        return bewaard[1]
    try:
        uitkomst = bestanden.importeer_bestanden(inhoud, sla_over=sla_over)
    except KaartFout as fout:
        uitkomst = fout
    st.session_state[INGELEZEN] = (sleutel, uitkomst)
    return uitkomst


if not gekozen:
    st.session_state.pop(GELEZEN, None)
    st.session_state.pop(SLA_OVER, None)
    st.session_state.pop(INGELEZEN, None)
else:
    namen = ", ".join(b.name for b in gekozen)
    # Which upload this is: "Importeer de rest" holds for this choice of files only.
    upload = tuple((b.name, b.size, getattr(b, "file_id", "")) for b in gekozen)
    ingelezen = _lees(gekozen, sla_over=st.session_state.get(SLA_OVER) == upload)
    if isinstance(ingelezen, KumuRijfouten):
        st.session_state.pop(GELEZEN, None)
        _rijfouten(namen, ingelezen, upload)
    elif isinstance(ingelezen, KaartFout):
        st.session_state.pop(GELEZEN, None)
        _weigering(namen, ingelezen)
    else:
        st.session_state[GELEZEN] = ingelezen
        nieuw = ingelezen.kaart
        with st.container(border=True):
            st.markdown(tekst("bestanden.gelezen", taal, titel=md(nieuw.titel)))
            st.caption(
                tekst(
                    "bestanden.aantallen",
                    taal,
                    partners=len(nieuw.partners),
                    stromen=len(nieuw.stromen),
                    afhankelijkheden=len(nieuw.afhankelijkheden),
                    belangen=len(nieuw.belangen),
                )
            )
            if ingelezen.overgeslagen:
                st.warning(
                    md(tekst("bestanden.overgeslagen", taal, aantal=len(ingelezen.overgeslagen)))
                    + "\n\n"
                    + "\n".join(f"- {md(r)}" for r in ingelezen.overgeslagen_in(taal)[:200])
                    + ("\n- …" if len(ingelezen.overgeslagen) > 200 else "")
                )
            if ingelezen.notities:
                st.info(
                    md(tekst("bestanden.notities", taal))
                    + "\n\n"
                    + "\n".join(f"- {md(n)}" for n in ingelezen.notities_in(taal))
                )
            if st.button(
                tekst("bestanden.openen", taal),
                type="primary",
                help=tekst("bestanden.openen_hulp", taal),
                key="bestanden_openen",
            ):
                staat.zet_kaart(nieuw)
                st.session_state[GEOPEND] = tekst("bestanden.geopend", taal, titel=md(nieuw.titel))
                st.session_state.pop(GELEZEN, None)
                st.rerun()


def _later(naam: str, maak: Callable[[], bytes]) -> Callable[[], bytes]:
    """The file ``maak`` makes, as the ``data`` of a download button: Streamlit calls it
    when the button is clicked (in a thread of its own, not in a run of the page), so a
    rerun builds nothing.  A failure is logged and kept under :data:`MISLUKT` for the
    next run, then raised, so Streamlit says under the button that it failed."""
    mislukt = st.session_state.setdefault(MISLUKT, {})

    def bestand() -> bytes:
        try:
            return maak()
        except Exception as fout:
            log.exception("export %s kon niet gemaakt worden", naam)
            mislukt[naam] = str(fout)
            raise

    return bestand


# --- Opslaan.
st.subheader(tekst("bestanden.exporteren", taal))
st.caption(md(tekst("bestanden.exporteren_hulp", taal, titel=kaart.titel)))
for fout in st.session_state.pop(MISLUKT, {}).values():
    st.warning(tekst("bestanden.export_fout", taal, fout=md(fout)))
kolommen = st.columns(4)
for i, formaat in enumerate(EXPORTS):
    with kolommen[i % 4]:
        st.download_button(
            tekst(f"bestanden.export.{formaat}", taal),
            data=_later(formaat, partial(bestanden.naar_bytes, kaart, formaat, taal)),
            file_name=bestanden.bestandsnaam(kaart, formaat),
            mime=bestanden.FORMATEN[formaat][1],
            help=tekst(f"bestanden.export_hulp.{formaat}", taal),
            on_click="ignore",
            key=f"bestanden_export_{formaat}",
            width="stretch",
        )

# --- Sjabloon.
st.subheader(tekst("bestanden.sjabloon", taal))
st.caption(tekst("bestanden.sjabloon_hulp", taal))
st.download_button(
    tekst("bestanden.sjabloon_knop", taal),
    data=_later("sjabloon", partial(excel.sjabloon, taal)),
    file_name="systeemkaart-sjabloon.xlsx",
    mime=excel.MIME,
    on_click="ignore",
    key="bestanden_sjabloon",
)

# --- PNG of the map as on screen.
st.subheader(tekst("bestanden.png", taal))
st.caption(tekst("bestanden.png_hulp", taal))
png_knop(
    tekst("bestanden.png_knop", taal),
    bestanden.bestandsnaam(kaart, "json").removesuffix(".json") + ".png",
    tekst("bestanden.png_geen_kaart", taal),
)
netwerk_component.verwerk(
    netwerk_component.netwerk(kaart, gekozen=st.session_state.get(staat.GESELECTEERD))
)
