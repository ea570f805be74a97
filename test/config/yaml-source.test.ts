import { describe, expect, it } from 'vitest';
import { parseYamlSource } from '../../src/config/yaml-source.js';

const TEXT = [
  'default:', //             1
  '  before:', //            2
  '    - 10wd', //           3
  "    - '3 рабочих дня'", // 4
  '  escalate:', //          5
  '    - { after: 2wd, to: controller }', // 6
  'kinds: { none: { statusEvery: 4w } }', // 7
].join('\n');

describe('parseYamlSource', () => {
  const source = parseYamlSource('config/ladders.yaml', TEXT);

  it('finds the line of a list item, a key and a key inside a flow map', () => {
    expect(source.errors).toEqual([]);
    expect(source.lineOf(['default', 'before', 1])).toBe(4);
    expect(source.lineOf(['default', 'escalate'])).toBe(5);
    expect(source.lineOf(['default', 'escalate', 0, 'to'])).toBe(6);
    expect(source.lineOf(['kinds', 'none', 'statusEvery'])).toBe(7);
  });

  it('places a missing key on the line of the map that lacks it', () => {
    expect(source.lineOf(['default', 'sendAt'])).toBe(1);
    expect(source.lineOf(['default', 'before', 5])).toBe(2);
    expect(source.lineOf([])).toBeNull();
  });

  it('reports a key written twice at the line of the second, with its column', () => {
    const twice = parseYamlSource('config/srok.yaml', "timezone: Asia/Yekaterinburg\nmail: {}\ntimezone: Europe/Moscow\n");
    expect(twice.data).toBeUndefined();
    expect(twice.errors.map((error) => error.message)).toEqual(['config/srok.yaml:3: ошибка синтаксиса YAML в столбце 1: этот ключ (или дата) уже есть выше на этом уровне; оставьте одну запись']);
  });

  it('says in Russian what a tab used as indentation is and how to fix it', () => {
    const tab = parseYamlSource('config/srok.yaml', 'a:\n\tb: 1\n');
    expect(tab.errors.map((error) => error.message)).toEqual(['config/srok.yaml:2: ошибка синтаксиса YAML в столбце 1: отступ сделан табуляцией; в YAML отступы делают только пробелами']);
  });

  it('reports a bad indentation with line and column', () => {
    const bad = parseYamlSource('config/srok.yaml', 'a: 1\nb:\n  - x\n - y\n');
    expect(bad.errors[0]?.line).toBe(4);
    expect(bad.errors[0]?.message).toBe('config/srok.yaml:4: ошибка синтаксиса YAML в столбце 1: отступ этой строки не совпадает с отступом соседних строк того же уровня; выровняйте его пробелами и проверьте двоеточия');
  });
});
