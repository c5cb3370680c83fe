package dev.augur.it.mapping;

import static dev.augur.it.mapping.MappingTest.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.EntityMapper;
import dev.augur.runtime.EntitySchema;
import dev.augur.runtime.SchemaMismatchException;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DDL written from the entities creates a working schema; the check reports every difference. */
@ExtendWith(CassandraExtension.class)
class EntitySchemaTest {
  private static final List<EntityMapper<?>> ENTITIES =
      List.of(
          Customer_Mapper.INSTANCE,
          Post_Mapper.INSTANCE,
          PageViews_Mapper.INSTANCE,
          TenantSetting_Mapper.INSTANCE,
          LogLine_Mapper.INSTANCE);

  @Test
  void ddlFromTheEntitiesCreatesTablesTheDaosWorkWith(CqlSession admin, CassandraEndpoint endpoint) {
    String keyspace = "it_entity_schema";
    Keyspaces.recreateSimple(admin, keyspace);
    AugurSession session = open(endpoint);
    try {
      await(EntitySchema.createAsync(session, keyspace, ENTITIES));
      await(EntitySchema.createAsync(session, keyspace, ENTITIES)); // IF NOT EXISTS: twice is fine
      await(EntitySchema.verifyAsync(session, keyspace, ENTITIES));

      CustomerDao customers = await(AugurCustomerDao.create(session, keyspace));
      UUID id = UUID.randomUUID();
      await(customers.save(MappingTest.sample(id)));
      assertThat(await(customers.find(id))).map(Customer::address)
          .contains(MappingTest.sample(id).address());

      LogLineDao logs = await(AugurLogLineDao.create(session, keyspace));
      for (int i = 0; i < 3; i++) {
        await(logs.save(new LogLine("api", Instant.parse("2026-11-24T10:00:0" + i + "Z"), i, "m" + i)));
      }
      assertThat(await(logs.latest("api", 2))).extracting(LogLine::seq).containsExactly(2, 1);
      assertThat(EntitySchema.ddl(keyspace, List.of(LogLine_Mapper.INSTANCE)))
          .containsExactly(
              "CREATE TABLE IF NOT EXISTS it_entity_schema.log_lines (service text, at timestamp,"
                  + " seq int, message text, PRIMARY KEY ((service), at, seq))"
                  + " WITH CLUSTERING ORDER BY (at DESC, seq ASC)");
    } finally {
      await(session.closeAsync());
    }
  }

  @Test
  void verificationListsEveryDifferenceColumnByColumn(CqlSession admin, CassandraEndpoint endpoint) {
    String keyspace = "it_entity_schema_drift";
    Keyspaces.recreateSimple(admin, keyspace);
    admin.execute("CREATE TABLE " + keyspace + ".log_lines (service text, at timestamp, seq int,"
        + " message int, PRIMARY KEY (service, seq, at))");
    admin.execute("CREATE TABLE " + keyspace + ".page_views (page text PRIMARY KEY, views counter)");
    AugurSession session = open(endpoint);
    try {
      Throwable error = await(EntitySchema.verifyAsync(session, keyspace,
              List.of(LogLine_Mapper.INSTANCE, PageViews_Mapper.INSTANCE, Post_Mapper.INSTANCE))
          .handle((ok, t) -> t));

      assertThat(error).isInstanceOf(SchemaMismatchException.class);
      List<String> differences = ((SchemaMismatchException) error).differences();
      assertThat(differences).containsExactlyInAnyOrder(
          keyspace + ".log_lines: column at (LogLine.at): clustering column #1 in the table,"
              + " clustering column #0 in the entity",
          keyspace + ".log_lines: column seq (LogLine.seq): clustering column #0 in the table,"
              + " clustering column #1 in the entity",
          keyspace + ".log_lines: column message (LogLine.message): CQL type int cannot be mapped"
              + " to java.lang.String",
          keyspace + ".page_views: column uniques (PageViews.uniques): missing",
          keyspace + ".post: table does not exist (entity Post); create it, e.g. with"
              + " EntitySchema.createAsync");
      assertThat(error.getMessage()).startsWith(
          "The live schema does not match the entities (5 differences):");
    } finally {
      await(session.closeAsync());
    }
  }

  private static AugurSession open(CassandraEndpoint endpoint) {
    return await(AugurSession.connectAsync(CqlSession.builder()
        .addContactPoints(endpoint.contactPoints())
        .withLocalDatacenter(endpoint.localDatacenter())
        .withConfigLoader(endpoint.driverConfigLoader())));
  }
}
