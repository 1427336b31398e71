// The map's zoom control, shared by the app's map component and the standalone page.
//
// zoombediening(net, houder, teksten, passend, bijZoom) puts three buttons (in, out,
// fit) in the top right corner of `houder`, zooms around the pointer on Ctrl/Cmd +
// wheel (and on a touchpad pinch, which browsers report as Ctrl + wheel), and on a plain
// wheel lets the page scroll and shows `teksten.hint` for a moment. `bijZoom` is called
// after every zoom by the user; the fit button calls `passend`. It returns a function
// that puts new `teksten` on the buttons and the hint (a language switch).
function zoombediening(net, houder, teksten, passend, bijZoom) {
  teksten = teksten || {in: "+", uit: "-", passend: "[ ]", hint: ""};
  if (getComputedStyle(houder).position === "static") houder.style.position = "relative";
  var knoppen = [];
  var balk = document.createElement("div");
  balk.className = "sk-zoom";
  balk.setAttribute("style", "position:absolute;top:8px;right:8px;z-index:4;display:flex;" +
    "flex-direction:column;gap:4px;");

  // Zoom by `factor` around the point `dom` (pixels in `houder`; default its middle).
  function schaal(factor, dom) {
    var w = houder.clientWidth, h = houder.clientHeight;
    var p = dom || {x: w / 2, y: h / 2};
    var oud = net.getScale(), nieuw = Math.min(6, Math.max(0.03, oud * factor));
    var c = net.DOMtoCanvas(p);
    net.moveTo({scale: nieuw, animation: false,
      position: {x: c.x - (p.x - w / 2) / nieuw, y: c.y - (p.y - h / 2) / nieuw}});
    if (bijZoom) bijZoom();
  }

  // The three buttons: in, out (a minus sign) and fit (arrows to the corners).
  [["+", teksten.in, function () { schaal(1.25); }],
   ["\u2212", teksten.uit, function () { schaal(0.8); }],
   ["\u2922", teksten.passend, function () { passend(); }]].forEach(function (k) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = k[0];
    b.title = k[1];
    b.setAttribute("aria-label", k[1]);
    b.setAttribute("style", "width:34px;height:34px;font-size:20px;line-height:1;cursor:pointer;" +
      "border:1px solid #999;border-radius:4px;background:#fff;color:#1a1a1a;padding:0;");
    b.addEventListener("click", function (e) { e.stopPropagation(); k[2](); });
    balk.appendChild(b);
    knoppen.push(b);
  });
  houder.appendChild(balk);

  // The hint that a plain wheel scrolls the page, shown for a moment.
  var hint = document.createElement("div");
  hint.className = "sk-zoomhint";
  hint.textContent = teksten.hint;
  hint.setAttribute("style", "position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);" +
    "z-index:4;padding:10px 16px;border-radius:6px;background:rgba(0,0,0,.72);color:#fff;" +
    "font-size:16px;pointer-events:none;display:none;");
  houder.appendChild(hint);
  var weg = null;
  houder.addEventListener("wheel", function (e) {
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      var r = houder.getBoundingClientRect();
      schaal(Math.exp(-e.deltaY * 0.0025), {x: e.clientX - r.left, y: e.clientY - r.top});
    } else if (teksten.hint) {
      hint.style.display = "block";
      clearTimeout(weg);
      weg = setTimeout(function () { hint.style.display = "none"; }, 1200);
    }
  }, {passive: false, capture: true});

  return function (nieuw) {
    if (!nieuw) return;
    teksten = nieuw;
    [nieuw.in, nieuw.uit, nieuw.passend].forEach(function (t, i) {
      knoppen[i].title = t;
      knoppen[i].setAttribute("aria-label", t);
    });
    hint.textContent = nieuw.hint;
  };
}
