import { Tabs, Typography } from 'antd'
import type { PageProps } from './page-props'
import { PeopleTab } from './staff-people'
import { InvitesTab } from './staff-invites'
import { SessionsTab } from './staff-sessions'

/** 人员与角色: who works here, with which role where; invites; console sessions. */
export function StaffPage({ me }: PageProps) {
  return (
    <>
      <Typography.Title level={2}>人员与角色</Typography.Title>
      <Tabs
        items={[
          { key: 'people', label: '人员与角色', children: <PeopleTab /> },
          { key: 'invites', label: '邀请码', children: <InvitesTab /> },
          { key: 'sessions', label: '后台登录会话', children: <SessionsTab me={me} /> },
        ]}
      />
    </>
  )
}
