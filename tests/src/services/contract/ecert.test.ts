import {
  beijingDate,
  isLicenceExpired,
  licenceKindOf,
  maskLicenceNumber,
} from '../../../../src/services/contract'

describe('电子证照 rules', () => {
  test('numbers are masked the way each kind is written', () => {
    expect(maskLicenceNumber('150204198503123156')).toBe('1502**********3156')
    expect(maskLicenceNumber('92150204MA0R3L5K6X')).toBe('9215**********5K6X')
    expect(maskLicenceNumber('110150204003152')).toBe('1101****3152')
    expect(maskLicenceNumber('JY11502040012345')).toBe('JY11****2345')
    expect(maskLicenceNumber('蒙（2021）包头市不动产权第0023456号')).toBe(
      '蒙（2021）包头市不动产权第****456号',
    )
    expect(maskLicenceNumber('A1234')).toBe('***34')
  })

  test('a licence is valid through its last day, in Beijing time; null is 长期', () => {
    // 2026-03-01 16:30 UTC is already 3月2日 00:30 in Beijing.
    const justAfterMidnight = new Date('2026-03-01T16:30:00Z')
    expect(beijingDate(justAfterMidnight)).toBe('2026-03-02')
    expect(isLicenceExpired('2026-03-02', justAfterMidnight)).toBe(false)
    expect(isLicenceExpired('2026-03-01', justAfterMidnight)).toBe(true)
    expect(isLicenceExpired(null, justAfterMidnight)).toBe(false)
  })

  test('only the materials the library holds map to a licence kind', () => {
    expect(licenceKindOf('doctorCert')).toBe('doctor_cert')
    expect(licenceKindOf('idCard')).toBe('id_card')
    expect(licenceKindOf('householdRegister')).toBeUndefined()
  })
})
