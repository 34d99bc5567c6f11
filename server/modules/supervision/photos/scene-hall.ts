// A government service hall (政务服务大厅) from the waiting area: numbered counters along the back
// wall with their display boards, a queue screen, rows of seats, ceiling lights and people.
import { fmt as n, H, person, type Rand, textLines, W } from './draw-kit.js';

export function hallScene(r: Rand): string {
  const wallBottom = r.range(560, 640);
  const parts: string[] = [];
  parts.push(`<defs><linearGradient id="wall" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#e9e4da"/><stop offset="1" stop-color="${r.pick(['#d8d0c2', '#d5dbe0', '#ddd5c8'])}"/></linearGradient>
<linearGradient id="floor" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#c9c4bb"/><stop offset="1" stop-color="#eeebe5"/></linearGradient></defs>`);
  parts.push(`<rect width="${W}" height="${n(wallBottom)}" fill="url(#wall)"/>`);
  parts.push(`<rect y="0" width="${W}" height="120" fill="#f4f2ee"/>`);
  for (let x = 80; x < W; x += 260)
    parts.push(`<rect x="${n(x)}" y="40" width="160" height="24" rx="6" fill="#fffef5"/>`);
  parts.push(`<rect y="${n(wallBottom)}" width="${W}" height="${n(H - wallBottom)}" fill="url(#floor)"/>`);
  // Floor tiles in perspective.
  const cx = W / 2 + r.range(-150, 150);
  for (let i = -12; i <= 12; i++)
    parts.push(
      `<line x1="${n(cx + i * 40)}" y1="${n(wallBottom)}" x2="${n(cx + i * 260)}" y2="${H}" stroke="#b9b3a8" stroke-width="2"/>`,
    );
  for (let t = 0.05; t < 1; t += 0.12) {
    const y = wallBottom + (H - wallBottom) * t * t * 1.3;
    if (y < H) parts.push(`<line x1="0" y1="${n(y)}" x2="${W}" y2="${n(y)}" stroke="#b9b3a8" stroke-width="2"/>`);
  }
  // The queue screen and the hall's name plate.
  parts.push(`<rect x="${n(W / 2 - 260)}" y="150" width="520" height="150" rx="6" fill="#14213d"/>`);
  parts.push(textLines(W / 2 - 230, 175, 460, 12, 5, '#f4d03f', r));
  parts.push(`<rect x="${n(W / 2 - 380)}" y="320" width="760" height="44" fill="#a93226"/>`);
  // Counters: a desk, a glass screen, a numbered board with a red LED line.
  const count = r.int(5, 8);
  const cw = W / count;
  for (let i = 0; i < count; i++) {
    const x = i * cw;
    const deskTop = wallBottom - 150;
    parts.push(`<rect x="${n(x + 10)}" y="${n(deskTop - 70)}" width="${n(cw - 20)}" height="50" fill="#1b4f72"/>`);
    parts.push(`<rect x="${n(x + 24)}" y="${n(deskTop - 56)}" width="${n(cw * 0.3)}" height="22" fill="#f5f5f5"/>`);
    parts.push(
      `<rect x="${n(x + cw * 0.45)}" y="${n(deskTop - 50)}" width="${n(cw * 0.45)}" height="10" fill="#ff3b30"/>`,
    );
    parts.push(
      `<rect x="${n(x + 14)}" y="${n(deskTop)}" width="${n(cw - 28)}" height="80" fill="#cfe3ec" opacity="0.55"/>`,
    );
    if (r.next() < 0.75) parts.push(person(r, x + cw / 2, deskTop + 120, 0.55));
    parts.push(
      `<rect x="${n(x + 6)}" y="${n(deskTop + 70)}" width="${n(cw - 12)}" height="${n(wallBottom - deskTop - 60)}" fill="${r.pick(['#8b6b4a', '#7d5f42'])}"/>`,
    );
    parts.push(`<rect x="${n(x + 6)}" y="${n(deskTop + 70)}" width="${n(cw - 12)}" height="10" fill="#e5ddd0"/>`);
  }
  // Waiting seats and visitors, back to front.
  const things: { y: number; draw: () => string }[] = [];
  for (let row = 0; row < 3; row++) {
    const y = wallBottom + (H - wallBottom) * (0.35 + row * 0.22);
    const s = 0.6 + row * 0.25;
    const x0 = r.range(50, 300);
    things.push({
      y,
      draw: () =>
        Array.from({ length: r.int(5, 9) }, (_, k) => {
          const x = x0 + k * 120 * s;
          return `<rect x="${n(x)}" y="${n(y - 90 * s)}" width="${n(95 * s)}" height="${n(60 * s)}" rx="${n(8 * s)}" fill="#2e86c1"/><rect x="${n(x)}" y="${n(y - 40 * s)}" width="${n(95 * s)}" height="${n(18 * s)}" fill="#21618c"/><rect x="${n(x + 40 * s)}" y="${n(y - 22 * s)}" width="${n(10 * s)}" height="${n(22 * s)}" fill="#555"/>`;
        }).join(''),
    });
  }
  for (let i = r.int(3, 7); i > 0; i--) {
    const y = wallBottom + (H - wallBottom) * r.range(0.1, 0.95);
    things.push({
      y,
      draw: () => person(r, r.range(60, W - 60), y, 0.5 + ((y - wallBottom) / (H - wallBottom)) * 0.8),
    });
  }
  things.sort((a, b) => a.y - b.y);
  for (const t of things) parts.push(t.draw());
  return parts.join('\n');
}
