/** Where a record with a due day stands: answered on time or late, or still open (overdue or not). */
export interface DueTally {
  onTime: number
  late: number
  pendingOverdue: number
  pending: number
}

export const emptyTally = (): DueTally => ({ onTime: 0, late: 0, pendingOverdue: 0, pending: 0 })

/** Adds `count` records due on `due` and answered on `doneDay` (null = not yet), as of `today`. */
export function tally(
  into: DueTally,
  count: number,
  due: string,
  doneDay: string | null,
  today: string,
): void {
  if (doneDay !== null) {
    if (doneDay <= due) into.onTime += count
    else into.late += count
  } else if (today > due) into.pendingOverdue += count
  else into.pending += count
}
