export default definePageConfig({ navigationBarTitleText: '代家人办' })
