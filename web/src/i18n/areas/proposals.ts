// The proposals texts load with the pages that use them (imported for this side effect), not with
// the app: a member's phone home carried their 7.4 KB for its menu labels alone (now the layout's).
import { addArea } from '..';
import { proposals } from '../messages/proposals';

addArea('proposals', proposals);
