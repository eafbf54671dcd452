export default definePageConfig({ navigationBarTitleText: '认领工作人员邀请' })
