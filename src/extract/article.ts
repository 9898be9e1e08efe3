import type { Article, DateSource, Fact, Link, Quote, Section, SourceArticle, TimelineEvent, Warning } from '../model.js';
import { CONTENT_SECTIONS } from '../model.js';
import { findTitle, splitLines, type Line } from '../ingest/sections.js';
import { splitSentences, type Span } from '../ingest/sentences.js';
import { attributeQuotes, type Attribution, type SentenceInfo } from './attribution.js';
import { notSelfNamed } from './selfNamed.js';
import { findCitedLinks, outletName } from './links.js';
import { findNumbers } from './numbers.js';
import { findNicknames } from './nicknames.js';
import { findPeople } from './people.js';
import { type LocalPerson, organisationOf } from './mentions.js';
import { initialsOf, orgKey } from './names.js';
import { findBlockQuotes, findSignedQuotes, signedStatement } from './blockQuotes.js';
import { escapeRegExp } from '../util/regexp.js';
import { bulletHeadlineQuotes, colonNamedQuotes, dashSignedQuotes } from './colonQuotes.js';
import { findInterviewTurns, quotedToAnswerer } from './interviewTurns.js';
import { findTurns, FIRST_PERSON } from './turns.js';
import { givenNamesFromTitle, interviewee, postHolder, turnSpeaker } from './turnSpeakers.js';
import { echoedEarlier, echoedSubheadings, headlineQuotes } from './headlines.js';
import { namedAfter } from './namedAfter.js';
import { possessedWords } from './possessedWords.js';
import { firstFrom } from './sorted.js';
import { isNameHeading, quotesUnderIntroduction } from './introductions.js';
import { capitalHeadingQuotes } from './capitalHeadings.js';
import { findQuoteSpans, isFragment, type QuoteSpan } from './quoteMarks.js';
import { DAY_MS, findDates, referenceFrom } from './timeline.js';
import { findFullDate, ownDate } from './ownDate.js';
import { surveyArticle } from './survey.js';
import { labelFromText } from './labels.js';

/** An embedded post's signature: a full name, its handle in brackets, a date. */
const POSTED_BY = /^[–—-][ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2})[ \t]+\(@\w+\)/u;

/** What one article yields on its own, before people are merged across articles. */
export interface ArticleExtraction {
  article: Article;
  people: LocalPerson[];
  /** Quotes with speakerId still a local key ("p:lavrov"); the build maps it to the merged person. */
  quotes: Quote[];
  events: TimelineEvent[];
  facts: Fact[];
  links: Link[];
  /** Words of the article's content, for finding the nearest dated article of an undated one. */
  words: Set<string>;
  /** The month and day ("01-21") of a dateline with no year: an undated article's day, its year from the same story. */
  monthDay?: string;
  /** Where the article says things happen ("in Bali"): the names after "in" (no country's), see inferDates. */
  places?: string[];
  /** An undated article's latest full date (a caption's "July 7, 2022"): it was written no earlier than about then. */
  latest?: string;
  /** What in the text could not be read (a quote that never closes), naming the file. */
  warnings: Warning[];
  /**
   * Names the article writes with no evidence of its own that they are anyone's ("Mirzoyan arrived", "Jeyhun Bayramov
   * of Azerbaijan"): the build gives back those another article of the folder names as someone (see folderHints).
   */
  unread?: string[];
}

/** What an undated article's dates are read against: only dates written out in full are kept (see the events). */
const UNDATED_REFERENCE = '2000-01-01';
/** A line that is only a clock time and a full date, either first: a live page's entry stamp. */
const ENTRY_STAMP = /^\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[AP]M)?\s+\d[\d./-]{5,9}|(?:\d{1,2}[./ -]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s)[^\n]{4,22}?,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[AP]M)?(?:\s+[A-Z]{2,4})?)\s*$/;
/** An entry's words: a sentence of ten words or more. */
const PROSE = /^(?:\S+\s+){9,}\S/;
/** How many days before the page's own an entry stamp may be (a live page runs a few days at most). */
const ENTRY_WITHIN_DAYS = 7;

/** The day an article's relative dates are read against (`from`: the article it was borrowed from, if any). */
export type Reference = { date: string | null; source: DateSource; from?: string };

/** An article's record: what its file and reference date give, and what was read from its text. */
export function articleRecord(source: SourceArticle, reference: Reference, read: Pick<Article, 'title' | 'origin' | 'published' | 'labelEvidence' | 'sections'>): Article {
  return {
    id: source.id,
    file: source.file,
    title: read.title,
    outlet: source.meta.outlet ?? null,
    origin: read.origin,
    published: read.published,
    referenceDate: reference.date,
    referenceFrom: reference.from ?? null,
    dateSource: reference.source,
    url: source.meta.url ?? null,
    kind: source.meta.kind ?? 'unknown',
    labels: [],
    labelEvidence: read.labelEvidence,
    sections: read.sections,
    hash: source.hash,
  };
}

/**
 * Extracts people, quotes with speakers, dated events, facts and links from one article.
 * `reference` is the day relative dates are read against (the article's own, or one inferred from the corpus).
 */
export function extractArticle(
  source: SourceArticle,
  reference: Reference,
  /** The article's survey, when the caller has made it already (it is the same for the same source). */
  surveyed?: ReturnType<typeof surveyArticle>,
  /** Full names of people other articles of the folder name, which this one writes without evidence (see folderHints). */
  folderNames: readonly string[] = [],
): ArticleExtraction {
  const { text, id } = source;
  const survey = surveyed ?? surveyArticle(source);
  const sections = survey.sections;
  const own = ownDate(text, sections, source.meta.published);
  // Each section's lines, with offsets into the file, split once for all the passes below.
  const linesOf = sections.map((s) => splitLines(text.slice(s.start, s.end)).map((l) => ({ ...l, start: l.start + s.start, end: l.end + s.start })));
  const linesWhere = (keep: (kind: Section['kind']) => boolean) => sections.flatMap((s, i) => (keep(s.kind) ? linesOf[i]! : []));
  const groups: { section: number; kind: Section['kind']; lines: Line[] }[] = [];
  // A run of one kind of content with only furniture between (a caption, an ad marker) reads as one: "he" and a
  // quote standing alone look back across the caption. (`section` numbers these runs.)
  let run = -1;
  let lastKind: Section['kind'] | null = null;
  sections.forEach((s, i) => {
    if (CONTENT_SECTIONS.has(s.kind)) {
      if (s.kind !== lastKind) run = i;
      lastKind = s.kind;
      groups.push({ section: run, kind: s.kind, lines: linesOf[i]! });
    } else if (s.kind !== 'furniture') lastKind = null;
  });
  const warnings: Warning[] = [];
  const lineOf = (at: number) => text.slice(0, at).split('\n').length;
  // A nickname between a given name and a surname (Joko "Jokowi" Widodo) is part of the name, not a quote.
  const nicknames = findNicknames(text);
  const nicknameAt = new Set(nicknames.map((n) => n.start));
  const quoteSpans = groups.flatMap((g) =>
    findQuoteSpans(text, g.lines, (at) =>
      warnings.push({ source: source.file, message: `a quote opened on line ${lineOf(at)} never closes (the file may be cut short); it is not used as a quote` }),
    ).filter((q) => !nicknameAt.has(q.open)),
  );
  // Transcript turns: every line of the page but its furniture, credits and comments may hold one.
  const turnLines = linesWhere((kind) => !NO_TURNS.has(kind));
  const labelled = findTurns(text, turnLines, quoteSpans);
  const turns = labelled.length ? labelled : findInterviewTurns(turnLines, quoteSpans);
  for (const t of turns) if (!t.marked) quoteSpans.push(t.span);
  // ("Mikel Arteta: "I am so proud …"" in a report: a name heading its one quote.)
  const named = turns.length ? [] : [...colonNamedQuotes(text, turnLines, quoteSpans), ...dashSignedQuotes(text, turnLines, quoteSpans), ...bulletHeadlineQuotes(text, turnLines, quoteSpans)];
  // (The signature reads as a heading: its lines are looked at too.)
  const signed = turns.length ? [] : findSignedQuotes(linesWhere((kind) => CONTENT_SECTIONS.has(kind) || kind === 'heading'), quoteSpans);
  if (!turns.length) quoteSpans.push(...findBlockQuotes(groups.flatMap((g) => g.lines), quoteSpans), ...signed.map((x) => x.span));
  quoteSpans.sort((a, b) => a.start - b.start);
  const sentences: (SentenceInfo & { kind: Section['kind'] })[] = [];
  for (const g of groups) {
    for (const line of g.lines) {
      // The quotes that overlap the line: those starting before its end, back to the first that ends after its start.
      const masks: QuoteSpan[] = [];
      for (let k = firstFrom(quoteSpans, line.end, (q) => q.start) - 1; k >= 0 && quoteSpans[k]!.end > line.start; k--) masks.unshift(quoteSpans[k]!);
      for (const s of splitSentences(text, line.start, line.end, masks)) sentences.push({ ...s, section: g.section, kind: g.kind });
    }
  }
  // (A heading that is only a name and its body, "Christine Lagarde (ECB)", or a name, its role and a colon, names the
  // one whose quotes follow.)
  const nameHeadings = sections.flatMap((s, i) => (s.kind === 'heading' ? linesOf[i]!.filter((l) => isNameHeading(l.text)) : []));
  const peopleLines = [...groups.flatMap((g) => g.lines), ...nameHeadings].sort((a, b) => a.start - b.start);
  const { people, mentions, unread } = findPeople(text, peopleLines, quoteSpans, nicknames, folderNames);
  const byKey = new Map(people.map((p) => [p.key, p]));
  const attributions = attributeQuotes(text, sentences, quoteSpans, mentions, byKey);
  const isPerson = (key: string) => byKey.get(key)?.type === 'person';
  namedAfter(text, quoteSpans, attributions, mentions, isPerson);
  possessedWords(text, quoteSpans, attributions, mentions, isPerson);
  // A turn's label says who speaks, whatever the words inside it mention.
  const turnAt = new Map([...turns, ...named].map((t) => [t.span.start, t]));
  const titleText = sections.filter((s) => s.kind === 'title').map((s) => text.slice(s.start, s.end)).join('\n');
  const holders = new Map<string, string | null>();
  let answering: string | null | undefined; // who answers an interview: looked up once for answers, questions and title
  const answerer = () => (answering === undefined ? (answering = interviewee(text, sections, mentions, people, byKey)) : answering);
  quoteSpans.forEach((q, i) => {
    const t = turnAt.get(q.start);
    if (!t) return;
    if (t.role && !holders.has(t.role)) holders.set(t.role, postHolder(t.role, titleText, text));
    const holder = !t.speaker && t.role ? holders.get(t.role)! : null;
    const byInitials = t.initials ? people.filter((p) => p.type === 'person' && p.names.some((n) => initialsOf(n) === t.initials)) : [];
    const key = byInitials.length === 1
      ? byInitials[0]!.key
      : t.outlet
      ? organisationOf(orgKey(t.outlet), t.outlet, people, byKey).key
      : t.answerer
        ? answerer()
        : t.speaker || holder
          ? turnSpeaker((t.speaker ?? holder)!, people, byKey)
          : null;
    attributions[i] = { speakerKey: key, cue: t.label, method: 'turn' };
  });
  quotedToAnswerer(text, turns, quoteSpans, attributions, answerer);
  // A block quote signed below it ("– Dame Margaret Beckett") is the signer's: the one the signature names, else nobody.
  const signatureAt = new Map(signed.map((x) => [x.span.start, x.signature]));
  quoteSpans.forEach((q, i) => {
    const sig = signatureAt.get(q.start);
    if (!sig) return;
    const signers = people.filter((p) => p.type === 'person' && (p.names.some((n) => sig.text.includes(n)) || new RegExp(`\\b${escapeRegExp(p.last)}\\b`).test(sig.text)));
    // ("— Dmytro Kuleba (@DmytroKuleba) January 21, 2022": an embedded post's author, a full name before the handle.)
    const poster = signers.length ? undefined : POSTED_BY.exec(sig.text)?.[1];
    attributions[i] = { speakerKey: signers.length === 1 ? signers[0]!.key : poster ? turnSpeaker(poster, people, byKey) : null, cue: sig.text, method: 'after' };
  });
  // (A statement signed on the page's last line, "Chief Janeé Harteau", is the signer's where nothing cued it.)
  const statement = signedStatement(linesWhere((kind) => CONTENT_SECTIONS.has(kind) || kind === 'heading'), quoteSpans);
  const signer = statement ? turnSpeaker(statement.name, people, byKey) : null;
  quoteSpans.forEach((q, i) => {
    if (signer && statement!.starts.includes(q.start) && !attributions[i]?.speakerKey) attributions[i] = { speakerKey: signer, cue: statement!.line.text, method: 'after' };
  });
  carryAcrossParagraphs(quoteSpans, attributions);
  const readLines = sections.flatMap((s, i) => (CONTENT_SECTIONS.has(s.kind) || s.kind === 'heading' ? linesOf[i]!.map((l) => ({ ...l, heading: s.kind === 'heading' })) : []));
  quotesUnderIntroduction(text, readLines, quoteSpans, attributions, mentions, byKey);
  capitalHeadingQuotes(text, readLines, quoteSpans, attributions, people, byKey);
  notSelfNamed(text, quoteSpans, attributions, byKey);
  const sectionOf = (at: number) => {
    const s = sections[firstFrom(sections, at + 1, (x) => x.start) - 1];
    return s && at < s.end ? s.kind : 'report';
  };
  const found = quoteSpans.map((span, i) => ({ span, attribution: attributions[i]! }));
  const headlineLines = linesWhere((kind) => kind === 'title' || kind === 'heading');
  const headlines = headlineQuotes(text, headlineLines, found.map((f) => ({ span: f.span, speakerKey: f.attribution.speakerKey })), people, byKey, nicknameAt);
  // ("Interview: 'We are not a museum' – the new director of the Prado" over questions and answers: the title quotes
  // the one answering, when it speaks in the first person.)
  if (turns.some((t) => t.answerer)) {
    for (const h of headlines) {
      if (h.attribution.speakerKey || !FIRST_PERSON.test(text.slice(h.span.start, h.span.end))) continue;
      const key = answerer();
      if (key) h.attribution = { speakerKey: key, cue: 'the interview it heads', method: 'headline' };
    }
  }
  found.push(...headlines);
  found.sort((a, b) => a.span.start - b.span.start);
  echoedSubheadings(text, found);
  echoedEarlier(text, found);
  const titleSection = sections.find((s) => s.kind === 'title');
  if (titleSection) givenNamesFromTitle(text.slice(titleSection.start, titleSection.end), people);

  const quotes: Quote[] = found.map(({ span: q, attribution: a }, i) => {
    const quoteText = text.slice(q.start, q.end);
    return {
      id: `${id}:q${i + 1}`,
      articleId: id,
      text: quoteText,
      speakerId: a.speakerKey,
      speaker: a.speakerKey ? displayName(byKey.get(a.speakerKey)!) : null,
      cue: a.cue,
      method: a.method,
      fragment: isFragment(quoteText),
      context: contextOf(text, sentences[firstFrom(sentences, q.start + 1, (s) => s.start) - 1], q),
      section: sectionOf(q.start),
      start: q.start,
      end: q.end,
      clusterId: null,
      flags: [],
    };
  });

  // Resolved anaphors ("the Russian foreign minister") become aliases of the person they stand for.
  for (const m of mentions) {
    // (An unresolved description's key is the unnamed source's, which is no one in the list.)
    const p = m.kind === 'anaphor' && m.key ? byKey.get(m.key) : undefined;
    if (p && /minister|president|secretary|spokes|chancellor/i.test(m.text)) {
      const phrase = text.slice(m.start, m.end).replace(/^(?:the|his|her|their)\s+/i, 'the ');
      if (!p.aliases.some((a) => a.toLowerCase() === phrase.toLowerCase())) p.aliases.push(phrase);
    }
  }

  // ("Pope Francis", "King Charles": one named by a title and one name is called by both, as readers ask for them.)
  for (const p of REGNAL_WORD.test(text) ? people : []) {
    const regnal = p.type === 'person' && !p.names.length ? new RegExp(`\\b(?:${REGNAL})\\s+${escapeRegExp(p.last)}\\b`).exec(text)?.[0] : undefined;
    if (regnal && !p.aliases.includes(regnal)) p.aliases.push(regnal);
  }

  const events: TimelineEvent[] = [];
  // An undated article's events are the days it writes out in full ("on July 7, 2022"); its "on Friday" stays undated.
  let ref = referenceFrom(reference.date ?? UNDATED_REFERENCE);
  const earliestEntry = reference.date ? new Date(Date.parse(reference.date) - ENTRY_WITHIN_DAYS * DAY_MS).toISOString().slice(0, 10) : '';
  let readTo = 0;
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    // A live page's entry stamp ("23:10 30.10.2024" alone on its line, no sentence: read between sentences) dates the
    // entries below: right above an entry's words, a week before the page's own day at most; no list of stories' stamps.
    const gap = reference.date && s.start > readTo + 6 ? text.slice(readTo, s.start).split('\n').filter((l) => l.trim()) : [];
    readTo = s.end;
    const at = gap.findIndex((l) => ENTRY_STAMP.test(l));
    const entry = at >= 0 && at >= gap.length - 2 && PROSE.test(sentence) ? findFullDate(gap[at]!) : null;
    if (entry && entry <= reference.date! && entry >= earliestEntry) ref = referenceFrom(entry);
    const seen = new Set<string>();
    // (A dateline or stamp opens the page: only the first sentences are looked at for one.)
    const stamp = s.start < 1000 ? pageStampAt(sentence) : 0;
    for (const d of findDates(sentence, ref)) {
      if (seen.has(d.date) || d.index < stamp || (!reference.date && !d.stated)) continue;
      seen.add(d.date);
      events.push({
        id: `${id}:e${events.length + 1}`,
        articleId: id,
        date: d.date,
        precision: d.precision,
        phrase: d.phrase,
        relation: d.relation,
        text: sentence,
        start: s.start,
        end: s.end,
        clusterId: null,
      });
    }
  }

  const facts: Fact[] = sentences
    .filter((s) => s.kind === 'report' && text.slice(s.start, s.end).split(/\s+/).length >= 5)
    .map((s, i) => ({
      id: `${id}:f${i + 1}`,
      articleId: id,
      text: text.slice(s.start, s.end),
      numbers: findNumbers(text.slice(s.start, s.end), s.start),
      start: s.start,
      end: s.end,
      clusterId: null,
    }));

  const title = source.meta.title ?? findTitle(text, sections);
  const links: Link[] = [];
  const outlet = source.meta.outlet ?? null;
  if (outlet || source.meta.url) {
    links.push({ articleId: id, outlet: outlet ?? 'unknown outlet', title, url: source.meta.url ?? null, kind: 'self', start: null, end: null });
  }
  if (source.meta.origin) links.push({ articleId: id, outlet: outletName(source.meta.origin), title: null, url: null, kind: 'origin', start: null, end: null });
  links.push(...findCitedLinks(text, sections, id));

  const article = articleRecord(source, reference, {
    title,
    origin: source.meta.origin ? outletName(source.meta.origin) : null,
    published: own.date,
    labelEvidence: labelFromText({ sections, kind: source.meta.kind ?? 'unknown' }, text),
    sections,
  });
  return { article, people, quotes, events, facts, links, words: survey.words, warnings, ...(survey.monthDay ? { monthDay: survey.monthDay } : {}), ...(survey.latest ? { latest: survey.latest } : {}), ...(survey.places ? { places: survey.places } : {}), ...(unread.length ? { unread } : {}) };
}

/**
 * How much of a sentence's start is the page's dateline or stamp, not the story: "GENEVA (Agency - 3rd March,
 * 2023) ", "BEIJING, April 15 (Xinhua) -- ", a date glued to the first word ("May 2, 2024Negotiators"). Its date
 * is the article's own; the sentence's events are in the words after it.
 */
function pageStampAt(sentence: string): number {
  const wire = /^\p{Lu}[\p{L} .'-]{1,40}(?:,[^()\n]{1,40}?)?\s*\([^)\n]{1,80}\)\s*(?:[-–—:]+\s*)?/u.exec(sentence);
  if (wire) return wire[0].length;
  // ("CANBERRA, 28th November 2024 — …": a city, a date and a dash; "By Tom Ellis | Dec. 3, 2024 at 5:12 p.m.": a byline.)
  const city = /^\p{Lu}[\p{L} .'-]{1,40},(?:\s+\p{Lu}[\p{L} .'-]{1,30},)?\s+[^—–\n]{0,30}\d[^—–\n]{0,20}?\s+[—–-]{1,2}\s+/u.exec(sentence);
  if (city) return city[0].length;
  // (And a short line of a stamp's parts between bars or slashes: "December 3, 2024 / 2:15 PM / Mercopress".)
  if (/^By\s[^|\n]{2,60}\|/.test(sentence) || (/\d{4}\s*[/|·•]/.test(sentence) && sentence.split(/\s+/).length <= 10)) return sentence.length;
  const glued = /^(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4}(?:\s+\d{1,2}:\d{2})?)(?=\p{Lu})/u.exec(sentence);
  return glued ? glued[0].length : 0;
}

/** A speaker found by a cue, not carried over from the sentences before. */
const WEAK = new Set<Quote['method']>(['continuation', 'context', null]);

/**
 * A quote left open at the end of a paragraph and reopened in the next is one quote: each paragraph's part gets the
 * speaker a cue gives either part ("…we lost. ¶ "We move on," Flick said.").
 */
function carryAcrossParagraphs(spans: readonly QuoteSpan[], attributions: Attribution[]): void {
  const carried = (a: Attribution): Attribution => ({ speakerKey: a.speakerKey, cue: 'continuation', method: 'continuation' });
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.continued && attributions[i - 1]!.speakerKey && WEAK.has(attributions[i]!.method)) attributions[i] = carried(attributions[i - 1]!);
  }
  for (let i = spans.length - 1; i > 0; i--) {
    if (spans[i]!.continued && attributions[i]!.speakerKey && !attributions[i - 1]!.speakerKey) attributions[i - 1] = carried(attributions[i]!);
  }
}

/** A name's initials: "Ben Howland" → "BH". */

/** Sections whose lines are never a transcript turn. */
const NO_TURNS = new Set<Section['kind']>(['furniture', 'credit', 'comments', 'roundup', 'dateline', 'title']);

/** Titles that go with one name alone: a pope's, a monarch's, a prince's. */
const REGNAL = 'Pope|King|Queen|Prince|Princess|Emperor|Empress|Sultan|Emir|Sheikh';
const REGNAL_WORD = new RegExp(`\\b(?:${REGNAL})\\s`);

/** The most of a sentence a quote's context keeps. */
const CONTEXT_CHARS = 300;

/** The sentence around a quote, if it holds more than the quote's words: at most CONTEXT_CHARS, the quote inside. */
function contextOf(text: string, s: Span | undefined, q: QuoteSpan): string | null {
  if (!s || q.start < s.start || q.start >= s.end) return null;
  const around = text.slice(s.start, q.open).trim().length + text.slice(Math.min(s.end, q.close), s.end).trim().length;
  if (around < 12) return null;
  // Centred on the quote when the sentence is longer than that, cut at word boundaries.
  const spare = Math.max(0, CONTEXT_CHARS - (q.close - q.open));
  let from = Math.max(s.start, q.open - Math.ceil(spare / 2));
  let to = Math.min(s.end, Math.max(q.close, from + CONTEXT_CHARS));
  from = Math.max(s.start, Math.min(from, to - CONTEXT_CHARS));
  if (from > s.start) from = text.indexOf(' ', from) + 1 || from;
  if (to < s.end) to = Math.max(q.close, text.lastIndexOf(' ', to));
  // (A list's bullet before the sentence is no part of it.)
  const words = text.slice(from, to).replace(/\s*\n+\s*/g, ' ').replace(/^[*•·–—-]\s+/, '').trim();
  return `${from > s.start ? '…' : ''}${words}${to < s.end ? '…' : ''}`;
}

/** How a local person is named in this article: the fullest name written, else the surname. */
export function displayName(p: LocalPerson): string {
  return p.names[0] ?? p.last;
}
