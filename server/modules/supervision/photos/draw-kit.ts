// Shared pieces of the drawn field photos: a seeded random source (so a seed always gives the
// same photo), perspective (things further from the camera are higher up and smaller), and the
// shapes every outdoor scene uses — trees, people, clouds, shadows.
// Scenes are drawn on a 1600x1200 canvas; the photo's real size only changes the viewBox scale.
export const W = 1600;
export const H = 1200;

export type Rand = {
  next: () => number;
  range: (min: number, max: number) => number;
  int: (min: number, max: number) => number;
  pick: <T>(list: readonly T[]) => T;
};

export function seeded(seed: number): Rand {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    range: (min, max) => min + next() * (max - min),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)]!,
  };
}

/** Size factor of something standing on the ground at height y, for a horizon at `horizon`. */
export function depth(y: number, horizon: number): number {
  return Math.max(0.05, (y - horizon) / (H - horizon));
}

const n = (v: number) => v.toFixed(1);

export function skyGradient(id: string, top: string, bottom: string): string {
  return `<linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient>`;
}

export function cloud(r: Rand, cx: number, cy: number, size: number): string {
  const puffs: string[] = [];
  const count = r.int(4, 7);
  for (let i = 0; i < count; i++) {
    const x = cx + (i - count / 2) * size * 0.45 + r.range(-10, 10);
    const y = cy - r.range(0, size * 0.35);
    puffs.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(size * r.range(0.35, 0.6))}"/>`);
  }
  return `<g fill="#ffffff" opacity="${r.range(0.65, 0.9).toFixed(2)}">${puffs.join('')}</g>`;
}

export function shadow(x: number, y: number, w: number, h = w * 0.18): string {
  return `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(w / 2)}" ry="${n(h / 2)}" fill="#1d2a12" opacity="0.28"/>`;
}

const LEAF_GREENS = ['#2f6b2a', '#3d7d31', '#4a8a3a', '#2a5e2f', '#5b9441', '#386f3c'];

/** A broadleaf tree standing at (x, y) (its foot), scale s. */
export function tree(r: Rand, x: number, y: number, s: number): string {
  const h = 330 * s * r.range(0.8, 1.25);
  const trunkW = 22 * s;
  const crownR = h * 0.36;
  const base = r.pick(LEAF_GREENS);
  const parts = [shadow(x + crownR * 0.3, y, crownR * 2.2, crownR * 0.35)];
  parts.push(
    `<path d="M${n(x - trunkW / 2)},${n(y)} L${n(x - trunkW * 0.3)},${n(y - h * 0.6)} L${n(x + trunkW * 0.3)},${n(y - h * 0.6)} L${n(x + trunkW / 2)},${n(y)} Z" fill="#5a4030"/>`,
  );
  const blobs = r.int(6, 10);
  for (let i = 0; i < blobs; i++) {
    const a = (i / blobs) * Math.PI * 2;
    const bx = x + Math.cos(a) * crownR * r.range(0.3, 0.7);
    const by = y - h * 0.68 + Math.sin(a) * crownR * r.range(0.25, 0.55);
    parts.push(
      `<circle cx="${n(bx)}" cy="${n(by)}" r="${n(crownR * r.range(0.45, 0.7))}" fill="${r.pick(LEAF_GREENS)}"/>`,
    );
  }
  // Light from the upper left: a paler patch on the crown.
  parts.push(
    `<circle cx="${n(x - crownR * 0.3)}" cy="${n(y - h * 0.8)}" r="${n(crownR * 0.45)}" fill="#8fc060" opacity="0.35"/>`,
    `<circle cx="${n(x)}" cy="${n(y - h * 0.68)}" r="${n(crownR * 0.5)}" fill="${base}" opacity="0.5"/>`,
  );
  return `<g>${parts.join('')}</g>`;
}

const SHIRTS = ['#c0392b', '#2e86c1', '#f4f6f7', '#1c2833', '#d68910', '#7d3c98', '#17a589', '#e59866'];
const TROUSERS = ['#1c2833', '#34495e', '#5d6d7e', '#273746', '#7b7d7d'];

/** A person seen from afar, feet at (x, y), scale s; `helmet` for workers on a building site. */
export function person(r: Rand, x: number, y: number, s: number, helmet?: string): string {
  const h = 170 * s * r.range(0.9, 1.08);
  const w = h * 0.26;
  const shirt = r.pick(SHIRTS);
  const legs = r.pick(TROUSERS);
  const head = h * 0.075;
  const stride = r.range(-0.08, 0.08) * h;
  const hairOrHat = helmet
    ? `<path d="M${n(x - head * 1.15)},${n(y - h + head * 1.7)} A${n(head * 1.15)},${n(head * 1.1)} 0 0 1 ${n(x + head * 1.15)},${n(y - h + head * 1.7)} Z" fill="${helmet}"/>`
    : `<path d="M${n(x - head)},${n(y - h + head * 1.9)} A${n(head)},${n(head)} 0 0 1 ${n(x + head)},${n(y - h + head * 1.9)} Z" fill="#1b1b1b"/>`;
  return `<g>${shadow(x + w * 0.4, y, w * 2.2, w * 0.4)}
<path d="M${n(x - w * 0.3)},${n(y - h * 0.47)} L${n(x - w * 0.25 - stride)},${n(y)} L${n(x - w * 0.05 - stride)},${n(y)} L${n(x)},${n(y - h * 0.3)} L${n(x + w * 0.05 + stride)},${n(y)} L${n(x + w * 0.25 + stride)},${n(y)} L${n(x + w * 0.3)},${n(y - h * 0.47)} Z" fill="${legs}"/>
<rect x="${n(x - w / 2)}" y="${n(y - h * 0.82)}" width="${n(w)}" height="${n(h * 0.38)}" rx="${n(w * 0.3)}" fill="${shirt}"/>
<circle cx="${n(x)}" cy="${n(y - h + head * 1.9)}" r="${n(head)}" fill="#e0b493"/>${hairOrHat}</g>`;
}

/** Rows of grey bars standing for printed lines (fonts are not guaranteed on the server). */
export function textLines(
  x: number,
  y: number,
  w: number,
  lineH: number,
  lines: number,
  colour: string,
  r: Rand,
): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const lw = w * (i === lines - 1 ? r.range(0.4, 0.7) : r.range(0.8, 1));
    out.push(
      `<rect x="${n(x)}" y="${n(y + i * lineH * 1.7)}" width="${n(lw)}" height="${n(lineH)}" fill="${colour}"/>`,
    );
  }
  return out.join('');
}

export { n as fmt };
