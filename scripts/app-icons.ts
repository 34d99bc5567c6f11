// Draws the installable app's icons (web/public/icons/*.png): the character 履 in white on the
// app's red (web/src/theme.ts). Run once when the mark changes — `node --import tsx
// scripts/app-icons.ts` — and commit the PNGs; the build only copies them. Chromium renders
// the glyph (Noto Sans CJK), so the icons look like the app's own type.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const RED = '#b7312c';
const OUT = new URL('../web/public/icons/', import.meta.url).pathname;

// `maskable`: full bleed, the glyph inside the central 80% a launcher may crop to a circle.
const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
];

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const radius = icon.maskable ? 0 : Math.round(icon.size * 0.18);
    const glyph = Math.round(icon.size * (icon.maskable ? 0.5 : 0.62));
    await page.setContent(
      `<body style="margin:0;background:transparent"><div style="width:${icon.size}px;height:${icon.size}px;` +
        `border-radius:${radius}px;background:${RED};color:#fff;display:flex;align-items:center;` +
        `justify-content:center;font:700 ${glyph}px/1 'Noto Sans CJK SC',sans-serif">履</div></body>`,
    );
    await page.screenshot({ path: OUT + icon.file, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
