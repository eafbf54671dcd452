// `npm run qr:wall -- --zone enterprise [--out wall/]`: the zone's 一码通 matrix wall as PDF + PNG.
import { parseArgs } from 'node:util'
import { databaseFromEnv } from '../mock/db/connect'
import { renderWall } from '../mock/modules/qr/wall'

const { values } = parseArgs({
  options: {
    zone: { type: 'string' },
    out: { type: 'string', default: 'qr-wall' },
    db: { type: 'string' },
  },
})
if (!values.zone) {
  console.error('请用 --zone 指定专区，如：npm run qr:wall -- --zone enterprise')
  process.exit(2)
}
const database = values.db ? { databasePath: values.db } : databaseFromEnv()
renderWall({ database, zoneId: values.zone, outDir: values.out }).then(
  (wall) => {
    process.stdout.write(
      `${wall.zone}：${wall.codes.length} 个码\nPDF ${wall.pdf}\nPNG ${wall.png}\n`,
    )
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
