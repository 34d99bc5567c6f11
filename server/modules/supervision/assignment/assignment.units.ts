// Who may not evaluate what: a member (or a team through any of its members) is never sent to
// an object of his own work unit — a park run by his bureau, a department he works in. Unit
// names are typed by hand in rosters and Excel imports, so they are compared after
// normalisation, and a match errs on the side of a conflict: a missed conflict breaks the
// rule, a spurious one only narrows the choice of visitors.
//
// Normalisation: NFKC (full-width letters, digits and brackets become half-width), lower case,
// spaces and punctuation dropped; then a leading administrative prefix is set aside — one of
// the districts named in the campaign (东湖区…) or a two-character city name (江临市…) — when
// at least two characters remain. What is left is the core ("江临市园林局" → 园林局).
//
// Match: two names match when their cores are equal, or when the shorter core has at least
// three characters and is contained in the longer ("市园林局" ⊃ "园林局", "人民公园管理处" ⊃
// "人民公园") — unless both carried a prefix and the prefixes differ (东湖区住建局 is not
// 西山区住建局). A two-character core must be equal: "医院" alone would match every hospital.

/** The smallest core length at which containment (not only equality) counts as a match. */
const MIN_CONTAINED = 3;
const CITY_PREFIX = /^\p{Script=Han}{2}市/u;

export interface UnitName {
  core: string;
  prefix: string;
}

/** Folds a unit or object name for matching; `districts` are the campaign's district names. */
export function normaliseUnit(raw: string, districts: readonly string[] = []): UnitName {
  return normaliseFolded(fold(raw), districts.map(fold));
}

/** `prefixes`: the districts, already folded, longest first. */
function normaliseFolded(folded: string, prefixes: readonly string[]): UnitName {
  for (const p of prefixes) {
    if (p && folded.startsWith(p) && folded.length - p.length >= 2) return { core: folded.slice(p.length), prefix: p };
  }
  const city = CITY_PREFIX.exec(folded);
  if (city && folded.length - city[0].length >= 2) return { core: folded.slice(city[0].length), prefix: city[0] };
  return { core: folded, prefix: '' };
}

function fold(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

/** True when the two names are taken for the same unit (see the rule above). */
export function unitsMatch(a: UnitName, b: UnitName): boolean {
  if (!a.core || !b.core) return false;
  if (a.prefix && b.prefix && a.prefix !== b.prefix) return false;
  if (a.core === b.core) return true;
  const [short, long] = a.core.length <= b.core.length ? [a.core, b.core] : [b.core, a.core];
  return short.length >= MIN_CONTAINED && long.includes(short);
}

/**
 * For each target (object), the indices of the holders (assignees) whose work units match one of
 * its names. Conflicts are few, so instead of comparing every pair (5 000 objects × 3 000
 * assignees would be 15 million comparisons) each name's substrings are looked up among the
 * other side's names: cost in the names' lengths, not in the product of the counts.
 */
export function conflictIndex(
  targets: readonly (readonly string[])[],
  holders: readonly (readonly string[])[],
  districts: readonly string[],
): Set<number>[] {
  // Longest district first, so that a district whose name starts with another's is not cut short.
  const prefixes = [...new Set(districts.map(fold))].sort(
    (a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  );
  const index = (lists: readonly (readonly string[])[]) => {
    const byCore = new Map<string, { owner: number; name: UnitName }[]>();
    lists.forEach((names, owner) => {
      for (const raw of names) {
        const name = normaliseFolded(fold(raw), prefixes);
        if (!name.core) continue;
        const list = byCore.get(name.core);
        if (list) list.push({ owner, name });
        else byCore.set(name.core, [{ owner, name }]);
      }
    });
    return byCore;
  };
  const holderCores = index(holders);
  const targetCores = index(targets);
  const found = targets.map(() => new Set<number>());
  // A holder's core equal to a target's, or inside it ...
  for (const [core, named] of targetCores)
    forEachPart(core, true, (part) => {
      for (const h of holderCores.get(part) ?? [])
        for (const t of named) if (unitsMatch(h.name, t.name)) found[t.owner].add(h.owner);
    });
  // ... or a target's core inside a holder's.
  for (const [core, named] of holderCores)
    forEachPart(core, false, (part) => {
      for (const t of targetCores.get(part) ?? [])
        for (const h of named) if (unitsMatch(h.name, t.name)) found[t.owner].add(h.owner);
    });
  return found;
}

/** The core's substrings long enough to count as a contained match, the whole core if asked. */
function forEachPart(core: string, whole: boolean, visit: (part: string) => void) {
  if (whole) visit(core);
  for (let len = MIN_CONTAINED; len < core.length; len++)
    for (let i = 0; i + len <= core.length; i++) visit(core.slice(i, i + len));
}
