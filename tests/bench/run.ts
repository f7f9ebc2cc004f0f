import { certificateBench } from './certificateBench'
import { deidBench } from './deidBench'
import { initialLoadBench } from './initialLoadBench'
import { liveInteractiveBench } from './liveInteractiveBench'
import { noteKeystrokeBench } from './noteKeystrokeBench'
import { renderBench } from './renderBench'
import { log, type Emit } from './report'
import { storageBench } from './storageBench'
import { summaryBench } from './summaryBench'
import { timerBench } from './timerBench'

// `npm run bench`: one JSON object per line on stdout, progress on stderr. Each benchmark lives in
// its own file and reports through this one emit, so the output contract is kept in one place.

const emit: Emit = (metric) => process.stdout.write(`${JSON.stringify(metric)}\n`)

const started = performance.now()
await storageBench(emit)
log('Simulating a 90-minute session: Hearth’s live clock against a setTimeout(1000) countdown…')
timerBench(emit)
await renderBench(emit)
initialLoadBench(emit)
await liveInteractiveBench(emit)
await noteKeystrokeBench(emit)
await deidBench(emit)
await certificateBench(emit)
await summaryBench(emit)
log(`All benchmarks done in ${Math.round((performance.now() - started) / 1000)} s`)
