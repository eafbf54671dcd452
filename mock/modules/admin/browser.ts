/** “Chrome · Linux” from a User-Agent: what the administrator checks before confirming. */
export function browserSummary(userAgent: string): string {
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /OPR\//.test(userAgent)
      ? 'Opera'
      : /Firefox\//.test(userAgent)
        ? 'Firefox'
        : /(Chrome|Chromium|HeadlessChrome)\//.test(userAgent)
          ? 'Chrome'
          : /Safari\//.test(userAgent)
            ? 'Safari'
            : '未知浏览器'
  const os = /Windows/.test(userAgent)
    ? 'Windows'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Mac OS X|Macintosh/.test(userAgent)
        ? 'macOS'
        : /Android/.test(userAgent)
          ? 'Android'
          : /CrOS/.test(userAgent)
            ? 'ChromeOS'
            : /Linux/.test(userAgent)
              ? 'Linux'
              : '未知系统'
  return `${browser} · ${os}`
}

/** An address with its middle hidden: `192.*.*.23`, `2408:*::7`. */
export function maskIp(ip: string): string {
  const v4 = /^(?:::ffff:)?(\d+)\.\d+\.\d+\.(\d+)$/.exec(ip)
  if (v4) return `${v4[1]}.*.*.${v4[2]}`
  const groups = ip.split(':').filter((g) => g !== '')
  if (groups.length >= 2) return `${groups[0]}:*::${groups[groups.length - 1]}`
  return '*'
}
