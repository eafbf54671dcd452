import { Tabs, Typography } from 'antd'
import { LiveTab } from './media-live'
import { VideosTab } from './media-videos'

/** 直播与视频: the 政务直播 timetable and the 视频讲解 library. */
export function MediaPage() {
  return (
    <>
      <Typography.Title level={2}>直播与视频</Typography.Title>
      <Tabs
        items={[
          { key: 'live', label: '直播排期', children: <LiveTab /> },
          { key: 'videos', label: '视频讲解', children: <VideosTab /> },
        ]}
      />
    </>
  )
}
