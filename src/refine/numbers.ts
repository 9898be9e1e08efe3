import type { Fact, NumberComparison } from '../model.js';

const TO_MINUTES: Record<string, number> = { minutes: 1, hours: 60 };
const COMPARED = new Set(['troops', 'soldiers', 'warships', 'ships', 'aircraft', 'tanks', 'missiles', 'minutes', 'hours', 'diplomats', 'killed', 'dead']);

/**
 * Compares the amounts the articles give for the same thing (troops, warships, a meeting's length in minutes),
 * keeping a planned amount ("scheduled to last two hours") apart from a reported one. Vague amounts ("tens of
 * thousands") are listed but do not count against agreement.
 */
export function compareNumbers(facts: readonly Fact[]): NumberComparison[] {
  const groups = new Map<string, NumberComparison>();
  // Look-ups beside the lists, so that a value held by thousands of articles is not searched for each of them.
  const valueOf = new Map<string, NumberComparison['values'][number]>();
  const seen = new Set<string>();
  for (const f of facts) {
    for (const n of f.numbers) {
      if (!n.unit || !COMPARED.has(n.unit)) continue;
      const unit = n.unit in TO_MINUTES ? 'minutes' : n.unit;
      const value = n.value * (TO_MINUTES[n.unit] ?? 1);
      if (unit !== 'minutes' && value < 10) continue;
      const before = f.text.slice(Math.max(0, n.start - f.start - 30), n.start - f.start);
      const qualifier = /\b(?:scheduled|planned|expected|set|due)\b[^.]*$/i.test(before) ? 'scheduled' : 'reported';
      const key = `${unit}|${qualifier}`;
      const g = groups.get(key) ?? { unit, qualifier, values: [], agree: true };
      const approximate = n.approximate && /thousand|hundred|1000/i.test(n.text);
      const valueKey = `${key}|${value}|${approximate}`;
      let v = valueOf.get(valueKey);
      if (!v) {
        v = { value, approximate, texts: [], articleIds: [], factIds: [] };
        valueOf.set(valueKey, v);
        g.values.push(v);
      }
      if (!seen.has(`${valueKey}|text|${n.text}`)) {
        seen.add(`${valueKey}|text|${n.text}`);
        v.texts.push(n.text);
      }
      if (!seen.has(`${valueKey}|article|${f.articleId}`)) {
        seen.add(`${valueKey}|article|${f.articleId}`);
        v.articleIds.push(f.articleId);
      }
      v.factIds.push(f.id);
      groups.set(key, g);
    }
  }
  for (const g of groups.values()) {
    g.values.sort((a, b) => b.articleIds.length - a.articleIds.length || a.value - b.value);
    g.agree = new Set(g.values.filter((v) => !v.approximate).map((v) => v.value)).size <= 1;
  }
  return [...groups.values()].sort((a, b) => a.unit.localeCompare(b.unit) || a.qualifier.localeCompare(b.qualifier));
}
