// The search rows of a proposal exactly as the app's indexer writes them (full-text tokens
// of its text and formal replies, the similarity vector of its text, the normalised-text
// hash), computed sentence by sentence with a memo: jieba cuts at punctuation, so the tokens
// of a text are the tokens of its sentences in order, and the generated texts repeat their
// sentences a great deal. The first documents (and a sample after) are checked against the
// app's functions on the whole text, so a difference stops the generator.
import { encodeVector, termVector, type TermVector, MAX_TF } from '../../server/platform/search/similarity-scoring.js';
import { contentHash, searchTokens } from '../../server/platform/search/tokenizer.js';
import { documentTokens, scoped } from '../../server/platform/search/fulltext.js';
import { proposalText } from '../../server/modules/proposals/core/search.service.js';

const MEMO_LIMIT = 400_000;
const CHECK_FIRST = 300;
const CHECK_EVERY = 997;

export interface ProposalTexts {
  title: string;
  reasons: string;
  suggestions: string;
}

export class TextIndexer {
  private readonly tokensMemo = new Map<string, string[]>();
  private readonly vectorMemo = new Map<string, TermVector>();
  private done = 0;
  checked = 0;

  private static pieces(text: string): string[] {
    return text.split(/(?<=[。！？；\n])/);
  }

  private tokensOf(piece: string): string[] {
    let t = this.tokensMemo.get(piece);
    if (!t) {
      if (this.tokensMemo.size > MEMO_LIMIT) this.tokensMemo.clear();
      this.tokensMemo.set(piece, (t = searchTokens(piece)));
    }
    return t;
  }

  private vectorOf(piece: string): TermVector {
    let v = this.vectorMemo.get(piece);
    if (!v) {
      if (this.vectorMemo.size > MEMO_LIMIT) this.vectorMemo.clear();
      this.vectorMemo.set(piece, (v = termVector(piece)));
    }
    return v;
  }

  /** What indexDocument stores: the distinct search tokens of the text and replies, in the organisation's scope. */
  ftsTokens(p: ProposalTexts, replies: readonly string[], scope: number): string {
    const text = [proposalText(p), ...replies].join('\n');
    const out = new Set<string>();
    for (const piece of TextIndexer.pieces(text)) for (const tok of this.tokensOf(piece)) out.add(tok);
    const joined = scoped([...out], scope).join(' ');
    if (this.shouldCheck()) {
      const expected = documentTokens(text, scope).join(' ');
      if (joined !== expected) throw new Error(`full-text tokens differ from the app's for: ${text.slice(0, 60)}…`);
    }
    return joined;
  }

  /** What the similarity store writes to proposal_vectors.terms. */
  vector(p: ProposalTexts): string {
    const v: TermVector = new Map();
    const text = proposalText(p);
    for (const piece of TextIndexer.pieces(text)) {
      for (const [term, n] of this.vectorOf(piece)) v.set(term, Math.min(MAX_TF, (v.get(term) ?? 0) + n));
    }
    const encoded = encodeVector(v);
    if (this.shouldCheck(false)) {
      if (encoded !== encodeVector(termVector(text)))
        throw new Error(`similarity vector differs from the app's for: ${text.slice(0, 60)}…`);
      this.checked++;
    }
    return encoded;
  }

  hash(p: ProposalTexts): string {
    return contentHash(proposalText(p));
  }

  private shouldCheck(count = true): boolean {
    const n = count ? this.done++ : this.done - 1;
    return n < CHECK_FIRST || n % CHECK_EVERY === 0;
  }
}
