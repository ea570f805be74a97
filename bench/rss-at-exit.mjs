// Loaded with `node --import` into a measured process: at exit it reports the process's peak
// resident memory on stderr, so `srok parse FILE` and a bare `node -e 0` are measured alike.
// Linux keeps getrusage's maxRSS across fork and exec, so a child of a large bench process would
// report the parent's peak; VmHWM in /proc/self/status belongs to this process's own memory map.
import { readFileSync } from 'node:fs';

function peakKib() {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB$/mu.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // Not Linux: the resource usage is the best there is.
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  process.stderr.write(`\nsrok-bench-max-rss-kib=${peakKib()}\n`);
});
