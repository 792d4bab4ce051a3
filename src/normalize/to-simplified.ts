// The one place opencc-js is imported.
import * as OpenCC from 'opencc-js/t2cn';

let converter: ((text: string) => string) | undefined;

/** Traditional → simplified Chinese. Used per character run so that offsets never move. */
export function toSimplified(text: string): string {
  const convert = (converter ??= OpenCC.Converter({ from: 't', to: 'cn' }));
  return convert(text);
}
