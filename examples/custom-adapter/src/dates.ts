/** `DD/MM/YYYY` as an ISO date, or `undefined` when it is not a real calendar date. */
export function isoDate(ukDate: string): string | undefined {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(ukDate);
  if (!match) return undefined;
  const [, day, month, year] = match;
  const iso = `${year}-${month}-${day}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : undefined;
}
