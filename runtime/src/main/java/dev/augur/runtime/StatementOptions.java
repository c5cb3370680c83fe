package dev.augur.runtime;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import java.time.Duration;

/**
 * Execution settings for one statement: from {@code @StatementAttributes} on a DAO method, and per
 * call from a trailing {@code StatementOptions} parameter, whose set values win. Unset values keep
 * the driver's configuration. Immutable.
 *
 * <pre>{@code
 * orders.find(id, StatementOptions.DEFAULTS.consistency(DefaultConsistencyLevel.LOCAL_QUORUM));
 * }</pre>
 */
public final class StatementOptions {
  /** No settings: the driver's configuration applies. */
  public static final StatementOptions DEFAULTS =
      new StatementOptions(null, null, -1, null, null, null);

  private final ConsistencyLevel consistency;
  private final ConsistencyLevel serialConsistency;
  private final int pageSize;
  private final Duration timeout;
  private final String executionProfile;
  private final Boolean tracing;

  private StatementOptions(
      ConsistencyLevel consistency,
      ConsistencyLevel serialConsistency,
      int pageSize,
      Duration timeout,
      String executionProfile,
      Boolean tracing) {
    this.consistency = consistency;
    this.serialConsistency = serialConsistency;
    this.pageSize = pageSize;
    this.timeout = timeout;
    this.executionProfile = executionProfile;
    this.tracing = tracing;
  }

  /**
   * The settings of a {@code @StatementAttributes} annotation, as generated code passes them: empty
   * strings and -1 mean unset.
   */
  public static StatementOptions fromAttributes(
      String consistency,
      String serialConsistency,
      int pageSize,
      String timeout,
      String executionProfile,
      boolean tracing) {
    return new StatementOptions(
        consistency.isEmpty() ? null : DefaultConsistencyLevel.valueOf(consistency),
        serialConsistency.isEmpty() ? null : DefaultConsistencyLevel.valueOf(serialConsistency),
        pageSize,
        timeout.isEmpty() ? null : parseDuration(timeout),
        executionProfile.isEmpty() ? null : executionProfile,
        tracing ? Boolean.TRUE : null);
  }

  /** Parses {@code 250ms}, {@code 2s}, {@code 1m}. */
  static Duration parseDuration(String text) {
    String value = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (value.endsWith("ms")) {
      return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).trim()));
    }
    if (value.endsWith("s")) {
      return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1).trim()));
    }
    if (value.endsWith("m")) {
      return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1).trim()));
    }
    throw new IllegalArgumentException(
        "timeout \"" + text + "\": write a number followed by ms, s or m, e.g. 500ms");
  }

  public StatementOptions consistency(ConsistencyLevel level) {
    return new StatementOptions(
        level, serialConsistency, pageSize, timeout, executionProfile, tracing);
  }

  public StatementOptions serialConsistency(ConsistencyLevel level) {
    return new StatementOptions(consistency, level, pageSize, timeout, executionProfile, tracing);
  }

  public StatementOptions pageSize(int rows) {
    if (rows <= 0) {
      throw new IllegalArgumentException("page size must be positive, got " + rows);
    }
    return new StatementOptions(
        consistency, serialConsistency, rows, timeout, executionProfile, tracing);
  }

  public StatementOptions timeout(Duration duration) {
    return new StatementOptions(
        consistency, serialConsistency, pageSize, duration, executionProfile, tracing);
  }

  public StatementOptions executionProfile(String name) {
    return new StatementOptions(consistency, serialConsistency, pageSize, timeout, name, tracing);
  }

  public StatementOptions tracing(boolean enabled) {
    return new StatementOptions(
        consistency, serialConsistency, pageSize, timeout, executionProfile, enabled);
  }

  /** These options, with every value that {@code overrides} sets replacing ours. */
  public StatementOptions overriddenBy(StatementOptions overrides) {
    if (overrides == null || overrides == DEFAULTS) {
      return this;
    }
    return new StatementOptions(
        overrides.consistency != null ? overrides.consistency : consistency,
        overrides.serialConsistency != null ? overrides.serialConsistency : serialConsistency,
        overrides.pageSize > 0 ? overrides.pageSize : pageSize,
        overrides.timeout != null ? overrides.timeout : timeout,
        overrides.executionProfile != null ? overrides.executionProfile : executionProfile,
        overrides.tracing != null ? overrides.tracing : tracing);
  }

  boolean isEmpty() {
    return consistency == null
        && serialConsistency == null
        && pageSize <= 0
        && timeout == null
        && executionProfile == null
        && tracing == null;
  }

  void applyTo(BoundStatementBuilder builder) {
    if (consistency != null) {
      builder.setConsistencyLevel(consistency);
    }
    if (serialConsistency != null) {
      builder.setSerialConsistencyLevel(serialConsistency);
    }
    if (pageSize > 0) {
      builder.setPageSize(pageSize);
    }
    if (timeout != null) {
      builder.setTimeout(timeout);
    }
    if (executionProfile != null) {
      builder.setExecutionProfileName(executionProfile);
    }
    if (tracing != null) {
      builder.setTracing(tracing);
    }
  }

  public ConsistencyLevel consistency() {
    return consistency;
  }

  public int pageSize() {
    return pageSize;
  }

  public Duration timeout() {
    return timeout;
  }
}
