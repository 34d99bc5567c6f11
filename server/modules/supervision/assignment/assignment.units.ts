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
  const folded = fold(raw);
  for (const d of districts) {
    const p = fold(d);
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
 * assignees would be 15 million comparisons) each name's substrings are looked up in an index
 * of the other side's names: cost in the names' lengths, not in the product of the counts.
 */
export function conflictIndex(
  targets: readonly (readonly string[])[],
  holders: readonly (readonly string[])[],
  districts: readonly string[],
): Set<number>[] {
  // Longest district first, so that a district whose name starts with another's is not cut short.
  districts = [...new Set(districts)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  const byCore = new Map<string, { holder: number; name: UnitName }[]>();
  const bySubstring = new Map<string, { holder: number; name: UnitName }[]>();
  holders.forEach((units, holder) => {
    for (const raw of units) {
      const name = normaliseUnit(raw, districts);
      if (!name.core) continue;
      push(byCore, name.core, { holder, name });
      for (const s of substrings(name.core)) push(bySubstring, s, { holder, name });
    }
  });
  return targets.map((names) => {
    const found = new Set<number>();
    for (const raw of names) {
      const name = normaliseUnit(raw, districts);
      if (!name.core) continue;
      // The holder's core inside the target's (or equal to it) ...
      for (const s of [name.core, ...substrings(name.core)])
        for (const h of byCore.get(s) ?? []) if (unitsMatch(h.name, name)) found.add(h.holder);
      // ... or the target's core inside the holder's.
      for (const h of bySubstring.get(name.core) ?? []) if (unitsMatch(h.name, name)) found.add(h.holder);
    }
    return found;
  });
}

/** The proper substrings long enough to count as a contained match (deduplicated). */
function substrings(core: string): Set<string> {
  const out = new Set<string>();
  for (let len = MIN_CONTAINED; len < core.length; len++)
    for (let i = 0; i + len <= core.length; i++) out.add(core.slice(i, i + len));
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
