import { Button, Input, InputNumber, Select, Space, Switch, Tag } from 'antd'
import type { RuleCondition, RuleFact, RuleLeaf } from '../../../../src/services/contract'
import { initialValue, leafFor, pathLabel, type Path } from './rule-tree'

interface LeafProps {
  node: Extract<RuleCondition, { fact: string } | { not: unknown }>
  path: Path
  facts: readonly RuleFact[]
  onChange: (node: RuleCondition) => void
  onRemove: () => void
}

function ValueInput({
  leaf,
  fact,
  label,
  onChange,
}: {
  leaf: RuleLeaf
  fact: RuleFact
  label: string
  onChange: (leaf: RuleLeaf) => void
}) {
  const set = (value: RuleLeaf['value']) => onChange({ ...leaf, value })
  if (fact.kind === 'number' && leaf.op === 'between') {
    const [low, high] = Array.isArray(leaf.value) ? leaf.value : [0, 0]
    return (
      <Space.Compact>
        <InputNumber
          aria-label={`${label} 下限`}
          value={Number(low)}
          onChange={(v) => set([v ?? 0, Number(high)])}
        />
        <InputNumber
          aria-label={`${label} 上限`}
          value={Number(high)}
          suffix={fact.unit || undefined}
          onChange={(v) => set([Number(low), v ?? 0])}
        />
      </Space.Compact>
    )
  }
  if (fact.kind === 'number') {
    return (
      <InputNumber
        aria-label={`${label} 取值`}
        value={typeof leaf.value === 'number' ? leaf.value : null}
        suffix={fact.unit || undefined}
        onChange={(v) => set(v ?? 0)}
      />
    )
  }
  if (fact.kind === 'bool') {
    return (
      <Select
        aria-label={`${label} 取值`}
        style={{ width: 90 }}
        value={leaf.value === true ? 'yes' : 'no'}
        options={[
          { value: 'yes', label: '是' },
          { value: 'no', label: '否' },
        ]}
        onChange={(v) => set(v === 'yes')}
      />
    )
  }
  return (
    <Select
      aria-label={`${label} 取值`}
      mode='multiple'
      maxTagCount='responsive'
      style={{ width: 280 }}
      value={Array.isArray(leaf.value) ? leaf.value.map(String) : []}
      options={fact.options ?? []}
      optionFilterProp='label'
      placeholder='选择取值'
      onChange={(v: string[]) => set(v)}
    />
  )
}

/** One condition: fact, operator, value and the policy's own words for it; 取反 makes it 不满足. */
export function RuleLeafRow({ node, path, facts, onChange, onRemove }: LeafProps) {
  const negated = 'not' in node
  const leaf = negated ? node.not : node
  const label = pathLabel(path)
  const fact = facts.find((f) => f.key === leaf.fact)
  const setLeaf = (next: RuleLeaf) => onChange(negated ? { not: next, clause: node.clause } : next)
  const clause = negated ? node.clause : leaf.clause
  const setClause = (text: string) =>
    onChange(negated ? { not: leaf, clause: text } : { ...leaf, clause: text })
  return (
    <Space wrap align='center' role='group' aria-label={label} style={{ width: '100%' }}>
      <Tag>{label}</Tag>
      {negated && <Tag color='orange'>不满足</Tag>}
      <Select
        aria-label={`${label} 企业信息`}
        style={{ width: 170 }}
        value={fact ? leaf.fact : undefined}
        placeholder='选择企业信息'
        options={facts.map((f) => ({ value: f.key, label: f.label }))}
        onChange={(key: string) => {
          const chosen = facts.find((f) => f.key === key)
          if (chosen) setLeaf(leafFor(chosen, leaf.clause))
        }}
      />
      {fact && (
        <Select
          aria-label={`${label} 运算`}
          style={{ width: 110 }}
          value={leaf.op}
          options={fact.ops}
          onChange={(op: string) => setLeaf({ ...leaf, op, value: initialValue(fact, op) })}
        />
      )}
      {fact && <ValueInput leaf={leaf} fact={fact} label={label} onChange={setLeaf} />}
      <Input
        aria-label={`${label} 政策原文`}
        style={{ width: 210 }}
        value={clause}
        maxLength={200}
        placeholder='政策原文，如：成立不满2年'
        onChange={(e) => setClause(e.target.value)}
      />
      <Space size={4}>
        <Switch
          size='small'
          aria-label={`${label} 取反`}
          checked={negated}
          onChange={(on) => onChange(on ? { not: leaf, clause: leaf.clause } : leaf)}
        />
        取反
      </Space>
      <Button size='small' danger onClick={onRemove} aria-label={`删除${label}`}>
        删除
      </Button>
    </Space>
  )
}
