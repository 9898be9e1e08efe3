import type { Section } from '../model.js';
import { DEMONYMS, NOT_NAMES, ORG_HEADS, PLACES, ROLE_NOUNS, TITLE_WORDS } from './lexicon.js';
import type { LocalPerson, Mention } from './mentions.js';
import { nameShape, personKey, titleCase } from './names.js';
import { escapeRegExp } from '../util/regexp.js';

/** Who speaks in a transcript's turns: the person a label names, and the one who answers in a Q/A interview. */

/** The person a transcript label names: one this article already knows by that surname, else a new one. */
export function turnSpeaker(name: string, people: LocalPerson[], byKey: Map<string, LocalPerson>): string {
  const want = name.toLowerCase();
  const known = people.find((p) => p.type === 'person' && (p.last.toLowerCase() === want || p.names.some((n) => n.toLowerCase() === want || n.toLowerCase().endsWith(` ${want}`))));
  if (known) return known.key;
  // ("Maya:" under "host Maya Lindqvist": a label's one word that opens one full name the page gave.)
  const opened = want.includes(' ') ? [] : people.filter((p) => p.type === 'person' && p.names.some((n) => n.toLowerCase().startsWith(`${want} `)));
  if (opened.length === 1) return opened[0]!.key;
  const shape = nameShape(name);
  // ("Mr. SATO Kenji, Minister …:" over a record that says "Minister Sato" elsewhere: the label gives the full name.)
  const bySurname = shape.first ? people.find((p) => p.type === 'person' && p.names.length === 0 && p.last.toLowerCase() === shape.last.toLowerCase()) : undefined;
  if (bySurname) {
    bySurname.first = shape.first;
    bySurname.names.push(name);
    return bySurname.key;
  }
  const key = personKey(shape.last);
  const p: LocalPerson = byKey.get(key) ?? { key, type: 'person', first: shape.first, last: shape.last, names: shape.first ? [name] : [], aliases: [], roles: [], nationality: null };
  if (!byKey.has(key)) {
    people.push(p);
    byKey.set(key, p);
  }
  return key;
}

/** A capitalised name of one to four words, the last no initial. */
const NAME_RUN = "((?:\\p{Lu}(?:[\\p{L}'’-]+|\\.)[ \\t]+){0,3}\\p{Lu}[\\p{L}'’-]+)";
/** Title words that make another post of the one after them: a vice-president is not "THE PRESIDENT:". */
const OTHER_POST = /(?:Vice|Deputy|Former|Ex|Assistant|Under|Associate|Shadow)[ \t-]+$/i;

/**
 * The one name the page gives the holder of a label's post: "THE PRESIDENT:" under "Remarks by President Biden and
 * Prime Minister Kishida" is Biden; "Spokesperson:" after "Rosa Lind, Spokesperson for the Secretary-General" is Lind.
 * The title is asked first, then the whole text; two holders (President Biden and President Macron) give none.
 */
export function postHolder(post: string, title: string, text: string): string | null {
  // (Each word as a title or a sentence writes it: "President", "president".)
  const words = post
    .split(' ')
    .map((w) => w.split('-').map((part) => `[${part[0]!.toUpperCase()}${part[0]!.toLowerCase()}]${escapeRegExp(part.slice(1).toLowerCase())}`).join('[ -]'))
    .join('[ \\t]+');
  // "President Biden", "Secretary of State Antony Blinken", "Minister of Foreign Affairs Petra Kovacs"; and
  // "Rosa Lind, Spokesperson for …", "Rosa Lind, the spokesperson".
  const after = new RegExp(`(?<![\\p{L}])${words}(?:[ \\t]+(?:of|for)(?:[ \\t]+the)?(?:[ \\t]+\\p{Lu}[\\p{L}-]+){1,3})?,?[ \\t]+${NAME_RUN}`, 'gu');
  const before = new RegExp(`${NAME_RUN},[ \\t]+(?:the[ \\t]+)?${words}(?![\\p{L}])`, 'gu');
  // Each holder by surname, with the longest name the page gives them.
  const holders = (where: string) => {
    const found = new Map<string, string>();
    const add = (name: string | null) => {
      const last = name?.split(' ').at(-1);
      if (name && last && (found.get(last)?.length ?? 0) < name.length) found.set(last, name);
    };
    for (const m of where.matchAll(after)) if (!OTHER_POST.test(where.slice(Math.max(0, m.index! - 12), m.index))) add(personWords(m[1]!));
    for (const m of where.matchAll(before)) add(personWords(m[1]!));
    return found;
  };
  for (const where of [title, text]) {
    const found = holders(where);
    if (found.size) return found.size === 1 ? [...found.values()][0]! : null;
  }
  return null;
}

/** The words of a run that can be a person's name: those after its last title word, none a name's stop word. */
function personWords(run: string): string | null {
  // ("Minister X's statement": the name without its possessive.)
  const name = withoutTitleWords(run.replace(/['’]s$/, ''))?.split(/\s+/);
  // ("… Kishida of Japan": a name ends at a lower-case word, which the run never holds.)
  if (!name || name.some((w) => NOT_NAMES.has(w) || DEMONYMS.has(w) || PLACES.has(w))) return null;
  return name.join(' ');
}

/** "…: an interview with Ama Owusu", "Q&A with …", "… talks to Ama Owusu": the one a title says is interviewed. */
// (A role or a possessor may stand before the name: "Q&A with coach Lena Park", "Interview with Spain's foreign minister …".)
// (With a particle: "Alberto van Klaveren".)
const INTERVIEWED = /\b(?:[Ii]nterview with|Q&A with|[Cc]onversation with|talks? to|speaks? to|meets?)\s+(?:(?:\p{Lu}[\p{L}'’-]+['’]s|the|[a-z][a-z-]+)\s+){0,4}((?:\p{Lu}[\p{L}'’-]+\s+(?:(?:van|von|de|der|den|da|del|della|di|du|dos|das|la|le|al|bin|ibn)\s+){0,2}){0,3}\p{Lu}[\p{L}'’-]+)/u;
/** "'The river is our memory' — Olga Tokarczuk on her new novel": a name right after a quote and a dash or a colon. */
const QUOTE_THEN_NAME = /['’"”]\s*[—–:-]\s*((?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+)(?:\s+on\b|\s*$)/u;
/** A name of two or three words opening a line or a sentence, then a verb: "Boudewijn Siemons has run …". */
const STANDFIRST_NAME = /(?:^|[.!?]\s+|\n\s*)((?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+)\s+(?:has|had|is|was|[a-z]{3,}ed|[a-z]{3,}s)\b/u;
/** Whether a word of a name-shaped run is a grammar or calendar word, a title, a body's head, a place or a people's. */
const namesNoOne = (run: string) => run.split(/\s+/).some((w) => NOT_NAMES.has(w) || TITLE_WORDS.has(w) || ORG_HEADS.has(w) || PLACES.has(w) || DEMONYMS.has(w));
/** "Marcelo Bielsa on the Brighton defeat, Phillips' injury and more": an interview's title, a full name on its topics. */
// (After a kicker, "Interview: Kaja Kallas on Russia …"; or the name and a colon, "Kaja Kallas: 'Russia is not …'".)
const NAME_ON = /^(?:(?:Interview|Q&A|Exclusive|In conversation)\s*[:|–—-]\s*)?((?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}\p{Lu}[\p{Ll}'’-]+)(?:\s+on\s+(?:the\s+|his\s+|her\s+)?\p{L}|:\s)/u;
/** "Spokesperson Hong Lei's Regular Press Conference": the one whose briefing, interview or remarks the title names. */
const BRIEFING_OF = /((?:\p{Lu}[\p{L}-]+\s+){0,4}\p{Lu}[\p{L}-]+)['’]s\s+(?:(?:regular|daily|weekly|joint|first|final|full|exclusive)\s+)*(?:press conference|news conference|press briefing|briefing|remarks|interview|speech|address)\b/iu;

/**
 * Who answers in a Q/A interview: the person the title names (as a mention, or after "an interview with"), else the
 * first person the article names.
 */
export function interviewee(text: string, sections: readonly Section[], mentions: readonly Mention[], people: LocalPerson[], byKey: Map<string, LocalPerson>): string | null {
  const title = sections.find((s) => s.kind === 'title');
  const isPerson = (m: Mention) => m.key && byKey.get(m.key)?.type === 'person';
  const inTitle = title ? mentions.find((m) => m.start >= title.start && m.end <= title.end && isPerson(m)) : undefined;
  if (inTitle) return inTitle.key;
  const titleText = title ? text.slice(title.start, title.end) : '';
  // (Not a possessor before a description: "a conversation with Rotterdam's port chief" names no one.)
  const onTopics = NAME_ON.exec(titleText)?.[1];
  const named =
    INTERVIEWED.exec(titleText)?.[1]?.replace(/^.*['’]s$/, '') ||
    withoutTitleWords(BRIEFING_OF.exec(titleText)?.[1]) ||
    QUOTE_THEN_NAME.exec(titleText)?.[1] ||
    (onTopics && !namesNoOne(onTopics) ? onTopics : undefined);
  if (named) return turnSpeaker(named, people, byKey);
  // ("Boudewijn Siemons has run the port since 2021. We spoke to him about …": a name opening the standfirst, acting,
  // with "him" or "her" after it, is the one the questions are put to.)
  const firstTurn = text.search(/\n[ \t]*(?:Q|Question)[:.]/);
  const standfirst = title && firstTurn > title.end ? text.slice(title.end, firstTurn) : '';
  const opening = STANDFIRST_NAME.exec(standfirst);
  if (opening && /\b(?:him|her)\b/.test(standfirst) && !namesNoOne(opening[1]!)) return turnSpeaker(opening[1]!, people, byKey);
  // (Not a questioner's label, "Jane Roe (City TV):": the one asking is not the one answering.)
  const label = (m: Mention) => /^[ \t]*(?:\([^()\n]{1,60}\))?[ \t]*:/.test(text.slice(m.end, m.end + 64)) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.start - 40), m.start));
  // (Nor the one the answerer "talks to", the interviewer: "The Nobel laureate talks to Ewa Nowak about …".)
  // (Nor the one examining: "Cross-examination of Martin Cole by prosecutor Ana Ruiz".)
  const asking = (m: Mention) =>
    /\b(?:talks?|talked|speaks?|spoke|spoken)\s+to\s+$|\binterviewed\s+by\s+$|\b(?:[Ee]xamination|[Qq]uestioning|[Ii]nterview|[Ee]xamined|[Qq]uestioned)\b[^.\n]{1,80}\bby\s+(?:(?:the\s+)?[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(Math.max(0, m.start - 120), m.start));
  // (Only one named before the questions start: "Orbán told me himself" in an answer is not the one answering.)
  const afterTitle = title?.end ?? 0;
  const question = text.slice(afterTitle).search(/\?[ \t]*(?:\n|$)/);
  const questions = firstTurn > 0 ? firstTurn : question < 0 ? text.length : afterTitle + question;
  const first = mentions.find((m) => isPerson(m) && !label(m));
  return first && !asking(first) && first.start < questions ? first.key : null;
}

/** A name without the title and body words before it: "Foreign Ministry Spokesperson Hong Lei" → "Hong Lei". */
function withoutTitleWords(words: string | undefined): string | undefined {
  const tokens = words?.split(/\s+/) ?? [];
  let from = tokens.length;
  while (from > 0 && !TITLE_WORDS.has(tokens[from - 1]!) && !ORG_HEADS.has(tokens[from - 1]!)) from--;
  return from < tokens.length ? tokens.slice(from).join(' ') : undefined;
}

/**
 * "Press Briefing by Press Secretary Dana Okafor" over turns labelled "MS. OKAFOR:": a person the body knows only by
 * the surname takes the given name the title writes before it, so that she is not the Tomas Okafor of another
 * article. (Only a capitalised word that is no title, place-like word or other name part: "President Okafor" gives none.)
 */
export function givenNamesFromTitle(title: string, people: readonly LocalPerson[]): void {
  // ("PRESS BRIEFING BY PRESS SECRETARY KARINE JEAN-PIERRE" over "MS. JEAN-PIERRE:": a title in capitals names in capitals.)
  const capitals = !/\p{Ll}/u.test(title);
  for (const p of people) {
    // ("FOREIGN MINISTER BARTH EIDE:" under "Remarks by Foreign Minister Espen Barth Eide": a label's two words are the
    // end of the title's longer name, whose first word is the given name.)
    const written = p.names.length === 1 && p.names[0]!.includes(' ') ? p.names[0]! : null;
    const known = written ?? p.last;
    const last = capitals ? known.toUpperCase() : known;
    if (p.type !== 'person' || (p.first && !written) || (p.names.length && !written) || !title.includes(last)) continue;
    const givenWord = capitals ? "\\p{Lu}{2,}[\\p{Lu}'’-]*" : "\\p{Lu}\\p{Ll}[\\p{L}'’-]*";
    const m = new RegExp(`(?<![\\p{L}'’.-])(${givenWord})[ \\t]+${escapeRegExp(last)}(?![\\p{L}'’-])`, 'u').exec(title);
    const given = m && (capitals ? titleCase(m[1]!) : m[1]);
    if (!given || TITLE_WORDS.has(given) || NOT_NAMES.has(given) || DEMONYMS.has(given) || ORG_HEADS.has(given) || /['’]s$/.test(given)) continue;
    // (Before a name written in full, a headline's role noun is no given name: "Novelist Edmund Hale dies".)
    if (written && (ROLE_NOUNS.has(given.toLowerCase()) || /(?:ist|ian)$/.test(given))) continue;
    p.first = given;
    if (written) p.names.unshift(`${given} ${written}`);
    else p.names.push(`${given} ${p.last}`);
  }
}
