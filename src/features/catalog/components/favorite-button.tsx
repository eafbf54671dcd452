import { useState } from 'react'
import { View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { isApiError } from '../../../services/http'
import { setFavorite } from '../api'

export function FavoriteButton({ itemId, initial }: { itemId: string; initial: boolean }) {
  const [favorite, setFav] = useState(initial)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const toggle = () => {
    setBusy(true)
    setError(null)
    setFavorite(itemId, !favorite)
      .then(() => setFav(!favorite))
      .catch((e: unknown) => setError(isApiError(e) ? e.message : '收藏失败，请重试'))
      .finally(() => setBusy(false))
  }
  return (
    <View>
      {error !== null && <Notice tone='danger'>{error}</Notice>}
      <GovButton
        variant='secondary'
        icon={favorite ? 'star-fill' : 'star'}
        loading={busy}
        onClick={toggle}
      >
        {favorite ? '已收藏（点此取消）' : '收藏此事项'}
      </GovButton>
    </View>
  )
}
