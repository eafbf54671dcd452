export default definePageConfig({ navigationBarTitleText: 'account/pages/identity' })
