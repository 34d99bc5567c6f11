// The hand-labelled set for the "likely duplicate" verdict of the similar-proposal search
// (issue 12, item 3): originals already on file, and queries labelled against them. Written
// by hand for Lvzhi, not by the bench's reword() generator; see README.md for the rules.
import { business } from './texts/business.js';
import { childcare } from './texts/childcare.js';
import { citymgmt } from './texts/citymgmt.js';
import { community } from './texts/community.js';
import { culture } from './texts/culture.js';
import { digital } from './texts/digital.js';
import { education } from './texts/education.js';
import { elderly } from './texts/elderly.js';
import { emergency } from './texts/emergency.js';
import { employment } from './texts/employment.js';
import { environment } from './texts/environment.js';
import { food } from './texts/food.js';
import { health } from './texts/health.js';
import { housing } from './texts/housing.js';
import { renewal } from './texts/renewal.js';
import { rural } from './texts/rural.js';
import { sports } from './texts/sports.js';
import { tourism } from './texts/tourism.js';
import { transport } from './texts/transport.js';
import { unrelatedA } from './texts/unrelated-a.js';
import { unrelatedB } from './texts/unrelated-b.js';
import { water } from './texts/water.js';
import { proposalText } from '../../server/modules/proposals/core/search.service.js';
import type { LabelledText, Original, Query, Split, Subject, SubjectSet } from './types.js';

export { SUBJECTS } from './types.js';
export type { Label, LabelledText, Original, Query, Split, Subject, SubjectSet } from './types.js';

/** Each subject's data file, by subject key. */
export const BY_SUBJECT: Record<Subject, SubjectSet> = {
  education,
  elderly,
  childcare,
  health,
  transport,
  renewal,
  rural,
  environment,
  tourism,
  business,
  employment,
  food,
  housing,
  digital,
  water,
  emergency,
  sports,
  community,
  citymgmt,
  culture,
};

export const ORIGINALS: readonly Original[] = Object.values(BY_SUBJECT).flatMap((s) => s.originals);

export const QUERIES: readonly Query[] = [
  ...Object.values(BY_SUBJECT).flatMap((s) => s.queries),
  ...unrelatedA,
  ...unrelatedB,
];

const originalsById = new Map(ORIGINALS.map((o) => [o.id, o]));

/** The original a query is labelled against (undefined for `unrelated`). */
export function originalOf(q: Query): Original | undefined {
  return q.of === null ? undefined : originalsById.get(q.of);
}

/** The queries of one split. */
export function queriesOf(split: Split): Query[] {
  return QUERIES.filter((q) => q.split === split);
}

/** The whole text, exactly as the app indexes and compares a proposal (title, reasons, suggestions). */
export function textOf(p: Pick<LabelledText, 'title' | 'reasons' | 'suggestions'>): string {
  return proposalText(p);
}
