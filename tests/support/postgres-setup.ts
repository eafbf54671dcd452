import { startCluster, type Cluster } from './postgres'

/** The `postgres` project's tests share one throwaway cluster; each test makes its own database. */
export const POSTGRES_ENV = 'QS_TEST_POSTGRES_URL'

const holder = globalThis as typeof globalThis & { qsPostgres?: Cluster }

export default async function setup(): Promise<void> {
  holder.qsPostgres = await startCluster()
  process.env[POSTGRES_ENV] = holder.qsPostgres.url
}

export function teardown(): void {
  holder.qsPostgres?.stop()
}
