import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ZhkgError } from '../errors.ts';
import type { NerModel } from './ner-model.ts';
import { decodeNerModel } from './ner-model-file.ts';

/** The committed name-tagger model (made by `npm run train:ner`, see data/README.md). */
export const NER_MODEL_PATH = fileURLToPath(new URL('../../data/ner-model.bin.gz', import.meta.url));

let cached: NerModel | undefined;

/** The committed model, read once per process. Throws E_MODEL_INVALID when the file is missing or broken. */
export function loadNerModel(): NerModel {
  if (!cached) {
    let file: Buffer;
    try {
      file = readFileSync(NER_MODEL_PATH);
    } catch (e) {
      throw new ZhkgError('E_MODEL_INVALID', `loadNerModel: cannot read ${NER_MODEL_PATH}`, { file: NER_MODEL_PATH, cause: e });
    }
    cached = decodeNerModel(file, NER_MODEL_PATH);
  }
  return cached;
}
