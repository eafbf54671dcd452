export default definePageConfig({ navigationBarTitleText: '宽带与套餐比价' })
