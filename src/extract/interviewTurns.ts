import type { Line } from '../ingest/sections.js';
import type { Attribution } from './attribution.js';
import type { QuoteSpan } from './quoteMarks.js';
import { ADDRESSED, FIRST_PERSON, lineSpan, type Turn } from './turns.js';

/**
 * A question standing alone on its line: a short sentence ending in a question mark, not opening with a quote mark;
 * or two, the first setting it up ("You have said the museum must change. How?", 'You called it "a sham". Why?').
 */
const QUESTION_LINE = /^(?!["“‘'])(?!(?:[^.!?\n]*[.!?]["”’']?\s){2})[^\n]{3,220}\?$/;
/** A dash opening a line of dialogue. */
const DASH_LED = /^[—–-][ \t]+/;
/**
 * An interview written as questions and answers with no labels: a question alone on its line, then the answer's
 * paragraphs in the first person up to the next question. The answers are the interviewee's (`answerer`), the
 * questions nobody's. Only with two answered questions or more and nearly every question answered so, as an interview
 * is and a report with question subheadings is not.
 */
export function findInterviewTurns(lines: readonly Line[], marked: readonly QuoteSpan[]): Turn[] {
  const questions = lines.map((l) => QUESTION_LINE.test(l.text));
  // Each answer: the paragraphs after a question that speak in the first person, up to the first that does not.
  const answers: Line[][] = [];
  let unanswered = 0;
  // (A paragraph alone between two questions is the answer too, in the first person or not: "Kalvin received a knock".)
  const between = (j: number) => j + 1 >= lines.length || questions[j + 1];
  for (let i = 0; i < lines.length; i++) {
    if (!questions[i]) continue;
    const answer: Line[] = [];
    for (let j = i + 1; j < lines.length && !questions[j] && (FIRST_PERSON.test(lines[j]!.text) || (j === i + 1 && between(j))); j++) answer.push(lines[j]!);
    if (answer.length) answers.push(answer);
    else unanswered++;
  }
  // (Two answers in the first person at least: a report's question subheadings are answered in the third.)
  const spoken = answers.filter((a) => a.some((l) => FIRST_PERSON.test(l.text))).length;
  if (spoken < 2 || unanswered * 4 > answers.length) return [];
  // ("Remember the state's hunt for a slogan? … Just what is this slogan?": a column's rhetorical questions ask no one,
  // nor do an explainer's headings, "What did Blinken say?"; an interview's ask the one answering: one says "you".)
  // (Or every question and answer opens with a dash, as Spanish and French interviews do: "— Should Spain spend more?")
  const dialogue = lines.every((l, i) => !questions[i] || DASH_LED.test(l.text)) && answers.flat().every((l) => DASH_LED.test(l.text));
  if (!dialogue && !lines.some((l, i) => questions[i] && ADDRESSED.test(l.text))) return [];
  const inMarks = (l: Line) => marked.some((q) => q.open >= l.start && q.open < l.end);
  // (The dash opens the turn; it is no part of the words.)
  const spanOf = (l: Line) => {
    const dash = DASH_LED.exec(l.text)?.[0].length ?? 0;
    return { ...lineSpan(l), start: l.start + dash, open: l.start + dash };
  };
  const turns: Turn[] = [];
  lines.forEach((l, i) => {
    if (questions[i]) turns.push({ span: spanOf(l), speaker: null, answerer: false, label: 'question', marked: false });
  });
  for (const l of answers.flat()) {
    if (inMarks(l)) continue;
    turns.push({ span: spanOf(l), speaker: null, answerer: true, label: 'answer', marked: false });
  }
  return turns.sort((a, b) => a.span.start - b.span.start);
}

/** Inside a question, "you" and a verb of saying with no sentence's end before the quote: "You have called it "…"". */
const YOU_SAID = /\byou\s+(?:(?:have|had|once|also|recently|just|previously)\s+)*(?:said|called|described|told|wrote|warned|branded|dubbed|put it)\b[^.?!]*$/i;

/**
 * 'You have called the system "unfit for purpose". Is that still your view?': in an interview, words a question says
 * "you" said are the one answering's (`answerer`); other quotes in questions keep what the attribution gave them.
 */
export function quotedToAnswerer(text: string, turns: readonly Turn[], quotes: readonly QuoteSpan[], attributions: Attribution[], answerer: () => string | null): void {
  if (!turns.some((t) => t.answerer)) return;
  const asked = turns.filter((t) => !t.speaker && !t.answerer && !t.marked && t.label !== 'aside');
  quotes.forEach((q, i) => {
    const t = asked.find((x) => q.start > x.span.start && q.end <= x.span.end);
    if (t && !attributions[i]?.speakerKey && YOU_SAID.test(text.slice(t.span.start, q.start))) attributions[i] = { speakerKey: answerer(), cue: 'you, in the question', method: 'turn' };
  });
}
