package dev.augur.processor.reader;

import com.squareup.javapoet.ClassName;
import dev.augur.processor.model.ReturnKind;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Classifies a DAO method's return type into the closed set of {@link ReturnKind}s. */
public final class ReturnTypeReader {

  /** The kind, and the entity rows become when the kind reads entities. */
  public record Classified(ReturnKind kind, ClassName entity) {}

  public Optional<Classified> read(ExecutableElement method, TypeMirror returnType, Report report) {
    String display = method.getSimpleName() + "()";
    Optional<DeclaredType> declared = declared(returnType);
    if (declared.isPresent() && declared.get().getTypeArguments().size() == 1) {
      String outer = qualifiedName(declared.get());
      TypeMirror argument = declared.get().getTypeArguments().get(0);
      if (outer.equals("java.util.concurrent.CompletionStage")) {
        return completionStage(method, display, returnType, argument, report);
      }
      if (outer.equals("java.util.concurrent.Flow.Publisher")) {
        return entity(method, display, returnType, argument, ReturnKind.PUBLISHER, report);
      }
      if (outer.equals("dev.augur.runtime.RowStream")) {
        return entity(method, display, returnType, argument, ReturnKind.ROW_STREAM, report);
      }
    }
    unsupported(method, display, returnType, report);
    return Optional.empty();
  }

  private Optional<Classified> completionStage(
      ExecutableElement method,
      String display,
      TypeMirror returnType,
      TypeMirror value,
      Report report) {
    Optional<DeclaredType> declared = declared(value);
    if (declared.isEmpty()) {
      unsupported(method, display, returnType, report);
      return Optional.empty();
    }
    String name = qualifiedName(declared.get());
    switch (name) {
      case "java.lang.Void":
        return Optional.of(new Classified(ReturnKind.VOID, null));
      case "java.lang.Long":
        return Optional.of(new Classified(ReturnKind.COUNT, null));
      case "java.lang.Boolean":
        return Optional.of(new Classified(ReturnKind.APPLIED, null));
      case "dev.augur.runtime.Page":
        if (declared.get().getTypeArguments().size() == 1) {
          return entity(
              method,
              display,
              returnType,
              declared.get().getTypeArguments().get(0),
              ReturnKind.PAGE,
              report);
        }
        unsupported(method, display, returnType, report);
        return Optional.empty();
      case "dev.augur.runtime.LwtResult":
        if (declared.get().getTypeArguments().size() == 1) {
          return entity(
              method,
              display,
              returnType,
              declared.get().getTypeArguments().get(0),
              ReturnKind.LWT,
              report);
        }
        unsupported(method, display, returnType, report);
        return Optional.empty();
      case "java.util.Optional":
      case "java.util.List":
        if (declared.get().getTypeArguments().size() == 1) {
          ReturnKind kind = name.equals("java.util.List") ? ReturnKind.LIST : ReturnKind.OPTIONAL;
          return entity(
              method, display, returnType, declared.get().getTypeArguments().get(0), kind, report);
        }
        unsupported(method, display, returnType, report);
        return Optional.empty();
      default:
        return entity(method, display, returnType, value, ReturnKind.ONE, report);
    }
  }

  private Optional<Classified> entity(
      ExecutableElement method,
      String display,
      TypeMirror returnType,
      TypeMirror candidate,
      ReturnKind kind,
      Report report) {
    Optional<DeclaredType> declared = declared(candidate);
    if (declared.isEmpty()) {
      unsupported(method, display, returnType, report);
      return Optional.empty();
    }
    TypeElement element = (TypeElement) declared.get().asElement();
    if (Annotations.isPresent(element, Annotations.TABLE)) {
      return Optional.of(new Classified(kind, ClassName.get(element)));
    }
    String name = element.getQualifiedName().toString();
    boolean userType =
        (element.getKind() == ElementKind.CLASS || element.getKind() == ElementKind.RECORD)
            && !name.startsWith("java.")
            && !name.startsWith("javax.")
            && !name.startsWith("com.datastax.oss.driver.");
    if (userType) {
      report.error(
          method, Message.RETURN_ENTITY, display, element.getSimpleName(), element.getSimpleName());
    } else {
      unsupported(method, display, returnType, report);
    }
    return Optional.empty();
  }

  private static void unsupported(
      ExecutableElement method, String display, TypeMirror returnType, Report report) {
    String supported =
        Arrays.stream(ReturnKind.values())
            .filter(kind -> kind != ReturnKind.EXISTS)
            .map(ReturnKind::display)
            .collect(Collectors.joining(", "));
    report.error(method, Message.RETURN_TYPE, display, returnType, supported);
  }

  private static Optional<DeclaredType> declared(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? Optional.of((DeclaredType) type)
        : Optional.empty();
  }

  private static String qualifiedName(DeclaredType type) {
    return ((TypeElement) type.asElement()).getQualifiedName().toString();
  }
}
