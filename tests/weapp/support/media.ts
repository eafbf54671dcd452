// 政务直播 and 视频讲解 pages, one spec per page, on the real server (its seeded tutorials,
// replays and live timetable at Monday 2026-03-02 09:00).
import { urlsOf, type PageSpec } from './mini-app'
import { waitFor } from './simulate'

const annualReport = '企业年报申报直播：跟着主播半小时填完'

export const mediaSpecs: Record<string, PageSpec> = {
  'packages/media/pages/index/index': {
    shows: [
      '正在播出',
      '● 录播中（事先录制的讲解）',
      '医保直播间：异地就医备案与门诊慢特病',
      '即将开播',
      `开播提醒：${annualReport}`,
      '精彩回放',
      '看回放：企业开办一件事：执照、公章、发票一次领',
      '视频讲解',
      '共 155 个视频',
      '企业年报怎么填？逐项演示年度报告公示',
      '加载更多（已显示 10 / 155）',
    ],
    async interact(page, app) {
      await page.tap(`开播提醒：${annualReport}`)
      await page.waitForText(`✓ 已预约提醒（点此取消）：${annualReport}`, '已有 1 人预约')
      expect(
        app.wx.requests('PUT /api/v1/media/live/live-annual-report/subscription')[0]?.body,
      ).toEqual({
        channel: 'app', // no template id is configured in .env.weapp: reminded in the app
      })
      expect(app.wx.callsTo('requestSubscribeMessage')).toEqual([])
      await page.tap('加载更多（已显示 10 / 155）')
      await page.waitForText('加载更多（已显示 20 / 155）')
      await page.tap('青山区卫生健康委员会')
      await page.waitForText('✓ 青山区卫生健康委员会', '高效办成一件事｜诊所备案一件事')
      const query = app.wx.requests('GET /api/v1/media/videos').at(-1)?.query
      expect(query?.get('department')).toBe('青山区卫生健康委员会')
      expect(query?.get('page')).toBe('1')
      await page.tap('观看录播：医保直播间：异地就医备案与门诊慢特病')
      await waitFor(() =>
        expect(urlsOf(app).at(-1)).toBe('/packages/media/pages/live/index?id=live-medical-remote'),
      )
    },
  },
  'packages/media/pages/live/index': {
    query: { id: 'live-medical-remote' },
    shows: [
      '● 录播中（事先录制的讲解）',
      '不能现场提问',
      '医保直播间：异地就医备案与门诊慢特病',
      '主讲：青山区医疗保障局',
    ],
    async interact(page) {
      const player = page.root.querySelector('.media-player')
      expect(player).toBeDefined()
      expect(page.text()).not.toContain('开播提醒')
    },
  },
  'packages/media/pages/video/index': {
    query: { id: 'v-bundle-clinic-filing', chapter: '3' },
    shows: [
      '高效办成一件事｜诊所备案一件事',
      '章节（点击跳到该步骤）',
      '0:00',
      '播放中 0:10',
      '第3章 第2件：护士执业注册（变更注册）',
      '办事指南：诊所备案一件事',
      '办事指南：护士执业注册（变更注册）',
    ],
    async interact(page, app) {
      await page.tap('第4章 第3件：诊所备案')
      await page.waitForText('播放中 0:15')
      expect(page.text()).not.toContain('播放中 0:10')
      expect(app.wx.callsTo('createVideoContext')).toEqual([['media-player']])
      expect(app.wx.callsTo('VideoContext.seek')).toEqual([[15]])
      expect(app.wx.callsTo('VideoContext.play')).toEqual([[]])
      await page.tap('办事指南：诊所备案一件事')
      await waitFor(() =>
        expect(urlsOf(app).at(-1)).toBe(
          '/packages/catalog/pages/bundle/index?id=bundle-clinic-filing',
        ),
      )
      // The guide the chapter explains offers the way back to the video, at its chapter.
      const guide = await app.open('packages/catalog/pages/guide/index', {
        id: 'health-clinic-filing',
      })
      await guide.waitForText('从第1章播放：诊所备案：申请条件和要准备的材料')
      await guide.tap('看视频讲解')
      await waitFor(() =>
        expect(urlsOf(app).at(-1)).toBe(
          '/packages/media/pages/video/index?id=v-health-clinic-filing&chapter=1',
        ),
      )
      guide.close()
    },
  },
}
