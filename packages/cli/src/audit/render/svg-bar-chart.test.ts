import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseXml, type XmlElement } from "../../../test/xml.js";
import type { Count } from "../audit-model.js";
import { type BarChart, barColours, renderBarChart } from "./svg-bar-chart.js";

const chart = (rows: BarChart["rows"], columns: readonly string[] = ["records"]): BarChart => ({
  id: "chart-1",
  title: "Markers",
  description: "Horizontal bars of records by marker.",
  columns,
  rows,
});

function all(element: XmlElement, name: string): XmlElement[] {
  return [
    ...(element.name === name ? [element] : []),
    ...element.children.flatMap((child) => all(child, name)),
  ];
}

/** The bars: rectangles outside the legend and the hatch pattern. */
function bars(svg: XmlElement): XmlElement[] {
  return all(svg, "g")
    .filter((g) => g.attributes.class === "row")
    .flatMap((g) => g.children.filter((child) => child.name === "rect"));
}

const widthOf = (rect: XmlElement | undefined): number => Number(rect?.attributes.width);

describe("renderBarChart", () => {
  it("is an accessible SVG image with a title and a description", () => {
    const svg = parseXml(renderBarChart(chart([{ key: "CSE", counts: [3] }])));
    expect(svg.name).toBe("svg");
    expect(svg.attributes.role).toBe("img");
    expect(svg.attributes["aria-labelledby"]).toBe("chart-1-title chart-1-desc");
    expect(svg.children[0]).toMatchObject({
      name: "title",
      text: "Markers",
      attributes: { id: "chart-1-title" },
    });
    expect(svg.children[1]).toMatchObject({ name: "desc", attributes: { id: "chart-1-desc" } });
  });

  it("draws bars in proportion, the longest filling the bar area", () => {
    const svg = parseXml(
      renderBarChart(
        chart([
          { key: "CSE", counts: [40] },
          { key: "CSA", counts: [10] },
        ]),
      ),
    );
    const [cse, csa] = bars(svg);
    expect(widthOf(cse) / widthOf(csa)).toBeCloseTo(4, 1);
    expect(Number(cse?.attributes.x) + widthOf(cse)).toBeLessThan(600);
    expect(all(svg, "text").map((t) => t.text)).toEqual(["CSE", "40", "CSA", "10"]);
  });

  it("draws no bar for a zero, but still says 0", () => {
    const svg = parseXml(renderBarChart(chart([{ key: "CE", counts: [0] }])));
    expect(bars(svg)).toEqual([]);
    expect(all(svg, "text").map((t) => t.text)).toEqual(["CE", "0"]);
  });

  it("draws a suppressed count as a hatched bar labelled c, up to 5, with a legend", () => {
    const svg = parseXml(
      renderBarChart(
        chart([
          { key: "CSE", counts: [10] },
          { key: "CCE", counts: ["c"] },
        ]),
      ),
    );
    const [cse, cce] = bars(svg);
    expect(cce?.attributes.fill).toBe("url(#chart-1-hatch)");
    expect(widthOf(cce) / widthOf(cse)).toBeCloseTo(0.5, 1);
    expect(all(svg, "pattern").map((p) => p.attributes.id)).toEqual(["chart-1-hatch"]);
    const texts = all(svg, "text").map((t) => t.text);
    expect(texts).toContain("c");
    expect(texts).toContain("c: 1 to 5, suppressed");
  });

  it("draws one bar per column, each column its own colour, with a legend", () => {
    const svg = parseXml(renderBarChart(chart([{ key: "CSE", counts: [4, 8] }], ["carried", "proposed"])));
    expect(bars(svg).map((rect) => rect.attributes.fill)).toEqual([barColours[0], barColours[1]]);
    const legend = all(svg, "g").find((g) => g.attributes.class === "legend");
    expect(legend && all(legend, "text").map((t) => t.text)).toEqual(["carried", "proposed"]);
    expect(all(svg, "title").map((t) => t.text)).toContain("CSE, proposed: 8");
  });

  it("has no legend for one column and no suppressed count", () => {
    const svg = renderBarChart(chart([{ key: "CSE", counts: [4] }]));
    expect(svg).not.toContain('class="legend"');
    expect(svg).not.toContain("<pattern");
  });

  it("shortens a long label, keeping the whole of it in its tooltip", () => {
    const key = "a-very-long-indicator-code-that-goes-on-and-on-and-on-and-on";
    const svg = parseXml(renderBarChart(chart([{ key, counts: [1] }])));
    const label = all(svg, "text")[0];
    expect(label?.text.endsWith("…")).toBe(true);
    expect(label?.text.length).toBeLessThan(key.length);
    expect(label?.children[0]).toMatchObject({ name: "title", text: key });
  });

  it("escapes labels and titles", () => {
    const svg = renderBarChart({
      ...chart([{ key: "<script>alert(1)</script>", counts: [1] }]),
      title: `"><script>`,
    });
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("is well-formed, with one bar per count above zero, whatever the keys and counts", () => {
    const count: fc.Arbitrary<Count> = fc.oneof(fc.nat({ max: 100_000 }), fc.constant("c" as const));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            key: fc.string({ unit: "binary", maxLength: 30 }),
            counts: fc.array(count, { minLength: 2, maxLength: 2 }),
          }),
          {
            minLength: 1,
            maxLength: 8,
          },
        ),
        (rows) => {
          const svg = parseXml(renderBarChart(chart(rows, ["carried", "proposed"])));
          const drawn = rows.flatMap((row) => row.counts).filter((c) => c !== 0);
          expect(bars(svg)).toHaveLength(drawn.length);
          for (const rect of bars(svg)) {
            expect(widthOf(rect)).toBeGreaterThan(0);
            expect(Number(rect.attributes.x) + widthOf(rect)).toBeLessThanOrEqual(600);
          }
        },
      ),
    );
  });
});
