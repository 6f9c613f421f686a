import { describe, expect, it } from 'vitest';
import { safeFilename, sniffUploadType } from './file-types.ts';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('upload file types', () => {
  it('recognises documents and pictures by their first bytes', () => {
    expect(sniffUploadType(bytes('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(sniffUploadType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'))).toBe('image/png');
    expect(sniffUploadType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffUploadType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffUploadType(Buffer.from('Giấy phép kinh doanh số 0101243150\n'))).toBe('text/plain');
  });

  it('refuses markup, executables, binary garbage and empty files', () => {
    expect(sniffUploadType(Buffer.from('<!DOCTYPE html><script>alert(1)</script>'))).toBeNull();
    expect(sniffUploadType(Buffer.from('hello <svg onload=alert(1)>'))).toBeNull();
    expect(sniffUploadType(bytes('MZ', [0x90, 0x00, 0x03]))).toBeNull();
    expect(sniffUploadType(bytes([0x7f], 'ELF'))).toBeNull();
    expect(sniffUploadType(bytes([0xc3, 0x28]))).toBeNull();
    expect(sniffUploadType(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull();
    expect(sniffUploadType(new Uint8Array())).toBeNull();
  });

  it('makes file names safe to show and to send back', () => {
    expect(safeFilename('../../etc/passwd', 'text/plain')).toBe('passwd');
    expect(safeFilename('C:\\Users\\a\\licence "final".pdf', 'application/pdf')).toBe('licence final.pdf');
    expect(safeFilename('a\r\nSet-Cookie: x.png', 'image/png')).toBe('aSet-Cookie x.png');
    expect(safeFilename('', 'image/jpeg')).toBe('evidence.jpg');
    expect(safeFilename('..', 'application/pdf')).toBe('evidence.pdf');
    expect(safeFilename('x'.repeat(300), 'text/plain')).toHaveLength(120);
  });
});
