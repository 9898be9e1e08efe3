import { describe, expect, it } from 'vitest';
import { loadSeeds } from '../../src/ingest/load.js';
import { buildKnowledgeBase } from '../../src/kb/build.js';
import { mergePeople, PeopleMemo } from '../../src/kb/people.js';
import { extractArticle } from '../../src/extract/article.js';
import { exportKnowledgeBase } from '../../src/kb/export.js';
import { findNumbers } from '../../src/extract/numbers.js';
import { SEEDS, seedKb } from '../helpers.js';

const kb = await seedKb();
const person = (id: string) => kb.people.find((p) => p.id === id)!;

describe('people', () => {
  it('merges "Sergei" and "Sergey" Lavrov into one person with his aliases and role', () => {
    const lavrov = person('sergey-lavrov');
    expect(lavrov.name).toBe('Sergey Lavrov');
    expect(lavrov.aliases.map((a) => a.toLowerCase())).toEqual(expect.arrayContaining(['sergei lavrov', 'mr lavrov', 'lavrov', 'the russian foreign minister']));
    expect(lavrov.roles).toEqual(['Russian Foreign Minister']);
    expect(lavrov.articleIds).toHaveLength(5);
    expect(kb.people.filter((p) => /lavrov/i.test(p.name))).toHaveLength(1);
  });

  it('merges one name spelt in several transliterations ("Zelenskyy", "Zelensky", "Zelenskiy"), not two given names', () => {
    const local = (articleId: string, first: string | null, last: string) => ({
      articleId,
      people: [{ key: `p:${last.toLowerCase()}`, type: 'person' as const, first, last, names: first ? [`${first} ${last}`] : [], aliases: [last], roles: [], nationality: null }],
    });
    const merged = mergePeople([local('a', 'Volodymyr', 'Zelenskyy'), local('b', 'Volodymyr', 'Zelensky'), local('c', null, 'Zelenskiy'), local('d', 'Olena', 'Zelenska')]);
    expect(merged.people.map((p) => [p.name, p.articleIds])).toEqual([
      ['Volodymyr Zelenskyy', ['a', 'b', 'c']],
      ['Olena Zelenska', ['d']],
    ]);
    expect(mergePeople([local('a', 'Sadyr', 'Zhaparov'), local('b', null, 'Japarov')]).people.map((p) => [p.name, p.articleIds])).toEqual([['Sadyr Zhaparov', ['a', 'b']]]);
    // Another given name under the same folded surname is another person.
    const two = mergePeople([local('a', 'Anna', 'Kelly'), local('b', 'Mark', 'Kely')]);
    expect(two.people.map((p) => p.name)).toEqual(['Anna Kelly', 'Mark Kely']);
    // "Ryabkov" and "Riabkov" meet; "Price" alone is no "Gareth Pryce" (a "y" inside an English name is no transliteration).
    expect(mergePeople([local('a', 'Sergei', 'Ryabkov'), local('b', null, 'Riabkov')]).people.map((p) => [p.name, p.articleIds])).toEqual([['Sergei Ryabkov', ['a', 'b']]]);
    expect(mergePeople([local('a', 'Gareth', 'Pryce'), local('b', null, 'Price')]).people.map((p) => [p.name, p.articleIds])).toEqual([
      ['Gareth Pryce', ['a']],
      ['Price', ['b']],
    ]);
  });

  it('merges a short given name with its long form ("Alex" and "Alexander Reyes"), never with a name written family name first ("Ming Zhao", "Zhao Mingde")', () => {
    const local = (articleId: string, first: string, last: string, familyFirst = false) => ({
      articleId,
      people: [{ key: `p:${last.toLowerCase()}`, type: 'person' as const, first, last, names: [familyFirst ? `${last} ${first}` : `${first} ${last}`], aliases: [last], roles: [], nationality: null }],
    });
    const names = (merged: ReturnType<typeof mergePeople>) => merged.people.map((p) => [p.name, p.articleIds]);
    expect(names(mergePeople([local('a', 'Alexander', 'Reyes'), local('b', 'Alex', 'Reyes')]))).toEqual([['Alexander Reyes', ['a', 'b']]]);
    expect(names(mergePeople([local('a', 'Mingde', 'Zhao', true), local('b', 'Ming', 'Zhao')]))).toEqual([
      ['Zhao Mingde', ['a']],
      ['Ming Zhao', ['b']],
    ]);
    expect(names(mergePeople([local('a', 'Mingde', 'Zhao', true), local('b', 'Mingde', 'Zhao', true)]))).toEqual([['Zhao Mingde', ['a', 'b']]]);
  });

  it('gives a surname alone to the one person of that surname, or to one named far more often, and else to nobody else', () => {
    const local = (articleId: string, first: string | null, last: string) => ({
      articleId,
      people: [{ key: `p:${last.toLowerCase()}`, type: 'person' as const, first, last, names: first ? [`${first} ${last}`] : [], aliases: [last], roles: [], nationality: null }],
    });
    const names = (merged: ReturnType<typeof mergePeople>) => merged.people.map((p) => [p.name, p.articleIds]);
    // A Boris and a Dustin Johnson, each in one article: "Johnson" alone is neither.
    expect(names(mergePeople([local('a', 'Boris', 'Johnson'), local('b', 'Dustin', 'Johnson'), local('c', null, 'Johnson')]))).toEqual([
      ['Boris Johnson', ['a']],
      ['Dustin Johnson', ['b']],
      ['Johnson', ['c']],
    ]);
    // Donald Trump in two articles, Melania in one: "Trump" alone is his.
    expect(names(mergePeople([local('a', null, 'Trump'), local('b', 'Donald', 'Trump'), local('c', 'Melania', 'Trump'), local('d', 'Donald', 'Trump')]))).toEqual([
      ['Donald Trump', ['a', 'b', 'd']],
      ['Melania Trump', ['c']],
    ]);
  });

  it('gives a surname alone with a post to the one named in full only when a word of their posts is shared', () => {
    const local = (articleId: string, first: string | null, last: string, roles: string[]) => ({
      articleId,
      people: [{ key: `p:${last.toLowerCase()}`, type: 'person' as const, first, last, names: first ? [`${first} ${last}`] : [], aliases: [last], roles, nationality: null }],
    });
    const names = (merged: ReturnType<typeof mergePeople>) => merged.people.map((p) => [p.name, p.articleIds]);
    // "Lady Justice Carr" in a court report is not the attorney general Chris Carr of another story.
    expect(names(mergePeople([local('a', 'Chris', 'Carr', ['attorney general']), local('b', null, 'Carr', ['Lady Justice'])]))).toEqual([
      ['Chris Carr', ['a']],
      ['Carr', ['b']],
    ]);
    // "President Putin" is "Russian President Vladimir Putin"; a surname with no post joins him too.
    expect(names(mergePeople([local('a', 'Vladimir', 'Putin', ['Russian President']), local('b', null, 'Putin', ['President']), local('c', null, 'Putin', [])]))).toEqual([
      ['Vladimir Putin', ['a', 'b', 'c']],
    ]);
  });

  it('takes roles from titles, undoing the rewording ("Overseas Minister", "Protection Minister", "State Division")', () => {
    expect(person('antony-blinken').roles).toEqual(['US Secretary of State']);
    expect(person('dmitry-peskov').roles).toEqual(['Kremlin spokesman']);
    expect(person('kalle-laanet').roles).toEqual(['Estonian Defence Minister']);
    expect(person('dmytro-kuleba').roles).toEqual(['Ukrainian Foreign Minister']);
    expect(person('ned-worth').roles).toEqual(['State Department spokesman']);
  });

  it('joins "President Biden" with "Joe Biden", and lists organisations that speak', () => {
    expect(person('joe-biden').aliases).toEqual(expect.arrayContaining(['President Biden', 'Mr Biden']));
    expect(person('russian-foreign-ministry').type).toBe('organisation');
  });
});

const { articles } = await loadSeeds(SEEDS);

describe('merging people again (PeopleMemo)', () => {
  const perArticle = articles.map((a) => ({ articleId: a.id, people: extractArticle(a, { date: '2022-01-21', source: 'metadata' }).people }));
  /** An article extracted again: new objects, equal in every field. */
  const again = (list: typeof perArticle, i: number) => list.map((x, k) => (k === i ? { ...x, people: structuredClone(x.people) } : x));
  const ids = (m: ReturnType<typeof mergePeople>, list: typeof perArticle) => list.map((x) => x.people.map((p) => m.personOf(p).id));

  it('keeps last merge when an article is extracted again with the same people, and finds the new objects', () => {
    const memo = new PeopleMemo();
    const first = mergePeople(perArticle, memo);
    const edited = again(perArticle, 1);
    const second = mergePeople(edited, memo);
    expect(second).toBe(first);
    expect(ids(second, edited)).toEqual(ids(first, perArticle));
    expect(second.personOf(edited[1]!.people.find((p) => p.last === 'Lavrov')!).id).toBe('sergey-lavrov');
  });

  it('merges again, as a fresh merge does, when an article names someone new or drops someone', () => {
    const memo = new PeopleMemo();
    mergePeople(perArticle, memo);
    mergePeople(again(perArticle, 1), memo);
    const more = perArticle.map((x, k) =>
      k === 2 ? { ...x, people: [...x.people, { key: 'p:zakharova', type: 'person' as const, first: 'Maria', last: 'Zakharova', names: ['Maria Zakharova'], aliases: [], roles: [], nationality: null }] } : x,
    );
    const third = mergePeople(more, memo);
    expect(third.people).toEqual(mergePeople(more).people);
    expect(third.people.find((p) => p.id === 'maria-zakharova')?.articleIds).toEqual([perArticle[2]!.articleId]);
    expect(ids(third, more)).toEqual(ids(mergePeople(more), more));
    const fewer = perArticle.map((x, k) => (k === 0 ? { ...x, people: x.people.slice(1) } : x));
    const fourth = mergePeople(fewer, memo);
    expect(fourth.people).toEqual(mergePeople(fewer).people);
    expect(fourth.people.find((p) => p.id === 'maria-zakharova')).toBeUndefined();
  });
});

describe('facts', () => {
  it('keeps numbers as written and as understood: 100,000, 1,00,000 and tens of thousands of troops', () => {
    const troops = kb.facts.flatMap((f) => f.numbers.filter((n) => n.unit === 'troops').map((n) => ({ a: f.articleId.slice(0, 3), t: n.text, v: n.value, approx: n.approximate })));
    expect(troops).toEqual(
      expect.arrayContaining([
        { a: '001', t: '100,000', v: 100000, approx: false },
        { a: '002', t: '100,000', v: 100000, approx: false },
        { a: '003', t: '1,00,000', v: 100000, approx: true },
        { a: '003', t: 'tens of 1000’s', v: 10000, approx: true },
      ]),
    );
  });

  it('reads durations: "about 90 minutes" and "an hour and a half"', () => {
    expect(findNumbers('met for about 90 minutes')).toMatchObject([{ value: 90, unit: 'minutes', approximate: true }]);
    expect(findNumbers('The meeting lasted about an hour and a half')).toMatchObject([{ value: 90, unit: 'minutes' }]);
  });

  it('comes from report sections only, never from the reader comment or the opinion post', () => {
    expect(kb.facts.some((f) => /Blink is|illegally occupying/.test(f.text))).toBe(false);
  });

  it('finds facts by search, numbers included', () => {
    const hits = kb.index.facts.search('100000 troops').map((h) => kb.facts[h.doc]!);
    expect(hits.slice(0, 4).every((f) => f.numbers.some((n) => n.value === 100000))).toBe(true);
  });
});

describe('links', () => {
  it('lists the headline roundup of 000 with each outlet', () => {
    const roundup = kb.links.filter((l) => l.articleId.startsWith('000') && l.kind === 'roundup');
    expect(roundup.map((l) => l.outlet)).toEqual(
      ['RT', 'Sputnik', 'CNN', 'AP', 'France 24', 'Reuters', 'Moscow Times', 'BBC', 'DW', 'RFE/RL', 'CNBC', 'RT', 'TASS', 'CNN', 'Zero Hedge'],
    );
    expect(roundup.find((l) => l.outlet === 'BBC')!.title).toBe("Ukraine tension: US and Russia hold 'frank' talks");
  });

  it('finds "Source: spiegel", the agency credit, "Daily Mail:" and "Russia\'s RIA news agency"', () => {
    const of = (n: string) => kb.links.filter((l) => l.articleId.startsWith(n)).map((l) => `${l.kind}:${l.outlet}`);
    expect(of('002')).toEqual(expect.arrayContaining(['credit:Der Spiegel', 'credit:dpa', 'credit:Reuters', 'self:The Limited Times']));
    expect(of('000')).toContain('cited:Daily Mail');
    expect(of('004')).toContain('cited:RIA Novosti');
  });

  it('never invents a link or a date', () => {
    expect(kb.links.every((l) => l.url === null)).toBe(true);
    expect(kb.articles.map((a) => a.published)).toEqual(['2022-01-21', null, '2022-01-21', '2022-01-21', null]);
  });
});

describe('buildKnowledgeBase', () => {
  it('is a pure function: the same articles give the same export', async () => {
    const { articles } = await loadSeeds(SEEDS);
    const a = exportKnowledgeBase(buildKnowledgeBase(articles, { builtAt: 'x' }));
    const b = exportKnowledgeBase(buildKnowledgeBase(articles, { builtAt: 'x' }));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('returns a frozen value', () => {
    expect(Object.isFrozen(kb)).toBe(true);
    expect(Object.isFrozen(kb.quotes[0])).toBe(true);
    expect(() => (kb.quotes as unknown as unknown[]).push(1)).toThrow();
  });

  it('exports the documented fields', () => {
    const out = exportKnowledgeBase(kb);
    expect(Object.keys(out.articles[0]!)).toEqual(expect.arrayContaining(['id', 'file', 'title', 'outlet', 'published', 'url', 'kind', 'labels']));
    expect(Object.keys(out.people[0]!)).toEqual(expect.arrayContaining(['id', 'name', 'aliases', 'roles']));
    expect(Object.keys(out.quotes[0]!)).toEqual(expect.arrayContaining(['id', 'articleId', 'text', 'speakerId', 'speaker', 'cue', 'fragment', 'start', 'end']));
    expect(Object.keys(out.events[0]!)).toEqual(expect.arrayContaining(['id', 'articleId', 'date', 'precision', 'text', 'start', 'end']));
    expect(Object.keys(out.facts[0]!)).toEqual(expect.arrayContaining(['id', 'articleId', 'text', 'start', 'end']));
    expect(Object.keys(out.links[0]!)).toEqual(expect.arrayContaining(['articleId', 'outlet', 'title', 'url']));
  });
});

describe('an article the extractor fails on', () => {
  it('is kept with nothing taken from it and a warning naming its file, and the other articles are built', async () => {
    const { articles } = await loadSeeds(SEEDS);
    // (A text that is no string stands for any fault of ours an article's text could run into.)
    const broken = { id: 'broken', file: 'broken.txt', text: null as unknown as string, meta: {}, hash: 'x' };
    const built = buildKnowledgeBase([...articles, broken], { builtAt: 'x' });
    expect(built.articles.map((a) => a.id)).toEqual([...articles.map((a) => a.id), 'broken']);
    expect(built.quotes.filter((q) => q.articleId === 'broken')).toEqual([]);
    expect(built.quotes.length).toBe(kb.quotes.length);
    expect(built.warnings.filter((w) => w.source === 'broken.txt').map((w) => w.message)).toEqual([expect.stringMatching(/^could not be read, and nothing was taken from it \(.+\); please report it$/)]);
  });
});
