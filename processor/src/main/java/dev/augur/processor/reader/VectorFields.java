package dev.augur.processor.reader;

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
