// `npx tsx tests/bench/search-build.ts [factor]`: only the index build at one synthesised scale,
// its CPU seconds and the heap after it (a quick loop for build changes; search.ts is the bench).
import { catalogSeed } from '../../mock/modules/catalog/data'
import { createSearchIndex } from '../../mock/modules/catalog/search'
import { synthesise } from './search-scale'

const factor = Number(process.argv[2] ?? 10)
const real = catalogSeed.items.map(({ id, name, keywords, audiences, popularity }) => {
  return { id, name, keywords, audiences, popularity }
})
const bundles = catalogSeed.bundles.map(({ id, name, scene, audience, description }) => {
  return { id, name, scene, audience, description }
})
const docs = factor === 1 ? real : synthesise(real, factor)
const started = process.cpuUsage()
const index = createSearchIndex(docs, bundles)
const used = process.cpuUsage(started)
const memory = process.memoryUsage()
console.log(
  JSON.stringify({
    factor,
    docs: index.size,
    buildCpuS: Math.round((used.user + used.system) / 1e4) / 100,
    heapMb: Math.round((memory.heapUsed + memory.arrayBuffers) / 2 ** 20),
  }),
)
