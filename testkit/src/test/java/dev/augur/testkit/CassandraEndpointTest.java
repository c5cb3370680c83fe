package dev.augur.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CassandraEndpointTest {

  @Test
  void parsesHostsPortsAndDefaults() {
    CassandraEndpoint endpoint =
        CassandraEndpoint.of(" 127.0.0.1:9142, 127.0.0.2 ,[::1]:9043,[::2]", "dc1");

    assertThat(endpoint.contactPoints())
        .extracting(InetSocketAddress::getHostString, InetSocketAddress::getPort)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("127.0.0.1", 9142),
            org.assertj.core.groups.Tuple.tuple("127.0.0.2", 9042),
            org.assertj.core.groups.Tuple.tuple("::1", 9043),
            org.assertj.core.groups.Tuple.tuple("::2", 9042));
    assertThat(endpoint.localDatacenter()).isEqualTo("dc1");
    assertThat(endpoint.description()).contains("external").contains("127.0.0.1:9142");
  }

  @Test
  void rejectsEmptyListsAndBadPorts() {
    assertThatThrownBy(() -> CassandraEndpoint.of(" , ", "dc1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CassandraEndpoint.of("host:http", "dc1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("host:http");
    assertThatThrownBy(() -> CassandraEndpoint.of("host:70000", "dc1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CassandraEndpoint(List.of(), "dc1", "none"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sessionBuilderUsesTestFriendlyDriverSettings() {
    DriverConfigLoader loader =
        CassandraEndpoint.of("127.0.0.1", "datacenter1").driverConfigLoader();
    try {
      var profile = loader.getInitialConfig().getDefaultProfile();
      assertThat(profile.getDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW))
          .isEqualTo(Duration.ofMillis(10));
      assertThat(profile.getDuration(DefaultDriverOption.REQUEST_TIMEOUT))
          .isEqualTo(Duration.ofSeconds(10));
    } finally {
      loader.close();
    }
  }
}
