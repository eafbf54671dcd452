export default definePageConfig({ navigationBarTitleText: '帮办工作台' })
