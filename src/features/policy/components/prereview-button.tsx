import { useRef, useState } from 'react'
import { View } from '@tarojs/components'
import { GovButton } from '../../../components/gov-button'
import { Notice } from '../../../components/notice'
import { randomId } from '../../../platform/random'
import type { PreReview, PreReviewRequest } from '../../../services/contract'
import { isApiError } from '../../../services/http'
import { requestPreReview } from '../api'
import { PreReviewResult } from './prereview-result'

interface PreReviewButtonProps {
  request: PreReviewRequest
  label: string
  onDone?: (review: PreReview) => void
}

/** Submits one pre-review; a retry after a lost answer reuses the key and gets the same result. */
export function PreReviewButton({ request, label, onDone }: PreReviewButtonProps) {
  const key = useRef(randomId())
  const [busy, setBusy] = useState(false)
  const [review, setReview] = useState<PreReview | null>(null)
  const [error, setError] = useState<string | null>(null)

  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      const result = await requestPreReview(request, key.current)
      key.current = randomId()
      setReview(result)
      onDone?.(result)
    } catch (e) {
      setError(isApiError(e) ? e.message : '预审提交失败，请稍后重试')
    } finally {
      setBusy(false)
    }
  }

  return (
    <View>
      {error !== null && <Notice tone='danger'>{error}</Notice>}
      {review !== null && <PreReviewResult review={review} />}
      <GovButton block loading={busy} onClick={() => void submit()}>
        {review === null ? label : '重新预审'}
      </GovButton>
    </View>
  )
}
