export default definePageConfig({ navigationBarTitleText: '银行工作台' })
