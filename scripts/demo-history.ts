// `npm run demo:history`: a year of 示例 activity in the development database, for the 电子监察
// dashboard (`-- --remove` deletes it again). Refuses production and, unless forced, PostgreSQL.
import { connectDatabase, databaseFromEnv } from '../mock/db/connect'
import { generateHistory } from '../mock/modules/supervision/demo/run'
import { refusalOf } from '../mock/modules/supervision/demo/guard'
import { removeHistory } from '../mock/modules/supervision/demo/write'

const say = (line: string) => process.stdout.write(`${line}\n`)

async function main() {
  const args = new Set(process.argv.slice(2))
  const options = databaseFromEnv()
  const refusal = refusalOf({
    nodeEnv: process.env.NODE_ENV,
    postgres: options.databaseUrl !== undefined,
    forcePostgres: args.has('--force-postgres'),
  })
  if (refusal) {
    console.error(refusal)
    process.exitCode = 1
    return
  }
  const database = connectDatabase(options)
  try {
    await database.ready()
    const where = options.databaseUrl ? 'PostgreSQL' : (options.databasePath ?? '')
    if (args.has('--remove')) {
      await removeHistory(database.sql)
      say(`已删除 ${where} 中的演示数据（id 以 demo- 开头的记录）。`)
      return
    }
    const started = Date.now()
    const counts = await generateHistory(database.sql, { now: new Date() })
    if (counts === null) {
      say(
        `${where} 已有演示数据，未重复生成。要重新生成，先运行 npm run demo:history -- --remove。`,
      )
      return
    }
    say(
      `已在 ${where} 生成一年演示数据（${Date.now() - started} ms）：办件 ${counts.cases}（事件 ${counts.events}），投诉建议 ${counts.complaints}，预约 ${counts.appointments}，一码通扫码 ${counts.scans}。所有记录 id 以 demo- 开头，电子监察页面会标注“含演示数据”。`,
    )
  } finally {
    await database.sql.destroy()
    await database.dispose?.()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
