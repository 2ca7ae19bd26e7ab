import { type IntelligenceExportRow, operationFields } from "./source-schema.js";

/** "Op" or "Operation" written before the operation's name, as officers often key it. */
const operationPrefix = /^(?:OPERATION|OP) (?=[A-Z0-9])/;

/**
 * The report's operation headings (`operation_1` to `operation_3`) as the canonical record
 * and the policy's heading lists hold them: the operation's name in capitals, spaces
 * trimmed and runs of spaces made one, without a leading "Op" or "Operation" word. So
 * `Striver`, ` STRIVER`, `Op Striver` and `Operation  STRIVER` are all `STRIVER`, and a
 * report under Operation STRIVER is recognised however it was keyed. Blanks and repeats
 * are dropped.
 */
export function readOperations(row: Pick<IntelligenceExportRow, (typeof operationFields)[number]>): string[] {
  const headings: string[] = [];
  for (const field of operationFields) {
    const heading = row[field].trim().replace(/ +/g, " ").toUpperCase().replace(operationPrefix, "");
    if (heading !== "" && !headings.includes(heading)) headings.push(heading);
  }
  return headings;
}
