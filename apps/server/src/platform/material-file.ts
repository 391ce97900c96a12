import { MAX_MATERIAL_BYTES, isMaterialType, type MaterialFileInput } from '@lots/core';
import { AppError } from './errors';

/** A material file checked for storing (decision 0114): its name, type and base64 bytes. */
export interface CheckedMaterialFile {
  name: string;
  contentType: string;
  data: string;
}

/**
 * Checks a material file sent as base64 (events' and resources' files): a type outside
 * MATERIAL_TYPES is a 415, more than MAX_MATERIAL_BYTES once decoded a 413, each naming the field.
 */
export function checkMaterialFile(file: MaterialFileInput, field: string): CheckedMaterialFile {
  const contentType = file.contentType.trim().toLowerCase();
  if (!isMaterialType(contentType))
    throw new AppError('unsupported_media_type', `${field}: files of type ${contentType} are not taken`, `${field}.contentType`);
  if (base64Bytes(file.data) > MAX_MATERIAL_BYTES)
    throw new AppError('payload_too_large', `${field}: the file is larger than ${MAX_MATERIAL_BYTES} bytes`, field);
  return { name: file.name.trim(), contentType, data: file.data };
}

/** The number of bytes a base64 text decodes to. */
export function base64Bytes(data: string): number {
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return (data.length * 3) / 4 - padding;
}
