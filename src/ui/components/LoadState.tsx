import { Alert, Button, Center, Loader } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { Loaded } from '../lib/useRequest'

/** Renders loading and error states the same way everywhere; `children` gets the data. */
export function LoadState<T>({
  loaded,
  retry,
  children
}: {
  loaded: Loaded<T>
  retry: () => void
  children: (data: T) => ReactNode
}) {
  if (loaded.state === 'loading')
    return (
      <Center py="xl">
        <Loader aria-label="Loading" />
      </Center>
    )
  if (loaded.state === 'error')
    return (
      <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title="Could not load this" role="alert">
        {loaded.message}
        <Button variant="light" color="red" size="xs" mt="sm" display="block" onClick={retry}>
          Try again
        </Button>
      </Alert>
    )
  return <>{children(loaded.data)}</>
}
