// Every query of the "four jointly" topics and their stages (and the research reports that came
// of a topic, read for its page).
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../../../db/tx.js';
import type { TopicStage, WorkplanTopicStagesTable, WorkplanTopicsTable } from '../../../db/tables/workplan.js';

export function createTopicRepo() {
  return {
    get: (db: Db, id: number) => db.selectFrom('workplan_topics').selectAll().where('id', '=', id).executeTakeFirst(),
    list: (db: Db, orgId: number, f: { year?: number; stage?: TopicStage }) => {
      let q = db
        .selectFrom('workplan_topics as t')
        .leftJoin('workplan_topic_stages as s', (j) =>
          j.onRef('s.topic_id', '=', 't.id').onRef('s.stage', '=', 't.stage'),
        )
        .selectAll('t')
        .select('s.starts_on as stage_since')
        .where('t.org_id', '=', orgId);
      if (f.year !== undefined) q = q.where('t.year', '=', f.year);
      if (f.stage) q = q.where('t.stage', '=', f.stage);
      return q.orderBy('t.year', 'desc').orderBy('t.id').execute();
    },
    insert: async (db: Db, row: Insertable<WorkplanTopicsTable>) =>
      (await db.insertInto('workplan_topics').values(row).returning('id').executeTakeFirstOrThrow()).id,
    update: (db: Db, id: number, set: Updateable<WorkplanTopicsTable>) =>
      db.updateTable('workplan_topics').set(set).where('id', '=', id).execute(),

    stages: (db: Db, topicId: number) =>
      db
        .selectFrom('workplan_topic_stages')
        .selectAll()
        .where('topic_id', '=', topicId)
        .orderBy('starts_on')
        .orderBy('id')
        .execute(),
    insertStage: async (db: Db, row: Insertable<WorkplanTopicStagesTable>) =>
      (await db.insertInto('workplan_topic_stages').values(row).returning('id').executeTakeFirstOrThrow()).id,
    closeStage: (db: Db, id: number, endsOn: string) =>
      db.updateTable('workplan_topic_stages').set({ ends_on: endsOn }).where('id', '=', id).execute(),
    stageTopic: (db: Db, stageId: number) =>
      db
        .selectFrom('workplan_topic_stages as s')
        .innerJoin('workplan_topics as t', 't.id', 's.topic_id')
        .select(['t.id', 't.org_id'])
        .where('s.id', '=', stageId)
        .executeTakeFirst(),

    reports: (db: Db, topicId: number) =>
      db
        .selectFrom('workplan_reports as r')
        .select((eb) => [
          'r.id',
          'r.title',
          eb
            .selectFrom('workplan_recommendations as x')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('x.report_id', '=', 'r.id')
            .as('recommendations'),
        ])
        .where('r.topic_id', '=', topicId)
        .orderBy('r.id')
        .execute(),

    /** The recommendations of the topic's reports, for the topic's Word report. */
    recommendations: (db: Db, topicId: number) =>
      db
        .selectFrom('workplan_recommendations as x')
        .innerJoin('workplan_reports as r', 'r.id', 'x.report_id')
        .leftJoin('handling_units as hu', 'hu.id', 'x.unit_id')
        .select([
          'x.report_id',
          'x.title',
          'x.metric',
          'x.target',
          'x.actions',
          'x.accountable_person',
          'x.due_on',
          'x.status',
          'x.answer_kind',
          'hu.name as unit_name',
        ])
        .where('r.topic_id', '=', topicId)
        .orderBy('x.report_id')
        .orderBy('x.id')
        .execute(),
  };
}

export type TopicRepo = ReturnType<typeof createTopicRepo>;
export type TopicRow = NonNullable<Awaited<ReturnType<TopicRepo['get']>>>;
