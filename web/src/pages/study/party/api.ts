// The party building page's types, read from the API's own description.
import type { ResponseOf } from '../../../api/paths';

export type DutyLists = ResponseOf<'/api/study/party/lists'>;
export type DutyListBlock = DutyLists['lists'][number];
export type DutyItem = DutyListBlock['items'][number];
export type PartyOrgs = ResponseOf<'/api/study/party/orgs'>;
export type PartyOrg = PartyOrgs['orgs'][number];
export type Liaison = ResponseOf<'/api/study/party/liaisons'>['liaisons'][number];
export type Coverage = ResponseOf<'/api/study/party/coverage'>;
export type RosterMember = ResponseOf<'/api/study/party/roster'>['members'][number];
export type CheckResult = NonNullable<DutyItem['latest']>['result'];
export type PartyRole = PartyOrg['members'][number]['role'];
export type PartyOrgKind = PartyOrg['kind'];
