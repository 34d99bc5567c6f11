// `lvzhi import-polis <dir> --org-id N [--title T]`: a conversation exported from Polis
// (comments.csv with votes.csv, or participants-votes.csv when votes.csv is absent; each may be
// gzipped) imported as a closed consultation of the organisation, analysed once. Prints its id.
import { basename } from 'node:path';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { migrateToLatest } from '../db/migrate.js';
import { createPolisImport } from '../modules/consultations/index.js';
import { parseArgs, stringFlag } from './args.js';
import type { Command } from './commands.js';
import { readExportFile } from './polis-files.js';

const USAGE = 'usage: lvzhi import-polis <dir> --org-id <id> [--title <title>]';

export const importPolisCommand: Command = {
  summary: 'import a Polis export folder as a closed consultation of an organisation, and analyse it',
  async run(args) {
    const { flags, positional } = parseArgs(args);
    const dir = positional[0];
    const orgId = Number(stringFlag(flags, 'org-id'));
    if (!dir || positional.length > 1 || !Number.isInteger(orgId) || orgId <= 0) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    const comments = await readExportFile(dir, 'comments.csv');
    const votes = await readExportFile(dir, 'votes.csv');
    const participantsVotes = votes === null ? await readExportFile(dir, 'participants-votes.csv') : null;
    if (comments === null || (votes === null && participantsVotes === null)) {
      process.stderr.write(`${dir}: comments.csv and votes.csv or participants-votes.csv are needed\n${USAGE}\n`);
      return 2;
    }
    const { app, platform } = await buildApp(loadConfig(), { logger: false, webDir: null });
    try {
      await migrateToLatest(platform.db);
      if (!(await platform.orgTree.get(orgId))) {
        process.stderr.write(`organisation ${orgId} does not exist\n`);
        return 2;
      }
      const title = stringFlag(flags, 'title') ?? `Polis: ${basename(dir)}`;
      const done = await createPolisImport(platform).importPolis(orgId, title, { comments, votes, participantsVotes });
      process.stdout.write(
        `imported consultation ${done.id}: ${done.statements} statements, ${done.participants} participants\n`,
      );
      return 0;
    } catch (e) {
      process.stderr.write(`${dir}: ${(e as Error).message}\n`);
      return 1;
    } finally {
      await app.close();
    }
  },
};
