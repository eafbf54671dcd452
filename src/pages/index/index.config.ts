export default definePageConfig({
  navigationBarTitleText: '智慧政务服务管家',
  usingComponents:
    process.env.TARO_ENV === 'weapp'
      ? { 'privacy-consent': '../../components/native/privacy-consent/index' }
      : {},
})
