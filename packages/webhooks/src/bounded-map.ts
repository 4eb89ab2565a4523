/**
 * A map that keeps at most about `maxEntries` keys, forgetting the least recently used ones first.
 *
 * Two generations of plain `Map`s instead of one ordered map: evicting from the front of a single `Map`
 * one key at a time leaves deleted slots that every later front lookup walks over (O(n) per eviction in
 * V8 until the table is rebuilt). Here reads and writes are O(1): new and recently read keys live in
 * `current`; when it holds half the capacity it becomes `previous`, and the old `previous` (the keys
 * not touched for a whole generation) is dropped at once. A key read from `previous` moves back to
 * `current`. The eviction order is therefore approximate LRU, and the size never exceeds `maxEntries`.
 */
export class BoundedMap<V> {
  #current = new Map<string, V>();
  #previous = new Map<string, V>();
  readonly #generationSize: number;

  constructor(maxEntries: number) {
    this.#generationSize = Math.max(1, Math.floor(Math.max(1, maxEntries) / 2));
  }

  /** The value of `key`, marking it recently used. */
  get(key: string): V | undefined {
    const value = this.#current.get(key);
    if (value !== undefined) return value;
    const old = this.#previous.get(key);
    if (old !== undefined) {
      this.#previous.delete(key);
      this.#insert(key, old);
    }
    return old;
  }

  /** Sets `key`, marking it recently used. */
  set(key: string, value: V): void {
    if (this.#current.has(key)) {
      this.#current.set(key, value);
      return;
    }
    this.#previous.delete(key);
    this.#insert(key, value);
  }

  /** Sets a key that {@link get} just reported absent (skips the lookups `set` needs). */
  insertAbsent(key: string, value: V): void {
    this.#insert(key, value);
  }

  /** Forgets `key`. */
  delete(key: string): void {
    this.#current.delete(key);
    this.#previous.delete(key);
  }

  /** How many keys are held. */
  get size(): number {
    return this.#current.size + this.#previous.size;
  }

  #insert(key: string, value: V): void {
    this.#current.set(key, value);
    if (this.#current.size >= this.#generationSize) {
      this.#previous = this.#current;
      this.#current = new Map();
    }
  }
}
