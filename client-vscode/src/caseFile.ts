// Which documents are case files. Pure: works on names and text.

/** The case key in every language of the vocabulary (Keys.cs: case = іс | тізілім-нөмірі = дело | номер-ердр). */
const caseKey = /^ {0,3}[-*+][ \t]+(?:case|іс|тізілім[-_ ]нөмірі|дело|номер[-_ ]ердр)[ \t]*:/iu;

export function isCaseFileName(path: string): boolean {
  return /\.case\.md$/i.test(path);
}

/**
 * Whether a Markdown text is a case file by its content: its first heading is followed (blank
 * lines and HTML comments aside) by a `- case:` line. Front matter and fenced code before the
 * heading are skipped; setext headings count. Only the head of the text is read.
 */
export function looksLikeCaseFile(text: string, maxLines = 200): boolean {
  const lines = text.split(/\r?\n/, maxLines);
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((line, n) => n > 0 && /^(---|\.\.\.)\s*$/.test(line));
    i = close > 0 ? close + 1 : 0;
  }
  let fence: string | undefined;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(line)) {
      return caseKeyFollows(lines, i + 1);
    }
    const next = lines[i + 1];
    if (line.trim() !== '' && next !== undefined && /^ {0,3}(=+|-+)[ \t]*$/.test(next) && !/^ {0,3}[-*+][ \t]/.test(line)) {
      return caseKeyFollows(lines, i + 2);
    }
  }
  return false;
}

function caseKeyFollows(lines: readonly string[], start: number): boolean {
  for (let i = start; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '' || /^\s*<!--.*-->\s*$/.test(line)) continue;
    return caseKey.test(line);
  }
  return false;
}

/** The first CF code in whatever a command was given: a code, a diagnostic, a Problems-panel marker, a URI. */
export function ruleCodeOf(argument: unknown, depth = 0): string | undefined {
  if (argument === undefined || argument === null || depth > 5) return undefined;
  if (typeof argument === 'string') {
    return /\bCF\d{4}\b/i.exec(argument)?.[0].toUpperCase();
  }
  if (typeof argument === 'number') return undefined;
  if (Array.isArray(argument)) {
    for (const item of argument) {
      const code = ruleCodeOf(item, depth + 1);
      if (code) return code;
    }
    return undefined;
  }
  if (typeof argument === 'object') {
    const record = argument as Record<string, unknown>;
    for (const key of ['code', 'value', 'marker', 'diagnostic']) {
      const code = ruleCodeOf(record[key], depth + 1);
      if (code) return code;
    }
  }
  return undefined;
}
