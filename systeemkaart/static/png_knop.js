// The PNG button (systeemkaart/png_knop.py), a Streamlit components-v2 module.
//
// data: {label, bestand, geen}. A click draws the map's canvas (the vis Network that
// netwerk.js exposes as window.__systeemkaartNetwerk) onto a white canvas of the same
// size (the vis canvas is transparent) and downloads it as `bestand`; nothing goes to
// the server. With no map on screen the button says `geen` instead.
export default function (component) {
  const { data, parentElement } = component;
  const knop = parentElement.querySelector(".sk-png-knop");
  const melding = parentElement.querySelector(".sk-png-melding");
  if (!knop || !data) return;
  knop.textContent = data.label;
  knop.onclick = () => {
    melding.textContent = "";
    const net = window.__systeemkaartNetwerk;
    const bron = net && net.canvas && net.canvas.frame && net.canvas.frame.canvas;
    if (!bron || !bron.isConnected || !bron.width) { melding.textContent = data.geen; return; }
    const doek = document.createElement("canvas");
    doek.width = bron.width;
    doek.height = bron.height;
    const ctx = doek.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, doek.width, doek.height);
    ctx.drawImage(bron, 0, 0);
    const a = document.createElement("a");
    a.href = doek.toDataURL("image/png");
    a.download = data.bestand;
    a.style.display = "none";
    document.body.appendChild(a);
    a.click();
    a.remove();
  };
}
