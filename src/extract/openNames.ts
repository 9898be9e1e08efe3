import { ADDRESSEE_VERBS, BUILDING_HEADS, DEMONYMS, DESCRIBING, HONORIFICS, isBuildingWord, NOT_NAMES, NO_SURNAME_PLACE_HEADS, ORG_HEADS, PARTICLES, PLACE_HEADS, PLACES, ROLE_NOUNS, TITLE_MODIFIERS, WORD_FAMILY_OPENERS } from './lexicon.js';
import { isGivenName, isMonthSurname } from './givenNames.js';
import { nameShape } from './names.js';
import { isNameToken, isTitle, runsIn, word } from './nameRuns.js';
import { BODY_APPOSED, ORG_KIND_BEFORE, ORG_NOUN_AFTER, ORG_NOUN_DESCRIBED, apposedBody } from './bodyWords.js';
import { roleBeforeName } from './rolesBefore.js';
import { COMPANY_HEADS } from './descriptions.js';
import { isCredited } from './credits.js';
import { listedAmong } from './listedNames.js';
import { organisationRun, reporterOf } from './openOrgs.js';
import { apposedAfter, CLAUSE_VERB_AFTER, headsQuotes, roleApposed, WORK_APPOSED, OWNS_AFTER_VERB, POST_APPOSED, PRESENT_RIGHT_AFTER, QUOTED_AS, roleGivenAfter, SURNAME_WITHHELD, saysNothing, TIME_AFTER, VERB_RIGHT_AFTER, WHO_AFTER, WHO_AFTER_BODY, WORD_AFTER } from './nameEvidence.js';
import { CAMPUS_BEFORE, COMPETES_AFTER, DOCUMENT_HEADS, EVENT_HEADS, JOINED_TITLE, KIND_BEFORE, LEGAL_PARTIES, NO_WORDS, NUMBER_WORDS, QUESTION_VERBS, SPEECH_SET, STORMS, WORD_BEFORE, afterNameOf, bareVerbAfter, isRoleNoun, pairedSpeaker, nameWordTitle, pluralTitleOpens, postOfPlace, roleInRun, roleRightBefore, singularTitle, TWO_INITIALS, WORD_FAMILY_NAMES } from './openNameWords.js';

/** "…, which makes both drugs, said": a relative "which" closed before a verb of saying, or ending a list's heading with a colon. */
const WHICH_SAYS = /^,\s+which\s(?:[^,.;:"“”]{1,80},\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told|added|announced|confirmed|warned|stated|insisted|argued|denied)\b|[^,.;:"“”\n]{1,80}:[ \t]*(?:\n|$))/;
/** A byline of names in capitals and their agency: "By JIM SALTER Associated Press", "By ANA RUIZ and TOM HALE, AP". */
const BYLINE_LINE = /^By\s+(?:(?:\p{Lu}[\p{L}.'’-]*|and),?\s*)+$/u;
/** The words of the particles a surname may hold ("van", "der", "al"). */
const PARTICLE_WORDS = new Set(PARTICLES.flatMap((p) => p.split(' ')));

/** A name found by the evidence around it, with offsets into the text it was read from. */
export interface OpenName {
  start: number;
  end: number;
  name: string;
  kind: 'person' | 'organisation';
  /** The title or role written with it ("Kenyan President", "coach"), if any. */
  role: string | null;
  /** Where the words that name this person start: the title, role or possessor before the name ("Barcelona coach Hansi Flick"). */
  lead: number;
  /** Whether a title or honorific stood in front (the strongest evidence, and the only one a surname alone needs). */
  titled: boolean;
  /** A body named by apposition ("The group that owns her music, Big Machine,"): that body wherever the name stands. */
  apposedBody?: true;
  /** Found by weak evidence alone (a possessive, an apposition or a verb without a role, a heading), no title, role or speech. */
  thin?: true;
}

/**
 * Finds names by the evidence beside them, not by a list of people: a title before (any run ending in title words,
 * "Acting Chief Justice Maria Soto", "Fire Chief Dana Ortiz"), a lower-case role noun ("Barcelona coach Hansi Flick"),
 * a possessive ("NATO's Mark Rutte"), an apposition after ("Olena Marchuk, a nurse"), or a speech verb on either
 * side ("…," said Ruth Gregory; Stubb told), or a verb after a full name whose surname the text also uses alone
 * (`usedAlone`). Runs ending in an organisation word are organisations. Places, calendar words and runs with no
 * evidence are left alone.
 */
export function findOpenNames(
  chunk: string,
  usedAlone: ReadonlySet<string> = new Set(),
  lowerWords: () => ReadonlySet<string> = () => NO_WORDS,
  /** Collects the runs shaped like a person's name that no evidence here made anyone's (see ArticleExtraction.unread). */
  unread?: string[],
  /** Surnames the whole text writes alone before ", who" and a verb in the singular (see surnamesWithWho). */
  namedWho: ReadonlySet<string> = NO_WORDS,
  /** Two words the whole text writes alone before a verb (see namesUsedAlone). */
  pairsAlone: ReadonlySet<string> = NO_WORDS,
): OpenName[] {
  const out: OpenName[] = [];
  /** Names of two or three words with no evidence of their own, which a list of people may still show to be people. */
  const unproven: OpenName[] = [];
  // The title a plural opened ("Justices Ana Ruiz") and where its name ended, for the names listed after it.
  let sharedTitle: { end: number; title: string } | null = null;
  for (const tokens of runsIn(chunk)) {
    const at = tokens[0]!.at;
    // ("The Care Quality Commission's report": a body's name before a possessive ends at the apostrophe.)
    const owned = /['’]s$/.exec(tokens.at(-1)!.t) && ORG_HEADS.has(tokens.at(-1)!.t.slice(0, -2)) ? 2 : 0;
    const runEnd = tokens.at(-1)!.at + tokens.at(-1)!.t.length - (tokens.at(-1)!.t.endsWith('.') ? 1 : owned);
    const lastTok = word(tokens.at(-1)!.t).slice(0, owned ? -2 : undefined);
    // ("By JIM SALTER Associated Press": a byline's names and agency name no body; the byline pass reads them.)
    if (DESCRIBING.test(lastTok) || BYLINE_LINE.test(chunk.slice(chunk.lastIndexOf('\n', at) + 1, (chunk.indexOf('\n', at) + 1 || chunk.length + 1) - 1))) continue;
    // ("Hurricane Milton slammed into …", "Storm Ciaran": a storm's name is no one's.)
    if (STORMS.test(tokens[0]!.t)) continue;
    // "the European Space Agency", "the Ministry of Transport": an organisation names itself by its last word or its first.
    const leadWord = tokens.findIndex((x) => !NOT_NAMES.has(x.t));
    if (leadWord === -1) continue;
    // "Professor Kenji Watanabe of Kyoto University": a title, a name, then "of" and the body: a person, not the body.
    const ofAt = tokens.findIndex((x, i) => i > leadWord && x.t === 'of');
    const personOf = reporterOf(tokens, leadWord, ofAt, chunk.slice(runEnd, runEnd + 12)) || (ofAt > leadWord + 1 && isTitle(tokens[leadWord]!.t) && isNameToken(tokens[ofAt - 1]!.t));
    const organisation = personOf ? undefined : organisationRun(chunk, tokens, leadWord, runEnd, lastTok, ofAt);
    if (organisation !== undefined) {
      if (organisation) out.push(organisation);
      continue;
    }
    // ("Union Minister for Rural Development and Panchayati Raj K. Suresh Kesavan": past a title's portfolio and "and",
    // the words up to an initial, else all but the last two, are a second portfolio, and the rest the name.)
    const portfolio = tokens.length >= 3 && !tokens.some((x) => isTitle(x.t) || x.t === 'of' || x.t === 'the') ? JOINED_TITLE.exec(chunk.slice(Math.max(0, at - 80), at)) : null;
    if (portfolio && portfolio[1]!.split(/\s+/).some((w) => isTitle(w) && !TITLE_MODIFIERS.has(w))) {
      const initial = tokens.findIndex((x, k) => k >= 1 && /^\p{Lu}\.$/u.test(x.t));
      const nameFrom = initial >= 1 ? initial + 1 : tokens.length - 2;
      if (tokens.length - nameFrom >= 2 && tokens.slice(nameFrom).every((x) => isNameToken(x.t))) {
        const start = tokens[nameFrom]!.at;
        const role = portfolio[1]! + tokens.slice(0, initial >= 1 ? initial : nameFrom).map((x) => x.t).join(' ');
        out.push({ start, end: runEnd, lead: at, name: chunk.slice(start, runEnd), kind: 'person', role, titled: true });
        continue;
      }
    }
    // ("Minister of Foreign Affairs of Ukraine Dmytro Kuleba", "Mayor of London Sadiq Khan": a post of a place, then the name.)
    // (A Vietnamese family name that is also a word, "… of Vietnam To Lam", may open it.)
    const placesPost = tokens.length >= 2 && tokens.length <= 3 && tokens.every((x, k) => (k === 0 && WORD_FAMILY_OPENERS.test(x.t)) || (isNameToken(x.t) && !NOT_NAMES.has(word(x.t)))) ? postOfPlace(chunk.slice(Math.max(0, at - 100), at)) : null;
    if (placesPost) { out.push({ start: at, end: runEnd, lead: at - placesPost.length, name: chunk.slice(at, runEnd), kind: 'person', role: placesPost.role, titled: true }); continue; }
    // "The IG Metall union", "the Likud party": a name and then a lower-case word for a body is that body.
    // (After "the", one word may describe the body first: "the Green Shield rescue group", "the IG Metall trade union".)
    // ("Consumer group BEUC called": a body's kind with its name after it describes that body; "Consumer" names none.)
    const bodyNamedAfter = /^\s+[a-z]+\s+\p{Lu}/u.test(chunk.slice(runEnd, runEnd + 30)) && ORG_NOUN_AFTER.test(chunk.slice(runEnd, runEnd + 20));
    if (bodyNamedAfter && tokens.length === 1) continue;
    const body = ORG_NOUN_AFTER.exec(chunk.slice(runEnd, runEnd + 20)) ?? (tokens[0]!.t === 'The' || /\bthe\s+$/.test(chunk.slice(Math.max(0, at - 4), at)) ? ORG_NOUN_DESCRIBED.exec(chunk.slice(runEnd, runEnd + 36)) : null);
    // ("Clinton’s campaign chair": a possessor is no body's name.)
    // ("One campaign video", "Each party": a number or a determiner alone before the word names nothing.)
    const lone = tokens.length - leadWord === 1 && (NOT_NAMES.has(word(lastTok)) || NUMBER_WORDS.test(lastTok));
    // ("The San Francisco company said", "the Seattle firm": after "the", a company is described by its place; copy
    // names a company without "the" and "company".)
    const placed = body && COMPANY_HEADS.has(body[0].trim()) && (tokens[0]!.t === 'The' || /\bthe\s+$/.test(chunk.slice(Math.max(0, at - 4), at)));
    if (body && !placed && leadWord !== -1 && !lone && !/['’]s$/.test(lastTok) && tokens.slice(leadWord).every((x) => !isTitle(x.t) && !DEMONYMS.has(word(x.t)))) {
      const start = tokens[leadWord]!.at;
      out.push({ start, end: runEnd + body[0].length, lead: start, name: chunk.slice(start, runEnd), kind: 'organisation', role: null, titled: false });
      continue;
    }
    // "the consultancy Vantage Audio", "the retailer Harbor Foods": a word for a kind of business right before a name
    // (whose words may be a portfolio's: "Passenger group Transport Focus").
    if (leadWord === 0 && tokens.length <= 4 && (ORG_KIND_BEFORE.test(chunk.slice(Math.max(0, at - 30), at)) || KIND_BEFORE.test(chunk.slice(Math.max(0, at - 30), at))) && tokens.every((x) => (!isTitle(x.t) || TITLE_MODIFIERS.has(word(x.t))) && !DEMONYMS.has(word(x.t)))) {
      out.push({ start: at, end: runEnd, lead: at, name: chunk.slice(at, runEnd), kind: 'organisation', role: null, titled: false });
      continue;
    }
    // The name is what follows the last title word; "of"/"for" ends it ("Prime Minister Dick Schoof of Norway").
    // A possessive ends what comes before the name ("NATO's Mark Rutte").
    let lastTitle = -1;
    let possessed = false;
    // ("Officer Tommy Hale of the Surprise Police Department": past a titled name and "of", the title words are the
    // body's, and end no title.)
    const titlesEnd = personOf ? ofAt : tokens.length - 1;
    // ("Rovers captain Dean Okafor": after a role in lower case, a title that is also a given name opens the name.)
    const givenAfterRole = tokens.length >= 2 && isGivenName(tokens[0]!.t) && roleRightBefore(chunk, at);
    // (A plural title is one only before two names or more: "Justices Ana Ruiz and Tom Hale", not "Chiefs Offense".)
    // ("Foreign Ministers Tete António, of Angola, and Frederick Shava, of Zimbabwe": each name with its country set off.)
    const pairFollows = /^(?:,[ \t]*(?:of[ \t]+\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?,[ \t]*(?:and[ \t]+)?)?|[ \t]+and[ \t]+)\p{Lu}/u.test(chunk.slice(runEnd, runEnd + 40));
    const plurals = tokens.map((_, k) => pairFollows && pluralTitleOpens(tokens, k));
    for (let i = 0; i < titlesEnd; i++) {
      if (/['’]s$/.test(tokens[i]!.t)) {
        lastTitle = i;
        possessed = true;
      } else if ((isTitle(tokens[i]!.t) || roleInRun(tokens, i) || plurals[i]) && !afterNameOf(tokens, i, lastTitle) && !(i === 0 && givenAfterRole) && !nameWordTitle(tokens, i, lastTitle)) lastTitle = i;
    }
    // ("Minister of Cooperation Amit Shah", "Minister for Power Awais Leghari": a portfolio not in our lists after "of" or
    // "for" runs to the name, its last two words.)
    const portfolioAfter = lastTitle >= 0 && /^(?:of|for)$/.test(tokens[lastTitle + 1]?.t ?? '') && !TITLE_MODIFIERS.has(word(tokens[lastTitle]!.t)) && tokens.length - lastTitle >= 5 && tokens.slice(lastTitle + 2).every((x) => isNameToken(x.t)) && !tokens.slice(-2).some((x) => PLACES.has(word(x.t)) || ORG_HEADS.has(word(x.t)));
    if (portfolioAfter) lastTitle = tokens.length - 3;
    let from = lastTitle + 1;
    let nationality = false;
    // ("General Secretary To Lam", "leader To Lam", "Vietnam's To Lam": a family name that is an English word, after a
    // title, a role, a possessive or a country.)
    const wordBefore = WORD_BEFORE.exec(chunk.slice(Math.max(0, at - 30), at))?.[1] ?? '';
    // ("Vice Premier He Lifeng", '"…?" He Jianxiong, the former executive director …, said': "He" is a family name
    // after a title, or opening a pair set off by a comma or before a speech verb, never in a line of capitals.)
    const pairAfter = tokens.length === 2 && /^\s*(?:,|said\b|says\b|told\b)/.test(chunk.slice(runEnd, runEnd + 8)) && /\p{Ll}{3}/u.test(chunk.slice(runEnd, runEnd + 40));
    const familyWord = (k: number) =>
      WORD_FAMILY_NAMES.test(tokens[k]?.t ?? '') &&
      (tokens[k]!.t !== 'He' || k > 0 || pairAfter) &&
      k + 1 < tokens.length &&
      isNameToken(tokens[k + 1]!.t) &&
      (k > 0 ? isTitle(tokens[k - 1]!.t) || /['’]s$/.test(tokens[k - 1]!.t) || PLACES.has(tokens[k - 1]!.t) : ROLE_NOUNS.has(wordBefore) || tokens[k]!.t === 'He');
    // ("Sacramento-based McClatchy": a word glued to -based describes what follows, as a role word would.)
    while (from < tokens.length && !(from === 0 && givenAfterRole) && !familyWord(from) && (NOT_NAMES.has(word(tokens[from]!.t)) || isRoleNoun(tokens[from]!.t.toLowerCase()) || DEMONYMS.has(word(tokens[from]!.t)) || DESCRIBING.test(tokens[from]!.t))) {
      nationality ||= DEMONYMS.has(word(tokens[from]!.t));
      from++;
    }
    // "Irish Taoiseach Niamh Byrne": after a nationality, the first of three capitalised words is a title not in our list.
    if (nationality && lastTitle < from - 1 && tokens.length - from >= 3 && !/^(?:of|for|the)$/.test(tokens[from + 1]!.t) && isNameToken(tokens[from]!.t)) {
      lastTitle = from;
      from++;
    }
    // ("Electronic Casefile (eCF)" over a paragraph on "the electronic record", "People will ask you": a sentence's first
    // word that the article also writes in lower case is that word, not a name, unless a known given name: "Will Moy".)
    const first = tokens[from]?.t ?? '';
    if (from === 0 && /(?:^|[.!?]["”’]?\s|\n)\s*$/.test(chunk.slice(Math.max(0, at - 3), at)) && lowerWords().has(first.toLowerCase()) && !isGivenName(first) && !familyWord(0)) from++;
    // ("Third-seeded Ana Ruiz", "Award-winning Tom Hale", "Sixteen-year-old Aditi Rao": a hyphened participle or an
    // age opening the run describes the name.)
    const agedBefore = from < tokens.length - 1 && /^\p{Lu}\p{Ll}*-(?:year|month)-old$/u.test(tokens[from]!.t);
    if (from < tokens.length - 1 && /^\p{Lu}\p{Ll}*-(?:\p{Ll}+(?:ed|ing)|(?:year|month)-old)$/u.test(tokens[from]!.t)) from++;
    let to = from;
    while (to < tokens.length && !/^(?:of|for|the)$/.test(tokens[to]!.t)) to++;
    // "Will Moscow respond?": a question's opening verb is no given name.
    if (from === 0 && QUESTION_VERBS.has(tokens[0]!.t) && /^[^.!]*\?/.test(chunk.slice(at))) from++;
    // ("China's ambassador to Britain Liu Xiaming": after a preposition, a country before the name is where the role is.)
    if (to - from >= 3 && PLACES.has(word(tokens[from]!.t)) && /\b(?:to|in|of|from|for|at)\s+$/.test(chunk.slice(Math.max(0, tokens[from]!.at - 6), tokens[from]!.at))) from++;
    // ("Chair of the Public Accounts Committee Meg Hillier": after a title, the name starts past the body's last word.)
    // ("Union Minister for Information and Broadcasting M. Venkaiah Naidu": an initial before the given name is left out.)
    if (from > 0 && to - from >= 3 && /^\p{Lu}\.$/u.test(tokens[from]!.t)) from++;
    const realTitle = tokens.slice(0, from).some((x) => isTitle(x.t) && !TITLE_MODIFIERS.has(word(x.t)));
    for (let k = to - 3; realTitle && k >= from; k--) {
      if (ORG_HEADS.has(word(tokens[k]!.t))) {
        from = k + 1;
        break;
      }
    }
    const nameTokens = tokens.slice(from, to);
    // "Mayor Tomas Ferreira's phone-in": a titled possessive is still the name, without its 's; so is one after a role
    // noun ("winger Jason Zucker's empty-net goal"), and one that looks a person's: a known given name first or a
    // surname the text uses alone ("Arne Slot's side" and "Slot was left to rue").
    const owner = /['’]s$/.test(nameTokens.at(-1)?.t ?? '');
    // (Not a sentence's opening word: "Following Assange's arrest", "Day-by-day Schiff's".)
    const ownerLooksPerson = owner && (isGivenName(nameTokens[0]!.t) || (/^\p{Lu}\p{Ll}+$/u.test(nameTokens[0]!.t) && !/ing$/.test(nameTokens[0]!.t) && usedAlone.has(nameTokens.at(-1)!.t.slice(0, -2))));
    const possessor =
      nameTokens.length > 1 &&
      owner &&
      (ownerLooksPerson || (from > 0 ? tokens.slice(0, from).some((x) => isTitle(x.t)) : isRoleNoun(/(?:^|[^\p{L}-])(\p{Ll}[\p{Ll}-]+)\s+$/u.exec(chunk.slice(Math.max(0, at - 30), at))?.[1] ?? '')));
    if (possessor) nameTokens[nameTokens.length - 1] = { ...nameTokens.at(-1)!, t: nameTokens.at(-1)!.t.slice(0, -2) };
    // ("ISRO chairman S. Somanath", "Congress leader P Chidambaram": after a role, an initial as Indian copy writes it;
    // "Vice President JD Vance": two initials with no stops, no code such as "US" or "EU".)
    const initialFirst = nameTokens.length === 2 && ((/^(?![AI]$)\p{Lu}\.?$/u.test(nameTokens[0]!.t) && roleRightBefore(chunk, at)) || TWO_INITIALS.test(nameTokens[0]!.t)) && isNameToken(nameTokens[1]!.t) && !PLACES.has(word(nameTokens[1]!.t));
    if (nameTokens.length === 0 || nameTokens.length > 5 || !(isNameToken(nameTokens[0]!.t) || initialFirst || familyWord(from) || (from === 0 && givenAfterRole))) continue;
    // ("Beryl A. Howell": a capital and a full stop just before the surname is an initial, not the article "A";
    // "Option A. Ana Ruiz" is two sentences.)
    const initial = (x: { t: string }, i: number) => i === nameTokens.length - 2 && /^\p{Lu}\.$/u.test(x.t);
    // ("Theresa May warned", "Brian May": a month after a known given name, with no day after it, is a surname.)
    const monthSurname = (x: { t: string; at: number }, i: number) => i === nameTokens.length - 1 && i > 0 && isMonthSurname(nameTokens[i - 1]!.t, x.t, chunk.slice(x.at + x.t.length));
    if (!nameTokens.every((x, i) => i === 0 || /^\p{Ll}/u.test(x.t) || initial(x, i) || monthSurname(x, i) || !NOT_NAMES.has(word(x.t)))) continue;
    // A name ends in a capital, or in a glued particle ("al-Burhan").
    if (!/^\p{Lu}/u.test(nameTokens[0]!.t) || (/^\p{Ll}/u.test(nameTokens.at(-1)!.t) && !/^\p{Ll}l-/u.test(nameTokens.at(-1)!.t))) continue;
    const start = nameTokens[0]!.at;
    const end = nameTokens.at(-1)!.at + nameTokens.at(-1)!.t.length - (nameTokens.at(-1)!.t.endsWith('.') ? 1 : 0);
    const name = chunk.slice(start, end);
    // The title words stand after the possessor, if any ("NATO's Secretary General X"); the possessor is not a title.
    const titleFrom = possessed ? lastTitle + 1 : 0;
    const plural = nameTokens.length >= 2 && plurals.slice(0, from).some(Boolean);
    const titleTokens = tokens.slice(titleFrom, from).filter((x, k) => isTitle(x.t) || (plural && plurals[k + titleFrom]));
    // ("Justices Ana Ruiz and Tom Hale": the second name of a plural title's pair, or list, holds the title too.)
    const pairedTitle: string | null = sharedTitle && from === 0 && nameTokens.length >= 2 && /^(?:,\s*|,?\s+and\s+|,\s*of\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,\s*(?:and\s+)?)$/u.test(chunk.slice(sharedTitle.end, at)) ? sharedTitle.title : null;
    // ("Minister for the Economy and Finance Michel Sapin": after "and", a portfolio word ends a title all the same.)
    const titled: boolean = Boolean(pairedTitle) || titleTokens.some((x) => !TITLE_MODIFIERS.has(word(x.t))) || (titleTokens.length > 0 && nameTokens.length >= 2 && /\band\s+$/.test(chunk.slice(Math.max(0, at - 5), at)));
    // ("Home Depot reported", "the Trade Desk said": a word that makes a title only beside another, right before the name
    // with none, is the first word of a body's name.)
    if (!titled && titleTokens.length > 0 && titleTokens.at(-1) === tokens[from - 1]) continue;
    const before = chunk.slice(Math.max(0, at - 60), at);
    const after = chunk.slice(end, end + 120);
    // "The group that owns her music, Big Machine, says": a name set off after a word for a body is that body.
    if (apposedBody(before) && /^\s*,/.test(after)) {
      out.push({ start, end, lead: start, name, kind: 'organisation', role: null, titled: false, apposedBody: true });
      continue;
    }
    const { role: openRole, match: roleBefore, capitalRole, phraseRole } = roleBeforeName(chunk, at, tokens, lastTitle, from);
    // ("Trader Talk" alone on its line: a column's or a newsletter's name, not a trader called Talk.)
    if (nameTokens.length === 1 && openRole === capitalRole && capitalRole && /(?:^|\n)[ \t]*$/.test(before) && /^[ \t]*(?:\n|$)/.test(after)) continue;
    // The words naming the person start at the run's first word past calendar and grammar words ("On Monday President X").
    const firstWord = tokens.findIndex((x) => !NOT_NAMES.has(word(x.t)));
    let lead = from > 0 && firstWord >= 0 && firstWord < from ? tokens[firstWord]!.at : start;
    if (roleBefore && !roleBefore[3]) lead = Math.min(lead, at - roleBefore[1]!.length - (before.length - before.trimEnd().length));
    const possessive = possessed || (/\p{Lu}[\p{L}.]*['’]s\s+$/u.test(before) && !/\b(?:the|a|an)\s+\S+['’]s\s+$/i.test(before));
    const single = nameTokens.length === 1;
    // ("U.K. Cosmopolitan", "U.S. Steel": one word after a country's letters is a national edition or a body; "Homeland
    // Security & Emergency Management": words after an ampersand end a body's name.)
    if ((single && /(?:^|[^\p{L}.])(?:U\.K\.|U\.S\.|UK|US|EU|UN)[ \t]+$/u.test(before)) || /&[ \t]+$/.test(before)) continue;
    // A possessor ("Biden's remark"), a place ("the Crimea Peninsula", "United States") or a nationality is no one's name.
    // ("Susan Lake", "Tom Bridges": a known given name before a word for a place makes it a surname.)
    const givenName = nameTokens.length > 1 && isGivenName(nameTokens[0]!.t);
    // ("Face ID", "Universal USB", "Mustang Mach E SUV": capitals after the first word are a product's, not a person's;
    // a king's number is a name's: "Edward IV".)
    if (nameTokens.some((x, i) => i > 0 && /^[\p{Lu}\p{N}-]{2,}$/u.test(word(x.t)) && !/^[IVX]+$/.test(word(x.t)))) continue;
    // ("the company's first Chief Strategy Officer", "the Kentucky Republican", "the General Data Protection Regulation":
    // a name ending in a role noun is a post, a people after a place someone, a document's word a document.)
    if (nameTokens.length > 1 && (ROLE_NOUNS.has(word(nameTokens.at(-1)!.t).toLowerCase()) || DEMONYMS.has(word(nameTokens.at(-1)!.t)) || DOCUMENT_HEADS.test(word(nameTokens.at(-1)!.t))) && !givenName) continue;
    // ("Wayne County", "Grant Province": a place head that is no one's surname ends a place, given name or not; "Arsenio Hall" is a name.)
    // ("St James Park": after a saint's title, any place head ends a place.)
    const saint = tokens.slice(0, from).some((x) => /^(?:St\.?|Saint)$/.test(x.t));
    if (/['’]s$|s['’]$/.test(nameTokens.at(-1)!.t) || (PLACE_HEADS.has(word(nameTokens.at(-1)!.t)) && (!givenName || saint || NO_SURNAME_PLACE_HEADS.has(word(nameTokens.at(-1)!.t))))) continue;
    if (nameTokens.every((x) => PLACES.has(word(x.t)) || DEMONYMS.has(word(x.t)))) continue;
    // "said Channel 9's reporter", "Apollo 11": a name with a number after it names a body or a thing, not a person;
    // a score is no such number ("to beat Ekaterina Alexandrova 6-7 (3-7) 6-2").
    if (/^\s+\d/.test(after) && !/^\s+\d{1,2}[-–]\d{1,2}(?![\d-–])/.test(after)) continue;
    // "(US Secretary of State Antony) Blinken": words an editor put in brackets name no one by themselves.
    if (/^\)/.test(after) && /\(\s*$/.test(chunk.slice(Math.max(0, at - 2), at))) continue;
    // "the President Wilson hotel", "Hotel President Wilson": a building named after someone is no person.
    const nextWord = /^\s+(\p{L}+)/u.exec(after)?.[1];
    if ((nextWord && isBuildingWord(nextWord)) || tokens.slice(0, from).some((x) => BUILDING_HEADS.has(word(x.t)))) continue;
    // ("The National Institute on Drug Abuse": after a capitalised word and "on", the words are the rest of a body's name.)
    if (!titled && /\p{Lu}\p{L}+\s+on\s+$/u.test(before)) continue;
    // ("the Centre for Climate, Coasts and Cities told": the last of a list after "for" or "of" ends a body's name.)
    // ("the Center for Disease Control and Prevention said", too.)
    if (single && !titled && /\b(?:of|for|on)\s+(?:\p{Lu}\p{L}+[\s,]+)+(?:and|&)\s+$/u.test(before)) continue;
    // ("the University of California, San Francisco": a campus's city after its university's name is a place; "… at the
    // University of Oxford, Sarah Gilbert, said" is someone's given name.)
    if (!givenName && CAMPUS_BEFORE.test(before)) continue;
    // ("Governor Rui Mota of Alto Vale said": a name right after another's "of" is where that person is from or works.)
    if (/\p{Lu}[\p{L}'’.-]*\s+of\s+(?:the\s+)?$/u.test(before) && !isTitle(/(\S+)\s+of\s+(?:the\s+)?$/.exec(before)![1]!)) continue;
    // ("published in the journal Marine Ecology showed": a name after a word for a publication is its title.)
    if (/\b(?:the|a|an)\s+(?:[\p{Ll}-]+\s+)?(?:journal|magazine|newsletter|blog|podcast|website)\s+$/u.test(before)) continue;
    // "the Los Angeles Auto Show", "the 200m Individual Medley": a name ending in a word for an event is that event.
    if (nameTokens.length > 1 && EVENT_HEADS.test(word(nameTokens.at(-1)!.t))) continue;
    // "the governor of Negros Oriental": what a role is "of" is a place or a body.
    if (/(?:^|\s)(\p{Ll}+)\s+of\s+(?:the\s+)?$/u.test(before) && ROLE_NOUNS.has(/(\p{Ll}+)\s+of\s+(?:the\s+)?$/u.exec(before)![1]!)) continue;
    // "said Northfield Research analyst Ana Ruiz": words before a role noun and a name are where that person works.
    // ("Veteran Nollywood actress, Kate Henshaw,": a comma may stand between the role and the name.)
    const roleAfter = /^\s+(\p{Ll}+),?\s+\p{Lu}/u.exec(after)?.[1];
    if (!titled && roleAfter && ROLE_NOUNS.has(roleAfter)) continue;
    // ("Security Policy, Federica Mogherini, stressed": past a name set off by commas, the verb is that name's.)
    const apposedName = /^,\s*\p{Lu}[\p{L}'’-]*\s+\p{Lu}[^,]*,/u.test(after);
    // ("a mission called Europa Clipper", "an online course called X": after a noun, "called" names a thing; no speech.)
    const naming = /\b(?:an?|the|its|his|her|their)\s+(?:[a-z-]+\s+){1,3}(?:called|named|dubbed)\s+$/.test(before);
    // ("told Wirenews", "thanked Oslo": a lone word after a verb that takes an object is who is spoken to, no speaker;
    // so is a name after "told" unless a given name makes it a person's: "told Channel Nine", "told Jane Roe".)
    const verbBefore = naming ? '' : (WORD_BEFORE.exec(before)?.[1] ?? '');
    // ("posted on Twitter accusing …": after a preposition a name is a place or a medium, not the one speaking; "said
    // Tyvak would …", "said Red Bull had lacked pace": a lone word, or two with no given name, before a verb is a clause's subject.)
    const afterPreposition = /\b(?:on|in|at|from|to|with|by|for|of|about|via|through|into|onto|across|against|among|between)\s+$/.test(before);
    // ("Health authorities in Inner Mongolia have confirmed", "a telescope atop Mauna Kea have confirmed": after a
    // preposition of place any name is where, and the verb is the noun's before it.)
    const afterPlace = /\b(?:in|at|atop|from|near|inside|outside|across|throughout)\s+$/.test(before);
    // ("Peace was announced", "Nothing is agreed": a thing said, in the passive, is nobody speaking; someone "was told"
    // or "was quoted" is still someone.)
    const wordAfter = WORD_AFTER.exec(after);
    const passive = saysNothing(wordAfter, after);
    const speech =
      QUOTED_AS.test(after) || (single && pairedSpeaker(after) && !PLACES.has(word(nameTokens[0]!.t)) && !DEMONYMS.has(word(nameTokens[0]!.t))) ||
      (!apposedName && !(single && afterPreposition) && !afterPlace && !passive && SPEECH_SET.has(wordAfter?.[1] ?? '') && !(single && bareVerbAfter(name, after, before))) ||
      (SPEECH_SET.has(verbBefore) && !(single && ADDRESSEE_VERBS.has(verbBefore)) && !((single || !givenName) && (VERB_RIGHT_AFTER.test(after) || CLAUSE_VERB_AFTER.test(after))) && !(!givenName && /^t(?:old|ell|ells|elling)$/.test(verbBefore)));
    // "Jannik Sinner has won …" and later "Sinner said": a full name doing something, its surname used alone elsewhere.
    // (Family name first, too: "Lee Jae-myung won …", "Wang Yi met …" and later "Lee said", "Wang said".)
    const familyAlone = usedAlone.has(word(nameTokens[0]!.t)) && (/-\p{Ll}/u.test(nameTokens.at(-1)!.t) || nameShape(name).last === nameTokens[0]!.t);
    // ("Aung San Suu Kyi met …. Suu Kyi said", "Andrés Manuel López Obrador … López Obrador has": a name of four words
    // whose last two the text uses alone.)
    const pairAgain = nameTokens.length === 4 && pairsAlone.has(`${nameTokens[2]!.t} ${word(nameTokens[3]!.t)}`);
    const recurs = usedAlone.has(word(nameTokens.at(-1)!.t)) || familyAlone || pairAgain;
    // ("Elon Musk on Sunday posted …": a time may stand between the name and its verb.)
    const acted = after.replace(TIME_AFTER, '');
    // ("Emma Hayes and Sarina Wiegman have faced …": the second of two named subjects takes a plural verb.)
    const acts = !single && (nameTokens.length <= 3 || pairAgain) && (VERB_RIGHT_AFTER.test(acted) || (givenName && PRESENT_RIGHT_AFTER.test(acted)) || (/\p{Lu}[\p{L}'’-]+\s+and\s+$/u.test(before) && /^\s+(?:have|were|are)\b/.test(acted)));
    // (Or opening its sentence, it acts and then owns with "his" or "her": "Joonas Korpisalo stopped 30 shots for his eighth win".)
    // (After a wire's dateline too: "NEW YORK — Aryna Sabalenka won her first US Open title".)
    const actsAsOwner = acts && start === at && /(?:^|[.!?]["”’]?\s+|\p{Lu}{2,}[\p{Lu}\p{N} .,'’()-]{0,40}\s[—–-]{1,2}\s+)$/u.test(before) && OWNS_AFTER_VERB.test(acted);
    const heading = !single && headsQuotes(before, after);
    // A name set beside "a story of …", "an urban fantasy about …" is a work's, whatever it does after.
    if (!titled && !openRole && WORK_APPOSED.test(after)) continue;
    // A name set beside "a watchdog group" is the body's: "Civic Matters, a watchdog group that …"; so is one a "which"
    // follows before its verb of saying: "Novo Nordisk, which makes both drugs, said" (not "from X, which has been rumored").
    if (!titled && !openRole && !single && (BODY_APPOSED.test(after) || WHICH_SAYS.test(after))) {
      out.push({ start, end, lead: start, name, kind: 'organisation', role: null, titled: false });
      continue;
    }
    // "The club appointed Marta Ibarra as manager", "named Priya Natarajan as its new chief executive".
    const asRole = !single && roleGivenAfter(after);
    // ("members Tom Johnston, Patrick Simmons and …": a known given name and a surname is a person's name by itself;
    // not a byline's "By Maria Keller" or "(Reporting by Will Dunham; Editing by Tom Brown)", whose writers are no one
    // the article is about, nor a title in quote marks: “Mary Poppins”.)
    const quotedTitle = /["“‘']$/.test(chunk.slice(Math.max(0, start - 1), start)) && /^["”’']/.test(chunk.slice(end, end + 1));
    // (Every writer of a byline's list: "By Karen Lema and Liz Lee", "(Reporting by A in Manila and B in Beijing; …".)
    // (And a photo's credit: "(AP Photo/Alex Brandon)", "Photo: Ana Ruiz/AFP".)
    const byline = isCredited(chunk, start);
    // (Particles are no words of their own here: "James Van Der Beek" is a given name and a surname.)
    const knownName = givenName && nameTokens.filter((x) => !PARTICLE_WORDS.has(word(x.t).toLowerCase())).length <= 3 && !quotedTitle && !byline;
    // (A lone word only with "the" opening the role: "Concerned, his family doctor called" is no one's name.)
    // (A lone word's apposition closes before the sentence goes on: "Sinner, the world number one, said", not a turn's
    // "Wolf, the secretary says the talks were frank", which speaks to Wolf.)
    const apposedRole = roleApposed(after) && (!single || /^,\s+the\s[^,.;:"“”]{1,50},/.test(after));
    const post = !single && POST_APPOSED.exec(after)?.[1];
    // ("Lendl, 58, who …": an age after a lone name makes it a person too.)
    const aged = /^,\s+\d{1,3},/.test(after) || agedBefore;
    const firstNameOnly = single && WHO_AFTER.test(after) && (isGivenName(name) || SURNAME_WITHHELD.test(after));
    // (A possessor before two capitalised words makes a person only of a name a person's looks like: "NATO's Mark
    // Rutte", "ASEAN's Kao Kim Hourn" with "Kao" used alone; not "Amazon's Echo Buds", "NASA's Hubble Space Telescope".)
    // ("China's Zheng Qinwen won the title", "Kenya's Faith Kipyegon clinched": a country's own, competing, is someone;
    // "Dubai's Burj Khalifa is" or "opened" is a thing.)
    const placeOwned = possessive && COMPETES_AFTER.test(acted) && nameTokens.length <= 3 && PLACES.has(/(\p{Lu}[\p{L}.]*)['’]s\s+$/u.exec(before)?.[1] ?? (possessed ? word(tokens[lastTitle]!.t).replace(/['’]s$/, '') : ''));
    const evidence = placeOwned || (post && nameTokens.length <= 3 && [post, post.split('-').at(-1)!].some((w) => isTitle(w) && !TITLE_MODIFIERS.has(w))) || knownName || asRole || heading || (acts && recurs) || actsAsOwner || titled || openRole || phraseRole || (possessive && !single && (givenName || recurs || usedAlone.has(word(nameTokens[0]!.t)))) || (possessor && ownerLooksPerson && recurs) || (!single && (apposedAfter(chunk.slice(Math.max(0, start - 40), start), after) || WHO_AFTER_BODY.test(after))) || apposedRole || aged || speech || firstNameOnly || (!single && nameTokens.length <= 3 && !quotedTitle && !byline && namedWho.has(word(nameTokens.at(-1)!.t)));
    // A lone capitalised word needs a title, a role (before it or set beside it: "Sinner, the world number one,"), or a
    // speech verb, and must not be an acronym or a known word.
    if (!evidence || (single && !titled && !openRole && !speech && !apposedRole && !firstNameOnly && !aged)) {
      if (!evidence && !single && nameTokens.length <= 3) unproven.push({ start, end, lead: start, name, kind: 'person', role: null, titled: false, thin: true });
      continue;
    }
    // ("Plaintiff said he was "duped"": a party to a case, capitalised as a court's papers write it, is no one's name.)
    if (single && LEGAL_PARTIES.test(name)) continue;
    const honorificOnly = titleTokens.length > 0 && titleTokens.every((x) => HONORIFICS.has(x.t));
    const titleEnd = portfolioAfter ? tokens[from - 1]! : titleTokens.at(-1);
    const titleWords: string | null = pairedTitle ?? (titled && !honorificOnly && titleEnd ? singularTitle(chunk.slice(tokens[titleFrom]!.at, titleEnd.at + titleEnd.t.length)) : openRole);
    // ("Minister for Information and Broadcasting Venkaiah Naidu": a portfolio after "and" ends the title before it.)
    const joined = titled && titleFrom === 0 ? JOINED_TITLE.exec(chunk.slice(Math.max(0, at - 80), at)) : null;
    const roleWords = joined && titleWords ? joined[1]! + titleWords : titleWords;
    const thin = !titled && !openRole && !phraseRole && !speech && !asRole;
    out.push({ start, end, lead, name, kind: 'person', role: roleWords ?? null, titled: titled || Boolean(openRole), ...(thin ? { thin: true as const } : {}) });
    sharedTitle = (plural || pairedTitle) && titleWords ? { end, title: titleWords } : null;
  }
  if (!unproven.length) return out;
  const listed = listedAmong(chunk, unproven, out);
  if (unread) for (const n of unproven) if (!listed.includes(n)) unread.push(n.name);
  return [...out, ...listed];
}
