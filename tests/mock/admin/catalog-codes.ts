/** A 实施编码 of the same 实施主体 and 事项类型 with another 主项 number (so a new item). */
export function buildChecksumCode(code: string, main: number): string {
  return `${code.slice(0, 20)}${String(main).padStart(4, '0')}001001`
}
