import type { KnowledgeBase } from '../kb/build.js';
import type { Person, Quote } from '../model.js';
import { containment, contentWords, similarity } from '../refine/similarity.js';
import { cleanInput } from '../util/format.js';
import { fold, names } from './people.js';

/** What a pasted statement turned out to be in the articles. */
export interface CheckAnswer {
  /** The words checked: the quoted part of the message, else all of it. */
  words: string;
  /** Whom the message credits the words to, if it names someone the articles know. */
  claimed: Person | null;
  /** The quote that carries the words best, and every quote of the same statement (its cluster), that one first. */
  quotes: Quote[];
  /** How alike the pasted words and the best quote are, 0 to 1 (1: the same content words). */
  likeness: number;
  /** How many of the articles carrying it are independent of each other. */
  independent: number;
  /** The people the articles credit with the statement (null: a quote they give no speaker). */
  speakers: (string | null)[];
  /** With no match, the quotes nearest the words. */
  nearest: Quote[];
}

/** How much of the pasted words a quote must hold (or they of it) to be the same statement. */
const SAME_STATEMENT = 0.6;
/** Quoted words in a message: the part between marks, when it is a statement (three words or more). */
const QUOTED = /[“"«„‘']([^“”"«»„‘’']{12,}?)[”"»“’']/u;

/**
 * Finds a statement pasted in chat among the articles' quotes, also reworded (the words are compared after folding
 * case, small words and known rewordings, small spelling edits allowed), and says who the articles credit it to,
 * where, and whom the message itself credits.
 */
export function checkStatement(kb: KnowledgeBase, message: string): CheckAnswer {
  const text = cleanInput(message).replace(/<[@#][!&]?\d+>|https?:\/\/\S+/g, ' ');
  const quoted = QUOTED.exec(text)?.[1];
  const words = (quoted ?? text).trim();
  const outside = quoted ? text.replace(quoted, ' ') : text;
  const claimed = peopleNamedIn(kb, outside)[0] ?? null;
  const wanted = contentWords(words);
  // The index finds the candidates; the words decide (a shared rare word is not the same statement).
  const hits = kb.index.quotes.search(words, { limit: 40, fields: ['text'] });
  const scored = hits
    .map((h) => {
      const q = kb.quotes[h.doc]!;
      const have = contentWords(q.text);
      return { q, likeness: Math.max(similarity(wanted, have), wanted.length >= 3 ? containment(wanted, have) * 0.95 : 0) };
    })
    .sort((a, b) => b.likeness - a.likeness || Number(a.q.fragment) - Number(b.q.fragment));
  const best = scored[0];
  if (!best || best.likeness < SAME_STATEMENT) {
    return { words, claimed, quotes: [], likeness: best?.likeness ?? 0, independent: 0, speakers: [], nearest: scored.slice(0, 3).map((s) => s.q) };
  }
  const cluster = best.q.clusterId ? kb.lookup.cluster.get(best.q.clusterId) : undefined;
  const members = cluster ? cluster.memberIds.map((id) => kb.lookup.quote.get(id)!).filter(Boolean) : [best.q];
  const quotes = [best.q, ...members.filter((q) => q !== best.q)];
  return {
    words,
    claimed,
    quotes,
    likeness: best.likeness,
    independent: cluster?.independent ?? 1,
    speakers: [...new Set(quotes.map((q) => q.speakerId))],
    nearest: [],
  };
}

/**
 * The people a text names, by a full name or alias, or a surname only one person has; in the order they appear. A
 * word alone counts when capitalised, or with `anyCase` (a question typed in lower case) when it has four letters or
 * more.
 */
export function peopleNamedIn(kb: KnowledgeBase, text: string, anyCase = false): Person[] {
  const index = names(kb);
  const words = text.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
  const found: Person[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 3; n >= 1; n--) {
      const phrase = words.slice(i, i + n);
      if (phrase.length < n) continue;
      // A single word must be written as a name (capitalised) and be one person's only.
      if (n === 1 && (anyCase ? phrase[0]!.length < 4 : !/^\p{Lu}/u.test(phrase[0]!) || phrase[0]!.length < 3)) continue;
      const key = fold(phrase.join(' '));
      const exact = index.exact.get(key);
      const person = exact?.length === 1 ? exact[0] : n === 1 && index.tokens.get(key)?.length === 1 ? index.tokens.get(key)![0] : undefined;
      if (person) {
        if (!found.includes(person)) found.push(person);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}
