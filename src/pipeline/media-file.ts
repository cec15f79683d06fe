/** Opening a photo or video the person chose or dropped, with a typed error for anything else. */
import { PipelineFailure } from './errors';

export type OpenedMedia =
  | { readonly kind: 'image'; readonly element: HTMLImageElement; readonly url: string; readonly name: string }
  | { readonly kind: 'video'; readonly element: HTMLVideoElement; readonly url: string; readonly name: string };

const IMAGE_EXT = /\.(jpe?g|png|webp|gif|bmp|avif)$/i;
const VIDEO_EXT = /\.(mp4|webm|mov|m4v|ogv|mkv)$/i;

export function mediaKind(file: { name: string; type: string }): 'image' | 'video' | undefined {
  if (file.type.startsWith('image/') || (!file.type && IMAGE_EXT.test(file.name))) return 'image';
  if (file.type.startsWith('video/') || (!file.type && VIDEO_EXT.test(file.name))) return 'video';
  return undefined;
}

export async function openMediaFile(file: File): Promise<OpenedMedia> {
  const kind = mediaKind(file);
  if (!kind) throw new PipelineFailure({ kind: 'file-unsupported', name: file.name, type: file.type });
  const url = URL.createObjectURL(file);
  try {
    if (kind === 'image') {
      const img = new Image();
      img.src = url;
      await img.decode();
      return { kind, element: img, url, name: file.name };
    }
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.loop = true;
    video.preload = 'auto';
    video.src = url;
    await new Promise<void>((resolve, reject) => {
      video.onloadeddata = () => resolve();
      video.onerror = () => reject(new Error('decode'));
    });
    return { kind, element: video, url, name: file.name };
  } catch {
    URL.revokeObjectURL(url);
    throw new PipelineFailure({ kind: 'file-unreadable', name: file.name });
  }
}
