import { useEffect, useRef, useState } from 'react';
import type { ExportReply } from '../../../shared/ipc/channels';
import { api } from '../api';
import { useMessages } from '../i18n';

/**
 * Each saved file with what to do with it, step by step, and buttons that show it in the system's file manager
 * (the main process opens only the files it just wrote). The names are final: nothing needs renaming.
 */
export function SavedFiles({ saved }: { saved: ExportReply }) {
  const { t, i18n, render } = useMessages();
  const [problem, setProblem] = useState<string>();
  const title = useRef<HTMLHeadingElement>(null);
  // The files just written are the news: keyboard and screen-reader users land on them.
  useEffect(() => title.current?.focus(), [saved]);
  const open = async (path: string, how: 'folder' | 'file') => {
    const reply = how === 'folder' ? await api().openFolder({ path }) : await api().showFile({ path });
    setProblem(reply.ok ? undefined : render(reply.error.reason));
  };
  return (
    <section className="saved" aria-labelledby="saved-title">
      <h2 id="saved-title" ref={title} tabIndex={-1} className="step-heading-focus">
        {t('export.saved', { folder: saved.folder })}
      </h2>
      <ol className="saved-files">
        {saved.files.map((f, index) => {
          // A file written next to another of its format (a certificate beside policies.json) shares its guide.
          const companion = saved.files.findIndex((other) => other.format === f.format) < index;
          return (
            <li key={f.path} className="saved-file">
              {!companion && <h3>{t(`export:app.${f.format}`)}</h3>}
              <p>
                <code className="file-name" id={`saved-file-${index}`}>
                  {f.name}
                </code>
                {f.secret && <strong className="warn"> ({t('export.secret')})</strong>}
              </p>
              {!companion && <p className="guide">{t(`export:guide.${f.format}`)}</p>}
              {/* How to open this very file, with its real path, where the catalog has such words for its format. */}
              {!companion && i18n.exists(`export:open.${f.format}`) && (
                <p className="open-how">{t(`export:open.${f.format}`, { path: f.path })}</p>
              )}
              {f.notes.map((note) => (
                <p key={JSON.stringify(note.message)} className={note.warning ? 'warning' : 'hint'}>
                  {render(note.message)}
                </p>
              ))}
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
          );
        })}
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
