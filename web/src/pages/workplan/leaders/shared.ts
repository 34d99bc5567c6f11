// Leader engagement's shapes (from the OpenAPI document), value lists and the texts they load.
import { valuesOf } from '../../../api/models';
import type { ResponseOf } from '../../../api/paths';
import '../../../i18n/areas/workplan-engagement';

export type Figures = ResponseOf<'/api/workplan/leaders/figures'>;
export type Visit = ResponseOf<'/api/workplan/leaders/visits'>[number];
export type Instruction = ResponseOf<'/api/workplan/leaders/instructions'>[number];
export type OpinionRequest = ResponseOf<'/api/workplan/leaders/requests'>[number];
export type LeaderRole = Visit['role'];
export type Adoption = NonNullable<OpinionRequest['adoption']>;

export const LEADER_ROLES = valuesOf<LeaderRole>()(['party_secretary', 'mayor', 'other']);
export const ADOPTIONS = valuesOf<Adoption>()(['adopted', 'partly', 'declined']);
