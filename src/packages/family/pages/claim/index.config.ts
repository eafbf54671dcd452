export default definePageConfig({ navigationBarTitleText: '输入授权码' })
