export default definePageConfig({ navigationBarTitleText: '案情自助梳理' })
