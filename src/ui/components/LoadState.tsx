import { Alert, Button, Center, Loader } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { ReactNode } from 'react'
import type { Loaded } from '../lib/useRequest'
import { useT } from '../i18n/LocaleContext'

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
  const t = useT().app.loadState
  if (loaded.state === 'loading')
    return (
      <Center py="xl">
        <Loader aria-label={t.loading} />
      </Center>
    )
  if (loaded.state === 'error')
    return (
      <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t.couldNotLoad} role="alert">
        {loaded.message}
        <Button variant="light" color="red" size="xs" mt="sm" display="block" onClick={retry}>
          {t.tryAgain}
        </Button>
      </Alert>
    )
  return <>{children(loaded.data)}</>
}
