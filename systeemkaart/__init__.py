"""The Streamlit shell: pages and widgets that read the kaart, call ``systeem`` and draw.

Nothing here computes a balance or builds a graph; that is the core's work.
"""
