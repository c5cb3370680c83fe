package dev.augur.processor.reader;

import java.util.Optional;
import java.util.function.Predicate;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Finds a type in an element's signatures that has not resolved yet, such as a class another
 * processor will generate in a later round. The processor defers such elements rather than
 * reporting errors that would vanish a round later.
 */
public final class Unresolved {
  private Unresolved() {}

  /** The first unresolved type among the fields of an entity, if any. */
  public static Optional<TypeMirror> inFields(TypeElement type) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC)) {
        Optional<TypeMirror> error = in(field.asType(), t -> false);
        if (error.isPresent()) {
          return error;
        }
      }
    }
    return Optional.empty();
  }

  /** The first unresolved type among the method signatures of a DAO, if any. */
  public static Optional<TypeMirror> inMethods(TypeElement type) {
    return inMethods(type, t -> false);
  }

  /**
   * The first type among the method signatures of a DAO that is unresolved or {@code pending} (an
   * entity deferred to a later round, whose mapper does not exist yet), if any.
   */
  public static Optional<TypeMirror> inMethods(TypeElement type, Predicate<TypeMirror> pending) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Optional<TypeMirror> error = in(method.getReturnType(), pending);
      for (VariableElement parameter : method.getParameters()) {
        error = error.or(() -> in(parameter.asType(), pending));
      }
      if (error.isPresent()) {
        return error;
      }
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent.getKind() == TypeKind.ERROR) {
        return Optional.of(parent);
      }
      TypeElement element = (TypeElement) ((DeclaredType) parent).asElement();
      if (element.getKind() == ElementKind.INTERFACE) {
        Optional<TypeMirror> error = inMethods(element, pending);
        if (error.isPresent()) {
          return error;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<TypeMirror> in(TypeMirror type, Predicate<TypeMirror> pending) {
    if (type.getKind() == TypeKind.ERROR || pending.test(type)) {
      return Optional.of(type);
    }
    if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
        Optional<TypeMirror> error = in(argument, pending);
        if (error.isPresent()) {
          return error;
        }
      }
    }
    return Optional.empty();
  }
}
