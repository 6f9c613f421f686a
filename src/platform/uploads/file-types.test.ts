import { describe, expect, it } from 'vitest';
import { safeFilename, sniffEvidenceType } from './evidence-types.ts';

const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('evidence types', () => {
  it('recognises documents and pictures by their first bytes', () => {
    expect(sniffEvidenceType(bytes('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(sniffEvidenceType(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'))).toBe('image/png');
    expect(sniffEvidenceType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffEvidenceType(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
    expect(sniffEvidenceType(Buffer.from('Giấy phép kinh doanh số 0101243150\n'))).toBe('text/plain');
  });

  it('refuses markup, executables, binary garbage and empty files', () => {
    expect(sniffEvidenceType(Buffer.from('<!DOCTYPE html><script>alert(1)</script>'))).toBeNull();
    expect(sniffEvidenceType(Buffer.from('hello <svg onload=alert(1)>'))).toBeNull();
    expect(sniffEvidenceType(bytes('MZ', [0x90, 0x00, 0x03]))).toBeNull();
    expect(sniffEvidenceType(bytes([0x7f], 'ELF'))).toBeNull();
    expect(sniffEvidenceType(bytes([0xc3, 0x28]))).toBeNull();
    expect(sniffEvidenceType(bytes('RIFF', [0, 0, 0, 0], 'WAVE'))).toBeNull();
    expect(sniffEvidenceType(new Uint8Array())).toBeNull();
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
