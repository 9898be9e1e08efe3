import { describe, expect, it } from 'vitest';
import { findDates, isoWeek, referenceFrom } from '../../src/extract/timeline.js';
import { findFullDate } from '../../src/extract/ownDate.js';
import { extractArticle } from '../../src/extract/article.js';
import { seedKb } from '../helpers.js';

const kb = await seedKb();
const friday = referenceFrom('2022-01-21');
const dates = (s: string) => findDates(s, friday).map((d) => `${d.date}/${d.precision}`);
const eventOf = (article: string, phrase: string, sentence: string) => {
  const found = kb.events.filter((e) => e.articleId.startsWith(article) && e.phrase === phrase && e.text.includes(sentence));
  if (found.length !== 1) throw new Error(`expected one event "${phrase}" in ${article}, found ${found.length}`);
  return found[0]!;
};

describe('events from the real seeds', () => {
  it('reads a weekday against the article date: "Also on Thursday" in 001 is 20 January 2022', () => {
    expect(eventOf('001', 'on Thursday', 'Also on Thursday')).toMatchObject({ date: '2022-01-20', precision: 'day' });
  });

  it('reads "next week" in 001, an undated article, as ISO week 2022-W04 via the corpus date', () => {
    expect(eventOf('001', 'next week', 'written response')).toMatchObject({ date: '2022-W04', precision: 'week' });
    expect(kb.articles.find((a) => a.id.startsWith('001'))).toMatchObject({ published: null, referenceDate: '2022-01-21', dateSource: 'corpus' });
  });

  it('reads the reworded "subsequent week" in 003 as next week', () => {
    expect(eventOf('003', 'subsequent week', 'Blinken advised Lavrov').date).toBe('2022-W04');
  });

  it('reads "June of last year" in 004 as 2021-06', () => {
    expect(eventOf('004', 'June of last year', 'meeting between the two leaders')).toMatchObject({ date: '2021-06', precision: 'month' });
  });

  it('reads "in 2014" and "since 2020" in 003 as years', () => {
    expect(eventOf('003', 'in 2014', 'Crimea')).toMatchObject({ date: '2014', precision: 'year' });
    expect(eventOf('003', 'since 2020', 'Truman')).toMatchObject({ date: '2020', precision: 'year', relation: 'since' });
  });

  it('reads the end of a range, "via February 4" (the rewording of "through"), as 2022-02-04', () => {
    expect(eventOf('003', 'February 4', 'Mediterranean')).toMatchObject({ date: '2022-02-04', precision: 'day', relation: 'through' });
  });

  it('reads the deadline "by January 30" in 001', () => {
    expect(eventOf('001', 'January 30', 'some ideas')).toMatchObject({ date: '2022-01-30', relation: 'by' });
  });

  it('dates "a day after" to the day before the talks (001)', () => {
    expect(eventOf('001', 'just a day after', '140 warships').date).toBe('2022-01-20');
  });

  it('takes nothing from the reader comment or the 2024 date in the "You may like" box', () => {
    expect(kb.events.some((e) => /Blink is taking/.test(e.text))).toBe(false);
    expect(kb.events.some((e) => e.date.startsWith('2024'))).toBe(false);
  });

  it('points every event at its sentence by offsets', async () => {
    const { readFileSync } = await import('node:fs');
    for (const e of kb.events) {
      const a = kb.articles.find((x) => x.id === e.articleId)!;
      expect(readFileSync(a.file, 'utf8').slice(e.start, e.end)).toBe(e.text);
    }
  });
});

describe('findDates with a fixed reference (Friday 21 January 2022)', () => {
  it('resolves weekdays to the past in reported speech and to the future after "will"', () => {
    expect(dates('On Wednesday, Blinken reassured Ukraine that the United States will continue')).toEqual(['2022-01-19/day']);
    expect(dates('The two will meet again on Monday.')).toEqual(['2022-01-24/day']);
  });

  it('reads a weekday ahead after "is expected", "planned for", "is due", a schedule in the present, and back after "had been expected" (PATTERNS 2)', () => {
    expect(dates('The Israeli team is expected on Sunday.')).toEqual(['2022-01-23/day']);
    expect(dates('A vote is planned for Tuesday.')).toEqual(['2022-01-25/day']);
    expect(dates('The report is due on Monday.')).toEqual(['2022-01-24/day']);
    expect(dates('The team had been expected on Sunday but never came.')).toEqual(['2022-01-16/day']);
    // A schedule in the present tense is ahead; the past tense and a noun ("the close of its Monday show") are back.
    expect(dates('The summit ends on Saturday.')).toEqual(['2022-01-22/day']);
    expect(dates('Talks resume in Geneva on Monday.')).toEqual(['2022-01-24/day']);
    expect(dates('The summit ended on Saturday.')).toEqual(['2022-01-15/day']);
    expect(dates('It was the close of its Monday show.')).toEqual(['2022-01-17/day']);
  });

  it('reads no weekday in a named day, and a past story\'s "was coming to Tuesday\'s" as the past (PATTERNS 2)', () => {
    expect(dates('Prices may drop further on Black Friday, the chain said.')).toEqual([]);
    expect(dates('Shops open early for Cyber Monday and Super Tuesday sales.')).toEqual([]);
    expect(dates('Few guests knew the minister was coming to Tuesday’s dinner.')).toEqual(['2022-01-18/day']);
    // "this coming" and "will" still point ahead, and a plain weekday still back.
    expect(dates('The vote is set for this coming Monday.')).toEqual(['2022-01-24/day']);
    expect(dates('Shops opened early on Tuesday.')).toEqual(['2022-01-18/day']);
  });

  it('reads "midnight" in a sentence in the past as the one that began the day, not the one ahead', () => {
    expect(dates('It was around midnight when the police arrived.')).toEqual(['2022-01-21/day']);
    expect(dates('The strike will start at midnight.')).toEqual(['2022-01-22/day']);
    expect(dates('The deadline expires at midnight.')).toEqual(['2022-01-22/day']);
    // (An irregular past too: "began", "struck".)
    expect(dates('The strike began at midnight.')).toEqual(['2022-01-21/day']);
    expect(dates('The storm struck just after midnight.')).toEqual(['2022-01-21/day']);
  });

  it('dates a holiday after a preposition in the year nearest the article, and "on the 8th" in the nearest month (PATTERNS 2)', () => {
    // The article's day is Friday 21 January 2022: Christmas Eve was weeks before, Easter (17 April) is ahead.
    expect(dates('The shop burned down on Christmas Eve.')).toEqual(['2021-12-24/day']);
    expect(dates('They hope to finish before Easter.')).toEqual(['2022-04-17/day']);
    expect(dates('They met last Thanksgiving, and will again next Thanksgiving.')).toEqual(['2021-11-25/day', '2022-11-24/day']);
    expect(findDates('Talks resume after Christmas.', referenceFrom('2021-12-10')).map((d) => d.date)).toEqual(['2021-12-25']);
    expect(dates('The bridge reopens on the 8th.')).toEqual(['2022-01-08/day']);
    // A holiday as a word of a name, and an ordinal of a floor or an attempt, are no dates.
    expect(dates('The Christmas market opened. She lives on the 8th floor and passed on the 2nd attempt.')).toEqual([]);
  });

  it('reads no date in a span counted from a narrated event: "after four days of talks", "two weeks later" (PATTERNS 2)', () => {
    expect(dates('The deal was announced in Beijing after four days of talks.')).toEqual([]);
    expect(dates('Two weeks later, the ceasefire collapsed. A year later he resigned.')).toEqual([]);
    // The writer's own time stays: "later this week", "in two weeks", and "a day after" something.
    expect(dates('They meet again later this week and will vote in two weeks.')).toEqual(['2022-W03/week', '2022-02-04/day']);
  });

  it('reads no date in a fraction ("1-1/2 year", "1/2 percent"), an amount after "from" or "earlier in the day", and one with its year', () => {
    expect(dates('A near 1-1/2 year trade war ended. Shares rose 1/2 percent.')).toEqual([]);
    expect(dates('Sales will grow from 16 currently. Yields fell from 1.808%. Stocks rose earlier in the day.')).toEqual([]);
    expect(dates('Earlier in the week they drew. It is the best laptop of the last 12 months.')).toEqual([]);
    expect(dates('Prices rose last month.')).toEqual(['2021-12/month']);
    expect(dates('The vote was on 1/20/2022.')).toEqual(['2022-01-20/day']);
  });

  it('reads "reopens on Monday" as ahead, "reopened on Monday" as past (PATTERNS 2)', () => {
    expect(dates('The port reopens on Monday.')).toEqual(['2022-01-24/day']);
    expect(dates('The port reopened on Monday.')).toEqual(['2022-01-17/day']);
  });

  it('reads no date in a vague span: "in the next few days", "in a few weeks", "in the coming days" (PATTERNS 2)', () => {
    expect(dates('He said yesterday that talks would take place in the next few days.')).toEqual(['2022-01-20/day']);
    expect(dates('Talks resume in a few weeks. A decision follows in the coming days.')).toEqual([]);
    expect(dates('Talks resume in three weeks.')).toEqual(['2022-02-11/day']);
  });

  it('gives weeks, months and years their own precision', () => {
    expect(dates('They may meet again next month.')).toEqual(['2022-02/month']);
    expect(dates('Efforts have been in full swing since last week.')).toEqual(['2022-W02/week']);
    expect(dates('Britain sent missiles earlier this week.')).toEqual(['2022-W03/week']);
  });

  it('reads "last night" and "this morning" as days, and a holiday opening a sentence before its clause', () => {
    expect(dates('The storm hit last night.')).toEqual(['2022-01-20/day']);
    expect(dates('This morning the minister resigned.')).toEqual(['2022-01-21/day']);
    expect(dates('On Christmas Eve the bridge fell.')).toEqual(['2021-12-24/day']);
    // Not a night with no day to it, nor a holiday that names a thing.
    expect(dates('At night, the rebels advanced.')).toEqual([]);
    expect(dates('Shops close before Christmas shopping ends.')).toEqual([]);
  });

  it('marks the dates written out to their year as stated, which an undated article keeps (PATTERNS 2)', () => {
    const stated = (s: string) => findDates(s, friday).filter((d) => d.stated).map((d) => d.phrase);
    expect(stated('A ceasefire was signed on June 30, 2022, after talks in March 2020 and a first deal in 2011.')).toEqual(['June 30, 2022', 'March 2020', 'in 2011']);
    // (Dots day first, as the page's own date is read: 12 March, not 3 December.)
    expect(dates('The deal was signed on 12.03.2024 in Bern.')).toEqual(['2024-03-12/day']);
    // Not a weekday, a holiday, a week, nor a month or year relative to the day of writing.
    expect(stated('On Friday, on Christmas Eve, next week, last March and this year the talks went on.')).toEqual([]);
    const text = 'Talks\n\nThe two ministers spoke again on Friday.\n\nA ceasefire was signed on June 30, 2022.';
    const undated = extractArticle({ id: 'u', file: 'u.txt', text, hash: 'h', meta: {} }, { date: null, source: 'none' });
    expect(undated.events.map((e) => [e.phrase, e.date])).toEqual([['June 30, 2022', '2022-06-30']]);
  });

  it('finds nothing in text with no date, and never throws', () => {
    for (const t of ['', 'No date here.', '\u0000\u200b', 'x'.repeat(5000)]) expect(findDates(t, friday)).toEqual([]);
  });
});

describe('isoWeek and findFullDate', () => {
  it('numbers weeks by ISO 8601, across the new year', () => {
    expect(isoWeek(new Date(2022, 0, 28))).toBe('2022-W04');
    expect(isoWeek(new Date(2022, 0, 2))).toBe('2021-W52');
  });

  it('reads datelines in the shapes the seeds use', () => {
    expect(findFullDate('Friday, January 21, 2022')).toBe('2022-01-21');
    expect(findFullDate('2022-01-21T13:25:58.767Z')).toBe('2022-01-21');
    expect(findFullDate('21 January 2022')).toBe('2022-01-21');
    expect(findFullDate('on Friday')).toBeNull();
  });
});

describe('a weekday opening its sentence (PATTERNS 2)', () => {
  it('takes the tense of the verb after it: "On Saturday, Lavrov will return" is the Saturday ahead', () => {
    expect(dates('On Saturday, Lavrov will return to Moscow.')).toEqual(['2022-01-22/day']);
    expect(dates("Wednesday night, the candidates will meet in Atlanta.")).toEqual(['2022-01-26/day']);
  });
  it('keeps the day before for a verb in the past, and for a future in a later clause', () => {
    expect(dates('On Saturday, Lavrov returned to Moscow.')).toEqual(['2022-01-15/day']);
    expect(dates('On Tuesday the talks ended, and he said they would resume.')).toEqual(['2022-01-18/day']);
  });
});

describe('"the next day" in a sentence in the past (PATTERNS 2)', () => {
  it('dates no "the next day" or "the following week" told in the past: it follows the story\'s last date, not the article\'s', () => {
    expect(dates('The next day, NATO met in Brussels.')).toEqual([]);
    expect(dates('Officials met again the following week.')).toEqual([]);
  });
  it('dates no "a week earlier" or "a year later": they count from the story\'s date, not the article\'s', () => {
    expect(dates('The summit was held a week earlier.')).toEqual([]);
    expect(dates('A year earlier, Putin had written an essay.')).toEqual([]);
    expect(dates('Two weeks ago, the army moved.')).toEqual(['2022-01-07/day']);
  });
  it('still dates "next week" and "last week" with no "the", in a sentence in the past', () => {
    expect(dates('Officials said talks resume next week.')).toEqual(['2022-W04/week']);
    expect(dates('He said he met them last week.')).toEqual(['2022-W02/week']);
  });
});

describe('a year before the Common Era (found by the fuzz test)', () => {
  it('dates no "January 30 BC", which no ISO date we keep can hold', () => {
    expect(dates('The deadline is by January 30bC.')).toEqual([]);
    expect(dates('The deadline is by January 30.')).toEqual(['2022-01-30/day']);
  });
});
