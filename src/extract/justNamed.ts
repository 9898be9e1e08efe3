import { STANCE_WORDS } from './cues.js';
import { EPITHETS, PERFORMERS, WEALTH_EPITHETS } from './descriptions.js';
import { CALENDAR_NAMES, PLACES, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS } from './lexicon.js';
import { ANONYMOUS, type LocalPerson, type Mention } from './mentions.js';
import type { QuoteSpan } from './quoteMarks.js';
import { sentenceStart } from './sentenceStart.js';
import { firstFrom } from './sorted.js';

/**
 * Tests for a post no introduction gives, read as the one person just named ("Sir Keir Starmer has defended … the Prime
 * Minister said"; see resolveAnaphors): only one named with no description, not one the sentence already spoke of;
 * for a paragraph that is only a quote after a paragraph about one person (see attributeQuotes); and the one person
 * or company a description with no introduction stands for (see resolveDescriptions).
 */

/** The posts that head a state or a government, which a nationality before them names for one country. */
export const HEADS_OF_STATE = /^(?:president|prime minister|premier|chancellor)$/;

/** Whether a person's first mention by name has a description set beside it: "Matt Hancock, the health secretary,". */
export function describedWhenNamed(text: string, mentions: readonly Mention[], key: string): boolean {
  const first = mentions.find((x) => x.key === key && (x.kind === 'name' || x.kind === 'title' || x.kind === 'honorific'));
  if (!first) return false;
  // ("Shri Randhir Jaiswal, Official Spokesperson:": a record's label gives the post in capitals after the name.)
  const label = /^,[ \t]*(?:\p{Lu}[\p{L}-]*[ \t]+){0,3}(\p{Lu}[\p{L}-]*)[ \t]*(?:\([^)\n]{1,20}\))?:/u.exec(text.slice(first.end, first.end + 60));
  return (first.kind !== 'honorific' && /^,\s*(?:a|an|the|his|her|its|their)\s/.test(text.slice(first.end, first.end + 12))) || (label !== null && ROLE_NOUNS.has(label[1]!.toLowerCase()));
}

/** Whether the sentence of mention i spoke of someone before it ("He was asked about a message in which the …"). */
export function spokenOfInSentence(text: string, mentions: readonly Mention[], i: number): boolean {
  const start = mentions[i]!.start;
  const sentence = sentenceStart(text, start);
  return mentions.slice(0, i).some((x) => x.start >= sentence && x.key && x.key !== ANONYMOUS && (x.kind === 'pronoun' || x.kind === 'name' || x.kind === 'surname'));
}

/** Whether the quote's paragraph holds nothing but quotes from it on. */
export function quoteParagraph(text: string, q: QuoteSpan): boolean {
  const end = text.indexOf('\n', q.close);
  return !/\p{L}/u.test(text.slice(q.close, end < 0 ? text.length : end).replace(/["“][^"“”\n]*["”]/g, ''));
}

/** The one person the mentions (sorted by start) between two offsets name, if only one. */
export function onlyPersonIn(mentions: readonly Mention[], from: number, to: number, isPerson: (key: string | null | undefined) => boolean): string | null {
  const keys = new Set<string>();
  for (let k = firstFrom(mentions, from, (m) => m.start); k < mentions.length && mentions[k]!.start < to; k++) {
    if (mentions[k]!.end <= to && isPerson(mentions[k]!.key)) keys.add(mentions[k]!.key!);
  }
  return keys.size === 1 ? [...keys][0]! : null;
}

/**
 * Whether the paragraph from `from` brings in a new voice: the one with `key` first named there with an apposition
 * ("Linda Hughes, a nurse who …,"), or opening it when they have spoken before ("Pryce is 61.").
 */
export function introducesOrOpens(text: string, mentions: readonly Mention[], key: string, from: number, spokeEarlier: boolean): boolean {
  const intro = mentions.find((m) => m.key === key)!;
  const first = mentions[firstFrom(mentions, from, (m) => m.start)];
  return (intro.start >= from && /^,\s*(?:a|an|the|who)\s/.test(text.slice(intro.end, intro.end + 8))) || (spokeEarlier && first?.key === key && /^\s*$/.test(text.slice(from, first.start)));
}

const PLAYER_ROLES = new Set([...[...EPITHETS].filter((w) => !PERFORMERS.has(w)), 'captain', 'skipper', 'player', 'star', 'rookie']);
/** Posts a performer's epithet may stand for: "the actor" for one introduced as a co-star. */
const PERFORMER_ROLES = new Set([...PERFORMERS, 'star', 'co-star', 'musician', 'dancer', 'performer', 'entertainer']);
/** Whether every post is one of these, read by its last word ("Rovers captain" is a captain's); none is. */
const allAmong = (posts: ReadonlySet<string>, roles: readonly string[]) => roles.every((r) => posts.has(r.split(/\s+/).at(-1)!.toLowerCase()));
/** Whether an epithet may stand for one of these posts: a performer's for no post or a performer's, a player's for a player's, wealth's for any. */
export const epithetFits = (head: string, roles: readonly string[]) => WEALTH_EPITHETS.has(head) || allAmong(PERFORMERS.has(head) ? PERFORMER_ROLES : PLAYER_ROLES, roles);
/**
 * A player's epithet ("the Nigerian international") is no one introduced by another post ("Napoli president X"): it is
 * then the one person the article introduced as a player ("Forward Victor Osimhen"), if only one.
 */
export function playerOrAny(key: string | undefined, epithet: boolean, people: Map<string, LocalPerson>): string | undefined {
  const roles = key ? people.get(key)!.roles : [];
  if (!epithet || allAmong(PLAYER_ROLES, roles)) return key;
  const players = [...people.values()].filter((p) => p.type === 'person' && p.roles.length && allAmong(PLAYER_ROLES, p.roles));
  return players.length === 1 ? players[0]!.key : undefined;
}

/**
 * A nationality noun's one just named ("the German said"), unless they were never seen speaking and someone else of no
 * known nationality was: "Barcelona coach Hansi Flick praised … ¶ Robert Lewandowski struck twice … ¶ "…," the German
 * said" is Flick's, whom only world knowledge tells from Lewandowski; nobody's.
 */
export function unlessOtherSpoke(text: string, mentions: readonly Mention[], i: number, key: string | undefined, people: Map<string, LocalPerson>): string | undefined {
  if (!key) return key;
  const earlier = mentions.slice(0, i).filter((x) => x.key && x.kind !== 'pronoun' && people.get(x.key)?.type === 'person');
  // (Named in the description's own paragraph, they are the one meant: "Tottenham boss Ange Postecoglou was frustrated.
  // "…," said the Australian.")
  const last = earlier.filter((x) => x.key === key).at(-1);
  if (!last || !text.slice(last.end, mentions[i]!.start).includes('\n') || earlier.some((x) => x.key === key && spokeAfter(text, x))) return key;
  return earlier.some((x) => x.key !== key && !people.get(x.key!)!.nationality && spokeAfter(text, x)) ? undefined : key;
}

/** The speech verbs of one plain word, as an alternation for the patterns below. */
const SPEECH_WORDS = SPEECH_VERBS.filter((v) => /^[a-z]+$/.test(v)).join('|');
/** A speech verb right after a name (maybe after "also" or an apposition): the one named is speaking. */
// ("Keir Starmer has addressed supporters": a perfect, as a live page writes the news, and a speech to a crowd.)
// ("Across the chamber, Dominic Farrow was scathing": a stance is how someone spoke.)
export const SPEAKS = new RegExp(`^(?:\\s*,[^,"“”]{1,60},)?\\s+(?:also\\s+|then\\s+|has\\s+|had\\s+)?(?:${SPEECH_WORDS}|addressed|spoken|spoke|was\\s+(?:more\\s+|less\\s+)?(?:${STANCE_WORDS}))\\b`);
/** A paragraph opened by a quote and its tag, up to the name the tag gives: '"…," ', '"…," said '. */
const TAGGED_OPENING = new RegExp(`^\\s*["“][^"“”]+[,.!?]["”]\\s+(?:(?:${SPEECH_VERBS.join('|')})\\s+)?$`, 'u');
/** Whether mention x is seen speaking: a speech verb right after it (see SPEAKS). */
export const spokeAfter = (text: string, x: Mention): boolean => SPEAKS.test(text.slice(x.end, x.end + 60));

/** Words that end the name of a public body, a party or an outlet, not a company's. */
const PUBLIC_BODY = /\b(?:Agency|Ministry|Department|Office|Council|Commission|Committee|Authority|Board|Bureau|Police|Court|Tribunal|Fund|Union|Party|Parliament|Assembly|Senate|Congress|Government|Administration|Cabinet|Army|Navy|Forces|Guard|Institute|Foundation|Association|Federation|Alliance|University|College|School|Hospital|Church|Embassy|News|Times|Post|Press|Journal|Reuters|government)\b/;

/** A capitalised word that opens no sentence and is no day or month: a name of some kind. */
const OTHER_NAME = new RegExp(String.raw`(?<![.!?]["”’]?\s+|\n|^)\b(?!(?:${CALENDAR_NAMES})\b)\p{Lu}\p{Ll}`, 'u');

/** The one body named in mention i's paragraph before it, else in the paragraph before, if it is no public body. */
export function onlyCompanyJustNamed(text: string, mentions: readonly Mention[], i: number, people: Map<string, LocalPerson>): string | undefined {
  // ("Ryanair chief executive Michael O'Leary said … In a filing, the company said": the one company the article has
  // named, when it named no other body but outlets and public ones; not "The company that runs the show, Dick Clark
  // Productions, denies", which names another.)
  const after = text.slice(mentions[i]!.end, mentions[i]!.end + 60);
  const bodies = new Set(mentionsSince(mentions, i, 0, (x) => Boolean(x.key && people.get(x.key)?.type === 'organisation')).map((x) => x.key!));
  const companies = [...bodies].filter((k) => !PUBLIC_BODY.test(people.get(k)!.last) && !k.endsWith('-government'));
  if (companies.length === 1 && !/^\s*,/.test(after) && SPEAKS.test(after) && !mentionsSince(mentions, i, paragraphStarts(text, mentions[i]!.start)[1], (x) => Boolean(x.key && bodies.has(x.key))).length) return companies[0];
  for (const from of paragraphStarts(text, mentions[i]!.start)) {
    const named = mentionsSince(mentions, i, from, (x) => Boolean(x.key && people.get(x.key)?.type === 'organisation'));
    const keys = new Set(named.map((x) => x.key!));
    if (keys.size > 1) return undefined;
    const [key] = keys;
    if (!key) continue;
    // ("Vesta Productions denied it. The singer accused Big Harbour of …": a name we did not read as a body since then
    // may be the company meant.)
    // (Not one we read as someone, nor a place, nor words quoted: "Ryanair chief executive Michael O'Leary … told
    // reporters in Dublin.")
    let since = text.slice(named.at(-1)!.end, mentions[i]!.start);
    for (const x of mentionsSince(mentions, i, named.at(-1)!.end, (x) => x.key !== null)) since = since.replace(text.slice(x.start, x.end), ' ');
    since = since.replace(/["“][^"“”]*["”]/g, ' ').replace(/\p{Lu}[\p{L}'’-]*/gu, (w) => (PLACES.has(w) ? ' ' : w));
    return PUBLIC_BODY.test(people.get(key)!.last) || key.endsWith('-government') || OTHER_NAME.test(since) ? undefined : key;
  }
  return undefined;
}

/**
 * The one body that spoke in mention i's paragraph before it, for a body's description no introduction licenses:
 * "The CDC said in a statement … "…," the agency said" (its name, "Centers for Disease Control", says no "agency").
 */
export function onlyBodySpokeInParagraph(text: string, mentions: readonly Mention[], i: number, people: Map<string, LocalPerson>): string | undefined {
  const bodies = mentionsSince(mentions, i, paragraphStarts(text, mentions[i]!.start)[0], (x) => Boolean(x.key && people.get(x.key)?.type === 'organisation'));
  const keys = new Set(bodies.map((x) => x.key!));
  return keys.size === 1 && bodies.some((x) => spokeAfter(text, x)) ? [...keys][0] : undefined;
}

/** An explainer's question heading about what one named person said: "What did Lavrov say?", "How has Blinken responded?". */
const ASKED_HEADING = /^(?:What|How|Why)\s+(?:did|does|has|have|is|was)\s+\p{Lu}[\p{L}'’ .-]{1,60}?\s+(?:say|said|saying|respond|responded|react|reacted|want|wanted|mean|meant|argue|argued|propose|proposed)\s*\?$/u;
/**
 * A live page's entry heading that has one named person speak: "Blinken: 'We are on a clearer path'", "Lavrov says
 * Russia has never threatened Ukraine" (no sentence's end, a colon or a speech verb after the name).
 */
const SPEAKING_HEADING = new RegExp(`^[^.!?\\n]{0,40}?(\\p{Lu}[\\p{L}'’-]+)(?::\\s|\\s+(?:${SPEECH_WORDS})\\b)[^\\n]{0,120}?[^.!?"”'’\\s]["”'’]?$`, 'u');

/**
 * The one person such a heading over mention i's paragraph names: the paragraph is about them. (A speaking heading
 * only for a description that opens its paragraph: "Blinken: '…' ¶ The US secretary of state has been speaking …".)
 */
export function askedAbout(text: string, mentions: readonly Mention[], i: number, people: Map<string, LocalPerson>): string | undefined {
  const [here, before] = paragraphStarts(text, mentions[i]!.start);
  const heading = text.slice(before, here).trim();
  if (before >= here) return undefined;
  if (ASKED_HEADING.test(heading)) return onlyPersonIn(mentions, before, here, (k) => Boolean(k && people.get(k)?.type === 'person')) ?? undefined;
  // (A heading is no line findPeople reads: the one person whose surname it has speak.)
  const speaker = /^\s*(?:The\s+)?$/.test(text.slice(here, mentions[i]!.start)) ? SPEAKING_HEADING.exec(heading)?.[1] : undefined;
  const holders = speaker ? [...people.values()].filter((p) => p.type === 'person' && p.last === speaker) : [];
  return holders.length === 1 ? holders[0]!.key : undefined;
}

/** The start of the paragraph holding `at`, and of the one before it: where "just named" looks. */
function paragraphStarts(text: string, at: number): [number, number] {
  const here = text.lastIndexOf('\n', at) + 1;
  let end = here;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return [here, here > 1 ? text.lastIndexOf('\n', end - 1) + 1 : here];
}

/** The mentions from offset `from` up to mention i (not included) that pass the test, in the text's order. */
function mentionsSince(mentions: readonly Mention[], i: number, from: number, test: (m: Mention) => boolean): Mention[] {
  let k = i;
  while (k > 0 && mentions[k - 1]!.start >= from) k--;
  return mentions.slice(k, i).filter(test);
}

/**
 * From a name, its speech verb and "that", in one sentence: what follows is what that one said; or whom that one says
 * they told ("Lavrov said he had told Blinken").
 */
const REPORTED_ON = new RegExp(`^\\s+(?:has\\s+|had\\s+)?(?:${SPEECH_WORDS})\\s+(?:that\\s[^.!?]*|(?:that\\s+)?(?:he|she)\\s+(?:had\\s+)?(?:told|assured|warned|informed|reminded)\\s+)$`);

/** A clause or apposition set off after a name ("X, who replaced Y, said"): its opening, and its close before a verb. */
const SET_OFF_BEFORE = /^,\s+(?:who|whose|whom|a|an|the)\b[^,.;:"“”]*$/;
const SET_OFF_AFTER = /^[^,.;:"“”]*,\s+\p{Ll}/u;

/**
 * The one person named in mention i's paragraph before it, else in the paragraph before (or the one before that, past
 * a paragraph naming no one), as the subject of the
 * sentence naming them (only capitalised words of a title or a body before the name: "Barcelona coach Hansi Flick
 * praised …"), with no nationality of their own given. ("World number one X beat Carlos Alcaraz": a name we did not
 * read as a person's stands first, so the one we did read is no subject, and "the Italian" stays nobody's.)
 */
export function onlyPersonJustNamed(text: string, mentions: readonly Mention[], i: number, people: Map<string, LocalPerson>, anyNationality = false, speaking = false, fits?: (key: string) => boolean): string | undefined {
  const [here, before] = paragraphStarts(text, mentions[i]!.start);
  // ("Liverpool head coach Arne Slot says … ¶ The Reds were held to a draw … ¶ …, the Dutchman said": past a paragraph
  // that names and describes no one, one more.)
  const someone = (x: Mention) => Boolean(x.key && (x.key === ANONYMOUS || people.get(x.key)?.type === 'person'));
  const further = before < here && mentionsSince(mentions, i, before, someone).length === 0 ? paragraphStarts(text, before)[1] : before;
  for (const from of new Set([here, before, further])) {
    let named = mentionsSince(mentions, i, from, (x) => Boolean(x.key && x.kind !== 'pronoun' && x.kind !== 'anaphor' && people.get(x.key)?.type === 'person'));
    // ("Mikel Arteta has confirmed that Bukayo Saka will miss …": one named speaking about the others, in what they said.)
    if (speaking && named.length > 1 && named.every((x) => x.key === named[0]!.key || REPORTED_ON.test(text.slice(named[0]!.end, x.start)))) named = named.filter((x) => x.key === named[0]!.key);
    // ("Ghulam, who replaced the dropped Babar Azam, said …": one named in a clause set off after the first, who then
    // speaks, is no one described.)
    const setOff = (x: Mention) => x.key !== named[0]!.key && SET_OFF_BEFORE.test(text.slice(named[0]!.end, x.start)) && SET_OFF_AFTER.test(text.slice(x.end, x.end + 80));
    if (named.length > 1) named = named.filter((x) => !setOff(x));
    // ("Selena Gomez is engaged to music producer Benny Blanco. … the singer said": of several, the one the description fits.)
    if (fits && new Set(named.map((x) => x.key)).size > 1) named = named.filter((x) => fits(x.key!));
    const keys = new Set(named.map((x) => x.key!));
    if (keys.size > 1) return undefined;
    if (keys.size === 0) continue;
    const first = named[0]!;
    const before = text.slice(from, first.start);
    // (After a phrase set off by a comma: "Speaking separately, Lavrov said", "In a statement, Roe said", and a clause of
    // time or condition however long: "When the last bank in Tregaron announced it would close in March, Vaughan did not".)
    // (Or a participle's: "Arriving for a meeting of EU ministers in Brussels on Monday, Helen McEntee welcomed"; or a
    // post in capitals set before the name: "The Minister for Foreign Affairs and Trade, Simon Harris TD, travelled".)
    const sentence = before
      .slice(sentenceStart(before, before.length))
      .replace(/^\s*(?:(?:When|After|Before|As|Although|Though|If|Because|Since|While|Once|Until|\p{Lu}\p{Ll}+ing|Asked|Pressed)\s[^.;:"“”]{1,120}?|[^,.;:"“”]{1,40}|(?:[Tt]he\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|for|of|and|the)){1,10}),\s+/u, '');
    // (A title may stand before the name, in capitals or as a role: "Head coach Enzo Maresca said", "Chelsea head
    // coach Enzo Maresca said".)
    // (Or the one a quote opening the paragraph is tagged with: '"…," Van Der Beek said.', '"…," said Smith.')
    const subject = TAGGED_OPENING.test(before) || (/^\s*(?:\p{L}[\p{L}'’.-]*\s+){0,4}$/u.test(sentence) && sentence.trim().split(/\s+/).every((w) => !w || /^\p{Lu}/u.test(w) || ROLE_NOUNS.has(w) || TITLE_WORDS.has(w[0]!.toUpperCase() + w.slice(1))));
    // (Named speaking, with no role of their own.)
    const spoke = !speaking || (people.get(first.key!)!.roles.length === 0 && SPEAKS.test(text.slice(first.end, first.end + 80)));
    return subject && spoke && (anyNationality || !people.get(first.key!)!.nationality) ? first.key! : undefined;
  }
  return undefined;
}

/**
 * "Her solicitor, Mark Newby, read a statement on her behalf": whose words a document read out for someone are — the one
 * "on behalf of" names, or for "on her behalf" the last person named before the reader; undefined when they are the
 * reader's own.
 */
export function onWhoseBehalf(text: string, mentions: readonly Mention[], reader: number, people: Map<string, LocalPerson>): string | undefined {
  const r = mentions[reader]!;
  const sentence = text.slice(r.end, r.end + 160).split(/[.!?]["”’]?\s/)[0]!;
  const m = /\bon\s+(?:(?:his|her|their)\s+behalf|behalf\s+of\s+)/.exec(sentence);
  if (!m) return undefined;
  const isPerson = (x: Mention) => Boolean(x.key && people.get(x.key)?.type === 'person' && x.key !== r.key);
  if (m[0].endsWith('of ')) {
    const at = r.end + m.index + m[0].length;
    const named = mentions.find((x) => x.start >= at && /^(?:the\s+)?$/.test(text.slice(at, x.start)));
    // (Not "the Holt family": a family is not the one it is named after.)
    return named?.key && named.key !== r.key && !/^['’]?s?\s+famil/.test(text.slice(named.end)) ? named.key : ANONYMOUS;
  }
  for (let k = reader - 1; k >= 0; k--) if (isPerson(mentions[k]!)) return mentions[k]!.key!;
  return ANONYMOUS;
}
