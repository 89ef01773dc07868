import { List, Text } from '@mantine/core'

import type { ConsequenceGroup } from './consequence-groups'

/** The groups of consequence-groups.ts as headed lists (review step and incident detail). */
export function ConsequenceGroups(props: { groups: readonly ConsequenceGroup[] }) {
  return props.groups.map((group) => (
    <div key={group.heading}>
      <Text size="sm" fw={600}>
        {group.heading}
      </Text>
      <List size="sm">
        {group.items.map((item, index) => (
          <List.Item key={index}>{item}</List.Item>
        ))}
      </List>
    </div>
  ))
}
