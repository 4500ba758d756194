/**
 * Right-to-left answers in Slack. Slack has no `dir` attribute: each client picks a paragraph's
 * direction from its first strong character, so an Arabic line that opens with a Latin name ("IOM …"),
 * a digit or our own `*` would be laid out left to right, with its punctuation at the wrong end. A
 * right-to-left mark (RLM) at the start of every line makes that first strong character right to left.
 * It is added after escaping, so removeInvisible (which strips RLMs planted in article text) never sees ours.
 */
export const RLM = '\u200F';

/** Each line of `text` opened with an RLM when `rtl`; unchanged otherwise. */
export function directedLines(text: string, rtl: boolean): string {
  return rtl ? text.split('\n').map((line) => `${RLM}${line}`).join('\n') : text;
}
