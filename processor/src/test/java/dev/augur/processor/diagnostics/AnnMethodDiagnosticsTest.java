package dev.augur.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.augur.processor.diagnostics.AugurCompiler.compile;
import static dev.augur.processor.diagnostics.AugurCompiler.source;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ANN ordering in CRUD {@code @Select(orderByAnn = ...)} and in derived names ({@code
 * findTop10ByVNear}), and similarity scores as {@code @Computed} values: what the annotation or the
 * name can get wrong is reported on it, and every rule of ANN ordering by the statement checker
 * that {@code @Query} goes through, on the {@code orderByAnn} value or the derived method.
 */
class AnnMethodDiagnosticsTest {
  private static final JavaFileObject DOC =
      source(
          "test.Doc",
          "package test;",
          "import dev.augur.annotations.*;",
          "@Table(\"docs\")",
          "public record Doc(@PartitionKey int pk, @ClusteringColumn int ck,",
          "    @Indexed(using = \"sai\") @Vector(dimensions = 3) float[] v,",
          "    @Vector(dimensions = 3) float[] w, @Indexed(using = \"sai\") int n, String s) {}");

  /** The rows of docs with their cosine similarity to the query vector {@code :q}. */
  private static final JavaFileObject SCORED =
      source(
          "test.ScoredDoc",
          "package test;",
          "import dev.augur.annotations.*;",
          "@Table(\"docs\")",
          "public record ScoredDoc(@PartitionKey int pk, @ClusteringColumn int ck,",
          "    @Indexed(using = \"sai\") @Vector(dimensions = 3) float[] v,",
          "    @Computed(\"similarity_cosine(v, :q)\") @Column(\"score\") float score) {}");

  /** A method with its annotation (or none), and the one error it must produce. */
  record AnnCase(String name, String annotation, String method, String message) {
    @Override
    public String toString() {
      return name;
    }

    String line() {
      return annotation.isEmpty() ? method : annotation;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"selectCases", "derivedCases"})
  void ruleIsReportedOnTheAnnotationOrTheName(AnnCase rule) {
    JavaFileObject dao =
        CqlSources.dao(
            "  " + rule.annotation(),
            "  " + rule.method() + ";",
            "  @Insert CompletionStage<Void> save(Doc doc);");

    Compilation compilation = compile(DOC, dao);

    assertThat(compilation)
        .hadErrorContaining(rule.message())
        .inFile(dao)
        .onLineContaining(rule.line());
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void annMethodsAndScoresCompile() {
    JavaFileObject dao =
        CqlSources.dao(
            "  @Insert CompletionStage<Void> save(Doc doc);",
            "  @Select(orderByAnn = \"v\", limit = \":k\")",
            "  CompletionStage<List<Doc>> nearest(float[] q, int k);",
            "  @Select(orderByAnn = \"v\", limit = \"10\")",
            "  Flow.Publisher<Doc> inPartition(int pk,"
                + " com.datastax.oss.driver.api.core.data.CqlVector<Float> q);",
            "  @Select(customWhere = \"n > :n\", orderByAnn = \"v\", limit = \"5\")",
            "  CompletionStage<List<Doc>> indexedToo(int n, float[] q);",
            "  @Select(orderByAnn = \"v\", limit = \"3\")",
            "  CompletionStage<List<ScoredDoc>> scored(float[] q);",
            "  CompletionStage<List<Doc>> findTop10ByVNear(float[] q);",
            "  CompletionStage<List<Doc>> findByPkAndVNear(int pk, float[] q, int limit);",
            "  Flow.Publisher<ScoredDoc> findTop5ByVNear(float[] q);",
            "  @Query(\"SELECT pk, ck, v, similarity_cosine(v, :q) AS score FROM docs\"",
            "      + \" ORDER BY v ANN OF :q LIMIT :k\")",
            "  CompletionStage<List<ScoredDoc>> scoredQuery(float[] q, int k);");

    assertThat(compile(DOC, SCORED, dao)).succeededWithoutWarnings();
  }

  @Test
  void aScoreIsReadAsAFloat() {
    JavaFileObject scored =
        source(
            "test.ScoredDoc",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table(\"docs\")",
            "public record ScoredDoc(@PartitionKey int pk, @ClusteringColumn int ck,",
            "    @Indexed(using = \"sai\") @Vector(dimensions = 3) float[] v,",
            "    @Computed(\"similarity_cosine(v, :q)\") @Column(\"score\") double score) {}");
    JavaFileObject dao =
        CqlSources.dao(
            "  @Select(orderByAnn = \"v\", limit = \"3\")",
            "  CompletionStage<List<ScoredDoc>> scored(float[] q);");

    Compilation compilation = compile(DOC, scored, dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-RESULT-TYPE] @Select on TestDao.scored() returns rows as ScoredDoc, whose field"
                + " score is of type double, but the statement selects score of CQL type float:"
                + " the driver has no codec between them.")
        .inFile(dao)
        .onLineContaining("@Select");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aScoresMarkerIsTheQueryVectorsParameter() {
    JavaFileObject scored =
        source(
            "test.ScoredDoc",
            "package test;",
            "import dev.augur.annotations.*;",
            "@Table(\"docs\")",
            "public record ScoredDoc(@PartitionKey int pk, @ClusteringColumn int ck,",
            "    @Indexed(using = \"sai\") @Vector(dimensions = 3) float[] v,",
            "    @Computed(\"similarity_cosine(v, :query)\") @Column(\"score\") float score) {}");
    JavaFileObject dao =
        CqlSources.dao("  CompletionStage<List<ScoredDoc>> findTop3ByVNear(float[] q);");

    Compilation compilation = compile(DOC, scored, dao);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-MARKER] TestDao.findTop3ByVNear() selects ScoredDoc.score, computed as"
                + " similarity_cosine(v, :query), whose marker :query is no parameter of the"
                + " method. Name a parameter query (for a similarity score, the query vector), or"
                + " read another entity (parameters: q).")
        .inFile(dao)
        .onLineContaining("findTop3ByVNear");
    assertThat(compilation).hadErrorCount(1);
  }

  static Stream<AnnCase> selectCases() {
    return Stream.of(
        new AnnCase(
            "selectUnknownProperty",
            "@Select(orderByAnn = \"vv\", limit = \"3\")",
            "CompletionStage<List<Doc>> unknown(float[] q)",
            "[AUGUR-SELECT-ANN] @Select on TestDao.unknown() orders by ANN of vv, which is not a"
                + " property of Doc (did you mean v?). Name its @Vector property in orderByAnn; its"
                + " properties are pk, ck, v, w, n, s."),
        new AnnCase(
            "selectNoVectorParameter",
            "@Select(orderByAnn = \"v\", limit = \":k\")",
            "CompletionStage<List<Doc>> noVector(int k)",
            "[AUGUR-SELECT-ANN] @Select on TestDao.noVector() orders by v ANN OF the query "
                + "vector, but has no parameter for it: each parameter binds a key column or a "
                + "marker of its clauses. Add the vector as the last parameter (a float[] or "
                + "CqlVector<Float>)."),
        new AnnCase(
            "selectNotAVector",
            "@Select(orderByAnn = \"n\", limit = \"3\")",
            "CompletionStage<List<Doc>> notAVector(float[] q)",
            "[AUGUR-ANN-COLUMN] @Select on TestDao.notAVector() orders by n ANN OF, but n is a "
                + "int: Cassandra supports ANN ordering only on vectors of float with a "
                + "storage-attached index. Order by a vector<float, n> column."),
        new AnnCase(
            "selectNotIndexed",
            "@Select(orderByAnn = \"w\", limit = \"3\")",
            "CompletionStage<List<Doc>> notIndexed(float[] q)",
            "[AUGUR-ANN-INDEX] @Select on TestDao.notIndexed() orders by w ANN OF, but w has no"
                + " storage-attached index: Cassandra requires one (\"ANN ordering by vector"
                + " requires the column to be indexed\"). Add @Indexed(using = \"sai\") to the"
                + " column."),
        new AnnCase(
            "selectNoLimit",
            "@Select(orderByAnn = \"v\")",
            "CompletionStage<List<Doc>> noLimit(float[] q)",
            "[AUGUR-ANN-LIMIT] @Select on TestDao.noLimit() orders by v ANN OF without a LIMIT:"
                + " Cassandra runs top-k queries only with a LIMIT, of at most 1000. Add LIMIT n,"
                + " or LIMIT :k (in @Select, limit = \"n\"; in a derived name, Top n or a last"
                + " limit parameter)."),
        new AnnCase(
            "selectLimitAbove1000",
            "@Select(orderByAnn = \"v\", limit = \"1001\")",
            "CompletionStage<List<Doc>> limitAbove1000(float[] q)",
            "[AUGUR-ANN-LIMIT] @Select on TestDao.limitAbove1000() orders by ANN OF with LIMIT"
                + " 1001: Cassandra requires a LIMIT of at most 1000 with ANN ordering. Use a"
                + " smaller limit."),
        new AnnCase(
            "selectOtherOrdering",
            "@Select(orderByAnn = \"v\", orderBy = \"ck ASC\", limit = \"3\")",
            "CompletionStage<List<Doc>> otherOrdering(int pk, float[] q)",
            "[AUGUR-ANN-ORDERING] @Select on TestDao.otherOrdering() orders by v ANN OF and by "
                + "ck: Cassandra's ANN ordering does not support any other ordering. Remove the "
                + "other ordering, or sort the results in Java."),
        new AnnCase(
            "selectPerPartitionLimit",
            "@Select(orderByAnn = \"v\", perPartitionLimit = \"1\", limit = \"3\")",
            "CompletionStage<List<Doc>> perPartitionLimit(float[] q)",
            "[AUGUR-ANN-PER-PARTITION-LIMIT] @Select on TestDao.perPartitionLimit() orders by "
                + "ANN OF and has PER PARTITION LIMIT: Cassandra's top-k queries do not support "
                + "per-partition limits. Remove PER PARTITION LIMIT."),
        new AnnCase(
            "selectVectorOfAnotherType",
            "@Select(orderByAnn = \"v\", limit = \"3\")",
            "CompletionStage<List<Doc>> textVector(String q)",
            "[AUGUR-PARAMETER-TYPE] @Select on TestDao.textVector() binds parameter q, a"
                + " java.lang.String, to marker :q, which is the vector of ANN OF of CQL type"
                + " vector<float, 3>: the driver has no codec between them, so every call would"
                + " fail. Declare the parameter as float[]."),
        new AnnCase(
            "selectUnindexedRestriction",
            "@Select(customWhere = \"s = :s\", orderByAnn = \"v\", limit = \"3\", allowFiltering ="
                + " true)",
            "CompletionStage<List<Doc>> unindexedRestriction(String s, float[] q)",
            "[AUGUR-ANN-RESTRICTION] @Select on TestDao.unindexedRestriction() orders by ANN OF and"
                + " restricts s, which has no storage-attached index: Cassandra requires every"
                + " restricted column of an ANN query to be indexed, even with ALLOW FILTERING (the"
                + " partition key aside, and the clustering columns of a named partition). Index s"
                + " with @Indexed(using = \"sai\"), or filter in Java."),
        new AnnCase(
            "selectAggregateReturn",
            "@Select(orderByAnn = \"v\", limit = \"3\")",
            "CompletionStage<Long> count(float[] q)",
            "[AUGUR-SELECT-RETURN] TestDao.count(): @Select returns "
                + "java.util.concurrent.CompletionStage<java.lang.Long>, but a select returns "
                + "entities. Return CompletionStage<E>, CompletionStage<Optional<E>>, "
                + "CompletionStage<List<E>> or Flow.Publisher<E>."));
  }

  static Stream<AnnCase> derivedCases() {
    return Stream.of(
        new AnnCase(
            "derivedNotIndexed",
            "",
            "CompletionStage<List<Doc>> findTop3ByWNear(float[] q)",
            "[AUGUR-ANN-INDEX] TestDao.findTop3ByWNear(), derived as SELECT pk, ck, v, w, n, s FROM"
                + " docs ORDER BY w ANN OF :q LIMIT 3, orders by w ANN OF, but w has no"
                + " storage-attached index: Cassandra requires one (\"ANN ordering by vector"
                + " requires the column to be indexed\"). Add @Indexed(using = \"sai\") to the"
                + " column."),
        new AnnCase(
            "derivedNotAVector",
            "",
            "CompletionStage<List<Doc>> findTop3ByNNear(float[] q)",
            "[AUGUR-ANN-COLUMN] TestDao.findTop3ByNNear(), derived as SELECT pk, ck, v, w, n, s"
                + " FROM docs ORDER BY n ANN OF :q LIMIT 3, orders by n ANN OF, but n is a int:"
                + " Cassandra supports ANN ordering only on vectors of float with a"
                + " storage-attached index. Order by a vector<float, n> column."),
        new AnnCase(
            "derivedNoLimit",
            "",
            "CompletionStage<List<Doc>> findByVNear(float[] q)",
            "[AUGUR-ANN-LIMIT] TestDao.findByVNear(), derived as SELECT pk, ck, v, w, n, s FROM"
                + " docs ORDER BY v ANN OF :q, orders by v ANN OF without a LIMIT: Cassandra runs"
                + " top-k queries only with a LIMIT, of at most 1000. Add LIMIT n, or LIMIT :k (in"
                + " @Select, limit = \"n\"; in a derived name, Top n or a last limit parameter)."),
        new AnnCase(
            "derivedLimitAbove1000",
            "",
            "CompletionStage<List<Doc>> findTop1001ByVNear(float[] q)",
            "[AUGUR-ANN-LIMIT] TestDao.findTop1001ByVNear(), derived as SELECT pk, ck, v, w, n, s"
                + " FROM docs ORDER BY v ANN OF :q LIMIT 1001, orders by ANN OF with LIMIT 1001:"
                + " Cassandra requires a LIMIT of at most 1000 with ANN ordering. Use a smaller"
                + " limit."),
        new AnnCase(
            "derivedOtherOrdering",
            "",
            "CompletionStage<List<Doc>> findTop3ByPkAndVNearOrderByCkDesc(int pk, float[] q)",
            "[AUGUR-ANN-ORDERING] TestDao.findTop3ByPkAndVNearOrderByCkDesc(), derived as SELECT"
                + " pk, ck, v, w, n, s FROM docs WHERE pk = :pk ORDER BY v ANN OF :q, ck DESC LIMIT"
                + " 3, orders by v ANN OF and by ck: Cassandra's ANN ordering does not support any"
                + " other ordering. Remove the other ordering, or sort the results in Java."),
        new AnnCase(
            "derivedNearTwice",
            "",
            "CompletionStage<List<Doc>> findTop3ByVNearAndWNear(float[] q, float[] r)",
            "[AUGUR-DERIVED-NAME] TestDao.findTop3ByVNearAndWNear() has no annotation and its "
                + "name does not describe a query: it has Near twice, and Cassandra orders by the "
                + "ANN of one vector only. Name it like findByUserIdAndOrderDate, "
                + "findFirst10ByUserIdOrderByOrderDateDesc, countByUserId, existsById or "
                + "deleteByUserId, or annotate it with @Query."),
        new AnnCase(
            "derivedNearInCount",
            "",
            "CompletionStage<Long> countByVNear(float[] q)",
            "[AUGUR-DERIVED-NAME] TestDao.countByVNear() has no annotation and its name does not"
                + " describe a query: Near orders only find queries. Name it like"
                + " findByUserIdAndOrderDate, findFirst10ByUserIdOrderByOrderDateDesc,"
                + " countByUserId, existsById or deleteByUserId, or annotate it with @Query."),
        new AnnCase(
            "derivedUnindexedRestriction",
            "",
            "CompletionStage<List<Doc>> findTop3BySAndVNear(String s, float[] q)",
            "[AUGUR-DERIVED-KEY] TestDao.findTop3BySAndVNear() derives a query on docs that "
                + "does not name the partition key (pk): Cassandra finds rows by partition key, or "
                + "through an index that serves every condition, so the query would need ALLOW "
                + "FILTERING, which derived queries never add. Start the conditions with pk."),
        new AnnCase(
            "derivedVectorOfAnotherType",
            "",
            "CompletionStage<List<Doc>> findTop3ByVNear(String q)",
            "[AUGUR-PARAMETER-TYPE] TestDao.findTop3ByVNear(), derived as SELECT pk, ck, v, w, n, s"
                + " FROM docs ORDER BY v ANN OF :q LIMIT 3, binds parameter q, a java.lang.String,"
                + " to marker :q, which is the vector of ANN OF of CQL type vector<float, 3>: the"
                + " driver has no codec between them, so every call would fail. Declare the"
                + " parameter as float[]."),
        new AnnCase(
            "derivedLimitParameterType",
            "",
            "CompletionStage<List<Doc>> findByVNear(float[] q, String limit)",
            "[AUGUR-PARAMETER-TYPE] TestDao.findByVNear(), derived as SELECT pk, ck, v, w, n, s"
                + " FROM docs ORDER BY v ANN OF :q LIMIT :\"limit\", binds parameter limit, a"
                + " java.lang.String, to marker :\"limit\", which is the LIMIT of CQL type int: the"
                + " driver has no codec between them, so every call would fail. Declare the"
                + " parameter as int."),
        new AnnCase(
            "derivedClusteringWithoutPartition",
            "",
            "CompletionStage<List<Doc>> findTop3ByCkAndVNear(int ck, float[] q)",
            "[AUGUR-DERIVED-KEY] TestDao.findTop3ByCkAndVNear() derives a query on docs that "
                + "does not name the partition key (pk): Cassandra finds rows by partition key, or "
                + "through an index that serves every condition, so the query would need ALLOW "
                + "FILTERING, which derived queries never add. Start the conditions with pk."));
  }
}
