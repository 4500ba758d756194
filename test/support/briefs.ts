/** The fixed frame of a test brief: the week of 16 November 2026, the week before, and when it was made. */
import { directionFor } from '../../digests/brief/brief-model.js';

export function briefFrame(lang: 'en' | 'ar' = 'en') {
  return {
    version: 1 as const,
    lang,
    direction: directionFor(lang),
    period: { from: '2026-11-16', to: '2026-11-22' },
    previousPeriod: { from: '2026-11-09', to: '2026-11-15' },
    generatedAt: '2026-11-23T06:00:00Z',
  };
}
