/**
 * What one build keeps for the next. A refresh after one changed file should cost about that one file, yet the
 * cross-source stage and the search indexes look at every article. Everything here is a pure function of a text
 * (its content words, its index tokens), so a value worked out in the last build is exactly what this one would
 * work out again: the memo only saves the time. Each build keeps what it used and lets the rest go, so articles
 * removed from the folder do not linger in memory.
 */
export class Memo<K, V> {
  private current = new Map<K, V>();
  private previous = new Map<K, V>();

  get(key: K, compute: (key: K) => V): V {
    let value = this.current.get(key);
    if (value !== undefined) return value;
    value = this.previous.get(key);
    if (value === undefined) value = compute(key);
    this.current.set(key, value);
    return value;
  }

  /** A build starts: what the last build used stays available to this one. */
  begin(): void {
    if (this.current.size > 0) this.previous = this.current;
    this.current = new Map();
  }

  /** A build is done: what it did not use goes. */
  end(): void {
    this.previous = new Map();
  }

  get size(): number {
    return this.current.size;
  }
}

/**
 * Words as numbers, the same number for the same word for as long as the memo lives, so that per-text results can
 * be kept as numbers and still be compared between builds. Only ever grows; a full refresh starts a new one.
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
