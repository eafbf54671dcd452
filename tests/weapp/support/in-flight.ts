/**
 * The app's wx.request calls the server has not answered yet. A spec that reads the server after
 * a tap waits for them first, as a person sees the result only after the request came back.
 */
const pending = new Set<Promise<unknown>>()

export function track<T>(request: Promise<T>): Promise<T> {
  pending.add(request)
  void request.finally(() => pending.delete(request)).catch(() => undefined)
  return request
}

export async function settled(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending])
}
