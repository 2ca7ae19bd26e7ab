/**
 * @cse-flags/adapter-crime: the reference adapter for crime-record exports. It maps the crime
 * reference export (docs/formats/crime.md), CSV or JSON, onto canonical crime records:
 * offences (Home Office class and subclass, SOA 2003 section, CJS code), victims, suspects and
 * offenders, the force's existing crime flags and structured circumstances on each person.
 */

export { type CrimeAdapter, createCrimeAdapter } from "./adapter.js";
export { type CrimeConceptMaps, crimeConceptMaps } from "./concept-maps.js";
export type { CrimeAdapterOptions } from "./options.js";
export { CrimeExportRow, crimeExportColumns } from "./source-schema.js";
