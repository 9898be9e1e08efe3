import { HAS_CUE } from './cues.js';
import { ROLE_NOUNS } from './lexicon.js';
import { ANONYMOUS, type Mention, PERSON_KINDS } from './mentions.js';
import type { QuoteSpan } from './quoteMarks.js';
import type { Attribution } from './attribution.js';

/** People of a body, or of a country, whom the text does not name: "officials", "US diplomats", "senior sources". */
const GROUP_WORDS = 'officials|diplomats|sources|negotiators|leaders|lawmakers|ministers|officers|spokesmen|spokespeople';
/** Such people right after a body's name: "US officials". */
const UNNAMED_GROUP = new RegExp(`^\\s+(?:\\p{Ll}+\\s+)?(?:${GROUP_WORDS})\\b`, 'u');
/** Such people as the subject of the clause after "According to X,": ", US officials had promised". */
const GROUP_SUBJECT = new RegExp(`^,\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.]*\\s+)?(?:\\p{Ll}+\\s+)?(?:${GROUP_WORDS})\\b`, 'u');
/** "according to a statement from the Kremlin": the words of a text someone put out, between "according to" and them. */
const ACCORDING_TO_WORDS =
  /^\s*(?:an?|the|their|its|his|her)\s+(?:(?:joint|written|brief|short|official|new|later|earlier)\s+)?(?:statement|readout|transcript|release|communiqu[eé]|summary|post|tweet|video|letter|note)\s+(?:from|by|of|issued by|released by|put out by)\s+(?:the\s+)?$/i;

/** A word for someone of a body, right after its name: "the Kremlin representative", "the ministry's spokesman". */
const ORG_PERSON = /^(?:['’]s)?\s+(?:representatives?|spokes(?:man|woman|person)|officials?|sources?|press secretary|aides?|advisers?|insiders?)\b/;

/** Those who speak for someone, right after the name: "Ruiz's office", "Biden's spokesman", "her lawyers". */
const PERSONS_OWN = /^['’]s?\s+(?:office|spokes(?:man|woman|person)|press (?:office|secretary)|aides?|advisers?|team|campaign|lawyers?|attorneys?|representatives?|camp|family)\b/;

/** A role set off before a name: "his aunt, ", "the study's lead author, ", "Google's chief executive, ". */
const APPOSED_ROLE = /^\s*(?:(?:his|her|their|its|the|an?)\s+|(?:the\s+)?[\p{L}-]+['’]s\s+)(?:\p{Ll}+\s+){0,2}\p{Ll}+,\s*$/u;

/**
 * Lower-case words ending in a role noun, right before a name ("lead author ", "the senior study author "), or
 * qualifying the role that begins its mention ("lead " before "author Ana Ruiz").
 */
function roleBefore(gap: string, m: Mention, text: string): boolean {
  const words = /^\s*(?:(?:the|its|his|her|their)\s+)?((?:[\p{Ll}-]+\s+){1,4})$/u.exec(gap)?.[1]?.trim().split(/\s+/);
  if (!words || words.some((w) => /^(?:of|for|by|to|with|from|and|or|in|on|at)$/.test(w))) return false;
  return ROLE_NOUNS.has(words.at(-1)!) || (m.kind === 'title' && /^\p{Ll}/u.test(text.charAt(m.start)));
}

/**
 * A source named before a quote in its sentence: "according to X, …", "according to a statement from X", "in the words
 * of X: …". One the article does not name ("in the words of the patient") is nobody, not the last speaker.
 */
export function sourceNamed(text: string, q: QuoteSpan, seg: string, segStart: number, ms: readonly Mention[]): Attribution | null {
  const according = [...seg.matchAll(/\baccording to\s+$|\baccording to\b/gi)].at(-1);
  if (according) {
    const from = segStart + according.index! + according[0].length;
    // ("According to him, …": whoever the pronoun stands for, or nobody.)
    const pronoun = ms.find((x) => x.kind === 'pronoun' && x.start >= from && x.start <= from + 1);
    if (pronoun) return { speakerKey: pronoun.key ?? ANONYMOUS, cue: `according to ${text.slice(pronoun.start, pronoun.end)}`, method: 'according' };
    const m = ms.find((x) => x.start >= from && x.end <= q.open && x.key);
    // ("Orban, according to diplomats, warned that …": a source set off between one named and their verb reports that
    // one's words.)
    const at = segStart + according.index!;
    const subject = ms.find((x) => x.end <= at && x.key && PERSON_KINDS.has(x.kind) && /^\s*,\s*$/.test(text.slice(x.end, at)));
    const source = /^\s*[^,"“”.;]{1,60},/.exec(text.slice(from, q.open));
    if (subject && source && HAS_CUE.test(text.slice(from + source[0].length, q.open))) return null;
    // ("According to Sputnik, Blinken also reiterated the threat of a "severe response"": a clause with its own subject
    // and a speech verb after the source is that subject's to say.)
    // (Not a body or a government as that subject after a person as the source: "According to Lavrov, Moscow had warned
    // Washington "more than once"" are Lavrov's words of what Moscow did.)
    const own = m && /^\s*,/.test(text.slice(m.end, m.end + 2)) ? ms.find((x) => x.start > m.end && x.end <= q.open && (x.key || x.kind === 'anaphor')) : undefined;
    const bodyAfterPerson = own?.kind === 'org' && PERSON_KINDS.has(m!.kind) && !UNNAMED_GROUP.test(text.slice(own.end, own.end + 40));
    if (own && !bodyAfterPerson && HAS_CUE.test(text.slice(own.end, q.open))) return null;
    // (Nor people the text does not name: "According to Yermak, US officials had promised that "…"" are theirs, nobody's.)
    const group = m && !own ? GROUP_SUBJECT.exec(text.slice(m.end, q.open)) : null;
    if (group && HAS_CUE.test(text.slice(m!.end + group[0].length, q.open))) return { speakerKey: ANONYMOUS, cue: `according to ${text.slice(from, m!.end).trim()}`, method: 'according' };
    // ("According to the Kremlin representative, …": someone of the body, not the body; nobody we can name.)
    if (m?.kind === 'org' && ORG_PERSON.test(text.slice(m.end, m.end + 40))) return { speakerKey: ANONYMOUS, cue: `according to ${text.slice(from, m.end).trim()}`, method: 'according' };
    // ("According to Vietnamese Prime Minister Pham Minh Chinh, …": capitalised words of a title may stand before it.)
    // (Not a given name before a surname's mention: "According to Patrick Nielsen Hayden" is not Teresa Nielsen Hayden.)
    const gap = text.slice(from, m?.start ?? from);
    if (m && (/^\s*$/.test(gap) || namedBodyAfterThe(m, gap) || (m.kind === 'title' && /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}$/u.test(gap)))) return { speakerKey: m.key, cue: `according to ${text.slice(from, m.end).trim()}`, method: 'according' };
    if (m && ACCORDING_TO_WORDS.test(text.slice(from, m.start))) return { speakerKey: m.key, cue: `according to ${text.slice(from, m.end).trim()}`, method: 'according' };
    // ("According to his aunt, Jane Starr, "…"", "according to the study's lead author, Dr Ana Ruiz, "…"", "according to
    // lead author Ana Ruiz, "…"": a role and the name set beside it, right before the quote.)
    if (m && m.kind !== 'pronoun' && m.kind !== 'org' && (APPOSED_ROLE.test(text.slice(from, m.start)) || roleBefore(text.slice(from, m.start), m, text)) && /^\s*,\s*$/.test(text.slice(m.end, q.open))) {
      return { speakerKey: m.key, cue: `according to ${text.slice(from, m.end).trim()}`, method: 'according' };
    }
    // ("According to police, the man was arrested "…"": a source the text does not name is nobody, not the last speaker.)
    if (/^\s*\p{Ll}/u.test(text.slice(from, q.open)) && !ms.some((x) => x.start >= from && x.end <= q.open && x.key && x.kind !== 'pronoun')) {
      return { speakerKey: ANONYMOUS, cue: `according to ${/^\s*[^,]{1,40}/.exec(text.slice(from, q.open))![0].trim()}`, method: 'according' };
    }
  }
  // "in the words of the patient: "…"": the one named after it speaks; one the article does not name is nobody (not
  // the last speaker).
  const wordsOf = /\bin (?:the )?words of\s+[^"“”:.;]{1,60}?[\s:,]*$/i.exec(seg);
  if (wordsOf) {
    const from = segStart + wordsOf.index;
    const m = ms.find((x) => x.start >= from && x.end <= q.open && x.key && x.kind !== 'pronoun');
    return { speakerKey: m?.key ?? ANONYMOUS, cue: wordsOf[0].trim().replace(/[:,]$/, ''), method: 'according' };
  }
  // "In his words, Washington "…"", "to quote her, …": whoever the pronoun stands for, or nobody.
  const ownWords = /\b(?:in (?:his|her)(?: own)? words|to quote (?:him|her))\b[^"“”]*$/i.exec(seg);
  if (ownWords) {
    const from = segStart + ownWords.index;
    const pronoun = ms.find((x) => x.kind === 'pronoun' && x.start >= from && x.end <= from + ownWords[0].length);
    if (pronoun) return { speakerKey: pronoun.key ?? ANONYMOUS, cue: text.slice(from, pronoun.end + (/^(?: own)? words/.exec(text.slice(pronoun.end, pronoun.end + 10))?.[0].length ?? 0)), method: 'according' };
  }
  // "In Thune's words, the White House "…"": the one whose words they are, named there.
  // (No i flag: with it \p{Lu} matches any letter.)
  const namedWords = /\b[Ii]n\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*?)['’]s(?:\s+own)?\s+words\b[^"“”]*$/u.exec(seg);
  if (namedWords) {
    const from = segStart + namedWords.index;
    const nameEnd = from + namedWords[0].indexOf(namedWords[1]!) + namedWords[1]!.length;
    const owner = ms.find((x) => x.start >= from && x.end <= nameEnd && x.key && x.kind !== 'pronoun');
    if (owner) return { speakerKey: owner.key, cue: text.slice(from, from + namedWords[0].search(/words/) + 5), method: 'according' };
  }
  return null;
}

/** "according to the Ministry of Defence": a body's name after "the", which its mention leaves out. */
const namedBodyAfterThe = (m: Mention, gap: string) => m.kind === 'org' && /^\s*the\s+$/i.test(gap) && /^\p{Lu}/u.test(m.text);

/**
 * A source named right after a quote: '"…," according to a statement from the Kremlin', '…, according to Prime Minister
 * X.' The same readings as before a quote (sourceNamed); someone the text does not name ("according to police") is
 * nobody.
 */
export function sourceAfter(text: string, q: QuoteSpan, postEnd: number, ms: readonly Mention[]): Attribution | null {
  const according = /^[\s,]*according to\s+/i.exec(text.slice(q.close, postEnd));
  if (!according) return null;
  const from = q.close + according[0].length;
  const m = ms.find((x) => x.start >= from && x.end <= postEnd && x.key);
  const cue = (end: number) => `according to ${text.slice(from, end).trim()}`;
  if (m?.kind === 'pronoun' && m.start === from) return { speakerKey: m.key ?? ANONYMOUS, cue: cue(m.end), method: 'according' };
  if (m?.kind === 'org' && ORG_PERSON.test(text.slice(m.end, m.end + 40))) return { speakerKey: ANONYMOUS, cue: cue(m.end), method: 'according' };
  // ("according to a statement from Ruiz's office": those who speak for someone named, not that one.)
  if (m && m.kind !== 'org' && PERSONS_OWN.test(text.slice(m.end, m.end + 40))) return { speakerKey: ANONYMOUS, cue: cue(m.end), method: 'according' };
  const gap = text.slice(from, m?.start ?? from);
  // ("according to a White House readout of the meeting": the body whose document it is.)
  const bodysDocument = m?.kind === 'org' && /^\s*(?:an?|the)\s+$/i.test(gap) && /^\s+(?:\p{Ll}+\s+)?(?:statement|readout|transcript|release|communiqu[eé]|summary)\b/u.test(text.slice(m.end, m.end + 30));
  if (m && m.kind !== 'pronoun' && (bodysDocument || namedBodyAfterThe(m, gap) || /^\s*$/.test(gap) || (m.kind === 'title' && /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}$/u.test(gap)) || ACCORDING_TO_WORDS.test(gap) || (m.kind !== 'org' && roleBefore(gap, m, text)))) {
    return { speakerKey: m.key, cue: cue(m.end), method: 'according' };
  }
  return /^\p{Ll}/u.test(text.slice(from, from + 1)) ? { speakerKey: ANONYMOUS, cue: cue(Math.min(postEnd, from + 40)).replace(/[.,;]+$/, ''), method: 'according' } : null;
}
