import type { AuditReport, Count, Finding, ProfileTable } from "../audit-model.js";
import { escapeHtml as esc } from "./html-escape.js";
import { htmlStyles } from "./html-styles.js";
import {
  countText,
  disclosureText,
  figureItems,
  figuresSentence,
  groupFindings,
  personKeysText,
  recordPlaceText,
  referencesWarning,
  reportTitle,
  summaryItems,
  suppressedCountNote,
  tableKeyLabel,
} from "./report-wording.js";
import { renderBarChart } from "./svg-bar-chart.js";
import { visibleReport } from "./visible-report.js";

/**
 * The page may load nothing at all: no script, no font, no image but inline data, no
 * connection. Styles are inline. Opening the report can never tell anyone it was opened.
 */
export const htmlContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** A table whose first `textColumns` columns are text and the rest counts. */
function htmlTable(
  caption: string | undefined,
  headings: readonly string[],
  rows: readonly (readonly string[])[],
  textColumns: number,
): string {
  const cls = (i: number): string => (i >= textColumns ? ' class="num"' : "");
  const head = headings.map((heading, i) => `<th scope="col"${cls(i)}>${esc(heading)}</th>`).join("");
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${esc(cell)}</th>` : `<td${cls(i)}>${esc(cell)}</td>`)).join("")}</tr>`,
    )
    .join("\n");
  const captionHtml = caption === undefined ? "" : `<caption>${esc(caption)}</caption>`;
  return `<table>${captionHtml}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** Chart ids come from this counter, never from data. */
function chartIds(): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `chart-${next}`;
  };
}

function summarySection(report: AuditReport): string {
  const { summary } = report;
  const items = summaryItems(report)
    .map(({ label, value }) => `<dt>${esc(label)}</dt><dd>${esc(value)}</dd>`)
    .join("\n");
  const files = htmlTable(
    "Files",
    ["file", "system", "records read"],
    summary.files.map((file) => [file.file, file.system ?? "", String(file.read)]),
    2,
  );
  const systems = htmlTable(
    "Systems",
    ["system", "records"],
    summary.systems.map((system) => [system.system, String(system.records)]),
    1,
  );
  return `<section aria-labelledby="summary">
<h2 id="summary">Summary</h2>
<div class="panel"><dl class="summary">
${items}
</dl>
<p class="disclosure">${esc(disclosureText(report))}</p></div>
<div class="pair even">${files}${systems}</div>
</section>`;
}

function figuresSection(report: AuditReport): string {
  const { figures } = report.profile;
  const cards = figureItems(figures)
    .map(
      ({ label, count }) =>
        `<li><span class="count">${esc(countText(count))}</span><span class="what">${esc(label)}</span></li>`,
    )
    .join("\n");
  return `<section aria-labelledby="figures">
<h2 id="figures">Figures</h2>
<p class="lead">${esc(figuresSentence(figures))}</p>
<ul class="figures">
${cards}
</ul>
</section>`;
}

/** A chart with its table beside it; a table with no rows gets a sentence instead of an empty chart. */
function chartAndTable(
  chartId: string,
  title: string,
  unit: string,
  keyLabel: string,
  columns: readonly string[],
  rows: readonly { readonly key: string; readonly counts: readonly Count[] }[],
): string {
  if (rows.length === 0) return `<p>None.</p>`;
  const chart = renderBarChart({
    id: chartId,
    title,
    description: `Horizontal bars of ${unit} by ${keyLabel}${columns.length > 1 ? `, one bar each for ${columns.join(", ")}` : ""}. The table beside the chart gives the same counts.`,
    columns,
    rows,
  });
  const table = htmlTable(
    undefined,
    [keyLabel, ...columns],
    rows.map((row) => [row.key, ...row.counts.map(countText)]),
    1,
  );
  return `<div class="pair"><figure>${chart}</figure>${table}</div>`;
}

function findingArticle(finding: Finding): string {
  const detail: string[] = [];
  const item = (label: string, valueHtml: string): void => {
    detail.push(`<dt>${esc(label)}</dt><dd>${valueHtml}</dd>`);
  };
  const codes = (values: readonly string[]): string =>
    values.length === 0 ? "none" : values.map((value) => `<code>${esc(value)}</code>`).join(", ");
  if (finding.markers.length > 0) item("Markers", esc(finding.markers.join(", ")));
  if (finding.person !== undefined) item("Person", esc(String(finding.person)));
  const keys = personKeysText(finding);
  if (keys !== undefined) item("Link values", esc(keys));
  item(
    "Records",
    finding.records.length === 0
      ? "none"
      : `<ul>${finding.records.map((record) => `<li>${esc(recordPlaceText(record))}</li>`).join("")}</ul>`,
  );
  item("Rules", codes(finding.rules));
  item("Evidence", codes(finding.evidence));
  if (finding.detail !== undefined) item("Detail", `<code>${esc(finding.detail)}</code>`);
  const severity = esc(finding.severity);
  return `<article class="finding ${severity}">
<h4><code>${esc(finding.code)}</code><span class="badge">${severity}</span></h4>
<p>${esc(finding.message)}</p>
<dl>${detail.join("")}</dl>
</article>`;
}

function findingsSection(report: AuditReport, nextChartId: () => string): string {
  const counts = chartAndTable(
    nextChartId(),
    "Findings by code",
    "findings",
    "finding",
    ["findings"],
    report.findingCounts.map(({ code, count }) => ({ key: code, counts: [count] })),
  );
  let listed: string;
  if (report.suppressed) {
    listed = "<p>Findings are given by count only, since small counts are suppressed.</p>";
  } else {
    const groups = groupFindings(report.findings);
    listed =
      groups.length === 0
        ? "<p>No findings.</p>"
        : groups
            .map((group) => `<h3>${esc(group.title)}</h3>\n${group.findings.map(findingArticle).join("\n")}`)
            .join("\n");
  }
  return `<section aria-labelledby="findings">
<h2 id="findings">Findings</h2>
${counts}
${listed}
</section>`;
}

function profileTableHtml(table: ProfileTable, chartId: string): string {
  const keyLabel = tableKeyLabel(table.id);
  return `<h3>${esc(table.title)}</h3>
<p class="unit">Counts of ${esc(table.unit)}.</p>
${chartAndTable(chartId, table.title, table.unit, keyLabel, table.columns, table.rows)}`;
}

function profileSection(report: AuditReport, nextChartId: () => string): string {
  return `<section aria-labelledby="profile">
<h2 id="profile">Profile</h2>
${report.profile.tables.map((table) => profileTableHtml(table, nextChartId())).join("\n")}
</section>`;
}

/**
 * `--format html`: the audit as one self-contained page. Inline CSS, charts as inline SVG
 * with their tables beside them, no script, and a Content-Security-Policy that lets the
 * page reach nothing, so it opens the same offline and can be printed. Every text is escaped.
 */
export function renderHtml(given: AuditReport): string {
  const report = visibleReport(given);
  const nextChartId = chartIds();
  const { summary } = report;
  const subtitle = `Taxonomy ${summary.taxonomyVersion} · policy ${summary.policy.id} ${summary.policy.version} · ${summary.read} records read from ${summary.files.length} ${summary.files.length === 1 ? "file" : "files"}`;
  const warning = report.withReferences
    ? `<p class="warning" role="note"><strong>Warning:</strong> ${esc(referencesWarning)}</p>`
    : "";
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(htmlContentSecurityPolicy)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cse-flags">
<title>${esc(reportTitle)}</title>
<link rel="icon" href="data:,">
<style>${htmlStyles}</style>
</head>
<body>
<main>
<header class="report-header">
<h1>${esc(reportTitle)}</h1>
<p class="subtitle">${esc(subtitle)}</p>
${warning}
</header>
${summarySection(report)}
${figuresSection(report)}
${findingsSection(report, nextChartId)}
${profileSection(report, nextChartId)}
<footer>
${report.suppressed ? `<p>${esc(suppressedCountNote)}</p>` : ""}
<p>Made by cse-flags. The page loads nothing from anywhere: no scripts, fonts or images.</p>
</footer>
</main>
</body>
</html>
`;
}
