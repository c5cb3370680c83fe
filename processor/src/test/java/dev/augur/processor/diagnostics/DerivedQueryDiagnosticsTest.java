package dev.augur.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.augur.processor.diagnostics.AugurCompiler.compile;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Derived queries: DAO methods without annotation whose names describe the query. Each rule a name
 * can break is reported on the method, in the name's terms; valid names compile to the CQL they
 * describe, which the statement checker accepts.
 */
class DerivedQueryDiagnosticsTest {

  /** A derived method, and the one error its name must produce. */
  record DerivedCase(String name, String method, String message) {
    @Override
    public String toString() {
      return name;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleIsReportedOnTheMethod(DerivedCase rule) {
    // The DAO's other method names its entity, which a derived delete or count queries.
    JavaFileObject dao =
        CqlSources.dao(
            "  " + rule.method() + ";",
            "  @Query(\"SELECT * FROM users WHERE user_id = :id\")",
            "  CompletionStage<Optional<User>> byId(UUID id);");

    Compilation compilation = compile(CqlSources.with(dao));

    assertThat(compilation)
        .hadErrorContaining(rule.message())
        .inFile(dao)
        .onLineContaining(rule.method());
    assertThat(compilation).hadErrorCount(1);
  }

  static Stream<DerivedCase> cases() {
    return Stream.of(
        new DerivedCase(
            "orNotSupported",
            "CompletionStage<List<User>> findByUserIdOrName(UUID userId, String name)",
            "[AUGUR-DERIVED-NAME] TestDao.findByUserIdOrName() has no annotation and its"
                + " name does not describe a query: Or is not supported: CQL has no OR; write one"
                + " method per alternative. Name it like findByUserIdAndOrderDate,"
                + " findFirst10ByUserIdOrderByOrderDateDesc, countByUserId, existsById or"
                + " deleteByUserId, or annotate it with @Query."),
        new DerivedCase(
            "likeNotSupported",
            "CompletionStage<List<User>> findByNameLike(String name)",
            "[AUGUR-DERIVED-NAME] TestDao.findByNameLike() has no annotation and its name"
                + " does not describe a query: Like is not a comparison Cassandra supports here;"
                + " use =, GreaterThan, LessThan, Between, In or Containing. Name it like"
                + " findByUserIdAndOrderDate, findFirst10ByUserIdOrderByOrderDateDesc,"
                + " countByUserId, existsById or deleteByUserId, or annotate it with @Query."),
        new DerivedCase(
            "unknownProperty",
            "CompletionStage<List<User>> findByUsrId(UUID userId)",
            "[AUGUR-DERIVED-PROPERTY] TestDao.findByUsrId() refers to UsrId, which is not a"
                + " property of User (did you mean UserId?). Use one of its properties: UserId,"
                + " Name, Email, Age, Tags, Emails, Prefs, Created."),
        new DerivedCase(
            "noParameterForCondition",
            "CompletionStage<List<User>> findByUserId()",
            "[AUGUR-DERIVED-PARAMETERS] TestDao.findByUserId() takes 0 parameters, but its"
                + " name has 1 condition taking 1 parameter. Take one parameter per condition, in"
                + " the order of the name (two for Between; a collection for In; a vector for Near,"
                + " and a last limit parameter if the name has no Top n)."),
        new DerivedCase(
            "countReturnsLong",
            "CompletionStage<List<User>> countByUserId(UUID userId)",
            "[AUGUR-DERIVED-RETURN] TestDao.countByUserId() is a derived count query, so it"
                + " returns CompletionStage<Long>, not"
                + " java.util.concurrent.CompletionStage<java.util.List<test.User>>."),
        new DerivedCase(
            "partOfThePartitionKey",
            "CompletionStage<List<Reading>> findByTenant(String tenant)",
            "[AUGUR-DERIVED-KEY] TestDao.findByTenant() derives a query on readings that"
                + " names only tenant of the partition key (tenant, bucket): Cassandra finds"
                + " partitions by their whole partition key, so the query would need ALLOW"
                + " FILTERING, which derived queries never add. Add bucket to the name."),
        new DerivedCase(
            "rangeOnThePartitionKey",
            "CompletionStage<List<User>> findByUserIdGreaterThan(UUID userId)",
            "[AUGUR-DERIVED-KEY] TestDao.findByUserIdGreaterThan() derives a query on users"
                + " that compares partition key column user_id with >: Cassandra reads partitions"
                + " named by = or IN only, so the query would need ALLOW FILTERING, which derived"
                + " queries never add. Compare user_id with = or In."),
        new DerivedCase(
            "noPartitionKey",
            "CompletionStage<List<User>> findByName(String name)",
            "[AUGUR-DERIVED-KEY] TestDao.findByName() derives a query on users that does"
                + " not name the partition key (user_id): Cassandra finds rows by partition key,"
                + " or through an index that serves every condition, so the query would need"
                + " ALLOW FILTERING, which derived queries never add. Start the conditions with"
                + " user_id."),
        new DerivedCase(
            "clusteringGap",
            "CompletionStage<List<Reading>> findByTenantAndBucketAndSensor(String tenant, int"
                + " bucket, String sensor)",
            "[AUGUR-DERIVED-KEY] TestDao.findByTenantAndBucketAndSensor() derives a query"
                + " on readings that compares clustering column sensor but not ts before it:"
                + " Cassandra restricts clustering columns in primary key order ((tenant,"
                + " bucket), ts, sensor), without gaps, so the query would need ALLOW FILTERING,"
                + " which derived queries never add. Add ts before sensor in the name."),
        new DerivedCase(
            "clusteringAfterRange",
            "CompletionStage<List<Reading>> findByTenantAndBucketAndTsAfterAndSensor(String tenant,"
                + " int bucket, Instant ts, String sensor)",
            "[AUGUR-DERIVED-KEY] TestDao.findByTenantAndBucketAndTsAfterAndSensor() derives"
                + " a query on readings that compares sensor after a range on ts: Cassandra"
                + " allows a range only on the last clustering column it restricts, so the query"
                + " would need ALLOW FILTERING, which derived queries never add. Compare ts with"
                + " = or In, or leave sensor out."),
        new DerivedCase(
            "regularWithoutIndex",
            "CompletionStage<List<User>> findByUserIdAndName(UUID userId, String name)",
            "[AUGUR-DERIVED-KEY] TestDao.findByUserIdAndName() derives a query on users"
                + " that compares name, which is not part of the primary key and has no index"
                + " serving =: Cassandra finds rows by key or index only, so the query would need"
                + " ALLOW FILTERING, which derived queries never add. Leave it out of the name,"
                + " or index it (@Indexed)."),
        new DerivedCase(
            "deleteByRegular",
            "CompletionStage<Void> deleteByUserIdAndName(UUID userId, String name)",
            "[AUGUR-DERIVED-KEY] TestDao.deleteByUserIdAndName() derives a query on users"
                + " that deletes by name, which is not part of the primary key: Cassandra deletes"
                + " rows named by their primary key only. Leave name out of the name."),
        new DerivedCase(
            "orderByRegular",
            "CompletionStage<List<Reading>> findByTenantAndBucketOrderByValue(String tenant, int"
                + " bucket)",
            "[AUGUR-DERIVED-ORDER] TestDao.findByTenantAndBucketOrderByValue() orders by"
                + " value: value is not a clustering column of readings, and Cassandra orders"
                + " rows by clustering columns only. Order by ts, sensor, or sort in Java."),
        new DerivedCase(
            "orderBySecondClustering",
            "CompletionStage<List<Reading>> findByTenantAndBucketOrderBySensor(String tenant, int"
                + " bucket)",
            "[AUGUR-DERIVED-ORDER] TestDao.findByTenantAndBucketOrderBySensor() orders by"
                + " sensor: Cassandra orders by clustering columns in their declared order (ts"
                + " ASC, sensor ASC), and ts comes first. Order by ts first, or compare it with"
                + " =."),
        new DerivedCase(
            "orderOfIndexQuery",
            "CompletionStage<List<Item>> findByPriceGreaterThanOrderBySku(int price)",
            "[AUGUR-DERIVED-ORDER] TestDao.findByPriceGreaterThanOrderBySku() orders by"
                + " sku: Cassandra orders rows only within the partitions a query names by its"
                + " partition key, not in index queries. Name the partition key (shop), or sort"
                + " in Java."),
        new DerivedCase(
            "parameterOfAnotherType",
            "CompletionStage<List<User>> findByUserId(String userId)",
            "[AUGUR-PARAMETER-TYPE] TestDao.findByUserId(), derived as SELECT user_id,"
                + " name, email, age, tags, emails, prefs, created FROM users WHERE user_id ="
                + " :userId, binds parameter userId, a java.lang.String, to marker :userId, which"
                + " is column user_id of CQL type uuid: the driver has no codec between them, so"
                + " every call would fail. Declare the parameter as UUID."));
  }

  @Test
  void aCountNeedsAnEntityInItsDao() {
    JavaFileObject dao = CqlSources.dao("  CompletionStage<Long> countByTenant(String tenant);");

    Compilation compilation = compile(CqlSources.with(dao));

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-DERIVED-ENTITY] TestDao.countByTenant() is a derived query, but no method of"
                + " the DAO returns or takes a @Table entity, so Augur cannot tell which table it"
                + " queries. Return the entity, or have the DAO return exactly one entity type"
                + " whose table the query reads.")
        .inFile(dao)
        .onLineContaining("countByTenant");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void validNamesCompileToTheQueriesTheyDescribe() throws IOException {
    JavaFileObject dao =
        CqlSources.dao(
            "  CompletionStage<Optional<User>> findByUserId(UUID userId);",
            "  CompletionStage<List<User>> findByUserIdIn(List<UUID> ids);",
            "  CompletionStage<List<User>> findByEmail(String email);",
            "  CompletionStage<Boolean> existsByUserId(UUID userId);",
            "  CompletionStage<Void> deleteByUserId(UUID userId);",
            "  CompletionStage<List<Reading>> findByTenantAndBucket(String tenant, int bucket);",
            "  CompletionStage<List<Reading>> findByTenantAndBucketAndTsBetween(String tenant,"
                + " int bucket, Instant from, Instant to);",
            "  CompletionStage<List<Reading>> findFirst10ByTenantAndBucketOrderByTsDesc(String"
                + " tenant, int bucket);",
            "  Flow.Publisher<Reading> streamByTenantAndBucketAndTsAndSensorGreaterThanEqual("
                + "String tenant, int bucket, Instant ts, String sensor);",
            "  CompletionStage<Long> countByTenantAndBucket(String tenant, int bucket);",
            "  CompletionStage<List<Item>> findByPriceGreaterThanAndTitle(int price, String"
                + " title);",
            "  CompletionStage<List<PageView>> findByPageAndDayBefore(String page, LocalDate"
                + " day);");

    Compilation compilation = compile(CqlSources.with(dao));

    assertThat(compilation).succeededWithoutWarnings();
    String generated =
        compilation
            .generatedSourceFile("test.AugurTestDao")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    List<String> statements =
        List.of(
            "SELECT user_id, name, email, age, tags, emails, prefs, created FROM ${qualifiedTable}"
                + " WHERE user_id = :userId",
            "SELECT user_id, name, email, age, tags, emails, prefs, created FROM ${qualifiedTable}"
                + " WHERE user_id IN :ids",
            "SELECT user_id FROM ${qualifiedTable} WHERE user_id = :userId LIMIT 1",
            ".executeExists()",
            "DELETE FROM ${qualifiedTable} WHERE user_id = :userId",
            "SELECT tenant, bucket, ts, sensor, value, unit FROM ${qualifiedTable} WHERE tenant ="
                + " :tenant AND bucket = :bucket AND ts >= :\\\"from\\\" AND ts <= :\\\"to\\\"",
            "SELECT tenant, bucket, ts, sensor, value, unit FROM ${qualifiedTable} WHERE tenant ="
                + " :tenant AND bucket = :bucket ORDER BY ts DESC LIMIT 10",
            "SELECT shop, sku, price, title, stock FROM ${qualifiedTable} WHERE price > :price AND"
                + " title = :title",
            "SELECT page, day, views FROM ${qualifiedTable} WHERE page = :page AND day < :day");
    for (String cql : statements) {
      assertTrue(generated.contains(cql), () -> "no " + cql + " in\n" + generated);
    }
  }
}
