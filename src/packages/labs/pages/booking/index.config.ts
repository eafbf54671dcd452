export default definePageConfig({ navigationBarTitleText: '检测预约与报告' })
