import { type CustodyExportRow, custodyExportColumns } from "./source-schema.js";

/**
 * An export row with every column blank, to fill in: for tests, and for tools that write
 * the reference export (a blank cell is `""`, as the CSV reader gives it).
 */
export function blankCustodyExportRow(): CustodyExportRow {
  return Object.fromEntries(
    custodyExportColumns.map((column) => [column, ""]),
  ) as unknown as CustodyExportRow;
}
