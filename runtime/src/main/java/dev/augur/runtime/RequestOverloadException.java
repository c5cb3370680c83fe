package dev.augur.runtime;

import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.RequestThrottlingException;

/**
 * A request was rejected without being sent because the session's request limiter was full: as many
 * requests in flight and queued as {@link AugurSession.Builder#maxRequestsInFlight} and {@link
 * AugurSession.Builder#maxQueuedRequests} allow. A {@link RequestThrottlingException}, like the
 * driver's own throttlers raise. Back off and retry, shed the load, or raise the limits.
 */
public final class RequestOverloadException extends RequestThrottlingException {
  private static final long serialVersionUID = 1L;

  public RequestOverloadException(String message) {
    super(message);
  }

  @Override
  public DriverException copy() {
    return new RequestOverloadException(getMessage());
  }
}
