// `npm start`: the production build (`npm run build` first) on HOST:PORT (default 127.0.0.1:3000)
// with KOPPELVLAK_PROCESSES app processes behind that one port (scripts/serve.ts).
import { processCount, serve } from './serve';

const processes = processCount();
const host = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
console.log(`Koppelvlak: ${processes} app-proces(sen) op / app process(es) on http://${host}:${port}`);
const app = serve({ host, port, processes });
const stop = () => void app.stop().then((code) => process.exit(code));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
void app.exited.then((code) => process.exit(code));
