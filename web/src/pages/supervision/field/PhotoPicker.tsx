// Photos for a field visit: the phone's camera (or its gallery), several at once, shown as
// thumbnails that can be removed. Kept as the original files — the server reads their EXIF
// time and place, which re-encoding on the phone would drop — so files over the limit or of a
// type the server refuses are turned away here, with their name.
import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Image, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useI18n } from '../../../i18n';
import { newId, type OutboxPhoto } from '../../../offline/outbox';
import { PHOTO_MAX_MB, PHOTO_TYPES } from './fieldApi';

export function PhotoPicker({
  photos,
  onChange,
  disabled,
}: {
  photos: OutboxPhoto[];
  onChange(next: OutboxPhoto[]): void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const input = useRef<HTMLInputElement>(null);
  const urls = useMemo(
    () => new Map(photos.filter((p) => p.blob).map((p) => [p.localId, URL.createObjectURL(p.blob!)])),
    [photos],
  );
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);

  const add = (files: FileList | null) => {
    const added: OutboxPhoto[] = [];
    for (const file of Array.from(files ?? [])) {
      if (!PHOTO_TYPES.includes(file.type)) message.warning(t('supervisionField.photoWrongType', { name: file.name }));
      else if (file.size > PHOTO_MAX_MB * 1024 * 1024)
        message.warning(t('supervisionField.photoTooLarge', { name: file.name, mb: PHOTO_MAX_MB }));
      else
        added.push({ localId: newId(), name: file.name, type: file.type, size: file.size, blob: file, fileId: null });
    }
    if (added.length) onChange([...photos, ...added]);
  };

  return (
    <div>
      <Space wrap size={8}>
        {photos.map((p) => (
          <div key={p.localId} style={{ position: 'relative' }} data-testid="visit-photo">
            {urls.get(p.localId) ? (
              <Image
                src={urls.get(p.localId)}
                alt={t('supervisionField.photoAlt', { name: p.name })}
                width={88}
                height={88}
                style={{ objectFit: 'cover', borderRadius: 6 }}
              />
            ) : (
              <div style={{ width: 88, height: 88, background: '#f5f5f5', borderRadius: 6 }} />
            )}
            {!disabled && (
              <Button
                size="small"
                danger
                shape="circle"
                icon={<DeleteOutlined />}
                aria-label={t('supervisionField.removePhoto')}
                style={{ position: 'absolute', top: 2, right: 2 }}
                onClick={() => onChange(photos.filter((x) => x.localId !== p.localId))}
              />
            )}
          </div>
        ))}
      </Space>
      {!disabled && (
        <div style={{ marginTop: 8 }}>
          <input
            ref={input}
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            // Not the `hidden` attribute: the UI library's reset shows inputs that carry it.
            style={{ display: 'none' }}
            aria-label={t('supervisionField.takePhoto')}
            data-testid="photo-input"
            onChange={(e) => {
              add(e.target.files);
              e.target.value = '';
            }}
          />
          <Button icon={<CameraOutlined />} onClick={() => input.current?.click()} block>
            {t('supervisionField.takePhoto')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('supervisionField.photosHint', { mb: PHOTO_MAX_MB })}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}
