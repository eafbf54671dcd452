export default definePageConfig({ navigationBarTitleText: '商户绿色通道' })
