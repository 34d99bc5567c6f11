// Keeps each demo proposal on its own subject. A corpus topic (corpus/topics.ts, shared with
// the benchmark) pools the problems and suggestions of several subjects — garbage sorting and
// cooking fumes under one heading — so a proposal drawn from the whole pool could be titled on
// one subject and argue another. Here every sentence goes with the subject it shares the most
// words with (two-character runs); sentences that name none of them suit every subject.
import type { Topic } from './corpus/topics.js';

function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  const plain = text.replace(/[^\u4e00-\u9fff]/g, '');
  for (let i = 0; i + 1 < plain.length; i++) out.add(plain.slice(i, i + 2));
  return out;
}

/** Words too common in the corpus to tell one subject from another. */
const COMMON = new Set(['推进', '加强', '提升', '建设', '服务', '问题', '管理', '发展', '完善', '群众', '城市']);

function sentencesFor(subject: string, all: readonly string[], subjects: readonly string[]): string[] {
  const grams = subjects.map((s) => [...bigrams(s)].filter((g) => !COMMON.has(g)));
  const mine = subjects.indexOf(subject);
  return all.filter((sentence) => {
    const words = bigrams(sentence);
    const shared = grams.map((g) => g.filter((x) => words.has(x)).length);
    const best = Math.max(...shared);
    return best === 0 || shared[mine] === best;
  });
}

const cache = new Map<string, Topic>();

/** The topic narrowed to one subject: its sentences and those that name no subject in particular. */
export function focusedTopic(topic: Topic, subject: string): Topic {
  const key = `${topic.key}:${subject}`;
  let t = cache.get(key);
  if (!t) {
    const problems = sentencesFor(subject, topic.problems, topic.subjects);
    const suggestions = sentencesFor(subject, topic.suggestions, topic.subjects);
    t = {
      ...topic,
      subjects: [subject],
      // A subject none of whose sentences names it keeps the whole pool (none is the case today).
      problems: problems.length ? problems : topic.problems,
      suggestions: suggestions.length ? suggestions : topic.suggestions,
    };
    cache.set(key, t);
  }
  return t;
}

/** A title without its opening verb (加快推进, 着力推进…): two titles equal here differ by one word. */
export function titleKey(title: string): string {
  return title.replace(/^关于(加快推进|进一步推进|切实做好|着力推进)?/, '').replace(/工作的建议$/, '的建议');
}
