import { Badge, Stack, Tabs } from '@mantine/core'
import { IconCalendarEvent, IconCertificate, IconInfoCircle, IconListDetails, IconUsers } from '@tabler/icons-react'
import type { GroupDetail } from '../../../core/api/contract'
import { charterProgress } from '../../../core/model/charter'
import { LoadState } from '../../components/LoadState'
import { PageHeader } from '../../components/PageHeader'
import { navigate, type GroupTab } from '../../lib/route'
import { useRequest } from '../../lib/useRequest'
import { MembersPanel } from '../members/MembersPanel'
import { SessionsPanel } from '../sessions/SessionsPanel'
import { GroupOverview } from './GroupOverview'
import classes from './GroupTabs.module.css'
import { ProtocolsPanel } from '../protocols/ProtocolsPanel'
import { CpdLogCard } from '../attendance/CpdLogCard'
import { CpdSettingsCard } from '../attendance/CpdSettingsCard'
import { VerifyCertificateCard } from '../attendance/VerifyCertificateCard'
import { useT } from '../../i18n/LocaleContext'

export function GroupPage({ groupId, tab, onGroupsChanged }: { groupId: string; tab: GroupTab; onGroupsChanged: () => void }) {
  const { loaded, reload } = useRequest('groups/get', { groupId }, groupId)
  const t = useT().groups.page
  const changed = () => {
    reload()
    onGroupsChanged()
  }
  return (
    <LoadState loaded={loaded} retry={reload}>
      {(detail: GroupDetail) => {
        const progress = charterProgress(detail.group)
        const guests = detail.members.filter((m) => m.role === 'guest').length
        const regulars = detail.members.length - guests
        return (
          <>
            <PageHeader
              title={detail.group.name}
              subtitle={t.subtitleCount(detail.group.openness === 'closed', regulars, detail.group.maxSize, guests, progress.answered, progress.total)}
            />
            <Tabs
              value={tab}
              onChange={(next) => next && navigate({ screen: 'group', groupId, tab: next as GroupTab })}
              keepMounted={false}
              classNames={{ list: classes.list, tab: classes.tab, tabSection: classes.section }}
            >
              <Tabs.List mb="md" aria-label={t.tabsLabel}>
                <Tabs.Tab value="overview" leftSection={<IconInfoCircle size={16} aria-hidden />}>
                  {t.tabs.overview}
                </Tabs.Tab>
                <Tabs.Tab value="members" leftSection={<IconUsers size={16} aria-hidden />} rightSection={<Badge size="sm" variant="light">{detail.members.length}</Badge>}>
                  {t.tabs.members}
                </Tabs.Tab>
                <Tabs.Tab value="sessions" leftSection={<IconCalendarEvent size={16} aria-hidden />} rightSection={<Badge size="sm" variant="light">{detail.sessions.length}</Badge>}>
                  {t.tabs.sessions}
                </Tabs.Tab>
                <Tabs.Tab value="protocols" leftSection={<IconListDetails size={16} aria-hidden />}>
                  {t.tabs.protocols}
                </Tabs.Tab>
                <Tabs.Tab value="certificates" leftSection={<IconCertificate size={16} aria-hidden />}>
                  {t.tabs.certificates}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="overview">
                <GroupOverview group={detail.group} onSaved={changed} />
              </Tabs.Panel>
              <Tabs.Panel value="members">
                <MembersPanel detail={detail} onChanged={changed} />
              </Tabs.Panel>
              <Tabs.Panel value="sessions">
                <SessionsPanel detail={detail} onChanged={changed} />
              </Tabs.Panel>
              <Tabs.Panel value="protocols">
                <ProtocolsPanel groupId={groupId} />
              </Tabs.Panel>
              <Tabs.Panel value="certificates">
                <Stack gap="lg">
                  <CpdSettingsCard group={detail.group} onSaved={changed} />
                  <CpdLogCard groupId={groupId} members={detail.members} />
                  <VerifyCertificateCard />
                </Stack>
              </Tabs.Panel>
            </Tabs>
          </>
        )
      }}
    </LoadState>
  )
}
