import { useState } from 'react';
import type { ExportReply } from '../../../shared/ipc/channels';
import { api } from '../api';
import { useMessages } from '../i18n';

/**
 * Each saved file with what to do with it, step by step, and buttons that show it in the system's file manager
 * (the main process opens only the files it just wrote). The names are final: nothing needs renaming.
 */
export function SavedFiles({ saved }: { saved: ExportReply }) {
  const { t, render } = useMessages();
  const [problem, setProblem] = useState<string>();
  const open = async (path: string, how: 'folder' | 'file') => {
    const reply = how === 'folder' ? await api().openFolder({ path }) : await api().showFile({ path });
    setProblem(reply.ok ? undefined : render(reply.error.reason));
  };
  return (
    <section className="saved" aria-labelledby="saved-title">
      <h2 id="saved-title">{t('export.saved', { folder: saved.folder })}</h2>
      <ol className="saved-files">
        {saved.files.map((f, index) => (
          <li key={f.path} className="saved-file">
            <h3>{t(`export:app.${f.format}`)}</h3>
            <p>
              <code className="file-name" id={`saved-file-${index}`}>
                {f.name}
              </code>
              {f.secret && <strong className="warn"> ({t('export.secret')})</strong>}
            </p>
            <p className="guide">{t(`export:guide.${f.format}`)}</p>
            <div className="decision">
              <button
                type="button"
                className="secondary"
                onClick={() => void open(f.path, 'file')}
                aria-describedby={`saved-file-${index}`}
              >
                {t('export.showFile')}
              </button>
              <button
                type="button"
                className="secondary"
                onClick={() => void open(f.path, 'folder')}
                aria-describedby={`saved-file-${index}`}
              >
                {t('export.openFolder')}
              </button>
            </div>
          </li>
        ))}
      </ol>
      {problem && (
        <p className="warning" role="alert">
          {problem}
        </p>
      )}
      <p>{t('export.next')}</p>
    </section>
  );
}
