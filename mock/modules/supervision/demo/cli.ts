import { connectDatabase, databaseFromEnv } from '../../../db/connect'
import { refusalOf } from './guard'
import { generateHistory } from './run'
import { removeHistory } from './write'

export interface CliOutput {
  say: (line: string) => void
  fail: (line: string) => void
}

/**
 * `npm run demo:history [-- --remove] [-- --force-postgres]` against the database the
 * environment names. Returns the exit code; refuses before opening any database.
 */
export async function demoHistoryCli(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  out: CliOutput,
  now = new Date(),
): Promise<number> {
  const flags = new Set(args)
  const options = databaseFromEnv(env)
  const refusal = refusalOf({
    nodeEnv: env.NODE_ENV,
    postgres: options.databaseUrl !== undefined,
    forcePostgres: flags.has('--force-postgres'),
  })
  if (refusal) {
    out.fail(refusal)
    return 1
  }
  const database = connectDatabase(options)
  try {
    await database.ready()
    const where = options.databaseUrl ? 'PostgreSQL' : (options.databasePath ?? '')
    if (flags.has('--remove')) {
      await removeHistory(database.sql)
      out.say(`已删除 ${where} 中的演示数据（id 以 demo- 开头的记录）。`)
      return 0
    }
    const started = Date.now()
    const counts = await generateHistory(database.sql, { now })
    if (counts === null) {
      out.say(
        `${where} 已有演示数据，未重复生成。要重新生成，先运行 npm run demo:history -- --remove。`,
      )
      return 0
    }
    out.say(
      `已在 ${where} 生成一年演示数据（${Date.now() - started} ms）：办件 ${counts.cases}（事件 ${counts.events}），投诉建议 ${counts.complaints}，预约 ${counts.appointments}，一码通扫码 ${counts.scans}。所有记录 id 以 demo- 开头，电子监察页面会标注“含演示数据”。`,
    )
    return 0
  } finally {
    await database.sql.destroy()
    await database.dispose?.()
  }
}
