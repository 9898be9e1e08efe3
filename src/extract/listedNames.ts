import type { OpenName } from './openNames.js';

/**
 * Names with no evidence of their own that a list shows to be people: one set between two people by commas or "and"
 * ("Petr Novotny, Ollie Brisco and Ryan Tullis are helping …": Ollie is no given name we know, Brisco no surname used
 * alone). Only between two: a name at a list's end may be a team's or a place's ("… and Kamala Harris at Howard
 * University").
 */
export function listedAmong(chunk: string, unproven: readonly OpenName[], people: readonly OpenName[]): OpenName[] {
  const persons = people.filter((p) => p.kind === 'person');
  return unproven.filter((n) => {
    const before = persons.find((p) => p.end <= n.start && /^,\s*$/.test(chunk.slice(p.end, n.start)));
    const after = persons.find((p) => p.start >= n.end && /^(?:,\s*|,?\s+and\s+)$/.test(chunk.slice(n.end, p.lead)));
    return before !== undefined && after !== undefined;
  });
}
