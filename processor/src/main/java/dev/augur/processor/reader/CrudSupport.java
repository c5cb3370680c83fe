package dev.augur.processor.reader;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import dev.augur.processor.check.QueryValidator;
import dev.augur.processor.codegen.GeneratedNames;
import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.MappedType;
import dev.augur.processor.model.ParameterModel;
import dev.augur.processor.model.QueryMethodModel;
import dev.augur.processor.model.QueryMethodModel.EntityArgument;
import dev.augur.processor.model.ReturnKind;
import dev.augur.processor.model.TableModel;
import dev.augur.processor.source.Annotations;
import dev.augur.processor.source.ReturnTypeReader;
import dev.augur.processor.source.TypeMapper;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * What the CRUD readers share once a statement is written: the entity argument of writes, the
 * return type a (conditional) write may have, the binding of remaining parameters to markers, the
 * {@code USING} and {@code IF} clauses, and the entity models the methods use.
 */
final class CrudSupport {
  final TypeMapper typeMapper;
  final ReturnTypeReader returnTypes;
  final Function<TypeElement, Optional<TableModel>> tables;
  final Elements elements;
  private final QueryValidator validator;

  CrudSupport(
      TypeMapper typeMapper,
      ReturnTypeReader returnTypes,
      Function<TypeElement, Optional<TableModel>> tables,
      Elements elements,
      QueryValidator validator) {
    this.typeMapper = typeMapper;
    this.returnTypes = returnTypes;
    this.tables = tables;
    this.elements = elements;
    this.validator = validator;
  }

  /** The entity an insert, update or delete writes, from its first parameter. */
  record Written(EntityArgument argument, TableModel table) {}

  Optional<Written> writtenEntity(CrudMethod method, Report report) {
    List<? extends VariableElement> all = method.element().getParameters();
    TypeMirror first = all.isEmpty() ? null : method.signature().getParameterTypes().get(0);
    Optional<TypeElement> single =
        first == null ? Optional.empty() : MethodSupport.entityType(first);
    Optional<TypeElement> many =
        first == null ? Optional.empty() : MethodSupport.entityCollectionType(first);
    if (single.isEmpty() && many.isEmpty()) {
      report.error(
          method.element(),
          method.annotation(),
          null,
          Message.CRUD_ENTITY_PARAMETER,
          method.display(),
          method.kind());
      return Optional.empty();
    }
    TypeElement entity = single.orElseGet(many::get);
    Optional<TableModel> table = table(method, entity, report);
    if (table.isEmpty()) {
      return Optional.empty();
    }
    if (table.get().isCounterTable() && !method.kind().equals("Delete")) {
      report.error(
          method.element(),
          method.annotation(),
          null,
          Message.COUNTER_TABLE_WRITE,
          method.display(),
          method.kind(),
          table.get().entity().simpleName());
      return Optional.empty();
    }
    List<String> unreadable = table.get().unreadableProperties();
    if (!unreadable.isEmpty()) {
      report.error(
          method.element(),
          method.annotation(),
          null,
          Message.CRUD_UNREADABLE,
          method.display(),
          method.kind(),
          String.join(", ", unreadable),
          entity.getSimpleName());
      return Optional.empty();
    }
    String nullSaving =
        method.kind().equals("Delete")
            ? "DO_NOT_SET"
            : String.valueOf(Annotations.value(method.annotation(), "nullSaving"));
    String batch = String.valueOf(Annotations.value(method.annotation(), "batch"));
    return Optional.of(
        new Written(
            MethodSupport.entityArgument(all.get(0), entity, many.isPresent(), nullSaving, batch),
            table.get()));
  }

  Optional<QueryMethodModel> statement(
      CrudMethod method,
      Written written,
      TableModel table,
      String cql,
      boolean lwt,
      boolean idempotent,
      Report report) {
    if (lwt && written.argument().isBatch()) {
      report.error(
          method.element(),
          method.annotation(),
          null,
          Message.LWT_BATCH,
          method.display(),
          method.kind());
      return Optional.empty();
    }
    return finish(method, written.argument(), table, cql, null, lwt, idempotent, report);
  }

  /**
   * The model, once the return type fits. {@code keyParameters} are bound by position; when null,
   * every remaining parameter binds a marker by name.
   */
  Optional<QueryMethodModel> finish(
      CrudMethod method,
      EntityArgument argument,
      TableModel table,
      String cql,
      List<ParameterModel> keyParameters,
      boolean lwt,
      boolean idempotent,
      Report report) {
    Optional<ReturnTypeReader.Classified> returned =
        returnTypes.read(method.element(), method.signature().getReturnType(), report);
    if (returned.isEmpty()) {
      return Optional.empty();
    }
    ReturnKind kind = returned.get().kind();
    ClassName entity = table.entity();
    if (!method.kind().equals("Select")) {
      boolean fits =
          lwt
              ? kind == ReturnKind.APPLIED
                  || (kind == ReturnKind.LWT && entity.equals(returned.get().entity()))
              : kind == ReturnKind.VOID;
      if (!fits) {
        report.error(
            method.element(),
            method.annotation(),
            null,
            lwt ? Message.LWT_RETURN : Message.WRITE_RETURN,
            method.display(),
            lwt ? method.kind().toLowerCase(java.util.Locale.ROOT) : method.kind(),
            method.signature().getReturnType(),
            entity.simpleName());
        return Optional.empty();
      }
      if (argument != null && argument.isBatch() && kind != ReturnKind.VOID) {
        report.error(
            method.element(),
            Message.WRITE_RETURN,
            method.display(),
            method.kind(),
            method.signature().getReturnType());
        return Optional.empty();
      }
    }
    List<ParameterModel> parameters = new ArrayList<>();
    List<MarkerBinder.Candidate> candidates = new ArrayList<>();
    int skip = argument == null ? 0 : 1;
    List<VariableElement> rest = method.parameters(skip);
    if (keyParameters != null) {
      parameters.addAll(keyParameters);
      Set<String> bound =
          keyParameters.stream().map(ParameterModel::name).collect(Collectors.toSet());
      rest.removeIf(p -> bound.contains(p.getSimpleName().toString()));
    }
    for (VariableElement parameter : rest) {
      Optional<MappedType> type = typeMapper.map(parameter, parameter.asType());
      if (type.isEmpty()) {
        report.error(
            parameter,
            Message.UNMAPPABLE_TYPE,
            "parameter " + parameter.getSimpleName(),
            parameter.asType(),
            TypeMapper.supportedTypes());
        return Optional.empty();
      }
      candidates.add(new MarkerBinder.Candidate(parameter, type.get()));
    }
    // Markers Augur wrote (key and entity columns) are bound already; the rest need parameters.
    Set<String> prebound = new java.util.HashSet<>();
    table.columns().forEach(c -> prebound.add(CqlNames.internal(c.cqlName())));
    if (argument == null) {
      prebound.clear();
      parameters.forEach(p -> prebound.add(CqlNames.internal(p.marker())));
    }
    Optional<List<ParameterModel>> named =
        MarkerBinder.bind(
            method.display(),
            cql,
            new MarkerBinder.Location(method.element(), method.annotation(), null),
            candidates,
            prebound,
            report);
    if (named.isEmpty()) {
      return Optional.empty();
    }
    parameters.addAll(named.get());
    checkCustomClause(method, table, cql, parameters, kind, report);
    CodeBlock options = MethodSupport.statementOptions(method.element(), report);
    String callArgument =
        MethodSupport.callArgument(method.element(), method.display(), kind, report).orElse(null);
    if (!report.isClean()) {
      return Optional.empty();
    }
    return Optional.of(
        new QueryMethodModel(
            method.element().getSimpleName().toString(),
            cql,
            MethodSupport.idempotenceOverride(method.element()).orElse(idempotent),
            sortByDeclaration(method, parameters),
            kind,
            TypeName.get(method.signature().getReturnType()),
            returned.get().entity(),
            returned.get().entity() == null
                ? null
                : GeneratedNames.entityMapper(returned.get().entity()),
            method.element(),
            argument,
            GeneratedNames.entityMapper(entity),
            options,
            method.optionsParameter(),
            MethodSupport.signature(method.element(), method.signature()),
            callArgument,
            List.of(), // tables are ${qualifiedTable}: the DAO's keyspace fills it
            returned.get().reactive()));
  }

  /**
   * A statement with a clause of the user's ({@code customWhere}, {@code customIfClause}) or an ANN
   * ordering ({@code orderByAnn}, whose rules are the checker's alone) goes through the statement
   * checker as a {@code @Query} does, its findings reported on that clause. What Augur writes from
   * the model alone is right by construction and is not checked again.
   */
  private void checkCustomClause(
      CrudMethod method,
      TableModel table,
      String cql,
      List<ParameterModel> parameters,
      ReturnKind kind,
      Report report) {
    String member =
        written(method, "orderByAnn")
            ? "orderByAnn"
            : written(method, "customWhere")
                ? "customWhere"
                : written(method, "customIfClause") ? "customIfClause" : null;
    if (member == null || !report.isClean()) {
      return;
    }
    TypeElement entity = element(table.entity());
    validator.validate(
        "@" + method.kind() + " on " + method.display(),
        cql,
        parameters,
        kind,
        method.signature().getReturnType(),
        entity == null ? null : entity.asType(),
        new QueryValidator.Location(
            method.element(),
            method.annotation(),
            Annotations.explicitValue(method.annotation(), member)),
        report);
  }

  private static boolean written(CrudMethod method, String member) {
    String text = method.text(member);
    return text != null && !text.isBlank();
  }

  static List<ParameterModel> sortByDeclaration(
      CrudMethod method, List<ParameterModel> parameters) {
    List<String> order =
        method.element().getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
    return parameters.stream()
        .sorted(java.util.Comparator.comparingInt(p -> order.indexOf(p.name())))
        .toList();
  }

  String using(CrudMethod method, boolean lwt, Report report) {
    String ttl = method.text("ttl").trim();
    String timestamp = method.text("timestamp").trim();
    checkUsingValue(method, "ttl", ttl, report);
    checkUsingValue(method, "timestamp", timestamp, report);
    if (lwt && !timestamp.isEmpty()) {
      report.error(
          method.element(),
          method.annotation(),
          Annotations.explicitValue(method.annotation(), "timestamp"),
          Message.LWT_TIMESTAMP,
          method.display());
    }
    return CqlWriter.using(ttl, timestamp);
  }

  String condition(CrudMethod method, Report report) {
    boolean ifExists = method.flag("ifExists");
    String customIf = method.text("customIfClause");
    if (ifExists && !customIf.isBlank()) {
      report.error(
          method.element(), method.annotation(), null, Message.LWT_EXCLUSIVE, method.display());
    }
    return CqlWriter.condition(ifExists, customIf);
  }

  static void checkUsingValue(CrudMethod method, String member, String value, Report report) {
    if (!value.isEmpty() && !value.matches("\\d+|:[A-Za-z_][A-Za-z0-9_]*|:\"[^\"]+\"")) {
      report.error(
          method.element(),
          method.annotation(),
          Annotations.explicitValue(method.annotation(), member),
          Message.USING_VALUE,
          member,
          value);
    }
  }

  static List<String> orderBy(CrudMethod method) {
    Object value = Annotations.value(method.annotation(), "orderBy");
    List<String> terms = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        terms.add(String.valueOf(((javax.lang.model.element.AnnotationValue) item).getValue()));
      }
    }
    return terms;
  }

  Optional<TableModel> namedEntity(CrudMethod method, String member, Report report) {
    Object value = Annotations.value(method.annotation(), member);
    if (!(value instanceof DeclaredType declared)) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) declared.asElement();
    if (!Annotations.isPresent(element, Annotations.TABLE)) {
      return Optional.empty();
    }
    return table(method, element, report);
  }

  /** The entity's model; when it has errors of its own, says so on this method too. */
  Optional<TableModel> table(CrudMethod method, TypeElement entity, Report report) {
    Optional<TableModel> table = tables.apply(entity);
    if (table.isEmpty()) {
      report.error(
          method.element(), Message.ENTITY_INVALID, method.display(), entity.getSimpleName());
    }
    return table;
  }

  TypeElement element(ClassName name) {
    return name == null ? null : elements.getTypeElement(name.canonicalName());
  }

  static String names(List<ColumnModel> columns) {
    return columns.stream().map(ColumnModel::cqlName).collect(Collectors.joining(", "));
  }
}
