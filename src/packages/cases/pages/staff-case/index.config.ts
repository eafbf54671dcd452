export default definePageConfig({ navigationBarTitleText: '帮办办件' })
