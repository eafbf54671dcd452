import { Button, Card, Input, Select, Space } from 'antd'
import type { RuleCondition, RuleFact } from '../../../../src/services/contract'
import { RuleLeafRow } from './rule-leaf'
import {
  appendAt,
  childrenOf,
  isGroup,
  kindOfGroup,
  leafFor,
  pathLabel,
  removeAt,
  updateAt,
  withChildren,
  type Group,
  type Path,
} from './rule-tree'

/** Groups nest at most this deep, as the server allows. */
const MAX_DEPTH = 4

interface NodeProps {
  root: RuleCondition
  node: RuleCondition
  path: Path
  facts: readonly RuleFact[]
  onChange: (root: RuleCondition) => void
}

function GroupCard({ root, node, path, facts, onChange }: NodeProps & { node: Group }) {
  const label = pathLabel(path)
  const set = (next: RuleCondition) => onChange(updateAt(root, path, () => next))
  const first = facts[0]
  return (
    <Card
      size='small'
      role='group'
      aria-label={path.length === 0 ? '适用条件' : label}
      style={{ background: path.length % 2 === 0 ? '#fff' : '#fafafa' }}
      title={
        <Space wrap>
          {path.length > 0 && <span>{label}</span>}
          <Select
            aria-label={`${label} 组合方式`}
            style={{ width: 170 }}
            value={kindOfGroup(node)}
            options={[
              { value: 'all', label: '同时满足以下全部' },
              { value: 'any', label: '满足以下任一' },
            ]}
            onChange={(kind: 'all' | 'any') => set(withChildren(node, childrenOf(node), kind))}
          />
          <Input
            aria-label={`${label} 组说明`}
            style={{ width: 240 }}
            value={node.clause ?? ''}
            maxLength={200}
            placeholder='组说明（可不填）'
            onChange={(e) => {
              const { clause: _old, ...rest } = node
              set(e.target.value === '' ? (rest as Group) : { ...node, clause: e.target.value })
            }}
          />
        </Space>
      }
      extra={
        path.length > 0 && (
          <Button size='small' danger onClick={() => onChange(removeAt(root, path))}>
            删除该组
          </Button>
        )
      }
    >
      <Space direction='vertical' style={{ width: '100%' }}>
        {childrenOf(node).map((child, i) => (
          <RuleNode
            key={`${path.join('.')}-${i}`}
            root={root}
            node={child}
            path={[...path, i]}
            facts={facts}
            onChange={onChange}
          />
        ))}
        <Space>
          {first && (
            <Button size='small' onClick={() => onChange(appendAt(root, path, leafFor(first)))}>
              添加条件
            </Button>
          )}
          {first && path.length < MAX_DEPTH - 1 && (
            <Button
              size='small'
              onClick={() => onChange(appendAt(root, path, { any: [leafFor(first)] }))}
            >
              添加条件组
            </Button>
          )}
        </Space>
      </Space>
    </Card>
  )
}

function RuleNode(props: NodeProps) {
  const { root, node, path, facts, onChange } = props
  if (isGroup(node)) return <GroupCard {...props} node={node} />
  return (
    <RuleLeafRow
      node={node}
      path={path}
      facts={facts}
      onChange={(next) => onChange(updateAt(root, path, () => next))}
      onRemove={() => onChange(removeAt(root, path))}
    />
  )
}

/** The structured rule editor: groups of 全部/任一 over conditions on the enterprise's facts. */
export function RuleBuilder({
  value,
  facts,
  onChange,
}: {
  value: Group
  facts: readonly RuleFact[]
  onChange: (value: Group) => void
}) {
  return (
    <RuleNode
      root={value}
      node={value}
      path={[]}
      facts={facts}
      onChange={(next) => onChange(isGroup(next) ? next : { all: [next] })}
    />
  )
}
