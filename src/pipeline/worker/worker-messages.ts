import type { FileOutcome } from '../analyze-file.ts';

export interface WorkerSetup {
  lexiconFiles: string[];
  maxBytes?: number;
  keepResults: boolean;
  /** Load the segmenter's dictionary at start, before the first file arrives. */
  preload?: boolean;
  tagger?: boolean;
}

export interface WorkerRequest {
  files: Array<{ index: number; file: string }>;
}

export interface WorkerReply {
  items: Array<{ index: number; file: string } & FileOutcome>;
}
