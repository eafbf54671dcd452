import { useState } from 'react'
import type { Schema, SchemaOutput } from '../services/contract'
import { isApiError, loadContract } from '../services/http'
import { formErrors } from '../utils/form-errors'
import { useDraft } from './use-draft'

export type FormStatus = 'editing' | 'submitting' | 'done'

/**
 * An autosaved form checked with the contract schema before sending; server field errors land
 * on the same fields. The draft is deleted only after the server accepted it. The schema is
 * loaded on the first send (`schemasOf` in contract/lazy-schemas.ts): pages do not carry zod.
 */
export function useDraftForm<T extends Record<string, string>, S extends Schema>(
  formId: string,
  initial: T,
  loadSchema: () => Promise<S>,
  submit: (values: SchemaOutput<S>) => Promise<unknown>,
) {
  const draft = useDraft(formId, initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [status, setStatus] = useState<FormStatus>('editing')

  const setField = (name: keyof T & string, value: string) => {
    draft.setField(name, value)
    setStatus('editing')
    setErrors(({ [name]: _dropped, ...rest }) => rest)
  }

  const onSubmit = async () => {
    setFormError(null)
    let schema: S
    try {
      schema = await loadContract(loadSchema)
    } catch (error) {
      setFormError(isApiError(error) ? error.message : '提交失败，请稍后重试')
      return
    }
    const found = formErrors(schema, draft.values)
    setErrors(found)
    if (Object.keys(found).length > 0) return
    setStatus('submitting')
    try {
      await submit(schema.parse(draft.values))
      draft.clear()
      setStatus('done')
    } catch (error) {
      setStatus('editing')
      if (isApiError(error)) {
        setErrors(error.fields ?? {})
        setFormError(error.message)
      } else setFormError('提交失败，请稍后重试')
    }
  }

  return {
    values: draft.values,
    resumedAt: draft.resumedAt,
    setField,
    onSubmit,
    errors,
    formError,
    status,
  }
}
