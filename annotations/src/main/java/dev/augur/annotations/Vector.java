package dev.augur.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a field to a {@code vector<element, dimensions>} column (Cassandra 5.0). The field is a
 * {@code float[]} (a {@code vector<float, n>}, read and written without boxing), a {@code List<E>}
 * or the driver's {@code CqlVector<E>}, where {@code E} is any type Augur maps ({@code Float} for
 * the vectors an ANN index serves). DDL, schema verification and the compile-time CQL checks know
 * the dimension; a value of another length fails its call before anything is sent.
 *
 * <pre>{@code
 * @Vector(dimensions = 64) float[] embedding;          // vector<float, 64>
 * @Vector(dimensions = 3) List<Integer> rgb;           // vector<int, 3>
 * @Vector(dimensions = 2) CqlVector<String> pair;      // vector<text, 2>
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Vector {
  /** The number of elements of every value: at least 1. */
  int dimensions();
}
