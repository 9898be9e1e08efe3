import { describe, expect, it } from 'vitest';
import { looksLikeHeadline, looksLikeTitle, splitSections } from '../../src/ingest/sections.js';
import { splitSentences } from '../../src/ingest/sentences.js';
import { seedKb } from '../helpers.js';
import { readFileSync } from 'node:fs';

const kb = await seedKb();
const article = (n: string) => kb.articles.find((a) => a.id.startsWith(n))!;
const textOf = (n: string) => readFileSync(article(n).file, 'utf8');
const sectionText = (n: string, kind: string) =>
  article(n).sections.filter((s) => s.kind === kind).map((s) => textOf(n).slice(s.start, s.end));

describe('splitSections on the real seeds', () => {
  it('000: the reader comment is a comments section, the headline list a roundup', () => {
    expect(sectionText('000', 'comments')[0]).toMatch(/^1 comment:\s+Anonymous said\.\.\./);
    const roundup = sectionText('000', 'roundup').join('\n');
    expect(roundup).toContain('-- CNN');
    expect(roundup).toContain('WNU Editor:');
    expect(sectionText('000', 'report').join('\n')).not.toContain('-- CNN');
  });

  it('001: the BBC report is followed by H Turner\'s opinion post', () => {
    expect(sectionText('001', 'heading')[0]).toBe('US & Russia meet in Geneva - Barely even LOOKED at Each Other');
    expect(sectionText('001', 'byline')).toEqual(['H Turner']);
    expect(sectionText('001', 'opinion')[0]).toMatch(/^The meeting in Geneva between the US and Russia was scheduled/);
    expect(sectionText('001', 'report')[0]).toMatch(/"pay a heavy price"\.$/);
  });

  it('002: the caption, the "You may like" box and its 2024 date are furniture', () => {
    const furniture = sectionText('002', 'furniture').join('\n');
    expect(furniture).toContain('Enlarge image');
    expect(furniture).toContain('Photo: POOL / REUTERS');
    expect(furniture).toContain('You may like');
    expect(furniture).toContain('2024-04-15');
    expect(sectionText('002', 'report').join('\n')).not.toMatch(/2024|Enlarge image|talks ended earlier than expected/);
    expect(sectionText('002', 'credit')).toEqual(['asc/dpa/Reuters\n\nSource: spiegel']);
  });

  it('003 and 004: ad markers, "Source link", "More To Read:", "Leave A Reply" and the repeated title are furniture', () => {
    expect(sectionText('003', 'furniture')).toEqual(['[ad_1]', '[ad_2]\nSource link']);
    const f4 = sectionText('004', 'furniture').join('\n');
    expect(f4).toContain('More To Read:');
    expect(f4).toContain('Leave A Reply');
    expect(f4).toContain('After a Discussion on Ukraine');
  });

  it('treats a line after the report that is only a headline and a byline as the start of an opinion post', () => {
    const report = 'The two ministers met for ninety minutes in a hotel by the lake.\nBoth sides said the talks had been frank and useful.\nThey agreed to meet again next week in the same city.\n';
    const text = `${report}Another Author Weighs In Here\nJane Doe\nI think so.`;
    expect(splitSections(text, {}).map((s) => s.kind)).toEqual(['report', 'heading', 'byline', 'opinion']);
    // A row of share buttons or menu words under a heading is no byline, and a date line is no headline: the report
    // goes on (PATTERNS 3: share and follow lines, bylines of the page's own author).
    const share = `${report}Close extra sharing options\nFacebook\nTwitter\nThe ministers will meet again on Friday in the same hotel.`;
    expect(splitSections(share, {}).map((s) => s.kind)).not.toContain('opinion');
    const menu = `${report}Sign Up For Our Newsletters\nMost Popular\nThe ministers will meet again on Friday in the same hotel.`;
    expect(splitSections(menu, {}).map((s) => s.kind)).not.toContain('opinion');
    const stamp = `${report}Nov. 20, 2019, 9:28 AM UTC\nBy Reuters\nThe ministers will meet again on Friday in the same hotel.`;
    expect(splitSections(stamp, {}).map((s) => s.kind)).not.toContain('opinion');
    // Nor does a post start after a few lines that are no reporting (a row of buttons read as content).
    const buttons = 'FACEBOOK\nTWITTER\nEMAIL ME\nClay Patrick Photography\nDoobie Brothers\nA half century on, the band is still touring.';
    expect(splitSections(buttons, {}).map((s) => s.kind)).not.toContain('opinion');
    // Straight after the headline, a byline is the report's own author, not a second post.
    const own = 'Talks End Without A Deal In Geneva\nJane Doe\nThe talks ended on Friday.\nBoth sides said they would meet again.';
    expect(splitSections(own, {}).map((s) => s.kind)).toEqual(['title', 'report']);
  });
});

describe('looksLikeHeadline', () => {
  it('knows a headline from a sentence and from a bullet', () => {
    expect(looksLikeHeadline('After a Discussion on Ukraine, the United States and Russia Agreed to Continue Discussing.')).toBe(true);
    expect(looksLikeHeadline('Conversation ended earlier than planned')).toBe(true);
    expect(looksLikeHeadline('The talks between the two diplomats came just a day after Russia unveiled plans.')).toBe(false);
    expect(looksLikeHeadline('* Blinken said Russia has to choose between path of diplomacy or conflict')).toBe(false);
  });

  it('takes a first line that closes with a country\'s letters for a title, and still no line that closes a sentence', () => {
    expect(looksLikeTitle('Turkish foreign minister says he held talks with U.S.')).toBe(true);
    expect(looksLikeTitle('Dock workers voted on Monday to return to work after a week.')).toBe(false);
  });

  it('takes a byline alone for no headline, and still a headline that opens with "By"', () => {
    expect(looksLikeHeadline('By Kemo Cham')).toBe(false);
    expect(looksLikeHeadline('By the Numbers: Weah Concedes the Run-off')).toBe(true);
    const page = 'By Kemo Cham\nLiberia’s President Tom Hale has conceded defeat, hours after the results were announced.\n';
    expect(splitSections(page, {}).some((x) => x.kind === 'title')).toBe(false);
  });
});

describe('looksLikeTitle (the first line of a page)', () => {
  it('takes a headline that ends in its cue, or a long one in sentence case with no closing mark (PATTERNS 1.7)', () => {
    expect(looksLikeTitle('Closing the gap will be hard, port union chief says')).toBe(true);
    expect(looksLikeTitle('Harbour strike live: dockers vote to return as the union apologises for the lost week of trade')).toBe(true);
    expect(looksLikeTitle('Union chief says the vote will help the port reopen next week')).toBe(true);
    const page = 'Closing the gap will be hard, port union chief says\nDock workers voted on Monday to return.';
    expect(splitSections(page, {})[0]!.kind).toBe('title');
  });

  it('leaves a sentence of reporting, one that reports speech, and a cut-off line', () => {
    expect(looksLikeTitle('Dock workers voted on Monday to return to work after a week.')).toBe(false);
    expect(looksLikeTitle('The union chief said closing the gap would be hard')).toBe(false);
    expect(looksLikeTitle('"We are going back to work tomorrow and we will not strike again this year," the union chief')).toBe(false);
  });
});

describe('a headline glued to its standfirst (PATTERNS 3)', () => {
  const kinds = (text: string) => splitSections(text, {}).map((x) => [x.kind, text.slice(x.start, x.end)]);
  it('parts the first line where a word runs into a capital and what stands before reads as a title', () => {
    const text = 'Ministers end port talks in OsloVarga sees room to settle the quota dispute but warns of a long road\n\nOSLO (Agency) - The talks ended on Friday.';
    expect(kinds(text)).toEqual([
      ['title', 'Ministers end port talks in Oslo'],
      ['report', 'Varga sees room to settle the quota dispute but warns of a long road\n\nOSLO (Agency) - The talks ended on Friday.'],
    ]);
  });

  it('leaves a long first sentence with a brand in it, and a page whose title the metadata gives', () => {
    const sentence = 'Shares of the video service owner rose on Monday after its PlayStation unit and its YouTube channel both reported record sales in Asia.';
    expect(kinds(sentence)).toEqual([['report', sentence]]);
    expect(kinds('Sony unveils new PlayStation console in Tokyo\n\nThe console goes on sale in May.')[0]).toEqual(['title', 'Sony unveils new PlayStation console in Tokyo']);
    const glued = 'Ministers end port talks in OsloVarga sees room to settle the quota dispute but warns of a long road';
    expect(splitSections(glued, { title: 'Port talks end' }).map((x) => x.kind)).toEqual(['report']);
  });
});

describe('splitSentences', () => {
  it('does not split after Mr, U.S. or an initial, nor inside a masked quote', () => {
    const t = 'Mr Blinken met U.S. President Joe Biden. He said "One. Two." Then he left.';
    const q = t.indexOf('One');
    const s = splitSentences(t, 0, t.length, [{ start: q, end: q + 'One. Two.'.length }]).map((x) => t.slice(x.start, x.end));
    expect(s).toEqual(['Mr Blinken met U.S. President Joe Biden.', 'He said "One. Two."', 'Then he left.']);
  });
});
