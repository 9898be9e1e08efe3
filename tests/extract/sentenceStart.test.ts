import { describe, expect, it } from 'vitest';
import { sentenceStart } from '../../src/extract/sentenceStart.js';

/** The sentence holding the first occurrence of `word`, from its start up to the word. */
const upTo = (text: string, word: string) => text.slice(sentenceStart(text, text.indexOf(word)), text.indexOf(word));

describe('sentenceStart: where the sentence holding an offset starts', () => {
  it('starts past a stop and its space, a closing mark after the stop, or a line break', () => {
    expect(upTo('He left early. Then his daughter, Ffion, spoke.', 'Ffion')).toBe('Then his daughter, ');
    expect(upTo('He said "we are done." His daughter, Ffion, spoke.', 'Ffion')).toBe('His daughter, ');
    expect(upTo('He said "we are done!"  Her son, Tomas, spoke.', 'Tomas')).toBe('Her son, ');
    expect(upTo('A headline\nHis daughter, Ffion, spoke.', 'Ffion')).toBe('His daughter, ');
  });
  it('starts at the text\'s start with no stop before, and never splits a number or a stop with no space', () => {
    expect(upTo('His daughter, Ffion, spoke.', 'Ffion')).toBe('His daughter, ');
    expect(upTo('Rates rose 3.5 percent as Ffion spoke.', 'Ffion')).toBe('Rates rose 3.5 percent as ');
    expect(upTo('See example.com where Ffion spoke.', 'Ffion')).toBe('See example.com where ');
  });
  it('reads an initialism\'s stop and space as a sentence\'s end, as the patterns it replaced did', () => {
    expect(upTo('The U.S. envoy, Ffion, spoke.', 'Ffion')).toBe('envoy, ');
  });
});
