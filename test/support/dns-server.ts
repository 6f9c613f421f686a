import { createSocket, type RemoteInfo } from 'node:dgram';

/**
 * A tiny authoritative DNS server on loopback for tests: answers A and TXT questions from a table, NXDOMAIN
 * otherwise. Just enough of RFC 1035 for Node's resolver to talk to it over UDP.
 */
export interface DnsRecords {
  a?: Record<string, string>;
  txt?: Record<string, string[]>;
}

const TYPE_A = 1;
const TYPE_TXT = 16;

function readName(buf: Buffer, offset: number): { name: string; next: number } {
  const labels: string[] = [];
  let i = offset;
  while (buf[i] !== 0) {
    const len = buf[i]!;
    labels.push(buf.subarray(i + 1, i + 1 + len).toString('ascii'));
    i += len + 1;
  }
  return { name: labels.join('.').toLowerCase(), next: i + 1 };
}

function answer(query: Buffer, records: DnsRecords): Buffer {
  const { name, next } = readName(query, 12);
  const qtype = query.readUInt16BE(next);
  const question = query.subarray(12, next + 4);
  const rdatas: Buffer[] = [];
  if (qtype === TYPE_A && records.a?.[name]) {
    rdatas.push(Buffer.from(records.a[name]!.split('.').map(Number)));
  }
  if (qtype === TYPE_TXT) {
    for (const text of records.txt?.[name] ?? []) {
      const bytes = Buffer.from(text, 'utf8');
      rdatas.push(Buffer.concat([Buffer.from([bytes.length]), bytes]));
    }
  }
  const known = Boolean(records.a?.[name] || records.txt?.[name]);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(query.readUInt16BE(0), 0);
  // QR=1, opcode 0, AA=1, RD copied, RA=1; RCODE 3 (NXDOMAIN) for names we do not know.
  header.writeUInt16BE(0x8400 | (query.readUInt16BE(2) & 0x0100) | 0x0080 | (known ? 0 : 3), 2);
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(rdatas.length, 6);
  const answers = rdatas.map((rdata) => {
    const rr = Buffer.alloc(12);
    rr.writeUInt16BE(0xc00c, 0); // pointer to the name in the question
    rr.writeUInt16BE(qtype, 2);
    rr.writeUInt16BE(1, 4);
    rr.writeUInt32BE(60, 6);
    rr.writeUInt16BE(rdata.length, 10);
    return Buffer.concat([rr, rdata]);
  });
  return Buffer.concat([header, question, ...answers]);
}

export async function startDnsServer(
  records: DnsRecords,
): Promise<{ address: string; close(): Promise<void> }> {
  const socket = createSocket('udp4');
  socket.on('message', (message: Buffer, remote: RemoteInfo) => {
    try {
      socket.send(answer(message, records), remote.port, remote.address);
    } catch {
      // A malformed question gets no answer, like a real server under garbage.
    }
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    address: `127.0.0.1:${socket.address().port}`,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
