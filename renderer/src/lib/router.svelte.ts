/**
 * Hash routes (#/forms, #/interview/<uuid>): they survive a reload, which matters when a laptop
 * restarts mid-interview, and need nothing from the server.
 */
let path = $state(readPath());

function readPath(): string {
  const hash = typeof location === 'undefined' ? '' : location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/';
}

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => (path = readPath()));
}

export const router = {
  get path(): string {
    return path;
  },
  /** The path split into segments: "/interview/abc" → ["interview", "abc"]. */
  get segments(): string[] {
    return path.split('/').filter(Boolean).map(decodeURIComponent);
  },
};

export function navigate(to: string): void {
  if (readPath() !== to) location.hash = to;
  path = to;
}
