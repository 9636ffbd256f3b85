import { useState } from 'react';
import { Button, Paragraph } from '@utrecht/component-library-react';
import { useT } from '../i18n/I18n';
import { download, type DownloadableFile } from '../components/download';

/**
 * A CSV export (issue 13): a button that asks the API for the file (each export is audited there), hands it to the
 * browser's download, and says how many rows went into which file, or that it failed.
 */
export function ExportButton({ label, help, make }: { label: string; help: string; make: () => Promise<(DownloadableFile & { rows: number }) | undefined> }) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setSaid(null);
    try {
      const file = await make();
      if (!file) throw new Error('no file');
      download(file);
      setSaid(t('officer.export.done', { rows: file.rows, filename: file.filename }));
    } catch {
      setSaid(t('officer.export.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="matching-export">
      <Paragraph className="matching-muted">{help}</Paragraph>
      <Button appearance="secondary-action-button" disabled={busy} onClick={() => void run()}>
        {label}
      </Button>
      <Paragraph role="status">{said ?? ''}</Paragraph>
    </div>
  );
}
