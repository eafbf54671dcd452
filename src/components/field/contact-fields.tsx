import { Field } from './index'

interface ContactForm {
  values: { contact: string; phone: string }
  errors: Record<string, string | undefined>
  setField: (name: 'contact' | 'phone', value: string) => void
}

/** 联系人 and 手机号 of an autosaved request form (the same pair on every booking-like form). */
export function ContactFields({ form }: { form: ContactForm }) {
  return (
    <>
      <Field
        name='contact'
        label='联系人'
        value={form.values.contact}
        maxlength={20}
        error={form.errors.contact}
        onInput={(v) => form.setField('contact', v)}
      />
      <Field
        name='phone'
        label='手机号'
        type='number'
        value={form.values.phone}
        maxlength={11}
        error={form.errors.phone}
        onInput={(v) => form.setField('phone', v)}
      />
    </>
  )
}
