import { PRIVACY_POLICY_VERSION } from '../../services/contract'

export interface PolicySection {
  heading: string
  body: string
}

/** The privacy notice shown in-app; its version is the one consent is recorded against. */
export const PRIVACY_POLICY = {
  title: '智慧政务服务管家隐私保护指引',
  version: PRIVACY_POLICY_VERSION,
  operator: '包头市青山区政务服务和数据管理局',
  sections: [
    {
      heading: '我们收集哪些信息',
      body: '登录时的微信标识（用于识别您的账号，不含手机号）；您主动填写的姓名、居民身份证号、企业名称与统一社会信用代码；您授权后的大致位置（仅用于查找附近网点，不保存）。',
    },
    {
      heading: '我们如何使用',
      body: '仅用于为您办理、预约和查询政务服务。身份证号、手机号在页面和日志中均打码显示，不会用于营销，不会出售或向无关第三方提供。',
    },
    {
      heading: '保存多久',
      body: '账号信息保存至您注销账号；未提交的填写内容只保存在您的手机上，7天后自动删除。',
    },
    {
      heading: '您的权利',
      body: '您可以在“我的 - 设置”中查看本指引、退出登录；如需更正或删除个人信息，可拨打12345政务服务便民热线或到青山区政务服务中心咨询台办理。',
    },
  ] satisfies PolicySection[],
} as const
