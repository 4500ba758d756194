/**
 * The brief period the playground offers first: the Monday-to-Sunday week with the most articles (the
 * latest of equals), so a fresh playground on the samples opens on their busiest week, and one fed by
 * live feeds on a full week of news.
 */
import { addDays, type Period, weekEnding } from '../../digests/compile/period.js';
import { articleCountsByDay } from '../../src/articles/article.service.js';
import type { Engine } from '../../src/engine.js';

/** The Monday of the week `day` (YYYY-MM-DD) falls in. */
function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

export async function busiestWeek(engine: Engine): Promise<Period> {
  const weeks = new Map<string, number>();
  for (const { day, articles } of await articleCountsByDay(engine)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
    weeks.set(mondayOf(day), (weeks.get(mondayOf(day)) ?? 0) + articles);
  }
  let best: [string, number] | null = null;
  for (const week of weeks) if (best === null || week[1] > best[1] || (week[1] === best[1] && week[0] > best[0])) best = week;
  if (best === null) return weekEnding(engine.now().toISOString().slice(0, 10));
  return { from: best[0], to: addDays(best[0], 6) };
}
