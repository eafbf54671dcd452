import { createSearchIndex, type SearchDoc } from '../../mock/modules/catalog/search'

// id | name | audiences (p personal, e enterprise) | popularity | keywords
const FIXTURE = `
qy-kb|企业开办（设立登记）|e|95|营业执照 开公司
ws-kb|外商投资企业开办登记|e|40|
qy-zx|企业注销登记|e|60|
gt-sl|个体工商户设立登记|e|65|营业执照
qy-dz|企业经营场所地址变更登记|e|45|
zs-ba|诊所备案|e|70|
zy-zs|中医诊所备案|e|50|
zs-zy|诊所执业登记|e|35|
ys-bg|医师执业注册变更（执业地点变更）|p|40|
hs-bg|护士执业注册变更|p|35|
sp-jy|食品经营许可证核发|e|55|
gg-ws|公共场所卫生许可证核发|e|30|
yp-ls|药品零售企业许可|e|25|
sb-dj|社会保险参保登记（个人）|p|80|社保
sb-cx|个人社保查询|p|75|社保
yb-jf|城乡居民基本医疗保险缴费|p|90|医保缴费 医保
yb-jl|医保缴费记录查询|p|60|
bdc-zy|不动产转移登记|pe|75|过户 房产证
kd-kt|宽带开通|p|30|
jzz|居住证办理|p|85|
yh-kh|银行开户预约|pe|50|
gjj-tq|住房公积金提取|p|88|
gjj-hk|住房公积金提前还款|p|52|
gjj-dk|住房公积金贷款申请|p|70|
yl-cb|城乡居民养老保险参保登记|p|50|
sy-sl|失业保险金申领|p|45|
sy-jt|生育津贴申领|p|42|
cs-dj|新生儿出生登记（入户）|p|58|
jh-dj|结婚登记|p|62|
db-sq|最低生活保障申请|p|40|低保
ls-jz|临时救助申请|p|20|
cj-pd|残疾人证重新评定|p|15|
gl-jt|高龄津贴申领|p|33|
lnr-yd|老年人优待证办理|p|28|
sg-xk|建设工程施工许可证核发|e|22|
ps-xk|排水许可证核发|e|12|
wj-xk|城市道路挖掘许可|e|10|
gg-sp|户外广告设施设置审批|e|8|
rx-dj|中小学入学登记|p|77|
ty-yd|退役军人优待证申领|p|18|
fl-yz|法律援助申请|p|21|
cq-hl|长期护理保险待遇申请|p|24|`

const AUDIENCES = { p: ['personal'], e: ['enterprise'], pe: ['personal', 'enterprise'] } as const
const docs: SearchDoc[] = FIXTURE.trim()
  .split('\n')
  .map((line) => {
    const [id = '', name = '', audience = 'p', popularity = '0', keywords = ''] = line.split('|')
    const audiences = [...(AUDIENCES[audience as keyof typeof AUDIENCES] ?? [])]
    return { id, name, audiences, popularity: Number(popularity), keywords: keywords.split(' ') }
  })
const byId = new Map(docs.map((doc) => [doc.id, doc]))
const index = createSearchIndex(docs)

const ids = (q: string, options?: Parameters<typeof index.search>[1]) =>
  index.search(q, options).map((hit) => hit.id)
/** The first hits as "id kind highlighted+text", to read at a glance. */
const top = (q: string, n = 1) =>
  index
    .search(q)
    .slice(0, n)
    .map(({ id, matchedBy, highlight }) => {
      const name = byId.get(id)?.name ?? ''
      return `${id} ${matchedBy} ${highlight.map(([s, e]) => name.slice(s, e)).join('+')}`.trim()
    })
    .join(', ')

describe('catalog search', () => {
  it('indexes every document', () => expect(index.size).toBe(docs.length))

  describe('Chinese', () => {
    it('matches substrings of names and highlights them', () => {
      expect(index.search('企业开办').slice(0, 2)).toEqual([
        { id: 'qy-kb', matchedBy: 'name', highlight: [[0, 4]] },
        { id: 'ws-kb', matchedBy: 'name', highlight: [[4, 8]] },
      ])
      expect(index.search('开办设立')[0]?.highlight).toEqual([
        [2, 4],
        [5, 7],
      ])
    })
    it('ranks a name prefix above a more popular substring match', () => {
      expect(ids('诊所')).toEqual(['zs-ba', 'zs-zy', 'zy-zs'])
    })
    it('counts keyword hits as name matches after name hits, highlighting nothing', () => {
      expect(top('医保', 2)).toBe('yb-jl name 医保, yb-jf name')
      expect(ids('营业执照')).toEqual(['qy-kb', 'gt-sl'])
    })
  })

  describe('pinyin', () => {
    it('matches full pinyin from a syllable start, mapping highlights back to characters', () => {
      expect(top('qiyekaiban', 2)).toBe('qy-kb pinyin 企业开办, ws-kb pinyin 企业开办')
      expect(index.search('kaibansheli')[0]?.highlight).toEqual([
        [2, 4],
        [5, 7],
      ])
      expect(top('zhensuobeian', 2)).toBe('zs-ba pinyin 诊所备案, zy-zs pinyin 诊所备案')
      expect(top('yibaojiaofei', 2)).toBe('yb-jl pinyin 医保缴费, yb-jf pinyin') // keyword
      expect(ids('bian').length).toBeGreaterThan(0)
      expect(ids('ian')).toEqual([]) // inside 变 bian: not from a syllable start
    })
    it('matches a prefix, ending inside a syllable, ordered by popularity', () => {
      expect(ids('qiye')).toEqual(['qy-kb', 'qy-zx', 'qy-dz', 'ws-kb', 'yp-ls'])
      expect(top('zhens')).toBe('zs-ba pinyin 诊所')
    })
    it('reads polyphones in context', () => {
      expect(top('yinhang')).toBe('yh-kh pinyin 银行')
      expect(top('chongxin')).toBe('cj-pd pinyin 重新')
      expect(top('didian')).toBe('ys-bg pinyin 地点')
      expect(top('dizhibiangeng')).toBe('qy-dz pinyin 地址变更')
      expect(top('changqihuli')).toBe('cq-hl pinyin 长期护理')
      expect(top('falv')).toBe('fl-yz pinyin 法律')
    })
    it('keeps the other common reading of a polyphone, ranked after', () => {
      expect(top('huankuan')).toBe('gjj-hk pinyin 还款') // pinyin-pro reads 还款 haikuan
      const small = createSearchIndex([
        {
          id: 'bank',
          name: '银行开户预约',
          keywords: [],
          audiences: ['personal'],
          popularity: 100,
        },
        { id: 'lens', name: '隐形眼镜验配', keywords: [], audiences: ['personal'], popularity: 1 },
      ])
      expect(small.search('yinxing').map((hit) => [hit.id, hit.highlight])).toEqual([
        ['lens', [[0, 2]]],
        ['bank', [[0, 2]]],
      ])
    })
    it('reads mixed pinyin and Chinese', () => {
      expect(top('qiye开办')).toBe('qy-kb pinyin 企业开办')
    })
  })

  it('matches initials', () => {
    expect(top('qykb', 2)).toBe('qy-kb initials 企业开办, ws-kb initials 企业开办')
    expect(top('ybjf', 2)).toBe('yb-jl initials 医保缴费, yb-jf initials') // keyword
    expect(top('sbcx')).toBe('sb-cx initials 社保查询')
  })

  describe('one typo', () => {
    it('tolerates one wrong, missing or extra Chinese character', () => {
      expect(top('企业开班', 2)).toBe('qy-kb fuzzy 企业开办, ws-kb fuzzy 企业开办')
      expect(top('诊所被案')).toBe('zs-ba fuzzy 诊所备案')
      expect(top('诊所案')).toBe('zs-ba fuzzy 诊所备案')
      expect(top('宽带的开通')).toBe('kd-kt fuzzy 宽带开通')
    })
    it('tolerates one wrong, missing or extra pinyin letter', () => {
      expect(top('qiyekaibam')).toBe('qy-kb fuzzy 企业开办')
      expect(top('kuandaikaiong')).toBe('kd-kt fuzzy 宽带开通')
      expect(top('juzhuzhenng')).toBe('jzz fuzzy 居住证')
      expect(top('qykx')).toBe('qy-kb fuzzy 企业开办')
    })
    it('finds nothing with two typos, and never goes fuzzy on short queries', () => {
      for (const q of ['企鹅开班', '诊所被按', 'qiyekaobam', 'kuandaikaitomq', '诊被', 'qx', 'zqx'])
        expect([q, ids(q)]).toEqual([q, []])
    })
    it('stays exact when exact matching finds enough', () => {
      expect(index.search('qiye').every((hit) => hit.matchedBy === 'pinyin')).toBe(true)
    })
  })

  it('filters by audience', () => {
    const enterprise = ids('dengji', { audience: 'enterprise' })
    expect(enterprise.length).toBeGreaterThan(3)
    expect(enterprise.every((id) => byId.get(id)?.audiences.includes('enterprise'))).toBe(true)
    expect(ids('qiye', { audience: 'personal' })).toEqual([])
    expect(ids('yinhang', { audience: 'personal' })).toEqual(['yh-kh'])
  })

  it('limits results: 20 by default, at most 50', () => {
    const many = createSearchIndex(
      Array.from({ length: 60 }, (_, i) => ({
        ...{ id: `x${i}`, name: `事项${i}办理`, keywords: [] },
        ...{ audiences: ['personal' as const], popularity: i },
      })),
    )
    expect(many.search('shixiang')).toHaveLength(20)
    expect(many.search('事项', { limit: 3 }).map((hit) => hit.id)).toEqual(['x59', 'x58', 'x57'])
    expect(many.search('事项', { limit: 500 })).toHaveLength(50)
    expect(many.search('事项', { limit: 0 })).toHaveLength(1)
  })

  it('returns an empty array when nothing matches', () => {
    expect(index.search('火箭发射')).toEqual([])
    expect(index.search('zzzzzz')).toEqual([])
  })

  it('normalises case, full-width forms, spaces, apostrophes and punctuation', () => {
    expect(top(' Qi Ye  Kai-Ban！')).toBe('qy-kb pinyin 企业开办')
    expect(top('ＱＹＫＢ')).toBe('qy-kb initials 企业开办')
    expect(ids("qi'ye")).toEqual(ids('qiye'))
    expect(top('qyk b?')).toBe('qy-kb initials 企业开办')
    expect(top('企业　开办，')).toBe('qy-kb name 企业开办')
  })

  it('never throws on hostile input', () => {
    const hostile = ['%', "'; drop table items; --", 'a'.repeat(30), '😀🎉', '', '   ', '\u0000']
    for (const q of [
      ...hostile,
      'a'.repeat(10_000),
      '𠀀𠀁',
      '\\',
      '.*',
      '[',
      null,
      undefined,
      42,
    ]) {
      expect(() => index.search(q as string)).not.toThrow()
      expect(Array.isArray(index.search(q as string, { limit: Number.NaN }))).toBe(true)
    }
    expect(index.search('%')).toEqual([])
  })
})
