// The roster's value lists (in display order; valuesOf checks each against the enum of the
// server's OpenAPI document), the result of an import job, and the polling of a job.
import { valuesOf, type ContactField, type JobStatus, type PartyCode } from '../../api/models';
import { useApiQuery } from '../../api/query';

export const PARTY_CODES = valuesOf<PartyCode>()([
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
]);

export const CONTACT_FIELDS = valuesOf<ContactField>()([
  'phone',
  'email',
  'address',
  'postalCode',
  'workUnit',
  'jobTitle',
]);

// The one shape the document cannot give: /api/jobs/{id} serves every kind of job, so it
// declares a job's result as unknown. This is the roster import's (ImportResult in
// server/modules/members/import/import.service.ts).
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

const finished = (job: JobStatus | undefined) => job?.status === 'done' || job?.status === 'failed';

/** Polls /api/jobs/:id until the job is done or failed (a failed poll is tried again on the next tick). */
export function useJob(jobId: number | null, intervalMs = 500): JobStatus | null {
  const job = useApiQuery('/api/jobs/{id}', jobId ? { path: { id: jobId } } : null, {
    refetchInterval: (query) => (finished(query.state.data) ? false : intervalMs),
    retry: false,
  });
  return jobId ? (job.data ?? null) : null;
}
