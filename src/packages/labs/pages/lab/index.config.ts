export default definePageConfig({ navigationBarTitleText: '检测机构工作台' })
