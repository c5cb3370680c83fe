package dev.augur.processor.reader;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import dev.augur.processor.codegen.GeneratedNames;
import dev.augur.processor.codegen.RuntimeTypes;
import dev.augur.processor.model.QueryMethodModel.EntityArgument;
import dev.augur.processor.model.QueryMethodModel.JavaParameter;
import dev.augur.processor.model.ReturnKind;
import dev.augur.processor.source.Annotations;
import dev.augur.processor.source.TypeMapper;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What every statement method reads the same way, whatever its annotation: execution settings
 * ({@code @StatementAttributes} and a trailing {@code StatementOptions}), an {@code @Idempotent}
 * override, and parameters that hold entities.
 */
final class MethodSupport {
  private static final Set<String> CONSISTENCY_LEVELS =
      Set.of(
          "ANY",
          "ONE",
          "TWO",
          "THREE",
          "QUORUM",
          "ALL",
          "LOCAL_ONE",
          "LOCAL_QUORUM",
          "EACH_QUORUM",
          "SERIAL",
          "LOCAL_SERIAL");
  private static final Set<String> SERIAL_LEVELS = Set.of("SERIAL", "LOCAL_SERIAL");
  private static final Set<String> COLLECTIONS =
      Set.of("java.lang.Iterable", "java.util.Collection", "java.util.List", "java.util.Set");

  private MethodSupport() {}

  /** The Java parameters, as the override must declare them. */
  static List<JavaParameter> signature(ExecutableElement method, ExecutableType type) {
    List<JavaParameter> parameters = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      parameters.add(
          new JavaParameter(
              method.getParameters().get(i).getSimpleName().toString(),
              TypeName.get(type.getParameterTypes().get(i))));
    }
    return parameters;
  }

  /** The name of the {@code StatementOptions} parameter (by convention the last), if any. */
  static String optionsParameter(ExecutableElement method) {
    for (VariableElement parameter : method.getParameters()) {
      if (TypeMapper.isStatementOptions(parameter)) {
        return parameter.getSimpleName().toString();
      }
    }
    return null;
  }

  private static final Set<String> SPECIAL =
      Set.of(
          "dev.augur.runtime.StatementOptions",
          "dev.augur.runtime.StreamOptions",
          "dev.augur.runtime.PageRequest");

  /**
   * Whether {@code parameter} configures the call rather than binding a marker: a {@code
   * StatementOptions}, {@code StreamOptions} or {@code PageRequest}.
   */
  static boolean isSpecial(VariableElement parameter) {
    return parameter.asType().getKind() == TypeKind.DECLARED
        && SPECIAL.contains(
            ((TypeElement) ((DeclaredType) parameter.asType()).asElement())
                .getQualifiedName()
                .toString());
  }

  /**
   * The parameter passed to the final runtime call: the {@code PageRequest} a page method must
   * take, or the {@code StreamOptions} a stream may take. Reports one in the wrong place.
   */
  static Optional<String> callArgument(
      ExecutableElement method, String display, ReturnKind kind, Report report) {
    String pageRequest = null;
    String streamOptions = null;
    for (VariableElement parameter : method.getParameters()) {
      String type = parameter.asType().toString();
      if (type.equals("dev.augur.runtime.PageRequest")) {
        pageRequest = parameter.getSimpleName().toString();
        if (kind != ReturnKind.PAGE) {
          report.error(
              parameter,
              Message.SPECIAL_PARAMETER,
              display,
              "PageRequest",
              "CompletionStage<Page<E>>");
        }
      } else if (type.equals("dev.augur.runtime.StreamOptions")) {
        streamOptions = parameter.getSimpleName().toString();
        if (kind != ReturnKind.PUBLISHER && kind != ReturnKind.ROW_STREAM) {
          report.error(
              parameter,
              Message.SPECIAL_PARAMETER,
              display,
              "StreamOptions",
              "Flow.Publisher<E> or RowStream<E>");
        }
      }
    }
    if (kind == ReturnKind.PAGE && pageRequest == null) {
      report.error(method, Message.PAGE_REQUEST_MISSING, display);
    }
    return Optional.ofNullable(kind == ReturnKind.PAGE ? pageRequest : streamOptions);
  }

  /** The explicit {@code @Idempotent} value, if any. */
  static Optional<Boolean> idempotenceOverride(ExecutableElement method) {
    return Annotations.mirror(method, Annotations.IDEMPOTENT)
        .map(m -> (Boolean) Annotations.value(m, "value"));
  }

  // StatementOptions.fromAttributes("LOCAL_QUORUM", "", -1, "", "", false)
  /** The {@code StatementOptions} expression of {@code @StatementAttributes}, checked; or null. */
  static CodeBlock statementOptions(ExecutableElement method, Report report) {
    Optional<AnnotationMirror> attributes =
        Annotations.mirror(method, Annotations.STATEMENT_ATTRIBUTES);
    if (attributes.isEmpty()) {
      return null;
    }
    AnnotationMirror mirror = attributes.get();
    String consistency = checkLevel(method, mirror, "consistency", CONSISTENCY_LEVELS, report);
    String serial = checkLevel(method, mirror, "serialConsistency", SERIAL_LEVELS, report);
    int pageSize = (Integer) Annotations.value(mirror, "pageSize");
    AnnotationValue pageValue = Annotations.explicitValue(mirror, "pageSize");
    if (pageValue != null && pageSize <= 0) {
      report.error(method, mirror, pageValue, Message.ATTRIBUTE_PAGE_SIZE, pageSize);
    }
    String timeout = (String) Annotations.value(mirror, "timeout");
    if (!timeout.isEmpty() && !timeout.trim().matches("\\d+\\s*(ms|s|m)")) {
      report.error(
          method,
          mirror,
          Annotations.explicitValue(mirror, "timeout"),
          Message.ATTRIBUTE_TIMEOUT,
          timeout);
    }
    return CodeBlock.of(
        "$T.fromAttributes($S, $S, $L, $S, $S, $L)",
        RuntimeTypes.STATEMENT_OPTIONS,
        consistency,
        serial,
        pageSize,
        timeout,
        Annotations.value(mirror, "executionProfile"),
        Annotations.value(mirror, "tracing"));
  }

  private static String checkLevel(
      ExecutableElement method,
      AnnotationMirror mirror,
      String member,
      Set<String> allowed,
      Report report) {
    String level = (String) Annotations.value(mirror, member);
    if (!level.isEmpty() && !allowed.contains(level)) {
      report.error(
          method,
          mirror,
          Annotations.explicitValue(mirror, member),
          Message.ATTRIBUTE_CONSISTENCY,
          level,
          member,
          String.join(", ", allowed.stream().sorted().toList()));
    }
    return level;
  }

  /** The {@code @Table} type of a parameter holding one entity, if it is one. */
  static Optional<TypeElement> entityType(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return Annotations.isPresent(element, Annotations.TABLE)
        ? Optional.of(element)
        : Optional.empty();
  }

  /**
   * The {@code @Table} element type of an {@code Iterable}/{@code Collection}/{@code List}/{@code
   * Set}.
   */
  static Optional<TypeElement> entityCollectionType(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    if (!COLLECTIONS.contains(name) || declared.getTypeArguments().size() != 1) {
      return Optional.empty();
    }
    TypeMirror element = declared.getTypeArguments().get(0);
    if (element.getKind() == TypeKind.WILDCARD) {
      TypeMirror bound = ((javax.lang.model.type.WildcardType) element).getExtendsBound();
      if (bound == null) {
        return Optional.empty();
      }
      element = bound;
    }
    return entityType(element);
  }

  /** An entity argument for {@code parameter}, one entity or a batch of them. */
  static EntityArgument entityArgument(
      VariableElement parameter,
      TypeElement entity,
      boolean batch,
      String nullSaving,
      String batchKind) {
    ClassName entityClass = ClassName.get(entity);
    return new EntityArgument(
        parameter.getSimpleName().toString(),
        GeneratedNames.entityMapper(entityClass),
        nullSaving,
        batch ? batchKind : null,
        entityClass);
  }
}
