export default definePageConfig({ navigationBarTitleText: '一码通 扫一扫' })
