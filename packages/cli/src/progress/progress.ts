import type { OutputStream } from "../io.js";

/** What the progress line shows. */
export interface ProgressState {
  readonly file: string;
  readonly fileNumber: number;
  readonly files: number;
  readonly records: number;
  readonly bytes: number;
  /** Absent for stdin. */
  readonly totalBytes?: number;
}

export interface Progress {
  update(state: ProgressState): void;
  /** Removes the line, before other output goes to the same terminal and at the end. */
  clear(): void;
}

const width = 24;

/** The progress line for a state: a bar when the size is known, a count always. File names only. */
export function progressLine(state: ProgressState, columns = 80): string {
  const records = `${state.records.toLocaleString("en-GB")} record${state.records === 1 ? "" : "s"}`;
  const files = state.files > 1 ? ` (file ${state.fileNumber} of ${state.files})` : "";
  let bar = "";
  if (state.totalBytes !== undefined && state.totalBytes > 0) {
    const share = Math.min(1, state.bytes / state.totalBytes);
    const filled = Math.round(share * width);
    bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% `;
  }
  const line = `${bar}${state.file}${files}: ${records}`;
  // By code points, so a file name's emoji is never cut in half.
  const characters = Array.from(line);
  return characters.length < columns ? line : `${characters.slice(0, Math.max(0, columns - 2)).join("")}…`;
}

/** No progress: stderr is not a terminal, or `--no-progress`. */
export const noProgress: Progress = { update: () => undefined, clear: () => undefined };

/**
 * A progress line on a terminal, redrawn at most every `intervalMs`. Only ever made for a
 * TTY: in CI logs and pipes a progress bar is noise.
 */
export function terminalProgress(
  stream: OutputStream,
  intervalMs = 100,
  now: () => number = Date.now,
): Progress {
  let last = Number.NEGATIVE_INFINITY;
  let shown = false;
  return {
    update(state) {
      const time = now();
      if (time - last < intervalMs) return;
      last = time;
      // Some pseudo-terminals (CI, `script`) report 0 columns: treat that as unknown.
      stream.write(`\r\u001b[2K${progressLine(state, stream.columns || 80)}`);
      shown = true;
    },
    clear() {
      if (!shown) return;
      stream.write("\r\u001b[2K");
      shown = false;
    },
  };
}
