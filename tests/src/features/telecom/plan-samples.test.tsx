import { render, screen } from '@testing-library/react'
import { PlanCompare } from '../../../../src/features/telecom/components/plan-compare'
import { plansOf } from '../../../../mock/modules/telecom/plans'
import type { PlanKind } from '../../../../src/services/contract'

// The reference server's own plans, as it answers them.
jest.mock('../../../../src/features/telecom/api', () => {
  const plans = jest.requireActual<typeof import('../../../../mock/modules/telecom/plans')>(
    '../../../../mock/modules/telecom/plans',
  )
  return { listPlans: (kind: PlanKind | undefined) => Promise.resolve(plans.plansOf(kind)) }
})

test('every plan at indicative prices carries the 示例 mark beside its name', async () => {
  render(<PlanCompare />)
  const home = plansOf('home')
  await screen.findByText(home[0]!.name)
  expect(screen.getAllByLabelText('示例数据，仅供演示，以区里公布的为准')).toHaveLength(home.length)
})
