// The app's interactive map (systeemkaart/netwerk_component.py), a Streamlit
// components-v2 module. It runs after vis-network, uitklappen.js and zoom.js
// (systeem/weergave/static/), which the component puts before it.
//
// data: the map of systeem.weergave.vis_kolommen (column by column), plus `gekozen` (the
// selected partner), `hoogte` (a CSS height) and `legenda` (systeem.weergave.legenda_inhoud).
// It reports two events: `klik` (the clicked partner's id, "" for empty canvas) and
// `verplaatst` ({id, x, y} of a node the user dropped at a new place).
//
// Streamlit calls the default export again whenever the data changes; one vis Network
// is kept per mount point and only its DataSets and options are updated, so zoom and
// pan stay as the user left them. User text is set with textContent only.
//
// For browser tests: window.__systeemkaartNetwerk (the Network), window.__systeemkaartKlaar
// (true once drawn), and the counters __systeemkaartAanroepen, __systeemkaartGemaakt and
// __systeemkaartTekeningen.

// The mounted maps, per mount point.
const _systeemkaart = new WeakMap();

// Draws the legend data into `lijst` (text only, never markup).
function _legenda(lijst, legenda) {
  lijst.setAttribute("aria-label", legenda.titel);
  lijst.replaceChildren();
  for (const r of legenda.regels) {
    const div = document.createElement("div");
    if (r.kop !== undefined) { div.className = "kop"; div.textContent = r.kop; }
    else if (r.noot !== undefined) { div.className = "noot"; div.textContent = r.noot; }
    else {
      div.className = "regel";
      const teken = document.createElement("span");
      if (r.stip) { teken.className = "stip"; teken.style.background = r.stip; }
      else if (r.lijn) { teken.className = "lijn"; teken.style.borderColor = r.lijn; }
      else if (r.stippel) { teken.className = "lijn stippel"; teken.style.borderColor = r.stippel; }
      else { teken.className = "teken"; teken.style.color = r.kleur; teken.textContent = r.teken; }
      const woord = document.createElement("span");
      woord.textContent = r.tekst;
      div.append(teken, woord);
    }
    lijst.append(div);
  }
}

// Brings a vis DataSet to `items`: removes what is gone, adds and updates the rest.
function _bijwerken(set, items) {
  const nieuw = new Set(items.map((i) => i.id));
  const weg = set.getIds().filter((id) => !nieuw.has(id));
  if (weg.length) set.remove(weg);
  set.update(items);
}

// Shows the partner `gekozen` selected (nothing selected when it is empty).
function _kies(net, gekozen) {
  if (gekozen && net.body.data.nodes.get(gekozen)) net.selectNodes([gekozen], false);
  // unselectAll draws the whole map at once (0.1 s at 2,000 partners): only when needed.
  else if (net.getSelectedNodes().length || net.getSelectedEdges().length) net.unselectAll();
}

// Draws or updates the map; returns the cleanup Streamlit calls when it leaves the page.
export default function (component) {
  const { data, setTriggerValue, parentElement } = component;
  window.__systeemkaartAanroepen = (window.__systeemkaartAanroepen || 0) + 1;
  const omhulsel = parentElement.querySelector(".sk-omhulsel");
  const el = parentElement.querySelector(".sk-netwerk");
  if (!el || !data) return;
  if (omhulsel) omhulsel.style.height = data.hoogte || "";
  _legenda(parentElement.querySelector(".sk-legenda"), data.legenda);
  const kolommen = data.vorm === "kolommen";
  const knopen = kolommen ? uitklappen(data.nodes) : data.nodes;
  const randen = kolommen ? uitklappen(data.edges) : data.edges;
  let s = _systeemkaart.get(parentElement);
  if (s && s.el === el) {
    // Re-invoked with new data: update in place, keep zoom and pan.
    const opties = JSON.stringify(data.options);
    if (opties !== s.opties) { s.net.setOptions(data.options); s.opties = opties; }
    const leesbaar = Boolean(data.leesbaar);
    const aantal = s.nodes.length;
    if (leesbaar !== s.leesbaar) {
      // Readable mode switched: refill (an update would keep the old labels and curves).
      s.edges.clear(); s.nodes.clear();
      s.nodes.add(knopen); s.edges.add(randen);
      s.leesbaar = leesbaar;
    } else {
      _bijwerken(s.nodes, knopen);
      _bijwerken(s.edges, randen);
    }
    // Nodes added or removed while the user has not zoomed: fit, so new ones are in view.
    if (s.nodes.length !== aantal && !s.aangeraakt()) s.passend();
    s.setTriggerValue = setTriggerValue;
    s.zoomteksten(data.zoom);
    _kies(s.net, data.gekozen);
    window.__systeemkaartNetwerk = s.net;
    return s.opruimen;
  }
  if (s) s.net.destroy();
  const nodes = new vis.DataSet(knopen);
  const edges = new vis.DataSet(randen);
  const net = new vis.Network(el, { nodes, edges }, data.options);
  s = {
    el, net, nodes, edges, setTriggerValue,
    opties: JSON.stringify(data.options), leesbaar: Boolean(data.leesbaar),
  };
  s.opruimen = () => {
    if (_systeemkaart.get(parentElement) === s) _systeemkaart.delete(parentElement);
    if (window.__systeemkaartNetwerk === net) {
      // The map left the page (another page, or a map that is drawn anew): tests wait
      // for the next one instead of reading a destroyed network.
      window.__systeemkaartNetwerk = undefined;
      window.__systeemkaartKlaar = false;
    }
    net.destroy();
  };
  _systeemkaart.set(parentElement, s);
  window.__systeemkaartGemaakt = (window.__systeemkaartGemaakt || 0) + 1;

  const rol = (id) => { const n = nodes.get(id); return n ? n.rol : null; };
  net.on("click", (p) => {
    if (p.nodes.length) {
      if (rol(p.nodes[0]) === "partner") s.setTriggerValue("klik", String(p.nodes[0]));
    } else if (!p.edges.length) {
      s.setTriggerValue("klik", "");
    }
  });
  net.on("dragEnd", (p) => {
    if (!p.nodes.length) return;
    const id = p.nodes[0];
    const r = rol(id);
    if (r !== "partner" && r !== "opgave") return;
    const plek = net.getPositions([id])[id];
    const oud = nodes.get(id);
    if (Math.abs(plek.x - oud.x) < 0.5 && Math.abs(plek.y - oud.y) < 0.5) return;
    nodes.update({ id, x: plek.x, y: plek.y });
    s.setTriggerValue("verplaatst", { id: String(id), x: plek.x, y: plek.y });
  });
  net.on("afterDrawing", () => {
    window.__systeemkaartTekeningen = (window.__systeemkaartTekeningen || 0) + 1;
  });
  const passend = () => net.fit({ maxZoomLevel: 1.3, animation: false });
  let aangeraakt = false;
  s.passend = passend;
  s.aangeraakt = () => aangeraakt;
  net.on("zoom", () => { aangeraakt = true; });
  s.zoomteksten = zoombediening(net, el, data.zoom, () => { aangeraakt = false; passend(); },
    () => { aangeraakt = true; });
  net.once("afterDrawing", () => {
    // Labels have their size only once drawn: fit again so none is cut at the edge.
    if (!aangeraakt) passend();
    window.__systeemkaartKlaar = true;
  });
  net.on("dragStart", (p) => { if (!p.nodes.length) aangeraakt = true; });
  if (typeof ResizeObserver !== "undefined" && omhulsel) {
    // Observing reports the current size at once: redraw only when it really changed
    // (a drawing of 2,000 partners costs about 0.1 s).
    let maat = omhulsel.clientWidth + "x" + omhulsel.clientHeight;
    const ro = new ResizeObserver(() => {
      const nu = omhulsel.clientWidth + "x" + omhulsel.clientHeight;
      if (nu === maat) return;
      maat = nu;
      if (aangeraakt) net.redraw(); else passend();
    });
    ro.observe(omhulsel);
    const destroy = s.opruimen;
    s.opruimen = () => { ro.disconnect(); destroy(); };
  }
  passend();
  _kies(net, data.gekozen);
  window.__systeemkaartNetwerk = net;
  return s.opruimen;
}
