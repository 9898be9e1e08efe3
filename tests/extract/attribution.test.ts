import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/article.js';
import { hashText } from '../../src/ingest/load.js';

/** Small hand-written articles, one rule each. */
function speakers(text: string) {
  const x = extractArticle({ id: 'fixture', file: 'fixture.txt', text, meta: {}, hash: hashText(text) }, { date: '2022-01-21', source: 'metadata' });
  const names = new Map(x.people.map((p) => [p.key, p.names[0] ?? p.last]));
  return x.quotes.map((q) => [q.text, q.speakerId ? names.get(q.speakerId) : null, q.method]);
}

const INTRO = 'US Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Friday for talks that ran long.';

describe('attributeQuotes', () => {
  it('reads "X said" and "said X" after the quote', () => {
    expect(speakers(`${INTRO}\n"We are ready to talk," Mr Blinken said.\n"We are not," said the Russian foreign minister.`)).toEqual([
      ['We are ready to talk,', 'Antony Blinken', 'after'],
      ['We are not,', 'Sergei Lavrov', 'after'],
    ]);
  });

  it('takes a full name with no title for a speaker when a speech verb stands beside it', () => {
    expect(
      speakers(`${INTRO}\n"We will not accept this," said Maria Zakharova.\n"The talks were useful," Maria Zakharova told reporters.\nLater Zakharova said: "Nothing has changed."`),
    ).toEqual([
      ['We will not accept this,', 'Maria Zakharova', 'after'],
      ['The talks were useful,', 'Maria Zakharova', 'after'],
      ['Nothing has changed.', 'Maria Zakharova', 'before'],
    ]);
    // With a description between the name and the verb (this was given to Lavrov, the subject of the sentence before).
    expect(speakers(`${INTRO}\nMaria Zakharova, the ministry's spokeswoman, said: "Nothing has changed."`)).toEqual([['Nothing has changed.', 'Maria Zakharova', 'before']]);
  });

  it('takes the name a clause between commas is about, not a name inside the clause', () => {
    // Both went to the last name before the verb: the Russian government ("Moscow") and Lavrov.
    expect(speakers(`${INTRO}\nMaria Zakharova, who spoke in Moscow, said: "Nothing has changed."`)).toEqual([['Nothing has changed.', 'Maria Zakharova', 'before']]);
    expect(speakers(`${INTRO}\nBlinken, like Lavrov, said the talks were "useful".`)).toEqual([['useful', 'Antony Blinken', 'before']]);
    // This one went to Blinken; the relative clause after the other name is still that name's.
    expect(speakers(`${INTRO}\nLavrov, who met Blinken, said: "We will answer in writing next week."`)).toEqual([['We will answer in writing next week.', 'Sergei Lavrov', 'before']]);
    expect(speakers(`${INTRO}\nBlinken met Lavrov, who said: "We will answer in writing next week."`)).toEqual([['We will answer in writing next week.', 'Sergei Lavrov', 'before']]);
    expect(speakers(`${INTRO}\n"It was a frank exchange," Blinken, speaking alongside Lavrov, told reporters.`)).toEqual([['It was a frank exchange,', 'Antony Blinken', 'after']]);
    // A description of up to 100 characters: this one is 98.
    expect(
      speakers(`${INTRO}\nMaria Zakharova, speaking in Moscow on Friday after the talks in Geneva had ended without any agreement at all, said: "Nothing has changed."`),
    ).toEqual([['Nothing has changed.', 'Maria Zakharova', 'before']]);
    expect(speakers(`${INTRO}\n"Talks are welcome," Jens Stoltenberg, the NATO secretary general, said.`)).toEqual([['Talks are welcome,', 'Jens Stoltenberg', 'after']]);
  });

  it('reads a bare name before other speech verbs (wrote, tweeted, argued)', () => {
    // "wrote" was not a cue for a bare name, and the quote went to Blinken, the speaker of the sentence before.
    expect(speakers(`${INTRO}\nMaria Zakharova wrote on Telegram: "Nothing has changed."`)).toEqual([['Nothing has changed.', 'Maria Zakharova', 'before']]);
    expect(speakers(`${INTRO}\n"Nothing has changed," Maria Zakharova tweeted.\n"It is a farce," Dmitry Peskov argued.`)).toEqual([
      ['Nothing has changed,', 'Maria Zakharova', 'after'],
      ['It is a farce,', 'Dmitry Peskov', 'after'],
    ]);
  });

  it('reads "Secretary General" as a title, not as part of the name', () => {
    const text = `${INTRO}\n"Talks are welcome," NATO Secretary General Jens Stoltenberg said.`;
    const x = extractArticle({ id: 'fixture', file: 'fixture.txt', text, meta: {}, hash: hashText(text) }, { date: '2022-01-21', source: 'metadata' });
    expect(x.people.find((p) => p.last === 'Stoltenberg')).toMatchObject({ names: ['Jens Stoltenberg'], roles: ['NATO Secretary General'] });
    expect(speakers(text)).toEqual([['Talks are welcome,', 'Jens Stoltenberg', 'after']]);
    // An organisation and a role word before the name: the quote was nobody's ("NATO" stood first after it).
    expect(speakers(`${INTRO}\n"Talks are welcome," NATO chief Jens Stoltenberg said.`)).toEqual([['Talks are welcome,', 'Jens Stoltenberg', 'after']]);
  });

  it('reads a title beside a name set off by commas, and a possessive title as one that points back', () => {
    const text = `${INTRO}\nSpeaking in Kyiv, Kuleba, Ukraine's foreign minister, said: "We are ready."\n"We are calm," Kuleba, Ukraine's foreign minister, said.`;
    expect(speakers(text)).toEqual([
      ['We are ready.', 'Kuleba', 'before'],
      ['We are calm,', 'Kuleba', 'after'],
    ]);
    const x = extractArticle({ id: 'fixture', file: 'fixture.txt', text, meta: {}, hash: hashText(text) }, { date: '2022-01-21', source: 'metadata' });
    expect(x.people.find((p) => p.last === 'Kuleba')?.roles).toEqual(['Ukrainian Foreign Minister']);
    // The name after a title and a comma; before, the quote went to the Russian government ("Moscow").
    expect(speakers(`${INTRO}\nIn Moscow, the Kremlin spokesman, Dmitry Peskov, said the talks were "useful".`)).toEqual([['useful', 'Dmitry Peskov', 'before']]);
    // "Russia's foreign minister" is Lavrov as "the Russian foreign minister" is (this one had no speaker).
    expect(speakers(`${INTRO}\nHowever, Russia's foreign minister, speaking in Geneva, said the talks were "useful".`)).toEqual([['useful', 'Sergei Lavrov', 'before']]);
    // A word before the comma with no speech verb after the title is not a name.
    const meanwhile = `${INTRO}\nMeanwhile, the Russian foreign minister, who spoke later, said the talks were "useful".`;
    expect(speakers(meanwhile)).toEqual([['useful', 'Sergei Lavrov', 'before']]);
    expect(extractArticle({ id: 'f', file: 'f.txt', text: meanwhile, meta: {}, hash: 'x' }, { date: '2022-01-21', source: 'metadata' }).people.map((p) => p.last).sort()).toEqual(['Blinken', 'Lavrov']);
  });

  it('does not give a quote to the speaker before when its own sentence has a speech verb and an unknown speaker', () => {
    expect(speakers(`${INTRO}\n"We will answer," Blinken said.\nOfficials said: "The talks were useful and we will meet again."`)).toEqual([
      ['We will answer,', 'Antony Blinken', 'after'],
      ['The talks were useful and we will meet again.', null, 'before'],
    ]);
    // With no verb, the sentence carries on the one before.
    expect(speakers(`${INTRO}\n"We will answer," Blinken said.\nThe talks were "useful and frank".`)).toEqual([
      ['We will answer,', 'Antony Blinken', 'after'],
      ['useful and frank', 'Antony Blinken', 'context'],
    ]);
  });

  it('does not take a place after "in" for the subject of a sentence', () => {
    // The Russian government ("Moscow") was the subject here, and said the quote.
    // ("it was said": a verb in the passive tells that someone unnamed said it, and no one else.)
    expect(speakers(`${INTRO}\nIn Moscow on Friday the mood after the talks was grim, and it was said that the West was "not listening".`)).toEqual([
      ['not listening', null, 'before'],
    ]);
  });

  it('does not take institutions, groups or an honorific for a bare name: institutions speak as organisations, groups as nobody', () => {
    const x = extractArticle(
      {
        id: 'fixture',
        file: 'fixture.txt',
        text: `${INTRO}\n"It is over," Foreign Ministry said.\n"No deal," Western Diplomats said.\n"Wait," Mr Lavrov said.\n"We are ready," said President Biden.\n"Talks are welcome," North Korea said.`,
        meta: {},
        hash: 'x',
      },
      { date: '2022-01-21', source: 'metadata' },
    );
    expect(x.people.filter((p) => p.type === 'person').map((p) => p.names[0] ?? p.last).sort()).toEqual(['Antony Blinken', 'Biden', 'Sergei Lavrov']);
    // (A country speaks for its government, as a capital does.)
    expect(x.quotes.map((q) => q.speakerId)).toEqual(['o:foreign-ministry', null, 'p:lavrov', 'p:biden', 'o:north-korean-government']);
  });

  it('does not take an institution or a place the article is "in" for a bare name', () => {
    const x = extractArticle(
      {
        id: 'fixture',
        file: 'fixture.txt',
        text: `${INTRO}\nEnvoys also met in Buenos Aires.\nIn Tel Aviv, the news was met calmly.\n"We are ready," Amnesty International said.\n"Talks are welcome," Buenos Aires said.\n"It is late," Deutsche Bank warned.\n"We are watching," Tel Aviv said.`,
        meta: {},
        hash: 'x',
      },
      { date: '2022-01-21', source: 'metadata' },
    );
    expect(x.people.filter((p) => p.type === 'person').map((p) => p.names[0] ?? p.last).sort()).toEqual(['Antony Blinken', 'Sergei Lavrov']);
    // (A capital speaking is its government, no person: "Buenos Aires said".)
    expect(x.quotes.map((q) => q.speakerId)).toEqual(['o:amnesty-international', 'o:argentine-government', 'o:deutsche-bank', null]);
  });

  it('reads a cue before the quote, skipping the object of the verb', () => {
    expect(speakers(`${INTRO}\nLavrov told Blinken that the talks were "useful and open".`)).toEqual([['useful and open', 'Sergei Lavrov', 'before']]);
  });

  it('reads "according to X"', () => {
    expect(speakers(`${INTRO}\nAccording to Lavrov, the West is "not listening at all".`)).toEqual([['not listening at all', 'Sergei Lavrov', 'according']]);
    // A text X put out is X's words; someone close to X is not X.
    expect(speakers(`${INTRO}\nAccording to a statement from the Kremlin, the talks were "a waste of time".`)).toEqual([['a waste of time', 'Kremlin', 'according']]);
    expect(speakers(`${INTRO}\nAccording to an ally of Lavrov, the talks were "a waste of time".`)).toEqual([['a waste of time', null, 'according']]);
  });

  it('resolves "he" to the subject of the sentence before, not the last name in it', () => {
    expect(speakers(`${INTRO}\nMr Lavrov said the US had ignored Blinken's own allies in Europe.\n"It is a matter of principle," he added.`)).toEqual([
      ['It is a matter of principle,', 'Sergei Lavrov', 'after'],
    ]);
  });

  it('carries a quote that stands alone to the speaker before it', () => {
    expect(speakers(`${INTRO}\n"We will answer in writing," Blinken said.\n"And we will answer next week."`)).toEqual([
      ['We will answer in writing,', 'Antony Blinken', 'after'],
      ['And we will answer next week.', 'Antony Blinken', 'continuation'],
    ]);
  });

  it('reads the reworded cues "mentioned" and "advised reporters"', () => {
    expect(speakers(`${INTRO}\n“The talks had been helpful,” Blinken mentioned.\n“We are going to see,” Lavrov advised reporters.`)).toEqual([
      ['The talks had been helpful,', 'Antony Blinken', 'after'],
      ['We are going to see,', 'Sergei Lavrov', 'after'],
    ]);
  });

  it('gives no speaker where the text does not tell', () => {
    expect(speakers('The mood in Geneva was described by many as "tense and uncertain at best".')).toEqual([['tense and uncertain at best', null, 'before']]);
    expect(speakers(`${INTRO}\nSo what have they "done" about it?`)).toEqual([['done', null, null]]);
  });
});
