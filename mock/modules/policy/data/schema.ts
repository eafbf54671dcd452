import * as z from 'zod/mini'
import { POLICY_LEVELS, PolicyMode, type PolicyLevel } from '../../../../src/services/contract'
import { provenance } from '../../reference-data'
import { BOOL_FACTS, ENUM_FACTS, NUMBER_FACTS, SET_FACTS, type Condition } from '../types'

/**
 * The shape of a policy file. The meaning of each condition (known facts and values, a clause in
 * the policy's own words, 免申/申报 wording) is checked by validate.ts once the shape holds.
 */
const clause = z.string().check(z.minLength(1))
const Leaf = z.union([
  z.object({
    fact: z.enum(NUMBER_FACTS),
    op: z.enum(['gte', 'gt', 'lte', 'lt']),
    value: z.number(),
    clause,
  }),
  z.object({
    fact: z.enum(NUMBER_FACTS),
    op: z.literal('between'),
    value: z.tuple([z.number(), z.number()]),
    clause,
  }),
  z.object({
    fact: z.enum(ENUM_FACTS),
    op: z.enum(['in', 'notIn']),
    value: z.array(z.string()),
    clause,
  }),
  z.object({
    fact: z.enum(SET_FACTS),
    op: z.enum(['hasAll', 'hasAny', 'hasNone']),
    value: z.array(z.string()),
    clause,
  }),
  z.object({ fact: z.enum(BOOL_FACTS), op: z.literal('is'), value: z.boolean(), clause }),
])

const ConditionSchema: z.ZodMiniType<Condition> = z.union([
  Leaf,
  z.object({ all: z.array(z.lazy(() => ConditionSchema)), clause: z.optional(clause) }),
  z.object({ any: z.array(z.lazy(() => ConditionSchema)), clause: z.optional(clause) }),
  z.object({ not: Leaf, clause }),
])

const CONTACT = '青山区政务服务中心企业智惠服务专区，或拨打12345政务服务便民热线'

const Policy = z.pipe(
  z.object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    title: z.string(),
    level: z.enum(POLICY_LEVELS.map((l) => l.value) as [PolicyLevel, ...PolicyLevel[]]),
    department: z.string(),
    category: z.string(),
    mode: PolicyMode,
    amount: z.string(),
    deadline: z.nullable(z.string()),
    publishedOn: z.string(),
    validUntil: z.optional(z.nullable(z.string())),
    summary: z.string(),
    /** The 政策文件 the policy comes from, by its published title. */
    basis: clause,
    materials: z.array(z.string()),
    /** Defaults to the 企业智惠服务专区 and 12345. */
    contact: z.optional(z.string()),
    condition: ConditionSchema,
  }),
  z.transform((p) => ({ ...p, contact: p.contact ?? CONTACT, validUntil: p.validUntil ?? null })),
)

export const PoliciesFile = z.object({ ...provenance, policies: z.array(Policy) })
