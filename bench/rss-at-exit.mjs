// Loaded with `node --import` into a measured process: at exit it reports the process's peak
// resident memory on stderr, so `srok parse FILE` and a bare `node -e 0` are measured alike.
process.on('exit', () => {
  process.stderr.write(`\nsrok-bench-max-rss-kib=${process.resourceUsage().maxRSS}\n`);
});
