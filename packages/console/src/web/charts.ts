// Inline SVG charts: three small shapes (stacked bars, a line, horizontal bars) drawn
// from numbers the page already has. See docs/decisions/0190-console-svg-charts.md.
const NS = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string | number>, ...children: Node[]): SVGElement {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  el.append(...children);
  return el;
}

function text(
  x: number,
  y: number,
  value: string,
  attrs: Record<string, string | number> = {},
): SVGElement {
  const el = svg('text', { x, y, ...attrs });
  el.textContent = value;
  return el;
}

function frame(title: string, width: number, height: number, ...children: Node[]): SVGElement {
  const label = svg('title', {});
  label.textContent = title;
  return svg(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart', 'aria-label': title },
    label,
    ...children,
  );
}

const W = 600;
const H = 200;
const PAD = { left: 36, bottom: 24, top: 10, right: 8 };

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / p) * p;
}

function axis(max: number, format: (v: number) => string): SVGElement[] {
  const plotH = H - PAD.top - PAD.bottom;
  return [0, 0.5, 1].map((f) => {
    const y = PAD.top + plotH * (1 - f);
    return svg(
      'g',
      {},
      svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y, y2: y, class: 'grid' }),
      text(PAD.left - 4, y + 4, format(max * f), { 'text-anchor': 'end' }),
    );
  });
}

function xLabels(labels: string[], slot: number): SVGElement[] {
  const every = Math.max(1, Math.ceil(labels.length / 8));
  return labels.flatMap((l, i) =>
    i % every === 0
      ? [text(PAD.left + slot * i + slot / 2, H - 6, l, { 'text-anchor': 'middle' })]
      : [],
  );
}

/** Bars per label, each stacked from its series (e.g. AI and human conversations). */
export function stackedBars(
  title: string,
  labels: string[],
  series: Array<{ name: string; cls: string; values: number[] }>,
): SVGElement {
  const totals = labels.map((_, i) => series.reduce((s, x) => s + (x.values[i] ?? 0), 0));
  const max = niceMax(Math.max(0, ...totals));
  const plotH = H - PAD.top - PAD.bottom;
  const slot = (W - PAD.left - PAD.right) / Math.max(1, labels.length);
  const bars: SVGElement[] = [];
  labels.forEach((label, i) => {
    let y = PAD.top + plotH;
    for (const s of series) {
      const v = s.values[i] ?? 0;
      const hgt = (v / max) * plotH;
      y -= hgt;
      if (v > 0) {
        const rect = svg('rect', {
          x: PAD.left + slot * i + slot * 0.15,
          y,
          width: slot * 0.7,
          height: hgt,
          class: s.cls,
        });
        rect.append(svg('title', {}));
        rect.firstChild!.textContent = `${label}: ${s.name} ${v}`;
        bars.push(rect);
      }
    }
  });
  return frame(
    title,
    W,
    H,
    ...axis(max, (v) => String(Math.round(v))),
    ...bars,
    ...xLabels(labels, slot),
  );
}

/** A line through the values that exist (gaps where a day has none). */
export function line(
  title: string,
  labels: string[],
  values: Array<number | null>,
  format: (v: number) => string,
): SVGElement {
  const max = niceMax(Math.max(0, ...values.filter((v): v is number => v !== null)));
  const plotH = H - PAD.top - PAD.bottom;
  const slot = (W - PAD.left - PAD.right) / Math.max(1, labels.length);
  const points = values.flatMap((v, i) =>
    v === null ? [] : [[PAD.left + slot * i + slot / 2, PAD.top + plotH * (1 - v / max)] as const],
  );
  const dots = points.map(([x, y], i) =>
    svg('circle', { cx: x, cy: y, r: 3, class: 'dot', 'data-i': i }),
  );
  return frame(
    title,
    W,
    H,
    ...axis(max, format),
    svg('polyline', { points: points.map((p) => p.join(',')).join(' '), class: 'line' }),
    ...dots,
    ...xLabels(labels, slot),
  );
}

/** One horizontal bar per item, its value written at its end. */
export function hBars(
  title: string,
  items: Array<{ label: string; value: number; cls?: string }>,
): SVGElement {
  const rowH = 26;
  const height = items.length * rowH + 4;
  const max = niceMax(Math.max(0, ...items.map((i) => i.value)));
  const left = 70;
  const span = W - left - 50;
  return frame(
    title,
    W,
    height,
    ...items.flatMap((item, i) => [
      text(left - 6, i * rowH + 17, item.label, { 'text-anchor': 'end' }),
      svg('rect', {
        x: left,
        y: i * rowH + 4,
        width: Math.max(1, (item.value / max) * span),
        height: rowH - 8,
        class: item.cls ?? 'bar',
      }),
      text(left + (item.value / max) * span + 6, i * rowH + 17, String(item.value)),
    ]),
  );
}
