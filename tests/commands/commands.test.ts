import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Caller, CommandContext } from '../../commands/types.js';
import { runCommand, runTyped } from '../../src/dispatch/runner.js';
import { findTimeline } from '../../src/query/answers.js';
import { KnowledgeStore } from '../../src/refresh/store.js';
import { exportKnowledgeBase } from '../../src/kb/export.js';
import { fitEmbed, LIMITS, type Embed, type Reply } from '../../src/render/payload.js';
import { SEEDS, seedKb, seedsCopy } from '../helpers.js';
import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';

const kb = await seedKb();
const ctx: CommandContext = { kb, store: new KnowledgeStore(kb, SEEDS) };
const member: Caller = { userId: '1', isModerator: false };
const ask = async (line: string) => (await runTyped(line, ctx, member))!;
const embedOf = (r: Reply) => r.embeds![0]!;
const size = (e: Embed) => (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);

function expectValid(r: Reply) {
  expect(r.allowed_mentions).toEqual({ parse: [] });
  for (const e of r.embeds ?? []) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
    expect((e.fields ?? []).length).toBeLessThanOrEqual(LIMITS.fields);
    for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(size(e)).toBeLessThanOrEqual(LIMITS.embedTotal);
  }
  expect(r.content?.length ?? 0).toBeLessThanOrEqual(LIMITS.content);
}

describe('/quote', () => {
  it.each(['lavrov', 'Sergey Lavrov', 'sergei lavrov', 'lavorv', 'the Russian foreign minister', 'sergey-lavrov'])('finds Lavrov from "%s"', async (name) => {
    const a = await ask(`/quote speaker:"${name}"`);
    expect(embedOf(a.pages[0]!).title).toBe('What Sergey Lavrov said');
  });

  it('puts full statements before fragments, and cites article, outlet and date for each', async () => {
    const a = await ask('/quote blinken');
    const all = a.pages.map((p) => embedOf(p).description!).join('\n\n').split('\n\n');
    const firstFragment = all.findIndex((item) => item.includes('*(fragment)*'));
    expect(firstFragment).toBeGreaterThan(0);
    expect(all.slice(firstFragment).every((item) => item.includes('*(fragment)*'))).toBe(true);
    for (const item of all) expect(item).toMatch(/\n.+ `00\d`(\n|$)/);
    expect(all[0]).toContain('War News Updates, from Daily Mail, 21 January 2022');
    a.pages.forEach(expectValid);
  });

  it('shows a statement carried by several articles once, with the others and their count (#18)', async () => {
    const a = await ask('/quote lavrov');
    expect(embedOf(a.pages[0]!).footer!.text).toBe('14 statements, 15 quotes · page 1 of 3');
    const items = a.pages.flatMap((p) => embedOf(p).description!.split('\n\n'));
    const open = items.filter((i) => i.includes('“open and useful”'));
    expect(open).toEqual([
      '> “open and useful”\n*Ukraine crisis: Antony Blinken warns Russia of further escalation* — The Limited Times, from Der Spiegel, 21 January 2022 `002`\nAlso in 003 (2 independent articles).',
    ]);
    // Blinken's statements carried by several articles come once each.
    const blinken = await ask('/quote blinken');
    const shownIds = blinken.pages.flatMap((p) => embedOf(p).description!.split('\n\n'));
    const clusters = kb.quotes.filter((q) => q.speakerId === 'antony-blinken' && q.clusterId).map((q) => q.clusterId);
    expect(shownIds.length).toBe(kb.quotes.filter((q) => q.speakerId === 'antony-blinken').length - (clusters.length - new Set(clusters).size));
  });

  it('searches the sentence around a quote, and shows it under a fragment (#18)', async () => {
    const a = await ask('/quote lavrov about:nato');
    expect(embedOf(a.pages[0]!).description!.split('\n\n')[0]).toBe(
      "> “working against” *(fragment)*\n> *in:* Lavrov accused NATO of 'working against' Russia and stirring up 'hysteria' about invasion of Ukraine\n*No Breakthrough In U.S. - Russia Talks On Ukraine And Security Guarantees. Will Return To Talks Next Week* — War News Updates, from Daily Mail, 21 January 2022 `000`",
    );
    // A full statement keeps its context in the data (and the export), and its card shows none.
    const full = kb.quotes.find((q) => q.text.startsWith('The Russian experience of dealing with the West'))!;
    expect(full.context).toBe('Lavrov says that "The Russian experience of dealing with the West on security issues is full with cases of broken promises."');
    const card = (await ask('/quote lavrov')).pages.flatMap((p) => embedOf(p).description!.split('\n\n')).find((i) => i.includes('The Russian experience'))!;
    expect(card).not.toContain('*in:*');
  });

  it('ranks by topic with about', async () => {
    const a = await ask('/quote lavrov about:"written response"');
    expect(embedOf(a.pages[0]!).title).toBe('What Sergey Lavrov said about “written response”');
    expect(embedOf(a.pages[0]!).description!.split('\n\n')[0]).toMatch(/written|Written/);
  });

  it('limits to one source', async () => {
    const a = await ask('/quote lavrov source:003');
    expect(embedOf(a.pages[0]!).footer!.text).toBe('3 quotes in 003');
  });

  it('answers an unknown name with "no one called" and the closest names, privately, never with someone else\'s quotes', async () => {
    const a = await ask('/quote merkel');
    expect(a.pages[0]!.flags).toBe(64);
    expect(a.pages[0]!.content).toMatch(/^No one called "merkel" in the articles\. Closest: /);
    expect(a.pages[0]!.embeds).toBeUndefined();
  });

  it('finds a person by a role they alone hold, and asks back when several hold it (#18)', async () => {
    expect(embedOf((await ask('/who name:"the secretary of state"')).pages[0]!).title).toBe('Antony Blinken');
    const shared = await ask('/quote speaker:spokesman');
    expect(shared.pages[0]!).toMatchObject({ content: 'Which spokesman? Dmitry Peskov, Ned Worth.', flags: 64 });
    expect(commands.get('quote')!.autocomplete!('speaker', 'kremlin spok', ctx)).toEqual([{ name: 'Dmitry Peskov (2 quotes)', value: 'dmitry-peskov' }]);
  });

  it('autocompletes from memory, at most 25 choices, people with quotes first', () => {
    const choices = commands.get('quote')!.autocomplete!('speaker', '', ctx);
    expect(choices.length).toBeLessThanOrEqual(25);
    expect(choices[0]).toEqual({ name: 'Antony Blinken (33 quotes)', value: 'antony-blinken' });
    expect(commands.get('quote')!.autocomplete!('speaker', 'pesk', ctx)).toEqual([{ name: 'Dmitry Peskov (2 quotes)', value: 'dmitry-peskov' }]);
  });

  it('suggests the name near a typo when nothing starts with it, and asks which person a shared name means (#18)', async () => {
    expect(commands.get('quote')!.autocomplete!('speaker', 'lavorv', ctx).map((c) => c.value)).toContain('sergey-lavrov');
    expect(commands.get('quote')!.autocomplete!('speaker', 'zzzz', ctx)).toEqual([]);
    expect((await ask('/quote sergei')).pages[0]!.content).toBe('Which sergei? Sergey Lavrov, Sergei Ryabkov.');
    expect(embedOf((await ask('/quote sergey lavrov')).pages[0]!).title).toBe('What Sergey Lavrov said');
  });
});

describe('/ask (#18)', () => {
  const first = async (question: string) => {
    const a = await ask(`/ask question:"${question}"`);
    a.pages.forEach(expectValid);
    return embedOf(a.pages[0]!);
  };

  it('answers "what did X say about Y" with the quote cards, saying first what it understood', async () => {
    const e = await first('what did lavrov say about nato?');
    expect(e.title).toBe('What Sergey Lavrov said about “nato”');
    expect(e.description!.split('\n\n').slice(0, 2)).toEqual([
      '*Understood as: what Sergey Lavrov said about “nato”.*',
      "> “working against” *(fragment)*\n> *in:* Lavrov accused NATO of 'working against' Russia and stirring up 'hysteria' about invasion of Ukraine\n*No Breakthrough In U.S. - Russia Talks On Ukraine And Security Guarantees. Will Return To Talks Next Week* — War News Updates, from Daily Mail, 21 January 2022 `000`",
    ]);
  });

  it('reads who said …, did X say …, who is X, when …, how many/long … and which outlets …', async () => {
    expect((await first('who said “we do not expect a breakthrough either”?')).description!.split('\n\n').slice(0, 2)).toEqual([
      '*Understood as: who said “we do not expect a breakthrough either”.*',
      '**Sergey Lavrov** said it, in 1 article (1 independent).',
    ]);
    expect((await first('did Blinken say the talks were open and useful?')).description!.split('\n\n')[1]).toBe(
      '⚠ The message credits this to **Antony Blinken**; the articles credit it to **Sergey Lavrov**.',
    );
    expect((await first('who is the russian foreign minister?')).title).toBe('Sergey Lavrov');
    const when = await first('when will they meet again?');
    expect(when.description!.split('\n\n')[0]).toBe('*Understood as: when: meet again.*');
    const long = await first('how long was the meeting?');
    expect(long.description).toContain('90 minutes: 2 articles agree (002, 003)');
    const outlets = await first('which outlets reported the naval drills?');
    expect(outlets.title).toBe('Sources');
    expect(outlets.description!.split('\n\n')[0]).toBe('*Understood as: which articles report: naval drills.*');
  });

  it('says plainly when the articles do not cover the question, with words they do cover', async () => {
    const e = await first('what do the articles say about football?');
    expect(e.title).toBe('Nothing found for “football”');
    expect(e.description).toMatch(/^\*Understood as: what the articles say about: football\.\*\n\nNo sentence in the articles matches that\. Try a broader word or a name: /);
  });
});

describe('/check (#18)', () => {
  it('finds a pasted statement, says who said it and where, and flags a message that credits someone else', async () => {
    const a = await ask('/check text:"Blinken said “We do not expect a breakthrough either”"');
    const e = embedOf(a.pages[0]!);
    expect(e.title).toBe('Check: “We do not expect a breakthrough either”');
    expect(e.description!.split('\n\n').slice(0, 2)).toEqual([
      '⚠ The message credits this to **Antony Blinken**; the articles credit it to **Sergey Lavrov**.',
      '**Sergey Lavrov** said it, in 1 article (1 independent).',
    ]);
    expect(e.description).toContain('*untitled (001)* — from BBC, undated (about 21 January 2022) `001`');
    a.pages.forEach(expectValid);
  });

  it('finds a reworded copy, and names the articles that carry a statement several times', async () => {
    const reworded = embedOf((await ask('/check text:"We did not expect any major breakthroughs to happen today"')).pages[0]!);
    expect(reworded.description!.split('\n\n')[0]).toBe('**Antony Blinken** said it, in 1 article (1 independent); worded otherwise than the message.');
    const shared = embedOf((await ask('/check text:"open and useful talks"')).pages[0]!);
    expect(shared.description!.split('\n\n')[0]).toBe('**Sergey Lavrov** said it, in 2 articles (2 independent).');
  });

  it('says plainly when the articles do not carry the words, with the nearest they have', async () => {
    const e = embedOf((await ask('/check text:"We will close every embassy in Europe by spring"')).pages[0]!);
    expect(e.description!.startsWith('The articles do not carry these words.')).toBe(true);
    expect(e.color).toBe(0xd9822b);
  });
});

describe('/timeline', () => {
  it('lists events oldest first, each date at its own precision, with the articles that report it', async () => {
    const a = await ask('/timeline');
    const text = a.pages.map((p) => embedOf(p).description!).join('\n\n');
    const order = ['**2014**', '**2019**', '**2020**', '**June 2021**', '**week of 10 January 2022**', '**19 January 2022**', '**20 January 2022**', '**21 January 2022**', '**week of 24 January 2022**', '**30 January 2022**', '**February 2022**', '**4 February 2022**'];
    const at = order.map((d) => text.indexOf(d));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(text).toMatch(/\*\*20 January 2022\*\* — reported by 3 articles/);
    a.pages.forEach(expectValid);
  });

  it('keeps to from/to and says which option is wrong', async () => {
    const a = await ask('/timeline from:2022-01-22 to:2022-02');
    const text = a.pages.map((p) => embedOf(p).description!).join('\n');
    expect(text).not.toContain('21 January 2022**');
    expect(text).toContain('**week of 24 January 2022**');
    const bad = await ask('/timeline from:yesterday');
    expect(bad.pages[0]!.content).toBe('`from`: "yesterday" is not a date. Write 2022-01-21, 20 Jan 2022, January 2022, 2022 or 2022-W04.');
  });

  it('reads dates as people write them, a missing year being the latest the articles date (#18)', async () => {
    const written = await ask('/timeline from:"21 Jan 2022" to:"Jan 21"');
    const iso = await ask('/timeline from:2022-01-21 to:2022-01-21');
    expect(written.pages.map((p) => embedOf(p).description)).toEqual(iso.pages.map((p) => embedOf(p).description));
    const month = await ask('/timeline from:"January 2022" to:"January 2022"');
    expect(month.pages.map((p) => embedOf(p).description)).toEqual((await ask('/timeline from:2022-01 to:2022-01')).pages.map((p) => embedOf(p).description));
    expect((await ask('/timeline from:"31 Feb 2022"')).pages[0]!.content).toBe('`from`: "31 Feb 2022" is not a date. Write 2022-01-21, 20 Jan 2022, January 2022, 2022 or 2022-W04.');
  });

  it('says how to see a busy day in full, and shows it all when asked for that day alone (#18)', async () => {
    const text = (await ask('/timeline')).pages.map((p) => embedOf(p).description!).join('\n');
    expect(text).toContain('• … 11 more: `/timeline from:2022-01-21 to:2022-01-21` shows them all');
    const day = await ask('/timeline from:"21 Jan 2022" to:2022-01-21');
    const all = day.pages.map((p) => embedOf(p).description!).join('\n');
    expect(all).toContain('**21 January 2022** — all 15 events — reported by 5 articles');
    expect(all).toContain('**21 January 2022** (continued) — reported by 5 articles');
    // Every one of the day's 15 events, each once, and the week around it still cut short.
    const dayEvents = kb.events.filter((e) => e.date === '2022-01-21');
    expect(dayEvents).toHaveLength(15);
    for (const e of dayEvents) expect(all.split('\n').filter((l) => l.endsWith(`\`${e.articleId.slice(0, 3)}\``) && l.includes(e.text.slice(0, 40))).length).toBeGreaterThanOrEqual(1);
    expect(all).not.toContain('more: `/timeline from:2022-01-21');
    day.pages.forEach(expectValid);
  });

  it('about: only the events on the topic, each date with its own articles and outlets', async () => {
    const found = findTimeline(kb, { about: 'invasion' });
    expect(found.map((e) => [e.date, e.events.length, e.articleIds.map((id) => id.slice(0, 3)), e.outlets])).toEqual([
      ['2022-01-20', 3, ['001', '004'], ['BBC', '004']],
      ['2022-01-21', 1, ['003'], ['AP']],
      ['2022-W04', 1, ['003'], ['AP']],
    ]);
    // 21 January has 15 events in all; the topic keeps the one that speaks of an invasion.
    expect(found[1]!.events[0]!.text).toMatch(/invasion/i);
    expect(findTimeline(kb, { about: 'invasion', to: '2022-01-20' }).map((e) => e.date)).toEqual(['2022-01-20']);
    const a = await ask('/timeline about:invasion');
    expect(embedOf(a.pages[0]!).description).toContain('**20 January 2022** — reported by 2 articles (BBC, 004)');
  });
});

describe('/fact', () => {
  it('puts the sentence with the amount first for a how-long question, and reads no near miss of a word it has (#18)', async () => {
    const long = embedOf((await ask('/fact how long was the meeting')).pages[0]!).description!;
    expect(long.split('\n')[0]).toBe('The meeting lasted about an hour and a half, shorter than the scheduled two hours, according to Russian news agencies.');
    const sanctions = (await ask('/fact sanctions')).pages.map((p) => embedOf(p).description!).join('\n');
    expect(sanctions).toContain('imposed sanctions');
    expect(sanctions).not.toMatch(/deeds and actions/);
    // A typo still finds the word.
    expect(embedOf((await ask('/fact sancions')).pages[0]!).description).toContain('imposed sanctions');
  });

  it('shows a statement several articles make once (#18)', async () => {
    const { findFacts } = await import('../../src/query/answers.js');
    const found = findFacts(kb, 'troops');
    const clusters = found.map((f) => f.fact.clusterId).filter((c) => c !== null);
    expect(new Set(clusters).size).toBe(clusters.length);
    // The 100,000 troops, stated in four articles, is one card that names all four.
    const troops = found.filter((f) => /100,000 troops near its borders|retreat of the 100,000|1,00,000 Russian troops/.test(f.fact.text));
    expect(troops.map((f) => [f.articleCount, f.independent])).toEqual([[4, 4]]);
  });

  it('finds the sentences about troops, with how many articles state them', async () => {
    const a = await ask('/fact troops');
    const d = embedOf(a.pages[0]!).description!;
    expect(d).toContain('100,000');
    expect(d).toMatch(/stated in [2-9] articles/);
  });

  it('says so when nothing matches, and suggests what to try', async () => {
    const a = await ask('/fact zeppelin');
    expect(embedOf(a.pages[0]!).title).toBe('Nothing found for “zeppelin”');
    expect(embedOf(a.pages[0]!).description).toMatch(/Try a broader word or a name: `troops`/);
  });
});

describe('/sources, /who, /about', () => {
  it('lists every article with its kind and what it cites', async () => {
    const a = await ask('/sources');
    const text = a.pages.map((p) => embedOf(p).description!).join('\n');
    expect(text).toContain('kind: translation');
    expect(text).toContain('cites: Daily Mail, RT, Sputnik, CNN');
    expect(embedOf((await ask('/sources outlet:Reuters')).pages[0]!).description).toContain('The Limited Times');
  });

  it('describes a person: roles, aliases, quotes, articles', async () => {
    const e = embedOf((await ask('/who peskov')).pages[0]!);
    expect(e.title).toBe('Dmitry Peskov');
    expect(e.fields!.map((f) => [f.name, f.value])).toEqual(expect.arrayContaining([['Roles', 'Kremlin spokesman'], ['Quotes', '2 (0 fragments)']]));
  });

  it('says what the bot knows', async () => {
    const e = embedOf((await ask('/about')).pages[0]!);
    expect(e.description).toContain('5 news articles');
    expect(e.description).toContain('72 quotes');
  });
});

describe('/refresh', () => {
  it('refuses a member who is not a moderator', async () => {
    const a = await runCommand('refresh', {}, ctx, member);
    expect(a.pages[0]!.content).toMatch(/^Only moderators/);
    expect(a.pages[0]!.flags).toBe(64);
  });

  it('keeps the old knowledge base when the build fails, and says why', async () => {
    const store = new KnowledgeStore(kb, '/nonexistent/seeds');
    const a = await runCommand('refresh', {}, { kb, store }, { userId: '1', isModerator: true });
    expect(embedOf(a.pages[0]!).title).toBe('Refresh failed');
    expect(embedOf(a.pages[0]!).description).toContain('seeds folder not found');
    expect(store.kb).toBe(kb);
  });

  it('reads again only changed files; full:true reads every file, even one edited in place with its time put back', async () => {
    const dir = await seedsCopy();
    try {
      // A whole-second time, which utimes can put back exactly.
      const file = path.join(dir, (await readdir(dir)).find((n) => n.startsWith('001') && n.endsWith('.txt'))!);
      const when = new Date('2022-01-21T12:00:00Z');
      await utimes(file, when, when);
      const store = await KnowledgeStore.open(dir);
      const mod = { userId: '1', isModerator: true };
      // Same size, same modification time: a normal refresh trusts the stamp and does not read the file.
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace('Lavrov', 'Lavrof'));
      await utimes(file, when, when);
      const plain = await runCommand('refresh', {}, { kb: store.kb, store }, mod);
      expect(embedOf(plain.pages[0]!).description).not.toContain('Every article was read again.');
      expect(store.kb.articles.find((a) => a.id.startsWith('001'))!.hash).toBe(kb.articles.find((a) => a.id.startsWith('001'))!.hash);
      const full = await runCommand('refresh', { full: 'true' }, { kb: store.kb, store }, mod);
      expect(embedOf(full.pages[0]!).description).toMatch(/^Every article was read again\.\narticles: \+0 −0/);
      expect(store.kb.articles.find((a) => a.id.startsWith('001'))!.hash).not.toBe(kb.articles.find((a) => a.id.startsWith('001'))!.hash);
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('full: anything but true or false is refused, naming the option', async () => {
    const a = await runCommand('refresh', { full: 'maybe' }, ctx, { userId: '1', isModerator: true });
    expect(a.pages[0]!.content).toBe('`full` is true or false, not "maybe".');
  });

  it('runs two refreshes one after the other and tells the second it waited', async () => {
    const store = new KnowledgeStore(kb, SEEDS);
    const [a, b] = await Promise.all([store.refresh(), store.refresh()]);
    expect(a.waited).toBe(false);
    expect(b.waited).toBe(true);
    expect(b.ok).toBe(true);
  });
});

describe('hostile input', () => {
  it('escapes markdown, neutralises mentions and strips control characters', async () => {
    const a = await ask('/quote speaker:"@everyone <@&123> **x**\u200b\u0007"');
    expect(a.pages[0]!.content).toContain('No one called "@\u200beveryone <\u200b@&123> \\*\\*x\\*\\*"');
    expect(a.pages[0]!.allowed_mentions).toEqual({ parse: [] });
  });

  it('refuses an option past its length limit, naming it', async () => {
    const a = await ask(`/fact query:"${'x'.repeat(300)}"`);
    expect(a.pages[0]!.content).toBe('`query` is too long (300 characters; at most 200).');
  });

  it('holds an oversized embed inside Discord\'s limits and says it was cut', () => {
    const e = fitEmbed({ title: 't'.repeat(300), description: 'd'.repeat(5000), fields: Array.from({ length: 30 }, (_, i) => ({ name: `f${i}`, value: 'v'.repeat(2000) })) });
    expect(e.title!.length).toBe(256);
    expect(e.description!.endsWith('(cut to fit Discord)')).toBe(true);
    expect(size(e)).toBeLessThanOrEqual(6000);
  });
});

describe('refresh in a worker thread', () => {
  it('builds the same knowledge base off the main thread, and answers meanwhile', async () => {
    const store = await KnowledgeStore.open(SEEDS, { worker: true });
    try {
      const order: string[] = [];
      const refreshing = store.refresh().then((r) => {
        order.push('refreshed');
        return r;
      });
      const answer = await runCommand('quote', { speaker: 'lavrov' }, { kb: store.kb, store }, member);
      order.push('answered');
      const r = await refreshing;
      expect(r.ok).toBe(true);
      expect(order).toEqual(['answered', 'refreshed']);
      expect(answer.pages[0]!.embeds![0]!.title).toBe('What Sergey Lavrov said');
      expect(store.kb.quotes).toHaveLength(72);
      expect(store.kb.index.facts.search('troops').length).toBe(kb.index.facts.search('troops').length);
      expect(store.kb.lookup.quotesBySpeaker.get('sergey-lavrov')).toHaveLength(15);
      // Sent in parts and put together here: the whole export is the in-process build's, and it is frozen.
      expect({ ...exportKnowledgeBase(store.kb), builtAt: null }).toEqual({ ...exportKnowledgeBase(kb), builtAt: null });
      expect(Object.isFrozen(store.kb.quotes[0])).toBe(true);
      expect(store.kb.lookup.quotesBySpeaker.get('sergey-lavrov')).toEqual(store.kb.quotes.filter((q) => q.speakerId === 'sergey-lavrov'));
      // Each quote's speaker by place, sent beside the indexes.
      expect(Array.from(store.kb.index.quoteSpeakers)).toEqual(store.kb.quotes.map((q) => store.kb.people.findIndex((p) => p.id === q.speakerId)));
    } finally {
      await store.close();
    }
  });

  it('a worker that runs out of memory is started again with twice the heap, and the build completes', async () => {
    // 4 MB cannot hold even the five seeds' build: the worker dies of it, and the store doubles the limit until
    // the build fits, instead of failing the first build (which would stop the bot from starting).
    const store = await KnowledgeStore.open(SEEDS, { worker: true, workerHeapMb: 4 });
    try {
      expect(store.workerHeapMb).toBeGreaterThan(4);
      expect(store.kb.quotes).toHaveLength(72);
      expect((await store.refresh()).ok).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('stops a build that runs past the time limit, keeps the old knowledge base, and builds with a new worker next', async () => {
    const store = await KnowledgeStore.open(SEEDS, { worker: true });
    try {
      const before = store.kb;
      // A full refresh reads and extracts every seed again (tens of milliseconds at least), so a 1 ms limit stops the
      // worker in the middle, as a hung one would be. (A refresh with nothing changed can answer within 1 ms.)
      store.buildTimeoutMs = 1;
      expect(await store.refresh({ full: true })).toMatchObject({ ok: false, error: 'the build took over 0.001 s (REFRESH_TIMEOUT_S) and was stopped' });
      expect(store.kb).toBe(before);
      expect((await runCommand('quote', { speaker: 'lavrov' }, { kb: store.kb, store }, member)).pages[0]!.embeds![0]!.title).toBe('What Sergey Lavrov said');
      store.buildTimeoutMs = 60_000;
      expect((await store.refresh()).ok).toBe(true);
      expect(store.kb).not.toBe(before);
      expect({ ...exportKnowledgeBase(store.kb), builtAt: null }).toEqual({ ...exportKnowledgeBase(kb), builtAt: null });
    } finally {
      await store.close();
    }
  });

  it('reports a failed build from the worker and keeps the old knowledge base', async () => {
    const store = new KnowledgeStore(kb, '/nonexistent/seeds', new Map(), true);
    try {
      const r = await store.refresh();
      expect(r).toMatchObject({ ok: false, error: '/nonexistent/seeds: seeds folder not found' });
      expect(store.kb).toBe(kb);
    } finally {
      await store.close();
    }
  });
});
