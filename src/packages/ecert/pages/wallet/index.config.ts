export default definePageConfig({ navigationBarTitleText: '我的电子证照' })
