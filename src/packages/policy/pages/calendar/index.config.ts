export default definePageConfig({ navigationBarTitleText: '申报日历与订阅' })
