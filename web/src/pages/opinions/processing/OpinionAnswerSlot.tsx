// The answer panel of a member's own opinion (MyOpinionPage). Processing fills this in: the
// department's answer returned to the submitter. Until then it shows nothing.
export function OpinionAnswerSlot(_props: { opinionId: number }) {
  return null;
}
