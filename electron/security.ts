/**
 * The renderer's sandbox, kept apart from main.ts so a unit test can check it without Electron.
 * The renderer gets no Node, runs isolated from the preload, and can reach the core only through
 * the one API the preload exposes.
 */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  } as const;
}

/** The IPC channels between preload and main; nothing else is registered. */
export const IPC_CALL = 'kelisim:call';
export const IPC_PROGRESS = 'kelisim:progress';

/** True for the renderer's own page (file:// under the app's renderer folder). */
export function isAppPage(url: string, rendererIndexUrl: string): boolean {
  return url.split('#')[0] === rendererIndexUrl;
}

/**
 * What the app's own page may ask of the computer: the camera and microphone for photo, audio and video questions, and
 * the location for geopoint questions (the interviewer still presses the button). Nothing else (notifications, MIDI,
 * clipboard, screen capture, opening links), and nothing for any other page.
 */
export function permissionGranted(
  permission: string,
  requestingUrl: string,
  rendererIndexUrl: string,
  mediaTypes: readonly string[] = [],
): boolean {
  if (!isAppPage(requestingUrl, rendererIndexUrl)) return false;
  if (permission === 'geolocation') return true;
  if (permission === 'media') return mediaTypes.every((type) => type === 'video' || type === 'audio');
  return false;
}
