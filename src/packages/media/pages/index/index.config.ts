export default definePageConfig({ navigationBarTitleText: '政务直播' })
