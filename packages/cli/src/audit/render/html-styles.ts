/**
 * The HTML report's only styles, inline in its `<style>`: its Content-Security-Policy
 * allows nothing else. System fonts, a calm slate-and-blue palette, and print rules that
 * keep charts, tables and findings whole on a page.
 */
export const htmlStyles = `
:root {
  color-scheme: light;
  --ink: #1d2733;
  --muted: #5b6673;
  --line: #d8dee6;
  --paper: #ffffff;
  --wash: #f3f5f8;
  --accent: #2f5d8a;
  --warn-bg: #fff5e6;
  --warn-line: #b86e00;
  --high: #a23b3b;
  --medium: #a8691d;
  --low: #4f6b80;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0;
  background: var(--wash);
  color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
main { max-width: 1100px; margin: 0 auto; padding: 32px 24px 48px; }
h1, h2, h3, h4 { line-height: 1.25; }
h1 { font-size: 28px; font-weight: 650; margin: 0 0 6px; }
h2 { font-size: 21px; font-weight: 600; margin: 40px 0 14px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 17px; font-weight: 600; margin: 28px 0 8px; }
h4 { font-size: 15px; font-weight: 600; margin: 0 0 6px; }
p { margin: 8px 0; }
code { font-family: var(--mono); font-size: 0.9em; }
.report-header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; }
.subtitle { color: var(--muted); margin: 0; }
.warning {
  margin: 20px 0 0;
  padding: 12px 16px;
  background: var(--warn-bg);
  border-left: 4px solid var(--warn-line);
  border-radius: 4px;
}
.panel { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; }
dl.summary { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 4px 20px; margin: 0; }
dl.summary dt { color: var(--muted); }
dl.summary dd { margin: 0; }
.disclosure { color: var(--muted); }
.pair { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 24px; align-items: start; margin: 12px 0; }
.pair.even { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
@media (max-width: 820px) { .pair, .pair.even { grid-template-columns: minmax(0, 1fr); } }
figure { margin: 0; }
svg.chart { display: block; width: 100%; height: auto; }
svg.chart text { fill: var(--ink); }
svg.chart text.value, svg.chart .legend text { fill: var(--muted); }
table { width: 100%; border-collapse: collapse; background: var(--paper); font-size: 14px; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 0 0 6px; }
th, td { padding: 5px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; overflow-wrap: anywhere; }
tbody th { font-weight: 500; }
thead th { color: var(--muted); font-weight: 600; background: var(--wash); border-bottom-color: #c3ccd6; }
.num { text-align: right; white-space: nowrap; }
.unit { color: var(--muted); margin-top: 0; }
.lead { font-size: 17px; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: 12px; margin: 12px 0 0; padding: 0; list-style: none; }
.figures li { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.figures .count { display: block; font-size: 28px; font-weight: 650; color: var(--accent); font-variant-numeric: tabular-nums; }
.figures .what { color: var(--muted); font-size: 14px; }
.finding {
  background: var(--paper);
  border: 1px solid var(--line);
  border-left: 4px solid var(--severity, var(--low));
  border-radius: 6px;
  padding: 12px 16px;
  margin: 10px 0;
}
.finding.high { --severity: var(--high); }
.finding.medium { --severity: var(--medium); }
.finding.low { --severity: var(--low); }
.badge { display: inline-block; margin-left: 8px; padding: 0 8px; border-radius: 999px; font-size: 12px; font-weight: 600; color: var(--paper); background: var(--severity, var(--low)); vertical-align: 1px; }
.finding dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 16px; margin: 8px 0 0; font-size: 14px; }
.finding dt { color: var(--muted); }
.finding dd { margin: 0; overflow-wrap: anywhere; }
.finding ul { margin: 0; padding-left: 18px; }
footer { margin-top: 40px; color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 12px; }
@page { margin: 15mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: var(--paper); font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  .pair, .pair.even { grid-template-columns: minmax(0, 1fr); }
  h2, h3, h4 { break-after: avoid; }
  figure, table, .finding, .figures li, .warning { break-inside: avoid; }
  svg.chart { max-width: 170mm; }
}
`;
