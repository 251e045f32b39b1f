/**
 * The desktop installers cannot be built here (electron-builder downloads the Electron runtime), so their configuration
 * is checked the way electron-builder itself checks it before a build, plus what its schema cannot know: that every
 * file it packs exists after `npm run build`, that the native driver and the import's reading thread are unpacked
 * from the asar archive, and that the targets are the ones field laptops need.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// electron-builder's own validation (the JSON schema it ships), run offline.
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { projectRoot } from '../../helpers/cli';

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { buildResources: string };
  files: string[];
  asarUnpack: string[];
  fileAssociations: { ext: string; name: string }[];
  win: { target: { target: string }[]; icon: string };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean };
  mac: { target: { target: string }[]; icon: string };
  linux: { target: string[]; icon: string };
}

const configFile = path.join(projectRoot, 'electron-builder.json');
const config = JSON.parse(fs.readFileSync(configFile, 'utf8')) as BuilderConfig;
const packageJson = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
  productName: string;
  main: string;
  scripts: Record<string, string>;
  devDependencies: Record<string, string>;
};
/** The debug log validateConfiguration writes to when enabled (it is not). */
const quietLogger = { isEnabled: false, add: () => {} } as unknown as Parameters<typeof validateConfiguration>[1];
type AnyConfiguration = Parameters<typeof validateConfiguration>[0];

/** The folder a pattern such as "out/worker/**" or "node_modules/x/build/Release/*.node" starts with. */
const fixedPrefix = (pattern: string) =>
  pattern
    .split('/')
    .filter((part) => !/[*?{]/.test(part))
    .join('/');

describe('the electron-builder configuration', () => {
  it("passes electron-builder's own validation, and a misspelt option does not", async () => {
    await expect(validateConfiguration(config as unknown as AnyConfiguration, quietLogger)).resolves.toBeUndefined();
    const misspelt = { ...config, nsis: { ...config.nsis, perMachin: true } } as unknown as AnyConfiguration;
    await expect(validateConfiguration(misspelt, quietLogger)).rejects.toThrow(/configuration/);
  });

  it('builds Kelisim for Windows (per-user NSIS, no admin rights), macOS (DMG) and Linux (AppImage, .deb)', () => {
    expect([config.productName, packageJson.productName]).toEqual(['Kelisim', 'Kelisim']);
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.win.target.map((target) => target.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false, allowElevation: false });
    expect(config.mac.target.map((target) => target.target)).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(packageJson.scripts.dist).toMatch(/electron-builder/);
    expect(Object.keys(packageJson.devDependencies)).toContain('electron-builder');
  });

  it('opens .kelisim packages, the extension the exchange writes', () => {
    expect(config.fileAssociations.map((association) => association.ext)).toEqual(['kelisim']);
    const main = fs.readFileSync(path.join(projectRoot, 'electron', 'main.ts'), 'utf8');
    expect(main).toContain("const PACKAGE_EXTENSION = '.kelisim'");
  });

  it('has every icon it names: the 1024 px PNG for Windows and macOS, the sized set for Linux', () => {
    const png = (file: string) => fs.readFileSync(file).subarray(1, 4).toString('latin1');
    expect(png(path.join(projectRoot, config.win.icon))).toBe('PNG');
    expect(config.mac.icon).toBe(config.win.icon);
    const linuxIcons = fs.readdirSync(path.join(projectRoot, config.linux.icon));
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(linuxIcons).toContain(`${size}x${size}.png`);
    // A 1024×1024 image: width and height in the PNG header.
    const header = fs.readFileSync(path.join(projectRoot, config.win.icon));
    expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('packs files that exist after npm run build, the Electron entry among them', () => {
    const included = config.files.filter((pattern) => !pattern.startsWith('!'));
    for (const pattern of included) {
      const prefix = fixedPrefix(pattern);
      expect(fs.existsSync(path.join(projectRoot, prefix)), `${pattern}: ${prefix} is missing (npm run build first)`).toBe(true);
    }
    expect(included.some((pattern) => packageJson.main.startsWith(fixedPrefix(pattern)))).toBe(true);
    for (const entry of [packageJson.main, 'out/preload/preload.cjs', 'out/renderer/index.html', 'out/worker/reader-thread.js']) {
      expect(fs.existsSync(path.join(projectRoot, entry)), entry).toBe(true);
    }
  });

  it("unpacks the native SQLite driver and the import's reading thread from the asar archive", () => {
    const unpacked = config.asarUnpack.map(fixedPrefix);
    expect(unpacked).toContain('out/worker');
    expect(unpacked).toContain('node_modules/better-sqlite3/build/Release');
    expect(fs.existsSync(path.join(projectRoot, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'))).toBe(true);
    // The reading thread runs unpacked, beside no node_modules: what it imports as it starts must all be Node's own.
    const worker = fs.readFileSync(path.join(projectRoot, 'out', 'worker', 'reader-thread.js'), 'utf8');
    const imported = [...worker.matchAll(/^import\s[^;]*?from\s*"([^"]+)";/gm)].map((match) => match[1]);
    expect(imported.length).toBeGreaterThan(0);
    expect(
      imported.filter(
        (name) =>
          !name.startsWith('node:') &&
          !['crypto', 'fs', 'path', 'stream', 'buffer', 'os', 'url', 'worker_threads', 'zlib', 'module'].includes(name),
      ),
    ).toEqual([]);
  });
});
