import { describe, expect, it } from 'vitest';
import { findDates, referenceFrom } from '../../src/extract/timeline.js';
import { findNumbers } from '../../src/extract/numbers.js';
import { findPeople } from '../../src/extract/people.js';
import { seedKb } from '../helpers.js';

/** Text that must NOT match: durations are not dates, ships and agencies are not people. */
const ref = referenceFrom('2022-01-21');
const kb = await seedKb();

describe('not dates', () => {
  it.each([
    'The meeting was scheduled to last two hours.',
    'It ended after only 90 minutes.',
    'Maybe a little delay for a week.',
    'Intensive talks they had over the last week in Geneva.',
    'Almost nothing that is said now can be trusted.',
    'The conflict has killed 14,000.',
    'Three rounds of negotiations.',
  ])('%s', (text) => {
    expect(findDates(text, ref)).toEqual([]);
  });
});

describe('not people', () => {
  it('finds no "State Antony", ship, news agency or place among the people of the seeds', () => {
    const names = kb.people.map((p) => p.name);
    for (const bad of ['State Antony', 'Harry S Truman', 'Truman', 'RIA', 'Jap Europe', 'Geneva', 'Zero Hedge', 'Daily Mail', 'H Turner', 'Anonymous', 'Blink']) {
      expect(names).not.toContain(bad);
    }
  });

  it('does not make a person out of a title with no name after it', () => {
    const text = 'US Secretary of State and Russian foreign minister met in Geneva.';
    expect(findPeople(text, [{ start: 0, end: text.length }], []).people.filter((p) => p.type === 'person')).toEqual([]);
  });

  it('does not read the names inside a quote as mentions', () => {
    const text = '"We expect both Lavrov and Blinken to talk," Kremlin spokesman Dmitry Peskov said.';
    const q = { start: 1, end: text.indexOf(',"') + 1 };
    const { mentions } = findPeople(text, [{ start: 0, end: text.length }], [q]);
    expect(mentions.filter((m) => m.start < q.end)).toEqual([]);
  });
});

describe('not amounts', () => {
  it('does not count years or days of the month as amounts', () => {
    expect(findNumbers('in 2014 and by January 30')).toEqual([]);
  });
});
