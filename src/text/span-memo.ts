/**
 * A bounded memo keyed by a span of a larger string (text, start, end), for the per-word tables that
 * every token of every article goes through (the tokeniser's word facts, the summary's term keys).
 * A Map keyed by words must first slice each word into a new string and then hash it and compare it
 * with a key stored far away in memory: measured at about 250 ns a word on the shared corpus, a tenth
 * of enrichment. Here the hash is read off the text's char codes and the probe walks one typed array,
 * about half that, and a word seen before needs no slice at all: its stored key is the same string.
 *
 * Open addressing with linear probing over a power-of-two table that starts small and doubles up to
 * `maxEntries / LOAD` slots; once it holds `maxEntries` words it is emptied (as the Maps it replaces
 * were), so memory stays bounded whatever the input. The hash is seeded per process, so no input can
 * be written to collide on purpose.
 */

/** At most this share of the slots is ever filled, keeping probes short. */
const LOAD = 0.5;
const INITIAL_SLOTS = 1024;
const SEED = (Math.random() * 0x7fffffff) | 0;

export class SpanMemo<T> {
  private slots = INITIAL_SLOTS;
  private hashes = new Int32Array(INITIAL_SLOTS);
  private keys: Array<string | undefined> = new Array<string | undefined>(INITIAL_SLOTS);
  private values: Array<T | undefined> = new Array<T | undefined>(INITIAL_SLOTS);
  private entries = 0;
  private readonly maxSlots: number;

  /** `maxEntries`: the most words held before the memo is emptied (its stated size). */
  constructor(readonly maxEntries: number) {
    let slots = INITIAL_SLOTS;
    while (slots * LOAD < maxEntries) slots *= 2;
    this.maxSlots = slots;
  }

  get size(): number {
    return this.entries;
  }

  /** The slot holding text[start, end), or -1. */
  find(text: string, start: number, end: number): number {
    const hash = spanHash(text, start, end);
    const mask = this.slots - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const stored = this.hashes[slot]!;
      if (stored === 0) return -1;
      if (stored === hash && sameSpan(this.keys[slot]!, text, start, end)) return slot;
    }
  }

  /** The word stored in a slot find returned: equal to text[start, end), and already a string of its own. */
  keyAt(slot: number): string {
    return this.keys[slot]!;
  }

  valueAt(slot: number): T {
    return this.values[slot]!;
  }

  /** Remembers `value` for `key` (not present: call find first). */
  add(key: string, value: T): void {
    if (this.entries >= this.maxEntries) this.clear();
    else if (this.entries + 1 > this.slots * LOAD) this.grow();
    this.place(spanHash(key, 0, key.length), key, value);
    this.entries += 1;
  }

  clear(): void {
    this.hashes.fill(0);
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.entries = 0;
  }

  private place(hash: number, key: string, value: T): void {
    const mask = this.slots - 1;
    let slot = hash & mask;
    while (this.hashes[slot] !== 0) slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.keys[slot] = key;
    this.values[slot] = value;
  }

  private grow(): void {
    if (this.slots >= this.maxSlots) return;
    const { hashes, keys, values } = this;
    this.slots *= 2;
    this.hashes = new Int32Array(this.slots);
    this.keys = new Array<string | undefined>(this.slots);
    this.values = new Array<T | undefined>(this.slots);
    for (let slot = 0; slot < hashes.length; slot++) {
      if (hashes[slot] !== 0) this.place(hashes[slot]!, keys[slot]!, values[slot]!);
    }
  }
}

/** FNV-1a over UTF-16 code units, its high bits folded into the low ones the slot is taken from; never 0 (an empty slot). */
function spanHash(text: string, start: number, end: number): number {
  let hash = SEED;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  return hash === 0 ? 1 : hash;
}

function sameSpan(key: string, text: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
