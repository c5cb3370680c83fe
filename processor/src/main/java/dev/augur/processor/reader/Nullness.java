package dev.augur.processor.reader;

import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * Whether a property is declared never to hold null. Kotlin's non-null types reach the processor
 * (through kapt's stubs) as {@code @org.jetbrains.annotations.NotNull} on the field; Java code
 * says the same with JSpecify's, Jakarta's, JSR 305's or Android's annotation, on the field or as a
 * type annotation. The annotations are matched by simple name, so none of those libraries needs to
 * be on the processor path.
 */
final class Nullness {
  private static final Set<String> NON_NULL = Set.of("NotNull", "NonNull", "Nonnull");

  private Nullness() {}

  static boolean declaredNonNull(Element property, TypeMirror type) {
    return any(property.getAnnotationMirrors()) || any(type.getAnnotationMirrors());
  }

  private static boolean any(List<? extends AnnotationMirror> annotations) {
    for (AnnotationMirror annotation : annotations) {
      if (NON_NULL.contains(annotation.getAnnotationType().asElement().getSimpleName().toString())) {
        return true;
      }
    }
    return false;
  }
}
