import { describe, expect, it } from 'vitest';
import { MAX_JOINED, MirrorJoin } from '../../../../src/context/snapshot/mirror-join';

const piece = (n: number, text: string, end?: true, doc = 'd1') => ({ doc, n, text, ...(end ? { end } : {}) });

describe("the background's join of a frame's pieces", () => {
  it('gives the message once its last piece came, after all the others in order', () => {
    const join = new MirrorJoin();
    expect(join.add('4:0', piece(0, '{"a":'))).toBeUndefined();
    expect(join.add('4:0', piece(1, '"b'))).toBeUndefined();
    expect(join.add('4:0', piece(2, 'c"}', true))).toBe('{"a":"bc"}');
    expect(join.size).toBe(0);
  });

  it('breaks a message that missed a piece, and keeps nothing of it (a later piece breaks too)', () => {
    const join = new MirrorJoin();
    join.add('4:0', piece(0, 'a'));
    expect(join.add('4:0', piece(2, 'c'))).toBeNull();
    expect(join.size).toBe(0);
    expect(join.add('4:0', piece(3, 'd', true))).toBeNull();
  });

  it('breaks after a worker stopped between two pieces (a new join knows none before): never half a page', () => {
    expect(new MirrorJoin().add('4:0', piece(5, ']}', true))).toBeNull();
  });

  it("drops a frame's unfinished message when the frame starts a new one, or sends one whole", () => {
    const join = new MirrorJoin();
    join.add('4:0', piece(0, 'old '));
    join.add('4:0', piece(1, 'half'));
    expect(join.add('4:0', piece(0, 'new'))).toBeUndefined();
    expect(join.add('4:0', piece(1, ' one', true))).toBe('new one');
    join.add('4:0', piece(0, 'left'));
    join.forget('4:0');
    expect(join.size).toBe(0);
    expect(join.add('4:0', piece(1, 'over', true))).toBeNull();
  });

  it("refuses another document's pieces in the same frame (it navigated while sending) and lets the open message go on", () => {
    const join = new MirrorJoin();
    join.add('4:0', piece(0, 'new page ', undefined, 'd2'));
    expect(join.add('4:0', piece(3, 'old page', true, 'd1'))).toBeNull();
    expect(join.add('4:0', piece(1, 'whole', true, 'd2'))).toBe('new page whole');
  });

  it("keeps two frames' pieces apart, however they interleave", () => {
    const join = new MirrorJoin();
    join.add('4:0', piece(0, 'top '));
    join.add('4:7', piece(0, 'inner '));
    expect(join.add('4:7', piece(1, 'frame', true))).toBe('inner frame');
    expect(join.add('4:0', piece(1, 'frame', true))).toBe('top frame');
  });

  it('breaks a message past MAX_JOINED characters and holds none of it', () => {
    const join = new MirrorJoin();
    const big = 'x'.repeat(MAX_JOINED / 4);
    for (let n = 0; n < 4; n++) expect(join.add('4:0', piece(n, big))).toBeUndefined();
    expect(join.add('4:0', piece(4, 'x', true))).toBeNull();
    expect(join.size).toBe(0);
  });

  it('holds at most 8 unfinished messages (the oldest goes), and none of a tab that closed', () => {
    const join = new MirrorJoin();
    for (let frame = 0; frame < 9; frame++) join.add(`4:${frame}`, piece(0, 'a'));
    expect(join.size).toBe(8);
    expect(join.add('4:0', piece(1, 'b', true))).toBeNull();
    expect(join.add('4:8', piece(1, 'b', true))).toBe('ab');
    join.add('12:0', piece(0, 'a'));
    join.drop(4);
    expect(join.size).toBe(1);
    expect(join.add('12:0', piece(1, 'b', true))).toBe('ab');
  });
});
