// `npm run bench`: every benchmark; exits non-zero when a budget or target is missed.
import { reportBookingLoadBench, runBookingLoadBench } from './booking-load'
import { reportSearchBench, runSearchBench } from './search'
import { runSizeBench } from './sizes'

async function main(): Promise<void> {
  const sizesOk = runSizeBench()
  console.log('')
  const search = await runSearchBench()
  reportSearchBench(search)
  console.log('')
  const booking = await runBookingLoadBench()
  reportBookingLoadBench(booking)
  if (!sizesOk || !search.pass || !booking.pass) process.exitCode = 1
}

void main()
