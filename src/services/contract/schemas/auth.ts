import * as z from 'zod/mini'
import '../zod'
import { Profile } from './profile'

export const LoginRequest = z.object({
  /** weapp: the `Taro.login` code. H5 development sign-in: `dev:<device id>`. */
  code: z
    .string()
    .check(
      z.minLength(1, '登录凭证为空，请重新打开小程序'),
      z.maxLength(128, '登录凭证格式不正确'),
    ),
})

export const LoginResponse = z.object({
  token: z.string(),
  expiresAt: z.string(),
  profile: Profile,
})
export type LoginResponse = z.infer<typeof LoginResponse>
