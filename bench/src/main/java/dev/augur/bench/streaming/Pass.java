package dev.augur.bench.streaming;

/**
 * What one pass over the table saw: its rows, a checksum of every value read (so that no variant
 * can skip work, and all must agree), and its wall time.
 */
record Pass(long rows, long checksum, long nanos) {
  double rowsPerSecond() {
    return rows * 1e9 / nanos;
  }

  /** The same work for every variant: read each field of the row. */
  static long checksum(StreamRow row) {
    return row.bucket()
        + row.seq()
        + row.name().length()
        + (long) row.amount()
        + row.takenAt().toEpochMilli()
        + row.tag().getLeastSignificantBits();
  }
}
