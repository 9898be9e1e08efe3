import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuoteSpans, isFragment } from '../../src/extract/quoteMarks.js';
import { splitLines } from '../../src/ingest/sections.js';
import { quoteOf, seedKb } from '../helpers.js';

const kb = await seedKb();

describe('quotes from the real seeds', () => {
  it('slices every quote out of its file by its offsets', () => {
    for (const q of kb.quotes) {
      const article = kb.articles.find((a) => a.id === q.articleId)!;
      expect(readFileSync(article.file, 'utf8').slice(q.start, q.end)).toBe(q.text);
    }
  });

  it('credits "he said" to the person the passage is about, not the last name seen (000: Putin is named last)', () => {
    const q = quoteOf(kb, '000', 'If Russia wants to begin');
    expect(q.speaker).toBe('Antony Blinken');
    expect(q.cue).toBe('he said');
  });

  it('credits the reworded "he mentioned" to Blinken after "Blinken mentioned Lavrov repeated…" (003)', () => {
    const q = quoteOf(kb, '003', 'We’re taking a look');
    expect(q.speakerId).toBe('antony-blinken');
    expect(q.cue).toBe('he mentioned');
  });

  it('reads the reworded cue "advised reporters" (003)', () => {
    expect(quoteOf(kb, '003', 'I am unable to say').speakerId).toBe('sergey-lavrov');
    expect(quoteOf(kb, '003', 'I am unable to say').cue).toBe('he advised reporters');
  });

  it('reads a title after the quote: "said the Russian foreign minister" (002)', () => {
    const q = quoteOf(kb, '002', 'This is not the end of the dialogue');
    expect(q.speakerId).toBe('sergey-lavrov');
    expect(q.cue).toBe('said the Russian foreign minister');
  });

  it('keeps a quote that runs over two paragraphs whole, and credits it to the speaker before it (002)', () => {
    const q = quoteOf(kb, '002', 'We have made it clear');
    expect(q.text).toMatch(/re-invasion\.\n\nThe United States and our partners and allies will respond quickly, forcefully, and collectively\.$/);
    expect(q.speakerId).toBe('antony-blinken');
    expect(q.method).toBe('continuation');
  });

  it('closes a quote whose closing mark was written as an opening one (004)', () => {
    const q = quoteOf(kb, '004', 'I don’t know whether');
    expect(q.text.endsWith('in our submission')).toBe(true);
    expect(q.speakerId).toBe('sergey-lavrov');
    expect(q.cue).toBe('Russian Foreign Minister Sergey Lavrov stated this');
  });

  it('credits the Russian Foreign Ministry as a speaker (001)', () => {
    expect(quoteOf(kb, '001', 'Russia is ready to defend').speakerId).toBe('russian-foreign-ministry');
  });

  it('credits the subject of "X, who tweeted:" and of "X called on Mr Putin to" (001)', () => {
    expect(quoteOf(kb, '001', 'There are no minor incursions').speakerId).toBe('volodymyr-zelensky');
    expect(quoteOf(kb, '001', 'desist and step back').speakerId).toBe('liz-truss');
  });

  it('credits Lavrov, not Blinken, in "Lavrov telling Blinken "…"" (001)', () => {
    expect(quoteOf(kb, '001', 'I heard one of your last statements').speakerId).toBe('sergey-lavrov');
  });

  it('keeps the rewrite\'s own attribution of "frank and substantial" to Putin (004)', () => {
    expect(quoteOf(kb, '004', 'frank and substantial').speakerId).toBe('vladimir-putin');
  });

  it('marks one- and two-word scare quotes as fragments and leaves an author\'s scare quote unattributed', () => {
    const done = quoteOf(kb, '001', 'done');
    expect(done.fragment).toBe(true);
    expect(done.speakerId).toBeNull();
    expect(quoteOf(kb, '000', 'no room').fragment).toBe(true);
    expect(quoteOf(kb, '000', 'no room').speakerId).toBe('antony-blinken');
    expect(quoteOf(kb, '001', 'This is a critical moment').fragment).toBe(false);
  });

  it('finds nothing in the reader comment, the link roundup or the page furniture', () => {
    const a000 = kb.articles.find((a) => a.id.startsWith('000'))!;
    const comments = a000.sections.find((s) => s.kind === 'comments')!;
    const roundup = a000.sections.find((s) => s.kind === 'roundup')!;
    for (const q of kb.quotes.filter((x) => x.articleId === a000.id)) {
      expect(q.start >= comments.start && q.start < comments.end).toBe(false);
      expect(q.start >= roundup.start && q.start < roundup.end).toBe(false);
    }
    expect(kb.quotes.some((q) => /Blink is taking the weekend|on Clear Path/.test(q.text))).toBe(false);
  });
});

describe('findQuoteSpans', () => {
  const spans = (text: string) => findQuoteSpans(text, splitLines(text)).map((q) => text.slice(q.start, q.end));

  it('reads straight, curly and single marks, and leaves apostrophes alone', () => {
    expect(spans(`He said "one two three" and 'four five' about Ukraine's border.`)).toEqual(['one two three', 'four five']);
    expect(spans('She called it “open and useful” today.')).toEqual(['open and useful']);
    expect(spans("Russia's troops and the allies' weapons")).toEqual([]);
  });

  it('treats single marks inside a double-quoted passage as part of it', () => {
    expect(spans(`"We call it 'frank' talk," he said.`)).toEqual(["We call it 'frank' talk,"]);
  });

  it('ends a quote that never closes with its paragraph, never running it to the end of the article', () => {
    expect(spans('He said “this is cut off\n\nAnother paragraph with no marks.')).toEqual(['this is cut off']);
    // In the last paragraph the file may be cut short: no quote.
    expect(spans('Another paragraph with no marks.\n\nHe said “this is cut off')).toEqual([]);
  });

  it('continues a quote whose next paragraph reopens it, as one quote a paragraph', () => {
    const text = '“First part.\n“Second part,” he said.';
    expect(spans(text)).toEqual(['First part.', 'Second part,']);
    expect(findQuoteSpans(text, splitLines(text)).map((q) => q.continued ?? false)).toEqual([false, true]);
  });

  it('never throws on odd text', () => {
    for (const t of ['', '"', '“”', "''", '" " " "', '“a “b “c', '\u0000\u200b"x']) expect(() => spans(t)).not.toThrow();
  });
});

describe('isFragment', () => {
  it("is true for one or two words ('frank', \"done\") and false for a statement", () => {
    expect(isFragment('frank')).toBe(true);
    expect(isFragment('rapid, punishing')).toBe(true);
    expect(isFragment('open and useful')).toBe(false);
  });
});
