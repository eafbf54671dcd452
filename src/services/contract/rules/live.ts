import type { LiveStatus } from '../schemas/media'

/** A session's state at `now`: computed from its schedule, never stored. */
export function liveStatus(startsAt: string, endsAt: string, now: Date): LiveStatus {
  const t = now.getTime()
  if (t < new Date(startsAt).getTime()) return 'upcoming'
  return t < new Date(endsAt).getTime() ? 'live' : 'finished'
}
