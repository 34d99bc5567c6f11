// `lvzhi consensus-analyse <dir>`: runs the consensus engine on a conversation exported from
// Polis (comments.csv with votes.csv, or participants-votes.csv when votes.csv is absent; each
// may be gzipped as <name>.csv.gz) without a database, and prints the groups, the common ground
// and the representative statements as JSON. This is how the engine is checked against Polis.
import { analyse, analysisSummary, readPolisExport } from '../platform/consensus/index.js';
import { parseArgs } from './args.js';
import type { Command } from './commands.js';
import { readExportFile } from './polis-files.js';

const USAGE = 'usage: lvzhi consensus-analyse <dir>  (comments.csv and votes.csv or participants-votes.csv)';

export const consensusAnalyseCommand: Command = {
  summary:
    'analyse a Polis export folder (no database): print groups, common ground and representative statements as JSON',
  async run(args) {
    const { positional } = parseArgs(args);
    const dir = positional[0];
    if (!dir || positional.length > 1) {
      process.stderr.write(`${USAGE}\n`);
      return 2;
    }
    try {
      const comments = await readExportFile(dir, 'comments.csv');
      if (comments === null) {
        process.stderr.write(`${dir}: comments.csv not found\n${USAGE}\n`);
        return 2;
      }
      const votes = await readExportFile(dir, 'votes.csv');
      const participantsVotes = votes === null ? await readExportFile(dir, 'participants-votes.csv') : null;
      if (votes === null && participantsVotes === null) {
        process.stderr.write(`${dir}: neither votes.csv nor participants-votes.csv found\n`);
        return 2;
      }
      const conversation = readPolisExport({ comments, votes, participantsVotes });
      const analysis = analyse({ matrix: conversation.matrix, moderatedOut: conversation.moderatedOut });
      process.stdout.write(`${JSON.stringify(analysisSummary(analysis))}\n`);
      return 0;
    } catch (e) {
      process.stderr.write(`${dir}: ${(e as Error).message}\n`);
      return 1;
    }
  },
};
