export default definePageConfig({ navigationBarTitleText: 'points/pages/detail' })
