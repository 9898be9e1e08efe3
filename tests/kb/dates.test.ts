import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/kb/build.js';
import { sourceArticle as article } from '../helpers.js';
import { inferDates } from '../../src/kb/dates.js';
import { NAME_MARK } from '../../src/extract/survey.js';

/** Three stories written for this test: two tell the same port strike, one a football match. */
const DATED = article(
  'a-strike',
  'Dock workers in Rotterdam walked out on Thursday over pay, halting container traffic at the Europoort terminals. The union said the strike would last until Maersk and other shipping companies improved their offer. Terminal operators warned of delays for exporters and importers across the Netherlands.',
  '2024-05-02',
);
const SAME_STORY = article(
  'b-strike',
  'Container traffic at the Europoort terminals in Rotterdam stopped on Thursday as dock workers began a strike over pay. Maersk said it would meet the union again, while terminal operators told exporters to expect delays.',
);
const OTHER_STORY = article(
  'c-football',
  'Ajax beat Feyenoord two goals to one on Thursday after a late header from their young striker. The coach said the players had shown courage, and supporters celebrated in the streets of Amsterdam until late.',
);

describe('borrowing a reference date from another article', () => {
  // Same story: a tenth of their words in common and three proper names or more, or two and three-twentieths of the
  // words (Rotterdam and Europoort, half their words).
  it('takes the date of a dated article telling the same story, and none from an unrelated one', () => {
    const kb = buildKnowledgeBase([DATED, SAME_STORY, OTHER_STORY]);
    const by = (id: string) => kb.articles.find((a) => a.id === id)!;
    expect(by('b-strike')).toMatchObject({ published: null, referenceDate: '2024-05-02', dateSource: 'corpus', referenceFrom: 'a-strike' });
    expect(by('c-football')).toMatchObject({ published: null, referenceDate: null, dateSource: 'none', referenceFrom: null });
    // Its "on Thursday" is left undated rather than dated by a story it does not belong to.
    expect(kb.events.filter((e) => e.articleId === 'c-football')).toEqual([]);
  });

  it('takes no date from an article sharing only two names and a tenth of its words (one person, a city)', () => {
    const speech = article(
      'e-speech',
      'Reacting to raids on the homes of journalists in Delhi on Tuesday, Information Minister Arun Mehra said investigating agencies are independent and act according to law. He was addressing a press conference here, and said the caste census report released yesterday needed careful reading before anyone could comment on its outcome. Mining revenue in the eastern state had jumped tenfold under reforms, he added, and welfare programmes of Prime Minister Narendra Modi reached every district without discrimination.',
      '2023-10-03',
    );
    const interview = article(
      'f-interview',
      'Home Minister Vikram Sahni said on Friday that no minister in the government of Narendra Modi was powerless, and that all believed in less talk and more work. Asked at a press conference here in Delhi whether the prime minister speaks too much compared with his colleagues, he said publicity came to him even without speaking. Asked about the good days he once promised as party president, he joked that he was a man for all seasons, and said the government was marching ahead with its agenda.',
    );
    const kb = buildKnowledgeBase([speech, interview]);
    expect(kb.articles.find((a) => a.id === 'f-interview')).toMatchObject({ referenceDate: null, dateSource: 'none', referenceFrom: null });
    expect(kb.events.filter((e) => e.articleId === 'f-interview')).toEqual([]);
  });

  it('counts no country among the names two stories share (two meetings of China and the United States)', () => {
    const briefing = article(
      'g-briefing',
      'Foreign Minister Zhou Lan told reporters in Beijing on Wednesday that talks between China and the United States on trade were making steady progress. Zhou said both sides had common interests and should manage their differences calmly, and that a meeting of the two presidents would be good news for the world economy. The trade talks in Dalian were led by vice minister Huang Ming.',
      '2017-03-08',
    );
    const visit = article(
      'h-visit',
      'Zhou arrived in Washington on Thursday for three days of talks with the Secretary of State on relations between China and the United States. Officials said they would discuss trade, climate and differences over the South China Sea, and prepare a meeting of the two presidents in November.',
    );
    const kb = buildKnowledgeBase([briefing, visit]);
    expect(kb.articles.find((a) => a.id === 'h-visit')).toMatchObject({ referenceDate: null, dateSource: 'none', referenceFrom: null });
    expect(kb.events.filter((e) => e.articleId === 'h-visit')).toEqual([]);
    // (Countries still count among the words: with names of its own in common, the same story still lends its date.)
    const same = article(
      'i-briefing',
      'At the briefing in Beijing on Wednesday, Foreign Minister Zhou Lan said the trade talks between China and the United States were making steady progress, and that the two presidents would meet. Zhou said both sides should manage differences calmly, with common interests in the world economy. The talks, held in Dalian, were led by vice minister Huang Ming.',
    );
    expect(buildKnowledgeBase([briefing, same]).articles.find((a) => a.id === 'i-briefing')).toMatchObject({ referenceDate: '2017-03-08', referenceFrom: 'g-briefing' });
  });

  it('takes no date from the same two ministers meeting elsewhere, or from a day long before one the article states', () => {
    const talks = article(
      'j-talks',
      'Foreign ministers Petra Vale and Ivo Marek met in Lausanne on Friday for talks on the border crisis. Vale said the meeting was frank, and Marek said his government expected written answers from Brennland next week. Both said they would keep talking.',
      '2022-01-21',
    );
    // The same two ministers at another meeting, months later, in a place the talks never name (and they none of its).
    const summit = article(
      'k-summit',
      'Ivo Marek walked out of the ministers meeting in Tarsana on Friday as Petra Vale and others condemned the border war. Vale told reporters in Tarsana that the world wanted the aggression to end, and Marek said his government would not go running after anyone for talks.',
    );
    // A report that states a later day than the talks ("June 30, 2022") was not written on their day.
    const later = article(
      'l-later',
      'Ivo Marek and Petra Vale spoke again on Friday about the border crisis.\n\nVale said the meeting was frank.\n\nWritten answers were still awaited from Brennland.\n\nA ceasefire signed on June 30, 2022 still holds, Marek said.',
    );
    const kb = buildKnowledgeBase([talks, summit, later]);
    const by = (id: string) => kb.articles.find((a) => a.id === id)!;
    expect(by('k-summit')).toMatchObject({ referenceDate: null, referenceFrom: null });
    expect(by('l-later')).toMatchObject({ referenceDate: null, referenceFrom: null });
    // (Their "on Friday" stays undated; the ceasefire keeps its own day.)
    expect(kb.events.filter((e) => e.articleId !== 'j-talks').map((e) => e.date)).toEqual(['2022-06-30']);
    // (A report of the same talks, in the same place, with no later day, still borrows their date.)
    const same = article(
      'm-same',
      'In Lausanne on Friday, Petra Vale and Ivo Marek held frank talks on the border crisis. Marek said written answers from Brennland were expected next week, and Vale said both would keep talking.',
    );
    expect(buildKnowledgeBase([talks, same]).articles.find((a) => a.id === 'm-same')).toMatchObject({ referenceDate: '2022-01-21', referenceFrom: 'j-talks' });
  });

  it('keeps the day of a dateline with no year, in the year of the story it borrows from (PATTERNS 2)', () => {
    const preview = article(
      'd-strike',
      'ROTTERDAM, May 1 (Wire) - Dock workers at the Europoort terminals in Rotterdam said on Wednesday they would strike over pay. Maersk and other shipping companies urged the union to return to talks, and terminal operators warned exporters of delays.',
    );
    const kb = buildKnowledgeBase([DATED, preview]);
    const by = kb.articles.find((a) => a.id === 'd-strike')!;
    expect(by).toMatchObject({ published: null, referenceDate: '2024-05-01', dateSource: 'corpus', referenceFrom: 'a-strike' });
    expect(kb.events.filter((e) => e.articleId === 'd-strike').map((e) => [e.phrase, e.date])).toEqual([['on Wednesday', '2024-05-01']]);
    // Without a dateline, the borrowed day is the other article's.
    expect(buildKnowledgeBase([DATED, SAME_STORY]).articles.find((a) => a.id === 'b-strike')!.referenceDate).toBe('2024-05-02');
  });
});

describe('a small folder of one story (PATTERNS 2)', () => {
  // Five dated reports of one strike, each naming Rotterdam, Europoort and Maersk, and an undated sixth.
  const reports = ['Monday', 'Tuesday', 'Wednesday', 'Friday', 'Saturday'].map((day, i) =>
    article(`r${i}`, `Dock workers in Rotterdam kept up their strike on ${day}, with the Europoort terminals still closed. Maersk said talks with the union would resume, and terminal operators warned exporters of long delays.`, '2024-05-02'),
  );
  it('lends the story\'s date to an undated report though every dated one names the same places and company', () => {
    const undated = article('u', 'Container ships waited off Rotterdam on Thursday as the strike at the Europoort terminals went on. Maersk told customers to expect delays while the union and terminal operators talked.');
    expect(buildKnowledgeBase([...reports, undated]).articles.find((a) => a.id === 'u')).toMatchObject({ referenceDate: '2024-05-02', dateSource: 'corpus' });
  });
  it('reads a wire dateline\'s city as a place of the story: "ROTTERDAM, May 2 (Wire)" with a later meeting "in Antwerp" is the same story', () => {
    const wire = article('w', 'ROTTERDAM, May 2 (Wire) - The strike at the Europoort terminals went on on Thursday. Maersk told customers to expect delays, and the union said the next talks would be held in Antwerp.');
    expect(buildKnowledgeBase([...reports, wire]).articles.find((a) => a.id === 'w')).toMatchObject({ referenceDate: '2024-05-02', dateSource: 'corpus' });
  });
  it('takes the day most of the story\'s dated articles give, not a preview\'s that shares the most words', () => {
    const preview = article('p', 'Container ships will wait off Rotterdam from Thursday if the strike at the Europoort terminals goes ahead. Maersk told customers to expect delays while the union and terminal operators talk.', '2024-04-29');
    const undated = article('u', 'Container ships waited off Rotterdam on Thursday as the strike at the Europoort terminals went on. Maersk told customers to expect delays while the union and terminal operators talked.');
    const kb = buildKnowledgeBase([...reports.slice(0, 3), preview, undated]);
    expect(kb.articles.find((a) => a.id === 'u')).toMatchObject({ referenceDate: '2024-05-02', dateSource: 'corpus' });
    expect(kb.events.filter((e) => e.articleId === 'u').map((e) => [e.phrase, e.date])).toEqual([['on Thursday', '2024-05-02']]);
  });
  it('lends no year to a dateline whose day is far from the story\'s ("ROTTERDAM, September 12" beside May\'s strike)', () => {
    const later = article('s', 'ROTTERDAM, September 12 (Wire) - Dock workers at the Europoort terminals in Rotterdam said on Thursday they would strike again. Maersk urged the union to return to talks, and terminal operators warned exporters of delays.');
    const withRegion = article('n', 'ROTTERDAM, Netherlands, May 3 (Wire) - Dock workers at the Europoort terminals in Rotterdam said on Friday the strike would go on. Maersk urged the union to return to talks, and terminal operators warned exporters of delays.');
    const kb = buildKnowledgeBase([...reports, later, withRegion]);
    expect(kb.articles.find((a) => a.id === 's')).toMatchObject({ referenceDate: null, dateSource: 'none' });
    // (A dateline with a region after its city keeps its day too, within days of the story's.)
    expect(kb.articles.find((a) => a.id === 'n')).toMatchObject({ referenceDate: '2024-05-03', dateSource: 'corpus' });
  });
  it('still lends no date to an unrelated undated article in the same folder', () => {
    expect(buildKnowledgeBase([...reports, OTHER_STORY]).articles.find((a) => a.id === 'c-football')).toMatchObject({ referenceDate: null, dateSource: 'none' });
  });
});

describe('two long texts (PATTERNS 2: no event dated from an unrelated article)', () => {
  // Words as date inference reads them: n words of each text's own, `common` in both, and names ("@rose").
  const words = (own: string, n: number, common: number, names: string[]) =>
    new Set([...Array.from({ length: n }, (_, k) => `${own}${k}`), ...Array.from({ length: common }, (_, k) => `shared${k}`), ...names.map((x) => `${NAME_MARK}${x}`)]);
  const names = ['awards', 'rose', 'martha'];
  it('need one more name in common for each 500 words: three names and a tenth of their words do not make two long features one story', () => {
    const dated = { date: '2019-11-13', words: words('a', 500, 120, names) };
    const undated = { date: null, words: words('b', 500, 120, names) };
    expect(inferDates([dated, undated])[1]).toBeNull();
    // (With a fourth name in common, one story.)
    const more = [...names, 'ford'];
    expect(inferDates([{ date: '2019-11-13', words: words('a', 500, 120, more) }, { date: null, words: words('b', 500, 120, more) }])[1]).toEqual({ date: '2019-11-13', from: 0 });
  });
  it('still lend a date between short texts sharing three names and a tenth of their words', () => {
    const dated = { date: '2019-11-13', words: words('a', 150, 40, names) };
    const undated = { date: null, words: words('b', 150, 40, names) };
    expect(inferDates([dated, undated])[1]).toEqual({ date: '2019-11-13', from: 0 });
  });
});
