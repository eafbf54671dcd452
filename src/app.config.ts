// Compiled by Taro on its own: keep it literal (no imports, no aliases).
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/services/index', 'pages/mine/index', 'pages/not-found/index'],
  subPackages: [
    {
      root: 'packages/messages',
      pages: ['pages/inbox/index'],
    },
    {
      root: 'packages/account',
      pages: [
        'pages/settings/index',
        'pages/privacy/index',
        'pages/identity/index',
        'pages/agents/index',
        'pages/console-sign-in/index',
        'pages/staff-invite/index',
      ],
    },
    {
      root: 'packages/guide',
      pages: ['pages/ask/index'],
    },
    {
      root: 'packages/points',
      pages: ['pages/list/index', 'pages/detail/index', 'pages/nearby/index'],
    },
    {
      root: 'packages/catalog',
      pages: [
        'pages/search/index',
        'pages/guide/index',
        'pages/bundle/index',
        'pages/favorites/index',
      ],
    },
    {
      root: 'packages/booking',
      pages: [
        'pages/start/index',
        'pages/book/index',
        'pages/list/index',
        'pages/detail/index',
        'pages/check-in/index',
      ],
    },
    {
      root: 'packages/policy',
      pages: [
        'pages/match/index',
        'pages/profile/index',
        'pages/detail/index',
        'pages/calendar/index',
        'pages/green/index',
      ],
    },
    {
      root: 'packages/qr',
      pages: [
        'pages/scan/index',
        'pages/zone/index',
        'pages/queue/index',
        'pages/campaign/index',
        'pages/records/index',
        'pages/verify/index',
      ],
    },
    {
      root: 'packages/legal',
      pages: [
        'pages/index/index',
        'pages/intake/index',
        'pages/knowledge/index',
        'pages/ask/index',
        'pages/thread/index',
        'pages/aid/index',
        'pages/desk/index',
      ],
    },
    {
      root: 'packages/life',
      pages: ['pages/index/index', 'pages/bills/index', 'pages/pay/index', 'pages/receipt/index'],
    },
    {
      root: 'packages/finance',
      pages: [
        'pages/index/index',
        'pages/credit/index',
        'pages/apply/index',
        'pages/application/index',
        'pages/bank/index',
      ],
    },
    {
      root: 'packages/telecom',
      pages: ['pages/index/index', 'pages/request/index'],
    },
    {
      root: 'packages/labs',
      pages: ['pages/index/index', 'pages/book/index', 'pages/booking/index', 'pages/lab/index'],
    },
    {
      root: 'packages/cases',
      pages: [
        'pages/apply/index',
        'pages/list/index',
        'pages/detail/index',
        'pages/correct/index',
        'pages/staff/index',
        'pages/staff-case/index',
        'pages/complaint/index',
      ],
    },
    {
      root: 'packages/media',
      pages: ['pages/index/index', 'pages/live/index', 'pages/video/index'],
    },
    {
      root: 'packages/ecert',
      pages: ['pages/wallet/index'],
    },
    {
      root: 'packages/family',
      pages: [
        'pages/grants/index',
        'pages/new/index',
        'pages/code/index',
        'pages/acting/index',
        'pages/claim/index',
      ],
    },
  ],
  // The subpackages one tap on a tab leads to download while the tab is shown, so that tap does
  // not wait (tests/src/app/preload-rule.test.ts checks the lists; tests/build/size-budget.test.ts
  // keeps each page's total within WeChat's 2 MB, and those on every network within 1 MB).
  preloadRule: {
    'pages/index/index': {
      network: 'all',
      packages: [
        'packages/guide',
        'packages/catalog',
        'packages/booking',
        'packages/qr',
        'packages/cases',
        'packages/points',
        'packages/family',
        'packages/account',
        'packages/policy',
        'packages/legal',
        'packages/life',
        'packages/finance',
        'packages/labs',
        'packages/telecom',
        'packages/media',
      ],
    },
    'pages/services/index': {
      network: 'all',
      packages: ['packages/catalog', 'packages/points', 'packages/booking', 'packages/life'],
    },
    'pages/mine/index': {
      network: 'all',
      packages: [
        'packages/messages',
        'packages/account',
        'packages/booking',
        'packages/cases',
        'packages/ecert',
        'packages/family',
        'packages/qr',
      ],
    },
  },
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '智慧政务服务管家',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f4f6f9',
  },
  tabBar: {
    color: '#4a5260',
    selectedColor: '#0b57d0',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/index/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/services/index',
        text: '办事',
        iconPath: 'assets/tabbar/services.png',
        selectedIconPath: 'assets/tabbar/services-active.png',
      },
      {
        pagePath: 'pages/mine/index',
        text: '我的',
        iconPath: 'assets/tabbar/mine.png',
        selectedIconPath: 'assets/tabbar/mine-active.png',
      },
    ],
  },
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': { desc: '用于按距离为您推荐最近的政务服务网点' },
  },
  // weapp privacy consent is handled by our native component via onNeedPrivacyAuthorization.
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
  // 朗读 on weapp: WeChat's 同声传译 plugin, once the AppID has added it (README).
  ...(process.env.TARO_APP_WECHAT_SI === 'on'
    ? { plugins: { WechatSI: { version: '0.3.6', provider: 'wx069ba97219f66d99' } } }
    : {}),
})
