import { describe, expect, it } from 'vitest';
import { csvRecords, parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\n2,"two\nlines",\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'two\nlines', ''],
    ]);
  });

  it('keeps empty fields and a last line without a line end', () => {
    expect(parseCsv('\ufeffp,g,1,2\n0,,1,')).toEqual([
      ['p', 'g', '1', '2'],
      ['0', '', '1', ''],
    ]);
  });

  it('refuses text that ends inside quotes', () => {
    expect(() => parseCsv('a,"b\n')).toThrow(/quoted/);
  });

  it('maps rows to the header names and skips blank lines', () => {
    expect(csvRecords('id,body\n1,hello\n\n2,"a,b"\n')).toEqual([
      { id: '1', body: 'hello' },
      { id: '2', body: 'a,b' },
    ]);
  });
});
