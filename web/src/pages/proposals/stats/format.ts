// A rate (0..1) as a percentage with one decimal, or a dash when there is nothing to rate.
export const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
