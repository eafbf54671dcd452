export default definePageConfig({ navigationBarTitleText: '验真：是不是官方' })
