/**
 * Every frame of an MP4 (or MOV) video, decoded rather than played: mp4box.js (a well-kept MP4
 * demuxer, gpac/mp4box.js) reads the samples, WebCodecs' VideoDecoder turns them into VideoFrames.
 * Frames come as fast as the consumer takes them, never dropped: the decoder is fed only while few
 * decoded frames wait, so memory stays flat however long the video. The consumer must close each
 * frame it is given (VideoFrame.close()); frames skipped by `every` are closed here.
 */
import { createFile, DataStream, Endianness, type ISOFile, type Movie, type MP4BoxBuffer, type Sample } from 'mp4box';

export interface DecodedFrame {
  /** The decoded picture: close it when done. */
  readonly frame: VideoFrame;
  /** Its place in the video, counted from 0 in presentation order. */
  readonly index: number;
  /** Presentation time in milliseconds from the start. */
  readonly tMs: number;
}

export interface Mp4Video {
  readonly codec: string;
  readonly width: number;
  readonly height: number;
  /** Frames in the video track. */
  readonly frameCount: number;
  readonly durationMs: number;
  /** Yields every `every`-th frame (1 = all), in order. */
  frames(every?: number): AsyncGenerator<DecodedFrame>;
}

/** Why a video cannot be decoded this way (the caller falls back to playing it). */
export class CannotDecode extends Error {
  override name = 'CannotDecode';
}

/** Decoded frames allowed to wait for the consumer; more would hold more full-size pictures in memory. */
const MAX_WAITING_FRAMES = 4;
/** Chunks allowed inside the decoder at once. */
const MAX_DECODE_QUEUE = 8;

/** The codec's configuration record (avcC, hvcC, vpcC, av1C) without its box header, as VideoDecoder wants it. */
function codecDescription(file: ISOFile, trackId: number): Uint8Array | undefined {
  const trak = file.getTrackById(trackId);
  for (const entry of trak.mdia?.minf?.stbl?.stsd?.entries ?? []) {
    const box = (entry as unknown as Record<string, { write(stream: DataStream): void } | undefined>);
    const config = box.avcC ?? box.hvcC ?? box.vpcC ?? box.av1C;
    if (config) {
      const stream = new DataStream(undefined, 0, Endianness.BIG_ENDIAN);
      config.write(stream);
      return new Uint8Array(stream.buffer, 8);
    }
  }
  return undefined;
}

/** Reads the whole file's samples (compressed, so about the file's size) and its video track. */
async function demux(data: Blob): Promise<{ movie: Movie; samples: Sample[]; description: Uint8Array | undefined }> {
  const file = createFile();
  const samples: Sample[] = [];
  let movie: Movie | undefined;
  let failed: string | undefined;
  file.onError = (_module, message) => (failed = message);
  file.onReady = (info) => {
    movie = info;
    const track = info.videoTracks[0];
    if (!track) return;
    file.setExtractionOptions(track.id, undefined, { nbSamples: 1000 });
    file.start();
  };
  file.onSamples = (_id, _user, got) => {
    samples.push(...got);
  };
  // The whole file in one buffer: an MP4 whose index (moov) comes after the pictures (as ffmpeg and
  // many cameras write it) is not readable in stream order, and once, read in chunks, a 10 s clip
  // gave 0 frames. The samples are kept in memory anyway, so this costs little more.
  const buffer = (await data.arrayBuffer()) as MP4BoxBuffer;
  buffer.fileStart = 0;
  file.appendBuffer(buffer, true);
  if (failed) throw new CannotDecode(`the MP4 could not be read: ${failed}`);
  file.flush();
  if (!movie) throw new CannotDecode('no MP4 header (moov) was found');
  const track = movie.videoTracks[0];
  if (!track) throw new CannotDecode('the file has no video track');
  return { movie, samples, description: codecDescription(file, track.id) };
}

/** Opens an MP4 for frame-by-frame decoding; throws CannotDecode when this browser cannot. */
export async function openMp4(data: Blob): Promise<Mp4Video> {
  if (typeof VideoDecoder === 'undefined') throw new CannotDecode('this browser has no WebCodecs VideoDecoder');
  const { movie, samples, description } = await demux(data);
  const track = movie.videoTracks[0]!;
  const config: VideoDecoderConfig = {
    codec: track.codec,
    codedWidth: track.video?.width ?? track.track_width,
    codedHeight: track.video?.height ?? track.track_height,
    ...(description ? { description } : {}),
  };
  if (!samples.length) throw new CannotDecode('no video frames were found in the file');
  // A file cut off part-way still has its whole index: fewer pictures than it promises means the
  // end is missing, and playing it says so where it breaks (rather than a timeline that stops short).
  if (track.nb_samples && samples.length < track.nb_samples) throw new CannotDecode(`the video is cut short (${samples.length} of ${track.nb_samples} frames)`);
  const support = await VideoDecoder.isConfigSupported(config);
  if (!support.supported) throw new CannotDecode(`this browser cannot decode ${track.codec}`);
  return {
    codec: track.codec,
    width: config.codedWidth ?? 0,
    height: config.codedHeight ?? 0,
    frameCount: samples.length,
    durationMs: (track.duration / track.timescale) * 1000,
    frames: (every = 1) => decodeFrames(config, samples, Math.max(1, Math.floor(every)), firstPresentedUs(samples)),
  };
}

/** The first frame's presentation time: B-frames shift every time by the decoding delay (an edit list the decoder ignores), and frame 0 should be at 0 ms. */
function firstPresentedUs(samples: readonly Sample[]): number {
  let first = Infinity;
  for (const s of samples) first = Math.min(first, (s.cts * 1e6) / s.timescale);
  return Number.isFinite(first) ? first : 0;
}

async function* decodeFrames(config: VideoDecoderConfig, samples: readonly Sample[], every: number, startUs: number): AsyncGenerator<DecodedFrame> {
  const waiting: VideoFrame[] = [];
  let error: Error | undefined;
  let wake: (() => void) | undefined;
  const poke = () => {
    wake?.();
    wake = undefined;
  };
  const decoder = new VideoDecoder({
    output: (frame) => {
      waiting.push(frame);
      poke();
    },
    error: (e) => {
      error = e instanceof Error ? e : new Error(String(e));
      poke();
    },
  });
  decoder.addEventListener('dequeue', poke);
  decoder.configure(config);
  // Frames come out in presentation order; their index is their place in that order.
  let next = 0;
  let index = 0;
  let flushed: Promise<void> | undefined;
  let flushDone = false;
  try {
    for (;;) {
      while (next < samples.length && decoder.decodeQueueSize < MAX_DECODE_QUEUE && waiting.length < MAX_WAITING_FRAMES) {
        const s = samples[next++]!;
        decoder.decode(new EncodedVideoChunk({ type: s.is_sync ? 'key' : 'delta', timestamp: (s.cts * 1e6) / s.timescale, duration: (s.duration * 1e6) / s.timescale, data: s.data! }));
      }
      if (next >= samples.length && !flushed) flushed = decoder.flush().then(() => {
        flushDone = true;
        poke();
      });
      if (error) throw error;
      const frame = waiting.shift();
      if (frame) {
        const i = index++;
        if (i % every !== 0) {
          frame.close();
          continue;
        }
        yield { frame, index: i, tMs: (frame.timestamp - startUs) / 1000 };
        continue;
      }
      if (flushDone) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    for (const f of waiting.splice(0)) f.close();
    if (decoder.state !== 'closed') decoder.close();
  }
}
