package dev.augur.processor.reader;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.augur.processor.check.QueryValidator;
import dev.augur.processor.codegen.GeneratedNames;
import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.model.MappedType;
import dev.augur.processor.model.ParameterModel;
import dev.augur.processor.model.QueryMethodModel;
import dev.augur.processor.model.QueryMethodModel.EntityArgument;
import dev.augur.processor.model.TableModel;
import dev.augur.processor.source.Annotations;
import dev.augur.processor.source.ReturnTypeReader;
import dev.augur.processor.source.TypeMapper;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;

/**
 * Reads a {@code @Query} method: its statement, its parameters and the markers they bind (an entity
 * parameter binds the markers named after its columns), a trailing {@code StatementOptions}, and
 * its return type. Errors about the statement point at the {@code @Query} value.
 */
public final class QueryMethodReader {
  private final TypeMapper typeMapper;
  private final ReturnTypeReader returnTypes;
  private final Function<TypeElement, Optional<TableModel>> tables;
  private final QueryValidator validator;

  public QueryMethodReader(
      TypeMapper typeMapper,
      ReturnTypeReader returnTypes,
      Function<TypeElement, Optional<TableModel>> tables,
      QueryValidator validator) {
    this.typeMapper = typeMapper;
    this.returnTypes = returnTypes;
    this.tables = tables;
    this.validator = validator;
  }

  public Optional<QueryMethodModel> read(
      String daoName, ExecutableElement method, ExecutableType signature, Report report) {
    String display = daoName + "." + method.getSimpleName() + "()";
    AnnotationMirror query = Annotations.mirror(method, Annotations.QUERY).orElseThrow();
    AnnotationValue cqlValue = Annotations.explicitValue(query, "value");
    if (cqlValue == null) {
      return Optional.empty(); // @Query without a value: javac reports it
    }
    String cql = (String) cqlValue.getValue();
    boolean clean = true;

    if (!method.getTypeParameters().isEmpty()) {
      report.error(method, Message.METHOD_GENERIC, display);
      clean = false;
    }
    Optional<ReturnTypeReader.Classified> returned =
        returnTypes.read(method, signature.getReturnType(), report);
    clean &= returned.isPresent();

    String optionsParameter = MethodSupport.optionsParameter(method);
    EntityArgument entityArgument = null;
    Set<String> entityColumns = new HashSet<>();
    List<MarkerBinder.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement parameter = method.getParameters().get(i);
      if (MethodSupport.isSpecial(parameter)) {
        continue; // options and page requests configure the call; they bind no marker
      }
      Optional<TypeElement> entity = MethodSupport.entityType(signature.getParameterTypes().get(i));
      if (entity.isPresent() && entityArgument == null) {
        entityArgument =
            MethodSupport.entityArgument(parameter, entity.get(), false, nullSaving(query), null);
        Optional<TableModel> table = tables.apply(entity.get());
        table.ifPresent(
            t -> t.columns().forEach(c -> entityColumns.add(CqlNames.internal(c.cqlName()))));
        // The entity's writer reads every column: one it cannot read would fail every call.
        List<String> unreadable = table.map(TableModel::unreadableProperties).orElse(List.of());
        if (!unreadable.isEmpty()) {
          report.error(
              parameter,
              Message.QUERY_ENTITY_UNREADABLE,
              display,
              parameter.getSimpleName(),
              entity.get().getSimpleName(),
              String.join(", ", unreadable));
          clean = false;
        }
        continue;
      }
      Optional<MappedType> type = typeMapper.map(parameter, signature.getParameterTypes().get(i));
      if (type.isEmpty()) {
        report.error(
            parameter,
            Message.UNMAPPABLE_TYPE,
            "parameter " + parameter.getSimpleName(),
            parameter.asType(),
            TypeMapper.supportedTypes());
        clean = false;
        // Its marker is not unbound, only its type is wrong: one error, not two.
        entityColumns.add(CqlNames.internal(parameter.getSimpleName().toString()));
        continue;
      }
      candidates.add(new MarkerBinder.Candidate(parameter, type.get()));
    }

    AnnotationValue nullSaving = Annotations.explicitValue(query, "nullSaving");
    if (nullSaving != null && entityArgument == null) {
      report.error(method, query, nullSaving, Message.QUERY_NULL_SAVING_UNUSED, display);
      clean = false;
    }
    if (cql.isBlank()) {
      report.error(method, query, cqlValue, Message.QUERY_EMPTY, display);
      return Optional.empty();
    }
    Optional<List<ParameterModel>> parameters =
        MarkerBinder.bind(
            display,
            cql,
            new MarkerBinder.Location(method, query, cqlValue),
            candidates,
            entityColumns,
            report);
    clean &= parameters.isPresent();

    ClassName tableMapper = null;
    if (cql.contains("${")) {
      ClassName tableEntity =
          returned.map(ReturnTypeReader.Classified::entity).orElse(null) != null
              ? returned.get().entity()
              : entityArgument != null ? (ClassName) entityArgument.elementType() : null;
      if (tableEntity == null) {
        report.error(method, query, cqlValue, Message.PLACEHOLDER_WITHOUT_ENTITY, display);
        clean = false;
      } else {
        tableMapper = GeneratedNames.entityMapper(tableEntity);
      }
    }
    var options = MethodSupport.statementOptions(method, report);
    String callArgument =
        returned
            .flatMap(r -> MethodSupport.callArgument(method, display, r.kind(), report))
            .orElse(null);
    // The statement against the schema: Cassandra's rules, marker and result types. It runs
    // whenever this method's own signature is sound, so that every method's errors are reported.
    QueryValidator.Validated validated =
        !clean
            ? null
            : validator.validate(
                "@Query on " + display,
                cql,
                parameters.get(),
                returned.get().kind(),
                signature.getReturnType(),
                entityArgument != null && returned.get().entity() == null
                    ? entityParameterType(method, signature)
                    : signature.getReturnType(),
                new QueryValidator.Location(method, query, cqlValue),
                report);
    if (!clean || !report.isClean()) {
      return Optional.empty();
    }
    ReturnTypeReader.Classified classified = returned.get();
    boolean idempotent = MethodSupport.idempotenceOverride(method).orElse(validated.idempotent());
    return Optional.of(
        new QueryMethodModel(
            method.getSimpleName().toString(),
            validated.cql(),
            idempotent,
            parameters.get(),
            classified.kind(),
            TypeName.get(signature.getReturnType()),
            classified.entity(),
            classified.entity() == null ? null : GeneratedNames.entityMapper(classified.entity()),
            method,
            entityArgument,
            tableMapper,
            options,
            optionsParameter,
            MethodSupport.signature(method, signature),
            callArgument,
            validated.unqualifiedTables(),
            classified.reactive()));
  }

  /** The {@code NullSaving} constant {@code @Query} names, {@code DO_NOT_SET} by default. */
  private static String nullSaving(AnnotationMirror query) {
    Object value = Annotations.value(query, "nullSaving");
    return value == null ? "DO_NOT_SET" : value.toString();
  }

  /** The type of the entity parameter, whose table the placeholders name when rows are not read. */
  private static javax.lang.model.type.TypeMirror entityParameterType(
      ExecutableElement method, ExecutableType signature) {
    for (int i = 0; i < method.getParameters().size(); i++) {
      if (MethodSupport.entityType(signature.getParameterTypes().get(i)).isPresent()) {
        return signature.getParameterTypes().get(i);
      }
    }
    return null;
  }
}
