import type { MenuItemConstructorOptions } from 'electron'

export type MenuLanguage = 'fr' | 'en'

const LABELS = {
  fr: {
    file: 'Fichier',
    edit: 'Édition',
    view: 'Affichage',
    window: 'Fenêtre',
    help: 'Aide',
    about: 'À propos de Sentinelle'
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: 'About Sentinelle'
  }
} as const

export function menuLanguageFor(locale: string): MenuLanguage {
  return locale.toLowerCase().startsWith('fr') ? 'fr' : 'en'
}

/**
 * The application menu, in French or English. Roles give the native, already translated items;
 * no item loads a URL, since the app never goes online.
 */
export function buildMenuTemplate(
  language: MenuLanguage,
  platform: NodeJS.Platform,
  onAbout: () => void
): MenuItemConstructorOptions[] {
  const label = LABELS[language]
  const isMac = platform === 'darwin'
  const template: MenuItemConstructorOptions[] = []
  if (isMac) template.push({ role: 'appMenu' })
  template.push(
    { label: label.file, submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      label: label.edit,
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' }
      ]
    },
    {
      label: label.view,
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { label: label.window, submenu: [{ role: 'minimize' }] },
    { label: label.help, submenu: [{ label: label.about, click: onAbout }] }
  )
  return template
}
