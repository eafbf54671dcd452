/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | undefined
    TARO_APP_API_BASE: string | undefined
    TARO_APP_REMINDER_TEMPLATE_ID: string | undefined
  }
}

declare namespace JSX {
  interface IntrinsicElements {
    /** Native WeChat component in src/components/native/privacy-consent (weapp only). */
    'privacy-consent': {
      version: string
      required: boolean
      elder: boolean
      onAgree?: () => void
      onDisagree?: () => void
    }
  }
}
