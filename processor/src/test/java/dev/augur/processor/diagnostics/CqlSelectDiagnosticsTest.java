package dev.augur.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.augur.processor.diagnostics.AugurCompiler.compile;
import static dev.augur.processor.diagnostics.AugurCompiler.javaString;

import com.google.testing.compile.Compilation;
import dev.augur.processor.diagnostics.CqlSources.Case;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compile-time checks of SELECT statements and of WHERE clauses: names, values, functions, the
 * partition key, clustering columns, indexes and filtering, ORDER BY, GROUP BY, DISTINCT, selectors
 * and limits. One small DAO method per rule; each must produce exactly the one error of its rule,
 * with Cassandra's rule and the fix, on the line of its {@code @Query}.
 */
class CqlSelectDiagnosticsTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleIsReportedOnTheQueryValue(Case rule) {
    JavaFileObject dao =
        CqlSources.dao(
            "  @Query(\"" + javaString(rule.query()) + "\")", "  " + rule.method() + ";");

    Compilation compilation = compile(CqlSources.with(dao));

    assertThat(compilation)
        .hadErrorContaining(rule.message())
        .inFile(dao)
        .onLineContaining("@Query");
    assertThat(compilation).hadErrorCount(1);
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "parse",
            "SELECT * FORM users",
            "CompletionStage<Void> parse()",
            "[AUGUR-CQL-PARSE] @Query on TestDao.parse() is not valid CQL: FROM expected at"
                + " offset 9, found 'FORM'. Cassandra rejects statements it cannot parse; correct"
                + " the statement."),
        new Case(
            "unknownColumn",
            "SELECT * FROM users WHERE user_id = :id AND nickname = :n ALLOW FILTERING",
            "CompletionStage<Void> unknownColumn(UUID id, String n)",
            "[AUGUR-UNKNOWN-COLUMN] @Query on TestDao.unknownColumn() uses column nickname,"
                + " which table users does not have. Cassandra rejects undefined column names."
                + " Use one of its columns: user_id, name, email, age, tags, emails, prefs,"
                + " created."),
        new Case(
            "misspeltColumn",
            "SELECT * FROM users WHERE user_id = :id AND \"Name\" = :n ALLOW FILTERING",
            "CompletionStage<Void> misspeltColumn(UUID id, String n)",
            "[AUGUR-UNKNOWN-COLUMN] @Query on TestDao.misspeltColumn() uses column \"Name\","
                + " which table users does not have (did you mean name?). Cassandra rejects"
                + " undefined column names. Use one of its columns: user_id, name, email, age,"
                + " tags, emails, prefs, created."),
        new Case(
            "unknownFunction",
            "SELECT toTimestmp(now()) FROM users WHERE user_id = :id",
            "CompletionStage<Void> unknownFunction(UUID id)",
            "[AUGUR-UNKNOWN-FUNCTION] @Query on TestDao.unknownFunction() calls totimestmp,"
                + " which is not a function Cassandra has (did you mean totimestamp?). Cassandra"
                + " rejects calls to unknown functions. Call a native function, or one the schema"
                + " file creates."),
        new Case(
            "unknownType",
            "SELECT CAST(age AS number) FROM users WHERE user_id = :id",
            "CompletionStage<Void> unknownType(UUID id)",
            "[AUGUR-UNKNOWN-TYPE] @Query on TestDao.unknownType() uses type number: unknown"
                + " type number. Cassandra rejects unknown types. Use a native type or a"
                + " user-defined type of the schema."),
        new Case(
            "valueType",
            "SELECT * FROM users WHERE user_id = :id AND age = 'old' ALLOW FILTERING",
            "CompletionStage<Void> valueType(UUID id)",
            "[AUGUR-VALUE-TYPE] @Query on TestDao.valueType() gives column age the value"
                + " 'old', which is not valid for type int: Cassandra reads a string literal only"
                + " as text, ascii, inet, date, time or timestamp. Cassandra checks the values"
                + " written in a statement when it prepares it. Write a value of type int, or"
                + " bind it with a marker."),
        new Case(
            "valueOutOfRange",
            "SELECT * FROM users WHERE user_id = :id AND age = 2147483648 ALLOW FILTERING",
            "CompletionStage<Void> valueOutOfRange(UUID id)",
            "[AUGUR-VALUE-TYPE] @Query on TestDao.valueOutOfRange() gives column age the"
                + " value 2147483648, which is not valid for type int: it is out of the range of"
                + " int. Cassandra checks the values written in a statement when it prepares it."
                + " Write a value of type int, or bind it with a marker."),
        new Case(
            "untyped",
            "SELECT * FROM users WHERE user_id = :id AND age = :a + 3 ALLOW FILTERING",
            "CompletionStage<Void> untyped(UUID id, int a)",
            "[AUGUR-VALUE-UNTYPED] @Query on TestDao.untyped() has :a + 3, whose type"
                + " Cassandra cannot infer: an operation on a marker could have several types."
                + " Add a type hint, e.g. (int) :value, or a CAST."),
        new Case(
            "ambiguousFunction",
            "SELECT * FROM users WHERE user_id = :id AND created = toTimestamp(:t) ALLOW FILTERING",
            "CompletionStage<Void> ambiguousFunction(UUID id, Instant t)",
            "[AUGUR-FUNCTION-ARGUMENTS] @Query on TestDao.ambiguousFunction() calls"
                + " totimestamp with (:t): the call is ambiguous, 2 signatures accept them."
                + " Cassandra picks a function's signature by the types of its arguments"
                + " (signatures: system.totimestamp : (timeuuid) -> timestamp; system.totimestamp"
                + " : (date) -> timestamp). Pass arguments of one signature's types, or add a"
                + " type hint such as (timestamp) :value."),
        new Case(
            "partitionKey",
            "SELECT * FROM readings WHERE tenant = :tenant",
            "CompletionStage<Void> partitionKey(String tenant)",
            "[AUGUR-PK] @Query on TestDao.partitionKey() restricts only tenant of the"
                + " partition key (tenant, bucket) of readings: Cassandra rejects this without"
                + " ALLOW FILTERING, as it must scan every partition. Restrict bucket with = or"
                + " IN, or add ALLOW FILTERING."),
        new Case(
            "clusteringPrefix",
            "SELECT * FROM readings WHERE tenant = :t AND bucket = :b AND sensor = :s",
            "CompletionStage<Void> clusteringPrefix(String t, int b, String s)",
            "[AUGUR-CLUSTERING] @Query on TestDao.clusteringPrefix() restricts clustering"
                + " column sensor but not ts before it (primary key ((tenant, bucket), ts,"
                + " sensor) of readings): Cassandra restricts clustering columns only from the"
                + " first one on, without gaps, unless ALLOW FILTERING. Restrict ts too, or add"
                + " ALLOW FILTERING."),
        new Case(
            "clusteringAfterRange",
            "SELECT * FROM readings WHERE tenant = :t AND bucket = :b AND ts > :ts AND sensor = :s",
            "CompletionStage<Void> clusteringAfterRange(String t, int b, Instant ts, String s)",
            "[AUGUR-CLUSTERING-RANGE] @Query on TestDao.clusteringAfterRange() restricts"
                + " clustering column sensor after a range on ts: Cassandra allows a range only"
                + " on the last restricted clustering column. Restrict ts with = or IN, or remove"
                + " the restriction on sensor."),
        new Case(
            "filtering",
            "SELECT * FROM users WHERE name = :name",
            "CompletionStage<Void> filtering(String name)",
            "[AUGUR-FILTERING] @Query on TestDao.filtering() restricts name, which is not"
                + " part of the primary key and has no index serving =: Cassandra rejects this"
                + " without ALLOW FILTERING, as it would read rows only to discard them. Index"
                + " it, or restrict by the primary key instead, or add ALLOW FILTERING."),
        new Case(
            "indexesOfTwoKinds",
            "SELECT * FROM items WHERE price = :p AND stock = :s",
            "CompletionStage<Void> indexesOfTwoKinds(int p, int s)",
            "[AUGUR-FILTERING] @Query on TestDao.indexesOfTwoKinds() restricts price,"
                + " stock, which are served by different indexes, and Cassandra queries one"
                + " index, or all storage-attached ones, at a time: Cassandra rejects this"
                + " without ALLOW FILTERING, as it would read rows only to discard them. Index"
                + " them all with storage-attached indexes (USING 'sai'), or add ALLOW FILTERING."),
        new Case(
            "notEqual",
            "SELECT * FROM users WHERE user_id = :id AND name != :name ALLOW FILTERING",
            "CompletionStage<Void> notEqual(UUID id, String name)",
            "[AUGUR-NOT-EQUAL] @Query on TestDao.notEqual() restricts name with !=:"
                + " Cassandra 5.0 allows != only in IF conditions. Use =, <, >, IN or CONTAINS,"
                + " or filter the rows in Java."),
        new Case(
            "restrictedTwice",
            "SELECT * FROM users WHERE user_id = :id AND user_id = :other",
            "CompletionStage<Void> restrictedTwice(UUID id, UUID other)",
            "[AUGUR-RESTRICTED-TWICE] @Query on TestDao.restrictedTwice() restricts user_id"
                + " twice (= and =): Cassandra allows one = or IN per column, or one lower and"
                + " one upper bound. Keep one restriction on user_id."),
        new Case(
            "containsOnScalar",
            "SELECT * FROM users WHERE age CONTAINS :a ALLOW FILTERING",
            "CompletionStage<Void> containsOnScalar(int a)",
            "[AUGUR-CONTAINS] @Query on TestDao.containsOnScalar() uses CONTAINS on age of"
                + " type int: Cassandra allows CONTAINS on lists, sets and map values, and"
                + " CONTAINS KEY on map keys only. Use = on a single value, or restrict a"
                + " collection."),
        new Case(
            "collectionEquality",
            "SELECT * FROM users WHERE tags = :tags ALLOW FILTERING",
            "CompletionStage<Void> collectionEquality(Set<String> tags)",
            "[AUGUR-COLLECTION-RESTRICTION] @Query on TestDao.collectionEquality()"
                + " restricts tags of type set<text> with '=': Cassandra restricts non-frozen"
                + " collections only with CONTAINS, CONTAINS KEY or column[key] = value. Use one"
                + " of those."),
        new Case(
            "tokenOfPartOfTheKey",
            "SELECT * FROM readings WHERE token(tenant) > :t",
            "CompletionStage<Void> tokenOfPartOfTheKey(long t)",
            "[AUGUR-TOKEN] @Query on TestDao.tokenOfPartOfTheKey() applies token() to"
                + " (tenant), but the partition key of readings is (tenant, bucket): Cassandra"
                + " computes tokens of the whole partition key, in order. Write token(tenant,"
                + " bucket)."),
        new Case(
            "tupleWithRegularColumn",
            "SELECT * FROM readings WHERE tenant = :t AND bucket = :b AND (ts, value) > (:x, :y)",
            "CompletionStage<Void> tupleWithRegularColumn(String t, int b, Instant x, double y)",
            "[AUGUR-MULTI-COLUMN] @Query on TestDao.tupleWithRegularColumn() restricts (ts,"
                + " value) together, but value is not a clustering column: Cassandra allows a"
                + " tuple restriction only on clustering columns, in their primary key order,"
                + " each once, with one value per column. Restrict it in a relation of its own."),
        new Case(
            "likeWithoutIndex",
            "SELECT * FROM users WHERE name LIKE :n ALLOW FILTERING",
            "CompletionStage<Void> likeWithoutIndex(String n)",
            "[AUGUR-LIKE] @Query on TestDao.likeWithoutIndex() restricts name with LIKE,"
                + " but no index on name supports LIKE: Cassandra evaluates LIKE only through"
                + " such an index (SASI). Index the column, or restrict it with =."),
        new Case(
            "isNotNull",
            "SELECT * FROM users WHERE name IS NOT NULL ALLOW FILTERING",
            "CompletionStage<Void> isNotNull()",
            "[AUGUR-IS-NOT-NULL] @Query on TestDao.isNotNull() restricts name with IS NOT"
                + " NULL: Cassandra allows that only when creating materialized views. Remove the"
                + " restriction."),
        new Case(
            "staticOnlySelection",
            "SELECT unit FROM readings WHERE tenant = :t AND bucket = :b AND ts = :ts",
            "CompletionStage<Void> staticOnlySelection(String t, int b, Instant ts)",
            "[AUGUR-STATIC-CLUSTERING] @Query on TestDao.staticOnlySelection() selects only"
                + " static columns (unit) but restricts clustering columns: a static column has"
                + " one value per partition, so Cassandra rejects clustering restrictions here."
                + " Remove the restrictions on ts, or select a regular column."),
        new Case(
            "orderByRegularColumn",
            "SELECT * FROM readings WHERE tenant = :t AND bucket = :b ORDER BY value",
            "CompletionStage<Void> orderByRegularColumn(String t, int b)",
            "[AUGUR-ORDER-BY] @Query on TestDao.orderByRegularColumn() orders by value,"
                + " which is not a clustering column of readings (clustering columns: ts ASC,"
                + " sensor ASC): Cassandra orders rows only by clustering columns. Order by a"
                + " clustering column, or sort in Java."),
        new Case(
            "orderBySecondClusteringColumn",
            "SELECT * FROM readings WHERE tenant = :t AND bucket = :b ORDER BY sensor",
            "CompletionStage<Void> orderBySecondClusteringColumn(String t, int b)",
            "[AUGUR-ORDER-BY] @Query on TestDao.orderBySecondClusteringColumn() orders by"
                + " sensor, but ts comes before it in the clustering order (ts ASC, sensor ASC)"
                + " and is not restricted by =: Cassandra orders by clustering columns in their"
                + " declared order. Order by ts first, or restrict ts with =."),
        new Case(
            "orderByMixedDirections",
            "SELECT * FROM readings WHERE tenant = :t AND bucket = :b ORDER BY ts DESC, sensor ASC",
            "CompletionStage<Void> orderByMixedDirections(String t, int b)",
            "[AUGUR-ORDER-BY] @Query on TestDao.orderByMixedDirections() orders by ts DESC,"
                + " sensor ASC, mixing directions against the clustering order of readings (ts"
                + " ASC, sensor ASC): Cassandra reads a partition forwards or backwards, nothing"
                + " else. Order every column as declared, or every column reversed."),
        new Case(
            "orderByWithoutPartition",
            "SELECT * FROM readings ORDER BY ts",
            "CompletionStage<Void> orderByWithoutPartition()",
            "[AUGUR-ORDER-BY] @Query on TestDao.orderByWithoutPartition() has ORDER BY but"
                + " does not restrict the partition key (tenant, bucket) of readings by = or IN:"
                + " Cassandra orders rows only within the partitions it is given. Restrict"
                + " tenant, bucket with = or IN, or remove ORDER BY."),
        new Case(
            "orderByOnIndexQuery",
            "SELECT * FROM users WHERE email = :e ORDER BY name",
            "CompletionStage<Void> orderByOnIndexQuery(String e)",
            "[AUGUR-ORDER-BY] @Query on TestDao.orderByOnIndexQuery() has ORDER BY and"
                + " queries the secondary index on email: Cassandra does not order the results of"
                + " index queries. Remove ORDER BY and sort in Java, or restrict by the primary"
                + " key."),
        new Case(
            "orderByWithIn",
            "SELECT * FROM readings WHERE tenant = :t AND bucket IN :b ORDER BY ts DESC",
            "CompletionStage<Void> orderByWithIn(String t, List<Integer> b)",
            "[AUGUR-ORDER-BY-PAGING] @Query on TestDao.orderByWithIn() combines ORDER BY"
                + " with IN on the partition key: Cassandra must sort rows of several partitions,"
                + " and rejects it at run time when results are paged, as DAO results are."
                + " Restrict the partition key with =, or sort in Java."),
        new Case(
            "groupBySkipping",
            "SELECT count(*) FROM readings WHERE tenant = :t AND bucket = :b GROUP BY sensor",
            "CompletionStage<Long> groupBySkipping(String t, int b)",
            "[AUGUR-GROUP-BY] @Query on TestDao.groupBySkipping() groups by sensor:"
                + " Cassandra groups by primary key columns in their declared order ((tenant,"
                + " bucket), ts, sensor), and ts is skipped without being restricted by =. Group"
                + " by the partition key, then clustering columns in their declared order (those"
                + " restricted by = may be skipped)."),
        new Case(
            "distinctRegular",
            "SELECT DISTINCT name FROM users",
            "CompletionStage<Void> distinctRegular()",
            "[AUGUR-DISTINCT] @Query on TestDao.distinctRegular() selects DISTINCT name:"
                + " Cassandra returns distinct partitions, so it returns only partition key and"
                + " static columns. Select only those, or remove DISTINCT."),
        new Case(
            "writetimeOfKey",
            "SELECT writetime(user_id) FROM users WHERE user_id = :id",
            "CompletionStage<Void> writetimeOfKey(UUID id)",
            "[AUGUR-SELECTION] @Query on TestDao.writetimeOfKey() selects"
                + " writetime(user_id): user_id is a primary key column, and Cassandra keeps"
                + " write times and TTLs for other cells only. Select writetime of a regular"
                + " column."),
        new Case(
            "castTextToInt",
            "SELECT CAST(name AS int) FROM users WHERE user_id = :id",
            "CompletionStage<Void> castTextToInt(UUID id)",
            "[AUGUR-CAST] @Query on TestDao.castTextToInt() casts name of type text to int:"
                + " Cassandra casts numbers to numbers, timestamps, dates and timeuuids to"
                + " timestamps and dates, and any native value to text or ascii. Cast to one of"
                + " those."),
        new Case(
            "limitZero",
            "SELECT * FROM users WHERE user_id = :id LIMIT 0",
            "CompletionStage<Void> limitZero(UUID id)",
            "[AUGUR-LIMIT] @Query on TestDao.limitZero() has LIMIT 0: Cassandra rejects"
                + " limits below 1 when it runs the statement. Use a positive limit, or a marker."),
        new Case(
            "perPartitionLimitOfAggregate",
            "SELECT count(*) FROM readings WHERE tenant = :t AND bucket = :b PER PARTITION LIMIT 2",
            "CompletionStage<Long> perPartitionLimitOfAggregate(String t, int b)",
            "[AUGUR-PER-PARTITION-LIMIT] @Query on TestDao.perPartitionLimitOfAggregate()"
                + " has PER PARTITION LIMIT and aggregates: Cassandra rejects PER PARTITION LIMIT"
                + " in aggregate queries. Remove one of them."),
        new Case(
            "perPartitionLimitOfDistinct",
            "SELECT DISTINCT tenant, bucket FROM readings PER PARTITION LIMIT 1",
            "CompletionStage<Void> perPartitionLimitOfDistinct()",
            "[AUGUR-PER-PARTITION-LIMIT] @Query on TestDao.perPartitionLimitOfDistinct() has"
                + " PER PARTITION LIMIT and selects DISTINCT: Cassandra rejects PER PARTITION LIMIT"
                + " in SELECT DISTINCT queries, which return one row per partition already. Remove"
                + " PER PARTITION LIMIT."),
        new Case(
            "nullKey",
            "SELECT * FROM users WHERE user_id = null",
            "CompletionStage<Void> nullKey()",
            "[AUGUR-NULL] @Query on TestDao.nullKey() compares user_id with null: Cassandra"
                + " prepares the statement, but rejects it every time it runs (\"Invalid null value"
                + " in condition for column user_id\"), as no key is ever null. Compare it with a"
                + " value, or a marker."),
        new Case(
            "nullInTuple",
            "SELECT * FROM readings WHERE tenant = :t AND bucket = :b AND (ts, sensor) > (:ts,"
                + " null)",
            "CompletionStage<Void> nullInTuple(String t, int b, Instant ts)",
            "[AUGUR-NULL] @Query on TestDao.nullInTuple() compares sensor with null: Cassandra"
                + " prepares the statement, but rejects it every time it runs (\"Invalid null value"
                + " in condition for column sensor\"), as no key is ever null. Compare it with a"
                + " value, or a marker."),
        new Case(
            "nullIndexedValue",
            "SELECT * FROM users WHERE email = null",
            "CompletionStage<Void> nullIndexedValue()",
            "[AUGUR-NULL] @Query on TestDao.nullIndexedValue() compares email with null:"
                + " Cassandra prepares the statement, but rejects it every time it runs"
                + " (\"Unsupported null value for column email\"), as it finds no rows by a null"
                + " value. Compare it with a value, or a marker."),
        new Case(
            "slicesNotStartingWithTheSameColumn",
            "SELECT * FROM readings WHERE tenant = :t AND bucket = :b AND (ts, sensor) > (:ts, :s)"
                + " AND (sensor) < (:s2)",
            "CompletionStage<Void> slicesNotStartingWithTheSameColumn(String t, int b, Instant ts,"
                + " String s, String s2)",
            "[AUGUR-RESTRICTED-TWICE] @Query on TestDao.slicesNotStartingWithTheSameColumn()"
                + " restricts sensor twice (> and <)"));
  }
}
