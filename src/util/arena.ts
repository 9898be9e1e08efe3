import { grown } from './grow.js';
import { align } from './align.js';
import type { WordLists } from './group.js';

/**
 * Lists of whole numbers in one growing buffer: what a build keeps for the next (each sentence's word numbers, each
 * document's index tokens) without an object per list for the garbage collector to walk. At 10,000 articles that is
 * hundreds of thousands of lists; kept as arrays they were 230 MB of the refresh worker's heap, and every full
 * collection walked them. A list is stored as its length followed by its numbers, and known by where it starts.
 *
 * Lists of the last build that this one does not use stay in the buffer until more than half of it is dead: then
 * the build moves the lists it uses (`carry`) to a new buffer and lets the old go.
 */
export class ListArena {
  data = new Uint32Array(1 << 16);
  private used = 0;
  /** The buffer being moved from, during a build that compacts. */
  private old: Uint32Array | null = null;
  /** Numbers in the lists used since the build began. */
  private live = 0;
  /** How many times the lists moved to a new buffer, and how many times when this build began. */
  epoch = 0;
  private began = 0;

  /** A build starts: every list it uses from the last build must be carried (see the class comment). */
  begin(): void {
    this.old = null;
    this.began = this.epoch;
    if (this.used > 2 * this.live + (1 << 20)) {
      this.old = this.data;
      this.data = new Uint32Array(Math.max(1 << 16, Math.ceil(this.live * 1.25)));
      this.used = 0;
      this.epoch++;
    }
    this.live = 0;
  }

  /**
   * Whether lists kept at `epoch` can be carried into this build: not when they were kept before the buffer they
   * are in was let go (a build that failed part-way never carried them).
   */
  carries(epoch: number): boolean {
    return epoch === this.began;
  }

  /** Stores a list; returns where it starts. */
  add(list: ArrayLike<number>): number {
    const need = this.used + 1 + list.length;
    this.data = grown(this.data, need);
    const at = this.used;
    this.data[at] = list.length;
    this.data.set(list, at + 1);
    this.used = need;
    this.live += list.length + 1;
    return at;
  }

  /** A list of the last build's (where it started then) that this build uses: where it starts now. Once per list. */
  carry(at: number): number {
    if (this.old) return this.add(this.old.subarray(at + 1, at + 1 + this.old[at]!));
    this.live += this.data[at]! + 1;
    return at;
  }
}

/**
 * Where each item of a build's list was in the last build's list: what a build needs to find what it worked out
 * for an item last time. Unchanged items are the same objects from build to build, so one walk of both lists
 * (align) replaces a look-up per item.
 */
export class ListMemo {
  private items: readonly unknown[] = [];

  /** False for a one-off build: nothing is kept. */
  constructor(private readonly lasting = true) {}

  /**
   * For each item of the build's list, its place in the last build's (-1: new, or nothing is kept). Read only: the
   * memos that were given the same list last build share it.
   */
  next(list: readonly unknown[]): Int32Array {
    if (!this.lasting) return new Int32Array(list.length).fill(-1);
    const from = aligned(this.items, list);
    this.items = list;
    return from;
  }
}

/**
 * The last alignment of each old list. A build keeps several things per item of a list (words, word numbers, pairs,
 * outputs), each in its own memo, and all of them were given the same list last build: the walk is done once.
 */
const alignments = new WeakMap<readonly unknown[], { list: readonly unknown[]; from: Int32Array }>();

function aligned(old: readonly unknown[], list: readonly unknown[]): Int32Array {
  let hit = alignments.get(old);
  if (!hit || hit.list !== list) alignments.set(old, (hit = { list, from: align(old, list) }));
  return hit.from;
}

/** Values of the last build's items at their places in this build's list (see ListMemo). */
function carried<V>(before: readonly (V | undefined)[], from: Int32Array): (V | undefined)[] {
  const values: (V | undefined)[] = new Array(from.length);
  for (let i = 0; i < from.length; i++) values[i] = from[i]! >= 0 ? before[from[i]!] : undefined;
  return values;
}

/** Values worked out for the items of a list, kept by place from build to build (see ListMemo). */
export class ItemMemo<V> {
  private readonly places: ListMemo;
  private values: (V | undefined)[] = [];

  constructor(lasting = true) {
    this.places = new ListMemo(lasting);
  }

  /** The build's list: the values of its items the last build worked out (undefined: none), for the build to fill in. */
  next(items: readonly unknown[]): (V | undefined)[] {
    this.values = carried(this.values, this.places.next(items));
    return this.values;
  }
}

/** Arena lists made for the items of a list, kept by place from build to build (see ListMemo). */
export class KeptLists {
  private readonly places: ListMemo;
  private at = new Uint32Array(0);
  private epoch = 0;

  constructor(
    readonly arena: ListArena,
    lasting = true,
  ) {
    this.places = new ListMemo(lasting);
  }

  /** The build's list: each item's list, carried from the last build or made by `make`. */
  of(items: readonly unknown[], make: (i: number) => ArrayLike<number>): WordLists {
    const from = this.places.next(items);
    const before = this.arena.carries(this.epoch) ? this.at : new Uint32Array(0);
    const at = new Uint32Array(items.length);
    for (let i = 0; i < items.length; i++) {
      const p = from[i]!;
      at[i] = p >= 0 && p < before.length ? this.arena.carry(before[p]!) : this.arena.add(make(i));
    }
    this.at = at;
    this.epoch = this.arena.epoch;
    return { data: this.arena.data, at };
  }
}
