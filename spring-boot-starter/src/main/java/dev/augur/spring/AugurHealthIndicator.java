package dev.augur.spring;

import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import dev.augur.runtime.AugurSession;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of the Augur session ({@code augur} in {@code /actuator/health}): up when a query of
 * {@code system.local} goes through the session (its request limiter included) within 5 s; down
 * once the session is closing, or when the query fails. Boot runs blocking indicators off the
 * event loop in a reactive application.
 */
public final class AugurHealthIndicator extends AbstractHealthIndicator {
  private static final SimpleStatement PROBE =
      SimpleStatement.newInstance("SELECT release_version FROM system.local")
          .setIdempotent(true)
          .setTimeout(Duration.ofSeconds(5));

  private final AugurSession session;
  private final AugurDaos daos;

  AugurHealthIndicator(AugurSession session, AugurDaos daos) {
    super("Augur health check failed");
    this.session = session;
    this.daos = daos;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    builder.withDetail("daos", daos.types().size());
    if (session.isClosing()) {
      builder.down().withDetail("session", "closing");
      return;
    }
    Row row =
        session.executeAsync(PROBE).toCompletableFuture().get(6, TimeUnit.SECONDS).one();
    builder.up().withDetail("version", row == null ? "unknown" : row.getString(0));
  }
}
