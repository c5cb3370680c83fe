package dev.augur.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The errors found in one annotated type. Readers and validators add to it; the processor prints
 * it, and generates code for the type only when it {@link #isClean() is clean}.
 */
public final class Report {
  private final List<Entry> errors = new ArrayList<>();
  private final List<Entry> warnings = new ArrayList<>();

  /** An error on an element. */
  public void error(Element element, Message message, Object... arguments) {
    errors.add(new Entry(element, null, null, message.format(arguments)));
  }

  /** An error on an annotation of an element, or on one of its values when {@code value} is set. */
  public void error(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... arguments) {
    errors.add(new Entry(element, annotation, value, message.format(arguments)));
  }

  /**
   * A warning on an annotation value: the code is generated, but the user should know, as for
   * statements Cassandra runs with a warning.
   */
  public void warning(
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value,
      Message message,
      Object... arguments) {
    warnings.add(new Entry(element, annotation, value, message.format(arguments)));
  }

  /** Whether there are no errors; warnings do not count. */
  public boolean isClean() {
    return errors.isEmpty();
  }

  /** Prints every error and warning, pointing at its element and annotation value. */
  public void printTo(Messager messager) {
    for (Entry entry : warnings) {
      messager.printMessage(
          Diagnostic.Kind.WARNING, entry.message, entry.element, entry.annotation, entry.value);
    }
    for (Entry entry : errors) {
      messager.printMessage(
          Diagnostic.Kind.ERROR, entry.message, entry.element, entry.annotation, entry.value);
    }
  }

  private record Entry(
      Element element, AnnotationMirror annotation, AnnotationValue value, String message) {}
}
