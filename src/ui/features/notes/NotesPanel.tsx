import { Alert, Button, Card, Group, Select, Stack, TagsInput, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconShieldCheck } from '@tabler/icons-react'
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { NotesView } from '../../../core/api/contract'
import type { Finding } from '../../../core/deid'
import { languageOf } from '../../../core/model/locale'
import { checkOptionsFor, checkedText, flagContext, flagsFromFindings, textsOf, type Flag, type FlagContext, type LocatedFlag, type NoteSpot } from '../../../core/notes/flagRules'
import { EMPTY_ITEM_NOTES, NOTE_TEXT_FIELDS, type ItemNotes, type Notes, type NoteTextField } from '../../../core/notes/notesSchema'
import { pseudonymFor } from '../../../core/notes/replace'
import { resolveFlag } from '../../../core/notes/resolve'
import { call } from '../../lib/api'
import { useLocale, useT } from '../../i18n/LocaleContext'
import { SaveStatus } from '../../lib/SaveStatus'
import { ActionsEditor } from './ActionsEditor'
import { FlaggedTextarea } from './FlaggedTextarea'
import { FlagList, type FlagAction } from './FlagList'
import { FlagReview } from './FlagReview'
import { findingsFor, useCheckerVersion, whenChecked } from './identifierChecker'
import { UnlockNotes } from './UnlockNotes'
import { useNotes, type NotesChange } from './useNotes'
import { NotesHeading } from './NotesHeading'

export interface NotesPanelProps {
  sessionId: string
  groupId: string
  items: readonly { id: string; title: string }[]
  people: readonly { id: string; name: string }[]
  /** The agenda item running now: the notes follow it until the note-taker picks another. */
  currentItemId: string | null
}

const fieldKey = (itemId: string, spot: NoteSpot) => ('index' in spot ? `${itemId}|${spot.field}|${spot.index}` : `${itemId}|${spot.field}`)

/** What one field's flags were worked out from, to reuse them while that field is not edited. */
interface FieldFlags {
  text: string
  context: FlagContext
  checked: string
  findings: readonly Finding[]
  flags: LocatedFlag[]
}
type FlagCache = Map<string, FieldFlags>

/**
 * The flags of every piece of text in the notes, by field, as far as the checker has caught up.
 * A field whose text, context and findings are unchanged keeps its flags (the same array), so a
 * key typed in one field of a 5,000-word item works out that field's flags only, and the others'
 * lists are not drawn again.
 */
function flagsByField(notes: Notes, context: FlagContext, cache: FlagCache = new Map()): Map<string, LocatedFlag[]> {
  const byField = new Map<string, LocatedFlag[]>()
  const seen = new Set<string>()
  for (const [itemId, item] of Object.entries(notes.items))
    for (const { spot, text } of textsOf(item)) {
      const key = fieldKey(itemId, spot)
      seen.add(key)
      const before = cache.get(key)
      const same = before !== undefined && before.text === text && before.context === context
      const checked = same ? before.checked : checkedText(text, context)
      const findings = text.trim() === '' ? NO_FINDINGS : findingsFor(key, checked, checkOptionsFor(spot, context)).findings
      if (same && before.findings === findings) {
        byField.set(key, before.flags)
        continue
      }
      const flags = flagsFromFindings(text, findings, context).map((flag) => ({ ...flag, itemId, spot }))
      cache.set(key, { text, context, checked, findings, flags })
      byField.set(key, flags)
    }
  for (const key of cache.keys()) if (!seen.has(key)) cache.delete(key)
  return byField
}

const NO_FINDINGS: readonly Finding[] = []
const NO_FLAGS: readonly Flag[] = []

// Typing in a note redraws the editor around it: these keep the parts it leaves as they were from
// being drawn again on every key (a Select draws its options even while closed).
const MemoSelect = memo(Select)
const MemoTagsInput = memo(TagsInput)
const FlagReviewWhenOpen = memo(FlagReview, (before, after) => !before.opened && !after.opened)

const openIn = (byField: Map<string, LocatedFlag[]>) => [...byField.values()].flat().filter((f) => f.state === 'open')

/**
 * Confidential notes for the session: unlocks first if need be, then one item at a time. Memoised:
 * the live screen redraws four times a second, and the notes only change when they are edited.
 */
export const NotesPanel = memo(function NotesPanel(props: NotesPanelProps) {
  const { load, notes, edit, type, settle, status, flush, reload, setSafeList } = useNotes(props.sessionId)
  const onUnlocked = useCallback(() => void reload(), [reload])
  const t = useT()
  return (
    <Card withBorder padding="lg" data-testid="notes-panel">
      <NotesHeading />
      {load.state === 'loading' ? <Text c="dimmed">{t.notes.opening}</Text> : null}
      {load.state === 'locked' ? <UnlockNotes onUnlocked={onUnlocked} /> : null}
      {load.state === 'error' ? <Alert color="red">{load.message}</Alert> : null}
      {load.state === 'ready' && notes ? (
        <NotesEditor {...props} view={load.view} notes={notes} edit={edit} type={type} settle={settle} status={status} flush={flush} setSafeList={setSafeList} />
      ) : null}
    </Card>
  )
})

function NotesEditor(
  props: NotesPanelProps & {
    view: NotesView
    notes: Notes
    edit: (change: NotesChange) => void
    type: (key: string, change: NotesChange) => void
    settle: () => Notes | null
    status: Parameters<typeof SaveStatus>[0]['status']
    flush: () => Promise<boolean>
    setSafeList: (list: string[]) => void
  }
) {
  const { groupId, items, people, currentItemId, view, notes, edit, type, settle, status, flush, setSafeList } = props
  const t = useT()
  const [picked, setPicked] = useState<string | null>(null)
  const [reviewing, setReviewing] = useState(false)
  const itemId = picked ?? currentItemId ?? items[0]?.id ?? ''
  const item: ItemNotes = notes.items[itemId] ?? EMPTY_ITEM_NOTES
  // Another item (picked, or the agenda moved on): what was typed in the last one joins the notes
  // first, so each field opens on its item's true text, typed keys included.
  const shownItem = useRef(itemId)
  useLayoutEffect(() => {
    if (shownItem.current === itemId) return
    shownItem.current = itemId
    settle()
  }, [itemId, settle])
  // The context only reads the decisions and pseudonyms: typing leaves it (and every field's flags) as it was.
  const language = languageOf(useLocale())
  const context = useMemo(() => flagContext(notes, view.safeList, language), [notes.decisions, notes.pseudonyms, view.safeList, language]) // eslint-disable-line react-hooks/exhaustive-deps
  // The checker runs in the background: typing shows at once, the underlines follow a moment later.
  const checked = useCheckerVersion()
  const flagCache = useRef<FlagCache>(new Map())
  const byField = useMemo(() => flagsByField(notes, context, flagCache.current), [notes, context, checked]) // eslint-disable-line react-hooks/exhaustive-deps
  const open = useMemo(() => openIn(byField), [byField])
  const flagsAt = (spot: NoteSpot): readonly Flag[] => byField.get(fieldKey(itemId, spot)) ?? NO_FLAGS
  const latest = useRef({ notes, context })
  latest.current = { notes, context }

  const setItem = useCallback(
    (change: (item: ItemNotes) => ItemNotes) => edit((n) => ({ ...n, items: { ...n.items, [itemId]: change(n.items[itemId] ?? EMPTY_ITEM_NOTES) } })),
    [edit, itemId]
  )

  const act = async (located: LocatedFlag, action: FlagAction) => {
    if (action !== 'safe-list') return edit((n) => resolveFlag(n, located, action, t.notes.pseudonymStems))
    const result = await call('notes/safe-list-add', { groupId, text: located.text })
    if (result.ok) setSafeList(result.data.safeList)
    else notifications.show({ color: 'red', message: result.error.message })
  }
  // A new function only when the pseudonyms change, so the text fields' flag lists can skip a key.
  const pseudonymOf = useCallback((flag: Flag) => pseudonymFor(latest.current.notes, flag.text, flag.kind, t.notes.pseudonymStems)?.pseudonym ?? null, [notes.pseudonyms, t]) // eslint-disable-line react-hooks/exhaustive-deps
  // The text fields' handlers stay the same from key to key (FlaggedTextarea is memoised); they
  // act through the latest `act`, whose safe-list call needs the group.
  const actLatest = useRef(act)
  actLatest.current = act
  const fieldHandlers = useMemo(
    () =>
      Object.fromEntries(
        NOTE_TEXT_FIELDS.map((field) => [
          field,
          {
            // A key only records the field's text; the notes take it once typing pauses.
            onChange: (value: string) =>
              type(`${itemId}|${field}`, (n) => ({ ...n, items: { ...n.items, [itemId]: { ...(n.items[itemId] ?? EMPTY_ITEM_NOTES), [field]: value } } })),
            onFlag: (flag: Flag, action: FlagAction) => void actLatest.current({ ...flag, itemId, spot: { field } }, action)
          }
        ])
      ) as Record<NoteTextField, { onChange: (value: string) => void; onFlag: (flag: Flag, action: FlagAction) => void }>,
    [type, itemId]
  )

  const finish = async () => {
    // Nothing is judged on a check that has not caught up with the text, typed keys included.
    const now = settle() ?? latest.current.notes
    const nowContext = flagContext(now, view.safeList, language)
    await whenChecked(Object.entries(now.items).flatMap(([id, it]) => textsOf(it).map(({ spot, text }) => ({ field: fieldKey(id, spot), text: checkedText(text, nowContext), options: checkOptionsFor(spot, nowContext) }))))
    if (openIn(flagsByField(now, nowContext)).length > 0) return setReviewing(true)
    if (await flush()) notifications.show({ message: t.notes.savedClean })
  }

  const textField = (field: 'summary' | 'questions' | 'reflections', label: string, description?: string) => (
    <FlaggedTextarea
      key={`${itemId}|${field}`}
      label={label}
      description={description}
      value={item[field]}
      flags={flagsAt({ field })}
      onChange={fieldHandlers[field].onChange}
      onFlag={fieldHandlers[field].onFlag}
      pseudonymOf={pseudonymOf}
      testId={`notes-${field}`}
    />
  )

  const pickItem = useCallback((value: unknown) => setPicked(typeof value === 'string' ? value : null), [])
  const itemOptions = useMemo(() => items.map((i) => ({ value: i.id, label: i.title })), [items])
  const setThemes = useCallback((themes: string[]) => setItem((it) => ({ ...it, themes })), [setItem])
  const themeFlags = item.themes.flatMap((_, index) => flagsAt({ field: 'themes', index }).map((flag) => ({ flag, index })))

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Group align="flex-end" gap="xs">
          <MemoSelect
            label={t.notes.notesFor}
            data={itemOptions}
            value={itemId}
            onChange={pickItem}
            allowDeselect={false}
            w={280}
          />
          {picked !== null && picked !== currentItemId && currentItemId ? (
            <Button variant="subtle" size="xs" onClick={() => setPicked(null)}>
              {t.notes.followAgenda}
            </Button>
          ) : null}
        </Group>
        <SaveStatus status={status} retry={() => void flush()} />
      </Group>
      <div data-testid="notes-themes">
        <MemoTagsInput
          label={t.notes.fields.themes}
          description={t.notes.fields.themesHelp}
          data={view.themes}
          value={item.themes}
          onChange={setThemes}
          clearable
          maxTags={30}
        />
        <FlagList
          flags={themeFlags.map(({ flag }) => flag)}
          onFlag={(flag, action) => {
            const found = themeFlags.find((t) => t.flag === flag)
            if (found) void act({ ...flag, itemId, spot: { field: 'themes', index: found.index } }, action)
          }}
          pseudonymOf={pseudonymOf}
        />
      </div>
      {textField('summary', t.notes.fields.summary, t.notes.fields.summaryHelp)}
      {textField('questions', t.notes.fields.questions)}
      <ActionsEditor
        actions={item.actions}
        people={people}
        flagsOf={(index) => flagsAt({ field: 'actions', index })}
        onChange={(actions) => setItem((it) => ({ ...it, actions }))}
        onFlag={(index, flag, action) => void act({ ...flag, itemId, spot: { field: 'actions', index } }, action)}
        pseudonymOf={pseudonymOf}
      />
      {textField('reflections', t.notes.fields.reflections)}
      <Group justify="space-between" wrap="wrap">
        <Text size="sm" c={open.length > 0 ? 'orange' : 'dimmed'} data-testid="open-flag-count">
          {t.notes.openCount(open.length)}
        </Text>
        <Button variant="light" leftSection={<IconShieldCheck size={16} aria-hidden />} onClick={() => void finish()}>
          {t.notes.saveAndCheck}
        </Button>
      </Group>
      <FlagReviewWhenOpen opened={reviewing} onClose={() => setReviewing(false)} flags={open} items={items} onFlag={(flag, action) => void act(flag, action)} pseudonymOf={pseudonymOf} onDone={() => void finish()} />
    </Stack>
  )
}
