/**
 * A prescription to and from its three forms: a link parameter (`?rx=` base64url of the JSON, which
 * is also what the QR code holds) and a small JSON file. Reading any of them goes through the one
 * schema; anything wrong refuses the whole prescription and names every problem in plain words.
 */
import * as v from 'valibot';
import { problemsFromIssues } from '../schema/parse-fields';
import type { Problem } from '../schema/problem';
import { PrescriptionSchema, type Prescription, type PrescriptionInput } from './prescription-schema';
import { prescriptionIssue, type PrescriptionIssue, type WholeRefusal } from './prescription-problems';

/** The link parameter that carries a prescription. */
export const RX_PARAM = 'rx';
/** Longer than any valid prescription's link (ten stretches are about 1,500 characters). */
export const MAX_LINK_CHARS = 4000;
/** A prescription file is a few hundred bytes; anything this big is some other file. */
export const MAX_FILE_BYTES = 64 * 1024;

export type PrescriptionResult =
  | { readonly ok: true; readonly prescription: Prescription }
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly issues: readonly PrescriptionIssue[] };

const refused = (input: unknown, problems: readonly Problem[]): PrescriptionResult => ({
  ok: false,
  problems,
  issues: problems.map((p) => prescriptionIssue(p, input)),
});

/** Refused before any field was read; the reason is for developers, the person reads the issue's words. */
const whole = (input: unknown, kind: WholeRefusal, reason: string): PrescriptionResult => ({ ok: false, problems: [{ path: '', value: input, reason }], issues: [{ kind }] });

/** Checks data that claims to be a prescription: all of it is used, or none. */
export function checkPrescription(input: unknown): PrescriptionResult {
  // Some other data altogether (a settings file, a list): one problem, not one per missing field.
  const isObject = typeof input === 'object' && input !== null && !Array.isArray(input);
  if (!isObject || (input as { formhold?: unknown }).formhold !== 'prescription') return whole(input, 'not-prescription', 'this is not a FormHold prescription');
  const result = v.safeParse(PrescriptionSchema, input, { abortEarly: false });
  return result.success ? { ok: true, prescription: result.output } : refused(input, problemsFromIssues(input, result.issues));
}

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** The compact link parameter for a prescription (base64url of its JSON). */
export function encodePrescription(rx: PrescriptionInput): string {
  return toBase64Url(JSON.stringify(rx));
}

/** The full link: the app's address with `?rx=…` (any other query of `appUrl` is dropped). */
export function prescriptionLink(appUrl: string, rx: PrescriptionInput): string {
  const url = new URL(appUrl);
  url.search = `?${RX_PARAM}=${encodePrescription(rx)}`;
  url.hash = '';
  return url.href;
}

function fromJsonText(text: string, from: 'unreadable-link' | 'unreadable-file'): PrescriptionResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return whole(text, from, 'not JSON');
  }
  return checkPrescription(json);
}

/** Reads the `rx` link parameter (from a link or a scanned QR code). */
export function decodePrescriptionParam(param: string): PrescriptionResult {
  if (param.length > MAX_LINK_CHARS) return whole(param, 'too-long', 'the prescription in the link is far too long to be one');
  const text = fromBase64Url(param);
  if (text === undefined) return whole(param, 'unreadable-link', 'not base64url UTF-8');
  return fromJsonText(text, 'unreadable-link');
}

/** The JSON file a clinician can save, e-mail or print. */
export function prescriptionFileText(rx: PrescriptionInput): string {
  return `${JSON.stringify(rx, null, 2)}\n`;
}

/** Reads an opened prescription file's text. */
export function readPrescriptionFile(text: string): PrescriptionResult {
  if (text.length > MAX_FILE_BYTES) return whole(undefined, 'too-big', 'this file is far too big to be a prescription');
  return fromJsonText(text, 'unreadable-file');
}
