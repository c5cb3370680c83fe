package dev.augur.it.observability;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.augur.runtime.AugurSession;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Run in a JVM whose classpath has no Micrometer: connects, creates a DAO, writes, reads, closes,
 * with the slow-query log on, and prints {@code OK} only if all of it worked and Micrometer was
 * indeed absent. Arguments: host, port, local datacenter, keyspace.
 */
public final class WithoutMicrometerMain {
  private WithoutMicrometerMain() {}

  public static void main(String[] args) throws Exception {
    try {
      Class.forName("io.micrometer.core.instrument.MeterRegistry");
      System.out.println("Micrometer is on the classpath");
      System.exit(2);
    } catch (ClassNotFoundException expected) {
      // the point of this JVM
    }
    AugurSession session =
        AugurSession.builder()
            .slowQueryThreshold(Duration.ofSeconds(1))
            .connectAsync(
                CqlSession.builder()
                    .addContactPoint(new InetSocketAddress(args[0], Integer.parseInt(args[1])))
                    .withLocalDatacenter(args[2])
                    .withKeyspace(args[3]))
            .toCompletableFuture()
            .get(60, TimeUnit.SECONDS);
    try {
      SecretDao dao =
          AugurSecretDao.create(session).toCompletableFuture().get(60, TimeUnit.SECONDS);
      dao.save("without-micrometer", "s").toCompletableFuture().get(30, TimeUnit.SECONDS);
      Secret read =
          dao.find("without-micrometer").toCompletableFuture().get(30, TimeUnit.SECONDS).get();
      if (!read.secret().equals("s")) {
        System.out.println("read " + read);
        System.exit(3);
      }
    } finally {
      session.close();
    }
    System.out.println("OK");
  }
}
