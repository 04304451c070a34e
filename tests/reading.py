"""What a person reads on a page, measured in the browser: every visible text (HTML and the charts' SVG) with its
rendered size, raw markup shown as characters, and chart texts drawn over one another. Shared by the meeting view's
and the pages' browser tests."""

READING = r"""(scope) => {
  const shown = el => { const r = el.getBoundingClientRect(); const cs = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && cs.visibility !== 'hidden' && cs.display !== 'none'
      && parseFloat(cs.opacity || '1') > 0 && !el.closest('[hidden]'); };
  const main = document.querySelector(scope || '[data-testid="stMain"]');
  const html = [], chart = [], overlaps = [];
  const walk = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const n = walk.currentNode, el = n.parentElement, text = n.textContent.trim();
    if (!text || !el || el.closest('svg') || el.closest('style, script') || !shown(el)) continue;
    html.push([parseFloat(getComputedStyle(el).fontSize), text.slice(0, 60)]);
  }
  for (const plot of main.querySelectorAll('.js-plotly-plot')) {
    if (!shown(plot)) continue;
    const boxes = [];
    // Hover labels and the mode bar appear only under the pointer; everything else is on the chart for good.
    for (const t of plot.querySelectorAll('.main-svg text')) {
      if (!t.textContent.trim() || !shown(t) || t.closest('.hoverlayer')) continue;
      chart.push([parseFloat(getComputedStyle(t).fontSize), t.textContent.trim().slice(0, 60)]);
      const r = t.getBoundingClientRect();
      boxes.push([r.left, r.top, r.right, r.bottom, t.textContent.trim().slice(0, 30)]);
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]), h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
      if (w > 2 && h > 2) overlaps.push([a[4], b[4]]);
    }
  }
  const svg = [...main.querySelectorAll('.js-plotly-plot .main-svg text')].map(t => t.innerHTML).join('\n');
  return {html, chart, overlaps, body: main.innerText, svg};
}"""
MARKUP = ("<br", "&lt;", "&gt;", "&amp;", "<b>", "</b>", "&#")


def problems(pg, *, chart_px: float, html_px: float = 0, scope: str | None = None) -> list[str]:
    """What a reader would trip over: text smaller than the sizes given, raw markup, chart texts over one another."""
    got = pg.evaluate(READING, scope)
    out = [f"chart text {px:g}px: {text}" for px, text in got["chart"] if px < chart_px]
    out += [f"text {px:g}px: {text}" for px, text in got["html"] if px < html_px]
    out += [f"chart texts overlap: {a!r} / {b!r}" for a, b in got["overlaps"]]
    shown = got["body"] + "\n" + "\n".join(text for _, text in got["chart"])
    out += [f"raw markup shown: {m}" for m in MARKUP if m in shown]
    out += [f"escaped markup drawn in a chart: {m}" for m in ("&lt;", "&amp;lt;") if m in got["svg"]]
    return out
