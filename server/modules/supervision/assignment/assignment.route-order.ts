// A member's list in an order he can walk without a map: his own district first (closest to
// home or work), then the other districts by name in pinyin order, and within a district by
// address (addresses on one road sort together) then name. Objects without a district or an
// address come after those with one. Ties end on the id, so the order never changes between
// two loads of the same list.

export interface RouteStop {
  id: number;
  name: string;
  district: string | null;
  address?: string | null;
}

const pinyin = new Intl.Collator('zh-CN', { numeric: true }).compare;

/** Nulls (and empty strings) last, then the collator. */
function compareText(a: string | null | undefined, b: string | null | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  return pinyin(a, b);
}

export function routeOrder<T extends RouteStop>(objects: readonly T[], assigneeDistrict: string | null): T[] {
  const home = (o: T) => (assigneeDistrict !== null && o.district === assigneeDistrict ? 0 : 1);
  return [...objects].sort(
    (a, b) =>
      home(a) - home(b) ||
      compareText(a.district, b.district) ||
      compareText(a.address, b.address) ||
      compareText(a.name, b.name) ||
      a.id - b.id,
  );
}
