/** What a save did to bookings whose time it closed, for the administrator. */
export function closedBookingsText(closed: number): string {
  return closed > 0
    ? `${closed}个已预约的时段不再办公：已标为“需改约”，并已逐一通知预约人改约或取消`
    : '没有已预约的时段受影响'
}
