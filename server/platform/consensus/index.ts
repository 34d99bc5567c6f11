// Consensus mapping (issue 18): opinion groups, representative statements and common ground
// from agree / disagree / pass votes, following Polis's published method. Pure: no database,
// no clock; the consultation module feeds it votes and stores the state it hands back.
export { analyse, type Analysis, type AnalysisInput, type AnalysisState } from './analyse.js';
export { adjustedRandIndex } from './ari.js';
export { type KSmoother, K_BUFFER, smoothK } from './groups.js';
export { type PolisConversation, readParticipantsVotes, readPolisExport, readVoteStream } from './polis-export.js';
export { POLL_INTERVAL_MS, type ReplayOptions, replayVotes, type TimedVote } from './replay.js';
export type { ConsensusStatement, RepStatement } from './repness.js';
export { type VoteMatrix, VoteMatrixBuilder, type VoteValue } from './vote-matrix.js';
export { analysisSummary, type AnalysisSummary } from './summary.js';
