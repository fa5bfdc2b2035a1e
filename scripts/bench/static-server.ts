import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

/**
 * The floor for serving a page: a bare node:http server, in its own process
 * like next start, that answers every request with one file's bytes as
 * text/html. Usage: node --import tsx scripts/bench/static-server.ts <file> <port>
 */
const [file, port] = process.argv.slice(2);
if (!file || !port) {
  process.stderr.write('usage: static-server.ts <file> <port>\n');
  process.exit(2);
}
const html = readFileSync(file);
createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': html.length });
  response.end(html);
}).listen(Number(port), '127.0.0.1');
