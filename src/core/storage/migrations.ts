/**
 * Pure, ordered migration steps for one kind of file. A step takes the parsed JSON of version
 * `from` and returns version `from + 1`; it never reads the clock or the disk.
 */
export interface Migration {
  from: number
  title: string
  up: (doc: Record<string, unknown>) => Record<string, unknown>
}

/** Checked when a document kind is defined, so a gap or a duplicate fails at start-up, not on a user's file. */
export function validateMigrations(migrations: readonly Migration[], currentVersion: number): void {
  migrations.forEach((step, index) => {
    if (step.from !== index + 1 || step.title.trim() === '')
      throw new Error(`Invalid migration list: step ${index} must migrate from v${index + 1} and have a title`)
  })
  if (migrations.length !== currentVersion - 1)
    throw new Error(`Invalid migration list: ${migrations.length} steps cannot reach v${currentVersion} from v1`)
}

export function runMigrations(
  doc: Record<string, unknown>,
  fromVersion: number,
  migrations: readonly Migration[]
): Record<string, unknown> {
  return migrations
    .filter((step) => step.from >= fromVersion)
    .reduce((current, step) => ({ ...step.up(current), schemaVersion: step.from + 1 }), doc)
}
