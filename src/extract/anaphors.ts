import { ANONYMOUS, type LocalPerson, type Mention } from './mentions.js';
import { askedAbout, describedWhenNamed, HEADS_OF_STATE, onlyPersonJustNamed, spokenOfInSentence } from './justNamed.js';
import { escapeRegExp } from '../util/regexp.js';
import { fitsAnotherBefore, lastBefore, lastFitting, namedSoFar, sameCountry } from './resolve.js';
import { jointParts } from './joint.js';

/**
 * Listed titles standing for someone named: "the Russian foreign minister", "the Ukrainian president", "the minister"
 * (descriptions with no listed title are resolveDescriptions').
 */

/** Whether the text names someone as a country's of that nationality: "Russia's Sergei Lavrov" for "Russian". */
function countrysOwn(text: string, mentions: readonly Mention[], key: string, nationality: string): boolean {
  // (The mention may hold the possessor as its lead, or follow it.)
  const owner = (x: Mention) => /^(\p{Lu}\p{L}+)['’]s\s/u.exec(text.slice(x.start, x.end))?.[1] ?? /(\p{Lu}\p{L}+)['’]s\s+$/u.exec(text.slice(Math.max(0, x.start - 30), x.start))?.[1] ?? '';
  return mentions.some((x) => x.key === key && sameCountry(nationality, owner(x)));
}

/** The posts "the top diplomat" stands for (not "Oleksiy Danilov, secretary of the National Security … Council"). */
const DIPLOMATS = /\b(?:foreign minister|secretary of state|foreign secretary|foreign policy chief|high representative|minister (?:of|for) foreign affairs|foreign affairs minister|ambassador|envoy|diplomat)\b/i;

/** ", the trade envoy," or ", Chile's foreign minister," after a name: a post set beside it, ending in the role word. */
const apposedPost = (roleWord: string) => new RegExp(`^,\\s+(?:the|a|an|his|her|its|their|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:[\\p{L}.-]+\\s+){0,3}${escapeRegExp(roleWord)}(?:,|\\s|$)`, 'iu');

/** The posts a country's top diplomat holds (not its ambassadors or envoys). */
const FOREIGN_MINISTERS = /^(?:foreign (?:minister|secretary)|secretary of state|foreign affairs minister)$/;

/** "the Russian foreign minister" → the most recently mentioned person holding that role, else anyone who holds it. */
export function resolveAnaphors(text: string, mentions: Mention[], people: Map<string, LocalPerson>): void {
  const namedBefore = namedSoFar(mentions, people);
  mentions.forEach((m, i) => {
    if (m.kind !== 'anaphor' || !m.text.includes('|')) return;
    const [nat, role] = m.text.split('|') as [string, string];
    const roleWord = role.replace(/^(?:US|Russian|UK|Ukrainian|Estonian|French|German|Chinese)\s+/, '').toLowerCase();
    const fits = (p: LocalPerson) =>
      p.type === 'person' &&
      (!nat || p.nationality === nat || p.roles.some((r) => r.startsWith(nat))) &&
      (!roleWord || roleWord === 'counterpart' || (roleWord === 'top diplomat' && p.roles.some((r) => DIPLOMATS.test(r))) || p.roles.some((r) => !/\bshadow\b/i.test(r) && holds(r.toLowerCase().replace(/\bpm$/, 'prime minister'), roleWord)));
    // (A bare "Minister" is no recorded role, but "the minister" is still the one just introduced as "Minister X".)
    const titleWord = !nat && roleWord ? new RegExp(`(?:^|\\s)(?<!(?:deputy|vice|former)\\s)${escapeRegExp(roleWord)}(?:\\s|$)`, 'i') : null;
    const titledAs = (x: Mention) => titleWord !== null && x.kind === 'title' && titleWord.test(x.text) && !/\bshadow\b/i.test(text.slice(Math.max(0, x.start - 8), x.end));
    // ("Foreign Minister X met his Ukrainian counterpart Y … the Ukrainian minister said": a counterpart of that
    // nationality holds the post; "counterpart" is no role we record.)
    // (Only with the nationality: "Chile's Ana Ruiz met her Peruvian counterpart Tom Hale … the minister said" may be either.)
    const counterpart = (x: Mention) =>
      x.kind === 'title' && /\bcounterpart\b/i.test(x.text) && /(?:minister|diplomat)$/.test(roleWord) && Boolean(nat) && (x.text.includes(nat) || people.get(x.key!)?.nationality === nat);
    // ("China's top diplomat Wang Yi … the Chinese foreign minister said": a country's top diplomat is its foreign
    // minister; "top diplomat" is no role we record.)
    const topDiplomat = (x: Mention) =>
      x.kind === 'title' && /\btop diplomat\b/i.test(x.text) && FOREIGN_MINISTERS.test(roleWord) && (!nat || people.get(x.key!)?.nationality === nat || countrysOwn(text, mentions, x.key!, nat));
    const named = lastFitting(text, mentions, i, (x) => Boolean(x.key && people.get(x.key) && (fits(people.get(x.key)!) || titledAs(x) || counterpart(x) || topDiplomat(x))));
    // (The counterpart may be the second of two speaking together: "Foreign Minister X and his Chinese counterpart Qin
    // Gang agreed …. The Chinese minister also urged".)
    const jointCounterpart = (x: Mention) => (x.kind === 'anonymous' ? jointParts(x.text, people).find(([key, part]) => counterpart({ ...x, kind: 'title', key, text: part }))?.[0] : undefined);
    const joint = lastBefore(mentions, i, (x) => (!named || x.start > named.start) && jointCounterpart(x) !== undefined);
    // ("Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan. … "…," the president said": two
    // holding the post in one sentence, either may be meant, so no one.)
    if (named && !nat && fitsAnotherBefore(text, mentions, i, named, (key) => people.has(key) && fits(people.get(key)!))) {
      m.key = ANONYMOUS;
      m.text = m.text.replace('|', ' ').trim();
      return;
    }
    const before = joint ? { ...joint, key: jointCounterpart(joint)! } : named;
    // (Anyone holding the role, named before it once anyone is: see resolveDescriptions.)
    const any = [...people.values()].filter((p) => namedBefore(p.key, i) && fits(p));
    // ("Sir Keir Starmer has defended his decision … ¶ Speaking in Brighton, the Prime Minister said": a post written with
    // capitals that no one named holds is the one person just named, as their subject, if they were given no role at all.)
    // (Not one described when named, "Matt Hancock, the health secretary,", nor one the sentence already spoke of: "He
    // was questioned about a message in which the Prime Minister wrote …" is someone else.)
    const capitals = /(?:^|\s)\p{Lu}\S*$/u.test(text.slice(m.start, m.end));
    // (Or a head of state or government of a nationality, in lower case: "Volodymyr Zelensky has again urged … ¶ In his
    // nightly address, the Ukrainian president said", for one the text gave no nationality.)
    // (Or the nationality alone: "Gauff said fatigue had played a part. "…," the American said.")
    // (Or a minister of a nationality, for one the text named as that country's: "Russia's Sergei Lavrov … Lavrov said
    // …. "…," the Russian minister said"; not "Volodymyr Zelensky … the Ukrainian minister said".)
    const minister = nat !== '' && /(?:^|\s)minister$|^top diplomat$/.test(roleWord);
    const post = nat ? roleWord === '' || HEADS_OF_STATE.test(roleWord) || minister : capitals;
    const just = !before && any.length === 0 && post ? onlyPersonJustNamed(text, mentions, i, people, true, minister) : undefined;
    const roleless = just && people.get(just)!.roles.length === 0 && !people.get(just)!.nationality && !describedWhenNamed(text, mentions, just) && !spokenOfInSentence(text, mentions, i) && (!minister || countrysOwn(text, mentions, just, nat)) ? just : null;
    // (Under an explainer's "What did Lavrov say?", "Russia's foreign minister said" is the one it asks about.)
    // (Only one the text gives no post or other nationality: the heading does not make a Russian the US secretary.)
    const askedKey = !before && any.length === 0 ? askedAbout(text, mentions, i, people) : undefined;
    const asked = askedKey && people.get(askedKey)!.roles.length === 0 && (!nat || (people.get(askedKey)!.nationality ?? nat) === nat) ? askedKey : undefined;
    // ("Tom Hale, the trade envoy, … "…," the envoy said": a post no role records, set beside one named before it, when
    // no nationality is asked for; not the title itself after a name and a comma, "According to X, the minister said".)
    const posted = !before && any.length === 0 && !nat && roleWord ? apposedPost(roleWord) : null;
    const apposed = posted ? lastBefore(mentions, i, (x) => Boolean(x.key && people.get(x.key)?.type === 'person' && posted.test(text.slice(x.end, Math.min(m.start, x.end + 80))))) : undefined;
    m.key = before?.key ?? apposed?.key ?? (any.length === 1 ? any[0]!.key : (asked ?? roleless));
    m.text = m.text.replace('|', ' ').trim();
  });
}

/**
 * Whether a recorded role is the role a title names: its last words, or those before its portfolio ("union minister
 * for information and broadcasting" holds "minister"), and a spokesman is a press secretary.
 */
const SPOKES = /(?:spokes(?:man|woman|person)|press secretary)$/;
// ("Deputy Prime Minister" holds no "prime minister": a grade before the post is another post.)
const holds = (role: string, roleWord: string) =>
  (role.endsWith(roleWord) && !/\b(?:deputy|vice|former|ex|assistant|under)[\s-]+$/.test(role.slice(0, -roleWord.length))) || (SPOKES.test(roleWord) && SPOKES.test(role)) || role.includes(`${roleWord} for `) || role.includes(`${roleWord} of `);

