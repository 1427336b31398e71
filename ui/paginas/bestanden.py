"""Bestanden: open a kaart from a file, and take the open kaart away in every format.

- **Openen**: a file (JSON, Excel, CSV zip, Kumu) is read by :func:`systeem.bestanden.importeer`.
  A refused file shows its Dutch problems (sheet, row, column) and leaves the open kaart
  as it is; a good one shows what it holds (and, for Kumu, what did not come along) and
  becomes the open kaart only when the user says so.
- **Opslaan**: a download button per format (JSON, Excel, CSV zip, Kumu, GEXF, GraphML,
  the offline hand-out), each made on demand from the open kaart.
- **Sjabloon**: the empty Excel template with dropdowns.
- **PNG**: the map as on the Kaart page, with a button that saves what is on screen.

The upload limit is Streamlit's ``server.maxUploadSize`` (.streamlit/config.toml), also
passed to the widget; :data:`systeem.bestanden.MAX_GROOTTE` and the row caps guard the
core behind it.
"""

from __future__ import annotations

import streamlit as st

from systeem import bestanden, excel
from systeem.teksten import tekst
from systeem.validatie import KaartFout
from ui import netwerk_component, staat
from ui.opmaak import md
from ui.png_knop import png_knop

#: Session key of the file read but not yet opened.
GELEZEN = "bestanden_gelezen"
#: Session key of the message after opening.
GEOPEND = "bestanden_geopend"

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
bestand = st.file_uploader(
    tekst("bestanden.kies", taal),
    type=["json", "xlsx", "zip"],
    help=tekst("bestanden.kies_hulp", taal, mb=mb),
    max_upload_size=mb,
    key="bestanden_upload",
)
if bestand is None:
    st.session_state.pop(GELEZEN, None)
else:
    try:
        ingelezen = bestanden.importeer(bestand.name, bestand.getvalue())
    except KaartFout as fout:
        st.session_state.pop(GELEZEN, None)
        st.error(
            md(tekst("bestanden.geweigerd", taal, naam=bestand.name))
            + "\n\n"
            + "\n".join(f"- {md(p)}" for p in fout.problemen[:50])
            + ("\n- …" if len(fout.problemen) > 50 else "")
        )
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
            if ingelezen.notities:
                st.info(
                    md(tekst("bestanden.notities", taal))
                    + "\n\n"
                    + "\n".join(f"- {md(n)}" for n in ingelezen.notities)
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

# --- Opslaan.
st.subheader(tekst("bestanden.exporteren", taal))
st.caption(md(tekst("bestanden.exporteren_hulp", taal, titel=kaart.titel)))
kolommen = st.columns(4)
for i, formaat in enumerate(EXPORTS):
    with kolommen[i % 4]:
        try:
            inhoud = bestanden.naar_bytes(kaart, formaat, taal)
        except Exception as fout:  # noqa: BLE001 - one format failing must not hide the others
            st.warning(tekst("bestanden.export_fout", taal, fout=md(fout)))
            continue
        st.download_button(
            tekst(f"bestanden.export.{formaat}", taal),
            data=inhoud,
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
    data=excel.sjabloon(taal),
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
