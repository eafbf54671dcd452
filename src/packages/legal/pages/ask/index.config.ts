export default definePageConfig({ navigationBarTitleText: '问律师' })
