// What a timeline entry says beyond its kind, as facts: a code and the values it names (a
// unit, a date, a class, a person's words). The API sends them beside the Chinese `detail`
// so a client words them in its reader's language; the server words them in Chinese
// (timeline.texts.ts) from the same facts, so both say the same thing.
import { z } from 'zod';
import type { CONTACTED_LABELS, CONTACT_WAYS, RATING_LABELS, ROLE_LABEL } from './handling.texts.js';

const keys = <T extends Record<string, unknown>>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const ROLES = { lead: 0, co: 0, split: 0 } satisfies Record<keyof typeof ROLE_LABEL, 0>;
const WAYS = { visit: 0, phone: 0, meeting: 0, other: 0 } satisfies Record<keyof typeof CONTACT_WAYS, 0>;
const RATINGS = { satisfied: 0, basic: 0, unsatisfied: 0 } satisfies Record<keyof typeof RATING_LABELS, 0>;
const CONTACTED = { visited: 0, phone: 0, none: 0 } satisfies Record<keyof typeof CONTACTED_LABELS, 0>;

export const FACT_CODES = [
  'filesRemoved', // names
  'resubmitted',
  'number', // text: the proposal's number
  'reason', // text
  'merged', // count
  'assigned', // units
  'replyDeadline', // date
  'signedLate',
  'toReassign',
  'urged', // unit, count, text (the note, for the office and the unit)
  'urgedBrief',
  'extensionAsked', // date, text (the reason)
  'extended', // unit, date
  'note', // text
  'contacted', // way, date
  'resultClass', // resultClass, resultLabel (the organisation's label)
  'allReplied',
  'extensionsLapsed',
  'sentBack', // text
  'sentBackBrief',
  'proposerContacted', // contacted
  'ratings', // attitude, result
  'rehandle',
  'closed',
  'commitment', // text (the commitment), note (the report or the reason, for the office and the unit)
  'keyApproved',
  'keyNotApproved',
  'year', // year
] as const;

const unitName = z.string().nullable().describe('null: a unit no longer known');
export const timelineFact = z.object({
  code: z.enum(FACT_CODES),
  /** Words of a person or of the record (a reason, a note, a commitment, the proposal's number), as written. */
  text: z.string().optional(),
  note: z.string().optional(),
  names: z.array(z.string()).optional(),
  unit: unitName.optional(),
  units: z.array(z.object({ name: unitName, role: z.enum(keys(ROLES)) })).optional(),
  /** A calendar day, YYYY-MM-DD (or as recorded). */
  date: z.string().optional(),
  count: z.number().optional(),
  year: z.number().optional(),
  way: z.enum(keys(WAYS)).optional(),
  contacted: z.enum(keys(CONTACTED)).optional(),
  attitude: z.enum(keys(RATINGS)).optional(),
  result: z.enum(keys(RATINGS)).optional(),
  resultClass: z.enum(['A', 'B', 'C', 'D']).optional(),
  /** The organisation's label of the class (its own wording or the default). */
  resultLabel: z.string().optional(),
});
export type Fact = z.infer<typeof timelineFact>;

/** Who took a step: a person, a unit (for its staff), the office (staff, to everyone but the office) or the system. */
export const WHO_KINDS = ['person', 'unit', 'office', 'system'] as const;
export type WhoKind = (typeof WHO_KINDS)[number];
