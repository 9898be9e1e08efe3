import type { Attribution } from './attribution.js';
import type { Mention } from './mentions.js';
import type { QuoteSpan } from './quoteMarks.js';

/** Nouns for something said, which a possessive before them says whose it was. */
const SAID_NOUNS =
  'instructions?|calls?|demands?|promises?|pledges?|vows?|warnings?|appeals?|pleas?|orders?|remarks?|comments?|words|claims?|insistence|' +
  'descriptions?|assurances?|messages?|reminders?|boasts?|accusations?|admissions?|assessments?|verdicts?|jibes?|quips?|threats?|slogans?';

/** "Trump's instruction to ", "Putin's stark warning that " right before the quote (the possessive's end is group 1's). */
const POSSESSED_SAYING = new RegExp(`(['’])s\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?(?:${SAID_NOUNS})(?:\\s+(?:to|for|of|that|as|on|against))?[\\s,:]*$`, 'u');

/**
 * "Witkoff had stressed President Donald Trump's instruction to "resolve our differences …"": words a possessive names
 * as someone's saying are that one's, whoever the sentence's subject is. Only a person named right before the 's.
 */
export function possessedWords(text: string, quotes: readonly QuoteSpan[], attributions: Attribution[], mentions: readonly Mention[], isPerson: (key: string) => boolean): void {
  quotes.forEach((q, i) => {
    const from = Math.max(0, q.open - 60);
    const m = POSSESSED_SAYING.exec(text.slice(from, q.open));
    if (!m) return;
    const at = from + m.index;
    const owner = mentions.find((x) => x.end === at && x.key !== null && isPerson(x.key));
    if (owner) attributions[i] = { speakerKey: owner.key, cue: text.slice(owner.start, q.open).trim(), method: 'before' };
  });
}
