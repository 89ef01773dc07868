import { describe, expect, it } from 'vitest'

import { sampleIncidents } from '@shared/model/samples'

import { SAMPLE_CHOICES } from './sample-choices'

describe('the first-run sample choices', () => {
  it('are the samples’ own slugs and titles, in the same order', () => {
    expect(SAMPLE_CHOICES).toEqual(
      sampleIncidents.map((sample) => ({ slug: sample.slug, title: sample.title }))
    )
  })
})
