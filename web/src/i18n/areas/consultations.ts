// The consultations texts load with the pages that use them (imported for this side effect), not with the app.
import { addArea } from '..';
import { consultations } from '../messages/consultations';

addArea('consultations', consultations);
