package dev.augur.processor.derived;

import com.squareup.javapoet.ClassName;
import dev.augur.processor.source.Annotations;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The entities a DAO works with: those its methods return or take, at any depth of type arguments.
 * A derived count, exists or delete names no entity of its own, so it queries the DAO's.
 */
final class DaoEntities {
  private DaoEntities() {}

  static List<TypeElement> of(TypeElement dao) {
    Set<TypeElement> entities = new LinkedHashSet<>();
    collect(dao, entities);
    return List.copyOf(entities);
  }

  private static void collect(TypeElement type, Set<TypeElement> entities) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      find(method.getReturnType(), entities);
      for (VariableElement parameter : method.getParameters()) {
        find(parameter.asType(), entities);
      }
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.DECLARED) {
        collect((TypeElement) ((DeclaredType) parent).asElement(), entities);
      }
    }
  }

  private static void find(TypeMirror type, Set<TypeElement> entities) {
    if (type.getKind() != TypeKind.DECLARED) {
      return;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    if (Annotations.isPresent(element, Annotations.TABLE)) {
      entities.add(element);
    }
    declared.getTypeArguments().forEach(argument -> find(argument, entities));
  }

  /** The element of {@code entity}, the entity a method's rows become. */
  static TypeElement element(ClassName entity, ExecutableElement method) {
    Set<TypeElement> found = new LinkedHashSet<>();
    find(method.getReturnType(), found);
    return found.stream()
        .filter(e -> ClassName.get(e).equals(entity))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no entity " + entity + " in " + method));
  }
}
