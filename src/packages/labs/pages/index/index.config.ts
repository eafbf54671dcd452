export default definePageConfig({ navigationBarTitleText: '检测服务' })
