package dev.augur.processor.reader;

import dev.augur.processor.model.Construction;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Chooses how the generated mapper creates an entity: a record's canonical constructor, a class
 * constructor taking every column, or a no-argument constructor and setters, in that order.
 */
public final class ConstructionResolver {
  private final Elements elements;
  private final Types types;

  public ConstructionResolver(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  public Optional<Construction> resolve(
      TypeElement type, List<VariableElement> fields, Report report) {
    if (type.getKind() == ElementKind.RECORD) {
      return Optional.of(Construction.RECORD_CONSTRUCTOR);
    }
    List<ExecutableElement> constructors =
        ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .filter(c -> !c.getModifiers().contains(Modifier.PRIVATE))
            .toList();
    for (ExecutableElement constructor : constructors) {
      if (takesExactly(type, constructor, fields)) {
        return Optional.of(Construction.ALL_COLUMNS_CONSTRUCTOR);
      }
    }
    boolean hasNoArg = constructors.stream().anyMatch(c -> c.getParameters().isEmpty());
    List<String> missingSetters = new ArrayList<>();
    for (VariableElement field : fields) {
      // A setter, or else a field the generated mapper (in the entity's package) can assign.
      if (!hasSetter(type, field)
          && (field.getModifiers().contains(javax.lang.model.element.Modifier.FINAL)
              || !PropertyReader.visible(field, type))) {
        missingSetters.add(
            setterName(field.getSimpleName().toString())
                + "("
                + PropertyReader.typeIn(types, type, field)
                + ")");
      }
    }
    if (hasNoArg && missingSetters.isEmpty()) {
      return Optional.of(Construction.SETTERS);
    }
    String detail =
        hasNoArg
            ? "It has a no-argument constructor, but neither a setter nor an assignable"
                + " (non-private, non-final) field for "
                + String.join(", ", missingSetters)
                + "."
            : "It has no non-private no-argument constructor.";
    List<String> signature =
        fields.stream()
            .map(f -> PropertyReader.typeIn(types, type, f) + " " + f.getSimpleName())
            .toList();
    report.error(
        type, Message.NO_CONSTRUCTION, type.getSimpleName(), String.join(", ", signature), detail);
    return Optional.empty();
  }

  private boolean takesExactly(
      TypeElement type, ExecutableElement constructor, List<VariableElement> fields) {
    List<? extends VariableElement> parameters = constructor.getParameters();
    if (parameters.size() != fields.size()) {
      return false;
    }
    for (int i = 0; i < fields.size(); i++) {
      if (!types.isSameType(
          parameters.get(i).asType(), PropertyReader.typeIn(types, type, fields.get(i)))) {
        return false;
      }
    }
    return true;
  }

  private boolean hasSetter(TypeElement type, VariableElement field) {
    String name = setterName(field.getSimpleName().toString());
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (method.getSimpleName().contentEquals(name)
          && PropertyReader.visible(method, type)
          && !method.getModifiers().contains(Modifier.STATIC)
          && method.getParameters().size() == 1
          && types.isSameType(
              PropertyReader.parameterTypesIn(types, type, method).get(0),
              PropertyReader.typeIn(types, type, field))) {
        return true;
      }
    }
    return false;
  }

  /** How the mapper sets {@code field}: its setter's name, or null to assign the field itself. */
  String setterOrNull(TypeElement type, VariableElement field) {
    return hasSetter(type, field) ? setterName(field.getSimpleName().toString()) : null;
  }

  static String setterName(String property) {
    return "set" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
  }
}
