// `npm run bench`: every benchmark; exits non-zero when a budget or target is missed.
import { reportBookingHistoryBench, runBookingHistoryBench } from './booking-history'
import { reportBookingLoadBench, runBookingLoadBench } from './booking-load'
import { reportColdStartBench, runColdStartBench } from './cold-start'
import { reportEnginesBench, runEnginesBench } from './engines'
import { runH5Bench } from './h5'
import { reportPolicyBench, runPolicyBench } from './policy'
import { reportReadRoutesBench, runReadRoutesBench } from './read-routes'
import { reportRequestLoggingBench, runRequestLoggingBench } from './request-logging'
import { reportSearchBench, runSearchBench } from './search'
import { runSizeBench } from './sizes'
import { reportUploadStallBench, runUploadStallBench } from './upload-stall'

async function main(): Promise<void> {
  const sizesOk = runSizeBench()
  console.log('')
  const h5Ok = await runH5Bench()
  console.log('')
  const search = await runSearchBench()
  reportSearchBench(search)
  console.log('')
  const booking = await runBookingLoadBench()
  reportBookingLoadBench(booking)
  console.log('')
  const history = await runBookingHistoryBench()
  reportBookingHistoryBench(history)
  console.log('')
  const policy = runPolicyBench()
  reportPolicyBench(policy)
  console.log('')
  const stall = await runUploadStallBench()
  reportUploadStallBench(stall)
  console.log('')
  const engines = await runEnginesBench()
  reportEnginesBench(engines)
  console.log('')
  const coldStart = await runColdStartBench()
  reportColdStartBench(coldStart)
  console.log('')
  const logging = await runRequestLoggingBench()
  reportRequestLoggingBench(logging)
  console.log('')
  const readRoutes = await runReadRoutesBench()
  reportReadRoutesBench(readRoutes)
  const passed = [
    search,
    booking,
    history,
    policy,
    stall,
    engines,
    coldStart,
    logging,
    readRoutes,
  ].every((bench) => bench.pass)
  if (!sizesOk || !h5Ok || !passed) process.exitCode = 1
}

void main()
