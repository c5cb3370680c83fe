package dev.augur.example.service;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import com.datastax.oss.driver.api.core.servererrors.OverloadedException;
import com.datastax.oss.driver.api.core.servererrors.QueryConsistencyException;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import dev.augur.runtime.InvalidPageTokenException;
import dev.augur.runtime.RequestOverloadException;
import dev.augur.runtime.StreamTimeoutException;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failed request into a JSON error with the right status: the client's mistakes as 4xx,
 * Cassandra's overload and timeouts as 503 and 504 (retryable, counted in the HTTP metrics by
 * status rather than logged), anything else as 500 (logged). Runs on the request's event loop, as
 * the router's failure handler.
 */
final class Failures {
  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  private Failures() {}

  /** The router's failure handler: {@code rc.fail(error)} or {@code rc.fail(status)} ends here. */
  static void handle(RoutingContext rc) {
    ApiError error = toApiError(rc.failure(), rc.statusCode());
    if (rc.response().headWritten()) {
      // Too late for a status: the body has begun. Cutting the connection is the only signal left.
      rc.response().reset();
      return;
    }
    if (error.status() == 503) {
      rc.response().putHeader("retry-after", "1");
    }
    Replies.json(rc, error.status(), error.toJson());
  }

  static ApiError toApiError(Throwable failure, int status) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause instanceof ApiError apiError) {
      return apiError;
    }
    if (cause instanceof InvalidPageTokenException) {
      return ApiError.invalidParameter(
          "pageToken", "is not a token this list returned (for this sensor and day)");
    }
    if (cause instanceof RequestOverloadException
        || cause instanceof OverloadedException
        || cause instanceof UnavailableException
        || cause instanceof AllNodesFailedException) {
      return new ApiError(503, "unavailable", "the database is overloaded or unreachable: retry");
    }
    if (cause instanceof DriverTimeoutException
        || cause instanceof QueryConsistencyException
        || cause instanceof StreamTimeoutException) {
      return new ApiError(504, "timeout", "the database did not answer in time: retry");
    }
    if (cause == null) {
      // rc.fail(status) without an exception: the body handler's 413, the router's 404/405.
      return switch (status) {
        case 404 -> new ApiError(404, "not_found", "no such endpoint");
        case 405 -> new ApiError(405, "method_not_allowed", "this endpoint takes another method");
        case 413 -> new ApiError(413, "body_too_large", "the request body is too large");
        default ->
            status >= 400 && status < 500
                ? new ApiError(status, "bad_request", "the request was rejected")
                : new ApiError(500, "internal_error", "unexpected failure");
      };
    }
    LOG.error("unexpected failure", cause);
    return new ApiError(500, "internal_error", "unexpected failure; see the server's log");
  }
}
