/**
 * The quiet-hours and unmute commands: how people write a time range in chat, in English and Arabic,
 * the mistakes that get a usage hint, and the searches that must stay searches.
 */
import { describe, expect, it } from 'vitest';
import { type ParsedCommand, parseCommand, VERBS } from '../../src/commands/grammar.js';

function usageOf(text: string): Extract<ParsedCommand, { kind: 'usage' }> {
  const parsed = parseCommand(text);
  if (parsed.kind !== 'usage') throw new Error(`expected usage for ${text}, got ${JSON.stringify(parsed)}`);
  return parsed;
}

describe('quiet', () => {
  it.each([
    ['quiet 22:00-07:00', '22:00', '07:00'],
    ['quiet 22:00 07:00', '22:00', '07:00'],
    ['quiet 22:00 – 07:00', '22:00', '07:00'],
    ['quiet 10pm-7am', '22:00', '07:00'],
    ['Quiet 10 pm - 7 am', '22:00', '07:00'],
    ['quiet 10 pm 7 am', '22:00', '07:00'],
    ['quiet from 22:30 to 6:15', '22:30', '06:15'],
    ['quiet 13:00 until 14:00', '13:00', '14:00'],
    ['quiet ٢٢:٠٠-٠٧:٠٠', '22:00', '07:00'],
    ['ساعات الهدوء من ١٠ م إلى ٧ ص', '22:00', '07:00'],
    ['هدوء 22:00 07:00', '22:00', '07:00'],
  ])('%s', (input, start, end) => {
    expect(parseCommand(input)).toEqual({ kind: 'quiet', start, end });
  });

  it.each(['quiet off', 'QUIET none', 'هدوء إيقاف'])('%s turns quiet hours off', (input) => {
    expect(parseCommand(input)).toEqual({ kind: 'quiet', start: null, end: null });
  });

  it('is a verb: alone it explains itself', () => {
    expect(VERBS).toContain('quiet');
    expect(usageOf('quiet').message).toContain('quiet 22:00-07:00');
  });

  it.each([
    ['quiet 22:00', 'is not a start and an end time'],
    ['quiet 25:00-07:00', 'is not a start and an end time'],
    ['quiet 8pm-9pm-10pm', 'is not a start and an end time'],
    ['quiet later', 'is not a start and an end time'],
    ['quiet 07:00-07:00', 'an end different from their start'],
    ['quiet 7am 7:00', 'an end different from their start'],
  ])('%s is a usage error', (input, message) => {
    expect(usageOf(input)).toMatchObject({ verb: 'quiet', suggestion: null });
    expect(usageOf(input).message).toContain(message);
  });

  it.each(['quiet diplomacy on returns', 'quiet 2 weeks in Lampedusa', 'quite a lot of returns'])('%s stays a search', (query) => {
    expect(parseCommand(query)).toEqual({ kind: 'search', query });
  });

  it('suggests quiet for a typo when a time range follows', () => {
    expect(usageOf('quite 22:00-07:00')).toMatchObject({ verb: 'quiet', suggestion: 'quiet 22:00-07:00' });
    expect(usageOf('qiuet off')).toMatchObject({ verb: 'quiet', suggestion: 'quiet off' });
  });
});

describe('unmute', () => {
  it.each([
    ['unmute Al-Wasat Sample', 'Al-Wasat Sample'],
    ['unmute "Nile Post"', 'Nile Post'],
    ['إلغاء الكتم الوسط', 'الوسط'],
  ])('%s', (input, source) => {
    expect(parseCommand(input)).toEqual({ kind: 'unmute', source });
  });

  it('needs an outlet, and suggests itself for a typo', () => {
    expect(usageOf('unmute').message).toContain('outlet');
    expect(usageOf('unmte Nile Post')).toMatchObject({ verb: 'unmute', suggestion: 'unmute Nile Post' });
  });
});
