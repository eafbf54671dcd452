import { Text, View } from '@tarojs/components'
import { useLoad } from '@tarojs/taro'

export default function Index() {
  useLoad(() => undefined)
  return (
    <View className='index'>
      <Text>Hello world!</Text>
    </View>
  )
}
