package dev.augur.runtime;

import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;

/**
 * A stream did not end within its {@link StreamOptions#deadline deadline}. It was cancelled: no
 * further page is fetched and buffered rows are dropped. A {@link DriverTimeoutException}, so code
 * that handles the driver's client-side timeouts handles this one too.
 */
public final class StreamTimeoutException extends DriverTimeoutException {
  private static final long serialVersionUID = 1L;

  public StreamTimeoutException(String message) {
    super(message);
  }

  @Override
  public DriverException copy() {
    return new StreamTimeoutException(getMessage());
  }
}
