// Strategic themes' and leader engagement's texts load with their pages (imported for this side
// effect), not with the app.
import { addArea } from '..';
import { workplanEngagement } from '../messages/workplan-engagement';

addArea('wpe', workplanEngagement);
