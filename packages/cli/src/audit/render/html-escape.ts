/**
 * Control characters and noncharacters, which HTML's parser reports as errors; tab, line
 * feed and carriage return stay.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const unwanted = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g;
const markup = /[&<>"']/g;
const entities: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Text made safe anywhere text or a quoted attribute value may go in HTML (and in SVG
 * inside HTML). Characters the parser would flag become U+FFFD, so a hostile file name
 * can neither add markup nor make the page report errors.
 */
export function escapeHtml(text: string): string {
  return text.replace(unwanted, "\uFFFD").replace(markup, (c) => entities[c] ?? c);
}
