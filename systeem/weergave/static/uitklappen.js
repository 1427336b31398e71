// Expands the map data of systeem.weergave.vis_kolommen into vis-network objects.
// The data comes column by column: a list of blokken, each {aantal, vast, kolommen};
// every one of a blok's `aantal` objects gets the `vast` fields and its own value from
// each column. A column is a list, or a dictionary code {waarden, codes} for a field
// with a few distinct object values (edge curves). Objects are copied per item, so no
// two items share one. Used by the standalone page, the hand-out and the app's map
// component; tests/weergave_hulp.py holds its Python twin.

// A deep copy of a JSON value.
function kopie(w) {
  if (w === null || typeof w !== "object") return w;
  if (Array.isArray(w)) return w.map(kopie);
  var uit = {};
  for (var k in w) uit[k] = kopie(w[k]);
  return uit;
}

// The vis objects of a list of blokken (the nodes or the edges), in order.
function uitklappen(blokken) {
  var uit = [];
  blokken.forEach(function (blok) {
    var vast = Object.keys(blok.vast), velden = Object.keys(blok.kolommen);
    for (var i = 0; i < blok.aantal; i++) {
      var item = {};
      vast.forEach(function (v) { item[v] = kopie(blok.vast[v]); });
      velden.forEach(function (v) {
        var k = blok.kolommen[v];
        item[v] = Array.isArray(k) ? k[i] : kopie(k.waarden[k.codes[i]]);
      });
      uit.push(item);
    }
  });
  return uit;
}
