import type { Random } from "../random.js";

// Synthetic values that look like a police export's: references that say they are synthetic
// (CHILD-00042, ADULT-X00007), UK dates, and event dates spread over eighteen months.

const dayMs = 86_400_000;
const firstDay = Date.UTC(2025, 0, 1);
const spanDays = 545;

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

/** A reference with a zero-padded number: `ref("CR-", 42, 6)` is `CR-000042`. */
export const ref = (prefix: string, n: number, width: number): string => `${prefix}${pad(n, width)}`;

/** A moment between January 2025 and June 2026, on the minute. */
export const eventTime = (random: Random): number =>
  firstDay + random.int(0, spanDays - 1) * dayMs + random.int(0, 24 * 60 - 1) * 60_000;

export const addMinutes = (time: number, minutes: number): number => time + minutes * 60_000;

/** A date of birth making someone `minAge` to `maxAge` years old at `time`. */
export const birthDate = (random: Random, time: number, minAge: number, maxAge: number): number => {
  const years = random.int(minAge, maxAge);
  return time - years * 365.25 * dayMs - random.int(30, 330) * dayMs;
};

/** `DD/MM/YYYY`, as the exports write a date (read as UTC here: only the digits matter). */
export function ukDate(time: number): string {
  const d = new Date(time);
  return `${pad(d.getUTCDate(), 2)}/${pad(d.getUTCMonth() + 1, 2)}/${d.getUTCFullYear()}`;
}

/** `DD/MM/YYYY HH:MM`. */
export function ukDateTime(time: number): string {
  const d = new Date(time);
  return `${ukDate(time)} ${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}`;
}

/** A date that does not exist, for the few rows a real export gets wrong. */
export const impossibleDate = "31/02/2026";

/** A yes/no cell: mostly blank (not answered), as exports are. */
export const answer = (random: Random, yes: number): string =>
  random.chance(yes) ? "Y" : random.chance(0.3) ? "N" : "";

/** Codes joined as one cell. */
export const codes = (list: readonly string[]): string => list.join(";");
