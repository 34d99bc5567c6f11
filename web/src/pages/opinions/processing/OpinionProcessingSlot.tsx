// The processing panel of the office's opinion page (OpinionPage): classification, group,
// routing and answers. Processing fills this in; until then it shows nothing.
export function OpinionProcessingSlot(_props: { opinionId: number }) {
  return null;
}
