/**
 * A file handed to the core: a path on this computer (the CLI's own arguments only), the bytes themselves (a file
 * picked or dropped in a page), or the handle of a file the user chose in the desktop's native open dialog (the
 * API turns it into its path: src/api/file-access.ts). Shared by every domain that reads a file and by the API
 * contract, so it lives at the bottom.
 */
export type FileInput = ReadableFile | { handle: string };

/** A file as a domain reads it: a path or bytes (a handle is resolved before a domain sees it). */
export type ReadableFile = { path: string } | { name: string; bytes: Uint8Array };
