/** Display masks required by PRODUCT.md: 138****5678, 1502**********1234, 张*. */
export function maskPhone(phone: string): string {
  return phone.length === 11
    ? `${phone.slice(0, 3)}****${phone.slice(7)}`
    : '*'.repeat(phone.length)
}

/** 身份证号 and 统一社会信用代码 share a shape: 18 characters, first 4 and last 4 kept. */
export function maskCode18(code: string): string {
  return code.length > 8
    ? `${code.slice(0, 4)}${'*'.repeat(code.length - 8)}${code.slice(-4)}`
    : '*'.repeat(code.length)
}

export function maskName(name: string): string {
  const chars = [...name]
  return chars.length <= 1 ? name : `${chars[0]}${'*'.repeat(chars.length - 1)}`
}

/** Replaces every ID number / USCC / mobile number inside free text, for logs. */
export function redact(text: string): string {
  return text
    .replace(/(?<![0-9A-Z])[0-9A-Y]{17}[0-9A-Y](?![0-9A-Z])/gi, (m) => maskCode18(m))
    .replace(/(?<!\d)1[3-9]\d{9}(?!\d)/g, (m) => maskPhone(m))
}
