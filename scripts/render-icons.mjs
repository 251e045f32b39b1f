// Draws the installers' icons from the one source, renderer/public/favicon.svg (run after changing it; the PNGs are
// committed): build/icon.png (1024 px, which electron-builder turns into .ico and .icns) and build/icons/NxN.png for
// Linux. Uses Chromium through playwright-core (a devDependency), so no image library is needed.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const svg = fs.readFileSync(path.join(root, 'renderer', 'public', 'favicon.svg'), 'utf8');
const systemChromium = '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath: fs.existsSync(systemChromium) ? systemChromium : undefined,
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage();
  const draw = async (size, file) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`,
    );
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file, omitBackground: true });
  };
  await draw(1024, path.join(root, 'build', 'icon.png'));
  for (const size of [16, 32, 48, 64, 128, 256, 512]) await draw(size, path.join(root, 'build', 'icons', `${size}x${size}.png`));
} finally {
  await browser.close();
}
