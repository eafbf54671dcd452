import { startCluster, type Cluster } from './postgres'
import { seedTemplate } from './postgres-template'

/**
 * The backend suites again, on PostgreSQL: one throwaway cluster and one seeded template
 * database per run; `testApp` copies the template for each app (tests/mock/helpers.ts).
 */
export const ENGINE_ENV = 'QS_TEST_ENGINE'
export const CLUSTER_ENV = 'QS_TEST_BACKEND_POSTGRES_URL'
export const TEMPLATE_ENV = 'QS_TEST_BACKEND_POSTGRES_TEMPLATE'

const holder = globalThis as typeof globalThis & { qsBackendPostgres?: Cluster }

export default async function setup(): Promise<void> {
  holder.qsBackendPostgres = await startCluster()
  process.env[CLUSTER_ENV] = holder.qsBackendPostgres.url
  process.env[TEMPLATE_ENV] = await seedTemplate(holder.qsBackendPostgres.url)
  process.env[ENGINE_ENV] = 'postgres'
}

export function teardown(): void {
  holder.qsBackendPostgres?.stop()
}
