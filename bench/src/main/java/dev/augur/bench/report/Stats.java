package dev.augur.bench.report;

import java.util.Arrays;
import java.util.List;

/** Medians and ratios for the reports. */
public final class Stats {
  private Stats() {}

  /** The median of {@code values} (the mean of the middle two for an even count); NaN if empty. */
  public static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** {@code value / base}, formatted as {@code 0.97x}. */
  public static String ratio(double value, double base) {
    return base == 0 || Double.isNaN(value) || Double.isNaN(base)
        ? "n/a"
        : String.format("%.2fx", value / base);
  }

  /** A figure with three significant digits, grouping thousands. */
  public static String figure(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1000) {
      return String.format("%,.0f", value);
    }
    if (magnitude >= 100) {
      return String.format("%.0f", value);
    }
    if (magnitude >= 10) {
      return String.format("%.1f", value);
    }
    return String.format("%.2f", value);
  }
}
