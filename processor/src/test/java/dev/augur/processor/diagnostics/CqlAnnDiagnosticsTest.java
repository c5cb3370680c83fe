package dev.augur.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.augur.processor.diagnostics.AugurCompiler.compile;
import static dev.augur.processor.diagnostics.AugurCompiler.javaString;
import static dev.augur.processor.diagnostics.AugurCompiler.source;

import com.google.testing.compile.Compilation;
import dev.augur.processor.diagnostics.CqlSources.Case;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The compile-time rules of ANN ordering, each as Cassandra 5.0.9 answered the same statement on
 * table {@code docs}: one DAO method per rule, exactly its one error, on the line of its
 * {@code @Query}.
 */
class CqlAnnDiagnosticsTest {
  private static final JavaFileObject DOC =
      source(
          "test.Doc",
          "package test;",
          "import dev.augur.annotations.*;",
          "@Table(\"docs\")",
          "public record Doc(@PartitionKey int pk, @ClusteringColumn int ck,",
          "    @Indexed(using = \"sai\") @Vector(dimensions = 3) float[] v,",
          "    @Vector(dimensions = 3) float[] w, @Indexed(using = \"sai\") int n, String s) {}");

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleIsReportedOnTheQueryValue(Case rule) {
    JavaFileObject dao =
        CqlSources.dao(
            "  @Query(\"" + javaString(rule.query()) + "\")", "  " + rule.method() + ";");

    Compilation compilation = compile(DOC, dao);

    assertThat(compilation)
        .hadErrorContaining(rule.message())
        .inFile(dao)
        .onLineContaining("@Query");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void queriesTheNodeAcceptsCompile() {
    JavaFileObject dao =
        CqlSources.dao(
            "  @Query(\"SELECT * FROM docs ORDER BY v ANN OF :q LIMIT :k\")",
            "  CompletionStage<List<Doc>> nearest(float[] q, int k);",
            "  @Query(\"SELECT * FROM docs WHERE pk = :pk ORDER BY v ANN OF :q LIMIT 1000\")",
            "  CompletionStage<List<Doc>> inPartition(int pk, float[] q);",
            "  @Query(\"SELECT * FROM docs WHERE pk = :pk AND ck > :ck ORDER BY v ANN OF :q LIMIT"
                + " 5\")",
            "  CompletionStage<List<Doc>> inRange(int pk, int ck, float[] q);",
            "  @Query(\"SELECT * FROM docs WHERE n > :n ORDER BY v ANN OF [1, 0, 0] LIMIT 5\")",
            "  CompletionStage<List<Doc>> indexedToo(int n);",
            "  @Query(\"SELECT * FROM docs WHERE token(pk) > :t ORDER BY v ANN OF :q LIMIT 5"
                + " ALLOW FILTERING\")",
            "  CompletionStage<List<Doc>> tokenRange(long t, float[] q);",
            "  @Query(\"SELECT similarity_dot_product(v, :q) FROM docs ORDER BY v ANN OF :q"
                + " LIMIT 3\")",
            "  CompletionStage<Void> scores(float[] q);");

    assertThat(compile(DOC, dao)).succeededWithoutWarnings();
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "noLimit",
            "SELECT * FROM docs ORDER BY v ANN OF :q",
            "CompletionStage<List<Doc>> noLimit(float[] q)",
            "[AUGUR-ANN-LIMIT] @Query on TestDao.noLimit() orders by v ANN OF without a LIMIT:"
                + " Cassandra runs top-k queries only with a LIMIT, of at most 1000. Add LIMIT n,"
                + " or LIMIT :k (in @Select, limit = \"n\"; in a derived name, Top n or a last"
                + " limit parameter)."),
        new Case(
            "limitAbove1000",
            "SELECT * FROM docs ORDER BY v ANN OF :q LIMIT 1001",
            "CompletionStage<List<Doc>> limitAbove1000(float[] q)",
            "[AUGUR-ANN-LIMIT] @Query on TestDao.limitAbove1000() orders by ANN OF with LIMIT"
                + " 1001: Cassandra requires a LIMIT of at most 1000 with ANN ordering. Use a"
                + " smaller limit."),
        new Case(
            "notIndexed",
            "SELECT * FROM docs ORDER BY w ANN OF :q LIMIT 1",
            "CompletionStage<List<Doc>> notIndexed(float[] q)",
            "[AUGUR-ANN-INDEX] @Query on TestDao.notIndexed() orders by w ANN OF, but w has no"
                + " storage-attached index: Cassandra requires one (\"ANN ordering by vector"
                + " requires the column to be indexed\"). Add @Indexed(using = \"sai\") to the"
                + " column."),
        new Case(
            "notAVector",
            "SELECT * FROM docs ORDER BY n ANN OF :q LIMIT 1",
            "CompletionStage<List<Doc>> notAVector(float[] q)",
            "[AUGUR-ANN-COLUMN] @Query on TestDao.notAVector() orders by n ANN OF, but n is a int:"
                + " Cassandra supports ANN ordering only on vectors of float with a"
                + " storage-attached index. Order by a vector<float, n> column."),
        new Case(
            "distinct",
            "SELECT DISTINCT pk FROM docs ORDER BY v ANN OF :q LIMIT 1",
            "CompletionStage<Void> distinct(float[] q)",
            "[AUGUR-DISTINCT] @Query on TestDao.distinct() selects DISTINCT and orders by ANN OF:"
                + " Cassandra reads ANN ordering as a restriction of the vector column, and SELECT"
                + " DISTINCT allows restrictions of the partition key and static columns only."
                + " Remove DISTINCT."),
        new Case(
            "similarityOfAnotherDimension",
            "SELECT similarity_cosine(v, [1.0, 2.0]) FROM docs WHERE pk = :pk",
            "CompletionStage<Void> similarityOfAnotherDimension(int pk)",
            "[AUGUR-FUNCTION-ARGUMENTS] @Query on TestDao.similarityOfAnotherDimension() calls"
                + " system.similarity_cosine with (v, [1.0, 2.0]): [1.0, 2.0] is not a"
                + " vector<float, 3> (all arguments must have the same vector dimensions)."),
        new Case(
            "partitionIn",
            "SELECT * FROM docs WHERE pk IN :pks ORDER BY v ANN OF :q LIMIT 1",
            "CompletionStage<List<Doc>> partitionIn(List<Integer> pks, float[] q)",
            "[AUGUR-ANN-PARTITION-IN] @Query on TestDao.partitionIn() orders by ANN OF and"
                + " restricts the partition key with IN: Cassandra does not run index queries with"
                + " IN on the primary key."),
        new Case(
            "vectorRestriction",
            "SELECT * FROM docs WHERE v = :v ALLOW FILTERING",
            "CompletionStage<List<Doc>> vectorRestriction(float[] v)",
            "[AUGUR-ANN-VECTOR-RESTRICTION] @Query on TestDao.vectorRestriction() restricts v in"
                + " WHERE, but its storage-attached index is a vector index, which serves only ANN"
                + " ordering (\"Vector indexes only support ANN queries\"), even with ALLOW"
                + " FILTERING. Use ORDER BY v ANN OF ... LIMIT n, or compare vectors in Java."),
        new Case(
            "otherOrdering",
            "SELECT * FROM docs WHERE pk = :pk ORDER BY v ANN OF :q, ck ASC LIMIT 1",
            "CompletionStage<List<Doc>> otherOrdering(int pk, float[] q)",
            "[AUGUR-ANN-ORDERING] @Query on TestDao.otherOrdering() orders by v ANN OF and by ck:"
                + " Cassandra's ANN ordering does not support any other ordering. Remove the other"
                + " ordering, or sort the results in Java."),
        new Case(
            "aggregate",
            "SELECT count(*) FROM docs ORDER BY v ANN OF :q LIMIT 1",
            "CompletionStage<Long> aggregate(float[] q)",
            "[AUGUR-ANN-AGGREGATE] @Query on TestDao.aggregate() orders by ANN OF and has"
                + " aggregates: Cassandra cannot run top-k queries with aggregation."),
        new Case(
            "groupBy",
            "SELECT * FROM docs GROUP BY pk ORDER BY v ANN OF :q LIMIT 1",
            "CompletionStage<List<Doc>> groupBy(float[] q)",
            "[AUGUR-ANN-AGGREGATE] @Query on TestDao.groupBy() orders by ANN OF and has GROUP BY:"
                + " Cassandra cannot run top-k queries with aggregation."),
        new Case(
            "perPartitionLimit",
            "SELECT * FROM docs ORDER BY v ANN OF :q PER PARTITION LIMIT 1 LIMIT 1",
            "CompletionStage<List<Doc>> perPartitionLimit(float[] q)",
            "[AUGUR-ANN-PER-PARTITION-LIMIT] @Query on TestDao.perPartitionLimit() orders by ANN"
                + " OF and has PER PARTITION LIMIT: Cassandra's top-k queries do not support"
                + " per-partition limits. Remove PER PARTITION LIMIT."),
        new Case(
            "unindexedRestriction",
            "SELECT * FROM docs WHERE s = :s ORDER BY v ANN OF :q LIMIT 1 ALLOW FILTERING",
            "CompletionStage<List<Doc>> unindexedRestriction(String s, float[] q)",
            "[AUGUR-ANN-RESTRICTION] @Query on TestDao.unindexedRestriction() orders by ANN OF"
                + " and restricts s, which has no storage-attached index: Cassandra requires every"
                + " restricted column of an ANN query to be indexed, even with ALLOW FILTERING"),
        new Case(
            "clusteringWithoutPartition",
            "SELECT * FROM docs WHERE ck = :ck ORDER BY v ANN OF :q LIMIT 1 ALLOW FILTERING",
            "CompletionStage<List<Doc>> clusteringWithoutPartition(int ck, float[] q)",
            "[AUGUR-ANN-RESTRICTION] @Query on TestDao.clusteringWithoutPartition() orders by ANN"
                + " OF and restricts ck, which has no storage-attached index"),
        new Case(
            "literalOfTheWrongLength",
            "SELECT * FROM docs ORDER BY v ANN OF [1.0, 0.0] LIMIT 1",
            "CompletionStage<List<Doc>> literalOfTheWrongLength()",
            "[AUGUR-VALUE-TYPE] @Query on TestDao.literalOfTheWrongLength() gives the vector of"
                + " ANN OF the value [1.0, 0.0], which is not valid for type vector<float, 3>"));
  }
}
