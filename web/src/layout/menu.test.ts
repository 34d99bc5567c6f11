// The menu shows a page only to users who can use it: a leader whose account holds
// opinions.submit through his role but has no member record must not be offered the pages
// that submit as a member (they would answer 403).
import { describe, expect, it } from 'vitest';
import { menu, visibleMenu } from './menu';

const paths = (isMember: boolean, permissions: string[]) =>
  visibleMenu(
    menu,
    (p) => permissions.includes(p),
    () => false,
    isMember,
  ).flatMap((e) => (e.children ?? [e]).map((c) => c.path));

describe('menu', () => {
  const leader = ['opinions.submit', 'opinions.read_all'];

  it('hides the member-only pages from an account without a member record', () => {
    const seen = paths(false, leader);
    expect(seen).toContain('/opinions/list');
    expect(seen).not.toContain('/opinions/mine');
    expect(seen).not.toContain('/opinions/reports/mine');
  });

  it('shows them to a member', () => {
    const seen = paths(true, leader);
    expect(seen).toContain('/opinions/mine');
    expect(seen).toContain('/opinions/reports/mine');
  });

  it('offers "my inspections" to members only, and the recommendations to the units they are routed to', () => {
    const supervisionLeader = ['supervision.read_all', 'supervision.visit'];
    expect(paths(false, supervisionLeader)).toContain('/supervision/inspections');
    expect(paths(false, supervisionLeader)).not.toContain('/supervision/inspections/mine');
    expect(paths(true, ['supervision.visit'])).toEqual(expect.arrayContaining(['/supervision/inspections/mine']));
    const unit = paths(false, ['supervision.answer']);
    expect(unit).toContain('/supervision/recommendations');
    expect(unit).not.toContain('/supervision/inspections');
  });

  it('offers field visits to a member who may visit, not to an account without a member record', () => {
    expect(paths(true, ['supervision.visit'])).toContain('/supervision/field');
    expect(paths(false, ['supervision.visit'])).not.toContain('/supervision/field');
    expect(paths(true, ['opinions.submit'])).not.toContain('/supervision/field');
  });
});
