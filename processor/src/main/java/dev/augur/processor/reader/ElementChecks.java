package dev.augur.processor.reader;

import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Facts about annotated types that both readers check. */
final class ElementChecks {
  private ElementChecks() {}

  /**
   * Why generated code in the same package cannot see {@code type}: "" when it is private itself, "
   * (inside private Outer.In)" when an enclosing type is; null when nothing private is in the way.
   */
  static String privacy(TypeElement type) {
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      return "";
    }
    for (Element outer = type.getEnclosingElement();
        outer != null && outer.getKind() != ElementKind.PACKAGE;
        outer = outer.getEnclosingElement()) {
      if (outer.getModifiers().contains(Modifier.PRIVATE) && outer instanceof TypeElement t) {
        return " (inside private " + t.getQualifiedName() + ")";
      }
    }
    return null;
  }

  /** "an interface", "an enum", "a class"..., for messages. */
  static String kindName(TypeElement type) {
    return switch (type.getKind()) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case ANNOTATION_TYPE -> "an annotation type";
      case RECORD -> "a record";
      case CLASS -> "a class";
      default -> type.getKind().toString().toLowerCase(Locale.ROOT);
    };
  }
}
