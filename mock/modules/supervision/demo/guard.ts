/**
 * Where the generator may write: never in production, and not on PostgreSQL (a shared,
 * probably real database) unless the operator says so. The reason is said in Chinese.
 */
export function refusalOf(options: {
  nodeEnv: string | undefined
  postgres: boolean
  forcePostgres: boolean
}): string | null {
  if (options.nodeEnv === 'production') {
    return '生产环境（NODE_ENV=production）不能生成演示数据：演示数据只用于开发和演示环境。'
  }
  if (options.postgres && !options.forcePostgres) {
    return '当前连接的是 PostgreSQL（DATABASE_URL）。演示数据只应写入开发数据库；确认这是开发库后，加 --force-postgres 再运行。'
  }
  return null
}
