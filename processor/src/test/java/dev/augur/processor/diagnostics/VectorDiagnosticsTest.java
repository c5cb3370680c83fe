package dev.augur.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.augur.processor.diagnostics.AugurCompiler.compile;
import static dev.augur.processor.diagnostics.AugurCompiler.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors on vector fields: one bad entity per rule, and where each error points. */
class VectorDiagnosticsTest {

  @Test
  void aFloatArrayWithoutDimensionPointsAtTheField() {
    JavaFileObject doc =
        entity("  float[] embedding;", "import java.util.List;");

    Compilation compilation = compile(doc);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-VECTOR-DIMENSION-MISSING] embedding has type float[], which maps to a vector"
                + " column, but declares no dimension; a CQL vector has a fixed number of"
                + " elements, which the table's DDL, schema verification and query checks need."
                + " Annotate it @Vector(dimensions = n).")
        .inFile(doc)
        .onLineContaining("float[] embedding;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aCqlVectorWithoutDimensionIsRejectedToo() {
    JavaFileObject doc =
        entity(
            "  CqlVector<Float> embedding;",
            "import com.datastax.oss.driver.api.core.data.CqlVector;");

    Compilation compilation = compile(doc);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-VECTOR-DIMENSION-MISSING] embedding has type"
                + " com.datastax.oss.driver.api.core.data.CqlVector<java.lang.Float>, which maps"
                + " to a vector column")
        .inFile(doc)
        .onLineContaining("CqlVector<Float> embedding;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aDimensionBelowOnePointsAtTheValue() {
    JavaFileObject doc =
        entity("  @Vector(\n      dimensions = 0)\n  float[] embedding;", "import java.util.List;");

    Compilation compilation = compile(doc);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-VECTOR-DIMENSION] embedding declares @Vector(dimensions = 0), but Cassandra"
                + " rejects a vector of fewer than one element (\"vectors may only have positive"
                + " dimensions\"). Give a dimension of 1 or more.")
        .inFile(doc)
        .onLineContaining("dimensions = 0)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aNegativeDimensionOnAListIsRejected() {
    JavaFileObject doc =
        entity("  @Vector(dimensions = -3) List<Float> embedding;", "import java.util.List;");

    Compilation compilation = compile(doc);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-VECTOR-DIMENSION] embedding declares @Vector(dimensions = -3)")
        .inFile(doc)
        .onLineContaining("dimensions = -3");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void vectorOnATypeThatIsNoVectorPointsAtTheAnnotation() {
    JavaFileObject doc =
        entity("  @Vector(dimensions = 3)\n  String embedding;", "import java.util.List;");

    Compilation compilation = compile(doc);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-VECTOR-TYPE] embedding is annotated @Vector but has type java.lang.String; a"
                + " vector column maps to float[], List<E> or CqlVector<E>, with E a type Augur"
                + " maps (Float for vectors an ANN index serves). Change the type, or remove"
                + " @Vector.")
        .inFile(doc)
        .onLineContaining("@Vector(dimensions = 3)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void vectorOfAnUnmappableElementIsAVectorTypeError() {
    JavaFileObject doc =
        entity("  @Vector(dimensions = 3)\n  List<Object> embedding;", "import java.util.List;");

    Compilation compilation = compile(doc);

    assertThat(compilation)
        .hadErrorContaining("[AUGUR-VECTOR-TYPE] embedding is annotated @Vector but has type"
            + " java.util.List<java.lang.Object>")
        .inFile(doc)
        .onLineContaining("@Vector(dimensions = 3)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void everyJavaFormAndElementTypeCompiles() {
    JavaFileObject doc =
        entity(
            String.join(
                "\n",
                "  @Vector(dimensions = 64) float[] embedding;",
                "  @Vector(dimensions = 3) List<Float> weights;",
                "  @Vector(dimensions = 3) CqlVector<Float> centroid;",
                "  @Vector(dimensions = 3) List<Integer> counts;",
                "  @Vector(dimensions = 2) CqlVector<String> labels;",
                "  @Vector(dimensions = 2147483647) float[] huge;"),
            "import java.util.List;\nimport com.datastax.oss.driver.api.core.data.CqlVector;");

    assertThat(compile(doc)).succeededWithoutWarnings();
  }

  @Test
  void aSimilarityOnAColumnThatIsNoVectorPointsAtTheValue() {
    JavaFileObject doc =
        entity(
            "  @Indexed(using = \"sai\",\n      similarity = Indexed.Similarity.EUCLIDEAN)\n"
                + "  int rank;",
            "import java.util.List;");

    Compilation compilation = compile(doc);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-INDEX-SIMILARITY] rank declares a similarity function for its index, but its"
                + " column is a int; only indexes on vector columns rank by similarity (Cassandra:"
                + " \"CQL type cannot have vector options\"). Remove similarity, or make the"
                + " column a @Vector.")
        .inFile(doc)
        .onLineContaining("similarity = Indexed.Similarity.EUCLIDEAN)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void aSimilarityOnALegacyIndexIsRejected() {
    JavaFileObject doc =
        entity(
            "  @Indexed(similarity = Indexed.Similarity.DOT_PRODUCT)\n"
                + "  @Vector(dimensions = 3) float[] embedding;",
            "import java.util.List;");

    Compilation compilation = compile(doc);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-INDEX-SIMILARITY-SAI] embedding declares a similarity function for its index,"
                + " but only a storage-attached index ranks vectors by similarity. Add using ="
                + " \"sai\", or remove similarity.")
        .inFile(doc)
        .onLineContaining("@Indexed(similarity = Indexed.Similarity.DOT_PRODUCT)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void anAnnIndexOnAVectorOfIntsPointsAtTheAnnotation() {
    JavaFileObject doc =
        entity(
            "  @Indexed(using = \"sai\")\n  @Vector(dimensions = 3) List<Integer> counts;",
            "import java.util.List;");

    Compilation compilation = compile(doc);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-INDEX-VECTOR-ELEMENT] counts has a storage-attached index, but its column is a"
                + " vector<int, 3>; Cassandra only allows SAI ANN indexes on vectors of float"
                + " elements. Make it a vector of Float (float[]), or remove the index.")
        .inFile(doc)
        .onLineContaining("@Indexed(using = \"sai\")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void cosineOnOneDimensionIsRejectedAndOtherFunctionsAreNot() {
    JavaFileObject doc =
        entity(
            "  @Indexed(using = \"sai\")\n  @Vector(dimensions = 1) float[] score;\n"
                + "  @Indexed(using = \"sai\", similarity = Indexed.Similarity.EUCLIDEAN)\n"
                + "  @Vector(dimensions = 1) float[] other;",
            "import java.util.List;");

    Compilation compilation = compile(doc);

    assertThat(compilation)
        .hadErrorContaining(
            "[AUGUR-INDEX-COSINE-ONE-DIMENSION] score is a vector of one dimension indexed with"
                + " cosine similarity, which Cassandra does not support for single-dimension"
                + " vectors. Use similarity = DOT_PRODUCT or EUCLIDEAN, or more dimensions.")
        .inFile(doc)
        .onLine(7);
    assertThat(compilation).hadErrorCount(1);
  }

  /** An entity {@code test.Doc} with a key and {@code field}. */
  private static JavaFileObject entity(String field, String imports) {
    return source(
        "test.Doc",
        ("package test;\nimport dev.augur.annotations.*;\n" + imports + "\n@Table\n"
                + "public class Doc {\n  @PartitionKey public int id;\n" + field + "\n}")
            .split("\n"));
  }
}
