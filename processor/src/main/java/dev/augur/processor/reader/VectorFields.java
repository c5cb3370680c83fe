package dev.augur.processor.reader;

import dev.augur.processor.model.IndexModel;
import dev.augur.processor.model.MappedType;
import dev.augur.processor.source.Annotations;
import dev.augur.processor.source.TypeMapper;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * The rules of {@code @Vector} on a mapped field: a vector-only Java type needs a dimension, the
 * dimension is positive (Cassandra 5.0.9 takes any positive {@code int}: it accepted {@code
 * vector<float, 2147483647>} and refused 0), and the annotation is on a type that maps to a vector.
 */
final class VectorFields {
  private VectorFields() {}

  /**
   * The index {@code @Indexed} declares on {@code field} of mapped type {@code type} (null if it
   * does not map), with its similarity function if the column is a vector; reports what Cassandra
   * 5.0.9 would refuse when creating it.
   */
  static IndexModel index(
      VariableElement field, AnnotationMirror indexed, MappedType type, Report report) {
    String using = String.valueOf(Annotations.value(indexed, "using"));
    String target = String.valueOf(Annotations.value(indexed, "target"));
    String similarity = String.valueOf(Annotations.value(indexed, "similarity"));
    AnnotationValue explicit = Annotations.explicitValue(indexed, "similarity");
    String cql = type == null ? null : type.defaultCqlType();
    String property = field.getSimpleName().toString();
    if (cql == null || !cql.startsWith("vector<")) {
      if (explicit != null && cql != null) {
        report.error(
            field, indexed, explicit, Message.INDEX_SIMILARITY_NOT_VECTOR, property, cql);
      }
      return new IndexModel(using, target, null);
    }
    boolean sai =
        using.equalsIgnoreCase("sai") || using.equalsIgnoreCase("StorageAttachedIndex");
    if (!sai) {
      if (explicit != null) {
        report.error(field, indexed, explicit, Message.INDEX_SIMILARITY_NOT_SAI, property);
      }
      return new IndexModel(using, target, null);
    }
    if (!cql.startsWith("vector<float,")) {
      report.error(field, indexed, null, Message.INDEX_VECTOR_ELEMENT, property, cql);
    } else if (cql.equals("vector<float, 1>") && similarity.equals("COSINE")) {
      report.error(
          field, indexed, explicit, Message.INDEX_COSINE_ONE_DIMENSION, property);
    }
    return new IndexModel(using, target, similarity);
  }

  /** Whether {@code field} passes; reports the first rule it breaks. */
  static boolean valid(VariableElement field, TypeMirror type, boolean mapped, Report report) {
    String property = field.getSimpleName().toString();
    Optional<AnnotationMirror> vector = Annotations.mirror(field, Annotations.VECTOR);
    if (vector.isEmpty()) {
      if (TypeMapper.isVectorOnly(type)) {
        report.error(field, Message.VECTOR_NO_DIMENSION, property, type);
        return false;
      }
      return true;
    }
    if (!mapped) {
      report.error(field, vector.get(), null, Message.VECTOR_TYPE, property, type);
      return false;
    }
    AnnotationValue dimensions = Annotations.explicitValue(vector.get(), "dimensions");
    // A missing value is javac's error to report.
    if (dimensions != null
        && dimensions.getValue() instanceof Integer n
        && n <= 0) {
      report.error(field, vector.get(), dimensions, Message.VECTOR_DIMENSION, property, n);
      return false;
    }
    return true;
  }
}
