import { type CustodyExportRow, custodyExportColumns } from "./source-schema.js";

/**
 * An export row with every column blank, to fill in: for this package's tests only (not
 * exported; a tool that writes the export builds its blank row from `custodyExportColumns`).
 * A blank cell is `""`, as the CSV reader gives it.
 */
export function blankCustodyExportRow(): CustodyExportRow {
  return Object.fromEntries(
    custodyExportColumns.map((column) => [column, ""]),
  ) as unknown as CustodyExportRow;
}
