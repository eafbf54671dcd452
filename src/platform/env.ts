export type PlatformName = 'weapp' | 'h5'

export const platformName: PlatformName = process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5'
export const isWeapp = platformName === 'weapp'
