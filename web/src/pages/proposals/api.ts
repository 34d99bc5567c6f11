// The value lists of the proposals pages (in display order; valuesOf checks each against the
// enum of the server's OpenAPI document) and the few calls several pages share.
import { api, apiUrl } from '../../api/client';
import { valuesOf, type FileSummary, type ProposalKind, type ProposalState, type ResultClass } from '../../api/models';
import type { BodyOf, PathsWith, ResponseOf } from '../../api/paths';

export const PROPOSAL_STATES = valuesOf<ProposalState>()([
  'draft',
  'submitted',
  'returned',
  'withdrawn',
  'rejected',
  'converted',
  'merged',
  'accepted',
  'assigned',
  'handling',
  'replied',
  'closed',
]);
export const PROPOSAL_KINDS = valuesOf<ProposalKind>()(['individual', 'joint', 'collective']);
export const RESULT_CLASSES = valuesOf<ResultClass>()(['A', 'B', 'C', 'D']);

/** The workflow steps: POST /api/proposals/{id}/<step> with no other placeholder. */
export type StepName = {
  [P in PathsWith<'post'>]: P extends `/api/proposals/{id}/${infer A}`
    ? A extends `${string}{${string}`
      ? never
      : A
    : never;
}[PathsWith<'post'>];
type StepPath<A extends StepName> = Extract<`/api/proposals/{id}/${A}`, PathsWith<'post'>>;
type StepBody<A extends StepName> = BodyOf<StepPath<A>, 'post'>;

/** One workflow step; answers with the proposal as it is afterwards. */
export function step<A extends StepName>(
  id: number,
  action: A,
  ...[body]: Record<never, never> extends StepBody<A> ? [body?: StepBody<A>] : [body: StepBody<A>]
): Promise<ResponseOf<StepPath<A>, 'post'>> {
  const post = api.post as (path: string, options: object) => Promise<ResponseOf<StepPath<A>, 'post'>>;
  return post(`/api/proposals/{id}/${action}`, { path: { id }, body });
}

export const fileUrl = (f: Pick<FileSummary, 'id'>, inline = false) =>
  apiUrl('/api/files/{id}', { path: { id: f.id }, query: inline ? { inline: '1' } : {} });
