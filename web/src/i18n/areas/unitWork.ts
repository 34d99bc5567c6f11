// The unitWork texts load with the pages that use them (imported for this side effect), not with the app.
import { addArea } from '..';
import { unitWork } from '../messages/unitWork';

addArea('unitWork', unitWork);
