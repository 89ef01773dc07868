import {
  AppShell,
  Group,
  MantineProvider,
  SegmentedControl,
  Stack,
  Text,
  Title
} from '@mantine/core'

import { I18nProvider, useI18n } from './i18n/I18nProvider'
import type { Language } from './i18n/language'
import { isLanguage } from './i18n/language'
import { theme } from './theme'

export function App(props: {
  initialLanguage: Language
  onLanguageChange?: (language: Language) => void
}) {
  return (
    <MantineProvider theme={theme}>
      <I18nProvider
        initialLanguage={props.initialLanguage}
        onLanguageChange={props.onLanguageChange}
      >
        <Shell />
      </I18nProvider>
    </MantineProvider>
  )
}

function Shell() {
  const { t } = useI18n()
  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={1} size="h3">
            {t('app.name')}
          </Title>
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Main>
        <Stack component="section" aria-labelledby="register-title" maw={720}>
          <Title order={2} id="register-title">
            {t('register.title')}
          </Title>
          <Title order={3}>{t('register.empty.title')}</Title>
          <Text>{t('register.empty.body')}</Text>
        </Stack>
      </AppShell.Main>
    </AppShell>
  )
}

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n()
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      value={language}
      onChange={(value) => {
        if (isLanguage(value)) setLanguage(value)
      }}
      data={[
        { value: 'fr', label: t('language.fr') },
        { value: 'en', label: t('language.en') }
      ]}
    />
  )
}
