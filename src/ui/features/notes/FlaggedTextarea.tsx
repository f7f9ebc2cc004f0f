import { Box, Text, VisuallyHidden } from '@mantine/core'
import { memo, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react'
import type { Flag } from '../../../core/notes/flagRules'
import { shiftFindings } from '../../../core/notes/flagShift'
import { useT } from '../../i18n/LocaleContext'
import { BackdropPainter } from './backdropPainter'
import classes from './FlaggedTextarea.module.css'
import { FlagList, type FlagAction } from './FlagList'

const GROWS_BY_ITSELF = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content')
const ACTION_KEYS: Record<string, FlagAction> = { r: 'replace', p: 'pseudonym', d: 'dismiss', k: 'confirm' }

/** The flag the caret is in, or else the nearest one before it: what Alt+R acts on. */
function flagAtCaret(flags: readonly Flag[], caret: number): Flag | undefined {
  const open = flags.filter((f) => f.state === 'open')
  return open.find((f) => f.start <= caret && caret <= f.end) ?? open.filter((f) => f.end <= caret).at(-1) ?? open[0]
}

/**
 * A note field that underlines likely identifiers as they are typed, with the flags listed below
 * it to act on by click, or from the keyboard with Alt+R / Alt+P / Alt+D / Alt+K in the text.
 */
export const FlaggedTextarea = memo(function FlaggedTextarea(props: {
  label: string
  description?: string
  value: string
  flags: readonly Flag[]
  onChange: (value: string) => void
  onFlag: (flag: Flag, action: FlagAction) => void
  pseudonymOf: (flag: Flag) => string | null
  testId?: string
}) {
  const { label, description, value, flags, onChange, onFlag, pseudonymOf, testId } = props
  const id = useId()
  const t = useT()
  const input = useRef<HTMLTextAreaElement>(null)
  const backdrop = useRef<HTMLDivElement>(null)
  const painter = useRef<BackdropPainter | null>(null)

  // The textarea keeps its own text: a key renders nothing here. The text is handed to the notes
  // (which take it once typing pauses, useNotes) and the one backdrop line typed in is redrawn
  // straight in the DOM. `sent` lists what was handed over and not yet seen back, to tell our own
  // text coming back from an edit made elsewhere (a flag replaced, another item picked), which
  // replaces ours.
  const text = useRef(value)
  const sent = useRef<string[]>([])
  // The flags were found in the notes' text (`value`): carried across what was typed since, they stay on their words.
  const found = useRef({ value, flags })
  found.current = { value, flags }
  const flagsNow = () => shiftFindings(found.current.value, text.current, found.current.flags)
  // What FlagList acts on: the flags as they are now, worked out when a row is clicked.
  const current = useMemo(() => ({ get current() { return flagsNow() } }), []) // eslint-disable-line react-hooks/exhaustive-deps
  // The list shows the flags found at the last pause while typing only moves them; once a key has
  // changed a flagged word (shifting drops that flag), it shows the flags as they are, so no row is
  // left whose button has nothing to act on. Only then does a key render the field.
  const [touched, setTouched] = useState<{ flags: readonly Flag[]; listed: readonly Flag[] } | null>(null)
  const listed = touched?.flags === flags ? touched.listed : flags

  const grow = () => {
    // Grows with its text instead of scrolling, so the backdrop never has to follow a scroll. CSS
    // does it (field-sizing) where the engine can; measuring a long note on every key costs a layout.
    const el = input.current
    if (!el || GROWS_BY_ITSELF) return
    el.style.height = 'auto'
    el.style.height = `${el.scrollHeight + 2}px`
  }
  const paint = () => {
    if (!backdrop.current) return []
    painter.current ??= new BackdropPainter(backdrop.current, classes.mark ?? '', classes.block ?? '')
    const shown = flagsNow()
    painter.current.paint(text.current, shown)
    return shown
  }

  // Text from the notes: ours coming back, or an edit made elsewhere, which replaces what is in the field.
  useLayoutEffect(() => {
    const ours = sent.current.indexOf(value)
    if (ours !== -1) sent.current.splice(0, ours + 1)
    else {
      sent.current = []
      text.current = value
      if (input.current && input.current.value !== value) input.current.value = value
      grow()
    }
  }, [value])
  // New flags (typing paused, the checker caught up, a decision made) or new text: the backdrop follows.
  useLayoutEffect(() => void paint(), [value, flags]) // eslint-disable-line react-hooks/exhaustive-deps

  // The caret moves on every key, and Chromium tells the page (selectionchange, from the field up to
  // the document). Nothing here needs it: no part of the notes listens for onSelect, and what Alt+R
  // acts on is read when it is pressed. So the event stops at the field, and React's document-wide
  // handler does not look at the selection again after every key.
  useEffect(() => {
    const field = input.current
    if (!field) return
    const stop = (event: Event) => event.stopPropagation()
    field.addEventListener('selectionchange', stop)
    return () => field.removeEventListener('selectionchange', stop)
  }, [])

  const onInput = (event: FormEvent<HTMLTextAreaElement>) => {
    const next = event.currentTarget.value
    text.current = next
    sent.current.push(next)
    grow()
    const shown = paint()
    if (shown.length !== listed.length) setTouched({ flags, listed: shown })
    onChange(next)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return
    const action = ACTION_KEYS[event.key.toLowerCase()] ?? ACTION_KEYS[event.code.replace('Key', '').toLowerCase()]
    if (!action) return
    const flag = flagAtCaret(flagsNow(), event.currentTarget.selectionStart)
    if (!flag) return
    event.preventDefault()
    onFlag(flag, action)
  }

  // What the field's flags are, for a screen reader: the words did not change with a key, only their places.
  const summary = useMemo(() => {
    const open = flags.filter((f) => f.state === 'open')
    return open.length === 0 ? t.notes.flags.noneInField : t.notes.flags.inField(open.length, open.map((f) => t.notes.flags.inFieldItem(f.text, t.notes.kinds[f.kind])).join(', '))
  }, [flags, t])

  return (
    <Box data-testid={testId}>
      <Text component="label" htmlFor={id} size="sm" fw={500}>
        {label}
      </Text>
      {description ? (
        <Text size="xs" c="dimmed" mb={4}>
          {description}
        </Text>
      ) : null}
      <div className={classes.field}>
        <div ref={backdrop} className={classes.backdrop} aria-hidden />
        <textarea
          id={id}
          ref={input}
          className={classes.input}
          defaultValue={value}
          spellCheck={false}
          aria-describedby={`${id}-flags`}
          onInput={onInput}
          onKeyDown={onKeyDown}
        />
      </div>
      <VisuallyHidden id={`${id}-flags`}>{summary}</VisuallyHidden>
      <FlagList flags={listed} current={current} onFlag={onFlag} pseudonymOf={pseudonymOf} />
    </Box>
  )
})
