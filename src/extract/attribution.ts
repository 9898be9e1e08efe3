import type { Span } from '../ingest/sentences.js';
import type { Quote } from '../model.js';
import { ANONYMOUS, type LocalPerson, type Mention } from './mentions.js';
import type { QuoteSpan } from './quoteMarks.js';
import { isFragment } from './quoteMarks.js';
import { isModifier, isNamedTerm, isQuotedName, isTitleCased, TERM_BEFORE_QUOTE } from './quotedNames.js';
import { AFTER_PREPOSITION, APPOSED_TO_OBJECT, ATTRIBUTIVE, closesWithTag, groupActingFor, INSIDE_RELATIVE, joinedSubject, KIN_OPENING, KIN_OWNED, NUMBERED_SUBJECT, OWNS_DOCUMENT, POSSESSED_SUBJECT, PREPOSITIONS, pairedSubject, possesses, ROLE_SUBJECT, sexOfNouns, unreadNameSubject, writtenAsName } from './subjectShapes.js';
import { PLACES, ROLE_NOUNS } from './lexicon.js';
import { MEN_NAMES, WOMEN_NAMES } from './givenNames.js';
import { ORGANISATION_HEADS } from './descriptions.js';
import { firstFrom, keyedIn } from './sorted.js';
import { HAS_CUE, namedAfter } from './cues.js';
import { findCue, isAskerCue } from './quoteCue.js';
import { SPEAKING_PARTICIPLES, speakerOfNarration } from './narration.js';
import { introducesOrOpens, onlyPersonIn, quoteParagraph } from './justNamed.js';
import { knownSexes } from './sexes.js';
import { DETERMINED_NOUN, GROUP_SUBJECT, inHeadlineList, NAMED_SUBJECT, PASSIVE, PUT_OUT, WORDS_FROM, WRITTEN_ON } from './contextShapes.js';

/** A sentence of the narration, with what attribution needs to know about it. */
export interface SentenceInfo extends Span {
  /** Sentences of one section only look back at each other. */
  section: number;
}

export interface Attribution {
  speakerKey: string | null;
  cue: string | null;
  method: Quote['method'];
}

/** A line that is only a quote of four words at most, with no sentence's end: a subheading ("'No time'"). */
const SUBHEADING_QUOTE = /^\s*["“‘']\s*(?:[^\s"“”‘’.!?,;:]+\s+){0,3}[^\s"“”‘’.!?,;:]+\s*["”’']\s*$/;
/** A dash set off by spaces, which opens or closes an aside. */
const ASIDE_DASH = /\s(?:[—–]|--)\s/g;

/** An opening clause before the subject: "Asked whether …,", "Speaking to reporters on Monday,". */
const OPENING_CLAUSE = new RegExp(
  `^\\s*(?:${SPEAKING_PARTICIPLES}|Asked|Pressed|Questioned|Writing|Reacting|Illustrating|Following|Describing|Referring|Noting|Citing|Explaining|Pointing|Turning|Recalling|Looking|Returning|Acknowledging|Arriving|Appearing|Announcing|Discussing|Talking|Defending|Welcoming|Praising|Thanking|Stressing|Urging|Marking|Opening|Closing|Concluding|Flanked|Armed|Faced)\\b[^,;:"“”]{0,200},\\s*` +
    // ("Sentencing Carter, Judge Sarah Whitfield told him": any verb's -ing form with its object, not a name alone, nor an
    // adjective before a title: "Outgoing President X, her mentor, congratulated her".)
    `|^\\s*(?!(?:Outgoing|Incoming|Acting|Ruling|Reigning|Leading|Visiting|Sitting|Governing|Retiring|Founding|Managing|Presiding|Serving|Striking|Opposing|Winning|Losing|Remaining|Ageing|Aging|Rising|Emerging)\\s)\\p{Lu}\\p{Ll}{2,}ing\\s[^,;:"“”]{1,120},\\s*` +
    // ("In a statement read to the court, the daughter of one resident said": a phrase of place or time, too.)
    `|^\\s*(?:In|At|On|After|Before|During|Outside|Inside|From|Throughout|Later|Earlier)\\s[^,;:"“”.!?]{0,80},\\s*`,
  'u',
);

/**
 * Gives each quote a speaker from the text around it, or none when the text does not tell.
 * Cues after the quote ("…," he said), before it (Blinken said the talks were "…"), "according to X",
 * the speaker of the sentence before (a quote that continues), and the person the passage is about
 * ("he" is the subject of the sentences before, which is often not the last name mentioned).
 */
export function attributeQuotes(
  text: string,
  sentences: readonly SentenceInfo[],
  quotes: readonly QuoteSpan[],
  mentions: readonly Mention[],
  people: ReadonlyMap<string, LocalPerson>,
): Attribution[] {
  const isPerson = (key: string | null | undefined) => !!key && people.get(key)?.type === 'person';
  const isOrganisation = (key: string | null | undefined) => !!key && people.get(key)?.type === 'organisation';
  // Quotes, mentions and sentences come in text order: each sentence's share is found by halving (see sorted.ts).
  const inAnyQuote = (i: number) => {
    const q = quotes[firstFrom(quotes, i + 1, (x) => x.start) - 1];
    return q !== undefined && i < q.end;
  };
  const subjects: (string | null)[] = [];
  /** Each sentence's second clause's subject, when it does not take over (see joinedSubject): a "he" fitting both is nobody's. */
  const rivals: (string | null)[] = [];
  /** Each sentence's unnamed subject's "he" or "she", when the text gives it. */
  const unnamedSex: (string | null)[] = [];
  /** Whether each sentence's subject is a "he" or "she" that stands for no one we know. */
  const unknownSubjects: boolean[] = [];
  /** Who has been called "he" or "she" so far (or Mr, Mrs, Ms): the other pronoun never stands for them. */
  const genderOf = knownSexes(text, mentions, people);
  /** Whether a sentence holds a given name of the pronoun's sex that no mention covers ("as Rose-Lynn summons …"). */
  const unknownNamed = (sentence: Span, word: string, ms: Mention[]) => {
    const names = word === 'she' ? WOMEN_NAMES : MEN_NAMES;
    // (Not one inside a place's name, "San Francisco", nor a place, "Charlotte".)
    for (const g of text.slice(sentence.start, sentence.end).matchAll(/(?<!\p{Lu}[\p{L}.'’-]*\s+)\b(\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?\b(?!['’]s\b)/gu)) {
      const at = sentence.start + g.index;
      if (names.has(g[1]!) && !PLACES.has(g[1]!) && !ms.some((x) => x.start <= at && at < x.end) && !inAnyQuote(at)) return true;
    }
    return false;
  };
  const speakers: (string | null)[] = [];
  const lastPersons: (string | null)[] = [];
  /** Each sentence's last person set beside the object of "by" or "with": a "he" after it is theirs only if no one else fits. */
  const objectPersons: (string | null)[] = [];
  const result: Attribution[] = quotes.map(() => ({ speakerKey: null, cue: null, method: null }));

  const namedWord = writtenAsName(text);
  const mentionsIn = (s: Span) => keyedIn(mentions, s.start, s.end, (m) => m.start).map((x) => x.item).filter((m) => m.end <= s.end);
  // (Not after a preposition, even with a word or two of a role between: "owned by talent manager Scooter Braun".)
  const isPossessor = (m: Mention) => possesses(text, m);
  // ("Fun as it sounds — the late neurologist wrote of it — Steenburgen was not thrilled": words between two dashes are
  // an aside, and the sentence's subject is outside it.)
  const dashed = new Map<number, boolean>();
  const inAside = (m: Mention, s: Span) => {
    let has = dashed.get(s.start);
    if (has === undefined) dashed.set(s.start, (has = text.slice(s.start, s.end).search(ASIDE_DASH) >= 0));
    return has && (text.slice(s.start, m.start).match(ASIDE_DASH) ?? []).length % 2 === 1 && text.slice(m.end, s.end).search(ASIDE_DASH) >= 0;
  };
  // ("For Denise, the app is not an option": a person the sentence opens with "for" and a comma is what it is about.)
  const isSubjectLike = (m: Mention, s: Span, lead = text.slice(s.start, m.start)) =>
    (!PREPOSITIONS.test(lead) || (/^\s*For\s+$/.test(lead) && text[m.end] === ',')) &&
    !apposedToObject(m, s) &&
    !inAside(m, s) &&
    !INSIDE_RELATIVE.test(lead) &&
    !AFTER_PREPOSITION.test(text.slice(Math.max(s.start, m.start - 40), m.start)) &&
    (!isPossessor(m) || OWNS_DOCUMENT.test(text.slice(m.end, m.end + 40))) &&
    !ATTRIBUTIVE.test(text.slice(m.end, m.end + 16));

  /** A name set beside the object of a preposition: "comments by China's envoy to the talks, Wang Qun,". */
  const apposedToObject = (m: Mention, s: Span) => text[m.end] === ',' && APPOSED_TO_OBJECT.test(text.slice(Math.max(s.start, m.start - 70), m.start));
  /** Such a name, or one a pronoun acts on in a clause of its own ("a defeat to Mia Holt, who she then beat"): not whom a later "she" means. */
  const objectLike = (m: Mention, s: Span) => apposedToObject(m, s) || /^,\s*(?:who|whom)\s+(?:\p{Ll}+\s+)?(?:he|she)\s/u.test(text.slice(m.end, m.end + 24));

  /** The opening of a text that describes a person never named ("The delegate for Tonga", "Victim six"), else null. */
  const unnamedOpening = (from: number, end: number) => {
    const opener = ROLE_SUBJECT.exec(text.slice(from, end)) ?? NUMBERED_SUBJECT.exec(text.slice(from, end)) ?? POSSESSED_SUBJECT.exec(text.slice(from, end));
    // (Plural too: "Two councillors have left …".)
    return opener?.[1]?.toLowerCase().split(/\s+/).some((w) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/, ''))) ? opener : null;
  };

  /** The words opening a text that describe someone never named who then acts before `to` ("The prime minister's spokesman
   * described"; from after the role noun, as the opener may take in the verb: "Another analyst said the board"), else null. */
  const unnamedOpener = (from: number, to: number) => {
    const opener = unnamedOpening(from, to);
    const words = (opener?.[1] ?? '').split(/\s+/);
    const acts = opener ? `${words.slice(words.findIndex((w) => ROLE_NOUNS.has(w.toLowerCase())) + 1).join(' ')} ${text.slice(from + opener[0].length, to)}` : '';
    // (An auxiliary says it acts too: "Two councillors have left the group".)
    return opener && (/\b(?:[a-z]{3,}ed|have|has|had)\b/.test(acts) || HAS_CUE.test(acts)) ? opener[0] : null;
  };

  /** Each sentence's mentions, kept as the sentences are read: "they" and "she" look back at them. */
  const mentionsOf: Mention[][] = [];
  sentences.forEach((s, si) => {
    const ms = mentionsIn(s);
    mentionsOf.push(ms);
    // Resolve "he"/"she": the subject earlier in this sentence, else the person the sentences before are about.
    for (const m of ms) {
      if (m.kind !== 'pronoun' || m.key) continue;
      // "it" stands for an organisation, "he" and "she" for a person, and never one already called the other.
      const word = m.text.toLowerCase();
      // "they" is the subject just before, in this sentence or the one before: a body ("Big Harbour Records have denied
      // it. "…," they said"), or one person ("Kym Lino, a spokesperson, confirmed it"); with none, a group, nobody.
      if (word === 'they') {
        // ("Lawyers for the actress, Carla Mendez, said …" is the lawyers: a group, nobody.)
        const named = ms.find((x) => x.end <= m.start && x.key && x.kind !== 'pronoun' && isSubjectLike(x, s));
        const here = named && groupActingFor(text.slice(s.start, named.start)) ? ANONYMOUS : named?.key;
        const prev = si > 0 && sentences[si - 1]!.section === s.section ? sentences[si - 1]! : null;
        // (A body set beside a description: "The company that runs the show, Dick Clark Productions, denies it.")
        const body = prev ? mentionsOf[si - 1]!.find((x) => isOrganisation(x.key) && isSubjectLike(x, prev))?.key : null;
        const last = prev && subjects[si - 1] !== ANONYMOUS ? subjects[si - 1] : null;
        m.key = here ?? last ?? body ?? ANONYMOUS;
        continue;
      }
      const fits =
        word === 'it' ? isOrganisation : (key: string | null | undefined) => isPerson(key) && (genderOf.get(key!) ?? word) === word;
      // ("a defeat to Mia Holt, who she then beat": not the one a relative clause is about, whose subject the pronoun is.)
      const before = ms.filter((x) => x.end <= m.start && fits(x.key) && !/^,\s*(?:who|whom)\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(x.end, m.start)));
      // ("Victim two led off, describing the scholarship he lost", "The aide to Mayor Ann Roe quit over messages in which
      // he mocked …": with no subject that fits, the one the sentence opens with, unnamed, unless the text gives them the other sex.)
      const opener = word === 'it' ? null : unnamedOpening(s.start, m.start);
      const subj = before.find((x) => isSubjectLike(x, s)) ?? (opener && (sexOfNouns(opener[1] ?? '') ?? word) === word ? undefined : before[0]);
      if (subj) m.key = subj.key;
      else if (opener) m.key = ANONYMOUS;
      else {
        // The nearest that fits, unless one a little further back was already called "she" and the nearest, never called
        // so, is only named there ("… owned by manager Scooter Braun. In a post she described …" is the "she" of
        // before, not Braun).
        let nearest: string | null = null;
        // (One set beside the object of "by" or "with", if no one else fits: see objectPersons.)
        let beside: string | null = null;
        for (let back = si - 1; back >= 0 && back >= si - 4 && sentences[back]!.section === s.section; back--) {
          // "The judge sentenced him. She said …": after an unnamed person as a subject, "he" or "she" is most
          // likely that person, so nobody, not someone named further back.
          // (Not a "she" after an unnamed man: "Grahame's brother was blunt. "…," he told the paper. "…," she recalled.")
          if (word !== 'it' && subjects[back] === ANONYMOUS && (unnamedSex[back] ?? word) === word) {
            if (!nearest) m.key = ANONYMOUS;
            break;
          }
          // ("…, the Swedish Prosecution Authority said. "…," it added.": "it" is the body that last spoke, before a
          // subject that cannot be "it".)
          // ("According to Rep. Lois Frankel, negotiators avoided "poison pill" riders. ¶ "…," she said.": for "he" or
          // "she", one who spoke there when no subject fits, as a subject would.)
          const spoke = speakers[back] && speakers[back] !== ANONYMOUS && fits(speakers[back]) ? speakers[back]! : null;
          const own = fits(subjects[back]) ? (fits(rivals[back]) ? ANONYMOUS : subjects[back]!) : fits(rivals[back]) ? rivals[back]! : null;
          const subject = word === 'it' ? (spoke ?? own) : (own ?? spoke);
          // ("… as Rose-Lynn summons the strength. She apologizes …": with no subject that fits, a woman's or a man's given
          // name we did not read as anyone's stands between, and is likelier the one meant than anyone further back.)
          if (!subject && word !== 'it' && unknownNamed(sentences[back]!, word, mentionsOf[back]!)) {
            if (!nearest) m.key = ANONYMOUS;
            break;
          }
          // ("When Ford visited his editor Teresa Nielsen Hayden …, he would …. "…," she recalled": one person of the
          // sentence known to be a woman, or a man, is likelier than someone further back whose sex the text never gave.)
          // (A possessor only as the sentence's first words, owning a thing: "Taylor Swift's first albums were …", not
          // "Grahame's brother was …", someone else.)
          const topical = (x: Mention) =>
            !isPossessor(x) || (!/\S/.test(text.slice(sentences[back]!.start, x.start)) && !(/^['’]s?\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(text.slice(x.end, x.end + 40))?.[1] ?? '').split(/\s+/).some((w) => ROLE_NOUNS.has(w)));
          const gendered = !subject && word !== 'it' ? new Set(mentionsOf[back]!.filter((x) => x.kind !== 'pronoun' && isPerson(x.key) && topical(x) && !objectLike(x, sentences[back]!) && genderOf.get(x.key!) === word).map((x) => x.key!)) : null;
          // (Two of them there: either, so nobody.)
          if (gendered && gendered.size > 1) {
            if (!nearest) m.key = ANONYMOUS;
            break;
          }
          const k = subject ?? (gendered?.size === 1 ? [...gendered][0]! : null) ?? (word !== 'it' && fits(lastPersons[back]) ? lastPersons[back] : null);
          if (!k) {
            // ("Gauff's father, Corey, was in tears. "…," she said": one whose family member it is, of a sex the text never
            // gave, may be the one meant; nobody rather than someone further back.)
            if (word !== 'it' && mentionsOf[back]!.some((x) => x.kind !== 'pronoun' && isPerson(x.key) && !genderOf.has(x.key!) && KIN_OWNED.test(text.slice(x.end, x.end + 24)))) {
              if (!nearest) m.key = ANONYMOUS;
              break;
            }
            if (word !== 'it' && fits(objectPersons[back])) beside ??= objectPersons[back]!;
            continue;
          }
          // (Only for "she", and only past one merely named, not a subject: most people named in news copy are men, so
          // an unknown one is no reason to look further for "he".)
          if (word !== 'she' || subject || genderOf.get(k) === word) {
            m.key = k;
            break;
          }
          nearest ??= k;
        }
        m.key ??= nearest ?? beside;
      }
      if (m.key && m.key !== ANONYMOUS && word !== 'it') genderOf.set(m.key, word);
    }
    // ("Asked whether he trusts it, Chris Whitty says …": the subject comes after an opening clause, not inside it.)
    const opening = OPENING_CLAUSE.exec(text.slice(s.start, s.end));
    const subjectFrom = s.start + (opening ? opening[0].length : 0);
    // ("Jon Ashcroft will resign, Matt Hancock said.": the one whose reporting clause closes the sentence.)
    const tagged = ms.find((m) => isPerson(m.key) && closesWithTag(text.slice(s.start, m.start), text.slice(m.end, s.end)));
    let subject = tagged ?? ms.find((m) => m.key && m.start >= subjectFrom && isSubjectLike(m, s)) ?? null;
    // ("Bayramov met Blinken for an hour": a name no evidence made anyone's opens the sentence and acts; the one named
    // after its verb is its object.)
    if (subject && !tagged && subject.start > subjectFrom + 2 && unreadNameSubject(text.slice(subjectFrom, subject.start), namedWord)) subject = null;
    // ("The prime minister's official spokesman described the High Court ruling as …": a sentence that opens with someone
    // unnamed who acts before the name is theirs, and the name further on an object; so is "Another analyst said the board …".)
    const before = subject && (subject.key !== ANONYMOUS || subject.kind !== 'anonymous') ? unnamedOpener(subjectFrom, subject.start) : null;
    if (before) subject = { start: subjectFrom, end: subjectFrom + before.length, kind: 'anonymous', key: ANONYMOUS, text: before };
    const group = !before && subject && groupActingFor(text.slice(s.start, subject.start));
    if (group) subject = { ...subject!, kind: 'anonymous', key: ANONYMOUS };
    // "A resident, Julio Ccori, said": an unnamed description with the name set beside it is the one named.
    const apposed = subject?.key === ANONYMOUS && !group ? ms.find((m) => m.start >= subject!.end) : undefined;
    // ("One protester, 34-year-old nurse Ana Cruz, said": an age and a role word or two may stand before the name.)
    // ("The port's chief executive, Helen Lowry, said": the rest of the role may stand before the comma.)
    if (apposed && isPerson(apposed.key) && /^(?:\s+\p{Ll}+){0,2}\s*,\s*(?:\d{1,3}-year-old\s+)?(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(subject!.end, apposed.start))) subject = apposed;
    // ("The delegate for Tonga objected.", "Ilir Tavaga scored twice": someone described and never named, or a name no
    // evidence made anyone's, is the subject, and nobody we know. An unnamed body, "the company says", is no person.)
    const unnamed = subject ? null : unnamedOpening(subjectFrom, s.end);
    const unread = subject || unnamed || ms.some((m) => m.start <= subjectFrom + 2 && m.end > subjectFrom) ? null : unreadNameSubject(text.slice(subjectFrom, s.end), namedWord);
    // ("A scored, and coach B could not be happier": B after a list of names as the first subject, else B a rival.)
    const joined = subject && isPerson(subject.key) ? joinedSubject(text, s.end, ms, subject, isPerson) : null;
    // (So is one named there for the first time: "Brisco set up both goals, and Sandvik coach Dale Kowalczyk praised …".)
    const takesOver = joined && (joined.listed || mentions.find((m) => m.key === joined.m.key) === joined.m);
    const unnamedBody = subject?.key === ANONYMOUS && ORGANISATION_HEADS.has(subject.text.split(/\s+/).at(-1)!.toLowerCase());
    // (A "he" or "she" that stands for no one we know is someone unnamed: "Pryce is 61. He took over …".)
    const unknownPronoun = subject ? undefined : ms.find((m) => m.kind === 'pronoun' && !m.key && m.start >= subjectFrom && /^(?:he|she)$/i.test(m.text) && isSubjectLike(m, s));
    subjects.push(takesOver ? joined.m.key : unnamedBody ? null : (subject?.key ?? (unnamed || unread || unknownPronoun ? ANONYMOUS : null)));
    // (Two acting together are rivals too: "Mayor Tom Hale and Governor Jordan Ruiz toured … "…," he said" may be either.)
    const paired = !joined && subject && isPerson(subject.key) ? pairedSubject(text, ms, subject, isPerson) : undefined;
    rivals.push(joined && !takesOver ? joined.m.key : (paired?.key ?? null));
    // (Whether someone unnamed is a man or a woman, when the text says: "he", "Grahame's brother".)
    const unnamedWords = subject?.key === ANONYMOUS ? subject.text : (unnamed?.[1] ?? '');
    unknownSubjects.push(Boolean(unknownPronoun));
    const pronounSubject = subject?.kind === 'pronoun' ? subject : unknownPronoun;
    unnamedSex.push(pronounSubject ? pronounSubject.text.toLowerCase() : sexOfNouns(unnamedWords));
    // ("Adair did not appear; his campaign chair, Joel Baptiste, took the stage to say: "…"": after a semicolon, the
    // clause's own subject.)
    const clauseSubject = (at: number) => {
      // (Looked for from the subject on: with no semicolon, every quote would read all the text before it.)
      const within = text.slice(subjectFrom, at).lastIndexOf(';');
      const semicolon = subjectFrom + within;
      if (within < 0 || /["“”]/.test(text.slice(semicolon, at))) return null;
      const clause = { start: semicolon + 1, end: s.end };
      return ms.find((m) => m.key && m.start > semicolon && m.end <= at && isSubjectLike(m, clause)) ?? null;
    };
    // (A possessor, "at Epstein’s mansion", is the last one a later "he" stands for: the sentences before are looked at.)
    // (Nor one set beside the object of "by", "with" …: "The optimism follows comments by China's envoy, Wang Qun, on
    // Saturday. "…," he said" is the one the sentences before are about.)
    const persons = [...ms].reverse().filter((m) => isPerson(m.key) && !isPossessor(m));
    lastPersons.push(persons.find((m) => !objectLike(m, s))?.key ?? null);
    objectPersons.push(persons.find((m) => objectLike(m, s))?.key ?? null);

    const own = keyedIn(quotes, s.start, s.end, (q) => q.open).map(({ item: q, index: i }) => ({ q, i }));
    own.forEach(({ q, i }, k) => {
      const segStart = k > 0 ? own[k - 1]!.q.close : s.start;
      if (k + 1 === own.length && q.close > s.end) {
        // A quote over several paragraphs: its cue is in the sentence its closing mark ends ("…," Trump said).
        const closing = sentences[firstFrom(sentences, q.close, (x) => x.start) - 1];
        const end = closing && closing.end > q.close ? closing.end : q.close;
        const tag = { start: q.close, end };
        result[i] = findCue(text, q, segStart, end, [...ms, ...mentionsIn(tag).filter((m) => m.start >= q.close)], subject) ?? result[i]!;
        return;
      }
      const postEnd = k + 1 < own.length ? own[k + 1]!.q.open : Math.max(s.end, q.close);
      result[i] = findCue(text, q, segStart, postEnd, ms, clauseSubject(q.open) ?? subject) ?? result[i]!;
    });
    // A quote with no cue of its own shares the speaker of another quote in the same sentence.
    // (Not a term the sentence names: 'he never used the term "three amigos" and added, "I cringe"'.)
    own.forEach(({ q, i }, k) => {
      if (result[i]!.speakerKey || isNamedTerm(text, q)) return;
      // (Nor the asker's question: "Asked by X "…", the minister responded "…"".)
      const other = [...own.slice(0, k).reverse(), ...own.slice(k + 1)].find(({ i: j }) => result[j]!.speakerKey && !isAskerCue(result[j]!.cue));
      if (other) result[i] = { speakerKey: result[other.i]!.speakerKey, cue: result[other.i]!.cue, method: 'sentence' };
    });
    own.forEach(({ q, i }, k) => {
      if (result[i]!.speakerKey) return;
      const startsSentence = /^[\s]*$/.test(text.slice(s.start, q.open));
      const quoteText = text.slice(q.start, q.end);
      if (startsSentence) {
        // A quote standing alone carries on what the last speaker was saying, unless a speaker the article does not
        // know is named right after it ("…," North Korea said).
        if (namedAfter(text.slice(q.close, s.end))) return;
        // ("'No time'" alone on its line: a subheading of a few words with no sentence's end carries nothing on.)
        if (SUBHEADING_QUOTE.test(text.slice(text.lastIndexOf('\n', q.open) + 1, text.indexOf('\n', q.close) < 0 ? text.length : text.indexOf('\n', q.close)))) return;
        // ("'Naive and trusting' Grace Millane gave a list, court hears": a quote run straight into a clause of its own is
        // a headline's, no one's carried-on words.)
        // (Words that end as a sentence does close it, whatever follows: “… if it kills me!’” Not long after, …)
        if (/^[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(q.close, s.end)) && !/[.!?…][’'"”]*$/.test(text.slice(q.start, q.close))) return;
        // ("…," Young said. ¶ Bridenstine expects three rockets. "…": past a sentence about someone else, the words may
        // be that one's; nobody rather than a guess.)
        let about: string | null = null;
        let spokeBefore = false;
        for (let back = si - 1; back >= 0 && back >= si - 3 && sentences[back]!.section === s.section; back--) {
          if (speakers[back]) {
            if (!about || about === speakers[back]) result[i] = { speakerKey: speakers[back]!, cue: 'continuation', method: 'continuation' };
            spokeBefore = true;
            break;
          }
          const subject = subjects[back];
          if (!about && subject && subject !== ANONYMOUS && isPerson(subject)) about = subject;
          // ("… only link." ¶ Pryce is 61. He took over from his father … ¶ "…": past someone unnamed or unknown who
          // acts, the words are not the last speaker's.)
          // ("… she says. ¶ Her sister nods. "…"": past a relative of someone's who acts, the same.)
          if (!about && (unknownSubjects[back] || (subject === ANONYMOUS && KIN_OPENING.test(text.slice(sentences[back]!.start, sentences[back]!.end))))) break;
          // ("The club later issued a statement. ¶ "…"": words someone else put out come between, not the last speaker's.)
          if (PUT_OUT.test(text.slice(sentences[back]!.start, sentences[back]!.end))) break;
        }
        // ("Mattox returned to the question later. "Which rockets …?"": a quote standing alone right after a sentence of
        // its paragraph about someone, who does something rather than has it done to them, is that one's.)
        const before = sentences[si - 1];
        // (Or a paragraph that is only the quote, after a paragraph that names that one and no other person: "Joan Ruiz, a
        // farmer, has fought the pipeline for a decade. ¶ "They never asked us."". Not with someone quoted just before,
        // whose words they may be, unless that paragraph brings the one in as a new voice; nor after a colon.)
        if (!result[i]!.speakerKey && about && before && subjects[si - 1] === about && !PASSIVE.test(text.slice(before.start, before.end))) {
          const gap = text.slice(before.end, q.open);
          const nextParagraph = () =>
            (!spokeBefore || introducesOrOpens(text, mentions, about, text.lastIndexOf('\n', before.start) + 1, speakers.includes(about))) && /^[^\n:]*\n\s*$/.test(gap) && !/:\s*$/.test(text.slice(before.start, before.end)) && quoteParagraph(text, q) && onlyPersonIn(mentions, text.lastIndexOf('\n', before.start) + 1, before.end, isPerson) === about;
          if ((!/\n/.test(gap) || nextParagraph()) && !inHeadlineList(text, q.open)) result[i] = { speakerKey: about, cue: 'context', method: 'context' };
        }
      } else if (
        !isFragment(quoteText) &&
        // (A title, a slogan or a term the sentence names is nobody's words: "the hit "Long Train Running"", the
        // nickname of "bird fancier's lung".)
        !isTitleCased(quoteText) &&
        !TERM_BEFORE_QUOTE.test(text.slice(Math.max(0, q.open - 40), q.open)) &&
        !isModifier(text, q) &&
        !WRITTEN_ON.test(text.slice(s.start, q.open)) &&
        !NAMED_SUBJECT.test(text.slice(s.start, q.open)) &&
        !GROUP_SUBJECT.test(text.slice(s.start, q.open)) &&
        !WORDS_FROM.test(text.slice(s.start, q.open)) && !/\baccording\s+to\b/i.test(text.slice(s.start, q.open)) &&
        // (The second part of a quote split by its tag is the first part's, and nobody's when that one is.)
        (k === 0 || !HAS_CUE.test(text.slice(own[k - 1]!.q.close, q.open))) &&
        !ms.some((m) => m.end <= q.open && m.key) &&
        // A sentence with a speech verb of its own names its speaker, even when the name is not known ("Officials
        // said: …"), unless it is a "he" or "the minister" that points back.
        // (Not one no one could be found for: "His spokesman told reporters: "…"" is the spokesman's, unnamed.)
        // (A speech word after a determiner is a noun: "After the call, "…"" carries on.)
        (!HAS_CUE.test(text.slice(s.start, q.open).replace(DETERMINED_NOUN, '')) || ms.some((m) => m.end <= q.open && (m.kind === 'pronoun' || m.kind === 'anaphor') && m.key !== null)) &&
        si > 0 &&
        sentences[si - 1]!.section === s.section
      ) {
        const last = speakers[si - 1] ?? subjects[si - 1];
        // ("…," she said. When his editors asked, he'd respond, "…": a "he" before the quote is not the "she" before.)
        const pronoun = [...ms].reverse().find((m) => m.kind === 'pronoun' && m.end <= q.open && /^(?:he|she)$/i.test(m.text))?.text.toLowerCase();
        const otherSex = pronoun && last && genderOf.has(last) && genderOf.get(last) !== pronoun;
        // (Not on a list of linked headlines: each is its own story's.)
        if (last && !otherSex && !inHeadlineList(text, q.open)) result[i] = { speakerKey: last, cue: 'context', method: 'context' };
      }
    });
    const lastQuoted = [...own].reverse().find(({ i }) => result[i]!.speakerKey);
    // ("…," the statement read. ¶ "…": a quote whose tag names someone we could not resolve is someone else's, and so
    // is what carries on from it.)
    const unresolved = !lastQuoted && own.some(({ q }) => namedAfter(text.slice(q.close, s.end)));
    speakers.push(lastQuoted ? result[lastQuoted.i]!.speakerKey : unresolved ? ANONYMOUS : speakerOfNarration(text, s, ms, inAnyQuote, isPerson(subject?.key) ? subject : null));
  });
  // An unnamed source is nobody; what it said, and what carries on from it, keeps no speaker. A name in quotes is
  // nobody's words.
  // ("never used the term "three amigos"": a term the sentence names is nobody's words, whoever speaks in it.)
  return result.map((r, i) =>
    r.speakerKey === ANONYMOUS || (r.speakerKey && (isQuotedName(text, quotes[i]!) || isNamedTerm(text, quotes[i]!)))
      ? { ...r, speakerKey: null }
      : r,
  );
}
