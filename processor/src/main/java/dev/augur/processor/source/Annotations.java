package dev.augur.processor.source;

import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Finds annotation mirrors and their values, so diagnostics can point at the exact annotation value
 * ({@code @Query("...")}) rather than only at the annotated element.
 */
public final class Annotations {
  public static final String TABLE = "dev.augur.annotations.Table";
  public static final String PARTITION_KEY = "dev.augur.annotations.PartitionKey";
  public static final String CLUSTERING_COLUMN = "dev.augur.annotations.ClusteringColumn";
  public static final String COLUMN = "dev.augur.annotations.Column";
  public static final String TRANSIENT = "dev.augur.annotations.Transient";
  public static final String DAO = "dev.augur.annotations.Dao";
  public static final String QUERY = "dev.augur.annotations.Query";
  public static final String UDT = "dev.augur.annotations.Udt";
  public static final String COUNTER = "dev.augur.annotations.Counter";
  public static final String STATIC_COLUMN = "dev.augur.annotations.StaticColumn";
  public static final String COMPUTED = "dev.augur.annotations.Computed";
  public static final String ENUMERATED = "dev.augur.annotations.Enumerated";
  public static final String CODEC = "dev.augur.annotations.Codec";
  public static final String INSERT = "dev.augur.annotations.Insert";
  public static final String SELECT = "dev.augur.annotations.Select";
  public static final String UPDATE = "dev.augur.annotations.Update";
  public static final String DELETE = "dev.augur.annotations.Delete";
  public static final String INCREMENT = "dev.augur.annotations.Increment";
  public static final String STATEMENT_ATTRIBUTES = "dev.augur.annotations.StatementAttributes";
  public static final String IDEMPOTENT = "dev.augur.annotations.Idempotent";
  public static final String QUERY_PROVIDER = "dev.augur.annotations.QueryProvider";
  public static final String INDEXED = "dev.augur.annotations.Indexed";
  public static final String VECTOR = "dev.augur.annotations.Vector";

  private Annotations() {}

  /** The annotation of type {@code qualifiedName} on {@code element}, if present. */
  public static Optional<AnnotationMirror> mirror(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  public static boolean isPresent(Element element, String qualifiedName) {
    return mirror(element, qualifiedName).isPresent();
  }

  /** The explicitly written value of {@code name}, or null when the default applies. */
  public static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The value of {@code name}, explicit or default. */
  public static Object value(AnnotationMirror mirror, String name) {
    AnnotationValue explicit = explicitValue(mirror, name);
    if (explicit != null) {
      return explicit.getValue();
    }
    for (Element member : mirror.getAnnotationType().asElement().getEnclosedElements()) {
      if (member instanceof ExecutableElement method
          && method.getSimpleName().contentEquals(name)) {
        AnnotationValue fallback = method.getDefaultValue();
        return fallback == null ? null : fallback.getValue();
      }
    }
    return null;
  }
}
