// Draws the map of the standalone page and the hand-out in #kaart.
//
// tekenKaart(data) takes the data of systeem.weergave.vis_kolommen (column by column,
// expanded here with uitklappen.js) or already expanded vis objects, and needs
// vis-network and zoom.js loaded before it. It fits the map to its box (at most 1.6x
// zoom), fits again on a resize until the user zooms, and before printing. For browser
// tests it sets window.network (the vis Network) and, once drawn,
// window.__graphReady = true.
function tekenKaart(data) {
  var kolommen = data.vorm === "kolommen";
  var network = new vis.Network(
    document.getElementById("kaart"),
    {
      nodes: new vis.DataSet(kolommen ? uitklappen(data.nodes) : data.nodes),
      edges: new vis.DataSet(kolommen ? uitklappen(data.edges) : data.edges)
    },
    data.options
  );
  window.network = network;
  var aangeraakt = false;  // the user zoomed or panned: leave the view alone
  function passend() { network.fit({ maxZoomLevel: 1.6, animation: false }); }
  network.on("zoom", function () { aangeraakt = true; });
  zoombediening(network, document.getElementById("kaart"), data.zoom, function () {
    aangeraakt = false; passend();
  }, function () { aangeraakt = true; });
  window.addEventListener("resize", function () {
    if (!aangeraakt) { network.redraw(); passend(); }
  });
  window.addEventListener("beforeprint", function () { network.redraw(); passend(); });
  network.once("afterDrawing", function () {
    // Labels have their size only once drawn: fit again so none is cut at the edge.
    if (!aangeraakt) passend();
    window.__graphReady = true;
  });
  passend();
}
