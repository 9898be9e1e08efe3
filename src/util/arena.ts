import { grown } from './grow.js';

/**
 * Lists of whole numbers kept by object, all in one growing buffer: what a build keeps for the next (each
 * sentence's word numbers, each document's index tokens) without an object per list for the garbage collector to
 * walk. At 10,000 articles that is hundreds of thousands of lists; kept as arrays they were 230 MB of the refresh
 * worker's heap, and every full collection walked them.
 *
 * A list is stored as its length followed by its numbers. Lists of objects that are gone stay in the buffer until
 * more than half of it is dead: then the next build moves the lists it uses to a new buffer and lets the old go.
 */
export class ListArena {
  data = new Uint32Array(1 << 16);
  private used = 0;
  private kept = new WeakMap<object, number>();
  /** The buffer being moved from, during a build that compacts. */
  private old: { data: Uint32Array; kept: WeakMap<object, number> } | null = null;
  /** Numbers in the lists used since the build began. */
  private live = 0;

  /** A build starts (see the class comment). */
  begin(): void {
    this.old = null;
    if (this.used > 2 * this.live + (1 << 20)) {
      this.old = { data: this.data, kept: this.kept };
      this.data = new Uint32Array(Math.max(1 << 16, Math.ceil(this.live * 1.25)));
      this.kept = new WeakMap();
      this.used = 0;
    }
    this.live = 0;
  }

  /** Where the list kept for `key` starts (its length, then its numbers); `make` gives it when there is none. */
  at(key: object, make: () => ArrayLike<number>): number {
    let at = this.kept.get(key);
    if (at === undefined) {
      const moved = this.old?.kept.get(key);
      const list = moved === undefined ? make() : this.old!.data.subarray(moved + 1, moved + 1 + this.old!.data[moved]!);
      at = this.append(list);
      this.kept.set(key, at);
    }
    this.live += this.data[at]! + 1;
    return at;
  }

  /** The list kept for `key` as a view (see at). */
  list(key: object, make: () => ArrayLike<number>): Uint32Array {
    const at = this.at(key, make);
    return this.data.subarray(at + 1, at + 1 + this.data[at]!);
  }

  private append(list: ArrayLike<number>): number {
    const need = this.used + 1 + list.length;
    this.data = grown(this.data, need);
    const at = this.used;
    this.data[at] = list.length;
    this.data.set(list, at + 1);
    this.used = need;
    return at;
  }
}
