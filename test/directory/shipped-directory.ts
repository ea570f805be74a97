import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { directoryFile, type DirectoryEntry } from '../../src/config/schema.js';
import { createDirectory } from '../../src/directory/create-directory.js';
import type { Directory } from '../../src/directory/types.js';

/** The entries of the shipped config/directory.yaml, read without the rest of the config tree. */
export function shippedEntries(): DirectoryEntry[] {
  const url = new URL('../../config/directory.yaml', import.meta.url);
  return directoryFile.parse(parse(readFileSync(url, 'utf8'))).entries;
}

export function shippedDirectory(): Directory {
  return createDirectory(shippedEntries());
}

/** The 22 municipal formations of KhMAO – Yugra, as shared/data/khmao-municipalities.yaml lists them. */
export const KHMAO_MUNICIPALITIES = [
  'Ханты-Мансийск', 'Когалым', 'Лангепас', 'Мегион', 'Нефтеюганск', 'Нижневартовск', 'Нягань', 'Покачи',
  'Пыть-Ях', 'Радужный', 'Сургут', 'Урай', 'Югорск',
  'Белоярский район', 'Берёзовский район', 'Кондинский район', 'Нефтеюганский район', 'Нижневартовский район',
  'Октябрьский район', 'Советский район', 'Сургутский район', 'Ханты-Мансийский район',
];
