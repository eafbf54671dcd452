// The H5 figures of `npm run bench`: a production build, then duplicated module bytes across its
// chunks, layout shift per tab and Lighthouse mobile (next to a bare Taro app built in the run).
import { createRequire } from 'node:module'
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { DUPLICATION_TARGET, measureH5, reportH5 } from './h5-chunks'
import { reportClsBench, runClsBench } from './h5-cls'
import { reportLighthouse, runLighthouse } from './lighthouse'

const ROOT = path.resolve(__dirname, '..', '..')

function buildH5(): void {
  const taro = createRequire(__filename).resolve('@tarojs/cli/bin/taro')
  const result = spawnSync(process.execPath, [taro, 'build', '--type', 'h5'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`H5 build failed:\n${result.stderr}`)
}

/** Returns false when a target is missed. */
export async function runH5Bench(): Promise<boolean> {
  buildH5()
  const chunks = measureH5(path.join(ROOT, 'dist-h5'))
  reportH5(chunks)
  console.log('')
  const cls = await runClsBench()
  reportClsBench(cls)
  console.log('')
  const lighthouse = await runLighthouse()
  reportLighthouse(lighthouse)
  return chunks.ratio < DUPLICATION_TARGET && cls.pass && lighthouse.pass
}
