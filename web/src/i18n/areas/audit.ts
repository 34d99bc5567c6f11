// The audit texts load with the pages that use them (imported for this side effect), not with the app.
import { addArea } from '..';
import { audit } from '../messages/audit';

addArea('audit', audit);
