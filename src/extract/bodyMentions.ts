import { COMPANY_HEADS, DESCRIBED, DESCRIPTION, ledeDescription, NAME_WORD_HEADS, ORGANISATION_HEADS, SPEAKING_HEADS } from './descriptions.js';
import { orgKey } from './names.js';
import { CALENDAR_NAMES, DEMONYMS, NOT_NAMES, POSTNOMINALS, ROLE_NOUNS, TITLE_CASE_ACRONYMS, TITLE_WORDS } from './lexicon.js';
import { matchesOf } from './matches.js';
import { ANONYMOUS, type Candidate } from './mentions.js';
import { AGE_DESCRIPTION, AGED_DESCRIPTION, ANONYMOUS_SOURCE, ARMED, BODY_HEAD_WORDS, BODY_SPEAKS_AFTER, CAPITAL_GOVERNMENTS, capitalsSpeaking, governmentOf, HEAD_OF_MINISTRY, indefiniteSources, IT_SAID, NAT, NATIONAL_BODY, nationalBody, ORGANISATIONS, PRONOUN, PRONOUN_SOURCE, SPEECH, SPEECH_WIDE, THEY_SAID } from './personPatterns.js';
import { titleCaseRole } from './peopleParts.js';
import { POST_OF_BEFORE_NAME } from './tagGaps.js';

/**
 * The mentions findPeople takes from a paragraph besides people's names: bodies known by name, and the words that
 * stand for someone named elsewhere (descriptions, nationalities, ages, unnamed sources, pronouns), for the resolvers.
 */


const CALENDAR_WORD = new RegExp(`^(?:${CALENDAR_NAMES}|Today|Yesterday|Tomorrow)$`);

/**
 * "the German said", "the Brazilian told", "the Kentucky Republican added": a nationality or a party as a noun, maybe
 * after a place, before a speech verb (four have their own pass; a plural, "the Democrats said", is a group).
 */
const DEMONYM_SPEAKING = new RegExp(
  `\\b[Tt]he (?:\\p{Lu}\\p{Ll}+ (?:\\p{Lu}\\p{Ll}+ )?)?(${[...DEMONYMS].filter((d) => !/^(?:American|Russian|Ukrainian|British)$|[^s]s$/.test(d)).join('|')})(?= (?:[a-z]+ly )?(?:${SPEECH})\\b)`,
  'gu',
);

/**
 * "…," the economist said: a role noun with no licences of its own, right before a speech verb (see SPEAKING_HEADS).
 * (Any word in the pattern, the set tells which: an alternation of three hundred nouns was slow at every "the".)
 */
// (With capitals too, as a title is written: "The Health Secretary said".)
const ROLE_SPEAKING = new RegExp(`\\b[Tt]he\\s+((?:[\\p{L}\\d][\\p{L}\\d'’-]*\\s+){0,2}?)(\\p{L}[\\p{Ll}-]*)(?= (?:[a-z]+ly )?(?:${SPEECH_WIDE})\\b)`, 'gu');

/**
 * "Despite the lack of roles, the actress was not looking …": a role noun with no licences of its own as the subject
 * opening a sentence (after an opening phrase, if any), before its verb; a "she said" later in the sentence is hers.
 * (The sentence's opening is looked behind, so only "the" is searched for.)
 */
const ROLE_OPENING = /(?<=(?:^|[.!?]["”’]?\s+)(?:\p{Lu}[^.;:"“”,]{0,80},\s+)?)[Tt]he\s+((?:[\p{L}\d][\p{L}\d'’-]*\s+){0,2}?)(\p{Ll}[\p{Ll}-]*)(?=\s+(?:was|is|had|has|would|could|[a-z]{2,}ed)\b)/gu;

/** "…," said the Italian: a nationality as a noun right after a speech verb, ending the clause (not "said the Chinese premier"). */
const DEMONYM_AFTER_SPEECH = new RegExp(
  `\\b(?:said|says|added|adds|told|insisted|explained)\\s(the (${[...DEMONYMS].filter((d) => !/[^s]s$/.test(d)).join('|')}))(?=[.,;!?]|$)`,
  'gu',
);

/**
 * A body known by its letters or by "the" and its name, speaking: "FIFA said", "Hamas said in a statement", "the WHO
 * warned", "The Taliban said", "The United Nations said". People are not written with "the" before their names, nor
 * in capitals: titles, nationalities, calendar words and names' stop words are left to their own passes.
 */
const BODY_SPEAKING = new RegExp(
  `(?<![\\p{L}\\p{N}'’.-])(?:(?:[Tt]he\\s+)?((?:${[...TITLE_CASE_ACRONYMS].join('|')})|\\p{Lu}{2,6})|[Tt]he\\s+((?:\\p{Lu}[\\p{Ll}'’-]+\\s+){0,2}\\p{Lu}[\\p{Ll}'’-]+))` +
    `(?=\\s+(?:(?:has|have|had|also|later|again)\\s+)?(?:${SPEECH})\\b)`,
  'gu',
);

/** The name a body speaking (BODY_SPEAKING) goes by, or null when its words are no body's. */
function speakingBody(m: RegExpMatchArray): string | null {
  const name = m[1] ?? m[2]!;
  const words = name.split(/\s+/);
  // ("US", "UK", "EU" are governments and listed bodies, read by their own passes; "The President said", "The German
  // said", "The Monday said", "The Rock said" are a title, a nationality, a day, a stage name.)
  // ("Simon Treadwell KC had told": a senior lawyer's letters after a name, no body.)
  if (m[1] && (CAPITAL_GOVERNMENTS.has(name) || POSTNOMINALS.test(name) || ORGANISATIONS.some((o) => o.pattern.source.includes(name)))) return null;
  if (words.some((w) => TITLE_WORDS.has(w) || DEMONYMS.has(w) || NOT_NAMES.has(w) || CALENDAR_WORD.test(w) || ROLE_NOUNS.has(w.toLowerCase()))) return null;
  return name;
}

/** An opening phrase of place or time, closed by its comma, at a sentence's start. */
const OPENING_PHRASE = /(?:^|[.!?]["”’]?\s+|\n)\s*(?:In|At|On|After|Before|During|Outside|Inside|Later|Earlier)\s[^,;:"“”.!?\n]{0,80},\s*$/;

/**
 * Bodies in a paragraph at `offset`: capitals speaking for their governments and countries' bodies (added to
 * `openOrgs`), the listed bodies, companies the article showed to be ones, and acronyms given in brackets after a
 * body's name.
 */
export function bodyMentions(
  chunk: string,
  offset: number,
  openOrgs: Map<string, string>,
  companyKeys: ReadonlyMap<string, string>,
  acronyms: ReadonlyMap<string, string>,
  /** The surnames of the people named here: "Col. Christopher L. Paris … Paris said" is he, not France. */
  surnames: ReadonlySet<string> = new Set(),
): Candidate[] {
  const out: Candidate[] = [];
  for (const { place, index } of capitalsSpeaking(chunk)) {
    if (surnames.has(place)) continue;
    const { key, name } = governmentOf(place)!;
    if (!openOrgs.has(key)) openOrgs.set(key, name);
    const at = offset + index;
    out.push({ start: at, end: at + place.length, kind: 'org', key, text: place, priority: 5 });
  }
  for (const m of BODY_HEAD_WORDS.test(chunk) ? matchesOf(NATIONAL_BODY, chunk) : []) {
    if (ARMED.test(m[3]!) && !BODY_SPEAKS_AFTER.test(chunk.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
    const { key, name } = nationalBody(m);
    if (!openOrgs.has(key)) openOrgs.set(key, name);
    const at = offset + m.index!;
    // (Before a description's reading of the same words, which would look for the body among those named.)
    out.push({ start: at, end: at + m[0].length, kind: 'org', key, text: m[0], priority: 3.5 });
  }
  for (const m of chunk.matchAll(BODY_SPEAKING)) {
    const name = speakingBody(m);
    if (!name) continue;
    const key = orgKey(name);
    if (!openOrgs.has(key)) openOrgs.set(key, name);
    const at = offset + m.index! + m[0].length - name.length;
    // (After a person's short forms: "Ana María Ruiz Soto (AMRS)" … "AMRS said" is hers.)
    out.push({ start: at, end: at + name.length, kind: 'org', key, text: name, priority: 6.5 });
  }
  for (const org of ORGANISATIONS) {
    org.pattern.lastIndex = 0;
    for (let m = org.pattern.exec(chunk); m; m = org.pattern.exec(chunk)) {
      const at = offset + m.index;
      out.push({ start: at, end: at + m[0].length, kind: 'org', key: org.key, text: m[0], priority: 5 });
    }
  }
  for (const [name, key] of companyKeys) {
    for (const m of chunk.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}]| \\p{Lu})`, 'gu'))) {
      const at = offset + m.index!;
      out.push({ start: at, end: at + name.length, kind: 'org', key, text: name, priority: 5 });
    }
  }
  for (const [acronym, key] of acronyms) {
    // ("DHS Office of Inspector General": before a capitalised word the letters open another body's name.)
    for (const m of chunk.matchAll(new RegExp(`(?<![(\\w])(?:[Tt]he\\s+)?${acronym}\\b(?!\\)| [A-Z])`, 'g'))) {
      const at = offset + m.index!;
      out.push({ start: at, end: at + m[0].length, kind: 'org', key, text: m[0], priority: 5 });
    }
  }
  return out;
}

/**
 * The acronyms that stand for a body named `name`: "the National Security Council (NSC)", the letters in brackets
 * right after it (`after`); "the Drug Enforcement Administration" … "the DEA says", the initials of its capitalised
 * words, three or more, where the text writes them alone.
 */
export function acronymsOf(name: string, after: string, text: string): string[] {
  const out: string[] = [];
  const bracketed = /^\s*\(([A-Z]{2,6})\)/.exec(after)?.[1];
  // (Or a translated name's, whose letters are the original's: "the National Liberation Army (ELN)"; not a country's
  // or an agency's credit.)
  const translated = bracketed && name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).length >= 2 && !/^(?:US|UK|EU|UN|AFP|AP|UPI|EFE|DPA|ANSA|TASS|IANS|PTI)$/.test(bracketed);
  if (bracketed && (bracketed[0] === name.replace(/^(?:The|the)\s+/, '')[0] || translated)) out.push(bracketed);
  const initials = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && w !== 'The').map((w) => w[0]).join('');
  if (initials.length >= 3 && initials.length <= 6 && text.includes(initials) && new RegExp(`\\b${initials}\\b`).test(text)) out.push(initials);
  return out;
}

const HEAD_OF = new RegExp(`\\b[Tt]he head of the (${[...DEMONYMS].join('|')}) (government|state)\\b`, 'g');

/** A body's post in the possessive, right before a verb of saying: "Boeing's chief executive said", "Nvidia's boss told". */
const BODYS_POST_SPEAKING = new RegExp(
  `(?<![\\p{L}'’.-]\\s?)(\\p{Lu}[\\p{L}&-]*)['’]s\\s+((?:chief|top|new|former)\\s+)?(executive|CEO|boss|chairman|chairwoman|founder|spokesman|spokeswoman|spokesperson|president)(?=\\s+(?:${SPEECH})\\b)`,
  'gu',
);

/**
 * A country's post in the possessive, right before or after a verb of saying: "…, Ireland's foreign affairs minister has said",
 * read as "the Irish foreign affairs minister" (the title pass reads the few countries it lists: "Russia's").
 */
const COUNTRYS_POST_SPEAKING = new RegExp(
  `(?<![\\p{L}'’.-]\\s?)(\\p{Lu}\\p{L}+)['’]s\\s+((?:[a-z-]+\\s+){0,2}?)(minister|president|premier|chancellor|leader|ambassador|envoy|diplomat)(?=\\s+(?:has\\s+|had\\s+)?(?:${SPEECH})\\b)` +
    // (Or right after one, closing the clause: '"…," said Chile's top diplomat.')
    `|(?<=\\b(?:said|says|added|adds|told|insisted|explained|warned|stressed|argued)\\s)(\\p{Lu}\\p{L}+)['’]s\\s+((?:[a-z-]+\\s+){0,2}?)(minister|president|premier|chancellor|leader|ambassador|envoy|diplomat)(?=\\s*[.,;!?]|$)`,
  'gu',
);

/** A sentence opened by a participle's clause, up to its comma: "Speaking in a telephone conversation with X, ", "Asked whether Russia …, ". */
const OPENING_PARTICIPLE = /(?:^|[.!?]["”’]?\s+)(?:Speaking|Addressing|Responding|Talking|Writing|Reacting|Commenting|Answering|Replying|Asked|Pressed|Questioned)\b[^.;:"“”]{0,200},\s*$/;

/** Words in a paragraph at `offset` that stand for someone: the resolvers give them a key once the people are known. */
export function describedMentions(chunk: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  // "the American mentioned": a nationality standing for the person, only right before a cue verb.
  for (const m of chunk.matchAll(/\b[Tt]he (American|Russian|Ukrainian|British)(?= (?:said|says|mentioned|added|told|noted)\b)/g)) {
    const at = offset + m.index!;
    out.push({ start: at, end: at + m[0].length, kind: 'anaphor', key: null, text: `${NAT.get(m[1]!.toLowerCase())}|`, priority: 4 });
  }
  // "…," the German said: any other nationality standing for someone, right before a speech verb (see resolveDescriptions).
  for (const m of matchesOf(DEMONYM_SPEAKING, chunk)) {
    const at = offset + m.index!;
    out.push({ start: at, end: at + m[0].length, kind: 'anaphor', key: null, text: `${DESCRIBED}${m[1]!.toLowerCase()}|`, priority: 4.5 });
  }
  for (const m of matchesOf(DEMONYM_AFTER_SPEECH, chunk)) {
    const at = offset + m.index! + m[0].length - m[1]!.length;
    out.push({ start: at, end: at + m[1]!.length, kind: 'anaphor', key: null, text: `${DESCRIBED}${m[2]!.toLowerCase()}|`, priority: 4.5 });
  }
  // "the head of the Vietnamese government", a translation's way of saying its prime minister (the head of state: its president).
  for (const m of chunk.includes('head of the ') ? chunk.matchAll(HEAD_OF) : []) {
    const at = offset + m.index!;
    out.push({ start: at, end: at + m[0].length, kind: 'anaphor', key: null, text: `${DESCRIBED}head of ${m[2]!}|${m[1]!}`, priority: 4.4 });
  }
  for (const m of matchesOf(DESCRIPTION, chunk)) {
    // After a name and a comma it is an apposition ("Maria Zakharova, the ministry's spokeswoman, said"): the name's,
    // not a speaker. After an opening clause ("Asked about it, the Dutch leader shrugged") it is the subject.
    // (A day or a month before the comma is no name: "On Tuesday, the company said".)
    // (Nor an opening word or a place a clause was "in" or "on": "Later, the Argentine president …", "In a post on X, …".)
    const beforeComma = /(?<!\b(?:[Ii]n|[Oo]n|[Aa]t|[Ff]rom|[Tt]o|[Ww]ith|[Bb]y|[Vv]ia|[Aa]fter|[Bb]efore|[Dd]uring)\s+)(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’.-]*),\s*$/u.exec(chunk.slice(Math.max(0, m.index! - 40), m.index!))?.[1];
    // (Unless the comma closes an opening clause whose subject the description is: "Speaking in a call with his Qatari
    // counterpart Sheikh Mohammed Al Thani, the top Iranian diplomat said".)
    if (beforeComma && !CALENDAR_WORD.test(beforeComma) && !NOT_NAMES.has(beforeComma) && !OPENING_PARTICIPLE.test(chunk.slice(0, m.index!))) continue;
    // "The IG Metall union" names a body: the open pass reads it as an organisation.
    // (Copy names a company without "the" and "company": "the San Francisco company" is a description; see findOpenNames.)
    // ("The Green Party" too: a capital on a name's last word, "Party", "Association", makes it a name.)
    if (ORGANISATION_HEADS.has(m[2]!.toLowerCase()) && !COMPANY_HEADS.has(m[2]!) && m[1]!.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !DEMONYMS.has(w))) continue;
    if (NAME_WORD_HEADS.has(m[2]!.toLowerCase()) && /^\p{Lu}/u.test(m[2]!)) continue;
    // ("the Governor said" is one; "NASA's Office of the Inspector General" a body's name, and "the Prime Minister of
    // Spain Pedro Sanchez" a post before a name.)
    const capital = /^\p{Lu}/u.test(m[2]!);
    if (capital && /\b(?:of|for)\s+$/.test(chunk.slice(Math.max(0, m.index! - 5), m.index!))) continue;
    if (capital && POST_OF_BEFORE_NAME.test(chunk.slice(m.index! + m[0].length, m.index! + m[0].length + 80))) continue;
    const at = offset + m.index!;
    out.push({ start: at, end: at + m[0].length, kind: 'anaphor', key: null, text: `${DESCRIBED}${m[2]!}|${m[1]!.trim()}`, priority: 4.5 });
  }
  const lede = ledeDescription(chunk);
  if (lede) out.push({ start: offset + lede.at, end: offset + lede.end, kind: 'anaphor', key: null, text: `${DESCRIBED}${lede.head}|${lede.modifiers}|lede`, priority: 4.5 });
  // ("Boeing's chief executive said Tuesday": a body's post, with no "the", speaking; read as "the Boeing chief executive".
  // Not a country's, which the title pass reads; a person's, "Biden's spokesman said", is someone resolveDescriptions
  // finds no introduction for, so no one.)
  for (const m of chunk.includes("'s ") || chunk.includes('’s ') ? matchesOf(BODYS_POST_SPEAKING, chunk) : []) {
    if (DEMONYMS.has(m[1]!) || NAT.has(`${m[1]!.toLowerCase()}'s`)) continue;
    const at = offset + m.index!;
    out.push({ start: at, end: at + m[0].length, kind: 'anaphor', key: null, text: `${DESCRIBED}${m[3]!}|${m[1]!}${m[2] ? ` ${m[2].trim()}` : ''}`, priority: 4.5 });
  }
  for (const m of chunk.includes("'s ") || chunk.includes('’s ') ? matchesOf(COUNTRYS_POST_SPEAKING, chunk) : []) {
    const [country, words, post] = m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!];
    const adjective = CAPITAL_GOVERNMENTS.get(country);
    if (!adjective || NAT.has(`${country.toLowerCase()}'s`)) continue;
    const at = offset + m.index!;
    out.push({ start: at, end: at + m[0].length, kind: 'anaphor', key: null, text: `${DESCRIBED}${post}|${adjective} ${words}`.trim(), priority: 4.5 });
  }
  // (Before the description "the police" in "the police officer said".)
  for (const m of matchesOf(ROLE_SPEAKING, chunk)) {
    const head = m[2]!.toLowerCase();
    if (!SPEAKING_HEADS.has(head)) continue;
    const at = offset + m.index!;
    out.push({ start: at, end: at + m[0].length, kind: 'anaphor', key: null, text: `${DESCRIBED}${head}|${m[1]!.trim()}`, priority: 4.4 });
  }
  for (const m of matchesOf(ROLE_OPENING, chunk)) {
    if (!SPEAKING_HEADS.has(m[2]!)) continue;
    const at = offset + m.index!;
    out.push({ start: at, end: at + m[0].length, kind: 'anaphor', key: null, text: `${DESCRIBED}${m[2]!}|${m[1]!.trim()}`, priority: 4.4 });
  }
  // (Read as the listed title it stands for, "Russian Foreign Minister", "Defence Minister": see resolveAnaphors.)
  for (const m of matchesOf(HEAD_OF_MINISTRY, chunk)) {
    const words = (m[1] ?? `${m[2] ?? ''}Foreign`).trim().split(/\s+/);
    const nat = NAT.has(words[0]!.toLowerCase()) ? words[0]! : undefined;
    const role = titleCaseRole(nat, undefined, [...words.slice(nat ? 1 : 0), 'minister'].join(' '));
    const at = offset + m.index;
    out.push({ start: at, end: at + m[0].length, kind: 'anaphor', key: null, text: `${nat ? NAT.get(nat.toLowerCase()) : ''}|${role}`, priority: 3 });
  }
  // "the 52-year-old recalls": an age standing for someone just named.
  for (const m of matchesOf(AGE_DESCRIPTION, chunk)) {
    const at = offset + m.index;
    out.push({ start: at, end: at + m[0].length, kind: 'anaphor', key: null, text: `${DESCRIBED}age|${m[1]!}`, priority: 4.5 });
  }
  for (const m of matchesOf(AGED_DESCRIPTION, chunk)) {
    if (ROLE_NOUNS.has(m[1]!) && !SPEAKING_HEADS.has(m[1]!)) continue;
    const at = offset + m.index;
    out.push({ start: at, end: at + m[0].length, kind: 'anaphor', key: null, text: `${DESCRIBED}age|${m[2]!}`, priority: 4.5 });
  }
  for (const m of [...matchesOf(ANONYMOUS_SOURCE, chunk).map((x) => ({ index: x.index!, text: x[0] })), ...indefiniteSources(chunk)]) {
    // After a comma it describes the name before it ("Tanaka Hiroshi, 52, a volunteer from Osaka, said").
    // (Not after an opening phrase of place or time: "In a statement read outside court, the family of X said".)
    if (/,\s*$/.test(chunk.slice(Math.max(0, m.index - 3), m.index)) && !OPENING_PHRASE.test(chunk.slice(Math.max(0, m.index - 90), m.index))) continue;
    const at = offset + m.index;
    out.push({ start: at, end: at + m.text.length, kind: 'anonymous', key: ANONYMOUS, text: m.text, priority: 0.5 });
  }
  // "It added": an organisation speaking, only right before a speech verb ("it" is too common otherwise).
  for (const m of matchesOf(IT_SAID, chunk)) {
    const at = offset + m.index!;
    out.push({ start: at, end: at + 2, kind: 'pronoun', key: null, text: m[0].slice(0, 2), priority: 7 });
  }
  for (const m of matchesOf(THEY_SAID, chunk)) {
    const at = offset + m.index!;
    out.push({ start: at, end: at + 4, kind: 'pronoun', key: null, text: m[0].slice(0, 4), priority: 7 });
  }
  for (const m of matchesOf(PRONOUN_SOURCE, chunk)) {
    const word = m[1] ?? m[2] ?? m[3] ?? m[4]!;
    const at = offset + m.index! + m[0].lastIndexOf(word);
    out.push({ start: at, end: at + word.length, kind: 'pronoun', key: null, text: /^(?:him|his)$/i.test(word) ? 'he' : 'she', priority: 7 });
  }
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(chunk); m; m = PRONOUN.exec(chunk)) {
    const at = offset + m.index;
    out.push({ start: at, end: at + m[0].length, kind: 'pronoun', key: null, text: m[0], priority: 7 });
  }
  return out;
}
