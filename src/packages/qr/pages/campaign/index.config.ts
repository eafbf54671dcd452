export default definePageConfig({ navigationBarTitleText: '扫码享政务礼包' })
