// Parsed texts kept between requests: parsing (jieba) is the costly part of a detailed
// comparison, and the same proposals on file come up as candidates again and again. Keyed
// by id and checked against the text's hash, so an edited text is parsed afresh.
import { parseText, type ParsedText, type StructuredText } from './duplicate-text.js';

export class ParsedTextCache {
  private readonly entries = new Map<number, { hash: string; parsed: ParsedText }>();
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
    this.entries.set(id, { hash, parsed });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return parsed;
  }

  get size(): number {
    return this.entries.size;
  }
}
