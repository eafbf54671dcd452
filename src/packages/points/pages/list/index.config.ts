export default definePageConfig({ navigationBarTitleText: 'points/pages/list' })
