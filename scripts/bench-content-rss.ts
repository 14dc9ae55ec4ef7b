// Preloaded into the pipeline's process by bench-content.ts: reports that process's peak memory and
// CPU time (worker threads included) as it exits, so the benchmark measures the pipeline alone.
process.on('exit', () => {
  const usage = process.resourceUsage();
  const cpuMicros = usage.userCPUTime + usage.systemCPUTime;
  process.stderr.write(`\nbench-content:maxRSS=${usage.maxRSS * 1024} cpu=${cpuMicros}\n`);
});
