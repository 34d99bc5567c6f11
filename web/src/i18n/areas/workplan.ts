// The work plan's texts load with its pages (imported for this side effect), not with the app.
import { addArea } from '..';
import { workplan } from '../messages/workplan';

addArea('wp', workplan);
