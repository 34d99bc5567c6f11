// Two outdoor city scenes: a street with shops, cars and people, and a building site behind
// its hoarding with a tower crane and workers in helmets.
import { cloud, depth, fmt as n, H, person, type Rand, shadow, skyGradient, textLines, tree, W } from './draw-kit.js';

const FACADES = ['#d9cbb5', '#c7b299', '#b8c4cc', '#e3ddd3', '#a9a39a', '#cfc2ad'];
const CARS = ['#f4f6f7', '#1c2833', '#922b21', '#2e4053', '#7f8c8d', '#b9770e'];

function sky(r: Rand, horizon: number): string {
  const parts = [
    `<defs>${skyGradient('sky', r.pick(['#6a9fd4', '#7fb0de', '#9fb8c9']), '#eef2f4')}</defs>`,
    `<rect width="${W}" height="${H}" fill="url(#sky)"/>`,
  ];
  for (let i = r.int(1, 4); i > 0; i--)
    parts.push(cloud(r, r.range(0, W), r.range(50, horizon - 250), r.range(40, 90)));
  return parts.join('');
}

function windows(r: Rand, x: number, y: number, w: number, h: number, cols: number, rows: number): string {
  const out: string[] = [];
  const cw = w / cols;
  const rh = h / rows;
  for (let i = 0; i < cols; i++)
    for (let j = 0; j < rows; j++)
      out.push(
        `<rect x="${n(x + i * cw + cw * 0.18)}" y="${n(y + j * rh + rh * 0.2)}" width="${n(cw * 0.64)}" height="${n(rh * 0.55)}" fill="${r.next() < 0.2 ? '#dfe9ef' : '#5b7183'}"/>`,
      );
  return out.join('');
}

function car(r: Rand, x: number, y: number, s: number): string {
  const w = 260 * s;
  const h = 90 * s;
  const c = r.pick(CARS);
  return `<g>${shadow(x, y, w * 1.1, h * 0.35)}
<rect x="${n(x - w / 2)}" y="${n(y - h * 0.75)}" width="${n(w)}" height="${n(h * 0.55)}" rx="${n(h * 0.2)}" fill="${c}"/>
<path d="M${n(x - w * 0.3)},${n(y - h * 0.74)} L${n(x - w * 0.18)},${n(y - h * 1.15)} L${n(x + w * 0.2)},${n(y - h * 1.15)} L${n(x + w * 0.34)},${n(y - h * 0.74)} Z" fill="${c}"/>
<path d="M${n(x - w * 0.24)},${n(y - h * 0.78)} L${n(x - w * 0.15)},${n(y - h * 1.08)} L${n(x + w * 0.18)},${n(y - h * 1.08)} L${n(x + w * 0.28)},${n(y - h * 0.78)} Z" fill="#3d4f5c"/>
<circle cx="${n(x - w * 0.3)}" cy="${n(y - h * 0.2)}" r="${n(h * 0.22)}" fill="#1a1a1a"/>
<circle cx="${n(x + w * 0.3)}" cy="${n(y - h * 0.2)}" r="${n(h * 0.22)}" fill="#1a1a1a"/></g>`;
}

export function streetScene(r: Rand): string {
  const horizon = r.range(520, 600);
  const vx = W / 2 + r.range(-200, 200); // vanishing point
  const parts = [sky(r, horizon)];
  // Buildings on both sides, receding to the vanishing point.
  for (const side of [-1, 1]) {
    let x = side < 0 ? 0 : W;
    while (side < 0 ? x < vx - 120 : x > vx + 120) {
      const bw = r.range(120, 260) * (Math.abs(x - vx) / (W / 2)) + 40;
      const bh = r.range(250, 520) * (Math.abs(x - vx) / (W / 2)) + 80;
      const left = side < 0 ? x : x - bw;
      const base = horizon + 30 * (Math.abs(x - vx) / (W / 2));
      parts.push(
        `<rect x="${n(left)}" y="${n(base - bh)}" width="${n(bw)}" height="${n(bh)}" fill="${r.pick(FACADES)}"/>`,
      );
      parts.push(windows(r, left, base - bh, bw, bh * 0.75, r.int(3, 6), r.int(4, 9)));
      // A shop sign above the ground floor.
      parts.push(
        `<rect x="${n(left + bw * 0.08)}" y="${n(base - bh * 0.2)}" width="${n(bw * 0.84)}" height="${n(bh * 0.07)}" fill="${r.pick(['#b03a2e', '#1f618d', '#1e8449', '#7d6608'])}"/>`,
      );
      x -= side * bw; // left side walks right, right side walks left
    }
  }
  // Pavements and the road converging on the vanishing point.
  parts.push(
    `<path d="M0,${H} L0,${n(horizon + 80)} L${n(vx - 30)},${n(horizon)} L${n(vx + 30)},${n(horizon)} L${W},${n(horizon + 80)} L${W},${H} Z" fill="#a7a39b"/>`,
  );
  parts.push(
    `<path d="M${n(W * 0.12)},${H} L${n(vx - 12)},${n(horizon)} L${n(vx + 12)},${n(horizon)} L${n(W * 0.88)},${H} Z" fill="#55585c"/>`,
  );
  for (let k = 0; k < 8; k++) {
    const t0 = k / 8;
    const t1 = t0 + 0.05;
    const y0 = horizon + (H - horizon) * t0 * t0;
    const y1 = horizon + (H - horizon) * t1 * t1;
    const w0 = 2 + 10 * t0;
    const w1 = 2 + 10 * t1;
    parts.push(
      `<path d="M${n(vx - w0 / 2)},${n(y0)} L${n(vx + w0 / 2)},${n(y0)} L${n(vx + w1 / 2)},${n(y1)} L${n(vx - w1 / 2)},${n(y1)} Z" fill="#f2f2f2"/>`,
    );
  }
  type Thing = { y: number; draw: () => string };
  const things: Thing[] = [];
  for (let i = r.int(4, 7); i > 0; i--) {
    const y = horizon + (H - horizon) * r.range(0.05, 0.9);
    const s = depth(y, horizon);
    const side = r.next() < 0.5 ? -1 : 1;
    things.push({ y, draw: () => tree(r, vx + side * (W * 0.45 * s + 160 * s + 40), y, s * 0.9) });
  }
  for (let i = r.int(2, 5); i > 0; i--) {
    const y = horizon + (H - horizon) * r.range(0.1, 0.9);
    const s = depth(y, horizon);
    things.push({ y, draw: () => car(r, vx + r.range(-0.3, 0.3) * W * s, y, s) });
  }
  for (let i = r.int(4, 10); i > 0; i--) {
    const y = horizon + (H - horizon) * r.range(0.05, 0.95);
    const s = depth(y, horizon);
    const side = r.next() < 0.5 ? -1 : 1;
    things.push({ y, draw: () => person(r, vx + side * (W * 0.42 * s + r.range(20, 120) * s + 20), y, s) });
  }
  things.sort((a, b) => a.y - b.y);
  for (const t of things) parts.push(t.draw());
  return parts.join('\n');
}

function crane(r: Rand, x: number, top: number, groundY: number): string {
  const c = r.pick(['#f1c40f', '#e67e22', '#d4ac0d']);
  const mast: string[] = [];
  for (let y = groundY; y > top; y -= 40)
    mast.push(
      `<path d="M${n(x - 15)},${n(y)} L${n(x + 15)},${n(y - 40)} M${n(x + 15)},${n(y)} L${n(x - 15)},${n(y - 40)}" stroke="${c}" stroke-width="3"/>`,
    );
  const jibL = r.range(350, 650);
  return `<g fill="none">
<path d="M${n(x - 15)},${n(groundY)} L${n(x - 15)},${n(top)} M${n(x + 15)},${n(groundY)} L${n(x + 15)},${n(top)}" stroke="${c}" stroke-width="6"/>${mast.join('')}
<path d="M${n(x - 200)},${n(top)} L${n(x + jibL)},${n(top)} M${n(x - 200)},${n(top + 20)} L${n(x + jibL)},${n(top + 10)}" stroke="${c}" stroke-width="6"/>
<path d="M${n(x)},${n(top - 60)} L${n(x + jibL)},${n(top)} M${n(x)},${n(top - 60)} L${n(x - 200)},${n(top)}" stroke="${c}" stroke-width="3"/>
<rect x="${n(x - 200)}" y="${n(top + 10)}" width="60" height="40" fill="#7f8c8d"/>
<line x1="${n(x + jibL * 0.7)}" y1="${n(top + 10)}" x2="${n(x + jibL * 0.7)}" y2="${n(top + r.range(150, 380))}" stroke="#333" stroke-width="2"/></g>`;
}

export function siteScene(r: Rand): string {
  const horizon = r.range(560, 640);
  const parts = [sky(r, horizon)];
  // The building going up: finished floors below, bare columns and scaffolding above.
  const bx = r.range(300, 800);
  const bw = r.range(450, 700);
  const floors = r.int(8, 14);
  const floorH = 34;
  const bTop = horizon - floors * floorH;
  parts.push(crane(r, bx + bw + r.range(40, 200), bTop - r.range(80, 200), horizon));
  for (let f = 0; f < floors; f++) {
    const y = horizon - (f + 1) * floorH;
    const done = f < floors * 0.6;
    parts.push(`<rect x="${n(bx)}" y="${n(y + floorH - 6)}" width="${n(bw)}" height="6" fill="#9a9a94"/>`);
    for (let c = 0; c <= 8; c++)
      parts.push(`<rect x="${n(bx + (c * (bw - 10)) / 8)}" y="${n(y)}" width="10" height="${floorH}" fill="#a8a8a0"/>`);
    if (done) parts.push(windows(r, bx, y, bw, floorH, 8, 1));
  }
  parts.push(
    `<g stroke="#6e7b85" stroke-width="2" opacity="0.8">${Array.from({ length: 14 }, (_, i) => `<line x1="${n(bx - 10 + (i * (bw + 20)) / 13)}" y1="${n(bTop)}" x2="${n(bx - 10 + (i * (bw + 20)) / 13)}" y2="${n(horizon)}"/>`).join('')}</g>`,
  );
  // Bare earth in front, then the hoarding along the street.
  parts.push(
    `<rect y="${n(horizon)}" width="${W}" height="${n(H - horizon)}" fill="${r.pick(['#9c8466', '#a58d6b', '#8d7658'])}"/>`,
  );
  const fenceY = horizon + (H - horizon) * r.range(0.25, 0.4);
  const fenceH = 150 * depth(fenceY, horizon) + 40;
  const fence = r.pick(['#1f6f8b', '#2e8b57', '#2c5aa0']);
  parts.push(`<rect y="${n(fenceY - fenceH)}" width="${W}" height="${n(fenceH)}" fill="${fence}"/>`);
  for (let x = 0; x < W; x += 200)
    parts.push(
      `<rect x="${n(x)}" y="${n(fenceY - fenceH)}" width="4" height="${n(fenceH)}" fill="#ffffff" opacity="0.5"/>`,
    );
  parts.push(
    `<rect x="${n(W * 0.35)}" y="${n(fenceY - fenceH * 0.8)}" width="${n(W * 0.3)}" height="${n(fenceH * 0.5)}" fill="#f7f7f2"/>`,
    textLines(W * 0.37, fenceY - fenceH * 0.72, W * 0.26, fenceH * 0.06, 3, '#b03a2e', r),
  );
  // Piles of sand and stacked materials, workers in front.
  for (let i = r.int(2, 4); i > 0; i--) {
    const y = fenceY + (H - fenceY) * r.range(0.1, 0.9);
    const s = depth(y, horizon);
    const x = r.range(0, W);
    parts.push(
      `<path d="M${n(x - 180 * s)},${n(y)} Q${n(x)},${n(y - 160 * s)} ${n(x + 180 * s)},${n(y)} Z" fill="#c2a878"/>`,
    );
  }
  const workers: { y: number; draw: () => string }[] = [];
  for (let i = r.int(2, 6); i > 0; i--) {
    const y = fenceY + (H - fenceY) * r.range(0.15, 0.95);
    workers.push({
      y,
      draw: () =>
        person(r, r.range(80, W - 80), y, depth(y, horizon), r.pick(['#f1c40f', '#e74c3c', '#ffffff', '#2e86c1'])),
    });
  }
  workers.sort((a, b) => a.y - b.y);
  for (const w of workers) parts.push(w.draw());
  return parts.join('\n');
}
