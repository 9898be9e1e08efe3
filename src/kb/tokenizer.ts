import { KeptLists, ListArena } from '../util/arena.js';
import { Vocabulary } from '../util/vocabulary.js';

/** MiniSearch's default tokenizer: split on spaces and punctuation. */
const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
/** The same characters among ASCII, as a plain pattern: half the time on ASCII text, which most text is. */
const ASCII_SPACE_OR_PUNCTUATION = /[\n\r !"#%&'()*,\-./:;?@[\\\]_{}]+/;
const ASCII = /^[\x00-\x7f]*$/;

/** Splits text as MiniSearch's default tokenizer does (the same tokens, by a faster pattern where the text allows). */
export function terms(text: string): string[] {
  return text.split(ASCII.test(text) ? ASCII_SPACE_OR_PUNCTUATION : SPACE_OR_PUNCTUATION);
}

/**
 * Splits field texts as MiniSearch does and numbers the terms from a vocabulary, keeping each document's tokens (in
 * a ListArena, by the document's place in the list indexed: see KeptLists) so that an unchanged document is not
 * split again in the next build.
 */
export class Tokenizer {
  readonly arena = new ListArena();
  /** Each index's documents' tokens, by the index's options. */
  private readonly kept = new Map<object, KeptLists>();

  constructor(readonly vocabulary = new Vocabulary()) {}

  /**
   * Where each document's tokens start in `arena.data`: for each field in turn, the number of distinct tokens plus
   * one (MiniSearch's field length; 0 when the document has no such field), the number of terms, then each term's
   * word number and count, in the order the terms first appear. `index` names the list (the next build's list of
   * the same index is compared with this one).
   */
  tokens<T>(index: object, docs: readonly T[], fields: readonly string[], extract: (doc: T, field: string) => string | null | undefined): Uint32Array {
    let kept = this.kept.get(index);
    if (!kept) this.kept.set(index, (kept = new KeptLists(this.arena)));
    return kept.of(docs, (d) => {
      const out: number[] = [];
      for (const field of fields) this.split(extract(docs[d]!, field), out);
      return out;
    }).at as Uint32Array;
  }

  private split(value: string | null | undefined, out: number[]): void {
    if (value == null) {
      out.push(0, 0);
      return;
    }
    const tokens = terms(String(value));
    const counts = new Map<number, number>();
    for (const token of tokens) {
      const term = token.toLowerCase();
      if (!term) continue;
      const id = this.vocabulary.id(term);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    out.push(new Set(tokens).size + 1, counts.size);
    for (const [id, n] of counts) out.push(id, n);
  }
}
