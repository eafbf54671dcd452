/** What a 统一社会信用代码 tells by itself (GB 32100): registrar, organisation type, region. */
const REGISTRARS: Record<string, { name: string; types: Record<string, string> }> = {
  '1': {
    name: '机构编制部门',
    types: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体' },
  },
  '5': { name: '民政部门', types: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会' } },
  '9': {
    name: '市场监督管理部门',
    types: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' },
  },
  Y: { name: '其他登记管理部门', types: {} },
}

const REGIONS: Record<string, string> = {
  '150204': '内蒙古自治区包头市青山区',
  '150202': '内蒙古自治区包头市东河区',
  '150203': '内蒙古自治区包头市昆都仑区',
  '150205': '内蒙古自治区包头市石拐区',
  '150206': '内蒙古自治区包头市白云鄂博矿区',
  '150207': '内蒙古自治区包头市九原区',
  '150271': '内蒙古自治区包头市稀土高新技术产业开发区',
  '150200': '内蒙古自治区包头市',
}

export function registrationOf(uscc: string): { label: string; value: string }[] {
  const registrar = REGISTRARS[uscc[0] ?? '']
  const rows: { label: string; value: string }[] = []
  if (registrar) {
    rows.push({ label: '登记管理部门', value: registrar.name })
    const type = registrar.types[uscc[1] ?? '']
    if (type) rows.push({ label: '机构类别', value: type })
  }
  const region = uscc.slice(2, 8)
  const place = REGIONS[region] ?? (region.startsWith('15') ? '内蒙古自治区' : undefined)
  rows.push({ label: '登记机关行政区划', value: place ? `${place}（${region}）` : region })
  return rows
}
