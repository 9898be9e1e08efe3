/**
 * Words as numbers, the same number for the same word for as long as the vocabulary lives, so that what a build
 * keeps for the next (word numbers of a sentence, index tokens) can be kept as numbers and still be compared between
 * builds. Only ever grows; a full refresh starts a new one.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  readonly words: string[] = [];

  id(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
    }
    return id;
  }

  get size(): number {
    return this.words.length;
  }
}
