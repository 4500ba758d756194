/**
 * Full-text expressions in the two query languages the stores speak: SQLite FTS5 MATCH syntax and
 * PostgreSQL tsquery text. Both are built from the same plan and mean the same thing on the same
 * index terms, so SQLite and PostgreSQL select the same articles. Every term is quoted: user text
 * never reaches either syntax (NEAR, OR, -, *, column filters stay words).
 */
import type { MatchGroup } from './index-terms.js';

/** One expression for each store. */
export interface TextExpression {
  fts5: string;
  tsquery: string;
}

const fts5Term = (t: string) => `"${t.replaceAll('"', '""')}"`;
const tsTerm = (t: string) => `'${t.replaceAll("'", "''")}'`;

function render(groups: readonly MatchGroup[], anyGroup: boolean, term: (t: string) => string, and: string, or: string): string {
  const choice = (terms: readonly string[]) => `(${terms.map(term).join(or)})`;
  const conjunction = (words: readonly string[][]) => `(${words.map(choice).join(and)})`;
  return groups.map((g) => `(${g.map(conjunction).join(or)})`).join(anyGroup ? or : and);
}

/** FTS5 MATCH expression of `groups` (all of them, or any when `anyGroup`); every term quoted. */
export function toFts5Expression(groups: readonly MatchGroup[], anyGroup = false): string {
  return render(groups, anyGroup, fts5Term, ' AND ', ' OR ');
}

/** PostgreSQL tsquery text of `groups`, as toFts5Expression. */
export function toTsQueryExpression(groups: readonly MatchGroup[], anyGroup = false): string {
  return render(groups, anyGroup, tsTerm, ' & ', ' | ');
}

/** Every way to choose `k` of `n` indexes, in order; callers keep C(n, k) small. */
export function combinations(n: number, k: number): number[][] {
  const out: number[][] = [];
  const pick = (from: number, chosen: number[]) => {
    if (chosen.length === k) return void out.push(chosen);
    for (let i = from; i <= n - (k - chosen.length); i++) pick(i + 1, [...chosen, i]);
  };
  pick(0, []);
  return out;
}

/** C(n, k), without listing the subsets. */
export function binomial(n: number, k: number): number {
  let c = 1;
  for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
  return Math.round(c);
}

/** Articles matching at least `k` of the groups: any k-subset of them, all matched. */
export function atLeast(groups: readonly MatchGroup[], k: number): TextExpression {
  const subsets = combinations(groups.length, k).map((indexes) => indexes.map((i) => groups[i]!));
  const either = (parts: string[], or: string) => (parts.length === 1 ? parts[0]! : parts.map((p) => `(${p})`).join(or));
  return {
    fts5: either(subsets.map((s) => toFts5Expression(s)), ' OR '),
    tsquery: either(subsets.map((s) => toTsQueryExpression(s)), ' | '),
  };
}

/**
 * The terms in this order, adjacent, in the title or in the body (FTS5 phrases never cross columns;
 * in PostgreSQL the title is weight A and the body B, so the weights keep a phrase in one of them).
 */
export function phraseExpression(terms: readonly string[]): TextExpression {
  const tsPhrase = (weight: string) => `(${terms.map((t) => `${tsTerm(t)}:${weight}`).join(' <-> ')})`;
  return { fts5: terms.map(fts5Term).join(' + '), tsquery: `${tsPhrase('A')} | ${tsPhrase('B')}` };
}

/**
 * Two terms within `gap` tokens of each other, in either order, in one column: FTS5's NEAR(a b, gap),
 * which PostgreSQL says as "b follows a (or a follows b) at distance 1 … gap + 1".
 */
export function nearExpression([a, b]: readonly [string, string], gap: number): TextExpression {
  const ways: string[] = [];
  for (const weight of ['A', 'B']) {
    for (let d = 1; d <= gap + 1; d++) {
      ways.push(`${tsTerm(a)}:${weight} <${d}> ${tsTerm(b)}:${weight}`, `${tsTerm(b)}:${weight} <${d}> ${tsTerm(a)}:${weight}`);
    }
  }
  return { fts5: `NEAR(${fts5Term(a)} ${fts5Term(b)}, ${gap})`, tsquery: ways.join(' | ') };
}
