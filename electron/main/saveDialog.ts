import { app, dialog, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import type { DestinationRequest } from '../services/serviceContext'

/** The OS save dialog (one file) or folder picker (a file per person), over the main window. */
export async function chooseDestination(request: DestinationRequest, window: BrowserWindow | undefined): Promise<string | null> {
  const documents = app.getPath('documents')
  if (request.kind === 'file') {
    const options = { title: request.title, defaultPath: join(documents, request.suggestedName), filters: [{ name: 'Word document', extensions: [request.extension] }] }
    const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
    return result.canceled || !result.filePath ? null : result.filePath
  }
  const options = { title: request.title, defaultPath: documents, properties: ['openDirectory' as const, 'createDirectory' as const] }
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  return result.canceled ? null : (result.filePaths[0] ?? null)
}
