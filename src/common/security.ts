/**
 * The Content-Security-Policy of the renderer, in Electron and in browser mode alike: only the
 * app's own scripts and styles, no inline script, no eval, no remote connections, no framing.
 * 'unsafe-inline' for styles is needed by Svelte's style directives; it cannot run code.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  // Playing back an attached or just-recorded answer (audio, video) from the bytes in memory.
  'media-src blob:',
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');
