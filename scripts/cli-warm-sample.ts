// Writes the first sample incident to the path given: the input of the CLI's warm-up render.
import { writeFileSync } from 'node:fs'

import { sampleIncidents } from '../shared/model'

const sample = sampleIncidents[0]
const path = process.argv[2]
if (sample === undefined || path === undefined) throw new Error('usage: cli-warm-sample <path>')
writeFileSync(path, JSON.stringify(sample.file))
