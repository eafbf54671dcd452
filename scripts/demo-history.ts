// `npm run demo:history`: a year of 示例 activity in the development database, for the 电子监察
// dashboard (`-- --remove` deletes it again). Refuses production and, unless forced, PostgreSQL.
import { demoHistoryCli } from '../mock/modules/supervision/demo/cli'

demoHistoryCli(process.argv.slice(2), process.env, {
  say: (line) => process.stdout.write(`${line}\n`),
  fail: (line) => console.error(line),
})
  .then((code) => {
    process.exitCode = code
  })
  .catch((error: unknown) => {
    console.error(error)
    process.exit(1)
  })
