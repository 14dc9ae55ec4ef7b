// Preloaded into the pipeline's process by bench-content.ts: reports that process's peak memory
// (worker threads included) as it exits, so the benchmark measures the pipeline alone.
process.on('exit', () => {
  process.stderr.write(`\nbench-content:maxRSS=${process.resourceUsage().maxRSS * 1024}\n`);
});
