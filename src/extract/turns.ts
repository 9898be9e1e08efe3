import { CALL_LABEL, type Line } from '../ingest/sections.js';
import { lowerCaseWords, PLACES, TITLE_WORDS } from './lexicon.js';
import { titleCase } from './names.js';
import { escapeRegExp } from '../util/regexp.js';
import { CAPITAL_GOVERNMENTS } from './personPatterns.js';
import { outsideQuotes, type QuoteSpan } from './quoteMarks.js';
import { bracketedHolder, CAPS_LABEL, CHAIR, CHAIR_POSTS, COURT_POSTS, FULL_NAME_LABEL, isOutlet, isQuestioner, NAME_HEADING, NOT_TURN, PORTRAIT, QUESTIONERS, RECORD_LINKS, RECORD_MARK, SECTION_HEADING, splitRunOnLabels, TOPIC_HEADING, TRANSCRIPT_LINE, TRANSCRIPT_WITH, WIRE_AGENCIES } from './turnLabels.js';

/** A turn of a transcript or interview: the words after a speaker's label, as a quote with its label's speaker. */
export interface Turn {
  span: QuoteSpan;
  /** Who the label names ("Roland" from "SECRETARY ROLAND:"); null for a questioner or anyone unnamed. */
  speaker: string | null;
  /** The interviewee of a Q/A interview ("A:"), whose name is the article's, not the label's. */
  answerer: boolean;
  label: string;
  /** A label that is only a post ("THE PRESIDENT:", "Minister of Foreign Affairs:"): its holder speaks, if the page names one. */
  role?: string;
  /** The span is a quote in marks already found, which takes the turn's speaker. */
  marked: boolean;
  /** An outlet asking in a briefing ("CCTV:", "AFP:"), the organisation that speaks, unless a person has these initials. */
  outlet?: string;
  /** A label that may be someone's initials ("BH:" for Ben Howland). */
  initials?: string;
}

/** Words that join a post's title words: "MINISTER OF FOREIGN AFFAIRS", "SECRETARY FOR HEALTH". */
const POST_LINKS = new Set(['OF', 'FOR', 'AND']);
/** What a transcript puts before the words that is not them: "(Via interpreter)", "(inaudible)", a time code; a record's "(Concludes)" under the last words. */
const LEAD_NOTE = /^(?:\((?:via interpreter|through an interpreter|as interpreted\.?|as translated\.?|interpreted\.?|in \w+|inaudible|crosstalk|concludes|ends|end|(?:briefing|transcript|session) (?:concludes|ends)|(?:laughter|applause|cheers)[^()]{0,30}|\d{1,2}:\d{2}(?::\d{2})?)\)\s*)+/i;
/** A broadcast transcript's stage directions in capitals: "(BEGIN VIDEO CLIP)", "(COMMERCIAL BREAK)". */
const STAGE_NOTE = /^(?:\([A-Z][A-Z .,'-]{2,40}\)\s*)+/;

/** "Host: …", "Ferreira: "…"", "Andrew Marr (BBC): …": a label in ordinary case, a turn only where labels repeat (see mixedLabels). */
// ("Mr. Peter Crane (Fenwick, North) : …": a parliamentary record puts a space before the colon.)
// ("Mr. KATO Hiroshi, Minister for Foreign Affairs: …": a record may set the speaker's post after the name.)
// ("Rockledge (3-1): C. Martinez 1 goal.": a team with its record over a box score is no speaker.)
// ("Minister of Foreign Affairs:" alone on its line, the words below it: a post may join its words with "of" or "for".)
const MIXED_LABEL = /^(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:(?:of|for)(?:[ \t]+the)?[ \t]+)?\p{Lu}[\p{L}.'’-]*){0,3}(?:[ \t]+\d{1,2})?)\]?[ \t]*(?:(?:,|[ \t]*(?:--|—|–))[ \t]+\p{Lu}[\p{L} .&'’–—-]{1,60}?[ \t]*)?(?:\((?![\d\s–-]+\))[^)\n]{1,40}\)[ \t]*)?:(?:[ \t]+(?=\S)|[ \t]*$)/u;
const TIME_CODE = /^\(\d{1,2}:\d{2}(?::\d{2})?\)\s*$/;
/** The end of a sentence, its closing mark or bracket allowed: what an entry in a list never has. */
const SENTENCE_END = /[.?!]["”’)]?\s*$/;
/** A speech verb in the past tense, as narration cues someone else's words; a turn's own words are spoken, in the present. */
const NARRATED = /(?<!\b(?:I|[Ww]e) )\b(?:said|told|added|explained|insisted|recalled|noted)\b/;
/** A recording's time opening a line: "[00:01:05] ", "(01:05) ". */
const STAMP = /^[[(]\d{1,2}:\d{2}(?::\d{2})?[\])][ \t]*(?=\p{Lu})/u;
const unstamped = (l: Line): Line => {
  // (And the bracket a podcast's record opens its label with: "[Maya Lindqvist]: Welcome back".)
  const m = STAMP.exec(l.text) ?? /^\[(?=[^\]\n]{2,40}\]:)/.exec(l.text);
  return m ? { text: l.text.slice(m[0].length), start: l.start + m[0].length, end: l.end } : l;
};
/** "(Reporter: When?)", "(Q: No.)": a questioner's words in brackets inside an answer. */
const ASIDE = /\((?:Reporter|Journalist|Question|Q|Audience member|Audience):[^()\n]{1,200}\)/g;

/** The span of a text's words between two offsets, without the spaces around them. */
function trimmed(text: string, start: number, end: number): QuoteSpan {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, open: start, close: end, malformed: false };
}

/** A whole line as a quote's span. */
export const lineSpan = (l: Line): QuoteSpan => ({ start: l.start, end: l.end, open: l.start, close: l.end, malformed: false });

/**
 * The ordinary-case labels that head turns: a label on two lines or more ("Host:", "Ferreira:"), and, once some
 * label repeats, a one-off questioner ("Caller:", "Andrew Marr (BBC):").
 */
function mixedLabels(lines: readonly Line[]): Set<string> {
  const count = new Map<string, number>();
  /** Labels on a line that asks no question, and those of them with words of their own on the line. */
  const [states, answersOnLine] = [new Set<string>(), new Set<string>()];
  const withOutlet = new Set<string>();
  // (A line said twice word for word is a live page's heading and its entry in "Key events" ("Blinken: 'no
  // breakthrough' expected"), not two turns: each line counts once.)
  const seen = new Set<string>();
  const held = new Set<string>();
  for (const line of lines) {
    const m = MIXED_LABEL.exec(line.text);
    if (!m || NOT_TURN.test(m[1]!) || CAPS_LABEL.test(line.text)) continue;
    // ("Judy Woodruff:" alone on its line, a broadcast transcript's label, counts each time.)
    const rest = line.text.slice(m[0].length);
    if (rest && seen.has(line.text)) continue;
    seen.add(line.text);
    // ("Jurgen Falk: Court drops inquiry", "Star Wars Jedi: Fallen Order review": a topic over a headline is no one
    // speaking; what a label opens ends as a sentence does, is a quote, or follows on the lines below.)
    if (rest && !SENTENCE_END.test(rest) && !/^["“‘']/.test(rest) && !TIME_CODE.test(rest)) continue;
    count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1);
    if (!/\?["”’]?\s*$/.test(rest)) for (const set of rest ? [states, answersOnLine] : [states]) set.add(m[1]!);
    if (bracketedHolder(m[0], m[1]!, isTitle)) held.add(m[1]!);
    // (A label with only a time code after it, "Tom Reyes: (01:10)", is a timestamped transcript's turn, however often.)
    // (So is a name with its post after a comma, said once to open a record: "Mr. KATO Hiroshi, Minister for …:".)
    if (m[0].includes('(') || m[0].includes(',') || isQuestioner(m[1]!.toUpperCase()) || TIME_CODE.test(line.text.slice(m[0].length))) withOutlet.add(m[1]!);
  }
  const repeated = [...count].filter(([, n]) => n >= 2).map(([l]) => l);
  // ("Dmitry Peskov: The first question goes to Interfax." once among Vladimir Putin's turns: a full name heads a turn
  // however often; not a journalist's one question ("Tom Hale: What about …?"), nor among a page's "Rivermen:" notes.)
  if (repeated.some((l) => FULL_NAME_LABEL.test(l))) for (const l of states) if (!repeated.includes(l) && FULL_NAME_LABEL.test(l)) repeated.push(l);
  // ("Maya:" and "Olga:" again and again, "Michael:" once: a given name among given names, each opening a full name the
  // page gives, "host Maya Lindqvist … Michael McFaul", as a podcast's record labels its speakers.)
  const opensName = (l: string) => /^\p{Lu}\p{Ll}+$/u.test(l) && lines.some((x) => new RegExp(`\\b${l}\\s+\\p{Lu}\\p{Ll}`, 'u').test(x.text));
  if (repeated.length && repeated.every(opensName)) for (const l of states) if (!repeated.includes(l) && opensName(l)) repeated.push(l);
  // ("Dana Whitfield:" once, then "DW:" again and again: a transcript names its speaker in full, then by initials.)
  const initials = new Set(lines.map((l) => /^([A-Z]{2,3}):/.exec(l.text)?.[1]));
  // ("Indonesian Foreign Minister (Ms. Sari Wulandari):" once, then "Indonesian Foreign Minister:" or "External Affairs
  // Minister:" for "External Affairs Minister of India (…)": a post whose holder a label named heads turns.)
  for (const l of count.keys()) if ([...held].some((h) => h === l || h.startsWith(`${l} `))) repeated.push(l);
  for (const l of count.keys()) if (initials.has(l.split(/\s+/).map((w) => w[0]).join(''))) repeated.push(l);
  // ("Question: Minister, …?" then "Minister of Foreign Affairs:" and the answer: a question answered under a post's
  // label, or a name's that states something ("Reporter: Is Son fit?" ¶ "Postecoglou: He trained today."), is a
  // briefing's record, each label said once.)
  const answers = (l: string) => isPost(l) || (answersOnLine.has(l) && /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}$/u.test(l));
  const answered = [...count.keys()].some((l, i, all) => isQuestioner(l.toUpperCase()) && i + 1 < all.length && answers(all[i + 1]!));
  if (answered) for (const l of count.keys()) if (isQuestioner(l.toUpperCase()) || answers(l)) repeated.push(l);
  // Journalists named with their outlets ("Jane Roe (City TV):", "John Poe (Daily Star):") head turns among themselves.
  const outlets = [...withOutlet].filter((l) => !isQuestioner(l.toUpperCase()));
  return new Set(repeated.length || outlets.length >= 2 ? [...repeated, ...withOutlet] : []);
}

/**
 * Labels that head entries, not speech: said twice or more, never with words on their line ("Account: @darkzip",
 * "Containers: 1 Green, 1 Red."). What a speaker's label opens is words: two lower-case words, or a sentence's end.
 */
function entryLabels(lines: readonly Line[]): Set<string> {
  const count = new Map<string, number>();
  const spoken = new Set<string>();
  const words = (s: string) => s.split(/\s+/).filter((w) => /^\p{Ll}{2,}/u.test(w)).length;
  lines.forEach((line, i) => {
    const m = CAPS_LABEL.exec(line.text) ?? MIXED_LABEL.exec(line.text);
    if (!m) return;
    const label = m[1]!.trim();
    count.set(label, (count.get(label) ?? 0) + 1);
    // (A time code after the label, "Dr. Okafor: (02:15)", is a timestamped transcript: the words follow below.)
    const rest = line.text.slice(m[0].length);
    // ("Thank you.", "Ready?": a short line is words when it ends as a sentence does and counts nothing.)
    const sentence = SENTENCE_END.test(rest) && !/\d/.test(rest);
    // ("Judy Woodruff:" alone on its line, then a paragraph: a broadcast's transcript, the words below.)
    const below = !rest && i + 1 < lines.length && SENTENCE_END.test(lines[i + 1]!.text) && words(lines[i + 1]!.text) >= 4;
    if (TIME_CODE.test(rest) || sentence || below || words(rest) >= 2) spoken.add(label);
  });
  return new Set([...count].filter(([label, n]) => n >= 2 && !spoken.has(label)).map(([label]) => label));
}

/** "Q Can you tell us …" / "A First I would like …": Q and A with no colon, only where both open two lines or more. */
const BARE_QA = /^([QA])\.?[ \t]+(?=\p{Lu})/u;
const BARE_Q = /^(Q)\.?[ \t]+(?=\p{Lu})/u;
const QUESTION_END = /\?["”’]?\s*$/;
function bareQuestionsAndAnswers(lines: readonly Line[]): boolean {
  let q = 0;
  let a = 0;
  for (const line of lines) {
    const m = BARE_QA.exec(line.text)?.[1];
    if (m === 'Q') q++;
    else if (m === 'A' && q > 0) a++;
  }
  return q >= 2 && a >= 2;
}

const isTitle = (w: string) => TITLE_WORDS.has(titleCase(w));
/** The holder a bracketed label named for its post, for the post's later labels: "EXTERNAL AFFAIRS MINISTER OF INDIA" for "EXTERNAL AFFAIRS MINISTER". */
const holderOf = (holders: ReadonlyMap<string, string>, label: string) => {
  for (const [post, name] of holders) if (post === label || post.startsWith(`${label} `)) return name;
  return undefined;
};
/** A label that is a post and nothing else: "Spokesperson", "Minister of Foreign Affairs". */
const isPost = (label: string) => label.split(/\s+/).every((w) => TITLE_WORDS.has(w) || /^(?:of|for|the)$/.test(w)) && !CHAIR_POSTS.has(label.toUpperCase());
/** A word of a label in capitals as a name writes it: "LAVROV" → "Lavrov", "S.LAVROV" → "S. Lavrov". */
const labelWord = (w: string) => (/^\p{Lu}\.\p{Lu}{2,}/u.test(w) ? `${w.slice(0, 2)} ${titleCase(w.slice(2))}` : titleCase(w));

/**
 * Finds transcript turns: lines opening with a label in capitals, Q:/A: lines, and parliamentary speaker lines that
 * own the lines below them. Lines after a turn, up to the next label, belong to it. Lines that already hold a quote
 * in marks keep their spans and come back as turns with `marked` set, to take the turn's speaker.
 */
export function findTurns(text: string, stamped: readonly Line[], marked: readonly QuoteSpan[]): Turn[] {
  // ("[00:00:15] Amara Osei: Thanks …": a recording's time before each label is no part of it.)
  const lines = splitRunOnLabels(stamped.map(unstamped));
  // ("Simone Park -- Vice President, Investor Relations" over her words: a call's record, each speaker's line said
  // with the post after dashes, and "Operator" alone on its line.)
  const calls = lines.filter((l) => CALL_LABEL.test(l.text)).length >= 2;
  const turns: Turn[] = [];
  let current: { speaker: string | null; answerer: boolean; label: string; role?: string; outlet?: string; initials?: string } | null = null;
  // The different labels seen: a transcript has two speakers or more; one label said again and again is a kicker or a
  // topic ("Julian Assange: Sweden drops inquiry" over a page's related links), unless it is a speech (below).
  const labels = new Set<string>();
  // Marked quotes and lines both run in text order: one pass over each, not every quote for every line.
  let next = 0;
  const mixed = mixedLabels(lines);
  const lowerWords = lowerCaseWords(text);
  const bare = bareQuestionsAndAnswers(lines);
  const entries = entryLabels(lines);
  // ("Q. How did you feel?" before the first "CARLOS ALCARAZ:": a question that opens a record of labels in capitals.)
  const capsAhead = lines.some((l) => CAPS_LABEL.test(l.text));
  const holders = new Map<string, string>();
  const postLines = new Map<string, string>();
  for (const line of lines) {
    // ("3.45 pm", "Column 658": a record's clock and page marks sit inside a speech, and are not its words.)
    if (RECORD_MARK.test(line.text)) continue;
    const call = calls ? (CALL_LABEL.exec(line.text)?.[1] ?? (line.text === 'Operator' ? null : undefined)) : undefined;
    if (call !== undefined) {
      current = { speaker: call, answerer: false, label: line.text };
      labels.add(line.text);
      continue;
    }
    let from = line.start;
    const ordinary = mixed.size ? MIXED_LABEL.exec(line.text) : null;
    // ("Q    Thanks, Jen.": in a transcript already labelled, "Q" and spaces open a question, as a briefing's record
    // writes it.)
    const caps =
      CAPS_LABEL.exec(line.text) ?? (ordinary && (mixed.has(ordinary[1]!) || askedOnce(line.text, ordinary[1]!, mixed)) ? ordinary : null) ?? (bare ? BARE_QA.exec(line.text) : null) ?? (labels.size || (capsAhead && QUESTION_END.test(line.text)) ? BARE_Q.exec(line.text) : null);
    // Among labelled turns, a line under a label said once ("Bloomberg: …", a journalist's question) is someone
    // else's: it ends the turn above.
    if (!caps && ordinary && !NOT_TURN.test(ordinary[1]!)) {
      current = null;
      continue;
    }
    const portrait = PORTRAIT.exec(line.text);
    if (portrait) {
      // (The name in the record's own label when it gives one in full, "(Mr Andrew Lansley)" under "Lord Lansley".)
      const own = NAME_HEADING.exec(line.text.slice(portrait[0].length - 1));
      const named = own && (own[1] ?? own[2] ?? own[3] ?? own[4])!.trim();
      const who = portrait[1] === 'None' ? null : named?.includes(' ') ? named : portrait[1]!.split(/\s+/).filter((w, i, all) => i === all.length - 1 || !TITLE_WORDS.has(w)).join(' ');
      current = { speaker: who, answerer: false, label: line.text };
      labels.add(who ?? line.text);
      continue;
    }
    if (RECORD_LINKS.test(line.text)) continue;
    const heading = NAME_HEADING.exec(line.text);
    if (caps && (NOT_TURN.test(caps[1]!.trim()) || entries.has(caps[1]!.trim()))) {
      current = null;
      continue;
    }
    if (caps && (caps[1]!.length > 1 || /^[QA]$/.test(caps[1]!)) && !/^\d/.test(caps[1]!)) {
      const label = caps[1]!.trim().toUpperCase();
      const words = label.split(/\s+/).filter((w) => w !== 'THE');
      const named = words.filter((w) => !TITLE_WORDS.has(titleCase(w)) && !TITLE_WORDS.has(titleCase(w.replace(/\.$/, ''))) && !POST_LINKS.has(w) && !COURT_POSTS.has(w));
      const answerer = label === 'A' || label === 'ANSWER';
      // ("NEW PRICE DROP:", "KEY FACTS:": a label whose every word the text also writes in lower case is a kicker, no name;
      // "NEW DELHI:" is a dateline and "DEAR ABBY:" a letter's greeting.)
      // (A label in ordinary case keeps its words as written: "KATO Hiroshi" writes its family name in capitals.)
      // (Not when every word of the name is in capitals after "Hon": "Hon BILL ENGLISH" is Bill English.)
      const asWritten = caps[1]!.trim().split(/\s+/).filter((w) => named.includes(w.toUpperCase()));
      const written = /\p{Ll}/u.test(caps[1]!) && !asWritten.every((w) => /^\p{Lu}{2,}$/u.test(w)) ? asWritten : [];
      const name = written.length === named.length ? written.join(' ') : named.map(labelWord).join(' ');
      const questioner = isQuestioner(label);
      const bracketed = bracketedHolder(caps[0], caps[1]!.trim(), isTitle);
      if (bracketed) holders.set(label, bracketed);
      // ("Indonesian Foreign Minister (Ms. Sari Wulandari):", and the same post's label below: the holder named.)
      const holder = bracketed ?? holderOf(holders, label);
      const kicker = !holder && named.every((w) => lowerWords().has(w.toLowerCase().replace(/\.$/, '')));
      if (named.length && !questioner && !answerer && (kicker || PLACES.has(name) || CAPITAL_GOVERNMENTS.has(name) || words[0] === 'DEAR')) {
        current = null;
        continue;
      }
      const post = !named.length && !questioner && !answerer && !CHAIR_POSTS.has(words.join(' ')) ? words.map(titleCase).join(' ').replace(/ (Of|For|And) /g, (w) => w.toLowerCase()) : undefined;
      const outlet = isOutlet(label) ? caps[1]!.trim() : undefined;
      // ("BH: I'm really happy …" under "Ben Howland talks after the game": a label of initials is the one they stand for.)
      const initials = /^[A-Z]{2,3}$/.test(label) && !WIRE_AGENCIES.test(label) && !QUESTIONERS.test(label) ? label : undefined;
      current = holder
        ? { speaker: holder, answerer: false, label }
        : { speaker: questioner || answerer || named.length === 0 ? null : name, answerer, label, ...(post ? { role: post } : {}), ...(outlet ? { outlet } : {}), ...(initials ? { initials } : {}) };
      labels.add(label);
      from = line.start + caps[0].length;
    } else if (CHAIR.test(line.text)) {
      current = { speaker: null, answerer: false, label: line.text };
      labels.add(line.text);
      continue;
    } else if (heading) {
      current = { speaker: (heading[1] ?? heading[2] ?? heading[3] ?? heading[4]!).trim(), answerer: false, label: line.text };
      labels.add(current.speaker!);
      // ("The Prime Minister (Rishi Sunak)": the post alone on a line below, "The Prime Minister", is his again.)
      if (heading[2] ?? heading[3]) postLines.set(line.text.slice(0, line.text.indexOf('(')).trim(), current.speaker!);
      // (And the full name alone on its line, as the record writes that member's later turns: "Elizabeth Truss".)
      if (current.speaker!.includes(' ')) postLines.set(current.speaker!, current.speaker!);
      continue;
    } else if (postLines.has(line.text.trim())) {
      current = { speaker: postLines.get(line.text.trim())!, answerer: false, label: line.text };
      continue;
    } else if (!current) continue;
    else if ((SECTION_HEADING.test(line.text) && line.text.split(/\s+/).every((w) => w.length < 4 || /^\p{Lu}/u.test(w))) || TOPIC_HEADING.test(line.text)) {
      // ("Question-and-Answer Session", "Opening Remarks": a record's own heading ends the turn above, and is no one's;
      // so does a topic's, "On the delay to the bill", with no sentence's end.)
      current = null;
      continue;
    }
    const note = LEAD_NOTE.exec(text.slice(from, line.end)) ?? STAGE_NOTE.exec(text.slice(from, line.end));
    if (note) from += note[0].length;
    if (from >= line.end) continue;
    while (next < marked.length && marked[next]!.open < from - 1) next++;
    const inMarks: QuoteSpan[] = [];
    for (let k = next; k < marked.length && marked[k]!.open < line.end; k++) inMarks.push(marked[k]!);
    if (inMarks.length) {
      // ("Arnaldi said he had "nothing to regret"." under an answer, then ""I gave everything," the Italian said.": a
      // line below the label that says who speaks, outside its marks, is the page's narration again, and ends the turn.)
      if (from === line.start && NARRATED.test(outsideQuotes(text, line, inMarks))) {
        current = null;
        continue;
      }
      // A turn that is a quote (`Ferreira: "We will."`) is the label's; a quote inside a turn's own words (`A: The
      // minister said he was "shocked".`) is whoever the words say, and is left to attribution.
      if (/^\s*$/.test(text.slice(from, inMarks[0]!.open))) {
        for (const q of inMarks) turns.push({ span: q, ...current, marked: true });
        continue;
      }
      // (The words on a label's own line with a term or two in marks, `A: Any attempt to create "two Chinas" will fail.`,
      // are still the turn's, the terms left to attribution; a line below the label, which may be the page's narration
      // again, or one that holds someone's longer words, is left to attribution whole.)
      if (from === line.start || !inMarks.every((q) => text.slice(q.start, q.end).trim().split(/\s+/).length <= 4)) continue;
    }
    // ("Yes. (Reporter: When?) In May.": a questioner's aside in brackets is a turn of its own, nobody's.)
    let at = from;
    for (const aside of text.slice(from, line.end).matchAll(ASIDE)) {
      const start = from + aside.index!;
      const words = start + aside[0].indexOf(':') + 1;
      if (/\S/.test(text.slice(at, start))) turns.push({ span: trimmed(text, at, start), ...current, marked: false });
      turns.push({ span: trimmed(text, words, start + aside[0].length - 1), speaker: null, answerer: false, label: 'aside', marked: false });
      at = start + aside[0].length;
    }
    if (/\S/.test(text.slice(at, line.end))) turns.push({ span: trimmed(text, at, line.end), ...current, marked: false });
  }
  // A list of short entries under labels ("ENGLAND: 10th appearance", "Path A: Iceland, Norway") is a table, not a
  // transcript: no entry is a sentence.
  const isEntry = (t: Turn) => {
    const words = text.slice(t.span.start, t.span.end);
    return !t.marked && !SENTENCE_END.test(words) && words.split(/\s+/).length <= 4;
  };
  if (turns.length >= 3 && turns.every(isEntry)) return [];
  // One label is a heading or a kicker ("UPDATE: …"), not a transcript; unless it is a full name over paragraphs of
  // words, a speech's transcript ("STEVEN SINOFSKY: (Applause.) Well, welcome …" and the paragraphs after).
  // (A speech opens in the first person; a report under a dateline in capitals, "SIVRA CITY: Rescuers said …", does not.)
  const opening = turns[0] ? text.slice(turns[0].span.start, turns[0].span.end) : '';
  const speech =
    labels.size === 1 &&
    turns.length >= 2 &&
    (turns[0]!.speaker?.split(' ').length ?? 0) >= 2 &&
    turns.every((t) => t.speaker === turns[0]!.speaker) &&
    turns.slice(0, 3).some((t) => FIRST_PERSON.test(text.slice(t.span.start, t.span.end))) &&
    !/\b(?:said|says|told)\b/.test(opening);
  // (Someone in a transcript speaks, to someone: "Thunder: Host the Lakers on Friday." and "Lakers: Kuzma left with an
  // eye abrasion." under a game report are notes on each team, in the third person throughout.)
  // (Or asks or exclaims, in any language.)
  const spoken = (t: Turn) => t.marked || /[?!]/.test(text.slice(t.span.start, t.span.end)) || FIRST_PERSON.test(text.slice(t.span.start, t.span.end)) || ADDRESSED.test(text.slice(t.span.start, t.span.end));
  // ("Video Transcript" over "JAMES OKAFOR: I know …": one label under a line that says a transcript follows.)
  const labelAt = turns[0] ? text.lastIndexOf('\n', turns[0].span.start) + 1 : 0;
  // (Or one surname under a title that announces a transcript of that one: "Transcript with Sen. Ferdinand Marcos" over
  // "Marcos: …" again and again, each under a topic's heading.)
  const withWhom = TRANSCRIPT_WITH.exec(text.slice(0, labelAt))?.[0] ?? '';
  const announced = labels.size === 1 && turns.length > 0 && (TRANSCRIPT_LINE.test(text.slice(Math.max(0, labelAt - 40), labelAt)) || new RegExp(`\\b${escapeRegExp(titleCase([...labels][0]!))}\\b`).test(withWhom));
  const transcript = (labels.size >= 2 || announced) && turns.some(spoken);
  if (transcript) turns.unshift(...openingRemarks(text, lines, turns));
  return transcript || speech ? turns : [];
}

/**
 * "Yeshi Seli: Yeshi Seli from the New Indian Express. Is there any update …?": among a record's repeated labels, a
 * journalist's name said once over the question on its line is that journalist's turn.
 */
// (Where a person's name of two words or more heads turns again and again, not a page's team notes, "Rivermen:"; and a
// line of ten words or more with its label, not a teaser's "Luc Pelletier: Is this the best guard in the league?".)
const askedOnce = (line: string, label: string, mixed: ReadonlySet<string>) =>
  /\?["”’]?\s*$/.test(line) && /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}$/u.test(label) && line.split(/\s+/).length >= 10 && [...mixed].some((l) => l.includes(' '));

/** A record's title naming whose remarks it holds: "Foreign Minister X’s remarks and answers …", "Remarks by X". */
const REMARKS_TITLE = /\b(?:remarks|statement|speech|address|opening remarks)\b/i;

/**
 * "Foreign Minister Sergey Lavrov’s remarks and answers to media questions …" over paragraphs with no label and then
 * "Question:" and "Sergey Lavrov:" turns: the paragraphs before the first label are the remarks of the one the title
 * and a label both name, when one of them speaks in the first person.
 */
function openingRemarks(text: string, lines: readonly Line[], turns: readonly Turn[]): Turn[] {
  const first = turns[0];
  // (The page's first line, whatever section it was read as: a title with a place and a date reads as a dateline.)
  const titleEnd = text.indexOf('\n');
  const title = text.slice(0, titleEnd);
  if (!first || titleEnd < 0 || first.span.start <= titleEnd || !REMARKS_TITLE.test(title)) return [];
  // (Or the post a label names: "Minister of Foreign Affairs X's statement" over "Minister of Foreign Affairs:".)
  const named = turns.find((t) => (t.speaker && title.includes(t.speaker)) || (t.role && title.toLowerCase().includes(t.role.toLowerCase())));
  if (!named) return [];
  const { speaker, role } = named;
  const before = lines.filter((l) => l.start > titleEnd && l.end <= first.span.start && /[.!?,:]["”’]?$/.test(l.text));
  if (!before.some((l) => FIRST_PERSON.test(l.text))) return [];
  return before.map((l) => ({ span: trimmed(text, l.start, l.end), speaker, answerer: false, label: 'remarks', ...(role ? { role } : {}), marked: false }));
}

/** A question put to someone: it says "you". */
export const ADDRESSED = /\b(?:you|your|yours|yourself)\b/i;
/** Words that show a paragraph is someone speaking, not narration. */
// (In lower case or opening a sentence: "US" is a country.)
export const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e’re|[Uu]s|[Oo]ur)\b/;
