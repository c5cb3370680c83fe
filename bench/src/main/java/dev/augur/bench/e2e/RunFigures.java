package dev.augur.bench.e2e;

/**
 * The figures of one run of one workload through one implementation.
 *
 * @param perSecond operations (rows, for a scan) per second
 * @param p50Millis median latency of an operation (for a scan: its whole duration)
 * @param p99Millis 99th percentile latency (NaN for a scan, which is one operation)
 * @param cpuMicros client CPU time per operation (per row, for a scan)
 * @param bytes bytes the client allocated per operation (per row, for a scan)
 * @param threads live threads in the client at the end of the run
 * @param errors failed operations (retried; they count in nothing else)
 */
record RunFigures(
    double perSecond,
    double p50Millis,
    double p99Millis,
    double cpuMicros,
    double bytes,
    int threads,
    long errors) {

  static RunFigures of(ClosedLoop.Result result) {
    return new RunFigures(
        result.perSecond(),
        result.latencies().getValueAtPercentile(50) / 1e6,
        result.latencies().getValueAtPercentile(99) / 1e6,
        result.cpuMicrosPerOperation(),
        result.bytesPerOperation(),
        result.threads(),
        result.errors());
  }

  String describe() {
    return String.format(
        "%,10.0f/s  p50 %7.2f ms  p99 %7.2f ms  cpu %7.2f us  %,8.0f B  %d threads%s",
        perSecond,
        p50Millis,
        p99Millis,
        cpuMicros,
        bytes,
        threads,
        errors == 0 ? "" : "  " + errors + " ERRORS");
  }
}
