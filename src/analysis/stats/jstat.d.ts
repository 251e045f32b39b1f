// Types for the part of jstat 1.9 (which ships none) that the statistics engine uses.
// jstat is a UMD bundle: import its default export (`import jStat from 'jstat'`), which works in Node's ESM loader,
// vitest, esbuild and rolldown/vite (checked); the named import `{ jStat }` works in the bundlers but Node's ESM loader
// rejects it ("Named export 'jStat' not found"), so it would break the CLI and the Electron main process.
declare module 'jstat' {
  interface JStat {
    chisquare: { cdf(x: number, degreesOfFreedom: number): number; inv(p: number, degreesOfFreedom: number): number };
    centralF: { cdf(x: number, df1: number, df2: number): number; inv(p: number, df1: number, df2: number): number };
    studentt: { cdf(x: number, degreesOfFreedom: number): number; inv(p: number, degreesOfFreedom: number): number };
    normal: { cdf(x: number, mean: number, sd: number): number; inv(p: number, mean: number, sd: number): number };
  }
  const jStat: JStat;
  export default jStat;
}
