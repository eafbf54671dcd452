import { Cell } from '../../../components/cell'
import { useStaffRoles } from '../../../hooks/use-staff-roles'
import type { StaffRole } from '../../../services/contract'
import { openPage } from '../../../platform/navigation'
import { routes } from '../../../utils/routes'

const placesOf = (roles: readonly StaffRole[]) =>
  roles.map((r) => r.scopeName ?? r.scopeId ?? '').join('、')

/** The desks of the roles the user holds, each for its own point, bank or lab. */
export function StaffDesks() {
  const windows = useStaffRoles('window')
  const helper = useStaffRoles('helper')
  const lawyer = useStaffRoles('lawyer')
  const banks = useStaffRoles('bank')
  const labs = useStaffRoles('lab')
  return (
    <>
      {helper.length > 0 && (
        <Cell
          title='帮办工作台'
          description='帮办员受理、补正、办结'
          onClick={() => openPage(routes.staffCases)}
        />
      )}
      {windows.length > 0 && (
        <Cell
          title='窗口签到'
          description={`${placesOf(windows)}：核验预约码、取号`}
          onClick={() => openPage(routes.checkIn)}
        />
      )}
      {lawyer.length > 0 && (
        <Cell
          title='律师工作台'
          description='答复分配给您的法律咨询'
          onClick={() => openPage(routes.legalDesk)}
        />
      )}
      {banks.length > 0 && (
        <Cell
          title='银行工作台'
          description={`${placesOf(banks)}：受理贷款申请`}
          onClick={() => openPage(routes.financeBank)}
        />
      )}
      {labs.length > 0 && (
        <Cell
          title='检测机构工作台'
          description={`${placesOf(labs)}：采样预约、出具报告`}
          onClick={() => openPage(routes.labDesk)}
        />
      )}
    </>
  )
}
