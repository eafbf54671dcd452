import * as z from 'zod/mini'
import { EnterpriseProfileForm } from '../../../../src/services/contract'
import { parseReference, provenance } from '../../reference-data'
import file from './sample-enterprises.json'

const SampleEnterprisesFile = z.object({
  ...provenance,
  enterprises: z.array(
    z.object({
      id: z.string(),
      name: z.string().check(z.startsWith('示例·', '示例企业的名称以“示例·”开头')),
      form: EnterpriseProfileForm,
    }),
  ),
})

/** Fictional enterprise profiles a policy change is tried on before it is published. */
export const SAMPLE_ENTERPRISES = parseReference(
  'policy/data/sample-enterprises.json',
  SampleEnterprisesFile,
  file,
).enterprises
