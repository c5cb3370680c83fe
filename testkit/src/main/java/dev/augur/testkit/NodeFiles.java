package dev.augur.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files of a node's work directory: its configuration, written before each start, and the
 * locations of its data and logs.
 *
 * <pre>
 * work/
 *   cassandra.yaml  logback.xml  cassandra-rackdc.properties
 *   output.log      (the JVM's stdout and stderr: warnings, errors, JVM failures)
 *   logs/system.log (Cassandra at INFO)
 *   data/           (sstables, commitlog, hints, saved caches)
 *   triggers/
 * </pre>
 */
record NodeFiles(Path root) {

  Path yaml() {
    return root.resolve("cassandra.yaml");
  }

  Path logback() {
    return root.resolve("logback.xml");
  }

  Path rackDc() {
    return root.resolve("cassandra-rackdc.properties");
  }

  Path output() {
    return root.resolve("output.log");
  }

  Path logs() {
    return root.resolve("logs");
  }

  Path systemLog() {
    return logs().resolve("system.log");
  }

  Path data() {
    return root.resolve("data");
  }

  Path triggers() {
    return root.resolve("triggers");
  }

  /**
   * Creates the directories and (re)writes the configuration for {@code options}, whose ports must
   * already be resolved.
   */
  void write(NodeOptions options) {
    try {
      Files.createDirectories(logs());
      Files.createDirectories(data());
      Files.createDirectories(triggers());
      Files.writeString(yaml(), yamlText(options));
      Files.writeString(logback(), logbackText());
      Files.writeString(rackDc(), "dc=" + options.datacenter() + "\nrack=rack1\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the configuration in " + root, e);
    }
  }

  private String yamlText(NodeOptions options) {
    // Keys in a sorted map so that user entries replace defaults instead of duplicating them
    // (Cassandra rejects a yaml file with a key twice).
    Map<String, String> keys = new TreeMap<>();
    keys.put("cluster_name", quote(options.clusterName()));
    keys.put("num_tokens", Integer.toString(options.numTokens()));
    if (options.initialToken() != null) {
      keys.put("initial_token", quote(options.initialToken()));
    }
    keys.put("partitioner", "org.apache.cassandra.dht.Murmur3Partitioner");
    keys.put("storage_compatibility_mode", "NONE");
    keys.put("auto_bootstrap", "false");
    keys.put("data_file_directories", "[" + quote(data().resolve("data").toString()) + "]");
    keys.put("commitlog_directory", quote(data().resolve("commitlog").toString()));
    keys.put("saved_caches_directory", quote(data().resolve("saved_caches").toString()));
    keys.put("hints_directory", quote(data().resolve("hints").toString()));
    keys.put("cdc_raw_directory", quote(data().resolve("cdc_raw").toString()));
    keys.put("commitlog_sync", "periodic");
    keys.put("commitlog_sync_period", "10000ms");
    keys.put(
        "seed_provider",
        "\n  - class_name: org.apache.cassandra.locator.SimpleSeedProvider"
            + "\n    parameters:\n      - seeds: "
            + quote(options.effectiveSeeds()));
    keys.put("listen_address", options.listenAddress());
    keys.put("rpc_address", options.listenAddress());
    keys.put("storage_port", Integer.toString(options.storagePort()));
    keys.put("native_transport_port", Integer.toString(options.nativePort()));
    keys.put("start_native_transport", "true");
    keys.put(
        "endpoint_snitch",
        options.customDatacenter() ? "GossipingPropertyFileSnitch" : "SimpleSnitch");
    // Tests drop and truncate tables all the time; a snapshot per drop costs time and disk.
    keys.put("auto_snapshot", "false");
    keys.putAll(options.yaml());

    StringBuilder yaml = new StringBuilder("# Written by augur-testkit before each start.\n");
    keys.forEach((key, value) -> yaml.append(key).append(": ").append(value).append('\n'));
    return yaml.toString();
  }

  private String logbackText() {
    // Console = output.log, which the start failure message shows: keep it to warnings, so
    // that the tail is the interesting part. Everything at INFO goes to system.log.
    return """
    <configuration scan="false">
      <appender name="FILE" class="ch.qos.logback.core.FileAppender">
        <file>%s</file>
        <encoder>
          <pattern>%%-5level [%%thread] %%date{ISO8601} %%logger{0} - %%msg%%n</pattern>
        </encoder>
      </appender>
      <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
        <filter class="ch.qos.logback.classic.filter.ThresholdFilter">
          <level>WARN</level>
        </filter>
        <encoder>
          <pattern>%%-5level [%%thread] %%date{ISO8601} %%logger{0} - %%msg%%n</pattern>
        </encoder>
      </appender>
      <root level="INFO">
        <appender-ref ref="FILE"/>
        <appender-ref ref="CONSOLE"/>
      </root>
    </configuration>
    """
        .formatted(xmlEscape(systemLog().toString()));
  }

  private static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String xmlEscape(String value) {
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
