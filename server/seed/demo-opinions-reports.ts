// The demo organisation's 社情民意 reports of the year, run through the API on the dates they
// happen: members write reports (some jointly) in the weeks before each issue, the office edits
// most of them (kept as versions, the authors see the changes), adopts them and publishes twelve
// issues of the bulletin (one a month, two in July), each with two to four reports; a few are
// forwarded and get leaders' instructions, with what followed; three are declined with a
// reason. At the end of November two adopted reports wait for the next issue, two are being
// edited and two just came in. Proposals converted by review arrive as reports by themselves
// (the proposals hook); the office adopts the city's first. Its own random source.
import { DAY } from '../platform/clock.js';
import type { Json } from './demo-driver.js';
import { INSTRUCTIONS, REJECT_REASONS, REPORT_SUBJECTS } from './demo-opinions-reports-data.js';
import type { SeedRun } from './demo-run.js';
import { dateOf, dayStart, memberTime, officeTime, plus } from './demo-time.js';
import { prng } from './prng.js';

const OFFICE = 'admin';
const ISSUE_DAYS = [
  '2026-01-28',
  '2026-02-24',
  '2026-03-18',
  '2026-04-17',
  '2026-05-19',
  '2026-06-18',
  '2026-07-10',
  '2026-07-28',
  '2026-08-19',
  '2026-09-17',
  '2026-10-21',
  '2026-11-18',
];

type Author = { id: number; username: string };
type Rnd = ReturnType<typeof prng>;

/** The office's edit (核稿): a lead-in sentence, the suggestion set off, sometimes a unit named. */
function edited(body: string, rnd: Rnd): string {
  const [situation, suggestion] = body.split('\n建议');
  const lead = rnd.pick(['据委员调研了解，', '据群众反映，', '据了解，']);
  const tail = rnd.next() < 0.5 ? '建议由市有关部门牵头研究落实。' : '';
  return `${lead}${situation}\n为此建议：${suggestion}${tail}`;
}

export async function scheduleOpinionReports(run: SeedRun, cityId: number): Promise<void> {
  const db = run.d.platform.db;
  const rnd = prng(20261215);
  const office = run.d.as(OFFICE);
  const authors: Author[] = await db
    .selectFrom('users as u')
    .innerJoin('members as m', 'm.id', 'u.member_id')
    .select(['m.id', 'u.username'])
    .where('m.org_id', '=', cityId)
    .where('m.active', '=', 1)
    .where('u.active', '=', 1)
    .orderBy('m.id')
    .limit(40)
    .execute();
  if (authors.length < 3) return;
  let subject = 0;

  /** A report written by a member at `at`, its id kept in the returned box once sent. */
  const write = (at: number) => {
    const [title, situation, suggestion] = REPORT_SUBJECTS[subject++ % REPORT_SUBJECTS.length]!;
    const lead = rnd.pick(authors);
    const co = rnd.next() < 0.3 ? authors.filter((a) => a.id !== lead.id && rnd.next() < 0.06).slice(0, 2) : [];
    const body = `${situation}\n建议${suggestion}`;
    const box = { id: 0, title, body };
    run.d.at(memberTime(at, rnd), async () => {
      box.id = (
        await run.d.as(lead.username).post('/api/opinions/reports', {
          title,
          body,
          coAuthorIds: co.map((a) => a.id),
        })
      ).id as number;
    });
    return box;
  };
  const edit = (box: { id: number; title: string; body: string }, at: number) =>
    run.d.at(officeTime(at, rnd), async () => {
      await office.put(`/api/opinions/reports/${box.id}/text`, {
        title: box.title,
        body: edited(box.body, rnd),
        note: '核稿：规范表述，突出建议',
      });
    });
  const adopt = (box: { id: number }, at: number) =>
    run.d.at(officeTime(at, rnd), async () => {
      await office.post(`/api/opinions/reports/${box.id}/adopt`, { reason: '反映问题具体，建议可行' });
    });

  ISSUE_DAYS.forEach((day) => {
    const issueAt = dayStart(day);
    const count = 2 + rnd.int(0, 2);
    const boxes = Array.from({ length: count }, () => {
      const submitted = plus(issueAt, -rnd.int(14, 25));
      const box = write(submitted);
      if (rnd.next() < 0.7) edit(box, plus(submitted, rnd.int(1, 3)));
      adopt(box, plus(submitted, 5 + rnd.int(0, 3)));
      return box;
    });
    // Reports come in 14 to 25 days before their issue (the first issue is late in January, so
    // all are of 2026); the issue is composed two days before, filled and published on its day.
    let issue = 0;
    run.d.at(officeTime(plus(issueAt, -2), rnd), async () => {
      issue = (await office.post('/api/opinions/bulletins', { year: 2026 })).id as number;
      await office.put(`/api/opinions/bulletins/${issue}/items`, { reportIds: boxes.map((b) => b.id) });
    });
    run.d.at(officeTime(issueAt, rnd), async () => {
      await office.post(`/api/opinions/bulletins/${issue}/publish`);
    });
    // Four reports go up and get a leader's instruction (and, for three, what followed).
    for (const box of boxes) {
      const x = INSTRUCTIONS.find((y) => y.title === box.title);
      if (!x) continue;
      run.d.at(officeTime(plus(issueAt, 2), rnd), async () => {
        await office.post(`/api/opinions/reports/${box.id}/forwards`, {
          level: x.level,
          recipient: x.level === 'province' ? '省政协办公厅' : '市委办公室、市政府办公室',
          forwardedOn: day,
        });
      });
      let instruction = 0;
      const instructedAt = plus(issueAt, 12 + rnd.int(0, 6));
      run.d.at(officeTime(instructedAt, rnd), async () => {
        instruction = (
          await office.post(`/api/opinions/reports/${box.id}/instructions`, {
            leader: x.leader,
            level: x.level,
            instructedOn: dateOf(instructedAt),
            text: x.text,
          })
        ).id as number;
      });
      if (x.followUp)
        run.d.at(officeTime(plus(instructedAt, 40), rnd), async () => {
          await office.put(`/api/opinions/reports/${box.id}/instructions/${instruction}/follow-up`, {
            followUp: x.followUp,
          });
        });
    }
  });

  // Declined, through the year.
  for (const [k, day] of ['2026-04-02', '2026-07-15', '2026-10-09'].entries()) {
    const box = write(dayStart(day));
    run.d.at(officeTime(plus(dayStart(day), 4), rnd), async () => {
      await office.post(`/api/opinions/reports/${box.id}/reject`, { reason: REJECT_REASONS[k]! });
    });
  }
  // Late November: adopted and waiting for December's issue, being edited, just in.
  for (const day of ['2026-11-10', '2026-11-13']) {
    const box = write(dayStart(day));
    edit(box, plus(dayStart(day), 2));
    adopt(box, plus(dayStart(day), 8));
  }
  for (const day of ['2026-11-19', '2026-11-21']) edit(write(dayStart(day)), plus(dayStart(day), 3));
  for (const day of ['2026-11-24', '2026-11-25']) write(dayStart(day));

  // A report the proposals office sent over by converting a proposal: adopted.
  run.d.at(officeTime(run.end - 3 * DAY, rnd), async () => {
    const list = (await office.get('/api/opinions/reports?year=2026&status=submitted')) as Json[];
    const converted = list.find((r) => r.source === 'proposal');
    if (converted) await office.post(`/api/opinions/reports/${converted.id}/adopt`, {});
  });
}
