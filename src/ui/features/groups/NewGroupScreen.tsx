import { notifications } from '@mantine/notifications'
import { NEW_GROUP_DEFAULTS } from '../../../core/model/group'
import { PageHeader } from '../../components/PageHeader'
import { call } from '../../lib/api'
import { navigate } from '../../lib/route'
import { GroupForm } from './GroupForm'

export function NewGroupScreen({ onCreated }: { onCreated: () => void }) {
  return (
    <>
      <PageHeader
        title="New group"
        subtitle="Only the name is required now. The questions are the ones a group settles when it forms; come back to them any time."
      />
      <GroupForm
        initial={NEW_GROUP_DEFAULTS}
        submitLabel="Create group"
        onSubmit={async (group) => {
          const result = await call('groups/create', { group })
          if (!result.ok) return result.error.message
          notifications.show({ color: 'green', message: `${result.data.name} created. Add its members next.` })
          onCreated()
          navigate({ screen: 'group', groupId: result.data.id, tab: 'members' })
          return null
        }}
      />
    </>
  )
}
