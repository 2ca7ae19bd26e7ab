import type { OutputStream } from "../io.js";
import { githubReport } from "./github-report.js";
import { jsonReport } from "./json-report.js";
import { junitReport } from "./junit-report.js";
import type { Report } from "./report.js";
import { textReport } from "./text-report.js";

export type OutputFormat = "text" | "json" | "junit" | "github";

export const outputFormats: readonly OutputFormat[] = ["text", "json", "junit", "github"];

export function createReport(format: OutputFormat, out: OutputStream): Report {
  switch (format) {
    case "json":
      return jsonReport(out);
    case "junit":
      return junitReport(out);
    case "github":
      return githubReport(out);
    default:
      return textReport(out);
  }
}
