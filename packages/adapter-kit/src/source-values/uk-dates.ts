import { ukLocalDateTime } from "@cse-flags/core";

const ukDatePattern = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const ukDateTimePattern = /^(\d{2}\/\d{2}\/\d{4})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?$/;

/**
 * A UK date as police exports write it, `DD/MM/YYYY`, as an ISO date (`YYYY-MM-DD`).
 * `undefined` for anything else, including dates that do not exist (31/02/2026): the
 * caller decides whether that rejects the record.
 */
export function fromUkDate(text: string): string | undefined {
  const parts = ukDatePattern.exec(text.trim());
  if (parts === null) return undefined;
  const [, day = "", month = "", year = ""] = parts;
  // Arithmetic, not a Date round trip: every row has several dates, and this is the same
  // proleptic Gregorian calendar JavaScript's Date uses.
  return Number(day) >= 1 && Number(day) <= daysInMonth(Number(year), Number(month))
    ? `${year}-${month}-${day}`
    : undefined;
}

const monthLengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1-12) of a year; 0 for a month that does not exist. */
function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return monthLengths[month - 1] ?? 0;
}

/**
 * A UK date with an optional local time, `DD/MM/YYYY`, `DD/MM/YYYY HH:MM` or
 * `DD/MM/YYYY HH:MM:SS`: an ISO date when there is no time, else an ISO date-time with the
 * UK offset of that moment (`+00:00` GMT or `+01:00` BST). `undefined` for anything else,
 * including a time skipped when the clocks go forward; a repeated hour reads as BST.
 */
export function fromUkDateTime(text: string): string | undefined {
  const parts = ukDateTimePattern.exec(text.trim());
  if (parts === null) return undefined;
  const date = fromUkDate(parts[1] ?? "");
  if (date === undefined) return undefined;
  return parts[2] === undefined ? date : ukLocalDateTime(date, parts[2]);
}
