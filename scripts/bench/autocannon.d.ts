// autocannon ships no types and @types/autocannon is not installed; this
// declares only what load-bench.ts uses, and the result is checked with zod there.
declare module 'autocannon' {
  type Options = { url: string; connections?: number; duration?: number; pipelining?: number; timeout?: number };
  function autocannon(options: Options): Promise<unknown>;
  export default autocannon;
}
