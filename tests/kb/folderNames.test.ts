import { describe, expect, it } from 'vitest';
import { buildKnowledgeBase } from '../../src/kb/build.js';
import { sourceArticle as article } from '../helpers.js';

/** Articles written for this test: a preview naming two ministers in full, and a live page calling one by surname. */
const PREVIEW = article(
  'preview',
  'Armenian Foreign Minister Ararat Mirzoyan said on Sunday that he hoped for "concrete results" from the talks hosted by Secretary of State Antony Blinken near Washington.',
  '2023-04-30',
);
const LIVE = article(
  'live',
  'Blinken said after a working lunch that a deal was "within reach".\n\nMirzoyan arrived at the venue shortly after nine. "We will not give up on this text," he told reporters at the door.',
  '2023-05-03',
);
const speakerOf = (kb: ReturnType<typeof buildKnowledgeBase>, words: string) => kb.quotes.find((q) => q.text.includes(words))?.speaker ?? null;

describe('people across the folder (#16: a bare surname of someone named in full in another article)', () => {
  it('reads a surname no evidence here makes anyone\'s as the person another report of the story names in full', () => {
    const kb = buildKnowledgeBase([PREVIEW, LIVE]);
    expect(speakerOf(kb, 'We will not give up')).toBe('Ararat Mirzoyan');
    expect(kb.people.find((p) => p.name === 'Ararat Mirzoyan')?.articleIds).toEqual(['preview', 'live']);
  });

  it('takes the name from the folder only: the live page alone, with no evidence, names no Mirzoyan', () => {
    expect(buildKnowledgeBase([LIVE]).people.map((p) => p.name)).not.toContain('Ararat Mirzoyan');
  });

  it('takes no name from an unrelated story, nor from two people the folder names with that surname', () => {
    const articlesOf = (kb: ReturnType<typeof buildKnowledgeBase>, name: string) => kb.people.find((p) => p.name === name)?.articleIds;
    const otherStory = article('court', 'Judge Helen Mirzoyan said on Monday that the tenancy case would be heard again, after the landlord\'s lawyer, Tom Reed, asked for more time.', '2023-05-01');
    expect(articlesOf(buildKnowledgeBase([otherStory, LIVE]), 'Helen Mirzoyan')).toEqual(['court']);
    const both = buildKnowledgeBase([PREVIEW, otherStory, LIVE]);
    expect([articlesOf(both, 'Ararat Mirzoyan'), articlesOf(both, 'Helen Mirzoyan')]).toEqual([['preview'], ['court']]);
  });

  it('makes no person of a byline\'s writer whom another article of the story names ("By Jane Hale and Kylie Atwood, CNN")', () => {
    const transcript = article(
      'cnn',
      'CNN NEWSROOM\n\nJIM SCIUTTO, CNN ANCHOR: Good morning. Our Kylie Atwood is near Washington. Kylie, what are you hearing?\n\nKYLIE ATWOOD, CNN CORRESPONDENT: Jim, Blinken met Mirzoyan on Tuesday.\n\nSCIUTTO: Thank you.',
      '2023-05-02',
    );
    const report = article(
      'report',
      'Talks near Washington\n\nBy Jane Hale and Kylie Atwood, CNN\n\nUpdated 1:47 PM ET, Tue May 2, 2023\n\nSecretary of State Antony Blinken said on Tuesday that a deal with Armenian Foreign Minister Ararat Mirzoyan was "within reach".',
      '2023-05-02',
    );
    expect(buildKnowledgeBase([transcript, report]).people.find((p) => p.name === 'Kylie Atwood')?.articleIds).toEqual(['cnn']);
  });

  it('spreads no name the other article read on thin evidence ("Amazon founder Jeff Bezos\'s Blue Origin")', () => {
    const space = article('space', 'NASA Administrator Bill Nelson said Amazon founder Jeff Bezos\'s Blue Origin was among the bidders. "We are ready," Bezos said.', '2023-05-01');
    const other = article('bids', 'NASA Administrator Bill Nelson chose five companies on Monday.\n\nOrigin was chosen too, and will build a lander.', '2023-05-02');
    const kb = buildKnowledgeBase([space, other]);
    expect(kb.people.find((p) => p.name === 'Bill Nelson')?.articleIds).toEqual(['space', 'bids']);
    expect(kb.people.find((p) => p.name === 'Blue Origin')?.articleIds ?? []).not.toContain('bids');
  });
});

describe('a peer across the folder (#16: "Lord Reed" is no bare surname)', () => {
  const COURT = article('court', 'Delivering the judgment, the court\'s president, Lord Reed, said there were "substantial grounds" for concern.');
  const ADVISER = article('adviser', 'The minister\'s former adviser, James Reed, told the BBC that the minister had been "fully briefed".');
  it('keeps Lord Reed and James Reed apart, each with their own words', () => {
    const kb = buildKnowledgeBase([COURT, ADVISER]);
    expect([speakerOf(kb, 'substantial grounds'), speakerOf(kb, 'fully briefed')]).toEqual(['Lord Reed', 'James Reed']);
  });
  it('still joins a bare "Reed said" to the one Reed named in full in another article', () => {
    const kb = buildKnowledgeBase([ADVISER, article('later', 'Reed said on Monday that he had "nothing to add".')]);
    expect(speakerOf(kb, 'nothing to add')).toBe('James Reed');
  });
});
