"""The Mijn kaarten page: the user's stored kaarten, the bin, and the foto's of the open
kaart, in three tabs (:mod:`.pagina`).

- *Kaarten* (:mod:`.kaarten`): every stored kaart with its title, opgave and last change,
  to open, duplicate, rename or move to the bin, and a form for a new kaart (empty, or a
  copy of an example).
- *Foto's* (:mod:`.fotos`): save a named, dated snapshot of the open kaart, look at one
  read-only (and put it back if wanted), and compare two moments (two foto's, or a foto
  and now) in a chart (:mod:`systeemkaart.grafieken.balans_toen_nu`) and tables
  (:mod:`.vergelijken`, :mod:`systeem.analyses.vergelijking`).
- *Prullenbak* (:mod:`.prullenbak`): the deleted kaarten, to restore or delete for good.

Everything that touches the store goes through :mod:`systeemkaart.staat`; the buttons'
actions and the message they leave for the next run are in :mod:`.acties`.  This package
only draws.
"""
