import { sendFromPage } from '../../messaging/page-transport';
import type { BackupHost } from './backup-model';
import { extensionTranslate } from '../../ui/i18n';
import { localTimeZone } from '../../ui/format';

export function extensionBackupHost(): BackupHost {
  return {
    download(filename, text, type) {
      // An <a download> on a Blob URL: the file goes to Downloads without leaving the machine.
      const url = URL.createObjectURL(new Blob([text], { type }));
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      link.click();
      // The click starts the download asynchronously; revoke only once it surely has the data.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
    dataChanged: async () => {
      await sendFromPage({ type: 'badge/refresh' });
    },
    now: () => Date.now(),
    timeZone: localTimeZone(),
    t: extensionTranslate,
  };
}
