import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { CaseDetail } from '../../../../src/services/contract'
import { RatingCard } from '../../../../src/features/cases/components/rating-card'
import { rateCase } from '../../../../src/features/cases/api'

jest.mock('../../../../src/features/cases/api', () => ({ rateCase: jest.fn() }))
const rate = jest.mocked(rateCase)

const detail = { id: 'c-1', rating: null } as unknown as CaseDetail

test('好差评 starts with no level chosen and asks in words for one before sending', async () => {
  const onRated = jest.fn()
  rate.mockResolvedValue({ ...detail } as CaseDetail)
  render(<RatingCard detail={detail} onRated={onRated} />)
  for (const radio of screen.getAllByRole('radio')) {
    expect(radio).toHaveAttribute('aria-checked', 'false')
  }
  fireEvent.click(screen.getByRole('button', { name: '提交评价' }))
  expect(screen.getByRole('alert')).toHaveTextContent('请先选择满意程度')
  expect(rate).not.toHaveBeenCalled()

  fireEvent.click(screen.getByRole('radio', { name: /^满意/ }))
  expect(screen.queryByRole('alert')).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: '提交评价' }))
  await waitFor(() => expect(onRated).toHaveBeenCalled())
  expect(rate).toHaveBeenCalledWith('c-1', { level: 'satisfied', comment: '' }, expect.any(String))
})
