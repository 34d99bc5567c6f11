// Reading and changing an organisation's proposal settings; a change is audited.
import { inTransaction, type Db } from '../../../db/tx.js';
import type { Actor } from '../../../platform/access/actor.js';
import type { AuditLog } from '../../../platform/audit/audit-log.js';
import type { Clock } from '../../../platform/clock.js';
import { settingsAccess } from './settings.policy.js';
import { loadSettings, saveSettings } from './settings.repo.js';
import type { ProposalSettings } from './settings.schema.js';

export function createSettingsService(deps: { db: Db; audit: AuditLog; clock: Clock }) {
  const { db, audit, clock } = deps;
  return {
    /** The settings of the organisation the actor is viewing. */
    get: (actor: Actor) => loadSettings(db, actor.currentOrgId),

    /** The office changes its own organisation's settings. */
    async save(actor: Actor, input: ProposalSettings): Promise<ProposalSettings> {
      settingsAccess.require(actor, 'editSettings');
      await inTransaction(db, async (trx) => {
        await saveSettings(trx, actor.orgId, input, clock.now().toISOString());
        await audit.append(trx, actor, {
          action: 'proposal_settings.update',
          objectType: 'organisation',
          objectId: actor.orgId,
          orgId: actor.orgId,
        });
      });
      return loadSettings(db, actor.orgId);
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
