/**
 * The lists `of` gives for each item, one after another: `items.flatMap(of)` for lists of arrays. A refresh joins
 * the quotes, facts and events of 10,000 articles; V8's flatMap checks each returned value for being an array and
 * spreads it item by item, which took several times as long as this loop (40 ms against 10 for 200,000 items).
 */
export function flat<T, U>(items: readonly T[], of: (item: T) => readonly U[]): U[] {
  const out: U[] = [];
  for (const item of items) {
    const list = of(item);
    for (let i = 0; i < list.length; i++) out.push(list[i]!);
  }
  return out;
}
