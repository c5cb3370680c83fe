package dev.augur.runtime;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.retry.RetryVerdict;
import com.datastax.oss.driver.api.core.servererrors.CoordinatorException;
import com.datastax.oss.driver.api.core.servererrors.WriteType;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.internal.core.retry.DefaultRetryPolicy;

/**
 * The driver's {@link DefaultRetryPolicy}, except that a statement that is not idempotent is never
 * retried, whatever the error: a non-idempotent statement is sent once.
 *
 * <p>The driver already asks its retry policy about write timeouts, aborted requests and error
 * responses only for idempotent statements. It does ask about read timeouts and unavailable errors
 * for every statement, and the default policy retries them once (the coordinator had not applied
 * anything); this policy does not, so that a counter increment or a lightweight transaction is
 * never sent twice. Idempotent statements are retried exactly as the default policy retries them.
 *
 * <p>One line of configuration ({@code application.conf}):
 *
 * <pre>
 * datastax-java-driver.advanced.retry-policy.class = dev.augur.runtime.AugurRetryPolicy
 * </pre>
 *
 * or {@code .withClass(DefaultDriverOption.RETRY_POLICY_CLASS, AugurRetryPolicy.class)} on a
 * programmatic config loader.
 */
public class AugurRetryPolicy extends DefaultRetryPolicy {
  private final boolean defaultIdempotence;

  /** The constructor the driver calls, once per execution profile. */
  public AugurRetryPolicy(DriverContext context, String profileName) {
    super(context, profileName);
    this.defaultIdempotence =
        context
            .getConfig()
            .getProfile(profileName)
            .getBoolean(DefaultDriverOption.REQUEST_DEFAULT_IDEMPOTENCE, false);
  }

  /**
   * Whether the driver treats {@code request} as idempotent: its flag, else the configured default.
   */
  private boolean idempotent(Request request) {
    Boolean flag =
        request instanceof com.datastax.oss.driver.api.core.cql.Statement<?> statement
            ? statement.isIdempotent()
            : null;
    return flag != null ? flag : defaultIdempotence;
  }

  @Override
  public RetryVerdict onReadTimeoutVerdict(
      Request request,
      ConsistencyLevel cl,
      int blockFor,
      int received,
      boolean dataPresent,
      int retryCount) {
    return idempotent(request)
        ? super.onReadTimeoutVerdict(request, cl, blockFor, received, dataPresent, retryCount)
        : RetryVerdict.RETHROW;
  }

  @Override
  public RetryVerdict onWriteTimeoutVerdict(
      Request request,
      ConsistencyLevel cl,
      WriteType writeType,
      int blockFor,
      int received,
      int retryCount) {
    return idempotent(request)
        ? super.onWriteTimeoutVerdict(request, cl, writeType, blockFor, received, retryCount)
        : RetryVerdict.RETHROW;
  }

  @Override
  public RetryVerdict onUnavailableVerdict(
      Request request, ConsistencyLevel cl, int required, int alive, int retryCount) {
    return idempotent(request)
        ? super.onUnavailableVerdict(request, cl, required, alive, retryCount)
        : RetryVerdict.RETHROW;
  }

  @Override
  public RetryVerdict onRequestAbortedVerdict(Request request, Throwable error, int retryCount) {
    return idempotent(request)
        ? super.onRequestAbortedVerdict(request, error, retryCount)
        : RetryVerdict.RETHROW;
  }

  @Override
  public RetryVerdict onErrorResponseVerdict(
      Request request, CoordinatorException error, int retryCount) {
    return idempotent(request)
        ? super.onErrorResponseVerdict(request, error, retryCount)
        : RetryVerdict.RETHROW;
  }
}
