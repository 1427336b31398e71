"""Systeemkaart served from a checkout: ``streamlit run app.py``.

The app itself is :mod:`systeemkaart.app`; the installed ``systeemkaart`` command
serves that same script.  Streamlit runs this file on every rerun, so it calls
``main`` instead of relying on an import (which Python runs only once).
"""

from systeemkaart.app import main

main()
