/** The process's peak resident memory so far, in MB (what a benchmark prints beside each step). */
export const peakRssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

/** Runs the work once and says how long it took, in seconds of wall time. */
export async function timed<T>(work: () => Promise<T> | T): Promise<{ result: T; seconds: number }> {
  const start = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - start) / 1000 };
}
