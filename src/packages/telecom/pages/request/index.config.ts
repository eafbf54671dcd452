export default definePageConfig({ navigationBarTitleText: '通信业务办理' })
