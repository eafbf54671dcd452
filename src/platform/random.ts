/** Random hex id from the platform CSPRNG when there is one (H5, WeChat base library ≥ 2.x getRandomValues). */
export function randomId(bytes = 16): string {
  const cryptoApi = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } })
    .crypto
  const buf = new Uint8Array(bytes)
  if (cryptoApi?.getRandomValues) cryptoApi.getRandomValues(buf)
  else for (let i = 0; i < bytes; i++) buf[i] = Math.floor(Math.random() * 256)
  return Array.from(buf, (b) => b.toString(16).padStart(2, '0')).join('')
}
