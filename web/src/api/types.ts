// Shapes the server returns (kept in step with the zod schemas in server/).
export interface OrgSummary {
  id: number;
  parentId: number | null;
  name: string;
  shortName: string;
  level: 'province' | 'city' | 'county';
}

export interface Me {
  user: {
    id: number;
    username: string;
    displayName: string;
    roles: string[];
    orgId: number;
    memberId: number | null;
    unitId: number | null;
    leaderTitle: string | null;
    totpEnabled: boolean;
    phoneMasked: string | null;
  };
  currentOrg: OrgSummary;
  orgs: OrgSummary[];
  permissions: string[];
  mustChangePassword: boolean;
  mfaState: 'ok' | 'pending' | 'enroll';
  csrfToken: string;
}

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface JobStatus {
  id: number;
  kind: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  progress: number;
  total: number;
  message: string | null;
  result: unknown;
}
