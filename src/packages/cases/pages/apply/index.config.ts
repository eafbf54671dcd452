export default definePageConfig({ navigationBarTitleText: '一键代办' })
