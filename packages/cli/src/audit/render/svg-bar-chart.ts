import type { Count } from "../audit-model.js";
import { escapeHtml } from "./html-escape.js";

export interface BarChartRow {
  readonly key: string;
  /** One count per column. */
  readonly counts: readonly Count[];
}

export interface BarChart {
  /** Unique in the page, and made by the renderer, never from data: it prefixes the chart's element ids. */
  readonly id: string;
  /** The chart's accessible name. */
  readonly title: string;
  /** A sentence for screen readers saying what the bars show. */
  readonly description: string;
  /** One bar per column in each row; more than one column adds a legend. */
  readonly columns: readonly string[];
  readonly rows: readonly BarChartRow[];
}

/** Calm, print-safe colours, told apart by lightness as well as hue. */
export const barColours = ["#2f5d8a", "#6fa3a8", "#c49a4a", "#7d6b9e", "#8f9f5e", "#b56a6f"] as const;

const width = 600;
const fontSize = 12;
/** An average character's width at 12px in a system font: labels are laid out without measuring. */
const charWidth = 6.8;
const groupGap = 10;
const barGap = 2;
/** A `c` stands for 1 to 5: its bar reaches 5, drawn hatched so it never reads as a measured count. */
const suppressedUpTo = 5;

const colour = (column: number): string => barColours[column % barColours.length] ?? barColours[0];

/** Text cut to a number of characters (whole code points), with an ellipsis when cut. */
function clipped(text: string, chars: number): string {
  const points = [...text];
  return points.length <= chars ? text : `${points.slice(0, Math.max(1, chars - 1)).join("")}…`;
}

const round = (n: number): string => String(Math.round(n * 10) / 10);

interface LegendItem {
  readonly label: string;
  readonly swatch: string;
}

function legend(items: readonly LegendItem[], x0: number): { svg: string; height: number } {
  if (items.length === 0) return { svg: "", height: 0 };
  let x = x0;
  let y = 4;
  const parts: string[] = [];
  for (const item of items) {
    const itemWidth = 18 + [...item.label].length * charWidth + 18;
    if (x + itemWidth > width && x > x0) {
      x = x0;
      y += 20;
    }
    parts.push(
      `<g transform="translate(${round(x)} ${y})">${item.swatch}` +
        `<text x="18" y="6" dominant-baseline="middle">${escapeHtml(item.label)}</text></g>`,
    );
    x += itemWidth;
  }
  return { svg: `<g class="legend">${parts.join("")}</g>`, height: y + 20 };
}

/**
 * A horizontal bar chart as inline SVG: a row label, then one bar per column with its count
 * at the end. A suppressed count (`c`) is a hatched bar up to 5, labelled `c`. Every text is
 * escaped; the chart has a `<title>` and `<desc>` and the role of an image, and each bar a
 * tooltip, while the table beside it carries the same numbers for anyone who cannot see it.
 */
export function renderBarChart(chart: BarChart): string {
  const { id, columns, rows } = chart;
  const numbers = rows.flatMap((row) => row.counts.filter((c): c is number => typeof c === "number"));
  const hasSuppressed = rows.some((row) => row.counts.includes("c"));
  const max = Math.max(1, ...numbers, hasSuppressed ? suppressedUpTo : 0);

  const longest = Math.max(1, ...rows.map((row) => [...row.key].length));
  const labelWidth = Math.min(240, Math.max(64, longest * charWidth + 14));
  const labelChars = Math.floor((labelWidth - 14) / charWidth);
  // Room after the longest bar for its count.
  const valueSpace = 12 + String(max).length * charWidth;
  const barArea = width - labelWidth - valueSpace;
  const barHeight = columns.length > 1 ? 14 : 18;
  const groupHeight = columns.length * barHeight + (columns.length - 1) * barGap;

  const hatch = `${id}-hatch`;
  const legendItems: LegendItem[] = [
    ...(columns.length > 1
      ? columns.map((label, i) => ({
          label,
          swatch: `<rect width="12" height="12" rx="2" fill="${colour(i)}"/>`,
        }))
      : []),
    ...(hasSuppressed
      ? [
          {
            label: "c: 1 to 5, suppressed",
            swatch: `<rect width="12" height="12" rx="2" fill="url(#${hatch})" stroke="#5b6673"/>`,
          },
        ]
      : []),
  ];
  const { svg: legendSvg, height: legendHeight } = legend(legendItems, labelWidth);
  const top = legendHeight + 6;
  const height = top + rows.length * (groupHeight + groupGap) + 4;

  const groups = rows.map((row, r) => {
    const groupTop = top + r * (groupHeight + groupGap);
    const label =
      `<text class="label" x="${round(labelWidth - 8)}" y="${round(groupTop + groupHeight / 2)}" ` +
      `text-anchor="end" dominant-baseline="middle">${escapeHtml(clipped(row.key, labelChars))}` +
      `<title>${escapeHtml(row.key)}</title></text>`;
    const bars = columns.map((column, c) => {
      const count = row.counts[c] ?? 0;
      const y = groupTop + c * (barHeight + barGap);
      const tip = `<title>${escapeHtml(`${row.key}${columns.length > 1 ? `, ${column}` : ""}: ${count}`)}</title>`;
      const valueAt = (x: number): string =>
        `<text class="value" x="${round(x + 4)}" y="${round(y + barHeight / 2)}" dominant-baseline="middle">${count}</text>`;
      if (count === "c") {
        const w = Math.max(10, (suppressedUpTo / max) * barArea);
        return (
          `<rect x="${round(labelWidth)}" y="${y}" width="${round(w)}" height="${barHeight}" fill="url(#${hatch})" ` +
          `stroke="${colour(c)}" stroke-width="1">${tip}</rect>${valueAt(labelWidth + w)}`
        );
      }
      // A count above zero always shows, however small beside the largest.
      const w = count === 0 ? 0 : Math.max(1, (count / max) * barArea);
      const bar =
        w > 0
          ? `<rect x="${round(labelWidth)}" y="${y}" width="${round(w)}" height="${barHeight}" rx="2" fill="${colour(c)}">${tip}</rect>`
          : "";
      return `${bar}${valueAt(labelWidth + w)}`;
    });
    return `<g class="row">${label}${bars.join("")}</g>`;
  });

  const axis = `<line x1="${round(labelWidth)}" y1="${top - 3}" x2="${round(labelWidth)}" y2="${height - 2}" stroke="#9aa5b1" stroke-width="1"/>`;
  const defs =
    `<defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#7d8894" stroke-width="2"/></pattern></defs>`;
  return (
    `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="img" aria-labelledby="${id}-title ${id}-desc" font-size="${fontSize}">` +
    `<title id="${id}-title">${escapeHtml(chart.title)}</title><desc id="${id}-desc">${escapeHtml(chart.description)}</desc>` +
    `${hasSuppressed ? defs : ""}${legendSvg}${groups.join("")}${axis}</svg>`
  );
}
