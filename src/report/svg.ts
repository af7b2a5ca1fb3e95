import { escapeHtml as esc, oneLine } from "./escape.js";

/**
 * Bar and line charts as inline SVG: the report page must open from a file, offline, with
 * nothing fetched, so there is no chart library. Every text drawn (titles, category and
 * series names) is escaped here; callers pass plain text.
 */

export interface Series {
  name: string;
  /** One per category; null is "no value" (a gap in a line, no bar). */
  values: Array<number | null>;
  color?: string;
}

export interface ChartSpec {
  /** Unique in the page: the chart's title element is named by it. */
  id: string;
  title: string;
  xLabel: string;
  yLabel: string;
  categories: string[];
  series: Series[];
  /** How a value reads on the y axis and in tooltips. */
  format: (n: number) => string;
  /** A fixed top of the y axis (1 for rates); otherwise a round number above the largest value. */
  yMax?: number;
  /** Counts: ticks on whole numbers. */
  integer?: boolean;
  /** With one series: a colour per category (outcome classes). */
  barColors?: string[];
}

/** Okabe–Ito, legible to colour-blind readers; past eight series the lines repeat them dashed. */
export const PALETTE = ["#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#8c6d31", "#555555"];
const DASHES = ["", "6 3", "2 3", "8 3 2 3"];

const WIDTH = 760;
const TOP = 48;
const LEFT = 76;
const RIGHT = 20;
const PLOT_H = 220;
const X_AXIS = 56;
const LEGEND_ROW = 20;
const FONT = 12;
/** About how wide a character of the 11 px tick font is. */
const CHAR_W = 6.4;
const LEGEND_NAME = 32;

interface Frame {
  plotW: number;
  height: number;
  top: number;
  slot: number;
  y: (v: number) => number;
  x: (i: number) => number;
  parts: string[];
}

/** Bars per category, side by side when there are several series (a histogram of two kinds of rounds). */
export function barChart(spec: ChartSpec): string {
  const f = frame(spec);
  const groups = spec.series.length;
  const pad = f.slot >= 6 ? f.slot * 0.2 : 0;
  const barW = Math.max(0.5, (f.slot - pad) / groups);
  const labelled = spec.categories.length * groups <= 16;
  spec.series.forEach((s, si) => {
    s.values.forEach((v, i) => {
      if (v === null || v <= 0) return;
      const x = LEFT + i * f.slot + pad / 2 + si * barW;
      const y = f.y(v);
      const color = groups === 1 && spec.barColors?.[i] ? spec.barColors[i] : (s.color ?? PALETTE[si % PALETTE.length]!);
      const name = groups > 1 ? `${spec.categories[i]}, ${s.name}` : spec.categories[i];
      f.parts.push(`<rect x="${r(x)}" y="${r(y)}" width="${r(barW)}" height="${r(f.top + PLOT_H - y)}" fill="${color}"><title>${esc(`${name}: ${spec.format(v)}`)}</title></rect>`);
      if (labelled) f.parts.push(`<text x="${r(x + barW / 2)}" y="${r(y - 4)}" text-anchor="middle" font-size="11">${esc(spec.format(v))}</text>`);
    });
  });
  return finish(spec, f, "bar");
}

/** A line per series across the categories, broken where a value is null. */
export function lineChart(spec: ChartSpec): string {
  const f = frame(spec);
  spec.series.forEach((s, si) => {
    const color = s.color ?? PALETTE[si % PALETTE.length]!;
    const dash = DASHES[Math.floor(si / PALETTE.length) % DASHES.length];
    let d = "";
    let open = false;
    s.values.forEach((v, i) => {
      if (v === null) {
        open = false;
        return;
      }
      d += `${open ? "L" : "M"}${r(f.x(i))} ${r(f.y(v))}`;
      open = true;
    });
    if (d) f.parts.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`);
    // Points only while they stay apart: at a year of weeks the line says enough.
    if (f.slot >= 8) {
      s.values.forEach((v, i) => {
        if (v !== null) f.parts.push(`<circle cx="${r(f.x(i))}" cy="${r(f.y(v))}" r="3" fill="${color}"><title>${esc(`${s.name}, ${spec.categories[i]}: ${spec.format(v)}`)}</title></circle>`);
      });
    }
  });
  if (spec.series.every((s) => s.values.every((v) => v === null))) {
    f.parts.push(`<text x="${r(LEFT + f.plotW / 2)}" y="${r(f.top + PLOT_H / 2)}" text-anchor="middle" fill="#666">no data</text>`);
  }
  return finish(spec, f, "line");
}

/** Axes, grid, ticks and labels; the marks go in between. */
function frame(spec: ChartSpec): Frame {
  const plotW = WIDTH - LEFT - RIGHT;
  const n = Math.max(1, spec.categories.length);
  const slot = plotW / n;
  const legend = spec.series.length > 1 ? legendRows(spec.series, plotW).length : 0;
  const top = TOP;
  const height = top + PLOT_H + X_AXIS + legend * LEGEND_ROW + 8;
  const largest = Math.max(0, ...spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v))));
  const yTop = spec.yMax ?? niceTop(largest, spec.integer === true);
  const y = (v: number) => top + PLOT_H - (Math.min(v, yTop) / yTop) * PLOT_H;
  const x = (i: number) => LEFT + (i + 0.5) * slot;
  const parts: string[] = [];
  // Grid and y ticks: five steps.
  for (let k = 0; k <= 5; k++) {
    const v = (yTop * k) / 5;
    const gy = y(v);
    parts.push(`<line x1="${LEFT}" x2="${LEFT + plotW}" y1="${r(gy)}" y2="${r(gy)}" stroke="${k === 0 ? "#333" : "#e3e3e3"}"/>`);
    parts.push(`<text x="${LEFT - 6}" y="${r(gy + 4)}" text-anchor="end" font-size="11">${esc(spec.format(v))}</text>`);
  }
  parts.push(`<line x1="${LEFT}" x2="${LEFT}" y1="${top}" y2="${top + PLOT_H}" stroke="#333"/>`);
  // X ticks: as many labels as fit without touching.
  const widest = Math.max(1, ...spec.categories.map((c) => c.length)) * CHAR_W + 10;
  const every = Math.max(1, Math.ceil(widest / slot));
  spec.categories.forEach((c, i) => {
    if (i % every !== 0) return;
    parts.push(`<line x1="${r(x(i))}" x2="${r(x(i))}" y1="${top + PLOT_H}" y2="${top + PLOT_H + 4}" stroke="#333"/>`);
    parts.push(`<text x="${r(x(i))}" y="${top + PLOT_H + 18}" text-anchor="middle" font-size="11">${esc(c)}</text>`);
  });
  return { plotW, height, top, slot, y, x, parts };
}

function finish(spec: ChartSpec, f: Frame, kind: "bar" | "line"): string {
  const titleId = `${spec.id}-title`;
  const axisY = f.top + PLOT_H + 42;
  const out = [
    `<svg id="${esc(spec.id)}" viewBox="0 0 ${WIDTH} ${r(f.height)}" width="${WIDTH}" height="${r(f.height)}" role="img" aria-labelledby="${esc(titleId)}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="${FONT}">`,
    `<title id="${esc(titleId)}">${esc(spec.title)}</title>`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="${LEFT}" y="24" font-size="15" font-weight="600">${esc(spec.title)}</text>`,
    ...f.parts,
    `<text x="${r(LEFT + f.plotW / 2)}" y="${axisY}" text-anchor="middle" fill="#333">${esc(spec.xLabel)}</text>`,
    `<text transform="translate(16 ${r(f.top + PLOT_H / 2)}) rotate(-90)" text-anchor="middle" fill="#333">${esc(spec.yLabel)}</text>`,
  ];
  if (spec.series.length > 1) {
    legendRows(spec.series, f.plotW).forEach((row, ri) => {
      const ly = axisY + 12 + ri * LEGEND_ROW;
      for (const item of row) {
        const color = item.series.color ?? PALETTE[item.index % PALETTE.length]!;
        const dash = DASHES[Math.floor(item.index / PALETTE.length) % DASHES.length];
        const x = LEFT + item.x;
        out.push(`<line x1="${r(x)}" x2="${r(x + 18)}" y1="${ly + 6}" y2="${ly + 6}" stroke="${color}" stroke-width="${kind === "bar" ? 10 : 3}"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`);
        out.push(`<text x="${r(x + 24)}" y="${ly + 10}"><title>${esc(item.series.name)}</title>${esc(item.label)}</text>`);
      }
    });
  }
  out.push("</svg>");
  return out.join("\n");
}

interface LegendItem {
  series: Series;
  index: number;
  label: string;
  x: number;
}

/** Legend entries laid out left to right, wrapping at the plot's width. */
function legendRows(series: Series[], width: number): LegendItem[][] {
  const rows: LegendItem[][] = [[]];
  let x = 0;
  series.forEach((s, index) => {
    const label = oneLine(s.name, LEGEND_NAME);
    const w = 24 + label.length * 7 + 18;
    if (x > 0 && x + w > width) {
      rows.push([]);
      x = 0;
    }
    rows.at(-1)!.push({ series: s, index, label, x });
    x += w;
  });
  return rows;
}

/** A round number at or above `max` with five even steps below it: 1, 2, 2.5, 5 or 10 times a power of ten. */
function niceTop(max: number, integer: boolean): number {
  if (!(max > 0)) return integer ? 5 : 1;
  if (integer && max <= 5) return 5;
  const exp = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * exp >= max && (!integer || Number.isInteger((m * exp) / 5))) return m * exp;
  return 10 * exp;
}

/** Coordinates to a tenth of a pixel: a 10,000-run page stays small. */
const r = (n: number) => String(Math.round(n * 10) / 10);
