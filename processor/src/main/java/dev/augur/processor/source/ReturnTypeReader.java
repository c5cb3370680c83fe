package dev.augur.processor.source;

import com.squareup.javapoet.ClassName;
import dev.augur.processor.model.ReactiveType;
import dev.augur.processor.model.ReturnKind;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Classifies a DAO method's return type into the closed set of {@link ReturnKind}s, and for a
 * reactive library's type ({@link ReactiveType}) the kind it wraps.
 */
public final class ReturnTypeReader {
  private final Elements elements;
  private final Function<ExecutableElement, String> written;

  /**
   * @param written a method's return type as written in its source, for types that do not resolve
   *     (javac models them as {@code <any>}); empty when the compiler cannot tell
   */
  public ReturnTypeReader(Elements elements, Function<ExecutableElement, String> written) {
    this.elements = elements;
    this.written = written;
  }

  /**
   * The kind, the entity rows become when the kind reads entities, and the reactive type that
   * wraps the kind's result, or null for {@code CompletionStage} and the publishers.
   */
  public record Classified(ReturnKind kind, ClassName entity, ReactiveType reactive) {
    public Classified(ReturnKind kind, ClassName entity) {
      this(kind, entity, null);
    }
  }

  public Optional<Classified> read(ExecutableElement method, TypeMirror returnType, Report report) {
    String display = method.getSimpleName() + "()";
    if (returnType.getKind() == TypeKind.ERROR) {
      unresolved(method, display, written.apply(method), report);
      return Optional.empty();
    }
    Optional<DeclaredType> declared = declared(returnType);
    ReactiveType reactive = declared.map(d -> ReactiveType.of(qualifiedName(d))).orElse(null);
    if (reactive != null) {
      return reactive(method, display, returnType, declared.get(), reactive, report);
    }
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

  /**
   * {@code Mono<X>} and {@code Uni<X>} take what {@code CompletionStage<X>} does, but {@code
   * Optional} and {@code List} (empty is the absent row; many rows are a stream); {@code Maybe<E>}
   * is one row; {@code Single} a value that is always there; {@code Completable} no value; the
   * streams take rows.
   */
  private Optional<Classified> reactive(
      ExecutableElement method,
      String display,
      TypeMirror returnType,
      DeclaredType declared,
      ReactiveType reactive,
      Report report) {
    if (elements.getTypeElement(reactive.library().adapter().canonicalName()) == null) {
      report.error(
          method,
          Message.REACTIVE_MODULE_MISSING,
          display,
          returnType,
          reactive.library().display(),
          reactive.library().display(),
          reactive.library().artifact());
      return Optional.empty();
    }
    if (reactive == ReactiveType.COMPLETABLE) {
      return Optional.of(new Classified(ReturnKind.VOID, null, reactive));
    }
    if (declared.getTypeArguments().size() != 1) {
      reactiveForm(method, display, returnType, reactive, "", report);
      return Optional.empty();
    }
    TypeMirror argument = declared.getTypeArguments().get(0);
    if (reactive.stream()) {
      return entity(method, display, returnType, argument, ReturnKind.PUBLISHER, report)
          .map(c -> new Classified(c.kind(), c.entity(), reactive));
    }
    if (reactive == ReactiveType.MAYBE) {
      return entity(method, display, returnType, argument, ReturnKind.ONE, report)
          .map(c -> new Classified(c.kind(), c.entity(), reactive));
    }
    Optional<DeclaredType> value = declared(argument);
    String valueName = value.map(ReturnTypeReader::qualifiedName).orElse("");
    String hint =
        switch (valueName) {
          case "java.util.Optional" -> " An absent row is an empty " + reactive.simpleName() + ".";
          case "java.util.List" -> " Rows stream as " + streamOf(reactive) + "<E>.";
          default -> null;
        };
    if (hint != null) {
      reactiveForm(method, display, returnType, reactive, hint, report);
      return Optional.empty();
    }
    Optional<Classified> classified =
        completionStage(method, display, returnType, argument, report)
            .map(c -> new Classified(c.kind(), c.entity(), reactive));
    if (reactive == ReactiveType.SINGLE
        && classified.isPresent()
        && (classified.get().kind() == ReturnKind.ONE
            || classified.get().kind() == ReturnKind.VOID)) {
      String instead =
          classified.get().kind() == ReturnKind.ONE
              ? " A row that may be absent is a Maybe<E>."
              : " A call with no value is a Completable.";
      reactiveForm(method, display, returnType, reactive, instead, report);
      return Optional.empty();
    }
    return classified;
  }

  private static String streamOf(ReactiveType reactive) {
    return switch (reactive.library()) {
      case REACTOR -> "Flux";
      case MUTINY -> "Multi";
      case RXJAVA -> "Flowable";
    };
  }

  private static void reactiveForm(
      ExecutableElement method,
      String display,
      TypeMirror returnType,
      ReactiveType reactive,
      String hint,
      Report report) {
    report.error(
        method,
        Message.RETURN_REACTIVE_FORM,
        display,
        returnType,
        reactive.simpleName(),
        String.join(", ", reactive.forms()),
        hint);
  }

  /**
   * A return type that does not resolve: when it is named like a reactive library's type, the
   * library is missing, and the message names what to add. Otherwise javac reports it.
   */
  private static void unresolved(
      ExecutableElement method, String display, String written, Report report) {
    ReactiveType reactive = reactiveNamed(written);
    if (reactive != null) {
      report.error(
          method,
          Message.REACTIVE_LIBRARY_MISSING,
          display,
          written,
          reactive.library().display(),
          libraryArtifact(reactive.library()),
          reactive.library().artifact());
    }
  }

  /** Whether {@code method}'s return type does not resolve and is written like a reactive type. */
  public boolean returnsUnresolvedReactiveType(ExecutableElement method) {
    return method.getReturnType().getKind() == TypeKind.ERROR
        && reactiveNamed(written.apply(method)) != null;
  }

  private static ReactiveType reactiveNamed(String written) {
    String simple = written.replaceAll("<.*", "");
    String last = simple.substring(simple.lastIndexOf('.') + 1);
    for (ReactiveType reactive : ReactiveType.values()) {
      if (reactive.simpleName().equals(last)) {
        return reactive;
      }
    }
    return null;
  }

  private static String libraryArtifact(ReactiveType.Library library) {
    return switch (library) {
      case REACTOR -> "io.projectreactor:reactor-core";
      case MUTINY -> "io.smallrye.reactive:mutiny";
      case RXJAVA -> "io.reactivex.rxjava3:rxjava";
    };
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
        Stream.concat(
                Arrays.stream(ReturnKind.values())
                    .filter(kind -> kind != ReturnKind.EXISTS)
                    .map(ReturnKind::display),
                Arrays.stream(ReactiveType.values()).flatMap(r -> r.forms().stream()))
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
