/** 12345 政务服务便民热线: answered 24 hours a day, the fallback whenever a desk is closed. */
export const HOTLINE = '12345'
