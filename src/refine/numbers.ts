import type { Fact, NumberComparison } from '../model.js';

const TO_MINUTES: Record<string, number> = { minutes: 1, hours: 60 };
const COMPARED = new Set(['troops', 'soldiers', 'warships', 'ships', 'aircraft', 'tanks', 'missiles', 'minutes', 'hours', 'diplomats', 'killed', 'dead']);

/**
 * Compares the amounts the articles give for the same thing (troops, warships, a meeting's length in minutes),
 * keeping a planned amount ("scheduled to last two hours") apart from a reported one. Vague amounts ("tens of
 * thousands") are listed but do not count against agreement.
 */
export function compareNumbers(facts: readonly Fact[], amountsAt: (i: number) => readonly Amount[] = (i) => amountsOf(facts[i]!)): NumberComparison[] {
  const groups = new Map<string, NumberComparison>();
  // Look-ups beside the lists, so that a value held by thousands of articles is not searched for each of them.
  const valueByKey = new Map<string, { v: NumberComparison['values'][number]; texts: Set<string>; articles: Set<string> }>();
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.numbers.length === 0) continue;
    for (const a of amountsAt(i)) {
      const g = groups.get(a.key) ?? { unit: a.unit, qualifier: a.qualifier, values: [], agree: true };
      let value = valueByKey.get(a.valueKey);
      if (!value) {
        value = { v: { value: a.value, approximate: a.approximate, texts: [], articleIds: [], factIds: [] }, texts: new Set(), articles: new Set() };
        valueByKey.set(a.valueKey, value);
        g.values.push(value.v);
      }
      const v = value.v;
      if (!value.texts.has(a.text)) {
        value.texts.add(a.text);
        v.texts.push(a.text);
      }
      if (!value.articles.has(f.articleId)) {
        value.articles.add(f.articleId);
        v.articleIds.push(f.articleId);
      }
      v.factIds.push(f.id);
      groups.set(a.key, g);
    }
  }
  for (const g of groups.values()) {
    g.values.sort((a, b) => b.articleIds.length - a.articleIds.length || a.value - b.value);
    g.agree = new Set(g.values.filter((v) => !v.approximate).map((v) => v.value)).size <= 1;
  }
  return [...groups.values()].sort((a, b) => a.unit.localeCompare(b.unit) || a.qualifier.localeCompare(b.qualifier));
}

/** A fact that gives amounts, as compareNumbers counts it. */
interface Counted {
  id: string;
  articleId: string;
  amounts: readonly Amount[];
}

/**
 * Keeps the last comparison: a refresh whose facts give the same amounts in the same order as last build's (most
 * edits add or change sentences without amounts) gets last build's comparison back, the same objects. Comparing
 * counts every amount of every article (tens of thousands at 10,000 articles), so this check costs a fraction.
 */
export class NumbersMemo {
  private last: { counted: Counted[]; result: NumberComparison[] } | null = null;

  compare(facts: readonly Fact[], amountsAt: (i: number) => readonly Amount[]): NumberComparison[] {
    const last = this.last;
    if (last && sameAmounts(facts, amountsAt, last.counted)) return last.result;
    const counted: Counted[] = [];
    eachCounted(facts, amountsAt, (f, amounts) => {
      counted.push({ id: f.id, articleId: f.articleId, amounts });
      return true;
    });
    const result = compareNumbers(facts, amountsAt);
    this.last = { counted, result };
    return result;
  }
}

/** Calls `visit` with each fact that gives amounts, and its amounts, in order; stops (false) when `visit` says false. */
function eachCounted(facts: readonly Fact[], amountsAt: (i: number) => readonly Amount[], visit: (f: Fact, amounts: readonly Amount[]) => boolean): boolean {
  for (let i = 0; i < facts.length; i++) {
    if (facts[i]!.numbers.length === 0) continue;
    const amounts = amountsAt(i);
    if (amounts.length && !visit(facts[i]!, amounts)) return false;
  }
  return true;
}

/** Whether the facts give the amounts `counted` lists, in that order (checked without making the list again). */
function sameAmounts(facts: readonly Fact[], amountsAt: (i: number) => readonly Amount[], counted: readonly Counted[]): boolean {
  let k = 0;
  const same = eachCounted(facts, amountsAt, (f, amounts) => {
    const c = counted[k++];
    return c !== undefined && c.id === f.id && c.articleId === f.articleId && sameList(c.amounts, amounts);
  });
  return same && k === counted.length;
}

function sameList(a: readonly Amount[], b: readonly Amount[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k]!.valueKey !== b[k]!.valueKey || a[k]!.text !== b[k]!.text) return false;
  return true;
}

/** One amount of a fact, as compareNumbers counts it (worked out once per fact: a refresh keeps them). */
export interface Amount {
  unit: string;
  qualifier: 'scheduled' | 'reported';
  value: number;
  approximate: boolean;
  text: string;
  key: string;
  valueKey: string;
}

/** A fact's amounts, as compareNumbers counts them. */
export function amountsOf(f: Fact): Amount[] {
  const out: Amount[] = [];
  for (const n of f.numbers) {
    if (!n.unit || !COMPARED.has(n.unit)) continue;
    const unit = n.unit in TO_MINUTES ? 'minutes' : n.unit;
    const value = n.value * (TO_MINUTES[n.unit] ?? 1);
    if (unit !== 'minutes' && value < 10) continue;
    const before = f.text.slice(Math.max(0, n.start - f.start - 30), n.start - f.start);
    const qualifier = /\b(?:scheduled|planned|expected|set|due)\b[^.]*$/i.test(before) ? 'scheduled' : 'reported';
    const key = `${unit}|${qualifier}`;
    const approximate = Boolean(n.approximate && /thousand|hundred|1000/i.test(n.text));
    const valueKey = `${key}|${value}|${approximate}`;
    out.push({ unit, qualifier, value, approximate, text: n.text, key, valueKey });
  }
  return out;
}
