import { useEffect, useState } from 'react'
import { Alert, Button, Card, Space, Typography } from 'antd'
import type { ConsoleSignInRequest } from '../../../src/services/contract'
import { call, messageOf } from '../api'

const POLL_MS = 1500

type Stage = 'pending' | 'scanned' | 'refused' | 'expired'

const HINTS: Record<Stage, string> = {
  pending: '请用管理员账号打开“青山政务”小程序，点“扫一扫”扫描上方二维码',
  scanned: '已扫码，请在手机上点“确认”',
  refused: '手机上拒绝了这次登录。如需登录，请点“刷新二维码”重新扫描',
  expired: '二维码已过期，请点“刷新二维码”',
}

/** 扫码登录: a 2-minute, single-use code; polled until the administrator confirms on the phone. */
export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const [request, setRequest] = useState<ConsoleSignInRequest | null>(null)
  const [stage, setStage] = useState<Stage>('pending')
  const [failure, setFailure] = useState<string | null>(null)
  const [devSignIn, setDevSignIn] = useState(false)

  const refresh = async () => {
    setFailure(null)
    setStage('pending')
    try {
      setRequest(await call('POST /api/v1/admin/sign-in/requests', { body: {} }))
    } catch (error) {
      setFailure(messageOf(error))
    }
  }
  useEffect(() => {
    void refresh()
    call('GET /api/v1/admin/sign-in/options', {})
      .then((options) => setDevSignIn(options.devSignIn))
      .catch(() => setDevSignIn(false))
  }, [])
  useEffect(() => {
    if (!request || stage === 'refused' || stage === 'expired') return
    const timer = setInterval(() => {
      call('POST /api/v1/admin/sign-in/requests/:id/poll', {
        params: { id: request.id },
        body: { pollToken: request.pollToken },
      })
        .then((answer) => {
          if (answer.status === 'signed_in') onSignedIn()
          else setStage(answer.status)
        })
        .catch((error: unknown) => setFailure(messageOf(error)))
    }, POLL_MS)
    return () => clearInterval(timer)
  }, [request, stage, onSignedIn])

  const signInAsDev = async () => {
    try {
      await call('POST /api/v1/admin/sign-in/dev', { body: { handle: 'admin-1' } })
      onSignedIn()
    } catch (error) {
      setFailure(messageOf(error))
    }
  }

  return (
    <main style={{ display: 'flex', justifyContent: 'center', paddingTop: 80 }}>
      <Card style={{ width: 420 }}>
        <Space direction='vertical' align='center' style={{ width: '100%' }}>
          <Typography.Title level={1} style={{ fontSize: 24 }}>
            青山区政务服务管理后台
          </Typography.Title>
          <Typography.Title level={2} style={{ marginTop: 0, fontSize: 20 }}>
            扫码登录
          </Typography.Title>
          {request && (
            <img
              alt='管理后台登录二维码'
              width={240}
              height={240}
              src={`data:image/svg+xml;utf8,${encodeURIComponent(request.svg)}`}
              style={{ opacity: stage === 'pending' || stage === 'scanned' ? 1 : 0.2 }}
            />
          )}
          {request && (
            <Typography.Text copyable aria-label='二维码下方的文字' style={{ fontSize: 12 }}>
              {request.payload}
            </Typography.Text>
          )}
          <Typography.Paragraph role='status' style={{ textAlign: 'center' }}>
            {HINTS[stage]}
          </Typography.Paragraph>
          <Button onClick={() => void refresh()}>刷新二维码</Button>
          {devSignIn && (
            <Button type='dashed' onClick={() => void signInAsDev()}>
              开发登录（admin-1）
            </Button>
          )}
          {failure && <Alert type='error' message={failure} showIcon />}
        </Space>
      </Card>
    </main>
  )
}
