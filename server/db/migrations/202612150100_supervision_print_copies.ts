// A visit photo's print-size copy (made at upload by platform/files), so the album copies its
// bytes instead of decoding the phone's 12-megapixel JPEG. Null for photos uploaded before, and
// for any without a copy: the album scales those itself.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('supervision_visit_photos').addColumn('print_file_id', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('supervision_visit_photos').dropColumn('print_file_id').execute();
}
