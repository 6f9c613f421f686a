import type { ChangeEvent } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { fileSize } from '../pages/Verify.tsx';
import type { ControlProps } from './form.tsx';

/** What the node takes as evidence or an attachment: documents and pictures (it checks the content itself). */
const ACCEPTED = '.pdf,.png,.jpg,.jpeg,.webp,.txt,application/pdf,image/png,image/jpeg,image/webp,text/plain';

/**
 * A file input styled as a button, with the chosen file's name and size announced; `control` comes from `Field`
 * and `inputKey` changes to clear the input after an upload.
 */
export function FilePicker({
  control,
  inputKey,
  file,
  onChange,
}: {
  control: ControlProps;
  inputKey: number;
  file: File | null;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <div className="file-picker">
      <span className="file-picker-control">
        <input
          {...control}
          key={inputKey}
          type="file"
          className="file-picker-input"
          accept={ACCEPTED}
          onChange={onChange}
        />
        <span className="button button-secondary file-picker-button" aria-hidden="true">
          {t('tmapp.chooseFile')}
        </span>
      </span>
      <span className="muted small file-picker-name" role="status">
        {file
          ? t('tmapp.fileChosen', { name: file.name, size: fileSize(i18n, file.size) })
          : t('tmapp.noFile')}
      </span>
    </div>
  );
}
