// The proposalsHandling texts load with the pages that use them (imported for this side effect), not with the app.
import { addArea } from '..';
import { proposalsHandling } from '../messages/proposalsHandling';

addArea('proposalsHandling', proposalsHandling);
