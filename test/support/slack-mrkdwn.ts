/**
 * What Slack parses as mrkdwn in a message (every `mrkdwn` text object, and the top-level `text`
 * fallback), and whether each is well formed: outside the control sequences we mean to send (links,
 * dates, channel and user mentions), no raw `<` or `>` and no `&` that does not start one of the three
 * entities Slack decodes. https://docs.slack.dev/messaging/formatting-message-text#escaping
 */

/** Every mrkdwn text in `messages`. */
export function mrkdwnTexts(messages: ReadonlyArray<{ text?: string; blocks?: unknown }>): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'mrkdwn' && typeof record.text === 'string') out.push(record.text);
      Object.values(record).forEach(walk);
    }
  };
  for (const message of messages) {
    if (typeof message.text === 'string') out.push(message.text);
    walk(message.blocks);
  }
  return out;
}

// The control sequences our renderers emit on purpose; their labels are escaped text.
const INTENDED = [/<https?:\/\/[^\s<>|]+(?:\|[^<>]*)?>/g, /<!date\^\d+\^[^|<>]*\|[^<>]*>/g, /<#[CG][A-Z0-9]+>/g, /<@[UW][A-Z0-9]+>/g];

/** What is wrong with `text` as mrkdwn: a stray `<`/`>` (Slack would read a control sequence) or a bare `&`. */
export function mrkdwnProblems(text: string): string[] {
  const rest = INTENDED.reduce((t, pattern) => t.replace(pattern, ''), text);
  const problems: string[] = [];
  for (const match of rest.matchAll(/<[^>]*>?|>/g)) problems.push(`unescaped ${JSON.stringify(match[0])} in ${JSON.stringify(text)}`);
  for (const match of rest.matchAll(/&(?!amp;|lt;|gt;)/g)) problems.push(`bare "&" at ${match.index} in ${JSON.stringify(text)}`);
  return problems;
}
