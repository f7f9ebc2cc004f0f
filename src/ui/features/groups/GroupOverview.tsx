import { notifications } from '@mantine/notifications'
import type { Group } from '../../../core/model/group'
import { call } from '../../lib/api'
import { GroupForm } from './GroupForm'
import { useT } from '../../i18n/LocaleContext'

export function GroupOverview({ group, onSaved }: { group: Group; onSaved: () => void }) {
  const t = useT().groups.overview
  const { id, createdAt: _c, updatedAt: _u, ...input } = group
  return (
    <GroupForm
      key={group.updatedAt}
      initial={input}
      submitLabel={t.saveChanges}
      onSubmit={async (values) => {
        const result = await call('groups/update', { groupId: id, group: values })
        if (!result.ok) return result.error.message
        notifications.show({ color: 'green', message: t.saved })
        onSaved()
        return null
      }}
    />
  )
}
