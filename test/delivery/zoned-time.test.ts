/** Schedules in subscribers' own time zones, across daylight-saving changes. */
import { describe, expect, it } from 'vitest';
import { lastScheduled, localDay, zonedInstant } from '../../src/delivery/zoned-time.js';

describe('wall-clock times in a time zone', () => {
  it('finds the instant of a local time, in winter and in summer', () => {
    expect(zonedInstant('2026-01-12', '08:00', 'Europe/London').toISOString()).toBe('2026-01-12T08:00:00.000Z');
    expect(zonedInstant('2026-07-13', '08:00', 'Europe/London').toISOString()).toBe('2026-07-13T07:00:00.000Z');
    expect(zonedInstant('2026-11-23', '08:00', 'Africa/Cairo').toISOString()).toBe('2026-11-23T06:00:00.000Z');
    expect(zonedInstant('2026-11-23', '08:00', 'America/New_York').toISOString()).toBe('2026-11-23T13:00:00.000Z');
    expect(zonedInstant('2026-11-23', '08:00', 'UTC').toISOString()).toBe('2026-11-23T08:00:00.000Z');
  });

  it('lands a time skipped by the spring change just after the gap', () => {
    // 29 March 2026: London clocks go from 01:00 to 02:00; 01:30 does not exist.
    const instant = zonedInstant('2026-03-29', '01:30', 'Europe/London');
    expect(instant.toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('knows the local day and weekday', () => {
    // 23:30 UTC on Sunday is already Monday in Cairo.
    expect(localDay(new Date('2026-11-22T23:30:00Z'), 'Africa/Cairo')).toEqual({ day: '2026-11-23', weekday: 0 });
    expect(localDay(new Date('2026-11-22T23:30:00Z'), 'America/New_York')).toEqual({ day: '2026-11-22', weekday: 6 });
  });

  it('finds the last scheduled moment and the week it closes', () => {
    const schedule = { day: 'monday', time: '08:00', zone: 'Africa/Cairo' };
    // Monday 09:00 Cairo: this morning's brief, covering the Monday–Sunday before.
    expect(lastScheduled(new Date('2026-11-23T07:00:00Z'), schedule)).toEqual({
      at: new Date('2026-11-23T06:00:00Z'),
      period: { from: '2026-11-16', to: '2026-11-22' },
    });
    // Monday 07:00 Cairo: not yet; the last one was a week ago.
    expect(lastScheduled(new Date('2026-11-23T05:00:00Z'), schedule).period).toEqual({ from: '2026-11-09', to: '2026-11-15' });
    // Friday 17:30 London, asked on Saturday.
    expect(lastScheduled(new Date('2026-11-28T10:00:00Z'), { day: 'friday', time: '17:30', zone: 'Europe/London' })).toEqual({
      at: new Date('2026-11-27T17:30:00Z'),
      period: { from: '2026-11-20', to: '2026-11-26' },
    });
  });
});
