import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { CaseFormMaterial, CaseIssue, Licence } from '../../../services/contract'
import { MAX_FILES_PER_MATERIAL } from '../../../services/contract/choices'
import { GovButton } from '../../../components/gov-button'
import { isApiError } from '../../../services/http'
import { pickFiles, type PickKind } from '../../../platform/upload'
import { uploadMaterial } from '../api'
import { fileVerdict, formatSize, precheckFile, type MaterialDraft } from '../model'
import { ChosenLicence, LicenceChoice } from './licence-choice'

interface MaterialCardProps {
  entry: CaseFormMaterial
  draft: MaterialDraft
  issue: CaseIssue | undefined
  /** Items that share this material, when more than one does (一件事). */
  shared: boolean
  /** The user's 电子证照 of the kind this material asks for (expired ones too). */
  licences: readonly Licence[]
  onChange: (draft: MaterialDraft) => void
}

interface Progress {
  name: string
  percent: number
}

/** One material: upload photos or a PDF with progress, or use the 电子证照 (免证办). */
export function MaterialCard(props: MaterialCardProps) {
  const { entry, draft, issue, shared, licences, onChange } = props
  const { material } = entry
  const [progress, setProgress] = useState<Progress | null>(null)
  const [error, setError] = useState<string | null>(null)

  const add = async (kind: PickKind) => {
    setError(null)
    const room = MAX_FILES_PER_MATERIAL - draft.files.length
    const picked = await pickFiles(kind, room)
    if (!picked.ok) {
      if (picked.reason !== 'cancelled') setError(picked.message)
      return
    }
    if (picked.files.length > room) {
      setError(`每项材料最多${MAX_FILES_PER_MATERIAL}个文件，只上传了前${room}个`)
    }
    let files = draft.files
    for (const file of picked.files.slice(0, room)) {
      const refused = precheckFile(file)
      if (refused) {
        setError(refused)
        continue
      }
      setProgress({ name: file.name, percent: 0 })
      try {
        const uploaded = await uploadMaterial(file, (percent) =>
          setProgress({ name: file.name, percent }),
        )
        files = [...files, uploaded]
        onChange({ licenceId: null, files })
      } catch (failure) {
        setError(isApiError(failure) ? failure.message : '上传失败，请稍后重试')
      }
    }
    setProgress(null)
  }

  const remove = (id: string) =>
    onChange({ ...draft, files: draft.files.filter((f) => f.id !== id) })
  const tone = issue
    ? issue.severity === 'block'
      ? 'block'
      : 'warn'
    : draft.licenceId || draft.files.length > 0
      ? 'ok'
      : 'none'

  return (
    <View className={`case-material case-material--${tone}`} aria-label={material.name}>
      <View className='case-material__head'>
        <Text className='case-material__name'>{material.name}</Text>
        <Text className='case-material__tag'>{material.required ? '必交' : '选交'}</Text>
      </View>
      <Text className='gov-text-secondary'>
        {material.form}
        {material.copies > 1 ? ` ${material.copies}份` : ''}
        {shared ? `；${entry.forItems.join('、')}共用，只交一次` : ''}
      </Text>
      {material.note && <Text className='gov-text-secondary'>{material.note}</Text>}
      {material.sample && <Text className='gov-text-secondary'>样例：{material.sample}</Text>}
      {draft.licenceId ? (
        <ChosenLicence licence={licences.find((l) => l.id === draft.licenceId)} />
      ) : (
        draft.files.map((file) => (
          <View key={file.id} className='case-material__file'>
            <Text className='case-material__file-name'>
              {fileVerdict(file)} {file.name}（{formatSize(file.size)}）
            </Text>
            <View
              className='case-material__remove'
              role='button'
              aria-label={`删除${file.name}`}
              onClick={() => remove(file.id)}
            >
              <Text>删除</Text>
            </View>
          </View>
        ))
      )}
      {progress && (
        <View
          className='case-material__progress'
          role='progressbar'
          aria-valuenow={progress.percent}
        >
          <View className='case-material__bar' style={{ width: `${progress.percent}%` }} />
          <Text>
            正在上传“{progress.name}” {progress.percent}%
          </Text>
        </View>
      )}
      {issue && (
        <View
          className={`case-material__issue case-material__issue--${issue.severity}`}
          role='alert'
        >
          <Text>
            {issue.severity === 'block' ? '✗' : '!'} {issue.message}
          </Text>
        </View>
      )}
      {error && (
        <View className='case-material__issue case-material__issue--block' role='alert'>
          <Text>✗ {error}</Text>
        </View>
      )}
      <View className='case-material__actions'>
        {!draft.licenceId && draft.files.length >= MAX_FILES_PER_MATERIAL && (
          <Text className='gov-text-secondary'>
            已有{MAX_FILES_PER_MATERIAL}个文件，这是每项材料的上限；要换文件请先删去一个
          </Text>
        )}
        {!draft.licenceId && draft.files.length < MAX_FILES_PER_MATERIAL && (
          <>
            <GovButton
              variant='secondary'
              loading={progress !== null}
              onClick={() => void add('photo')}
            >
              拍照或选照片
            </GovButton>
            <GovButton
              variant='plain'
              disabled={progress !== null}
              onClick={() => void add('document')}
            >
              选择PDF文件
            </GovButton>
          </>
        )}
        {material.ecertAccepted && (
          <LicenceChoice
            material={material}
            licences={licences}
            chosen={draft.licenceId}
            onChoose={(licenceId) => onChange({ licenceId, files: [] })}
          />
        )}
      </View>
    </View>
  )
}
