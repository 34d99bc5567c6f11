// What the roster tells its members' accounts: a member who leaves the committee can no
// longer sign in, and a member's new phone number (edited by the office or an approved
// change request) becomes the number he signs in with. Called by the members module in
// the transaction of the roster change.
import type { Db } from '../../db/tx.js';
import type { AuditLog, AuditWho } from '../../platform/audit/audit-log.js';
import { maskPhone, normalizePhone, type PersonalDataCipher } from '../../platform/crypto/personal-data.js';

export interface MemberAccountLinks {
  /** Deactivates the member's accounts and ends their sessions; returns how many accounts. */
  memberDeactivated(trx: Db, who: AuditWho, memberId: number): Promise<number>;
  /** Moves the member's accounts to the new phone (or clears it); a number another account uses is left alone and noted. */
  memberPhoneChanged(trx: Db, who: AuditWho, memberId: number, phone: string | null): Promise<void>;
}

export function createMemberAccountLinks(deps: {
  cipher: PersonalDataCipher;
  audit: AuditLog;
  clock: { now(): Date };
}): MemberAccountLinks {
  const { cipher, audit, clock } = deps;
  const accountsOf = (trx: Db, memberId: number) =>
    trx
      .selectFrom('users')
      .select(['id', 'org_id', 'active', 'phone_bidx'])
      .where('member_id', '=', memberId)
      .execute();

  return {
    async memberDeactivated(trx, who, memberId) {
      let count = 0;
      for (const u of await accountsOf(trx, memberId)) {
        if (u.active !== 1) continue;
        await trx
          .updateTable('users')
          .set({ active: 0, updated_at: clock.now().toISOString() })
          .where('id', '=', u.id)
          .execute();
        await trx.deleteFrom('auth_sessions').where('user_id', '=', u.id).execute();
        await audit.append(trx, who, {
          action: 'user.deactivate',
          objectType: 'user',
          objectId: u.id,
          orgId: u.org_id,
          detail: { reason: 'member_deactivated', memberId },
        });
        count++;
      }
      return count;
    },

    async memberPhoneChanged(trx, who, memberId, raw) {
      const phone = raw ? normalizePhone(raw) : null;
      const bidx = phone ? cipher.blindIndex('phone', phone) : null;
      for (const u of await accountsOf(trx, memberId)) {
        if (u.phone_bidx === bidx) continue;
        const taken =
          bidx &&
          (await trx
            .selectFrom('users')
            .select('id')
            .where('phone_bidx', '=', bidx)
            .where('id', '!=', u.id)
            .executeTakeFirst());
        if (taken) {
          await audit.append(trx, who, {
            action: 'user.phone_not_synced',
            objectType: 'user',
            objectId: u.id,
            orgId: u.org_id,
            result: 'failed',
            detail: { memberId, reason: 'phone_taken' },
          });
          continue;
        }
        await trx
          .updateTable('users')
          .set({
            phone_enc: phone ? cipher.encrypt(phone) : null,
            phone_bidx: bidx,
            phone_masked: phone ? maskPhone(phone) : null,
            updated_at: clock.now().toISOString(),
          })
          .where('id', '=', u.id)
          .execute();
        await audit.append(trx, who, {
          action: 'user.phone_sync',
          objectType: 'user',
          objectId: u.id,
          orgId: u.org_id,
          detail: { memberId, phone: phone ? maskPhone(phone) : null },
        });
      }
    },
  };
}
