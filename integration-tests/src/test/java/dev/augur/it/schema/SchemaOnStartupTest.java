package dev.augur.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import dev.augur.runtime.AugurSession;
import dev.augur.runtime.DaoCreationException;
import dev.augur.runtime.EntitySchema;
import dev.augur.runtime.SchemaMismatchException;
import dev.augur.testkit.CassandraEndpoint;
import dev.augur.testkit.CassandraExtension;
import dev.augur.testkit.Keyspaces;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The schema at startup: indexes created from {@code @Indexed}, and the check a DAO's creation runs
 * against the live tables of its entities, on by default and turned off with one builder option.
 */
@ExtendWith(CassandraExtension.class)
class SchemaOnStartupTest {

  @Test
  void indexesDeclaredOnTheEntityAreCreatedAndServeTheirQueries(
      CqlSession admin, CassandraEndpoint endpoint) throws Exception {
    String keyspace = "it_schema_indexes";
    Keyspaces.recreateSimple(admin, keyspace);
    assertThat(EntitySchema.ddl(keyspace, List.of(Member_Mapper.INSTANCE)))
        .containsExactly(
            "CREATE TABLE IF NOT EXISTS it_schema_indexes.members (id int, email text, age int,"
                + " attributes map<text, text>, PRIMARY KEY ((id)))",
            "CREATE INDEX IF NOT EXISTS members_email_idx ON it_schema_indexes.members (email)",
            "CREATE CUSTOM INDEX IF NOT EXISTS members_age_idx ON it_schema_indexes.members (age)"
                + " USING 'StorageAttachedIndex'",
            "CREATE INDEX IF NOT EXISTS members_attributes_idx ON it_schema_indexes.members"
                + " (keys(attributes))");
    AugurSession session = open(endpoint, keyspace, true);
    try {
      await(EntitySchema.createAsync(session, keyspace, List.of(Member_Mapper.INSTANCE)));
      await(EntitySchema.verifyAsync(session, keyspace, List.of(Member_Mapper.INSTANCE)));
      MemberDao members = await(AugurMemberDao.create(session));
      await(members.save(new Member(1, "ada@example.com", 36, Map.of("admin", "yes"))));
      await(members.save(new Member(2, "bob@example.com", 25, Map.of())));

      assertThat(await(members.byEmail("ada@example.com")))
          .extracting(Member::id)
          .containsExactly(1);
      assertThat(await(members.olderThan(30))).extracting(Member::id).containsExactly(1);
      assertThat(await(members.withAttribute("admin"))).extracting(Member::id).containsExactly(1);

      session.cqlSession().execute("DROP INDEX " + keyspace + ".members_email_idx");
      Throwable missing =
          failure(EntitySchema.verifyAsync(session, keyspace, List.of(Member_Mapper.INSTANCE)));
      assertThat(((SchemaMismatchException) missing).differences())
          .containsExactly(
              keyspace
                  + ".members: column email (Member.email): no secondary index, but the entity"
                  + " declares @Indexed");
    } finally {
      await(session.closeAsync());
    }
  }

  @Test
  void creatingADaoChecksItsTablesUnlessTurnedOff(CqlSession admin, CassandraEndpoint endpoint)
      throws Exception {
    String keyspace = "it_schema_check";
    Keyspaces.recreateSimple(admin, keyspace);
    // Oldest first, where the entity says newest first: every statement prepares, and @Select
    // would silently return rows in the wrong order.
    admin.execute(
        "CREATE TABLE "
            + keyspace
            + ".journal (stream text, seq int, body text, PRIMARY KEY (stream, seq))");

    AugurSession checked = open(endpoint, keyspace, true);
    AugurSession unchecked = open(endpoint, keyspace, false);
    try {
      Throwable error = failure(AugurEntryDao.create(checked));
      assertThat(error)
          .isInstanceOf(DaoCreationException.class)
          .hasCauseInstanceOf(SchemaMismatchException.class)
          .hasMessageContaining("AugurEntryDao: the tables its statements are written for")
          .hasMessageContaining(
              keyspace
                  + ".journal: column seq (Entry.seq): stored ascending, but the entity declares"
                  + " descending")
          .hasMessageContaining("verifySchemaOnDaoCreation(false)");
      System.out.println(error.getMessage());

      EntryDao dao = await(AugurEntryDao.create(unchecked));
      await(dao.save(new Entry("s", 1, "first")));
      await(dao.save(new Entry("s", 2, "second")));
      assertThat(await(dao.latest("s"))).extracting(Entry::seq).containsExactly(1, 2);

      // Fixed: the same session's next creation checks again and succeeds.
      admin.execute("DROP TABLE " + keyspace + ".journal");
      await(EntitySchema.createAsync(checked, keyspace, List.of(Entry_Mapper.INSTANCE)));
      EntryDao fixed = await(AugurEntryDao.create(checked));
      await(fixed.save(new Entry("s", 1, "first")));
      await(fixed.save(new Entry("s", 2, "second")));
      assertThat(await(fixed.latest("s"))).extracting(Entry::seq).containsExactly(2, 1);
    } finally {
      await(checked.closeAsync());
      await(unchecked.closeAsync());
    }
  }

  private static AugurSession open(CassandraEndpoint endpoint, String keyspace, boolean verify)
      throws Exception {
    return await(
        AugurSession.builder()
            .verifySchemaOnDaoCreation(verify)
            .connectAsync(
                CqlSession.builder()
                    .addContactPoints(endpoint.contactPoints())
                    .withLocalDatacenter(endpoint.localDatacenter())
                    .withKeyspace(keyspace)
                    .withConfigLoader(endpoint.driverConfigLoader())));
  }

  private static <T> T await(CompletionStage<T> stage) throws Exception {
    return stage.toCompletableFuture().get(60, TimeUnit.SECONDS);
  }

  private static Throwable failure(CompletionStage<?> stage) throws Exception {
    Throwable error = await(stage.handle((value, failure) -> failure));
    assertThat(error).as("the stage failed").isNotNull();
    return error;
  }
}
