/** Line breaks (which would end a table row or a list item) and other control characters. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
const breaksAndControls = /\r\n|[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029]/g;
/**
 * Characters that can open inline syntax anywhere in a line: code, emphasis, links, raw
 * HTML, table cells, strikethrough, entities, maths, mentions. A backslash before any ASCII
 * punctuation makes it literal (CommonMark 2.4).
 */
const inlineSyntax = /[\\`*_[\]<>|~&$@]/g;
/** Syntax that means something only at the start of a line: headings, quotes, lists, setext underlines. */
const leadingSyntax = /^([#>+=-])/;
/** An ordered list starts with a number, `.` or `)`, then a space, a tab or the end of the line. */
const leadingOrderedList = /^(\d{1,9})([.)])(?=[ \t]|$)/;
const leadingSpace = /^[ \t]+/;

/**
 * Text made literal in Markdown (CommonMark and GitHub's tables), for values such as file
 * names that users choose. Line breaks and control characters become a space; leading
 * spaces become character references, since a table cell or paragraph would drop them.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(breaksAndControls, " ")
    .replace(inlineSyntax, "\\$&")
    .replace(leadingSyntax, "\\$1")
    .replace(leadingOrderedList, "$1\\$2")
    .replace(leadingSpace, (spaces) =>
      [...spaces].map((space) => (space === " " ? "&#32;" : "&#9;")).join(""),
    );
}
