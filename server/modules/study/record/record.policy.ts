// Who reads a learning record: a member his own (through his account's member link); the study
// office and leaders any member of the organisations they see. Another's record is missing (404).
import { can } from '../../../platform/access/actor.js';
import { abilities } from '../../../platform/access/rulebook.js';

export const recordAccess = abilities({
  studyRecordMine: (a) => can(a, 'study.learn'),
  studyRecordOfMember: (a) => can(a, 'study.manage') || can(a, 'study.read_all'),
});
