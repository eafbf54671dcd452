export default definePageConfig({ navigationBarTitleText: '信用自评' })
