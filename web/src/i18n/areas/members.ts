// The members texts load with the pages that use them (imported for this side effect), not with the app.
import { addArea } from '..';
import { members } from '../messages/members';

addArea('members', members);
