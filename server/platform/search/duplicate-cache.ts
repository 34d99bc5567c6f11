// Parsed texts kept between requests: parsing (jieba) is the costly part of a detailed
// comparison, and the same proposals on file come up as candidates again and again. Keyed
// by id and checked against the text's hash, so an edited text is parsed afresh. Its
// weighed vectors are kept too, for one `epoch` of the collection statistics (the caller's
// measure of how far they moved, e.g. per 2 % of growth).
import { weigh, type Idf, type WeighedText } from './duplicate-features.js';
import { parseText, type ParsedText, type StructuredText } from './duplicate-text.js';

interface Entry {
  hash: string;
  parsed: ParsedText;
  weighed: WeighedText | null;
  epoch: number;
}

export class ParsedTextCache {
  private readonly entries = new Map<number, Entry>();
  constructor(private readonly capacity = 2000) {}

  /** The parsed text of `id` if held for this exact text (`hash`), freshened as recently used. */
  get(id: number, hash: string | null): ParsedText | undefined {
    const e = this.entries.get(id);
    if (!e || hash === null || e.hash !== hash) return undefined;
    this.entries.delete(id);
    this.entries.set(id, e);
    return e.parsed;
  }

  /** Parses and keeps (when the text has a hash), dropping the least recently used beyond capacity. */
  parse(id: number, hash: string | null, text: StructuredText): ParsedText {
    const parsed = parseText(text);
    if (hash === null) return parsed;
    this.entries.delete(id);
    this.entries.set(id, { hash, parsed, weighed: null, epoch: NaN });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return parsed;
  }

  /** `parsed` (of `id`) weighed under `idf`: kept with the entry for the same epoch. */
  weigh(id: number, parsed: ParsedText, idf: Idf, epoch: number): WeighedText {
    const e = this.entries.get(id);
    if (e?.parsed === parsed && e.epoch === epoch && e.weighed) return e.weighed;
    const weighed = weigh(parsed, idf);
    if (e?.parsed === parsed) {
      e.weighed = weighed;
      e.epoch = epoch;
    }
    return weighed;
  }

  get size(): number {
    return this.entries.size;
  }
}
