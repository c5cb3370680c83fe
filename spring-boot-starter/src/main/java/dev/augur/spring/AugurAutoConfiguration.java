package dev.augur.spring;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.augur.micrometer.AugurMetrics;
import dev.augur.runtime.AugurSession;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Augur in a Spring Boot application: an {@link AugurSession} over the {@code CqlSession} Boot
 * configures from {@code spring.cassandra.*} (borrowed: Boot closes it), or over one of its own
 * when the application has none; every generated DAO as a bean; metrics in Boot's {@code
 * MeterRegistry}; a health indicator; and a shutdown that drains Augur's calls in flight after the
 * web server has stopped taking requests.
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnClass({CqlSession.class, AugurSession.class})
@EnableConfigurationProperties(AugurProperties.class)
@Import(AugurDaoRegistrar.class)
public class AugurAutoConfiguration {

  /**
   * The session, configured by {@code augur.*} then by the customizers. Its destroy method (close)
   * only matters when startup failed before the lifecycle started: otherwise the session is
   * already closed by {@link AugurSessionLifecycle}.
   */
  @Bean
  @ConditionalOnMissingBean
  public AugurSession augurSession(
      ObjectProvider<CqlSession> cqlSession,
      AugurProperties properties,
      ObjectProvider<AugurSessionBuilderCustomizer> customizers) {
    AugurSession.Builder builder =
        AugurSession.builder()
            .closeTimeout(properties.getCloseTimeout())
            .maxRequestsInFlight(properties.getMaxRequestsInFlight())
            .slowQueryThreshold(properties.getSlowQueryThreshold())
            .logBoundValues(properties.isLogBoundValues())
            .verifySchemaOnDaoCreation(properties.isVerifySchemaOnDaoCreation());
    if (properties.getMaxQueuedRequests() != null) {
      builder.maxQueuedRequests(properties.getMaxQueuedRequests());
    }
    if (properties.getPageTokenSecret() != null) {
      builder.pageTokenSecret(properties.getPageTokenSecret().getBytes(StandardCharsets.UTF_8));
    }
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    CqlSession configured = cqlSession.getIfAvailable();
    if (configured != null) {
      return builder.borrow(configured);
    }
    // No CqlSession bean (Boot's Cassandra auto-configuration excluded): one of Augur's own, from
    // the driver's configuration (application.conf), closed with the Augur session.
    try {
      return builder
          .connectAsync(CqlSession.builder())
          .toCompletableFuture()
          .get(properties.getStartupTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AugurStartupException("interrupted while connecting to Cassandra", e);
    } catch (Exception e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new AugurStartupException(
          "Augur could not connect to Cassandra: " + cause.getMessage(), cause);
    }
  }

  @Bean
  public AugurDaos augurDaos(
      AugurSession session, AugurProperties properties, AugurDaoTypes augurDaoTypes) {
    return new AugurDaos(session, properties, augurDaoTypes);
  }

  @Bean
  public AugurSessionLifecycle augurSessionLifecycle(AugurSession session) {
    return new AugurSessionLifecycle(session);
  }

  /** Metrics per DAO method into Boot's registry, when Micrometer is there. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
  static class Metrics {
    @Bean
    AugurSessionBuilderCustomizer augurMeterRegistryCustomizer(
        ObjectProvider<io.micrometer.core.instrument.MeterRegistry> registry) {
      return builder ->
          registry.ifAvailable(meters -> builder.observer(AugurMetrics.create(meters)));
    }
  }

  /** The {@code augur} health contributor, when Boot's health support is there. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  @ConditionalOnEnabledHealthIndicator("augur")
  static class Health {
    @Bean
    @ConditionalOnMissingBean(name = "augurHealthIndicator")
    AugurHealthIndicator augurHealthIndicator(AugurSession session, AugurDaos daos) {
      return new AugurHealthIndicator(session, daos);
    }
  }
}
