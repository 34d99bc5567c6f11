// A city park as a member photographs it on a visit: sky, a tree line, lawn, a winding path,
// benches, a pavilion (亭), fitness equipment, a notice board, people and trees.
import { cloud, depth, fmt as n, H, person, type Rand, shadow, skyGradient, textLines, tree, W } from './draw-kit.js';

function bench(x: number, y: number, s: number): string {
  const w = 170 * s;
  const h = 70 * s;
  const slats = [0, 1, 2]
    .map(
      (i) =>
        `<rect x="${n(x - w / 2)}" y="${n(y - h + i * h * 0.16)}" width="${n(w)}" height="${n(h * 0.1)}" fill="#8a5a32"/>`,
    )
    .join('');
  return `<g>${shadow(x + w * 0.1, y, w * 1.1, h * 0.3)}${slats}
<rect x="${n(x - w / 2)}" y="${n(y - h * 0.42)}" width="${n(w)}" height="${n(h * 0.12)}" fill="#9c6a3c"/>
<rect x="${n(x - w * 0.45)}" y="${n(y - h * 0.42)}" width="${n(w * 0.05)}" height="${n(h * 0.42)}" fill="#333"/>
<rect x="${n(x + w * 0.4)}" y="${n(y - h * 0.42)}" width="${n(w * 0.05)}" height="${n(h * 0.42)}" fill="#333"/></g>`;
}

function pavilion(r: Rand, x: number, y: number, s: number): string {
  const w = 520 * s;
  const pillarH = 260 * s;
  const roof = r.pick(['#7b2d26', '#3b4a3f', '#5c3a21']);
  const pillars = [-0.4, -0.13, 0.13, 0.4]
    .map(
      (f) =>
        `<rect x="${n(x + f * w - 7 * s)}" y="${n(y - pillarH)}" width="${n(14 * s)}" height="${n(pillarH)}" fill="#a33a2c"/>`,
    )
    .join('');
  const top = y - pillarH;
  return `<g>${shadow(x, y + 4 * s, w * 1.2, 40 * s)}
<rect x="${n(x - w * 0.5)}" y="${n(y - 14 * s)}" width="${n(w)}" height="${n(18 * s)}" fill="#b9b2a3"/>${pillars}
<rect x="${n(x - w * 0.45)}" y="${n(top + 22 * s)}" width="${n(w * 0.9)}" height="${n(10 * s)}" fill="#6b2a22"/>
<path d="M${n(x - w * 0.68)},${n(top - 8 * s)} Q${n(x - w * 0.5)},${n(top + 6 * s)} ${n(x - w * 0.35)},${n(top - 30 * s)} L${n(x)},${n(top - 120 * s)} L${n(x + w * 0.35)},${n(top - 30 * s)} Q${n(x + w * 0.5)},${n(top + 6 * s)} ${n(x + w * 0.68)},${n(top - 8 * s)} L${n(x + w * 0.5)},${n(top + 10 * s)} L${n(x - w * 0.5)},${n(top + 10 * s)} Z" fill="${roof}"/>
<circle cx="${n(x)}" cy="${n(top - 124 * s)}" r="${n(8 * s)}" fill="#c9a13b"/></g>`;
}

function fitness(r: Rand, x: number, y: number, s: number): string {
  const c1 = r.pick(['#f1c40f', '#2e86c1', '#e67e22']);
  const c2 = r.pick(['#2e86c1', '#27ae60', '#c0392b']);
  const h = 170 * s;
  const w = 200 * s;
  return `<g stroke-linecap="round">${shadow(x, y, w * 1.2, 30 * s)}
<line x1="${n(x - w / 2)}" y1="${n(y)}" x2="${n(x - w / 2)}" y2="${n(y - h)}" stroke="${c1}" stroke-width="${n(12 * s)}"/>
<line x1="${n(x + w / 2)}" y1="${n(y)}" x2="${n(x + w / 2)}" y2="${n(y - h)}" stroke="${c1}" stroke-width="${n(12 * s)}"/>
<line x1="${n(x - w / 2)}" y1="${n(y - h)}" x2="${n(x + w / 2)}" y2="${n(y - h)}" stroke="${c1}" stroke-width="${n(12 * s)}"/>
<line x1="${n(x - w * 0.3)}" y1="${n(y - h)}" x2="${n(x - w * 0.35)}" y2="${n(y - h * 0.35)}" stroke="${c2}" stroke-width="${n(8 * s)}"/>
<line x1="${n(x + w * 0.2)}" y1="${n(y - h)}" x2="${n(x + w * 0.28)}" y2="${n(y - h * 0.4)}" stroke="${c2}" stroke-width="${n(8 * s)}"/>
<circle cx="${n(x - w * 0.35)}" cy="${n(y - h * 0.3)}" r="${n(16 * s)}" fill="none" stroke="${c2}" stroke-width="${n(7 * s)}"/>
<rect x="${n(x + w * 0.15)}" y="${n(y - h * 0.42)}" width="${n(w * 0.28)}" height="${n(12 * s)}" fill="${c2}"/></g>`;
}

function noticeBoard(r: Rand, x: number, y: number, s: number): string {
  const w = 150 * s;
  const h = 100 * s;
  const board = r.pick(['#1e5631', '#174a7c', '#6e2c00']);
  return `<g>${shadow(x, y, w * 0.8, 16 * s)}
<rect x="${n(x - w * 0.4)}" y="${n(y - h * 1.9)}" width="${n(8 * s)}" height="${n(h * 1.9)}" fill="#555"/>
<rect x="${n(x + w * 0.4 - 8 * s)}" y="${n(y - h * 1.9)}" width="${n(8 * s)}" height="${n(h * 1.9)}" fill="#555"/>
<rect x="${n(x - w / 2)}" y="${n(y - h * 2)}" width="${n(w)}" height="${n(h)}" rx="${n(4 * s)}" fill="${board}"/>
<rect x="${n(x - w * 0.44)}" y="${n(y - h * 1.9)}" width="${n(w * 0.88)}" height="${n(h * 0.2)}" fill="#f5f5f0"/>
${textLines(x - w * 0.4, y - h * 1.6, w * 0.8, 5 * s, 5, '#e8e8dc', r)}</g>`;
}

export function parkScene(r: Rand): string {
  const horizon = r.range(470, 560);
  const parts: string[] = [];
  parts.push(`<defs>${skyGradient('sky', r.pick(['#5d9ad6', '#6fa8dc', '#8ab4d8']), '#e4eef5')}
<linearGradient id="lawn" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6f9a45"/><stop offset="1" stop-color="${r.pick(['#4f8a2b', '#5c9631', '#4c7f2e'])}"/></linearGradient>
<linearGradient id="path" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#cbbd9f"/><stop offset="1" stop-color="#b7a684"/></linearGradient></defs>`);
  parts.push(`<rect width="${W}" height="${H}" fill="url(#sky)"/>`);
  for (let i = r.int(2, 5); i > 0; i--)
    parts.push(cloud(r, r.range(0, W), r.range(60, horizon - 200), r.range(50, 110)));
  // Distant city and tree line on the horizon.
  for (let x = -20; x < W; x += r.range(60, 140)) {
    const bh = r.range(60, 180);
    parts.push(
      `<rect x="${n(x)}" y="${n(horizon - bh)}" width="${n(r.range(50, 110))}" height="${n(bh)}" fill="#b4bfc8" opacity="0.8"/>`,
    );
  }
  for (let x = -40; x < W + 40; x += r.range(25, 55))
    parts.push(
      `<circle cx="${n(x)}" cy="${n(horizon - r.range(5, 30))}" r="${n(r.range(30, 60))}" fill="${r.pick(['#3e6b35', '#4b7a3c', '#365f31'])}"/>`,
    );
  parts.push(`<rect y="${n(horizon)}" width="${W}" height="${n(H - horizon)}" fill="url(#lawn)"/>`);
  // A path from the bottom of the picture winding to the horizon.
  const bend = r.range(-350, 350);
  const foot = r.range(500, 1100);
  parts.push(
    `<path d="M${n(foot - 260)},${H} C${n(foot - 200 + bend)},${n(H - 300)} ${n(W / 2 - bend)},${n(horizon + 120)} ${n(W / 2 + bend * 0.3 - 12)},${n(horizon)} L${n(W / 2 + bend * 0.3 + 12)},${n(horizon)} C${n(W / 2 - bend + 40)},${n(horizon + 120)} ${n(foot + 200 + bend)},${n(H - 300)} ${n(foot + 260)},${H} Z" fill="url(#path)"/>`,
  );
  // Tufts of darker grass so the lawn is not flat.
  for (let i = 0; i < 90; i++) {
    const y = r.range(horizon + 10, H);
    const s = depth(y, horizon);
    parts.push(
      `<ellipse cx="${n(r.range(0, W))}" cy="${n(y)}" rx="${n(40 * s + 4)}" ry="${n(8 * s + 1)}" fill="#3f7325" opacity="0.35"/>`,
    );
  }
  // Objects standing on the ground, drawn back to front.
  type Thing = { y: number; draw: () => string };
  const things: Thing[] = [];
  const at = (min: number, max: number) => horizon + (H - horizon) * r.range(min, max);
  for (let i = r.int(5, 9); i > 0; i--) {
    const y = at(0.03, 0.95);
    things.push({ y, draw: () => tree(r, r.range(-50, W + 50), y, depth(y, horizon)) });
  }
  const py = at(0.15, 0.35);
  things.push({ y: py, draw: () => pavilion(r, r.range(250, W - 250), py, depth(py, horizon)) });
  for (let i = r.int(1, 3); i > 0; i--) {
    const y = at(0.2, 0.8);
    things.push({ y, draw: () => bench(r.range(100, W - 100), y, depth(y, horizon)) });
  }
  const fy = at(0.25, 0.6);
  things.push({ y: fy, draw: () => fitness(r, r.range(150, W - 150), fy, depth(fy, horizon)) });
  const sy = at(0.4, 0.85);
  things.push({ y: sy, draw: () => noticeBoard(r, r.range(100, W - 100), sy, depth(sy, horizon)) });
  for (let i = r.int(3, 8); i > 0; i--) {
    const y = at(0.08, 0.9);
    things.push({ y, draw: () => person(r, r.range(60, W - 60), y, depth(y, horizon)) });
  }
  things.sort((a, b) => a.y - b.y);
  for (const t of things) parts.push(t.draw());
  return parts.join('\n');
}
