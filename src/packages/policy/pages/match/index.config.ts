export default definePageConfig({ navigationBarTitleText: '政策匹配' })
