// Columns the opinions' intake adds to the core tables (migration 202612130050_opinion_intake).
export interface OpinionIntakeTables {
  opinion_campaigns: {
    /** Signs the public form's challenges; made when the form is first turned on. */
    challenge_secret: string | null;
  };
}
