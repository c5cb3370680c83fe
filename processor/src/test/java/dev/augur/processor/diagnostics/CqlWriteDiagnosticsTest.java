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
 * The compile-time checks of INSERT, UPDATE, DELETE and BATCH: the primary key of writes, key
 * columns never written, counters, collection operations, conditions of lightweight transactions,
 * TTLs and batches. One small DAO method per rule; each must produce exactly the one error of its
 * rule, with Cassandra's rule and the fix, on the line of its {@code @Query}.
 */
class CqlWriteDiagnosticsTest {

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
            "collectionMarker",
            "UPDATE users SET emails = [:e] WHERE user_id = :id",
            "CompletionStage<Void> collectionMarker(String e, UUID id)",
            "[AUGUR-COLLECTION-MARKER] @Query on TestDao.collectionMarker() gives column"
                + " emails the collection [:e], with markers inside: Cassandra does not bind"
                + " markers inside list, set or map literals. Bind the whole collection with one"
                + " marker."),
        new Case(
            "nonKeyInWhere",
            "UPDATE users SET name = :name WHERE user_id = :id AND email = :email",
            "CompletionStage<Void> nonKeyInWhere(String name, UUID id, String email)",
            "[AUGUR-WRITE-WHERE] @Query on TestDao.nonKeyInWhere() restricts email, which"
                + " is not part of the primary key, in the WHERE clause of an UPDATE: Cassandra"
                + " writes rows by primary key only. Move the check to an IF condition, or remove"
                + " it."),
        new Case(
            "tokenInDelete",
            "DELETE FROM users WHERE token(user_id) > :t",
            "CompletionStage<Void> tokenInDelete(long t)",
            "[AUGUR-WRITE-TOKEN] @Query on TestDao.tokenInDelete() restricts token(...) in"
                + " a DELETE: Cassandra allows token() only in SELECT. Restrict each partition"
                + " key column with = or IN."),
        new Case(
            "rangeOnPartitionKey",
            "DELETE FROM users WHERE user_id > :id",
            "CompletionStage<Void> rangeOnPartitionKey(UUID id)",
            "[AUGUR-WRITE-RANGE] @Query on TestDao.rangeOnPartitionKey() restricts user_id"
                + " with a range in a DELETE: Cassandra writes only partitions named by = or IN"
                + " (a range needs token(), which only SELECT has). Restrict it with = or IN."),
        new Case(
            "updateOfPartOfTheKey",
            "UPDATE readings SET value = :v WHERE tenant = :t AND bucket = :b AND ts = :ts",
            "CompletionStage<Void> updateOfPartOfTheKey(double v, String t, int b, Instant ts)",
            "[AUGUR-WRITE-KEY] @Query on TestDao.updateOfPartOfTheKey() does not restrict"
                + " sensor of the primary key ((tenant, bucket), ts, sensor) of readings: an"
                + " UPDATE writes rows named by their whole primary key. Restrict sensor with ="
                + " (or IN)."),
        new Case(
            "insertWithoutKey",
            "INSERT INTO users (name, email) VALUES (:name, :email)",
            "CompletionStage<Void> insertWithoutKey(String name, String email)",
            "[AUGUR-WRITE-KEY] @Query on TestDao.insertWithoutKey() does not restrict"
                + " user_id of the primary key (user_id) of users: an INSERT must set every"
                + " primary key column. Restrict user_id with = (or IN)."),
        new Case(
            "staticUpdateOfRow",
            "UPDATE readings SET unit = :u WHERE tenant = :t AND bucket = :b AND ts = :ts AND"
                + " sensor = :s",
            "CompletionStage<Void> staticUpdateOfRow(String u, String t, int b, Instant ts, String"
                + " s)",
            "[AUGUR-STATIC-CLUSTERING] @Query on TestDao.staticUpdateOfRow() writes only"
                + " static columns (unit) but restricts clustering columns: a static column has"
                + " one value per partition, so Cassandra rejects clustering restrictions here."
                + " Remove the restrictions on ts, sensor."),
        new Case(
            "insertValueCount",
            "INSERT INTO users (user_id, name) VALUES (:id, :name, :age)",
            "CompletionStage<Void> insertValueCount(UUID id, String name, int age)",
            "[AUGUR-INSERT-VALUES] @Query on TestDao.insertValueCount() lists 2 columns and"
                + " 3 values: Cassandra pairs columns and values by position. Give one value per"
                + " column."),
        new Case(
            "insertColumnTwice",
            "INSERT INTO users (user_id, name, name) VALUES (:id, :name, :other)",
            "CompletionStage<Void> insertColumnTwice(UUID id, String name, String other)",
            "[AUGUR-WRITTEN-TWICE] @Query on TestDao.insertColumnTwice() writes name twice:"
                + " Cassandra rejects an INSERT that lists a column twice. Write each column"
                + " once."),
        new Case(
            "updateOfKey",
            "UPDATE users SET user_id = :other WHERE user_id = :id",
            "CompletionStage<Void> updateOfKey(UUID other, UUID id)",
            "[AUGUR-KEY-ASSIGNMENT] @Query on TestDao.updateOfKey() sets primary key column"
                + " user_id: a row's key identifies it and never changes, so Cassandra rejects"
                + " this. Delete the row and insert one with the new key."),
        new Case(
            "deleteOfKey",
            "DELETE user_id FROM users WHERE user_id = :id",
            "CompletionStage<Void> deleteOfKey(UUID id)",
            "[AUGUR-KEY-ASSIGNMENT] @Query on TestDao.deleteOfKey() deletes primary key"
                + " column user_id: a row's key identifies it and never changes, so Cassandra"
                + " rejects this. Delete the whole row instead (DELETE FROM users WHERE ...)."),
        new Case(
            "insertIntoCounterTable",
            "INSERT INTO page_views (page, day, views) VALUES (:p, :d, :v)",
            "CompletionStage<Void> insertIntoCounterTable(String p, LocalDate d, long v)",
            "[AUGUR-COUNTER-INSERT] @Query on TestDao.insertIntoCounterTable() inserts into"
                + " counter table page_views: Cassandra changes counters only with UPDATE ... SET"
                + " c = c + n. Use an UPDATE."),
        new Case(
            "counterSet",
            "UPDATE page_views SET views = :v WHERE page = :p AND day = :d",
            "CompletionStage<Void> counterSet(long v, String p, LocalDate d)",
            "[AUGUR-COUNTER-SET] @Query on TestDao.counterSet() sets counter column views"
                + " to a value: Cassandra only increments and decrements counters. Write views ="
                + " views + :delta (or - :delta)."),
        new Case(
            "counterTtl",
            "UPDATE page_views USING TTL 60 SET views = views + 1 WHERE page = :p AND day = :d",
            "CompletionStage<Void> counterTtl(String p, LocalDate d)",
            "[AUGUR-COUNTER-OPTIONS] @Query on TestDao.counterTtl() uses USING TTL on"
                + " counter table page_views: Cassandra rejects a TTL for counter updates. Remove"
                + " it."),
        new Case(
            "incrementOfInt",
            "UPDATE users SET age = age + 1 WHERE user_id = :id",
            "CompletionStage<Void> incrementOfInt(UUID id)",
            "[AUGUR-NOT-COUNTER] @Query on TestDao.incrementOfInt() writes age = age + 1,"
                + " but age is of type int: only counters take c = c + n or c = c - n (and"
                + " collections, to add or remove elements). Assign a value: age = :value."),
        new Case(
            "prependToSet",
            "UPDATE users SET tags = :t + tags WHERE user_id = :id",
            "CompletionStage<Void> prependToSet(Set<String> t, UUID id)",
            "[AUGUR-COLUMN-OPERATION] @Query on TestDao.prependToSet() writes tags = :t +"
                + " tags, but tags is of type set<text>: only lists can be prepended to. Add to"
                + " the set: tags = tags + :values."),
        new Case(
            "rangeDeletionOfColumn",
            "DELETE value FROM readings WHERE tenant = :t AND bucket = :b AND ts = :ts",
            "CompletionStage<Void> rangeDeletionOfColumn(String t, int b, Instant ts)",
            "[AUGUR-WRITE-KEY] @Query on TestDao.rangeDeletionOfColumn() does not restrict"
                + " sensor of the primary key ((tenant, bucket), ts, sensor) of readings:"
                + " Cassandra deletes single columns only from rows it can name, never from a"
                + " range of rows. Restrict sensor with = (or IN)."),
        new Case(
            "conditionOnKey",
            "UPDATE users SET name = :name WHERE user_id = :id IF user_id = :other",
            "CompletionStage<Boolean> conditionOnKey(String name, UUID id, UUID other)",
            "[AUGUR-CONDITION] @Query on TestDao.conditionOnKey() has the condition IF"
                + " user_id = :other: user_id is a primary key column, which a row always has."
                + " Restrict it in the WHERE clause instead."),
        new Case(
            "conditionWithTimestamp",
            "UPDATE users USING TIMESTAMP :ts SET name = :name WHERE user_id = :id IF EXISTS",
            "CompletionStage<Boolean> conditionWithTimestamp(long ts, String name, UUID id)",
            "[AUGUR-LWT-USING-TIMESTAMP] @Query on TestDao.conditionWithTimestamp() is"
                + " conditional (IF) and has USING TIMESTAMP: Cassandra assigns the timestamps of"
                + " lightweight transactions itself. Remove USING TIMESTAMP, or the condition."),
        new Case(
            "conditionOnCounterTable",
            "UPDATE page_views SET views = views + 1 WHERE page = :p AND day = :d IF EXISTS",
            "CompletionStage<Boolean> conditionOnCounterTable(String p, LocalDate d)",
            "[AUGUR-LWT-COUNTER] @Query on TestDao.conditionOnCounterTable() is conditional"
                + " (IF) on counter table page_views: Cassandra supports no conditions on counter"
                + " tables. Remove the condition."),
        new Case(
            "conditionalRangeDelete",
            "DELETE FROM readings WHERE tenant = :t AND bucket = :b IF EXISTS",
            "CompletionStage<Boolean> conditionalRangeDelete(String t, int b)",
            "[AUGUR-LWT-FULL-KEY] @Query on TestDao.conditionalRangeDelete() is conditional"
                + " (IF) but does not restrict every primary key column ((tenant, bucket), ts,"
                + " sensor) with =: Cassandra checks conditions on a single row. Restrict each"
                + " key column with =, or remove the condition."),
        new Case(
            "conditionWithIn",
            "UPDATE users SET name = :name WHERE user_id IN :ids IF name = :old",
            "CompletionStage<Boolean> conditionWithIn(String name, List<UUID> ids, String old)",
            "[AUGUR-LWT-FULL-KEY] @Query on TestDao.conditionWithIn() is conditional (IF)"
                + " but restricts user_id with IN: Cassandra runs a lightweight transaction on"
                + " one row, and rejects IN on key columns when it holds several values. Restrict"
                + " user_id with =."),
        new Case(
            "counterInLoggedBatch",
            "BEGIN BATCH UPDATE page_views SET views = views + 1 WHERE page = :p AND day = :d APPLY"
                + " BATCH",
            "CompletionStage<Void> counterInLoggedBatch(String p, LocalDate d)",
            "[AUGUR-BATCH] @Query on TestDao.counterInLoggedBatch() is a batch that is"
                + " logged and updates counter table page_views: Cassandra keeps counter updates"
                + " out of logged batches, as replaying them would count twice. Use BEGIN COUNTER"
                + " BATCH."),
        new Case(
            "negativeTtl",
            "INSERT INTO users (user_id, name) VALUES (:id, :name) USING TTL -1",
            "CompletionStage<Void> negativeTtl(UUID id, String name)",
            "[AUGUR-TTL] @Query on TestDao.negativeTtl() has USING TTL -1: Cassandra"
                + " rejects TTLs below 0 or above 630720000 seconds (20 years) when it runs the"
                + " statement. Use a TTL in that range, or a marker."),
        new Case(
            "nullKeyInInsert",
            "INSERT INTO users (user_id, name) VALUES (null, :name)",
            "CompletionStage<Void> nullKeyInInsert(String name)",
            "[AUGUR-NULL] @Query on TestDao.nullKeyInInsert() gives key column user_id null:"
                + " Cassandra prepares the statement, but rejects it every time it runs (\"Invalid"
                + " null value in condition for column user_id\"), as a primary key column is never"
                + " null. Give it a value, or a marker."),
        new Case(
            "nullKeyInDelete",
            "DELETE FROM readings WHERE tenant = :t AND bucket = :b AND ts > null",
            "CompletionStage<Void> nullKeyInDelete(String t, int b)",
            "[AUGUR-NULL] @Query on TestDao.nullKeyInDelete() compares ts with null: Cassandra"
                + " prepares the statement, but rejects it every time it runs (\"a write failure on"
                + " the replica\"), as no key is ever null. Compare it with a value, or a marker."),
        new Case(
            "ttlTwice",
            "INSERT INTO users (user_id, name) VALUES (:id, :name) USING TTL :a AND TTL :b",
            "CompletionStage<Void> ttlTwice(UUID id, String name, int a, int b)",
            "[AUGUR-USING-TWICE] @Query on TestDao.ttlTwice() sets TTL twice in USING: Cassandra"
                + " takes each option once (given two markers it fails with an internal error,"
                + " given two values it drops one). Set TTL once."),
        new Case(
            "batchTimestampTwice",
            "BEGIN BATCH USING TIMESTAMP :a AND TIMESTAMP :b INSERT INTO users (user_id, name)"
                + " VALUES (:id, :name) APPLY BATCH",
            "CompletionStage<Void> batchTimestampTwice(long a, long b, UUID id, String name)",
            "[AUGUR-USING-TWICE] @Query on TestDao.batchTimestampTwice() sets TIMESTAMP twice in"
                + " USING: Cassandra takes each option once (given two markers it fails with an"
                + " internal error, given two values it drops one). Set TIMESTAMP once."),
        new Case(
            "counterBatchTimestamp",
            "BEGIN COUNTER BATCH USING TIMESTAMP :t UPDATE page_views SET views = views + 1 WHERE"
                + " page = :p AND day = :d APPLY BATCH",
            "CompletionStage<Void> counterBatchTimestamp(long t, String p, LocalDate d)",
            "[AUGUR-BATCH] @Query on TestDao.counterBatchTimestamp() is a batch that is a COUNTER"
                + " batch with USING TIMESTAMP: Cassandra rejects custom timestamps for counter"
                + " updates. Remove USING TIMESTAMP."),
        new Case(
            "conditionalBatchOverTwoTables",
            "BEGIN BATCH INSERT INTO users (user_id, name) VALUES (:id, :name) IF NOT EXISTS;"
                + " INSERT INTO readings (tenant, bucket, ts, sensor) VALUES (:t, :b, :ts, :s)"
                + " APPLY BATCH",
            "CompletionStage<Boolean> conditionalBatchOverTwoTables(UUID id, String name, String"
                + " t, int b, Instant ts, String s)",
            "[AUGUR-BATCH] @Query on TestDao.conditionalBatchOverTwoTables() is a batch that has"
                + " conditions and writes several tables (users, readings): Cassandra runs a"
                + " conditional batch as one lightweight transaction on one partition of one"
                + " table. Split the batch."),
        new Case(
            "conditionalBatchOverTwoPartitions",
            "BEGIN BATCH INSERT INTO readings (tenant, bucket, ts, sensor) VALUES ('a', 1, :ts,"
                + " :s) IF NOT EXISTS; UPDATE readings SET value = :v WHERE tenant = 'b' AND bucket"
                + " = 1 AND ts = :ts AND sensor = :s APPLY BATCH",
            "CompletionStage<Boolean> conditionalBatchOverTwoPartitions(Instant ts, String s,"
                + " double v)",
            "[AUGUR-BATCH] @Query on TestDao.conditionalBatchOverTwoPartitions() is a batch that"
                + " has conditions and writes two partitions of readings (tenant = 'a' AND bucket ="
                + " 1 AND ts = :ts AND sensor = :s; tenant = 'b' AND bucket = 1 AND ts = :ts AND"
                + " sensor = :s): Cassandra runs a conditional batch on one partition, and rejects"
                + " this one every time it runs. Split the batch."),
        new Case(
            "conditionsOfTwoKindsOnOneRow",
            "BEGIN BATCH INSERT INTO users (user_id, name) VALUES (:id, :name) IF NOT EXISTS;"
                + " UPDATE users SET age = :age WHERE user_id = :id IF EXISTS APPLY BATCH",
            "CompletionStage<Boolean> conditionsOfTwoKindsOnOneRow(UUID id, String name, int age)",
            "[AUGUR-BATCH] @Query on TestDao.conditionsOfTwoKindsOnOneRow() is a batch that has IF"
                + " NOT EXISTS and IF EXISTS on one row of users (user_id = :id): Cassandra takes"
                + " one kind of condition per row (IF NOT EXISTS, IF EXISTS or IF column"
                + " conditions), and rejects this batch every time it runs. Keep one kind of"
                + " condition for the row."));
  }
}
