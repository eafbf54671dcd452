// The phone as wx reports it: an iPhone-sized window, base library 3.7, a configurable font size.

export function deviceInfo(fontSizeSetting: number) {
  const window = {
    pixelRatio: 2,
    screenWidth: 375,
    screenHeight: 812,
    windowWidth: 375,
    windowHeight: 724,
    statusBarHeight: 44,
  }
  const appBase = {
    SDKVersion: '3.7.0',
    language: 'zh_CN',
    version: '8.0.50',
    theme: 'light',
    fontSizeSetting,
  }
  const device = { platform: 'ios', brand: 'iPhone', model: 'iPhone 13', system: 'iOS 17.0' }
  return { window, appBase, device, system: { ...window, ...appBase, ...device } }
}

/** wx.createSelectorQuery with zero-sized nodes: enough for code that measures before it scrolls. */
export function createSelectorQuery() {
  const results: unknown[] = []
  const query = {
    in: () => query,
    select: () => nodes,
    selectAll: () => nodes,
    selectViewport: () => nodes,
    exec: (cb?: (res: unknown[]) => void) => setTimeout(() => cb?.(results), 0),
  }
  const nodes = {
    boundingClientRect: () => (results.push({ top: 0, left: 0, width: 0, height: 0 }), query),
    scrollOffset: () => (results.push({ scrollTop: 0, scrollLeft: 0 }), query),
    fields: () => (results.push({}), query),
  }
  return query
}

/** wx.createVideoContext: records seek and play. */
export function videoApis(record: (api: string, args: unknown[]) => void) {
  return {
    createVideoContext: (id: string) => {
      record('createVideoContext', [id])
      return {
        seek: (seconds: number) => record('VideoContext.seek', [seconds]),
        play: () => record('VideoContext.play', []),
        pause: () => record('VideoContext.pause', []),
      }
    },
  }
}
