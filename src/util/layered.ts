const GONE = Symbol('gone');

/**
 * A read-only map made of a large map that is never changed and a small layer of changes over it. Making the next
 * one copies the layer, not the map: a refresh that changes a few of 65,000 quotes patches its look-ups in
 * microseconds, where copying a 65,000-entry Map took 45 ms. Values are never `undefined`.
 */
export class LayeredMap<K, V> implements ReadonlyMap<K, V> {
  private constructor(
    private readonly base: ReadonlyMap<K, V>,
    /** Keys set or removed (GONE) since the base. */
    private readonly layer: ReadonlyMap<K, V | typeof GONE>,
    readonly size: number,
  ) {}

  /** A map over `base`, which the caller no longer changes. */
  static over<K, V>(base: ReadonlyMap<K, V>): LayeredMap<K, V> {
    return new LayeredMap(base, new Map(), base.size);
  }

  /** How many keys differ from the base. */
  get layerSize(): number {
    return this.layer.size;
  }

  /** A new map: this one without the keys of `remove`, then with the entries of `set`. */
  with(remove: Iterable<K>, set: Iterable<readonly [K, V]>): LayeredMap<K, V> {
    const layer = new Map(this.layer);
    const present = (k: K) => (layer.has(k) ? layer.get(k) !== GONE : this.base.has(k));
    let size = this.size;
    for (const k of remove) {
      if (!present(k)) continue;
      size--;
      if (this.base.has(k)) layer.set(k, GONE);
      else layer.delete(k);
    }
    for (const [k, v] of set) {
      if (!present(k)) size++;
      layer.set(k, v);
    }
    return new LayeredMap(this.base, layer, size);
  }

  get(key: K): V | undefined {
    const v = this.layer.get(key);
    if (v !== undefined) return v === GONE ? undefined : v;
    return this.base.get(key);
  }

  has(key: K): boolean {
    const v = this.layer.get(key);
    if (v !== undefined) return v !== GONE;
    return this.base.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const [k, v] of this.base) {
      const over = this.layer.get(k);
      if (over === undefined) yield [k, v];
      else if (over !== GONE) yield [k, over];
    }
    for (const [k, v] of this.layer) if (v !== GONE && !this.base.has(k)) yield [k, v];
  }

  *keys(): MapIterator<K> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
}
