/** Moved to src/api/spec/wire.ts (the renderer imports only the API contract); this path stays for code written before the move. */
export * from './spec/wire';
