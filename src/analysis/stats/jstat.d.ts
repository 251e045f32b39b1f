// Types for the part of jstat 1.9 (which ships none) that the statistics engine uses: only the studentized range,
// whose cdf and inverse are R's ptukey/qtukey carried over (every other distribution comes from @stdlib).
// jstat is a UMD bundle: import its default export (`import jStat from 'jstat'`), which works in Node's ESM loader,
// vitest, esbuild and rolldown/vite (checked); the named import `{ jStat }` works in the bundlers but Node's ESM loader
// rejects it ("Named export 'jStat' not found"), so it would break the CLI and the Electron main process.
declare module 'jstat' {
  interface JStat {
    tukey: {
      cdf(q: number, groups: number, degreesOfFreedom: number): number;
      inv(p: number, groups: number, degreesOfFreedom: number): number;
    };
  }
  const jStat: JStat;
  export default jStat;
}
