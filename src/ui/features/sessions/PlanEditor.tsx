import { Alert, Anchor, Breadcrumbs, Button, Card, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { IconDeviceFloppy, IconPlayerPlay, IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { ITEM_TIMING_DEFAULTS, PlanInputSchema, type AgendaItem, type PlanInput, type SessionPlan } from '../../../core/model/plan'
import { moveItem } from '../../../core/plan/planTotals'
import { LoadState } from '../../components/LoadState'
import { call } from '../../lib/api'
import { hrefFor } from '../../lib/route'
import { useRequest } from '../../lib/useRequest'
import { AgendaList } from './AgendaList'
import { CarriedActions } from '../closing/CarriedActions'
import { PlanTotal } from './PlanTotal'
import { SaveStatus } from '../../lib/SaveStatus'
import { showUndo } from '../../components/undoNotice'
import { useAutosave, type Validate } from '../../lib/useAutosave'
import type { Messages } from '../../../core/i18n/messages'
import { useT } from '../../i18n/LocaleContext'
import { explainPlanIssue } from './planIssues'

/** The plan's check before each save, saying what to fix in the current language. */
const validatePlanIn =
  (t: Messages): Validate<PlanInput> =>
  (plan) => {
    const parsed = PlanInputSchema.safeParse(plan)
    if (parsed.success) return { ok: true, value: parsed.data }
    const first = parsed.error.issues[0]
    return { ok: false, message: first ? explainPlanIssue(t, first) : t.sessions.editor.fixFields }
  }

function toInput(plan: SessionPlan): PlanInput {
  return { title: plan.title, scheduledStart: plan.scheduledStart, plannedMinutes: plan.plannedMinutes, items: plan.items, learningFocus: plan.learningFocus, reflectionPrompt: plan.reflectionPrompt }
}

/** Moves keyboard focus to the same control on the moved row, so repeated presses keep moving it. */
function refocus(itemId: string, control: 'up' | 'down') {
  requestAnimationFrame(() => {
    const row = document.querySelector(`[data-item-id="${itemId}"]`)
    const button = row?.querySelector<HTMLButtonElement>(`[data-move="${control}"]:not(:disabled)`)
    ;(button ?? row?.querySelector<HTMLElement>('[data-move]'))?.focus()
  })
}

function Editor({ groupId, sessionId, initial }: { groupId: string; sessionId: string; initial: SessionPlan }) {
  const [plan, setPlan] = useState<PlanInput>(() => toInput(initial))
  const [revision, setRevision] = useState(0)
  const all = useT()
  const t = all.sessions.editor
  const { status, flush } = useAutosave(plan, revision, validatePlanIn(all), (valid) => call('sessions/update-plan', { sessionId, plan: valid }))
  const library = useRequest('protocols/list', { groupId }, groupId)
  const protocols = library.loaded.state === 'ready' ? library.loaded.data : []
  const [savingTemplate, setSavingTemplate] = useState(false)
  const templateForm = useForm({
    mode: 'controlled',
    initialValues: { name: t.templateDefaultName },
    validate: { name: (value) => (value.trim() ? null : t.templateNameMissing) }
  })

  const saveTemplate = async (templateName: string) => {
    // The template is made from the file, so the latest edit must be on disk first.
    if (!(await flush())) {
      notifications.show({ color: 'yellow', message: t.saveFirst })
      return
    }
    const result = await call('templates/save-from-plan', { sessionId, name: templateName })
    if (!result.ok) {
      notifications.show({ color: 'red', message: result.error.message })
      return
    }
    setSavingTemplate(false)
    notifications.show({ color: 'green', message: t.templateSaved(result.data.name) })
  }

  const edit = (next: (current: PlanInput) => PlanInput) => {
    setPlan(next)
    setRevision((r) => r + 1)
  }
  const setItems = (items: (current: AgendaItem[]) => AgendaItem[]) => edit((p) => ({ ...p, items: items(p.items) }))

  const addItem = () => {
    const id = crypto.randomUUID()
    setItems((items) => [...items, { id, title: t.newItem, minutes: 5, kind: 'standard', protected: false, prompt: '', ...ITEM_TIMING_DEFAULTS }])
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>(`[data-item-id="${id}"] input`)?.select())
  }

  return (
    <Stack gap="lg" maw={1100}>
      <Breadcrumbs>
        <Anchor href={hrefFor({ screen: 'group', groupId, tab: 'sessions' })}>{t.breadcrumb}</Anchor>
        <Text>{plan.title}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" style={{ flex: 1 }}>
          <TextInput
            label={t.title}
            value={plan.title}
            error={plan.title.trim() ? undefined : t.titleMissing}
            onChange={(event) => {
              const title = event.currentTarget.value
              edit((p) => ({ ...p, title }))
            }}
            style={{ flex: 1, maxWidth: 480 }}
          />
          <TextInput
            label={t.start}
            type="datetime-local"
            value={plan.scheduledStart}
            onChange={(event) => {
              const scheduledStart = event.currentTarget.value
              edit((p) => ({ ...p, scheduledStart }))
            }}
          />
        </Group>
        <SaveStatus status={status} retry={() => void flush()} />
      </Group>
      <Group grow align="flex-start">
        <Textarea
          label={t.learningFocus}
          description={t.learningFocusHelp}
          autosize
          minRows={1}
          value={plan.learningFocus}
          onChange={(event) => {
            const learningFocus = event.currentTarget.value
            edit((p) => ({ ...p, learningFocus }))
          }}
        />
        <Textarea
          label={t.reflection}
          description={t.reflectionHelp}
          autosize
          minRows={1}
          value={plan.reflectionPrompt}
          onChange={(event) => {
            const reflectionPrompt = event.currentTarget.value
            edit((p) => ({ ...p, reflectionPrompt }))
          }}
        />
      </Group>

      <CarriedActions sessionId={sessionId} groupId={groupId} />

      <Card withBorder>
        <PlanTotal items={plan.items} plannedMinutes={plan.plannedMinutes} />
      </Card>

      <Text size="sm" c="dimmed" id="protected-help">
        {t.protectedHelp}
      </Text>

      <AgendaList
        items={plan.items}
        scheduledStart={plan.scheduledStart}
        onMove={(from, to) => setItems((items) => moveItem(items, from, to))}
        protocols={protocols}
        actionsFor={(item, index) => ({
          change: (patch) => setItems((items) => items.map((it) => (it.id === item.id ? { ...it, ...patch } : it))),
          move: (delta) => {
            setItems((items) => moveItem(items, index, index + delta))
            refocus(item.id, delta < 0 ? 'up' : 'down')
          },
          remove: () => {
            setItems((items) => items.filter((it) => it.id !== item.id))
            showUndo(
              t.removed(item.title.trim() || all.sessions.agenda.untitledNumber(index + 1)),
              () =>
                setItems((items) => (items.some((it) => it.id === item.id) ? items : [...items.slice(0, index), item, ...items.slice(index)])),
              all.app.undo
            )
          }
        })}
      />
      <Group justify="space-between">
        <Button variant="light" leftSection={<IconPlus size={18} aria-hidden />} onClick={addItem}>
          {t.addItem}
        </Button>
        <Group>
          <Button variant="default" leftSection={<IconDeviceFloppy size={18} aria-hidden />} onClick={() => setSavingTemplate(true)}>
            {t.saveAsTemplate}
          </Button>
          <Button component="a" href={hrefFor({ screen: 'live', groupId, sessionId })} leftSection={<IconPlayerPlay size={18} aria-hidden />} size="md">
            {t.runLive}
          </Button>
        </Group>
      </Group>
      <Modal opened={savingTemplate} onClose={() => setSavingTemplate(false)} title={t.templateTitle}>
        <form noValidate onSubmit={templateForm.onSubmit(({ name }) => void saveTemplate(name.trim()))}>
          <Stack>
            <TextInput label={t.templateName} data-autofocus required {...templateForm.getInputProps('name')} />
            <Text size="sm" c="dimmed">
              {t.templateReplaces}
            </Text>
            <Group justify="flex-end">
              <Button type="submit">{t.saveTemplate}</Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  )
}

export function PlanEditor({ groupId, sessionId }: { groupId: string; sessionId: string }) {
  const { loaded, reload } = useRequest('live/get', { sessionId }, sessionId)
  const t = useT().sessions.editor
  return (
    <LoadState loaded={loaded} retry={reload}>
      {(snapshot) =>
        snapshot.events.length > 0 ? (
          <Alert color="blue" title={t.startedTitle} maw={720}>
            {t.startedText}
            <Button component="a" href={hrefFor({ screen: 'live', groupId, sessionId })} display="block" w="fit-content" mt="sm">
              {t.openLive}
            </Button>
          </Alert>
        ) : (
          <Editor groupId={groupId} sessionId={sessionId} initial={snapshot.plan} />
        )
      }
    </LoadState>
  )
}
