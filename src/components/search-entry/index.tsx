import { Text, View } from '@tarojs/components'
import { openPage } from '../../platform/navigation'
import './index.scss'

/** Looks like a search box; opens the search page, which has the real input. */
export function SearchEntry({ placeholder, url }: { placeholder: string; url: string }) {
  return (
    <View
      className='search-entry'
      role='search'
      aria-label={placeholder}
      onClick={() => openPage(url)}
    >
      <View className='search-entry__icon' />
      <Text className='search-entry__text'>{placeholder}</Text>
    </View>
  )
}
