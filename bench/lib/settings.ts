/** Knobs for a run, from the environment, so a quick check and a long measurement use the same code. */
export const benchSeconds = () => Number(process.env.BENCH_SECONDS ?? 10);
export const benchLevels = () => (process.env.BENCH_LEVELS ?? '1,16,64,256').split(',').map(Number);
/** Strapi's connection pool in the bench (DATABASE_POOL_MAX of the test environment); the SQL floors use as many. */
export const STRAPI_POOL = 20;
