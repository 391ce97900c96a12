import { MATERIAL_TYPES, MAX_MATERIAL_BYTES, isMaterialType } from '@lots/core';
import { messageKey, type ValidationKey } from './validate';

/** A chosen file's bytes in base64 (how files travel in a JSON body, decisions 0120 and 0114). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** What the server would refuse about a material file before it is sent (none chosen, its type: 415, its size: 413), as a form message. */
export function materialFileProblem(file: File | null): ValidationKey | null {
  if (!file) return messageKey('common:files.missing');
  if (!isMaterialType(file.type)) return messageKey('common:files.type');
  if (file.size > MAX_MATERIAL_BYTES) return messageKey('common:files.size');
  return null;
}

/** The `accept` attribute of a material file input. */
export const MATERIAL_ACCEPT = MATERIAL_TYPES.join(',');

/** A file as chosen, ready for the API. */
export async function materialFileInput(file: File) {
  return { name: file.name, contentType: file.type, data: await readBase64(file) };
}

/** A file's size in the reader's language: "34 kB", "1,2 MB". */
export function formatFileSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(1, Math.round(bytes / 1024)), 'kilobyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
