/** Showing user text inside messages, safely. */

/**
 * User text as it may appear in a message: control, escape, bidi and zero-width characters shown
 * as \u{…} (never sent to a terminal or a log as they are), and cut after `max` characters.
 */
export function displayValue(text: string, max = 80): string {
  const chars = Array.from(text)
  const cut = chars.length > max ? `${chars.slice(0, max).join('')}…` : text
  return cut.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16)}}`
  )
}
