import { describe, expect, it } from 'vitest';
import { context, renderer } from './support.js';

describe('the executors of an item', () => {
  it('are listed under «Исполнители:» when there are several, and one stands on the «Исполнитель:» line', async () => {
    const r = await renderer();
    const several = r.render(
      context('status', (ctx) => {
        ctx.part = null;
        ctx.assignment!.executors = [
          { name: 'Министерство здравоохранения Челябинской области', role: 'executor' },
          { name: 'Министерство информационных технологий, связи и цифрового развития Челябинской области', role: 'co-executor' },
        ];
      }),
    );
    expect(several.text).toContain('Исполнители:\n- Министерство здравоохранения Челябинской области\n- Министерство информационных технологий, связи и цифрового развития Челябинской области (соисполнитель)\n');
    expect(several.html).toContain('Исполнители');
    const one = r.render(
      context('status', (ctx) => {
        ctx.part = null;
        ctx.assignment!.executors = [{ name: 'Министерство здравоохранения Челябинской области', role: 'executor' }];
      }),
    );
    expect(one.text).toContain('Исполнитель: Министерство здравоохранения Челябинской области\n');
    expect(one.text).not.toContain('Исполнители');
  });
});
