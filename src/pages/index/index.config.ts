export default definePageConfig({ navigationBarTitleText: '智慧政务服务管家' })
