import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { InsertionOrder } from '../../emulator/store/insertion-order.ts';

/** The indexed order the emulator's stores page from, against a plain array as the model. */
describe('InsertionOrder', () => {
  it('pages like a plain array through adds, removes and compactions', () => {
    const order = new InsertionOrder<number>();
    const model: number[] = [];
    let seed = 7;
    const random = (n: number): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let step = 0; step < 5000; step++) {
      if (model.length > 0 && random(3) === 0) {
        const victim = model[random(model.length)]!;
        assert.equal(order.remove(victim), true);
        model.splice(model.indexOf(victim), 1);
      } else {
        order.add(step);
        model.push(step);
      }
      if (step % 97 === 0) {
        const offset = random(model.length + 3);
        const count = random(12);
        assert.deepEqual(order.page(offset, count), model.slice(offset, offset + count), `page(${offset}, ${count}) after step ${step}`);
      }
    }
    assert.equal(order.size, model.length);
    assert.deepEqual(order.all(), model);
  });

  it('ignores removing what it does not hold', () => {
    const order = new InsertionOrder<string>();
    order.add('a');
    assert.equal(order.remove('b'), false);
    assert.deepEqual(order.page(0, 5), ['a']);
  });
});
