/**
 * One line of `npm run bench` output. Where a figure is compared, ratio = baseline / value, so
 * above 1 means Hearth does better; `note` says why a comparison has no ratio.
 */
export interface Metric {
  name: string
  value: number
  unit: string
  baseline?: number
  ratio?: number
  note?: string
  /** A budget from the issue, in the same unit: the figure should stay at or below it. */
  target?: number
  withinTarget?: boolean
}

export type Emit = (metric: Metric) => void

/** Progress goes to stderr so stdout stays one JSON object per line. */
export const log = (message: string) => process.stderr.write(`${message}\n`)
