import type { Attribution } from './attribution.js';
import { ANONYMOUS, type Mention } from './mentions.js';
import type { QuoteSpan } from './quoteMarks.js';

/**
 * The words of the paragraph after a quote that say whose the quote was: "That was how Marco Bellini ended …", "Those
 * were the words of Ana Ruiz", "That was the blunt message from Ana Ruiz", "So said Ana Ruiz", "… was all Ana Ruiz
 * would say", up to the name (a title's words may stand before it).
 */
const WHOSE_WORDS =
  /^(?:(?:That|This|Those|These|Such)\s+(?:was|is|were|are)\s+(?:how|what|the\s+(?:\p{Ll}+\s+){0,2}?(?:verdict|message|view|words?|assessment|warning|reaction|plea|promise|response)\s+(?:of|from))|So\s+said|(?:was|were)\s+all)\s+(?:(?:\p{Ll}+|\p{Lu}[\p{L}.'’-]*)\s+){0,4}?$/u;
/** After the name, what "was all" needs: '"No comment," was all Ana Ruiz would say'. */
const ALL_WOULD_SAY = /^\s+(?:would|could|was\s+(?:willing|prepared)\s+to)\s+(?:say|offer|add|tell)\b/;

/** Speakers a cue did not find: carried over from the quote before, or from the passage, or none. */
const WEAK = new Set<Attribution['method']>(['continuation', 'context', null]);
/**
 * Between the quote and the tag sentence's name: a space, then an article and an adjective or two ("the visibly tired")
 * or a country's word or two ("Indian", "South Africa's") before a title.
 */
const TAG_LEAD = /^[ \t]+(?:(?:the|a|an)\s+(?:\p{Ll}+\s+){0,2}|(?:\p{Lu}[\p{L}'’-]*\s+){1,2})?$/u;
/** After it: a verb of saying with no clause of its own, then when, where or to whom, and the sentence's end. */
const TAG_REST =
  /^\s+(?:said|says|added|adds|stressed|noted|explained|remarked|insisted|told\s+(?:reporters|journalists|the\s+(?:media|press|\p{Lu}[\p{L}.]*)))(?:\s+(?:on|at|in|after|before|during|later|earlier|afterwards|afterward|yesterday|today|last|this|from|when\s+asked)\b[^.;:!?"“”]{0,60})?\.(?:\s|$)/u;

/**
 * '"We could not bridge the gap." Jaishankar said after the meeting.': a quote that closes its own sentence, then a
 * sentence that is only a name (or a body, "The company said in a release."), a verb of saying and when or where. Copy
 * that puts a full stop where the tag's comma goes writes so; "Ruiz said the talks failed." says something else.
 */
function tagSentenceAfter(text: string, q: QuoteSpan, mentions: readonly Mention[]): Attribution | null {
  if (!/[.!?]\s*["”’']$/.test(text.slice(q.open, q.close))) return null;
  const named = mentions.find((m) => m.start >= q.close);
  const rest = named?.key && named.kind !== 'pronoun' && TAG_LEAD.test(text.slice(q.close, named.start)) ? TAG_REST.exec(text.slice(named.end)) : null;
  if (!rest) return null;
  // ("An official said afterwards.": one unnamed is no one, not the speaker before.)
  return { speakerKey: named!.key === ANONYMOUS ? null : named!.key, cue: text.slice(named!.start, named!.end + rest[0].trimEnd().length), method: 'after' };
}

/** A caption's present verb of saying after the name: "offers his tips", "jokes about", "speaks frankly". */
const CAPTION_SAYS =
  /^(?:\s*,[^,"“”.;]{1,100},)?\s+(?:also\s+)?(?:says|speaks|jokes|offers|reflects|explains|reveals|admits|insists|recalls|muses|laughs|describes|discusses|talks|tells|adds|warns|urges|hails|praises|thanks|vows|promises|apologi[sz]es|quips|sums)\b/;
/** A caption's role before the name: a few words, no verb of its own. */
const CAPTION_LEAD = /^[ \t]+(?:[\p{L}'’-]+[ \t]+){1,5}$/u;
/** After the name, any verb in the present: the sentence is about that one ("Federer is thankful …"). */
const PRESENT_VERB = /^(?:\s*,[^,"“”.;]{1,100},)?\s+(?:also\s+)?(?:is|has|\p{Ll}{2,}s)\b/u;

/**
 * '"I still won six matches." Federer speaks frankly after his defeat.': a quote that opens its paragraph and closes
 * its sentence, then a sentence whose subject is a person named right after it, as captions and pull quotes run. A
 * verb of saying there makes the words that one's; any other present verb makes them no one's carried-on words.
 */
function captionAfter(text: string, q: QuoteSpan, mentions: readonly Mention[], isPerson: (key: string) => boolean): Attribution | null {
  if (/[^\s"“”‘’']/.test(text.slice(text.lastIndexOf('\n', q.open) + 1, q.open)) || !/[.!?]\s*["”’']$/.test(text.slice(q.open, q.close))) return null;
  const named = mentions.find((m) => m.start >= q.close);
  if (!named?.key || named.kind === 'pronoun' || !isPerson(named.key)) return null;
  const lead = text.slice(q.close, named.start);
  const after = text.slice(named.end, named.end + 200);
  // (Before a verb of saying, a role of a few words may lead: "Wimbledon singles champion Novak Djokovic offers …".)
  const says = CAPTION_SAYS.exec(after);
  if (!TAG_LEAD.test(lead) && !(CAPTION_LEAD.test(lead) && says)) return null;
  if (says) return { speakerKey: named.key, cue: text.slice(named.start, named.end + says[0].length), method: 'after' };
  return PRESENT_VERB.test(after) ? { speakerKey: null, cue: null, method: null } : null;
}

/**
 * '"I gave this club everything I had." ¶ That was how Marco Bellini ended six years as coach': a quote that opens its
 * paragraph, with no speaker, takes the person the sentence after it says the words were. Writers open features so.
 */
export function namedAfter(text: string, quotes: readonly QuoteSpan[], attributions: Attribution[], mentions: readonly Mention[], isPerson: (key: string) => boolean): void {
  quotes.forEach((q, i) => {
    const tag = tagSentenceAfter(text, q, mentions) ?? captionAfter(text, q, mentions, isPerson);
    if (tag && WEAK.has(attributions[i]!.method)) attributions[i] = tag;
    if (attributions[i]!.speakerKey) return;
    const lineStart = text.lastIndexOf('\n', q.open) + 1;
    const lineEnd = text.indexOf('\n', q.close) < 0 ? text.length : text.indexOf('\n', q.close);
    // (The quote opens its paragraph, nothing but marks before it; what says whose it is follows in the same paragraph,
    // '"…" Those were the words of Ana Ruiz, 19,', or opens the next, when the quote is the whole paragraph.)
    if (/[^\s"“”‘’']/.test(text.slice(lineStart, q.open))) return;
    const rest = /^["“”‘’'.,\s]*/.exec(text.slice(q.close, lineEnd))![0].length;
    const next = q.close + rest < lineEnd ? q.close + rest : lineEnd + (/^\s*/.exec(text.slice(lineEnd))?.[0].length ?? 0);
    const named = mentions.find((m) => m.start >= next && m.start < next + 80 && m.key !== null && isPerson(m.key));
    const words = named ? text.slice(next, named.start) : '';
    if (named && WHOSE_WORDS.test(words) && (!/^(?:was|were)\s+all\b/.test(words) || ALL_WOULD_SAY.test(text.slice(named.end, named.end + 40)))) attributions[i] = { speakerKey: named.key, cue: text.slice(next, named.end), method: 'after' };
  });
}
