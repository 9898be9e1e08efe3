import type { Line } from '../ingest/sections.js';
import { DEMONYMS, ROLE_NOUNS, SPEECH_VERBS } from './lexicon.js';
import { licenses } from './descriptions.js';
import { governmentOf } from './personPatterns.js';
import { type LocalPerson, organisationOf } from './mentions.js';
import { findQuoteSpans, type QuoteSpan } from './quoteMarks.js';
import type { Attribution } from './attribution.js';
import { STANCE_WORDS } from './cues.js';
import { escapeRegExp } from '../util/regexp.js';

/** A live page's time or stamp opening a line, before its heading: "4h ago", "12.40 GMT", "15:40 GMT - ", "9.05am – ". */
const CLOCK = String.raw`\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?\s*)?`;
// (A zone of any capitals only before a dash: "12.40 UN chief says" keeps "UN".)
const LIVE_STAMP = new RegExp(
  String.raw`^\s*(?:\d{1,2}\s?(?:h|hr|hrs|m|min|mins|hours?|minutes?)\s+ago\s+(?:[-–—]\s+)?|${CLOCK}(?:(?:[A-Z]{2,4}\s*)?[–—-]\s*|(?<=\s)(?:(?:GMT|BST|CET|EST|EDT|ET|UTC)\s+)?(?:[-–—]\s+)?))`,
  'u',
);

/**
 * Quotes in a headline or subheading. A headline has its own grammar: "Ruto: 'Kenya will not be bullied'",
 * "'Time to act': EU's Kallas", "Deal 'a betrayal', says Opoku", "Flick hails 'perfect night'", "'We are ready';
 * Ruto greets envoys". Where it has none, a headline quote of three words or more that repeats words quoted below
 * takes the speaker of those words; anything else (a scare quote: "Storm leaves towns 'cut off'") has no speaker.
 * A name is only ever one of the people the article names: a headline never makes a person.
 */
export function headlineQuotes(
  text: string,
  lines: readonly Line[],
  body: readonly { span: QuoteSpan; speakerKey: string | null }[],
  people: LocalPerson[],
  byKey: Map<string, LocalPerson>,
  /** Where a nickname opens ("Nicholas 'Lefty' Antonucci"): no quote. */
  nicknameAt: ReadonlySet<number> = new Set(),
): { span: QuoteSpan; attribution: Attribution }[] {
  const out: { span: QuoteSpan; attribution: Attribution }[] = [];
  for (const line of lines) {
    for (const span of findQuoteSpans(text, [line])) {
      if (nicknameAt.has(span.open)) continue;
      // ("4h ago Zelensky: '…'", "15:40 GMT - Ruto: '…'": a live page's stamp before a headline is no part of it.)
      const before = text.slice(line.start, span.open).replace(LIVE_STAMP, '');
      const after = text.slice(span.close, line.end);
      // ("Security Council 'speaks with one voice'": words that open with the name's own verb describe it; no one says them.)
      let named = /^["'‘“]\p{Ll}+s\s/u.test(text.slice(span.open, span.close)) && /\p{Lu}[\p{L}-]*\s+$/u.test(before) ? null : speakerName(before, after);
      // ("Ukraine war live: Kyiv says corridor 'working'": a rubric and a colon before a headline of its own, when the
      // rubric names no one.)
      const rubric = named ? null : RUBRIC.exec(before);
      if (rubric && !personNamed(rubric[1]!, people)) named = speakerName(before.slice(rubric[0].length), after);
      const keyOf = (n: typeof named) => (n ? (personNamed(n.name, people) ?? governmentNamed(n.name, people, byKey) ?? roleNamed(n.name, people, text)) : null);
      let key = keyOf(named);
      // ("US and Russia agree to keep talking; Blinken warns of 'swift, severe' response": a headline's second clause.)
      const clause = key ? -1 : before.lastIndexOf(';');
      const second = clause >= 0 ? speakerName(before.slice(clause + 1).trimStart(), after) : null;
      const secondKey = keyOf(second);
      if (secondKey) [named, key] = [second, secondKey];
      // "Lavrov: Prospects of a settlement are 'fairly good'": a person's name and a colon open the words the quote is in.
      const opener = key ? null : NAME_COLON_WORDS.exec(before);
      if (opener && personNamed(opener[1]!, people)) {
        named = { name: opener[1]!, cue: 'Name: … quote' };
        key = personNamed(opener[1]!, people);
      }
      if (key) {
        out.push({ span, attribution: { speakerKey: key, cue: named!.cue, method: 'headline' } });
        continue;
      }
      // (A name right before the quote is weak evidence: one we do not know leaves the quote to the words below; so does
      // a post no one holds here, "Boeing CEO says company is 'on the right track'", to the one who says them below.)
      // ("Ex-nurse tells jury she was 'scared'": a post's one or two words are theirs if said so below, as after a colon;
      // or before one: "'No surrender': Zelensky rejects deal".)
      const post = named !== null && ROLE_NOUNS.has(named.name.split(/[\s-]+/).at(-1)!.toLowerCase());
      const echo = named && !post && named.cue !== 'Name quote' && named.cue !== 'Role verb quote' && named.cue !== 'quote: Name on …' ? null : echoSpeaker(text.slice(span.start, span.end), text, body, /:\s*$/.test(before) || /^\s*:/.test(after) || post);
      out.push({ span, attribution: { speakerKey: echo, cue: echo ? 'the same words below' : null, method: echo ? 'headline' : null } });
    }
  }
  return out;
}

/**
 * "'Nobody came back for us'" alone on its line over the report, and below ""Nobody came back for us. We dug with our
 * hands," said Pema Sherpa": a subheading that repeats a line below is the words of the one who says them there.
 */
export function echoedSubheadings(text: string, found: { span: QuoteSpan; attribution: Attribution }[]): void {
  const body = found.map((f) => ({ span: f.span, speakerKey: f.attribution.speakerKey }));
  for (const f of found) {
    const words = fold(text.slice(f.span.start, f.span.end)).length;
    // (A subheading is short, and the words below repeat most of it: a long pull quote sharing a phrase is no echo, one
    // the words below repeat whole is.)
    if (f.attribution.speakerKey || !isWholeLine(text, f.span)) continue;
    const key = echoSpeaker(text.slice(f.span.start, f.span.end), text, body.filter((b) => b.span.start > f.span.end), false, words > 12 ? words : Math.max(3, Math.ceil(words * 0.6)));
    if (key) f.attribution = { speakerKey: key, cue: 'the same words below', method: 'headline' };
  }
}

/**
 * "Grisham, by her own accounting, has given "plenty of on-the-record statements that were truthful and accurate."": a
 * quote of six words or more with no speaker, every word of which an earlier quote with a speaker said in the same
 * order, repeats that speaker's words (not a slogan of five, "Meth. We're on it", which a statement may end with).
 */
export function echoedEarlier(text: string, found: { span: QuoteSpan; attribution: Attribution }[]): void {
  // (Each quote's words folded once, joined: "all its words in the same order" is then one search in a string.)
  const words = found.map((f) => fold(text.slice(f.span.start, f.span.end)));
  const joined = words.map((w) => ` ${w.join(' ')} `);
  const said = found.map((f) => f.attribution.speakerKey);
  found.forEach((f, i) => {
    if (said[i] || words[i]!.length < 6) return;
    const by = new Set(said.slice(0, i).filter((key, k) => key && joined[k]!.includes(joined[i]!)));
    if (by.size === 1) f.attribution = { speakerKey: [...by][0]!, cue: 'the same words before', method: 'context' };
  });
}

/** Whether a quote in marks is its line, the marks and nothing else (a full stop after it allowed). */
const isWholeLine = (text: string, span: QuoteSpan) => /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, span.open - 3), span.open)) && /^[ \t.]*(?:\n|$)/.test(text.slice(span.close, span.close + 3));

const VERB = `(?:${SPEECH_VERBS.join('|')})`;
/** A verb of saying in the present, as headlines write it: "says", "claims", "warns". */
const PRESENT_VERB = `(?:${SPEECH_VERBS.filter((v) => /[^s]s$/.test(v)).join('|')})`;
/** A name as a headline writes it: capitalised words, maybe after an organisation's or country's possessive. */
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|van|von|der|al|bin))*";
const FRAMES: { cue: string; before?: RegExp; after?: RegExp }[] = [
  // Ruto: 'Kenya will not be bullied' · 15:40 GMT - Ruto: 'We stay'
  { cue: 'Name: quote', before: new RegExp(`^(${NAME})\\s*:\\s*$`, 'u') },
  // Biden on Ukraine: 'We are ready' · Kallas on sanctions: 'Time to act' (what the words are about between)
  { cue: 'Name on …: quote', before: new RegExp(`^(${NAME})\\s+(?:on|about|over)\\s+[^:'"‘’“”]{1,40}:\\s*$`, 'u') },
  // 'Time to act': EU's Kallas · 'We stay' – Ruto · China 'attaches importance' to US hopes: Wang Yi · 'Time to
  // act': Kallas warns on Russia (a speech verb and its words may follow the name, or a word for how the words were
  // said: 'We will not back down': Zelensky defiant)
  { cue: 'quote: Name', after: new RegExp(`^(?:\\s*[:–—-]|[^:'"‘’“”]{0,80}:)\\s*(${NAME})(?:\\s+(?:${VERB}|${STANCE_WORDS})\\b[^:'"‘’“”]{0,60})?\\s*$`, 'u') },
  // 'Time to act': Kallas on Russia · 'We are on a clear path': Blinken after Geneva talks (a topic, a place or an
  // occasion after the name; weak, as "'Chaos': Protests in Paris" names no one)
  { cue: 'quote: Name on …', after: new RegExp(`^\\s*:\\s*(${NAME})\\s+(?:on|after|at|in|before|during|amid|over)\\b[^:'"‘’“”]{0,60}$`, 'u') },
  // 'I never planned to be a politician': an interview with Mayor Karen Bass (the one interviewed says the title's words)
  { cue: 'quote: interview with Name', after: new RegExp(`^\\s*[:–—-]\\s*(?:[Aa]n?\\s+)?(?:[Ii]nterview|[Cc]onversation)\\s+with\\s+(?:[\\p{Ll}'’-]+\\s+){0,3}(${NAME})\\s*$`, 'u') },
  // Deal 'a betrayal', says Opoku
  // (Not a name that is a word of a description, a lower-case word after it: "…, says Ghana opposition" is no
  // government's; "says Ruto in Nairobi" is Ruto's.)
  { cue: 'quote, says Name', after: new RegExp(`^\\s*,?\\s*${VERB}\\s+(${NAME})\\b(?!\\s+(?!(?:on|in|at|after|over|as|amid|before|about|to|for|of|and)\\b)\\p{Ll})`, 'u') },
  // Talks 'extremely positive', says Irish minister: a post in lower case, which the same words below give a speaker
  { cue: 'quote, says post', after: new RegExp(`^\\s*,?\\s*${VERB}\\s+((?:\\p{Lu}[\\p{L}-]*\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)\\s*$`, 'u') },
  // Winner was a 'lucky goal' despite the assist, says Wolfsburg boss Dieter Hecking: "says" (or "claims", "warns" …)
  // and a name, maybe after a role, closing the headline
  { cue: 'quote … says Name', after: new RegExp(`^[^:;'"‘’“”]{0,80}?,?\\s+(?:said|${PRESENT_VERB})\\s+(?:[\\p{L}'’.-]+\\s+){0,3}?(${NAME})\\s*$`, 'u') },
  // 'No breakthrough' in Geneva, Lavrov admits · Talks 'useful', Blinken says: a name and its verb closing the headline
  { cue: 'quote, Name says', after: new RegExp(`^[^:;'"‘’“”,]{0,60},\\s*(${NAME})\\s+${VERB}\\s*$`, 'u') },
  // 'We are ready'; Ruto greets envoys
  { cue: 'quote; Name verb', after: new RegExp(`^\\s*;\\s*(${NAME})\\s+\\p{Ll}+`, 'u') },
  // Sharma 'deeply frustrated' by delay · Biden 'confident' of a deal: the words of the one named right before them
  { cue: 'Name quote', before: new RegExp(`^(${NAME})\\s+$`, 'u') },
  // Flick hails 'perfect night' · Ruto says 'we stay'
  { cue: 'Name verb quote', before: new RegExp(`^(${NAME})\\s+${VERB}\\b[^'"‘“]{0,40}$`, 'u') },
  // Wang Yi meets Blinken in Munich, urges 'dialogue': a second verb of the same subject, after a comma
  { cue: 'Name verb …, verb quote', before: new RegExp(`^(${NAME})\\s+\\p{Ll}+\\b[^'"‘“,;:]{0,60},\\s*${VERB}\\b[^'"‘“]{0,40}$`, 'u') },
  // Host president hails 'tough' deal · PM vows 'no return': a role for the one person the article gives it
  { cue: 'Role verb quote', before: new RegExp(`^((?:[\\p{L}'’.-]+\\s+){0,2}[\\p{L}'’.-]+)\\s+${VERB}\\b[^'"‘“]{0,40}$`, 'u') },
];

const DONE_TO = /\b(?:(?:accused|critici[sz]ed|blamed|branded|labell?ed|attacked|slammed|mocked|condemned|called)\s+(?:of|for|by|over|as)|(?:urged|told|warned|asked|pressed)\s+(?:to|by))\b[^'"‘“]{0,40}$/;

/** A live page's or a section's rubric before a headline: "Ukraine war live: ", "Analysis: ". */
const RUBRIC = /^\s*([^:'"‘“”]{1,40}):\s+/u;
/** A name and a colon opening the headline, words before the quote (see headlineQuotes: only a person the article names). */
const NAME_COLON_WORDS = new RegExp(`^[\\s•·*–-]*(${NAME})\\s*:\\s+[^'"‘“:]{1,80}$`, 'u');

/** A second clause before the words, with its own subject: "Abiy defends dam talks as Egypt warns of 'red line'". */
const LATER_CLAUSE = /\s(?:as|while|after|when|but|amid|because|since|though)\s+(?=\p{Lu}[^'"‘“]{0,60}$)/u;

function speakerName(before: string, after: string): { name: string; cue: string } | null {
  // (The words are the later clause's subject's, if anyone's.)
  const clause = LATER_CLAUSE.exec(before);
  if (clause) return speakerName(before.slice(clause.index + clause[0].length), after);
  for (const f of FRAMES) {
    const m = f.before ? f.before.exec(before) : f.after!.exec(after);
    // ("… BLASTS HER SCOOTER BRAUN 'BULLYING' CLAIMS": a headline in capitals is all one run; only a short name in
    // ordinary case stands right before its words.)
    if (m && f.cue === 'Name quote' && (!/\p{Ll}/u.test(m[1]!) || m[1]!.split(/\s+/).length > 4)) continue;
    // ("PM accused of 'running scared'", "Minister criticised for 'gaffe'": a headline's passive, whose subject is the
    // one spoken of, not the one speaking.)
    if (m && f.before && DONE_TO.test(before)) return null;
    if (m && f.cue === 'quote, says post' && !ROLE_NOUNS.has(m[1]!.split(/\s+/).at(-1)!)) continue;
    if (m) return { name: m[1]!, cue: f.cue };
  }
  return null;
}

/** The person among the article's people a headline name means: "EU's Kallas" → Kaja Kallas. */
function personNamed(name: string, people: readonly LocalPerson[]): string | null {
  const words = name.replace(/^.*['’]s\s+/u, '').split(/\s+/);
  const last = words.at(-1)!.toLowerCase();
  const full = words.join(' ').toLowerCase();
  const found = people.filter(
    (p) =>
      p.last.toLowerCase() === last ||
      p.names.some((n) => n.toLowerCase() === full) ||
      p.aliases.some((a) => a.toLowerCase() === full) ||
      // ("WHO's Tedros": a given name alone, for names whose short form it is.)
      (words.length === 1 && p.type === 'person' && p.names.some((n) => n.split(/\s+/)[0]!.toLowerCase() === last)),
  );
  return found.length === 1 ? found[0]!.key : null;
}

/** "Host president hails …", "PM vows …": a role word ending the name, for the one person the article introduced with it. */
function roleNamed(name: string, people: readonly LocalPerson[], text: string): string | null {
  const head = name.split(/\s+/).at(-1)!.toLowerCase();
  if (!ROLE_NOUNS.has(head) && head !== 'pm') return null;
  // ("…, says Irish minister": a nationality with the post must be the one's, not the US secretary of state's.)
  const nationality = name.split(/\s+/).find((w) => DEMONYMS.has(w));
  const another = (p: LocalPerson) => (p.nationality !== null && p.nationality !== nationality) || p.roles.some((r) => /\b(?:US|UK|EU)\b/.test(r) || r.split(/\s+/).some((w) => DEMONYMS.has(w) && w !== nationality));
  const found = people.filter((p) => p.type === 'person' && p.roles.length > 0 && licenses(head, p.roles.join(' ')) && (!nationality || !another(p)));
  if (found.length === 1) return found[0]!.key;
  // ("Danish PM: 'We are not for sale'" over "Greenland's Prime Minister Jens-Frederik Nielsen and Danish Prime Minister
  // Mette Frederiksen": of several holding the post, the one whose name the body writes after that country's word.)
  const qualifier = name.split(/\s+/).slice(0, -1).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)).at(-1);
  const introducedSo = (p: LocalPerson) => p.names.some((n) => new RegExp(`(?<![\\p{L}])${qualifier}(?:['’]s)?\\s+(?:\\p{Lu}[\\p{L}-]*\\s+){1,3}${escapeRegExp(n)}`, 'u').test(text));
  const qualified = qualifier ? found.filter(introducedSo) : [];
  return qualified.length === 1 ? qualified[0]!.key : null;
}

/** "Deal 'a betrayal', says Ghana": a country or a capital a headline gives the words to is its government. */
function governmentNamed(name: string, people: LocalPerson[], byKey: Map<string, LocalPerson>): string | null {
  const government = governmentOf(name);
  if (!government) return null;
  const org = organisationOf(government.key, government.name, people, byKey);
  if (!org.aliases.includes(name)) org.aliases.push(name);
  return org.key;
}

const fold = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
/** A quote's own words, without a quote inside it: "you have not fixed the 'Giuliani problem'" coins no "Giuliani problem". */
const ownWords = (s: string) => fold(s.replace(/(?<![\p{L}\p{N}])['‘][^'‘’"“”]+['’](?![\p{L}\p{N}])/gu, ' '));

/**
 * The speaker of the quote below that shares the longest run of words (three or more) with a headline quote; or, for one
 * or two words after a colon or a post (`exact`), the one speaker of the same words below.
 */
function echoSpeaker(quote: string, text: string, body: readonly { span: QuoteSpan; speakerKey: string | null }[], exact = false, least = 3): string | null {
  const words = fold(quote);
  // (Two words only after a title's colon, when a quote below says just those: "Briefing 12 May: "Stay home"" over 'told
  // people to "stay home"'; "Storm leaves town "cut off"" is a scare quote, whoever says it below.)
  if (words.length <= 2 && exact) {
    const same = new Set(body.filter((b) => b.speakerKey && ownWords(text.slice(b.span.start, b.span.end)).join(' ') === words.join(' ')).map((b) => b.speakerKey));
    return same.size === 1 ? [...same][0]! : null;
  }
  if (words.length < 3) return null;
  let best = { run: least - 1, key: null as string | null, tie: false };
  for (const b of body) {
    if (!b.speakerKey) continue;
    const run = longestRun(words, ownWords(text.slice(b.span.start, b.span.end)));
    if (run > best.run) best = { run, key: b.speakerKey, tie: false };
    else if (run === best.run && b.speakerKey !== best.key) best.tie = true;
  }
  return best.tie ? null : best.key;
}

/** The length of the longest run of words two lists share. */
function longestRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = b.length; j >= 1; j--) {
      prev[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : 0;
      if (prev[j]! > best) best = prev[j]!;
    }
  }
  return best;
}
