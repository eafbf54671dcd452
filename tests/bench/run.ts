// `npm run bench`: every benchmark; exits non-zero when a budget or target is missed.
import { reportSearchBench, runSearchBench } from './search'
import { runSizeBench } from './sizes'

async function main(): Promise<void> {
  const sizesOk = runSizeBench()
  console.log('')
  const search = await runSearchBench()
  reportSearchBench(search)
  if (!sizesOk || !search.pass) process.exitCode = 1
}

void main()
