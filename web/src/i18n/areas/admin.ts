// The admin texts load with the pages that use them (imported for this side effect), not with the app.
import { addArea } from '..';
import { admin } from '../messages/admin';

addArea('admin', admin);
