import { Box, Text, VisuallyHidden } from '@mantine/core'
import { memo, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { Flag } from '../../../core/notes/flagRules'
import { shiftFindings } from '../../../core/notes/flagShift'
import { useT } from '../../i18n/LocaleContext'
import classes from './FlaggedTextarea.module.css'
import { FlagList, type FlagAction } from './FlagList'

const GROWS_BY_ITSELF = typeof CSS !== 'undefined' && CSS.supports('field-sizing', 'content')
const ACTION_KEYS: Record<string, FlagAction> = { r: 'replace', p: 'pseudonym', d: 'dismiss', k: 'confirm' }

/**
 * One line of the backdrop. `marks` lists its flags relative to the line ("start:end:kind:state;…"),
 * so a line whose text and flags did not change is not rendered again, and the browser lays out
 * only the line being typed in, not the whole 5,000-word note.
 */
const BackdropLine = memo(function BackdropLine({ text, marks }: { text: string; marks: string }) {
  const parts: ReactNode[] = []
  let at = 0
  for (const [index, mark] of (marks ? marks.split(';') : []).entries()) {
    const [from = 0, to = 0] = mark.split(':', 2).map(Number)
    const [, , kind, state] = mark.split(':')
    parts.push(text.slice(at, from))
    parts.push(
      <mark key={index} className={classes.mark} data-kind={kind} data-state={state}>
        {text.slice(from, to)}
      </mark>
    )
    at = to
  }
  // An empty line still takes its height.
  parts.push(text.slice(at) || '\u200b')
  return <div>{parts}</div>
})

/** The text again, line by line, with each flag wrapped so the backdrop can underline it under the textarea. */
function marked(text: string, flags: readonly Flag[]): ReactNode[] {
  const lines: ReactNode[] = []
  let flag = 0
  let lineStart = 0
  for (const [index, line] of text.split('\n').entries()) {
    const lineEnd = lineStart + line.length
    const marks: string[] = []
    let reach = lineStart
    while (flag < flags.length && (flags[flag]?.start ?? 0) < lineEnd + 1) {
      const f = flags[flag]
      // A flag never crosses a line in the backdrop (one that would is cut at the line's end), and
      // one overlapping the flag before it is left to that one.
      const to = Math.min(f?.end ?? 0, lineEnd)
      if (f && f.start >= reach && to > f.start) {
        marks.push(`${f.start - lineStart}:${to - lineStart}:${f.kind}:${f.state}`)
        reach = to
      }
      flag++
    }
    lines.push(<BackdropLine key={index} text={line} marks={marks.join(';')} />)
    lineStart = lineEnd + 1
  }
  return lines
}

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
  const { label, description, value, onChange, pseudonymOf, testId } = props
  const id = useId()
  const t = useT()
  const input = useRef<HTMLTextAreaElement>(null)

  // A key redraws this field only: the text shows at once from here, and the notes take it once
  // typing pauses (useNotes). `sent` lists what was handed over and not yet seen back, to tell our
  // own text coming back from an edit made elsewhere (a flag replaced, another item picked), which
  // replaces ours.
  const [text, setText] = useState(value)
  const sent = useRef<string[]>([])
  useLayoutEffect(() => {
    const ours = sent.current.indexOf(value)
    if (ours !== -1) {
      sent.current.splice(0, ours + 1)
      return
    }
    sent.current = []
    setText(value)
  }, [value])
  const type = (next: string) => {
    setText(next)
    sent.current.push(next)
    onChange(next)
  }
  // The flags were found in the notes' text: carried across what was typed since, they stay on their words.
  const flags = useMemo(() => (text === value ? props.flags : shiftFindings(value, text, props.flags)), [text, value, props.flags])
  const current = useRef(flags)
  current.current = flags
  // The list keeps the flags found at the last pause while typing only moved them; once a key has
  // changed a flagged word (shifting drops that flag), it shows the flags as they are, so no row is
  // left whose button has nothing to act on.
  const listed = flags.length === props.flags.length ? props.flags : flags
  const onFlag = props.onFlag

  // Grows with its text instead of scrolling, so the backdrop never has to follow a scroll. CSS
  // does it (field-sizing) where the engine can; measuring a long note on every key costs a layout.
  useLayoutEffect(() => {
    const el = input.current
    if (!el || GROWS_BY_ITSELF) return
    el.style.height = 'auto'
    el.style.height = `${el.scrollHeight + 2}px`
  }, [text])

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return
    const action = ACTION_KEYS[event.key.toLowerCase()] ?? ACTION_KEYS[event.code.replace('Key', '').toLowerCase()]
    if (!action) return
    const flag = flagAtCaret(flags, event.currentTarget.selectionStart)
    if (!flag) return
    event.preventDefault()
    onFlag(flag, action)
  }

  // What the field's flags are, for a screen reader: the words did not change with a key, only their places.
  const summary = useMemo(() => {
    const open = props.flags.filter((f) => f.state === 'open')
    return open.length === 0 ? t.notes.flags.noneInField : t.notes.flags.inField(open.length, open.map((f) => t.notes.flags.inFieldItem(f.text, t.notes.kinds[f.kind])).join(', '))
  }, [props.flags, t])

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
        <div className={classes.backdrop} aria-hidden>
          {marked(text, flags)}
        </div>
        <textarea
          id={id}
          ref={input}
          className={classes.input}
          value={text}
          spellCheck={false}
          aria-describedby={`${id}-flags`}
          onChange={(e) => type(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <VisuallyHidden id={`${id}-flags`}>{summary}</VisuallyHidden>
      <FlagList flags={listed} current={current} onFlag={onFlag} pseudonymOf={pseudonymOf} />
    </Box>
  )
})
