export default definePageConfig({ navigationBarTitleText: '金融服务' })
