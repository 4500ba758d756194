/**
 * Output for people: aligned columns measured in terminal cells (string-width counts Arabic letters,
 * combining marks and wide characters correctly), long cells cut with an ellipsis.
 */
import stringWidth from 'string-width';

export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (stringWidth(flat) <= width) return flat;
  let out = '';
  for (const ch of flat) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

const MAX_COLUMN = 40;

/** A table whose last column takes the remaining width of the terminal. */
export function table(headers: string[], rows: string[][], totalWidth = terminalWidth()): string {
  // Every column but the last is capped, so one long name cannot push the rest off the screen.
  const widths = headers.map((h, i) => Math.min(MAX_COLUMN, Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? '')))));
  const fixed = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  const last = Math.max(20, totalWidth - fixed);
  widths[widths.length - 1] = Math.min(widths[widths.length - 1] ?? last, last);
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? truncate(cell, widths[i]!) : pad(truncate(cell, widths[i]!), widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

export function terminalWidth(): number {
  return process.stdout.columns && process.stdout.columns > 40 ? process.stdout.columns : 120;
}

export function dateOnly(iso: string | null): string {
  return iso ? iso.slice(0, 10) : 'undated';
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
