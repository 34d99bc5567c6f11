// Shapes of the roster API (kept in step with server/modules/members/members.schema.ts)
// and the polling of a background job's progress.
import { useEffect, useState } from 'react';
import { http } from '../../api/client';
import type { JobStatus } from '../../api/types';

export const PARTY_CODES = [
  'cpc',
  'rck',
  'cdl',
  'cdnca',
  'capd',
  'cpwdp',
  'czgp',
  'jiusan',
  'tdsgl',
  'nonparty',
] as const;

export interface MemberItem {
  id: number;
  orgId: number;
  termId: number;
  name: string;
  pinyin: string;
  gender: 'male' | 'female';
  ethnicity: string;
  birthDate: string | null;
  sectorId: number;
  sectorName: string;
  committeeId: number | null;
  committeeName: string | null;
  groupId: number | null;
  groupName: string | null;
  party: string;
  workUnit: string | null;
  jobTitle: string | null;
  isNew: boolean;
  email: string | null;
  phoneMasked: string | null;
  idNumberMasked: string | null;
  active: boolean;
  version: number;
}

export interface MemberDetail extends MemberItem {
  termName: string;
  address: string | null;
  postalCode: string | null;
  deactivatedAt: string | null;
  deactivationReason: string | null;
  createdAt: string;
  updatedAt: string;
  can: { edit: boolean; unmask: boolean };
}

export type ContactField = 'phone' | 'email' | 'address' | 'postalCode' | 'workUnit' | 'jobTitle';
export const CONTACT_FIELDS: ContactField[] = ['phone', 'email', 'address', 'postalCode', 'workUnit', 'jobTitle'];
export type ContactValues = Partial<Record<ContactField, string | null>>;

export interface ContactChange {
  id: number;
  memberId: number;
  memberName: string;
  sectorName: string;
  fields: ContactField[];
  changes: ContactValues;
  current: ContactValues;
  status: 'pending' | 'approved' | 'rejected';
  createdAt: string;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface MyRecord {
  member: Omit<MemberDetail, 'can'> & { phone: string | null };
  pendingChange: ContactChange | null;
}

export interface ImportProblem {
  row: number;
  column: string;
  value?: string;
  message: string;
}

export interface ImportResult {
  committed: boolean;
  termId: number;
  termName: string;
  rows: number;
  validRows: number;
  badRows: number;
  imported: number;
  problemCount: number;
  problems: ImportProblem[];
  truncated: boolean;
}

/** Polls /api/jobs/:id until the job is done or failed. */
export function useJob(jobId: number | null, intervalMs = 500): JobStatus | null {
  const [status, setStatus] = useState<JobStatus | null>(null);
  useEffect(() => {
    setStatus(null);
    if (!jobId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const poll = async () => {
      try {
        const s = await http.get<JobStatus>(`/api/jobs/${jobId}`);
        if (stopped) return;
        setStatus(s);
        if (s.status === 'done' || s.status === 'failed') return;
      } catch {
        // A dropped poll is retried on the next tick.
      }
      if (!stopped) timer = setTimeout(poll, intervalMs);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [jobId, intervalMs]);
  return status;
}
