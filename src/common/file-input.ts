/**
 * A file handed to the core: a path on this computer (CLI, Electron file dialogs, browser mode on
 * the same machine) or the bytes themselves (a file picked in the browser). Shared by every domain
 * that reads a file and by the API contract, so it lives at the bottom.
 */
export type FileInput = { path: string } | { name: string; bytes: Uint8Array };
