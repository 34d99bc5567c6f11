// Guests of a meeting (experts, grassroots representatives, units' representatives, the
// public): invitations with no member record. The name and affiliation columns came with the
// table; this adds the kind of guest, the unit that sent him, and his phone sealed at rest
// (the encrypted value and the masked copy, as the roster keeps a member's phone).
import type { Kysely } from 'kysely';

const COLUMNS = ['guest_kind', 'guest_unit', 'guest_phone_enc', 'guest_phone_masked'] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const c of COLUMNS) await db.schema.alterTable('meeting_invitations').addColumn(c, 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const c of [...COLUMNS].reverse()) await db.schema.alterTable('meeting_invitations').dropColumn(c).execute();
}
