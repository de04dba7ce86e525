// Renders the app icons (PNG, any and maskable) from one SVG with the system Chromium. Run by hand when the
// icon changes; the PNGs are committed so a build needs no browser.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

// The maskable icon keeps its mark inside the central 80% safe zone; the plain one uses rounded corners.
const svg = ({ size, maskable }) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="${maskable ? 0 : 20}" fill="#0b5cad"/>
  <g transform="${maskable ? 'translate(20 20) scale(0.6)' : 'translate(8 8) scale(0.84)'}" fill="#ffffff" font-family="DejaVu Sans, sans-serif" font-weight="700" text-anchor="middle">
    <text x="50" y="52" font-size="34">AIP</text>
    <text x="50" y="86" font-size="26">2.2</text>
  </g>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [file, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg({ size, maskable })}</body></html>`);
  writeFileSync(`public/icons/${file}`, await page.screenshot({ omitBackground: true }));
}
await browser.close();
console.log('icons written to public/icons/');
