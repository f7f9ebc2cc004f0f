import { renderBench } from './renderBench'
const t = performance.now()
await renderBench((m) => console.log(JSON.stringify(m)))
console.error(performance.now() - t)
