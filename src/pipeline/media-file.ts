/** Opening a photo or video the person chose or dropped, with a typed error for anything else. */
import { failure, PipelineFailure } from './errors';

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
  if (!kind) throw failure({ kind: 'file-unsupported', name: file.name, type: file.type }, `type "${file.type}"`);
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
      video.onerror = () => reject(new Error(video.error?.message || 'decode'));
    });
    video.onloadeddata = null;
    video.onerror = null;
    // An mp4 with only sound loads and plays, and never gives a picture to analyse.
    if (video.videoWidth === 0 || video.videoHeight === 0) {
      URL.revokeObjectURL(url);
      throw failure({ kind: 'file-no-video', name: file.name }, `${file.name}: no video track (videoWidth 0)`);
    }
    return { kind, element: video, url, name: file.name };
  } catch (e) {
    if (e instanceof PipelineFailure) throw e;
    URL.revokeObjectURL(url);
    throw failure({ kind: 'file-unreadable', name: file.name }, e);
  }
}
