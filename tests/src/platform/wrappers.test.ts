// Platform wrappers answer with typed results on both targets and never trust an H5 "success"
// that carries only errMsg (what an unsupported API returns in an H5 production build).
type TaroFake = Record<string, jest.Mock>

function load<T extends object>(target: 'weapp' | 'h5', modulePath: string, taro: TaroFake): T {
  process.env.TARO_ENV = target
  let loaded: T | undefined
  jest.isolateModules(() => {
    jest.doMock('@tarojs/taro', () => ({ __esModule: true, default: taro }))
    loaded = jest.requireActual<T>(modulePath)
  })
  return loaded as T
}

type LocationModule = typeof import('../../../src/platform/location')
type Scan = typeof import('../../../src/platform/scan')
type Login = typeof import('../../../src/platform/login')
type Subscribe = typeof import('../../../src/platform/subscribe')
type System = typeof import('../../../src/platform/system')

afterEach(() => {
  delete process.env.TARO_ENV
})

describe('location', () => {
  test('H5 asks for wgs84 and refuses a result with only errMsg', async () => {
    const getLocation = jest.fn().mockResolvedValue({ errMsg: 'getLocation:ok' })
    const { getLocation: locate } = load<LocationModule>('h5', '../../../src/platform/location', {
      getLocation,
    })
    await expect(locate()).resolves.toMatchObject({ ok: false, reason: 'unsupported' })
    expect(getLocation).toHaveBeenCalledWith({ type: 'wgs84' })
  })

  test('weapp returns the coordinates; a denied permission says what to do', async () => {
    const getLocation = jest
      .fn()
      .mockResolvedValueOnce({ latitude: 40.65, longitude: 109.86, errMsg: 'getLocation:ok' })
      .mockRejectedValueOnce({ errMsg: 'getLocation:fail auth deny' })
    const { getLocation: locate } = load<LocationModule>(
      'weapp',
      '../../../src/platform/location',
      {
        getLocation,
      },
    )
    await expect(locate()).resolves.toEqual({ ok: true, latitude: 40.65, longitude: 109.86 })
    expect(getLocation).toHaveBeenCalledWith({ type: 'gcj02' })
    await expect(locate()).resolves.toMatchObject({
      ok: false,
      reason: 'denied',
      message: expect.stringContaining('允许'),
    })
  })
})

describe('scan', () => {
  test('H5 does not pretend to scan', async () => {
    const scanCode = jest.fn()
    const { scanCode: scan } = load<Scan>('h5', '../../../src/platform/scan', { scanCode })
    await expect(scan()).resolves.toMatchObject({
      ok: false,
      reason: 'unsupported',
      message: expect.stringContaining('手动输入'),
    })
    expect(scanCode).not.toHaveBeenCalled()
  })

  test('weapp scans from the camera only; cancelling is not an error', async () => {
    const scanCode = jest
      .fn()
      .mockResolvedValueOnce({
        result: 'https://example/qr/abc',
        scanType: 'QR_CODE',
        errMsg: 'scanCode:ok',
      })
      .mockRejectedValueOnce({ errMsg: 'scanCode:fail cancel' })
    const { scanCode: scan } = load<Scan>('weapp', '../../../src/platform/scan', { scanCode })
    await expect(scan()).resolves.toEqual({
      ok: true,
      text: 'https://example/qr/abc',
      scanType: 'QR_CODE',
    })
    expect(scanCode).toHaveBeenCalledWith({ onlyFromCamera: true })
    await expect(scan()).resolves.toMatchObject({ ok: false, reason: 'cancelled' })
  })
})

describe('login', () => {
  test('weapp passes the wx.login code; an empty code is a failure', async () => {
    const login = jest
      .fn()
      .mockResolvedValueOnce({ code: '0a1b2c', errMsg: 'login:ok' })
      .mockResolvedValueOnce({ errMsg: 'login:ok' })
    const { getLoginCode } = load<Login>('weapp', '../../../src/platform/login', { login })
    await expect(getLoginCode()).resolves.toEqual({ ok: true, code: '0a1b2c' })
    await expect(getLoginCode()).resolves.toMatchObject({ ok: false })
  })

  test('H5 development sign-in keeps one device id across launches', async () => {
    const store = new Map<string, string>()
    const taro = {
      getStorageSync: jest.fn((k: string) => store.get(k) ?? ''),
      setStorageSync: jest.fn((k: string, v: string) => store.set(k, v)),
      removeStorageSync: jest.fn(),
      login: jest.fn(),
    }
    const first = await load<Login>('h5', '../../../src/platform/login', taro).getLoginCode()
    const second = await load<Login>('h5', '../../../src/platform/login', taro).getLoginCode()
    expect(first).toMatchObject({ ok: true, code: expect.stringMatching(/^dev:[0-9a-f]{32}$/) })
    expect(second).toEqual(first)
    expect(taro.login).not.toHaveBeenCalled()
  })
})

describe('subscribe and system', () => {
  test('weapp reports which templates were accepted; H5 falls back to in-app reminders', async () => {
    const requestSubscribeMessage = jest
      .fn()
      .mockResolvedValue({ errMsg: 'ok', T1: 'accept', T2: 'reject' })
    const weapp = load<Subscribe>('weapp', '../../../src/platform/subscribe', {
      requestSubscribeMessage,
    })
    await expect(weapp.requestSubscribe(['T1', 'T2'])).resolves.toEqual({
      ok: true,
      accepted: ['T1'],
    })
    const h5 = load<Subscribe>('h5', '../../../src/platform/subscribe', { requestSubscribeMessage })
    await expect(h5.requestSubscribe(['T1'])).resolves.toMatchObject({
      ok: false,
      message: expect.stringContaining('站内消息'),
    })
  })

  test('the WeChat font setting turns 跟随系统 into 长辈模式 from 20px up', () => {
    const info = (fontSizeSetting: number) => ({
      getAppBaseInfo: jest.fn(() => ({ fontSizeSetting })),
    })
    expect(
      load<System>('weapp', '../../../src/platform/system', info(17)).systemPrefersLargeText(),
    ).toBe(false)
    expect(
      load<System>('weapp', '../../../src/platform/system', info(20)).systemPrefersLargeText(),
    ).toBe(true)
    expect(
      load<System>('h5', '../../../src/platform/system', info(24)).getWechatFontSize(),
    ).toBeNull()
  })
})
