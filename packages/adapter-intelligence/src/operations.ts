import { type IntelligenceExportRow, operationFields } from "./source-schema.js";

/**
 * The report's operation headings (`operation_1` to `operation_3`), kept as written but in
 * capitals and without surrounding spaces, as the canonical record and the policy's heading
 * lists hold them (`Striver` and `STRIVER` are one heading). Blanks and repeats are dropped.
 */
export function readOperations(row: Pick<IntelligenceExportRow, (typeof operationFields)[number]>): string[] {
  const headings: string[] = [];
  for (const field of operationFields) {
    const heading = row[field].trim().toUpperCase();
    if (heading !== "" && !headings.includes(heading)) headings.push(heading);
  }
  return headings;
}
