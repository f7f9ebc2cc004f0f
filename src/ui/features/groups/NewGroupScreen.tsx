import { notifications } from '@mantine/notifications'
import { NEW_GROUP_DEFAULTS } from '../../../core/model/group'
import { PageHeader } from '../../components/PageHeader'
import { call } from '../../lib/api'
import { navigate } from '../../lib/route'
import { GroupForm } from './GroupForm'
import { useT } from '../../i18n/LocaleContext'

export function NewGroupScreen({ onCreated }: { onCreated: () => void }) {
  const t = useT().groups.newGroup
  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
      />
      <GroupForm
        initial={{ ...NEW_GROUP_DEFAULTS, confidentialityStatement: t.defaultConfidentiality }}
        submitLabel={t.create}
        onSubmit={async (group) => {
          const result = await call('groups/create', { group })
          if (!result.ok) return result.error.message
          notifications.show({ color: 'green', message: t.created(result.data.name) })
          onCreated()
          navigate({ screen: 'group', groupId: result.data.id, tab: 'members' })
          return null
        }}
      />
    </>
  )
}
