import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { permissionGranted, secureWebPreferences } from '../../../electron/security';
import { CONTENT_SECURITY_POLICY } from '../../../src/common/security';
import { projectRoot } from '../../helpers/cli';

const source = (file: string) => fs.readFileSync(path.join(projectRoot, file), 'utf8');

describe('the Electron window', () => {
  it('isolates the renderer: context isolation, sandbox, no Node', () => {
    const preferences = secureWebPreferences('/app/preload.cjs');
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('creates its window with those preferences and denies navigation, new windows and permissions', () => {
    const main = source('electron/main.ts');
    expect(main).toMatch(/webPreferences: secureWebPreferences\(/);
    expect(main).toMatch(/'will-navigate', \(event\) => event\.preventDefault\(\)/);
    expect(main).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(main).toMatch(/setPermissionRequestHandler\([\s\S]*?callback\(\s*permissionGranted\(/);
    expect(main).toMatch(/setPermissionCheckHandler\([\s\S]*?permissionGranted\(/);
    // Calls from any page but the app's own are refused there (tests/unit/common/user-messages-coded.test.ts drives it).
    expect(main).toMatch(/answerIpcCall\(session\.handlers, event\.senderFrame, rendererIndexUrl,/);
    expect(source('electron/ipc-calls.ts')).toMatch(/isAppPage\(sender\.url, rendererIndexUrl\)/);
  });

  it('lets its own page use the camera, the microphone and the location, and nothing else; no other page anything', () => {
    // Before, every permission was refused, so a photo, audio or video capture and "use my location" could never work
    // in the desktop app, though their buttons showed.
    const app = 'file:///opt/Kelisim/resources/app/out/renderer/index.html';
    expect(permissionGranted('media', `${app}#/interview/abc`, app, ['video'])).toBe(true);
    expect(permissionGranted('media', app, app, ['audio', 'video'])).toBe(true);
    expect(permissionGranted('geolocation', app, app)).toBe(true);
    for (const permission of ['notifications', 'midi', 'clipboard-read', 'display-capture', 'openExternal', 'fullscreen', 'pointerLock']) {
      expect(permissionGranted(permission, app, app), permission).toBe(false);
    }
    // Screen capture asks as media of another type.
    expect(permissionGranted('media', app, app, ['unknown'])).toBe(false);
    for (const foreign of ['https://evil.example/', 'file:///tmp/page.html', 'file:///opt/Kelisim/resources/app/out/renderer/other.html']) {
      expect(permissionGranted('media', foreign, app, ['video'])).toBe(false);
      expect(permissionGranted('geolocation', foreign, app)).toBe(false);
    }
  });

  it('exposes only the API call through the preload', () => {
    const preload = source('electron/preload.ts');
    const exposed = [...preload.matchAll(/exposeInMainWorld\('(\w+)'/g)].map((m) => m[1]);
    expect(exposed).toEqual(['kelisim']);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });

  it('applies a strict content security policy', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives['default-src']).toBe("'none'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['connect-src']).toBe("'self'");
    expect(directives['object-src']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:/);
  });
});
