// The rules of strategic themes: the office of the organisation names its themes and edits them,
// and says which of its topics, meetings and reports carry which; the office and leaders read
// them and the year's coverage. Composed in ../workplan.policy.ts.
import { abilities, rulebook, type Rule } from '../../../platform/access/rulebook.js';
import { managesAny, officeOf, readsAny } from '../scope.policy.js';

export interface ThemeSubject {
  orgId: number;
}

const office = officeOf<ThemeSubject, null>();

export const THEME_RULES = {
  editTheme: { who: [office], when: [] },
  tagWork: { who: [office], when: [] },
} satisfies Record<string, Rule<ThemeSubject, null>>;

export const themeRules = rulebook<ThemeSubject, null, keyof typeof THEME_RULES>(THEME_RULES);

/** What may be done with themes as a whole. */
export const themeAccess = abilities({
  readThemes: readsAny,
  createTheme: managesAny,
  readCoverage: readsAny,
});
