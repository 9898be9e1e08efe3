type Growable = Uint32Array | Int32Array | Float64Array;

/**
 * The array itself if it has room for `need` items, else a copy at least twice as long (new places set to `fill`).
 * Typed arrays cannot grow in place; doubling keeps the copying to a constant per item.
 */
export function grown<T extends Growable>(array: T, need: number, fill = 0): T {
  if (need <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => T)(Math.max(need, array.length * 2));
  if (fill !== 0) bigger.fill(fill, array.length);
  bigger.set(array);
  return bigger;
}
