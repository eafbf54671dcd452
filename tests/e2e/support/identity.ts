import type { Page } from 'playwright-core'
import type { RegisteredPerson } from '../../support/people'
import { fill, visiblePage } from './actions'

export { PEOPLE } from '../../support/people'

/** The code the dev verifier "sent" to the phone on file, read as the signed-in page's user. */
async function outboxCode(page: Page, baseUrl: string): Promise<string> {
  const raw = await page.evaluate(() => localStorage.getItem('gov.session'))
  // Taro's H5 storage wraps every value as {"data": …}; zustand stores its state as JSON text.
  const token = /\\?"token\\?":\\?"([A-Za-z0-9_-]+)/.exec(raw ?? '')?.[1]
  const res = await fetch(`${baseUrl}/api/v1/dev/outbox`, {
    headers: { authorization: `Bearer ${token ?? ''}` },
  })
  const { data } = (await res.json()) as { data: { items: { text: string }[] } }
  const code = /验证码为(\d{6})/.exec(data.items[0]?.text ?? '')?.[1]
  if (!code) throw new Error('no code in the dev outbox')
  return code
}

/** 实名核验 in the app as a person would: name and number, the SMS code, confirm. */
export async function verifyInApp(
  page: Page,
  baseUrl: string,
  person: RegisteredPerson,
): Promise<void> {
  await page.goto(`${baseUrl}/packages/account/pages/identity/index`)
  await fill(page, '姓名', person.name)
  await fill(page, '居民身份证号', person.idNumber)
  await visiblePage(page).getByRole('button', { name: '获取验证码' }).click()
  await visiblePage(page)
    .getByText(/验证码已发送至人口库登记的手机/)
    .waitFor()
  await fill(page, '短信验证码', await outboxCode(page, baseUrl))
  await visiblePage(page).getByRole('button', { name: '确认核验' }).click()
  await visiblePage(page)
    .getByText(/已通过实名核验/)
    .waitFor()
}
