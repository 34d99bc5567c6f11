// The short answer of an analysis, in the shape `lvzhi consensus-analyse` prints: the number of
// groups, each participant's group (null when not grouped), the common ground and each group's
// representative statements.
import type { Analysis } from './analyse.js';

export interface AnalysisSummary {
  groups: number;
  participants: Record<string, number | null>;
  consensus: number[];
  repness: Record<string, number[]>;
}

export function analysisSummary(a: Analysis): AnalysisSummary {
  const participants: Record<string, number | null> = {};
  a.participants.forEach((pid, r) => (participants[String(pid)] = a.group[r]! >= 0 ? a.group[r]! : null));
  return {
    groups: a.groups.length,
    participants,
    consensus: a.consensus,
    repness: Object.fromEntries(a.repness.map((list, g) => [String(g), list.map((r) => r.statement)])),
  };
}
