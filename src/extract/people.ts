import type { Span } from '../ingest/sentences.js';
import { editDistance, foldName, initialsOf, nameShape, orgKey, personKey, similarFirstNames } from './names.js';
import { ANONYMOUS, type Candidate, type LocalPerson, type Mention } from './mentions.js';
import { resolveDescriptions } from './resolve.js';
import { jointSpeakers } from './joint.js';
import { resolveAnaphors } from './anaphors.js';
import { apposedBody } from './bodyWords.js';
import { findOpenNames } from './openNames.js';
import { isNationsBody } from './openOrgs.js';
import { surnamesWithWho } from './nameEvidence.js';
import { acronymsOf, bodyMentions, describedMentions } from './bodyMentions.js';
import { POST_OF_BEFORE_NAME } from './tagGaps.js';
import { blendedNames, knownAs, type Nickname, withoutNicknames } from './nicknames.js';
import { BODY_ON, BUILDING_HEADS, COUNTRIES, DEMONYMS, HONORIFICS, isBuildingWord, lowerCaseWords, NOT_NAMES, ORG_HEADS, PLACES, ROLE_NOUNS, TITLE_WORDS, titleRunsOn } from './lexicon.js';
import { isGivenName, isMonthSurname, MONTH_SURNAMES } from './givenNames.js';
import { matchesOf } from './matches.js';
import { firstFrom } from './sorted.js';
import { familyNames } from './kinNames.js';
import { ledeName } from './ledeNames.js';
import { familyFirstNames, familyFirstWritten } from './familyFirst.js';
import { surnameForms, surnameMentions } from './surnameForms.js';
import { acceptMentions, addressedForm, apposedName, bracketedInitials, bylineNames, fullerNamed, fullNameOpenedBy, peerNames, placesNamedIn, ROLE_NOT_RECORDED, sharesGivenWord, shortsOf, titleCaseRole, unreadNames } from './peopleParts.js';
import { ADDRESSED_PAIR, ADDRESSED_POST, bodiesBeforePosts, bodiesForNames, companiesByEvidence, isBodysRole, isGroupPlural, isProductWord, NEWS_BODY, NEWS_WORDS, onlyReports } from './groups.js';
import { BARE_POST, CAPITAL_GOVERNMENTS, DEPUTY, FULL_NAME, HONORIFIC, NAME, NAT, NOT_BARE_NAME, NOT_NAME, ORGANISATIONS, POST_SPEAKS, SPEAKER_NAME, TITLE, namesUsedAlone } from './personPatterns.js';

/**
 * Finds the people and organisations an article refers to, and every place it refers to them.
 * Only content spans are read, and text inside quotes is left out (it is someone's words, not the narration).
 */
export function findPeople(
  original: string,
  spans: readonly Span[],
  quotes: readonly Span[],
  nicknames: readonly Nickname[] = [],
  /** People other articles of the folder name in full whom this one writes without evidence of its own (see folderHints). */
  folderNames: readonly string[] = [],
): { people: LocalPerson[]; mentions: Mention[]; unread: string[] } {
  // Names are read with their nicknames blanked out: "President Joko "Jokowi" Widodo" is President Joko Widodo.
  const text = nicknames.length ? withoutNicknames(original, nicknames) : original;
  const people = new Map<string, LocalPerson>();
  /** The people a surname or a given name alone may stand for. */
  const shortMatches = (f: string) =>
    [...people.values()].filter((p) => p.type === 'person' && ([...shortsOf(p)].some((x) => x.toLowerCase() === f) || p.names.some((n) => n.split(/\s+/)[0]!.toLowerCase() === f)));
  /** The one person of this article so far that a surname, a particle surname or a given name alone stands for. */
  const knownByShort = (form: string, title?: string | null): LocalPerson | undefined => {
    const f = form.toLowerCase().replace(/\s+/g, ' ');
    const found = shortMatches(f);
    if (found.length === 1) return found[0];
    // ("Prince Mohammed" beside Crown Prince Mohammed bin Salman and Prime Minister Mohammed al-Sudani: the one titled so.)
    const titleWords = title?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
    const titled = titleWords.length ? found.filter((p) => p.roles.some((r) => r.toLowerCase().split(/\s+/).some((w) => titleWords.includes(w)))) : [];
    if (titled.length === 1) return titled[0];
    // ("Modiji", "Gandhi-ji": the Hindi honorific glued to a surname named before; not "Kenji" beside a Ken.)
    const honoured = found.length === 0 ? /^(\p{L}{4,})-?ji$/u.exec(form)?.[1]?.toLowerCase() : undefined;
    const surnamed = honoured ? [...people.values()].filter((p) => p.type === 'person' && p.last.toLowerCase() === honoured) : [];
    if (surnamed.length === 1) return surnamed[0];
    if (found.length > 1 || /\s/.test(f) || f.length < 7) return undefined;
    // "Volodymyr Zelenskyy … Zelensky said": a surname alone one letter from a surname named in full is that person,
    // if only one is that close (a long name: short names one letter apart are different names).
    const near = [...people.values()].filter((p) => p.type === 'person' && p.first && p.last.length >= 7 && p.last[0]!.toLowerCase() === f[0] && editDistance(p.last.toLowerCase(), f) === 1);
    return near.length === 1 ? near[0] : undefined;
  };
  /** The one-word names the text shows to be companies (see companiesByEvidence), found when first asked for. */
  let companies: Set<string> | undefined;
  /** The companies found so, by name: every place the name stands is theirs (see pass 2). */
  const companyKeys = new Map<string, string>();
  const isCompany = (name: string) => (companies ??= companiesByEvidence(text)).has(name);
  /** The words the text writes in lower case, made once when first asked for. */
  const lowerWords = lowerCaseWords(text);
  /** Organisations found by their own words ("the European Space Agency"), by key. */
  const openOrgs = new Map<string, string>();
  /** The organisation each acronym given in brackets after its name stands for ("NSC"). */
  const acronyms = new Map<string, string>();
  /** A body found by its own words: its key, kept with its name and the letters that stand for it ("SPA", "(NSC)"). */
  const bodyFound = (name: string, after: string) => {
    const key = orgKey(name);
    if (!openOrgs.has(key)) openOrgs.set(key, name);
    for (const acronym of acronymsOf(name, after, text)) if (!acronyms.has(acronym)) acronyms.set(acronym, key);
    return key;
  };
  const candidates: Candidate[] = [];
  /** People who share another's surname, by that surname's key ("Hunter Biden" beside "Joe Biden"). */
  const siblings = new Map<string, LocalPerson[]>();
  /** Names of bodies set off after a word for a body (see apposedBody). */
  const apposedBodies = new Set<string>();
  // Quotes come sorted and do not overlap: the one that could hold a span is the last starting at or before it.
  const inQuote = (s: Span) => {
    const q = quotes[firstFrom(quotes, s.start + 1, (x) => x.start) - 1];
    return q !== undefined && s.end <= q.end;
  };

  const placesIn = placesNamedIn(text);
  const personLetters = new Set<string>();
  /** The person a name stands for, keyed by surname; a second given name with the same surname ("Joe Biden" … "his son
   * Hunter Biden said") is another person when the text gives it evidence of its own (`distinct`: a title, a role, a
   * speech verb beside the full name), and the surname alone then stands for neither (see `owners`). */
  const personFor = (written: string, role: string | null, nat: string | null, bareRole = role, distinct = false): LocalPerson => {
    // (A blanked nickname leaves a run of spaces inside the name.)
    const name = written.replace(/\s{2,}/g, ' ');
    const { first, last } = nameShape(name);
    const surnameKey = personKey(last);
    let key = surnameKey;
    const fuller = fullerNamed(people.values(), name);
    let p = fuller ?? people.get(key);
    if (!fuller && p && first && p.first && !similarFirstNames(first, p.first) && p.type === 'person' && !sharesGivenWord(name, first, p)) {
      const sibling = (siblings.get(surnameKey) ?? []).find((s) => s.first && similarFirstNames(first, s.first));
      const firstWord = first.split(/\s+/)[0]!;
      if (sibling) p = sibling;
      // (Two hyphenated given names with one family name, "Moon Jae-in" and "Moon Chung-in", are two people.)
      else if ((distinct || (first.includes('-') && p.first.includes('-'))) && !NOT_NAMES.has(firstWord) && !TITLE_WORDS.has(firstWord) && !HONORIFICS.has(firstWord)) {
        key = `${surnameKey}~${foldName(first)}`;
        p = undefined;
      }
    }
    if (!p) {
      p = { key, type: 'person', first, last, names: [], aliases: [], roles: [], nationality: null };
      people.set(key, p);
      if (key !== surnameKey) siblings.set(surnameKey, [...(siblings.get(surnameKey) ?? []), p]);
    }
    if (first && !p.first) p.first = first;
    // The fullest name first: it is the one shown ("Alberto Núñez Feijóo", not "Nunez Feijoo" met earlier).
    if (first && !p.names.includes(name)) {
      if (p.names.length && name.split(/\s+/).length > p.names[0]!.split(/\s+/).length && !addressedForm(name, p.names)) p.names.unshift(name);
      else p.names.push(name);
    }
    if (role && bareRole && !ROLE_NOT_RECORDED.test(bareRole) && !p.roles.includes(role)) p.roles.push(role);
    if (nat && !p.nationality) p.nationality = nat;
    return p;
  };

  const bylines = bylineNames(text);
  const { words: usedAlone, pairs: pairsAlone } = namesUsedAlone(text, spans);
  const namedWho = surnamesWithWho(text);

  // Pass 0: a person named with a nickname, which then stands for them alone ("Jokowi said").
  for (const n of [...nicknames, ...knownAs(text), ...blendedNames(text, usedAlone, lowerWords)]) {
    const p = personFor(n.full, null, null);
    if (!p.aliases.includes(n.nick)) p.aliases.push(n.nick);
  }
  // ("Adele has postponed … her residency" under "Adele cancels …": the name opening headline and lede; see ledeName.)
  const ledeNamed = ledeName(text, lowerWords);
  if (ledeNamed) personFor(ledeNamed, null, null);
  // ("Mirzoyan arrived at the venue", named in full only in another article: the folder's full name, found wherever the
  // surname stands in pass 2; kept only if it does; not a writer of this one: "By Jennifer Hansler and Kylie Atwood, CNN".)
  const fromFolder = new Set(folderNames.filter((n) => !bylines.has(n)).map((n) => personFor(n, null, null)));
  /** Runs shaped like a name that no evidence here made anyone's (see unreadNames). */
  const unreadRuns: string[] = [];

  // Pass 1: titled names ("Russian Foreign Minister Sergei Lavrov"), deputies, honorifics.
  for (const span of spans) {
    const chunk = text.slice(span.start, span.end);
    TITLE.lastIndex = 0;
    for (let m = TITLE.exec(chunk); m; m = TITLE.exec(chunk)) {
      let apposed: { name: string; at: number } | null;
      const at = span.start + m.index;
      NAME.lastIndex = m.index + m[0].length;
      const n = NAME.exec(chunk);
      // ("Shadow chancellor Tom Hale": the opposition's post, not the chancellor's.)
      const role = `${/\b[Ss]hadow\s+$/.test(chunk.slice(Math.max(0, m.index - 8), m.index)) ? 'Shadow ' : ''}${titleCaseRole(m[1], m[2], m[3]!)}`;
      const nat = m[1] ? NAT.get(m[1].toLowerCase().replace('’', "'")) ?? null : m[2] && /kremlin/i.test(m[2]) ? 'Russian' : null;
      let name = n?.[1];
      if (name) {
        // "Foreign Minister Prince Faisal bin Farhan": the honorific is not part of the name.
        const tokens = name.split(/\s+/).filter((t, i, all) => !(HONORIFICS.has(t) && i < all.length - 1));
        const cut = tokens.findIndex((t, i) => NOT_NAME.has(t) && !(i === tokens.length - 1 && i > 0 && isMonthSurname(tokens[i - 1]!, t, chunk.slice(NAME.lastIndex))));
        name = (cut === -1 ? tokens : tokens.slice(0, cut)).join(' ') || undefined;
      }
      // "the President Wilson Hotel", "Hotel President Wilson": a place named after someone, no person.
      if (name && BUILDING_HEADS.has(name.split(/\s+/).at(-1)!)) continue;
      if (name) {
        const rest = chunk.slice(chunk.indexOf(name, m.index + m[0].length) + name.length);
        // "Foreign Minister Mevlüt Çavuşoğlu", "… Selim Aydoğan": the name runs on in letters this pattern does not read;
        // the open pass reads it whole. "(US Secretary of State Antony) Blinken": an editor's words in brackets name no one.
        if (/^\s+[À-ÖØ-ÞĀ-ſ]|^\p{L}/u.test(rest) || /^\)/.test(rest)) continue;
        const after = /^\s+(\p{L}+)/u.exec(rest)?.[1];
        const before = /(\p{L}+)\s+$/u.exec(chunk.slice(0, m.index))?.[1];
        if ((after && isBuildingWord(after)) || (before && /^\p{Lu}/u.test(before) && isBuildingWord(before))) continue;
      }
      // "his US counterpart, Secretary of State Antony Blinken": a title word is no name; the title after it is read next.
      // ("… with his Finnish counterpart, Helsinki, March 3": a place after the comma is where, not who.)
      // ("Deputy District Attorney Ryan Mulkins": a title word inside the run, before a full name, means the title runs on;
      // the open pass reads it whole.)
      // ("Foreign Minister Dr. Kamal Khurazi": an honorific alone, cut off at its full stop, is no name; the open pass reads it.)
      if (name && ((TITLE_WORDS.has(name.split(/\s+/)[0]!) && !HONORIFICS.has(name.split(/\s+/)[0]!)) || PLACES.has(name) || titleRunsOn(name) || /^(?:Dr|Prof|Mr|Mrs|Ms)$/.test(name))) continue;
      if (name && !/^[A-Z]\.?$/.test(name)) {
        const nameStart = chunk.indexOf(name, m.index + m[0].length);
        const end = span.start + nameStart + name.length;
        const p = personFor(name, role, nat, m[3]!, true);
        candidates.push({ start: at, end, kind: 'title', key: p.key, text: text.slice(at, end), priority: 1 });
      } else if ((apposed = apposedName(chunk.slice(0, m.index), chunk.slice(m.index + m[0].length)))) {
        const start = span.start + apposed.at;
        const p = personFor(apposed.name, role, nat, m[3]!, true);
        candidates.push({ start, end: at + m[0].length, kind: 'title', key: p.key, text: text.slice(start, at + m[0].length), priority: 1 });
      } else {
        // "the Russian foreign minister", and "Russia's foreign minister" (a possessive is as definite as "the").
        const det = chunk.slice(0, m.index).match(/\b(?:the|his|her|their)\s+$/i)?.[0] ?? (m[1] && /['’]s$/.test(m[1]) ? '' : BARE_POST.test(chunk.slice(Math.max(0, m.index - 2), m.index)) && POST_SPEAKS.test(chunk.slice(m.index + m[0].length, m.index + m[0].length + 30)) ? '' : null);
        // ("the deputy premier": a role word before another is the description's, which bodyMentions reads whole.)
        const runsOn = ROLE_NOUNS.has(/^\s+(\p{Ll}+)\b/u.exec(chunk.slice(m.index + m[0].length))?.[1] ?? '');
        // ("the Prime Minister's Office said": the office, a body, not the holder.)
        if (det !== null && !runsOn && !POST_OF_BEFORE_NAME.test(chunk.slice(m.index + m[0].length, m.index + m[0].length + 80)) && !/^['’]s\s+(?:Office|office|Secretariat|Department)\b/.test(chunk.slice(m.index + m[0].length))) {
          candidates.push({ start: at - det.length, end: at + m[0].length, kind: 'anaphor', key: null, text: `${nat ?? ''}|${role}`, priority: 4 });
        }
      }
    }
    // A full name with no title, right beside a speech verb: `"…," said Maria Zakharova.`, `Maria Zakharova told
    // reporters` or `Maria Zakharova, the ministry's spokeswoman, said`. The verb is what makes two capitalised words
    // a person here, so nothing else is taken on a bare name.
    for (const m of matchesOf(SPEAKER_NAME, chunk)) {
      // ("the High Representative for Security Policy, Federica Mogherini, stressed": the name set off by the commas
      // is the one who speaks, not the capitalised words before it.)
      const apposed = m[3] && new RegExp(`^${FULL_NAME}$`).test(m[3]) ? m[3] : undefined;
      const name = apposed ?? m[1] ?? m[2] ?? m[4]!;
      const words = name.split(/\s+/);
      // ("Governor Rallings said": a title before a surname, which the title pass reads; "Dean Okafor said" names him.)
      if (words.some((t) => NOT_NAME.has(t) || NOT_NAMES.has(t) || NOT_BARE_NAME.test(t)) || ORG_HEADS.has(words.at(-1)!) || isGroupPlural(words.at(-1)!) || (TITLE_WORDS.has(words[0]!) && !isGivenName(words[0]!))) continue;
      // ("The Kentucky Republican added", "the Texas Senator said" describe someone; "Dawn French", "Aaron Judge" name.)
      if ((DEMONYMS.has(words.at(-1)!) || TITLE_WORDS.has(words.at(-1)!)) && !isGivenName(words[0]!)) continue;
      if (isNationsBody(words)) continue;
      // ("the High Commissioner for Human Rights said": capitalised words after "for" or "of" in a title are its portfolio;
      // "Joe Saluzzi from Themis Trading said": after a name and "from" or "at", where that one works; "The group that
      // owns her music, Big Machine, says": a body, which the open pass reads.)
      const beforeName = chunk.slice(Math.max(0, m.index! + m[0].indexOf(name) - 60), m.index! + m[0].indexOf(name));
      // (Nor the second half of a portfolio: "the Department of Health and Social Care said".)
      // (Nor words after an ampersand, a body's: "Homeland Security & Emergency Management said".)
      if (/\p{Lu}[\p{L}-]*\s+(?:(?:for|of|from|at)\s+(?:(?:\p{Lu}[\p{L}-]*\s+){1,3}and\s+)?|&\s+)$/u.test(beforeName) || BODY_ON.has(/(\p{Lu}\p{Ll}+)\s+on\s+$/u.exec(beforeName)?.[1] ?? '') || apposedBody(beforeName)) continue;
      // "Prince Faisal told": an honorific and a given name, which the open pass reads as the person named in full.
      if (HONORIFICS.has(name.split(/\s+/)[0]!)) continue;
      // A place the article is somewhere "in" ("talks in Buenos Aires"), speaking for its government.
      if (placesIn.has(name)) continue;
      // "the governor of Negros Oriental, the worst-hit province, said": what a role is "of" is a place or a body.
      const of = /(\p{Ll}+)\s+of\s+(?:the\s+)?$/u.exec(chunk.slice(Math.max(0, m.index! + m[0].indexOf(name) - 40), m.index! + m[0].indexOf(name)))?.[1];
      if (of && ROLE_NOUNS.has(of)) continue;
      // "said Northfield Research analyst Ana Ruiz": words before a role noun and a name are where that person works.
      const roleAfter = /^\s+([a-z]+)\s+\p{Lu}/u.exec(chunk.slice(m.index! + m[0].length, m.index! + m[0].length + 40))?.[1];
      if (m[1] && roleAfter && ROLE_NOUNS.has(roleAfter)) continue;
      const at = span.start + m.index! + m[0].indexOf(name);
      const p = personFor(name, null, null, null, true);
      candidates.push({ start: at, end: at + name.length, kind: 'name', key: p.key, text: name, priority: 2 });
    }
    DEPUTY.lastIndex = 0;
    for (let m = DEPUTY.exec(chunk); m; m = DEPUTY.exec(chunk)) {
      const name = m[3]!;
      const at = span.start + m.index + m[0].length - name.length;
      const p = personFor(name, `${m[1]}'s ${m[2]!.toLowerCase()}`, null);
      candidates.push({ start: at, end: at + name.length, kind: 'name', key: p.key, text: name, priority: 1 });
    }
    // "state broadcaster CCTV", "the official news agency WAM", "Xinhua news agency": a news body by what it is; and
    // a company by its post ("Ryanair chief executive Michael O'Leary").
    const news = NEWS_WORDS.test(chunk) ? matchesOf(NEWS_BODY, chunk).map((m) => ({ name: m[1] ?? m[2] ?? m[3] ?? m[4]!, index: m.index! + m[0].indexOf(m[1] ?? m[2] ?? m[3] ?? m[4]!) })) : [];
    for (const b of [...news, ...bodiesBeforePosts(chunk, (w) => PLACES.has(w) || placesIn.has(w))]) {
      const key = bodyFound(b.name, chunk.slice(b.index + b.name.length, b.index + b.name.length + 12));
      // (A name in capitals is a body wherever it stands: "state news agency Agence Nord described".)
      apposedBodies.add(b.name);
      candidates.push({ start: span.start + b.index, end: span.start + b.index + b.name.length, kind: 'org', key, text: b.name, priority: 5.5 });
    }
    // Anyone else the evidence beside a name says is a person or an organisation (see findOpenNames).
    for (const n of findOpenNames(chunk, usedAlone, lowerWords, unreadRuns, namedWho, pairsAlone)) {
      if (bylines.has(n.name)) continue;
      // ("a judge in New York said": the place's last words, after a word the open pass skips, are no name either.)
      const wordBefore = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(chunk.slice(Math.max(0, n.start - 30), n.start))?.[1];
      if (placesIn.has(n.name) || (wordBefore && placesIn.has(`${wordBefore} ${n.name}`))) continue;
      const at = span.start + n.start;
      const end = span.start + n.end;
      if (n.apposedBody) apposedBodies.add(n.name);
      if (n.kind === 'organisation') {
        const key = bodyFound(n.name, chunk.slice(n.end, n.end + 12));
        // ("battery start-up Cellion" … "Cellion, founded in 2019, makes": a one-word body is that body wherever it stands,
        // and where it was found, with the words that showed it; letters, "US", are read by the passes for bodies.)
        const everywhere = /^\p{Lu}\p{Ll}+$/u.test(n.name) && !PLACES.has(n.name) && !people.has(personKey(n.name));
        if (everywhere) companyKeys.set(n.name, key);
        candidates.push({ start: at, end, kind: 'org', key, text: n.name, priority: everywhere ? 4.9 : 5.5 });
        continue;
      }
      // ("NASA's Hubble Space Telescope", "the Los Angeles Auto Show opened": on weak evidence, a name ending in a word
      // the text also writes in lower case is a thing's; "Tom Young" with a known given name is still a person's.)
      const words = n.name.split(/\s+/);
      const given = isGivenName(words[0]!);
      if (n.thin && lowerWords().has(words.at(-1)!.toLowerCase()) && !given) continue;
      // "Shareholders applauded": a plural the text also writes in lower case is a common noun, not a name.
      if (!n.name.includes(' ') && /s$/.test(n.name) && lowerWords().has(n.name.toLowerCase())) continue;
      // "Americans say", "Republicans said": a people or a party in the plural is a group, nobody in particular (and
      // what it says is nobody's, not the next one named).
      if (!n.name.includes(' ') && isGroupPlural(n.name)) {
        candidates.push({ start: span.start + n.start, end: span.start + n.end, kind: 'anonymous', key: ANONYMOUS, text: n.name, priority: 0.5 });
        continue;
      }
      // "The Guardian reported", "the Central de Abasto, a market": a run right after "the" names a thing, not a person.
      if (!n.titled && /(?:^|[^\p{L}])[Tt]he\s+$/u.test(chunk.slice(Math.max(0, n.lead - 4), n.lead))) continue;
      // A surname or given name alone ("Burhan", "De Jong", "Anwar") is the person already named in full, if only one.
      const alone = !n.name.includes(' ') || /^\p{Ll}/u.test(n.name) || /^(?:De|Van|Von|Al|El|Di|Da|Le|La|Du)\s/.test(n.name);
      const short = alone ? knownByShort(n.name, chunk.slice(n.lead, n.start)) : undefined;
      // ("says Denise, a retired school cook": a given name the text uses alone stands for her wherever it stands, as a surname.)
      if (short && n.name === short.first?.split(/\s+/)[0] && !short.aliases.includes(n.name)) short.aliases.push(n.name);
      // (A name alone that two people named in full share, with no title to tell them apart, is neither.)
      if (alone && !short && shortMatches(n.name.toLowerCase()).length > 1) continue;
      const known = short ?? people.get(personKey(nameShape(n.name).last));
      // ("Apple says …" with "Apple devices" elsewhere: one word no one was named by, which the text shows to be a
      // company or a thing, is that body.)
      // ("Politico reported", "Rolling Stone reported": a name that only ever reports, with no given name, is an outlet.)
      const outlet = !short && !known && !n.titled && n.role === null && !given && onlyReports(text, n.name);
      // ("SkyJet said", "AirPower": a capital inside one word is a company's or a product's, not a person's.)
      if (outlet || (!short && !known && (isProductWord(n.name) || ((n.role === null ? !n.titled : isBodysRole(n.role)) && !n.name.includes(' ') && isCompany(n.name))))) {
        const key = orgKey(n.name);
        openOrgs.set(key, n.name);
        companyKeys.set(n.name, key);
        continue;
      }
      // (The evidence that found a full name is its own: "Maria Costa, 52, the elder of the two," beside Elena Costa,
      // "Kurt Busch" beside Kyle Busch, are other people.)
      // ("my friend Jean-Noël" under "Remarks by … Foreign Minister Jean-Noël Barrot": the one full name the page opens so.)
      const opened = !short && !known && (!n.titled || /^\p{Ll}/u.test(n.role ?? '')) && !n.name.includes(' ') ? fullNameOpenedBy(text, spans, n.name) : undefined;
      const p = short ?? personFor(opened ?? n.name, known?.roles.length ? null : n.role, null, undefined, true);
      if (opened && !p.aliases.includes(n.name)) p.aliases.push(n.name);
      const lead = span.start + n.lead;
      candidates.push({ start: lead, end, kind: n.titled ? 'title' : 'name', key: p.key, text: text.slice(lead, end), priority: 2.5 });
    }
  }
  bracketedInitials(text, candidates, people, personLetters);
  // ("her husband, Emeka,": a relative by given name alone takes the family's name; "Wang" alone, "Wang Yi" named
  // where nothing made him anyone, the full name.)
  familyNames(text, candidates, people);
  familyFirstNames(text, people);
  // Pass 2: every other place a known surname stands, with or without an honorific or first name.
  const { owners, ownerOf, surnamePattern } = surnameForms(people.values(), text);
  const surnames = new Set([...people.values()].filter((p) => p.type === 'person').map((p) => p.last));
  for (const span of spans) {
    const chunk = text.slice(span.start, span.end);
    HONORIFIC.lastIndex = 0;
    for (let m = HONORIFIC.exec(chunk); m; m = HONORIFIC.exec(chunk)) {
      // "Dr Amara Diallo": a given name and a surname after the honorific; "Mr Feijóo said": a surname alone.
      const full = m[3] && !NOT_NAME.has(m[3]) ? `${m[2]} ${m[3]}` : null;
      const last = full ? nameShape(full).last : m[2]!;
      // ("Mr Speaker", "Mr. Prime Minister", "Mr. Ranking Member": an honorific before a post addresses its holder, no one.)
      // (A month may be someone's surname the article has named: "Helen June … Ms June told".)
      if ((NOT_NAME.has(m[2]!) && !(MONTH_SURNAMES.test(m[2]!) && people.has(personKey(m[2]!)))) || (!full && ADDRESSED_POST.test(m[2]!)) || (full && ((TITLE_WORDS.has(m[2]!) && TITLE_WORDS.has(m[3]!)) || ADDRESSED_PAIR.test(full)))) continue;
      // ("Dr Tedros": an honorific and a given name that is the short form, as Ethiopian names use it.)
      // ("Mr Biden" where Joe and Hunter Biden are both named stands for neither.)
      const owned = owners.get(foldName(last));
      if (owned && !owned.key && !full) continue;
      const known = people.get(owned?.key ?? personKey(last)) ?? (full ? undefined : knownByShort(last));
      if (!known && m[1] !== 'Mr' && m[1] !== 'Mrs' && m[1] !== 'Ms' && m[1] !== 'Dr') continue;
      const p = known ?? personFor(full ?? last, null, null);
      const at = span.start + m.index;
      // The mention ends after the surname (a word after it that is no name is not part of it).
      // ("Dr. Luz Contreras Arroyo": a longer name of the person's written there ends it.)
      const nameAt = m[0].indexOf(m[2]!, m[1]!.length);
      const longest = p.names.filter((n) => n.length > m[0].length - nameAt && chunk.startsWith(n, m.index + nameAt)).sort((a, b) => b.length - a.length)[0];
      const end = at + (longest ? nameAt + longest.length : full ? m[0].length : nameAt + m[2]!.length);
      // (The surname of a longer name written there: "President Ursula von der Leyen" is "President von der Leyen".)
      const alias = `${m[1]}${m[0].slice(m[1]!.length).match(/^\.?\s+/)![0]}${longest ? nameShape(longest).last : last}`;
      if (!p.aliases.includes(alias)) p.aliases.push(alias);
      candidates.push({ start: at, end, kind: 'honorific', key: p.key, text: text.slice(at, end), priority: 2 });
    }
    if (surnamePattern) candidates.push(...surnameMentions(chunk, span.start, surnamePattern, ownerOf, people, siblings));
    candidates.push(...bodyMentions(chunk, span.start, openOrgs, companyKeys, acronyms, surnames), ...describedMentions(chunk, span.start));
  }
  // (After every name is found, surnames and honorifics too.)
  candidates.push(...jointSpeakers(text, candidates));
  familyFirstWritten(text, candidates, people);
  bodiesForNames(candidates, people, apposedBodies, openOrgs);
  const accepted = acceptMentions(text.length, candidates.filter((x) => !inQuote(x) && !(x.kind === 'org' && personLetters.has(x.text))));
  // ("the Saudi Press Agency reported … SPA said": a body's initials, written alone, are that body, whichever pass read it.)
  for (const m of accepted) {
    const letters = m.kind === 'org' && /^(?:[Tt]he\s+)?([A-Z]{3,6})$/.exec(m.text)?.[1];
    const full = letters ? [...openOrgs].find(([key, name]) => key !== m.key && acronymsOf(name, '', text).includes(letters)) : undefined;
    // ("Crown Prince Mohammed bin Salman … MBS said": else the one person whose full name they are the initials of.)
    const owners = letters && !full ? [...people.values()].filter((p) => p.type === 'person' && p.names.some((n) => initialsOf(n) === letters)) : [];
    if (full) m.key = full[0];
    else if (letters && owners.length === 1) {
      Object.assign(m, { key: owners[0]!.key, kind: 'name' });
      if (!owners[0]!.aliases.includes(letters)) owners[0]!.aliases.push(letters);
    }
  }
  // Organisations enter the list only where the text mentions them.
  for (const m of accepted) {
    if (m.kind !== 'org' || people.has(m.key!)) continue;
    const name = ORGANISATIONS.find((o) => o.key === m.key)?.name ?? openOrgs.get(m.key!)!;
    people.set(m.key!, { key: m.key!, type: 'organisation', first: null, last: name, names: [name], aliases: [], roles: [], nationality: null });
  }
  for (const m of accepted) {
    if (m.kind === 'org') {
      const p = people.get(m.key!)!;
      const alias = m.text.replace(/^[Tt]he /, '');
      if (!p.aliases.includes(alias)) p.aliases.push(alias);
    }
  }
  // ("Prime Minister Dick Schoof of Norway", "Tete António, of Angola,": a country set after the name is the person's.)
  for (const m of accepted) {
    const p = m.key ? people.get(m.key) : undefined;
    const country = p?.type === 'person' && !p.nationality ? /^,?\s+of\s+(\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)(?![\p{L}'’])/u.exec(text.slice(m.end, m.end + 40))?.[1] : undefined;
    if (country && COUNTRIES.has(country)) p!.nationality = CAPITAL_GOVERNMENTS.get(country) ?? null;
  }
  resolveDescriptions(text, accepted, people);
  resolveAnaphors(text, accepted, people);
  for (const p of fromFolder) if (!accepted.some((m) => m.key === p.key)) people.delete(p.key);
  peerNames(text, people.values());
  return { people: [...people.values()], mentions: accepted, unread: unreadNames(usedAlone, unreadRuns, people, fromFolder, lowerWords) };
}
