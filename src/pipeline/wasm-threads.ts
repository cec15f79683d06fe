/**
 * How many threads the WebAssembly engine gets. Pure: the page's facts come in as arguments.
 * Threads need a cross-origin isolated page (SharedArrayBuffer) and the production build, which
 * serves the engine's thread scripts from this origin (src/pipeline/threaded-wasm-build.ts).
 */

/** Set by vite.config.ts: true in the production build, which carries the thread scripts. */
declare const __FH_WASM_THREADS__: boolean;
export const BUILD_HAS_WASM_THREADS: boolean = typeof __FH_WASM_THREADS__ === 'boolean' && __FH_WASM_THREADS__;

/** 'auto', or a number of threads asked for (1 = the single-threaded engine). */
export type ThreadsRequest = 'auto' | number;

/** The most threads anyone may ask for: XNNPACK gains nothing past the cores, and each thread costs memory. */
export const MOST_THREADS = 16;

export interface ThreadFacts {
  /** `crossOriginIsolated`: SharedArrayBuffer may be used. */
  readonly isolated: boolean;
  /** `navigator.hardwareConcurrency` (logical cores). */
  readonly cores: number;
  /** The build serves the thread scripts. */
  readonly buildHasThreads: boolean;
}

/**
 * The threads to start the engine with; 1 means the single-threaded build. 'auto' is what the
 * benchmark showed to pay (README, Benchmark): AUTO_THREADS(cores).
 */
export function wasmThreads(request: ThreadsRequest, facts: ThreadFacts): number {
  if (!facts.isolated || !facts.buildHasThreads) return 1;
  const cores = Math.max(1, Math.floor(facts.cores || 1));
  const wanted = request === 'auto' ? autoThreads(cores) : Math.floor(request);
  return Math.max(1, Math.min(wanted, MOST_THREADS));
}

/**
 * 'auto' stays single-threaded until a quiet-machine benchmark says otherwise (README, Benchmark):
 * on the shared 2-core machine every measurement was dominated by other load, and there the extra
 * thread competes with the page's own main thread for the second core. `?threads=N` and
 * `npm run bench -- --threads 1,2,max` measure the alternatives.
 */
export function autoThreads(cores: number): number {
  return Math.min(1, cores);
}
