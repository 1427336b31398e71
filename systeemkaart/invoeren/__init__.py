"""The Invoeren page's parts: where a user fills in the kaart.

The page script (``systeemkaart/paginas/invoeren.py``) lays them out: on a wide screen
two columns, left the titel and opgave (:mod:`.kop`) and the quick forms
(:mod:`.formulieren`, their submits in :mod:`.indienen`), right the map as it stands
(:mod:`.kaart_ernaast`), drawn after every entry.  On a narrow screen Streamlit stacks
the columns: the map folds below the forms.  Under both, the four tables (partners,
stromen, afhankelijkheden, belangen) as editable grids (:mod:`.rasters`: each grid's key
and data in :mod:`.editors`, its edits applied in :mod:`.verwerken`), for changing what
is already there.  The columns as shown are in :mod:`.kolommen`, the messages and
problems in :mod:`.meldingen`, the session keys in :mod:`.sleutels`.

Every entry goes through :func:`systeem.bestanden.tabellen.uit_tabellen` (so
:func:`systeem.model.validatie.valideer`), the quick forms' rows built by
:mod:`systeem.bestanden.toevoegen`: a bad entry gets a message naming the field and
nothing stored changes.
"""
