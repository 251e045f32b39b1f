/**
 * The only bridge between the sandboxed renderer and the core: one `call` function over the typed
 * API contract. No Node, no ipcRenderer, no other channel is exposed.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Progress } from '../src/common/progress';
import type { KelisimBridge } from '../src/api/spec/bridge';
// Bundled into the single preload file: a sandboxed preload cannot require files at run time.
import { IPC_CALL, IPC_PROGRESS } from './security';

let nextCallId = 1;

const bridge: KelisimBridge = {
  async call(name, args, onProgress) {
    const callId = nextCallId++;
    const listener = (_event: IpcRendererEvent, id: number, progress: Progress) => {
      if (id === callId) onProgress?.(progress);
    };
    ipcRenderer.on(IPC_PROGRESS, listener);
    try {
      return await ipcRenderer.invoke(IPC_CALL, callId, name, args);
    } finally {
      ipcRenderer.removeListener(IPC_PROGRESS, listener);
    }
  },
};

contextBridge.exposeInMainWorld('kelisim', bridge);
