export default definePageConfig({ navigationBarTitleText: 'services' })
