import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { LoanProduct } from '../../../services/contract'
import { amountRange } from '../model'

export function ProductCard({ product, children }: { product: LoanProduct; children?: ReactNode }) {
  return (
    <View className='gov-card gov-section'>
      <Text className='gov-section__title'>{product.name}</Text>
      <Text className='gov-text-secondary'>
        {product.bank} · {product.kindName}
      </Text>
      <Text className='gov-line'>额度：{amountRange(product)}</Text>
      <Text className='gov-line'>利率：{product.rateText}</Text>
      <Text className='gov-line'>期限：{product.termText}</Text>
      {product.conditions.map((c) => (
        <Text key={c} className='gov-line'>
          · {c}
        </Text>
      ))}
      {children}
    </View>
  )
}
