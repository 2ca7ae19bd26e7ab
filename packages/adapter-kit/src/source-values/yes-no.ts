/**
 * A yes/no answer as exports write it: `Y`/`N` (or `Yes`/`No`, any case) as a boolean, and
 * a blank as `undefined`: not answered, which is not the same as "no". Anything else is
 * `null`, so a caller can tell a bad answer from a blank one.
 */
export function fromYesNo(text: string): boolean | undefined | null {
  const answer = text.trim().toUpperCase();
  if (answer === "") return undefined;
  if (answer === "Y" || answer === "YES") return true;
  if (answer === "N" || answer === "NO") return false;
  return null;
}
