import { readFileSync } from "node:fs";
import { conceptMap, conceptMapFromCsv } from "@cse-flags/adapter-kit";
import markerCodes from "./concept-maps/marker-codes.json" with { type: "json" };
import offenceCodes from "./concept-maps/offence-codes.json" with { type: "json" };

// The force keeps its concept maps as data: risk flags in a spreadsheet (CSV), the others
// as JSON. Each is validated when this module loads; an invalid map stops the adapter
// loading with an AdapterKitError naming the row and column.

const riskFlagsCsv = readFileSync(new URL("./concept-maps/risk-flags.csv", import.meta.url), "utf8");

export const conceptMaps = {
  riskFlags: conceptMapFromCsv(riskFlagsCsv, {
    id: "northshire-risk-flags",
    version: "1.0.0",
    source: "northshire/risk-flags",
    target: "indicator",
  }),
  markers: conceptMap(markerCodes, { target: "marker-kind" }),
  offences: conceptMap(offenceCodes, { target: "ho-offence" }),
};
