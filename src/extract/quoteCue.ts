import type { Attribution } from './attribution.js';
import { ANONYMOUS, type Mention, PERSON_KINDS } from './mentions.js';
import type { QuoteSpan } from './quoteMarks.js';
import { matchesOf } from './matches.js';
import { ROLE_NOUNS } from './lexicon.js';
import { CUE, CUE_WORDS, HAS_CUE, NAME_ASIDE, roleBeforeName } from './cues.js';
import { adjacentBefore, BODY_ROLE_GAP, invertedAfter, NOUN_CUE, QUOTING_VERBS } from './nearVerb.js';
import { fitsTagGap } from './tagGaps.js';
import { sourceAfter, sourceNamed } from './sources.js';

/** "… said (that) (the) ", right before a body: the body's wish is reported by the one who said it. */
// (A time may stand between the verb and "that": "Peskov said on Tuesday that Moscow welcomed …".)
const REPORTED_BODY = /\b(said|says|told reporters|added|stressed|insisted|noted)\s+(?:(?:on\s+\p{Lu}\p{Ll}+|yesterday|today|earlier|later|last\s+\p{Ll}+)\s+(?=that\s))?(?:that\s+)?(?:the\s+)?$/u;

/** Right after a name, maybe past an apposition: a verb of saying that reports what follows. */
const SAID_AFTER_NAME = /^(?:\s*,[^,"“”;]{1,100},)?\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told\s+[\p{L}'’]+|added|stressed|noted|insisted|warned|argued|claimed|called|described)\b[^"“”;]*$/u;

/** A clause that opens with "while" or "as", its subject and a verb of saying right before the quote. */
const CLAUSE_CUE = new RegExp(`^\\s*(?:While|As|Whereas|Although|Though)\\s[^,;"“”]{1,80}\\b(?:${CUE_WORDS})\\s*$`);

/**
 * Lower-case words that finish the quoted sentence, then a comma and an inverted tag's verb: " announced in October,
 * said". (Not a verb whose subject the quote is: '"A bigger deal" was the phrase used, said X' names a phrase.)
 */
const RUN_ON_TAG = /^\s+(?!(?:is|are|was|were|has|have|had|will|would|can|could|remains?|remained|became|becomes)\b)[a-z][^"“”.!?;:,]{0,40},\s*(said|says|added|adds|told|tells|wrote|writes)\b/;

/** A past tense in no list right after a quote's tag comma ('"…," alerted the co-author'), not one acted on ("prompted"). */
const UNLISTED_PAST_AFTER = /^\s+(?!(?:prompted|forced|angered|surprised|shocked|worried|delighted|pleased|annoyed|irritated|upset|moved|left|led|caused|sparked|earned|cost)\b)([a-z]{3,}ed)(?=\s+(?:the|a|an)\s+[a-z]|\s+\p{Lu})/u;
/** A subject's own speech verb and "that", then the clause it reports: " underlined that Moscow has no plans ". */
const REPORTS_THAT = new RegExp(`^\\s+(?:[a-z]+ly\\s+)?(?:${CUE_WORDS})\\s+that\\s[^,;:"“”]*$`);
/** ", and" or ", but" right before a verb: the subject's second verb; and without the comma (see REPORTS_THAT). */
const SECOND_VERB_AFTER_COMMA = /,\s*(?:and|but)\s+(?:(?:then|also|later)\s+)?$/;
const SECOND_VERB = /(?:,\s*|\s+)(?:and|but)\s+(?:(?:then|also|later)\s+)?$/;
/** The verbs that report speech and nothing else. */
export const SAYING = /^(?:said|says|told|tells|stated|states|insisted|insists|argued|argues|claimed|claims|warned|warns|noted|notes|added|adds)$/;
// (A dash may stand before it, as translated copy writes: '"We will see", - said the minister'.)
const VERB_RIGHT_AFTER = new RegExp(`^[\\s,.]*(?:[-–—][ \\t]+)?(${CUE_WORDS})\\b`);
/**
 * "…," Jens Stoltenberg, the NATO secretary general, said: a description may stand between the name and the verb. Its
 * full stops may only be an abbreviation's: an initial's ("the U.S. attorney"), a short form's ("Sen. Ben Sasse, R-Neb.,").
 */
const APPOSITION_CHAR = `(?:[^,"“”.;:]|(?<=\\b[A-Z]|\\b(?:Jr|Sr|St|Inc|Corp|Co|Ltd|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Prof|Dept|Univ|No))\\.|\\.(?=,))`;
/** A speech verb right after a name or a pronoun: the tag of a quote before. */
const TAG_VERB = /^\s+(?:said|says|told|tells|added|adds|wrote)\b/;
/** People no one names, as a group: "critics", "opponents", "some". */
const GROUP_NOUNS = 'critics|opponents|supporters|protesters|residents|activists|campaigners|lawmakers|fans|voters|observers|others|those|many|some';
const GROUP_WHO = new RegExp(`\\b(?:${GROUP_NOUNS})\\s+(?:who|that)\\s+(?:\\p{Ll}+\\s+){0,2}$`, 'u');
const GROUP_CLAIM = new RegExp(`\\b(?:claims?|accusations?|suggestions?|charges?|allegations?|complaints?)\\s+(?:by|from)\\s+(?:the\\s+|some\\s+|his\\s+|her\\s+|their\\s+)?(?:\\p{Ll}+\\s+)?(?:${GROUP_NOUNS})\\s+that\\b`, 'u');

/** Someone's office, aides or spokesman right before a verb: "in what his office described as", "which her aides called". */
const OWNED_BODY_BEFORE = /\b(?:his|her|their)\s+(?:own\s+)?(?:office|aides?|spokes(?:man|woman|person)|staff|team|campaign|lawyers?|attorneys?|representatives?|press office|government|administration|party|camp)\s+(?:had\s+|has\s+|later\s+|also\s+)?$/;

/** '"…," was how …': a frame naming the speaker after the words, with HOW_VERB after the name. */
// ('the "new Gannett," as Reed dubbed the combination': "as" and a verb of naming it, too.)
const WAS_HOW = /^[,"”’'\s]*(?:(?:was|is)\s+how|as)\s+$/;
const HOW_VERB = /^(?:\s*,[^,"“”]{1,80},|\s*,)?\s+(?:later\s+|once\s+)?(?:put|puts|described|describes|summed|sums|summarised|summarized|characterised|characterized|explained|explains|called|calls|dubbed|dubs|termed|terms|labell?ed|labels|branded|brands|nicknamed)\b/;

/** Nouns for what someone said, owned by them before a colon: "Ruiz's response:", "Hale's reply was short:". */
const SAYING_NOUNS = 'response|reply|answer|verdict|message|advice|warning|retort|explanation|reaction|assessment|prediction|words';
const OWNED_SAYING = new RegExp(`^['’]s?\\s+(?:(?:first|only|short|blunt|terse)\\s+)?(?:${SAYING_NOUNS})(?:\\s+(?:was|is)\\s+\\p{Ll}+)?\\s*[:?]\\s*$`, 'u');
const SAYING_FROM = new RegExp(`(?:^|\\s)(?:[Tt]he|[Hh]is|[Hh]er)\\s+(?:${SAYING_NOUNS})\\s+from\\s+$`);

/** A verb of saying and a comma or colon right before a quote's mark, after the words of its subject: "and said, "…"". */
const SAID_RIGHT_BEFORE = /\p{L}\s+(?:said|says|told\s+\p{L}+|added|asked|wrote|replied|shouted|yelled)\s*[,:]\s*["“‘']?$/u;
/** A text that reports what was said: "according to a readout from …". */
const REPORTED_IN = /^according to (?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}(?:readout|statement|transcript|summary|report)\b/u;
// (Up to five parts: "X, a scientist at the Goddard center in Greenbelt, Maryland, and American University in
// Washington, D.C., said".)
// ("…," Ruiz was quoted as saying, was cited by Interfax as saying: the words of one quoted by someone else are still hers.)
// (The one who led a study, with the rest unnamed: '"…," Paganini and her team wrote'; not "and her husband".)
const VERB_AFTER_NAME = new RegExp(`^((?:\\s+|\\s*,\\s*(?:who\\s+)?|\\s+and\\s+(?:his|her|their)\\s+(?:(?:research|fellow)\\s+)?(?:team|colleagues|co-authors|coauthors|researchers)\\s+|${NAME_ASIDE}(?:\\s*,)?\\s+|(?:\\s*,${APPOSITION_CHAR}{1,100}){1,5}?,\\s*)(?:(?:also|then|again|did|has|had|have|[a-z]+ly|(?:was|were)\\s+(?:quoted|cited|reported)\\s+(?:by\\s+(?:[\\w'’.-]+\\s+){1,3})?as)\\s+)*)(${CUE_WORDS})\\b`);
/**
 * "…," Ana Roe, a research analyst at the Council on Energy, Environment and Water think tank told CBS: a description
 * opened with an article whose closing comma the writer left out. (No relative clause in it, "X, whose aide told …", nor
 * a second subject: "X, a nurse, and her husband told".)
 */
const VERB_AFTER_OPEN_APPOSITION = new RegExp(`^\\s*,\\s*(?:an?|the)\\s+(?:(?!(?:who|whose|which|that)\\s|,\\s*(?:and|but)\\s)(?:[^"“”.;:]|(?<=\\b[A-Z])\\.)){1,160}?\\s(${CUE_WORDS})\\b`);
const VERB_LATER = new RegExp(`^(?:\\s+(?:(?:also|then|again|did|has|had|have|[a-z]+ly)\\s+)*)(${CUE_WORDS})\\b`);
/** After a speech verb, a clause of its own: "acknowledged that EA …". */
const REPORTS_CLAUSE = /^\s+that\b/;
/** Verbs that say or call something, which a subject of their own makes that subject's words. */
const NAMING_VERBS = /^(?:described|called|branded|labell?ed|dubbed|termed|said|told|warned|accused|hailed|praised)$/;
/** A speech verb, then an unnamed subject of the verb right before the quote's: " said the crew had ". */
// ("Haddad said Shore's own housing minister had once called …": a name's possessive is a determiner too.)
const UNNAMED_REPORTER = /^\s+(?:[a-z]+\s+)?(?:said|says|told\s+\p{L}+|added|claimed|recalled)\s+(?:that\s+)?(?:the|some|many|other|his|her|their|its|\p{Lu}[\p{L}-]*['’]s)\s+(?:[a-z]+\s+){0,3}(?:(?:had|has|have)\s+)?(?:(?:once|previously|also|reportedly|earlier|privately|publicly)\s+)?$/u;
/** A reply someone got, before a colon: "received a similar reply to a question about margins", "got a curt answer from X". */
const GOT_REPLY = /\b(?:received|got|drew|was given|met with|heard)\s+(?:a|an|the|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}(?:reply|response|answer|retort|rebuke|riposte)\b[^:"“”]*?(?:\bfrom\s+([^:"“”]+?))?:\s*$/u;
/** A verb that puts words in someone's mouth, then up to a few words (a role, a body's name), right before that one. */
const QUOTING_RIGHT_BEFORE_NAME = new RegExp(`\\b(?:${QUOTING_VERBS})\\s+(?!by\\b)(?:[^\\s,.;"“”]+\\s+){0,5}$`);
/** "quoted a passenger as ", "cited officials as ": someone quoted, before their verb of saying. */
const QUOTING_AS = new RegExp(`\\b(?:${QUOTING_VERBS})\\s+[^,.;"“”]{1,60}?\\s+as\\s+$`);
/** A tag that quotes someone after the words: "…," the ministry quoted (cited, paraphrased) … */
const CITED_AFTER = /^[\s,]*[^"“”.;]{0,50}?\b(?:quoted|cited|paraphrased)\s+/;
/** A text someone put out, and a verb for what it says: "…," Howell's statement read; "…," her statement read. */
const DOCUMENT_SAID =
  /^(?:['’]s)?\s+(?:[a-z]+\s+)?(?:statement|letter|post|tweet|message|ruling|order|opinion|filing|release|note|memo|email|readout|response)\s+(?:read|reads|said|says|added|adds|stated|states|continued)\b/;
/** After a name, its own clause calling or saying something: ", had dubbed Sondland's role as ", " called it ". */
const NAMING_CLAUSE = /^\s*,?\s*(?:who\s+)?(?:(?:had|has|have|once|also|long|previously|reportedly)\s+)*(?:dubbed|called|described|labell?ed|termed|branded|nicknamed|said|told|wrote)\b[^.;"“”]{0,80}$/;
/** A verb of saying in the passive and its "by": "was accused by ", "were criticised by ". */
const PASSIVE_BY = /\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+|in\s+turn\s+)?(?:accused|criticised|criticized|condemned|praised|described|called|branded|labell?ed|dubbed|urged|warned|told|asked|slammed|blasted|mocked)\s+by\s+/;
/** What may stand between "by" and the agent's name: an article, a role of a few words, a comma. */
const AGENT_LEAD = /^(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\p{L}'’-]+\s+){0,4}?,?\s*$/u;

/**
 * The cue of one quote in its sentence: a tag after it ("…," he said), a name and a verb before it (Blinken said the
 * talks were "…"), "according to X", a colon after the subject, a tag closing the sentence. `subject` is the
 * sentence's subject, when known; `segStart` where the sentence starts, `postEnd` where the words after the quote end.
 */
export function findCue(text: string, q: QuoteSpan, segStart: number, postEnd: number, ms: Mention[], subject: Mention | null): Attribution | null {
  const after = text.slice(q.close, postEnd);
  // ("Asked by a BBC reporter "are you hopeless?", he said no": the question is the asker's, named or not.)
  const askedBy = ASKED_BY.exec(text.slice(segStart, q.open));
  if (askedBy) {
    const asker = ms.find((m) => m.key && m.start >= segStart && m.end <= q.open);
    return { speakerKey: asker?.key ?? ANONYMOUS, cue: askedBy[0].trim(), method: 'before' };
  }
  // After the quote, right away: "…," he said / "…," said the Russian foreign minister / "…" Lavrov.
  let firstAfter = ms.find((m) => m.start >= q.close && m.start < postEnd);
  // ('"A fragile first step," was how Ruiz put it': the one "how" names, putting or describing it; or the name set
  // beside a description there, "was how the bloc's chief negotiator, Ana Ferreira, described the deal", "one
  // protester, 24-year-old student Brian Otieno, put it".)
  if (firstAfter && WAS_HOW.test(text.slice(q.close, firstAfter.start))) {
    const beside = ms.find((m) => m.start >= firstAfter!.end && m.start < postEnd);
    const who = beside?.key && PERSON_KINDS.has(beside.kind) && /^(?:\s+\p{Ll}[\p{Ll}-]*){0,2}\s*,\s*(?:\d{1,3}-year-old\s+)?$/u.test(text.slice(firstAfter.end, beside.start)) ? beside : firstAfter;
    if (who.key && HOW_VERB.test(text.slice(who.end, postEnd))) return { speakerKey: who.key, cue: text.slice(q.close, who.end).replace(/^[\s,"”’']+/, ''), method: 'after' };
  }
  // Where the speaker's words start: "…," NATO chief Jens Stoltenberg said is Stoltenberg's, the organisation and a
  // word or three of role standing before the person.
  const leadStart = firstAfter?.start ?? 0;
  if (firstAfter?.kind === 'org') {
    const next = ms.find((m) => m.start >= firstAfter!.end && m.start < postEnd && m.kind !== 'org');
    // (The body's letters in brackets may stand between: "Indian Space Research Organisation (ISRO) chairman S. Somanath".)
    if (next?.key && next.kind !== 'pronoun' && BODY_ROLE_GAP.test(text.slice(firstAfter.end, next.start))) firstAfter = next;
  }
  /** The person named next, set off by commas, when the words between the first mention and them are `gap`'s. */
  const namedBeside = (gap: RegExp) => {
    const next = ms.find((m) => m.start >= firstAfter!.end && m.start < postEnd);
    return next?.key && next.kind !== 'pronoun' && PERSON_KINDS.has(next.kind) && gap.test(text.slice(firstAfter!.end, next.start)) && /^\s*,/.test(text.slice(next.end, postEnd)) ? next : undefined;
  };
  // ('"…," one organiser, Wanjiru Kamau, told': an unnamed one with a name set beside it is the one named.)
  if (firstAfter?.kind === 'anonymous') firstAfter = namedBeside(/^\s*,\s*$/) ?? firstAfter;
  // ('"…," Tinubu's spokesman, Willie Bassey, said': one named beside a possessor's role is the one who speaks.)
  if (firstAfter?.key && firstAfter.kind !== 'pronoun') firstAfter = namedBeside(/^['’]s\s+(?:(?:\p{Ll}[\p{Ll}-]*\s+){0,3}\p{Ll}[\p{Ll}-]*,\s*)?$/u) ?? firstAfter;
  // '"…," according to a statement from the Kremlin': a source named right after the words. (Not a text that reports
  // one the sentence has speaking: "Wang, who …, said the two should "…," according to a readout from the ministry" is
  // Wang's.)
  const source = sourceAfter(text, q, postEnd, ms);
  // (One the sentence has saying, telling or calling the words before them: "Lavrov said the prospects were".)
  const saidBefore = () => ms.some((m) => m.key && PERSON_KINDS.has(m.kind) && m.start >= segStart && m.end <= q.open && SAID_AFTER_NAME.test(text.slice(m.end, q.open)));
  const speaking = () => ms.some((m) => m.key && PERSON_KINDS.has(m.kind) && m.start >= segStart && m.end <= q.open && VERB_AFTER_NAME.test(text.slice(m.end, q.open)));
  // (The whole phrase, as the cue stops at a body: "according to a Chinese foreign ministry readout".)
  // (Nor an unnamed source that reports them: "Orban warned that debt would be "a trap", according to diplomats".)
  // (Nor one reporting words the sentence has someone say right before them: 'he … said, "…," according to the FBI'.)
  const saidRightBefore = SAID_RIGHT_BEFORE.test(text.slice(segStart, q.open));
  if (source && !saidRightBefore && !((REPORTED_IN.test(text.slice(q.close, postEnd).replace(/^[\s,]+/, '')) || source.speakerKey === ANONYMOUS) && speaking())) return source;
  // ('"…," the ministry paraphrased Yang as saying': the one quoted, cited or paraphrased speaks, not the one citing.)
  const citing = CITED_AFTER.exec(after);
  // (The one quoted is the mention right before "as saying", a body or a role before it: "TASS quoted Foreign Ministry
  // spokeswoman Maria Zakharova as saying", "the ministry quoted its spokeswoman, Maria Zakharova, as saying".)
  const citedFrom = q.close + (citing?.[0].length ?? 0);
  const cited = citing ? ms.find((m) => m.key && m.start >= citedFrom && m.start - citedFrom <= 60 && !/["“”.;]|\b(?:who|which|whose)\b/.test(text.slice(citedFrom, m.start)) && /^,?\s+as\s+(?:saying|telling)\b/.test(text.slice(m.end, m.end + 16))) : undefined;
  if (cited) return { speakerKey: cited.key, cue: text.slice(q.close, cited.end).replace(/^[\s,]+/, ''), method: 'after' };
  const verbRightAfter = after.match(VERB_RIGHT_AFTER);
  if (verbRightAfter) {
    const verbEnd = q.close + verbRightAfter[0].length;
    const m = invertedAfter(text, ms, verbEnd);
    if (m?.key) return { speakerKey: m.key, cue: text.slice(q.close + verbRightAfter[0].indexOf(verbRightAfter[1]!), m.end), method: 'after' };
  }
  // ('"…," alerted the co-author Marta Roig, of the CSIC.': a past tense no list holds, inverted after a tag's comma, and
  // a name or a role and a name that ends the clause; translated copy writes such tags.)
  const pastRightAfter = /[,?!]\s*["”’']$/.test(text.slice(q.open, q.close)) ? UNLISTED_PAST_AFTER.exec(after) : null;
  if (pastRightAfter) {
    const m = invertedAfter(text, ms, q.close + pastRightAfter[0].length);
    if (m?.key && m.kind !== 'pronoun' && m.kind !== 'anaphor' && PERSON_KINDS.has(m.kind) && /^(?:\s*,|\s*\.?\s*$)/.test(text.slice(m.end, postEnd))) {
      return { speakerKey: m.key, cue: text.slice(q.close + pastRightAfter[0].length - pastRightAfter[1]!.length, m.end), method: 'after' };
    }
  }
  // ("While X hailed "a step forward", Y called it "a sham"": words inside a clause whose own subject says them are not
  // the next clause's subject's.)
  const ownClause = CLAUSE_CUE.test(text.slice(segStart, q.open)) && ms.some((m) => m.key && m.start >= segStart && m.end <= q.open && PERSON_KINDS.has(m.kind));
  if (firstAfter?.key && !ownClause) {
    const gapBefore = text.slice(q.close, leadStart);
    const tail = text.slice(firstAfter.end, postEnd);
    // "…," Jens Stoltenberg, the NATO secretary general, said: a description may stand between the name and the verb
    // (up to three parts: "X, a fellow at the institute in Munich, Germany, and co-author of the study, said").
    // ("…," Wilson acknowledged that …: a verb with a clause of its own reports that clause, not the quote before.)
    const found = tail.match(VERB_AFTER_NAME) ?? tail.match(VERB_AFTER_OPEN_APPOSITION);
    const verb = found && !REPORTS_CLAUSE.test(tail.slice(found[0].length)) ? found : null;
    // ("…," a beaming Lula told; "…," union leader Anja de Vries told: an article and a word or two may stand before
    // the name.)
    // ("…," United manager Ruben Costa said: a capitalised word or two may stand before a name with its role.)
    const titled = firstAfter.kind === 'title' || firstAfter.kind === 'honorific' || firstAfter.kind === 'name';
    if (fitsTagGap(gapBefore, titled, firstAfter.kind === 'title' && /^\p{Ll}/u.test(firstAfter.text))) {
      // ("…," Howell's statement read: the words of a text the person put out.)
      // ('"…," the statement reads': a text named by itself reads its words, the one that put it out's.)
      const document = DOCUMENT_SAID.exec(tail) ?? (firstAfter.kind === 'anaphor' && /\b(?:statement|communiqué|readout)$/.test(firstAfter.text) ? /^\s+reads?\b/.exec(tail) : null);
      if (document) return { speakerKey: firstAfter.key, cue: text.slice(leadStart, firstAfter.end + document[0].length), method: 'after' };
      // ('Lavrov said the prospects were "fairly good", TASS reported', '…, the ministry said': a body after the words
      // reports them; the one the sentence has saying them before is the speaker.)
      const reportingBody = firstAfter.kind === 'org' || (firstAfter.kind === 'anaphor' && !firstAfter.key.startsWith('p:'));
      if (verb && !(reportingBody && saidBefore())) return { speakerKey: firstAfter.key, cue: text.slice(leadStart, firstAfter.end + verb[0].length), method: 'after' };
      // (A name alone ends the sentence as a tag, '"…" Lavrov.'; a description does not: '"nowhere near" the bank.')
      // (Not a name before another quote: 'NFL "disappointed" Colin Kaepernick "did not appear"' is about him.)
      if (/^\s*\.?\s*$/.test(tail) && PERSON_KINDS.has(firstAfter.kind) && !/^["“‘]/.test(text.slice(postEnd, postEnd + 1))) return { speakerKey: firstAfter.key, cue: firstAfter.text, method: 'after' };
    }
  }
  // ("…," Norway's chief prosecutor, Ingrid Solheim, said: a role between commas before the name.)
  const named = ms.find((m) => m.start >= q.close && m.start < postEnd && m.key && m.key !== ANONYMOUS && PERSON_KINDS.has(m.kind));
  const tagged = named && roleBeforeName(text.slice(q.close, named.start)) ? text.slice(named.end, postEnd).match(VERB_AFTER_NAME) : null;
  if (named && tagged && !REPORTS_CLAUSE.test(text.slice(named.end + tagged[0].length))) return { speakerKey: named.key!, cue: text.slice(q.close, named.end + tagged[0].length).replace(/^[\s,]+/, ''), method: 'after' };
  // ('"Bigger than the little deal" announced in October, said Derek Scissors': a sentence that opens with the quote
  // and runs on a few words to an inverted tag is the tag's.)
  const runOn = RUN_ON_TAG.exec(after);
  if (runOn && !/[\p{L}\p{N}]/u.test(text.slice(segStart, q.open))) {
    const m = invertedAfter(text, ms, q.close + runOn[0].length);
    if (m?.key && PERSON_KINDS.has(m.kind)) return { speakerKey: m.key, cue: text.slice(q.close + runOn[0].length - runOn[1]!.length, m.end), method: 'after' };
  }
  // Before the quote, in the same sentence.
  const seg = text.slice(segStart, q.open);
  // "Secretary of State Antony Blinken: "…"": a sentence that is only a person's name (with any title) and a colon
  // introduces that person's words, as a transcript label does.
  // (The last one named before the colon: "European Commission President Ursula von der Leyen:" names the body first.)
  const label = ms.filter((m) => m.start >= segStart && m.end <= q.open).at(-1);
  if (label?.key && label.key !== ANONYMOUS && PERSON_KINDS.has(label.kind)) {
    // (Capitalised words of a title may stand before the mention: "Trade Minister …"; and a list's bullet: "- UK Prime
    // Minister Keir Starmer: "…"".)
    if (/^\s*(?:[-–•*·]\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$/u.test(text.slice(segStart, label.start)) && /^\s*:\s*$/.test(text.slice(label.end, q.open))) {
      return { speakerKey: label.key, cue: `${label.text}:`, method: 'before' };
    }
  }
  const sourced = sourceNamed(text, q, seg, segStart, ms);
  if (sourced) return sourced;
  // ("Nagy was accused by the Polish minister, Anna Kowal, of "…"": a verb of saying in the passive, its agent after "by".)
  const passive = PASSIVE_BY.exec(seg);
  const byAt = passive ? segStart + passive.index + passive[0].length : -1;
  const agent = passive ? ms.find((x) => x.key && x.kind !== 'pronoun' && x.start >= byAt && x.end <= q.open) : undefined;
  if (agent && AGENT_LEAD.test(text.slice(byAt, agent.start)) && /^\s*,?\s*(?:of|as|for)?\s*$/.test(text.slice(agent.end, q.open))) return { speakerKey: agent.key, cue: text.slice(byAt - passive![0].length, agent.end), method: 'before' };
  // ("its demands for "…"", "the calls for "…"": after a determiner the word is a noun, no cue; "his remarks" still is.)
  // ("the winner would be announced "in the spring"": a verb in the passive reports no one speaking; "was known as",
  // "is called" still name a term, "it was said that" still says someone unnamed spoke, and "was saying" is no passive.)
  // (Read with the quote's opening mark, which some cues look ahead to: promised “…”.)
  const verbs = matchesOf(CUE, text.slice(segStart, q.open + 1)).filter((v) => {
    const before = seg.slice(Math.max(0, v.index! - 8), v.index!);
    const passive = /\b(?:be|been|being|is|are|was|were)\s+$/.test(before) && !/ing$|^(?:known as|called|described|dubbed|said|told|reported)$/.test(v[0]);
    // ("the defense ministry's claim "…"": after a possessive the word is a noun too.)
    return NOUN_CUE.test(v[0]) || !(/\b(?:its|his|her|their|our|my|your|the|these|those|an?)\s+$|\p{L}['’]s\s+$/iu.test(before) || passive);
  });
  // ("Joe Spak of RBC received a similar reply to a question about margins: "…"": a reply the subject got is another's,
  // the one it came "from", else no one named.)
  const got = subject?.key && subject.end <= q.open ? GOT_REPLY.exec(text.slice(subject.end, q.open)) : null;
  if (got) {
    const fromAt = got[1] ? subject!.end + got.index + got[0].lastIndexOf(got[1]) : q.open;
    const from = ms.find((x) => x.key && x.kind !== 'pronoun' && x.start >= fromAt && x.end <= q.open);
    return { speakerKey: from?.key ?? ANONYMOUS, cue: got[0], method: 'before' };
  }
  const lastVerb = verbs.at(-1);
  if (lastVerb) {
    const at = segStart + lastVerb.index!;
    // "Macron paraphrased Trump, saying …": after a comma an -ing cue belongs to the sentence's subject, not to the
    // name just before it.
    const participle = /ing$/.test(lastVerb[0]) && /,\s*$/.test(text.slice(Math.max(segStart, at - 3), at));
    // ("The US secretary of state said Washington would give Moscow answers, but warned that "…"": after ", but" or
    // ", and" the verb is the subject's second, not that of a body named inside the first verb's clause; with no
    // subject known, nobody.)
    // (Without the comma after a clause the subject reported, too: "Lavrov underlined that Moscow has no plans … and called on".)
    const reported = subject?.key && subject.end <= at && REPORTS_THAT.test(text.slice(subject.end, at));
    if ((reported ? SECOND_VERB : SECOND_VERB_AFTER_COMMA).test(text.slice(Math.max(segStart, at - 24), at))) {
      // (The subject opens the sentence, after an opening clause and up to four words of a title: "Since then, singer X".)
      const lead = subject?.key && subject.end <= at ? text.slice(segStart, subject.start) : null;
      // (A bare verb is a clause's, not the subject's: "Schiff believes the public will fall, cover its ears, and scream
      // "…"" is the public's.)
      const bare = !/(?:ed|s|ing)(?: on)?$/.test(lastVerb[0]) && !/^(?:said|told|wrote|spoke|began|put it)$/.test(lastVerb[0]);
      const opening = !bare && lead !== null && /^[\s"“”‘’']*(?:[^,"“”]{1,60},\s*)?(?:[\p{L}'’.-]+\s+){0,4}$/u.test(lead) && !HAS_CUE.test(lead);
      return opening ? { speakerKey: subject!.key!, cue: `${subject!.text} … ${lastVerb[0]}`, method: 'before' } : { speakerKey: ANONYMOUS, cue: lastVerb[0], method: 'before' };
    }
    // ("The Kremlin "has not learnt …" she said in a speech, urging Putin to "…"": the participle is the one whose tag
    // stands between, not the sentence's first subject's.)
    const tagged = participle && subject?.key ? ms.filter((x) => x.key && x.start >= subject.end && x.end <= at && TAG_VERB.test(text.slice(x.end, x.end + 12))).at(-1) : undefined;
    const m = participle && subject?.key && subject.end <= at ? (tagged ?? subject) : adjacentBefore(text, ms, at, lastVerb[0]);
    const someoneElse: Attribution = { speakerKey: ANONYMOUS, cue: lastVerb[0], method: 'before' };
    // ("He quoted Obama as saying the US hopes to see a "stable" China": a verb inside what the one quoted said is theirs.)
    const quotedAs = ms.find((x) => x.key && x.start >= segStart && x.end <= at && /^,?\s+as\s+saying\b/.test(text.slice(x.end, x.end + 16)) && QUOTING_RIGHT_BEFORE_NAME.test(text.slice(Math.max(segStart, x.start - 70), x.start)));
    if (quotedAs && !/[;:"“”]/.test(text.slice(quotedAs.end, at))) return { speakerKey: quotedAs.key, cue: text.slice(quotedAs.start, quotedAs.end + 11).trim(), method: 'before' };
    // ("Ruiz later met critics who called the deal "a sell-out"", "Ruiz dismissed claims by opponents that the deal was
    // "…"": words of an unnamed group the verb's clause, or what the verb takes, belongs to.)
    if (GROUP_WHO.test(text.slice(Math.max(segStart, at - 40), at)) || GROUP_CLAIM.test(text.slice(at, q.open))) return someoneElse;
    // ("Tinubu signed the bills, in what his office described as "…"": the one's office, aides or spokesman is no one named.)
    if (OWNED_BODY_BEFORE.test(text.slice(Math.max(segStart, at - 40), at))) return someoneElse;
    // ("Lavrov … said Moscow hoped "…"": a body right after the subject's own speech verb is what that person says
    // it hopes or wants; the words are the person's.)
    if (m?.kind === 'org' && subject?.key && subject.kind !== 'org' && subject.end <= m.start) {
      const said = REPORTED_BODY.exec(text.slice(subject.end, m.start));
      const other = said && ms.some((x) => x.key && x.start >= subject.end && x.end <= subject.end + said.index);
      if (said && !other) return { speakerKey: subject.key, cue: `${subject.text} … ${said[1]}`, method: 'before' };
    }
    // ("He said his predecessor, Fiona Hill, had dubbed it "the Gordon problem"": someone named after the verb who
    // calls or says it in a clause of their own is the likelier speaker; with no cue to tell, nobody.)
    const after = ms.find((x) => x.key && x.kind !== 'pronoun' && x.start >= at + lastVerb[0].length && x.end <= q.open);
    if (m?.key && after && NAMING_CLAUSE.test(text.slice(after.end, q.open))) return someoneElse;
    // ("He said the crew had described her as "a hero"": a verb whose own subject, unnamed, follows the subject's speech
    // verb reports that subject's words, nobody's we know.)
    // (Not one a description there stands for: "Lisa Marchetto said the mayor told her: "…"".)
    // (A name's possessive there is no one the verb's subject stands for: "Shore's own housing minister".)
    const described = () => ms.some((x) => x.key && x.key !== ANONYMOUS && x.start >= subject!.end && x.end <= at && !/^['’]s\s/.test(text.slice(x.end, x.end + 3)));
    if (subject?.key && subject.end <= at && NAMING_VERBS.test(lastVerb[0]) && UNNAMED_REPORTER.test(text.slice(subject.end, at)) && !described()) return someoneElse;
    if (m?.key) return { speakerKey: m.key, cue: text.slice(m.start, at + lastVerb[0].length), method: 'before' };
    // ("The party was accused of …": a verb in the passive says what was done to its subject, not what it said.)
    if (!/ing$/.test(lastVerb[0]) && /\b(?:was|were|is|are|be|been|being)\s+(?:\p{Ll}+ly\s+)?$/u.test(text.slice(Math.max(segStart, at - 24), at))) return someoneElse;
    // "X added that Y had long said that "…"": someone named between the subject and the verb, in the same clause,
    // is the likelier speaker of a report inside a report; with no cue to tell, nobody rather than X (an unnamed
    // speaker, so that no other quote of the sentence lends it one).
    // (Only a verb that reports speech itself: in "X said the US will respond with "…"", the words are X's.)
    const between = ms.filter((x) => x.key && x.kind !== 'pronoun' && subject && x.start >= subject.end && x.end <= at).at(-1);
    if (between && SAYING.test(lastVerb[0]) && !/[,;:"“”]|\b(?:and|but|then)\b/.test(text.slice(between.end, at))) return someoneElse;
    // "Carrow told jurors that Hale's aide, Martin Doyle, handed her a box and said: "…"": a verb joined by "and" to the
    // verb of a reported clause with its own named subject is that subject's.
    if (between?.key !== ANONYMOUS && between && /\bthat\s/.test(text.slice(subject!.end, between.start)) && /\band\s+(?:then\s+)?$/.test(text.slice(between.end, at)) && !/[.;!?"“”]/.test(text.slice(between.end, at))) {
      return { speakerKey: between.key, cue: `${between.text} … ${lastVerb[0]}`, method: 'before' };
    }
    // "RTP quoted a passenger as saying …": the one quoted speaks; unnamed, nobody (not the one quoting).
    if (/^saying$/.test(lastVerb[0]) && QUOTING_AS.test(text.slice(Math.max(segStart, at - 80), at))) return someoneElse;
    // "Trump praised his running mate, who himself said …": a verb in a relative clause about someone else.
    const relFrom = subject?.end ?? segStart;
    const relative = /,\s*who\s+(?:[a-z]+\s+){0,2}$/.exec(text.slice(relFrom, at));
    if (relative && relative.index > 0) {
      // (The one the clause is about, when named right before it: "her running mate, Leon Pratt, who said".)
      // (Or past a description set beside the name: "Andriy Yermak, the head of Zelensky's office, who called".)
      const clauseAt = relFrom + relative.index;
      const about = ms.find((x) => x.key && x.kind !== 'pronoun' && (x.end === clauseAt || (x.end < clauseAt && /^\s*,\s*(?:the|an?)\s[^,"“”;.]{1,80}$/.test(text.slice(x.end, clauseAt)))));
      return about ? { speakerKey: about.key, cue: text.slice(about.start, at + lastVerb[0].length), method: 'before' } : someoneElse;
    }
    // ("He was questioned about a message in which the Prime Minister purportedly wrote: "…"": a verb in a relative
    // clause with its own subject, unnamed, is not the sentence subject's.)
    if (subject?.key && subject.end <= at && RELATIVE_SUBJECT.test(text.slice(subject.end, at))) return someoneElse;
    if (subject?.key && subject.end <= at) {
      // "Reyes has a new deal, and the Halvorsen Group will be left to wonder: "…"": a clause of its own after ", and"
      // or ";" with its own named subject; that one speaks.
      const clause = /(?:,\s*(?:and|but|while|whereas)|;)\s+(?:the\s+)?(?=[^,;]*$)/i.exec(text.slice(subject.end, at));
      const clauseAt = clause ? subject.end + clause.index + clause[0].length : -1;
      const own = clause ? ms.find((x) => x.key && x.start === clauseAt && x.end <= at) : undefined;
      if (own) return { speakerKey: own.key, cue: `${own.text} … ${lastVerb[0]}`, method: 'before' };
      // ("X had sided with the inquiry, and his representative said there was a "real danger"": a clause of its own
      // whose subject is someone unnamed; not X.)
      if (clause && OWN_SUBJECT.test(text.slice(subject.end + clause.index, at)) && !ms.some((x) => x.key && x.start >= subject.end + clause.index && x.end <= at)) return someoneElse;
      // ("Nato chief says alliance "must do more"", "UN rights boss warns": a role right after a body is someone of it, unnamed.)
      const roleAfterBody = subject.kind === 'org' ? /^\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s+$/u.exec(text.slice(subject.end, at))?.[1] : undefined;
      if (roleAfterBody && ROLE_NOUNS.has(roleAfterBody)) return someoneElse;
      return { speakerKey: subject.key, cue: `${subject.text} … ${lastVerb[0]}`, method: 'before' };
    }
  }
  // ("Ruiz's response: "…"", "Hale's reply was short: "…"", "Shore's verdict? "…"", "The message from Ruiz was clear:
  // "…"": a noun of saying someone owns, then a colon or a question mark.)
  const owner = ms.filter((x) => x.key && PERSON_KINDS.has(x.kind) && x.start >= segStart && x.end <= q.open).at(-1);
  if (owner && (OWNED_SAYING.test(text.slice(owner.end, q.open)) || (SAYING_FROM.test(text.slice(segStart, owner.start)) && /^\s+(?:was|is)\s+\p{Ll}+\s*:\s*$/u.test(text.slice(owner.end, q.open))))) {
    return { speakerKey: owner.key, cue: text.slice(owner.start, q.open).trim(), method: 'before' };
  }
  // A colon after the sentence's subject and its words, with no speech verb: "Overall, Bradley sounded optimistic: "…"".
  // ("A thought went to his opponent, Alcaraz: "…"": a name right before the colon is who it is said to.)
  // ("Amberly, who flew in for it, had the same view: "…"": a description set off by commas may stand before the verb.)
  // (The description may hold a title in quotes: "Buckley, who phoned in from the set of "Fargo," had …: "…"".)
  if (subject?.key && subject.end <= q.open && /^(?:,(?:[^,:"“”]|["“][^"“”]{1,40}["”]){1,100}?,?)?\s+\p{Ll}[^:"“”]*:\s*$/u.test(text.slice(subject.end, q.open))) {
    return { speakerKey: subject.key, cue: `${subject.text} …:`, method: 'before' };
  }
  // After the quote, further on in the sentence: "… 'path of conflict' in Ukraine, US Secretary of State Antony Blinken has warned".
  if (firstAfter?.key && /^[\s,]*[^"“”.;]{0,40}?,\s*$/.test(text.slice(q.close, firstAfter.start))) {
    const tail = text.slice(firstAfter.end, postEnd);
    const verb = tail.match(VERB_LATER);
    if (verb) return { speakerKey: firstAfter.key, cue: text.slice(firstAfter.start, firstAfter.end + verb[0].length), method: 'after' };
  }
  // A tag closing the sentence, however far after the quote: "While … "were only slight breaks," a pattern … is a
  // bearish sign, said Matt Maley of Miller Tabak."
  const closing = SENTENCE_TAG.exec(text.slice(q.close, postEnd));
  if (closing && !/["“”]/.test(text.slice(q.close, q.close + closing.index))) {
    const m = invertedAfter(text, ms, q.close + closing.index + closing[0].length);
    if (m?.key && m.kind !== 'pronoun' && /^[^"“”]{0,50}$/.test(text.slice(m.end, postEnd))) return { speakerKey: m.key, cue: `${closing[1]} ${m.text}`, method: 'after' };
  }
  // ("“The thing with Elise bothered” Ford’s family, Starner said.": a name and its verb closing the sentence after a comma.)
  const last = ms.filter((x) => x.key && x.kind !== 'pronoun' && x.start >= q.close && x.end <= postEnd).at(-1);
  if (last && /,\s*$/.test(text.slice(q.close, last.start)) && !/["“”]/.test(text.slice(q.close, last.start)) && /^\s+(?:said|says|added|adds)\s*[.!]?\s*$/.test(text.slice(last.end, postEnd))) {
    return { speakerKey: last.key, cue: text.slice(last.start, postEnd).trim().replace(/[.!]$/, ''), method: 'after' };
  }
  return null;
}

/** The words that open a question put to someone: "Asked by", "Pressed by". */
const ASKED = '(?:Asked|Pressed|Questioned|Challenged)\\s+by';
/** A question put right after the one who asks it: "Asked by a BBC reporter "…"". */
const ASKED_BY = new RegExp(`^\\s*${ASKED}\\s+[^,;:"“”]{1,60}$`);
/** Whether a cue is an asker's (see ASKED_BY, whose opening the cue is): the answer in the same sentence is not theirs. */
const ASKER_CUE = new RegExp(`^${ASKED}\\b`);
export const isAskerCue = (cue: string | null): boolean => cue !== null && ASKER_CUE.test(cue);

/** A relative clause's own subject before its verb: "in which the Prime Minister purportedly ". */
const RELATIVE_SUBJECT = /\b(?:which|whom|where|when)\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){1,4}$/iu;

/** After ", and", ", but" or ";", a subject of the clause's own: a determiner or a possessive and up to four words. */
const OWN_SUBJECT = /^(?:,\s*(?:and|but|while|whereas)|;)\s+(?:his|her|their|its|our|the|a|an|one|some)\s+(?:[\p{L}'’-]+\s+){1,4}$/iu;

/** ", said X" at the end of a sentence (X and a few words after it, such as "of Miller Tabak"). */
const SENTENCE_TAG = /,\s+(said|says|added|adds)\s+(?=[^,"“”]{2,90}$)/;
