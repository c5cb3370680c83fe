package dev.augur.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code augur.*} settings of the session the starter creates, and of the DAOs it creates.
 * The driver session itself is configured by Spring Boot's {@code spring.cassandra.*}.
 */
@ConfigurationProperties("augur")
public class AugurProperties {

  /**
   * Keyspace the DAOs are created for (tables whose @Table names no keyspace). Default: the
   * session's, spring.cassandra.keyspace-name.
   */
  private String keyspace;

  /**
   * Packages scanned for @Dao interfaces and @Table entities. Default: the packages of the
   * application (those of @SpringBootApplication and @AutoConfigurationPackage).
   */
  private List<String> packages = new ArrayList<>();

  /** What to do with the schema of the entities before the DAOs are created. */
  private SchemaAction schemaAction = SchemaAction.NONE;

  /**
   * Whether creating a DAO checks the live schema of its tables against its entities, failing
   * startup with every difference.
   */
  private boolean verifySchemaOnDaoCreation = true;

  /**
   * How long closing the session at shutdown waits for calls in flight before it fails them.
   */
  private Duration closeTimeout = Duration.ofSeconds(10);

  /**
   * How long startup waits for the schema action and the creation of every DAO (statements
   * prepared).
   */
  private Duration startupTimeout = Duration.ofSeconds(60);

  /**
   * Requests (statements and pages) sent and not yet answered at most; 0 for no limit.
   */
  private int maxRequestsInFlight;

  /**
   * Requests that may wait when max-requests-in-flight are in flight; beyond, a call fails at once
   * with RequestOverloadException. Default: as many as may be in flight.
   */
  private Integer maxQueuedRequests;

  /**
   * Secret signing page tokens (HMAC-SHA256), the same on every instance. Default: none, tokens
   * carry a keyless checksum.
   */
  private String pageTokenSecret;

  /** Calls at least this slow are logged at WARN on dev.augur.runtime.SlowQueries. Default: off. */
  private Duration slowQueryThreshold;

  /** Whether bound values may appear in error contexts and the slow-query log. */
  private boolean logBoundValues;

  /** What to do with the entities' schema at startup, as Spring Data's schema action. */
  public enum SchemaAction {
    /** Leave the schema alone. */
    NONE,
    /** Create the entities' types, tables and indexes that do not exist yet. */
    CREATE_IF_NOT_EXISTS,
    /** Compare the live schema with the entities, failing startup with every difference. */
    VERIFY
  }

  public String getKeyspace() {
    return keyspace;
  }

  public void setKeyspace(String keyspace) {
    this.keyspace = keyspace;
  }

  public List<String> getPackages() {
    return packages;
  }

  public void setPackages(List<String> packages) {
    this.packages = packages;
  }

  public SchemaAction getSchemaAction() {
    return schemaAction;
  }

  public void setSchemaAction(SchemaAction schemaAction) {
    this.schemaAction = schemaAction;
  }

  public boolean isVerifySchemaOnDaoCreation() {
    return verifySchemaOnDaoCreation;
  }

  public void setVerifySchemaOnDaoCreation(boolean verifySchemaOnDaoCreation) {
    this.verifySchemaOnDaoCreation = verifySchemaOnDaoCreation;
  }

  public Duration getCloseTimeout() {
    return closeTimeout;
  }

  public void setCloseTimeout(Duration closeTimeout) {
    this.closeTimeout = closeTimeout;
  }

  public Duration getStartupTimeout() {
    return startupTimeout;
  }

  public void setStartupTimeout(Duration startupTimeout) {
    this.startupTimeout = startupTimeout;
  }

  public int getMaxRequestsInFlight() {
    return maxRequestsInFlight;
  }

  public void setMaxRequestsInFlight(int maxRequestsInFlight) {
    this.maxRequestsInFlight = maxRequestsInFlight;
  }

  public Integer getMaxQueuedRequests() {
    return maxQueuedRequests;
  }

  public void setMaxQueuedRequests(Integer maxQueuedRequests) {
    this.maxQueuedRequests = maxQueuedRequests;
  }

  public String getPageTokenSecret() {
    return pageTokenSecret;
  }

  public void setPageTokenSecret(String pageTokenSecret) {
    this.pageTokenSecret = pageTokenSecret;
  }

  public Duration getSlowQueryThreshold() {
    return slowQueryThreshold;
  }

  public void setSlowQueryThreshold(Duration slowQueryThreshold) {
    this.slowQueryThreshold = slowQueryThreshold;
  }

  public boolean isLogBoundValues() {
    return logBoundValues;
  }

  public void setLogBoundValues(boolean logBoundValues) {
    this.logBoundValues = logBoundValues;
  }
}
