package dev.augur.processor.reader;

import dev.augur.processor.source.Annotations;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;

/**
 * A CRUD method while it is read: its display name for messages, its annotation's simple name, the
 * element and its signature as a member of the DAO, and the annotation with its values.
 *
 * @param optionsParameter the name of its {@code StatementOptions} parameter, or null
 */
record CrudMethod(
    String display,
    String kind,
    ExecutableElement element,
    ExecutableType signature,
    AnnotationMirror annotation,
    String optionsParameter) {

  /** The parameters that are neither the entity argument nor the trailing options. */
  List<VariableElement> parameters(int skipFirst) {
    List<? extends VariableElement> all = element.getParameters();
    List<VariableElement> rest =
        new ArrayList<>(all.subList(Math.min(skipFirst, all.size()), all.size()));
    rest.removeIf(MethodSupport::isSpecial); // they configure the call, binding no marker
    return rest;
  }

  String text(String member) {
    return (String) Annotations.value(annotation, member);
  }

  boolean flag(String member) {
    return (Boolean) Annotations.value(annotation, member);
  }
}
