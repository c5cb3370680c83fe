package dev.augur.processor.reader;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import dev.augur.processor.codegen.GeneratedNames;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.ColumnModel.Role;
import dev.augur.processor.model.MappedType;
import dev.augur.processor.model.ParameterModel;
import dev.augur.processor.model.QueryMethodModel;
import dev.augur.processor.model.QueryMethodModel.EntityArgument;
import dev.augur.processor.model.ReturnKind;
import dev.augur.processor.model.TableModel;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads the CRUD methods ({@code @Insert}, {@code @Select}, {@code @Update}, {@code @Delete},
 * {@code @Increment}) into the same {@link QueryMethodModel} a {@code @Query} becomes, with the CQL
 * written from the entity's model by {@link CqlWriter}. Everything about the method that can be
 * wrong is reported here, on the method's annotation.
 */
public final class CrudMethodReader {
  private final TypeMapper typeMapper;
  private final ReturnTypeReader returnTypes;
  private final Function<TypeElement, Optional<TableModel>> tables;
  private final KeyParameters keys = new KeyParameters();
  private final Elements elements;

  public CrudMethodReader(
      TypeMapper typeMapper,
      ReturnTypeReader returnTypes,
      Function<TypeElement, Optional<TableModel>> tables,
      Elements elements) {
    this.typeMapper = typeMapper;
    this.returnTypes = returnTypes;
    this.tables = tables;
    this.elements = elements;
  }

  /** What every CRUD method shares while it is read. */
  private record Method(
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

  public Optional<QueryMethodModel> read(
      String daoName,
      ExecutableElement element,
      ExecutableType signature,
      String annotationName,
      Report report) {
    String kind = annotationName.substring(annotationName.lastIndexOf('.') + 1);
    Method method =
        new Method(
            daoName + "." + element.getSimpleName() + "()",
            kind,
            element,
            signature,
            Annotations.mirror(element, annotationName).orElseThrow(),
            MethodSupport.optionsParameter(element));
    if (!element.getTypeParameters().isEmpty()) {
      report.error(element, Message.METHOD_GENERIC, method.display());
      return Optional.empty();
    }
    return switch (kind) {
      case "Insert" -> readInsert(method, report);
      case "Update" -> readUpdate(method, report);
      case "Delete" -> readDelete(method, report);
      case "Select" -> readSelect(method, report);
      case "Increment" -> readIncrement(method, report);
      default -> throw new AssertionError(kind);
    };
  }

  // INSERT INTO ${qualifiedTable} (a, b) VALUES (:a, :b) [IF NOT EXISTS] [USING TTL :ttl]
  private Optional<QueryMethodModel> readInsert(Method method, Report report) {
    Optional<Written> written = writtenEntity(method, report);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    TableModel table = written.get().table();
    boolean lwt = method.flag("ifNotExists");
    String using = using(method, lwt, report);
    String cql = CqlWriter.insert(table, lwt, using);
    return statement(method, written.get(), table, cql, lwt, lwt ? false : true, report);
  }

  // UPDATE ${qualifiedTable} [USING ...] SET a = :a WHERE k = :k [IF EXISTS | IF ...]
  private Optional<QueryMethodModel> readUpdate(Method method, Report report) {
    Optional<Written> written = writtenEntity(method, report);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    TableModel table = written.get().table();
    if (CqlWriter.updatable(table).isEmpty()) {
      report.error(
          method.element(), Message.UPDATE_NOTHING, method.display(), table.entity().simpleName());
      return Optional.empty();
    }
    String condition = condition(method, report);
    boolean lwt = !condition.isEmpty();
    String cql = CqlWriter.update(table, using(method, lwt, report), condition);
    return statement(method, written.get(), table, cql, lwt, !lwt, report);
  }

  // DELETE FROM ${qualifiedTable} [USING TIMESTAMP t] WHERE k = :k [IF EXISTS | IF ...]
  private Optional<QueryMethodModel> readDelete(Method method, Report report) {
    String condition = condition(method, report);
    boolean lwt = !condition.isEmpty();
    String timestamp = method.text("timestamp");
    checkUsingValue(method, "timestamp", timestamp, report);
    if (lwt && !timestamp.isEmpty()) {
      report.error(
          method.element(), method.annotation(), null, Message.LWT_TIMESTAMP, method.display());
    }
    String using = CqlWriter.using("", timestamp);
    List<? extends VariableElement> all = method.element().getParameters();
    boolean byEntity =
        !all.isEmpty()
            && (MethodSupport.entityType(method.signature().getParameterTypes().get(0)).isPresent()
                || MethodSupport.entityCollectionType(method.signature().getParameterTypes().get(0))
                    .isPresent());
    if (byEntity) {
      Optional<Written> written = writtenEntity(method, report);
      if (written.isEmpty()) {
        return Optional.empty();
      }
      TableModel table = written.get().table();
      String cql = CqlWriter.delete(table.primaryKey(), using, condition);
      return statement(method, written.get(), table, cql, lwt, !lwt, report);
    }
    Optional<TableModel> table = namedEntity(method, "entity", report);
    if (table.isEmpty()) {
      report.error(
          method.element(), method.annotation(), null, Message.DELETE_ENTITY, method.display());
      return Optional.empty();
    }
    String clauses = condition + " " + timestamp;
    Optional<KeyParameters.Bound> bound =
        keys.bind(
            method.display(),
            method.element(),
            method.annotation(),
            method.parameters(0),
            clauses,
            table.get(),
            true,
            typeMapper,
            report);
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    if (lwt && bound.get().key().size() < table.get().primaryKey().size()) {
      report.error(
          method.element(),
          method.annotation(),
          null,
          Message.LWT_RANGE,
          method.display(),
          names(table.get().primaryKey()),
          names(bound.get().key()));
      return Optional.empty();
    }
    String cql = CqlWriter.delete(bound.get().key(), using, condition);
    return finish(method, null, table.get(), cql, bound.get().parameters(), lwt, !lwt, report);
  }

  // SELECT a, b FROM ${qualifiedTable} WHERE k = :k [ORDER BY ..] [PER PARTITION LIMIT ..] [LIMIT
  // ..]
  private Optional<QueryMethodModel> readSelect(Method method, Report report) {
    Optional<ReturnTypeReader.Classified> returned =
        returnTypes.read(method.element(), method.signature().getReturnType(), report);
    if (returned.isEmpty()) {
      return Optional.empty();
    }
    ReturnKind kind = returned.get().kind();
    if (kind != ReturnKind.ONE
        && kind != ReturnKind.OPTIONAL
        && kind != ReturnKind.LIST
        && kind != ReturnKind.PUBLISHER) {
      report.error(
          method.element(),
          method.annotation(),
          null,
          Message.SELECT_RETURN,
          method.display(),
          method.signature().getReturnType());
      return Optional.empty();
    }
    TypeElement entity = element(returned.get().entity());
    Optional<TableModel> table = table(method, entity, report);
    if (table.isEmpty()) {
      return Optional.empty();
    }
    String customWhere = method.text("customWhere").trim();
    String limit = method.text("limit").trim();
    String perPartitionLimit = method.text("perPartitionLimit").trim();
    checkUsingValue(method, "limit", limit, report);
    checkUsingValue(method, "perPartitionLimit", perPartitionLimit, report);
    String clauses = customWhere + " " + limit + " " + perPartitionLimit;
    StringBuilder cql =
        new StringBuilder("SELECT ")
            .append(CqlWriter.selectors(table.get()))
            .append(" FROM ")
            .append(CqlWriter.TABLE);
    List<ParameterModel> parameters;
    if (!customWhere.isEmpty()) {
      cql.append(" WHERE ").append(customWhere);
      parameters = null; // every parameter binds a marker by name
    } else {
      Optional<KeyParameters.Bound> bound =
          keys.bind(
              method.display(),
              method.element(),
              method.annotation(),
              method.parameters(0),
              clauses,
              table.get(),
              false,
              typeMapper,
              report);
      if (bound.isEmpty()) {
        return Optional.empty();
      }
      if (!bound.get().key().isEmpty()) {
        cql.append(" WHERE ").append(CqlWriter.restrict(bound.get().key()));
      }
      parameters = bound.get().parameters();
    }
    List<String> orderBy = orderBy(method);
    if (!orderBy.isEmpty()) {
      cql.append(" ORDER BY ").append(String.join(", ", orderBy));
    }
    if (!perPartitionLimit.isEmpty()) {
      cql.append(" PER PARTITION LIMIT ").append(perPartitionLimit);
    }
    if (!limit.isEmpty()) {
      cql.append(" LIMIT ").append(limit);
    }
    if (method.flag("allowFiltering")) {
      cql.append(" ALLOW FILTERING");
    }
    return finish(method, null, table.get(), cql.toString(), parameters, false, true, report);
  }

  // UPDATE ${qualifiedTable} SET c = c + :c WHERE k = :k
  private Optional<QueryMethodModel> readIncrement(Method method, Report report) {
    Optional<TableModel> table = namedEntity(method, "entity", report);
    if (table.isEmpty()) {
      return Optional.empty();
    }
    List<ColumnModel> counters = table.get().columns(Role.COUNTER);
    if (counters.isEmpty()) {
      report.error(
          method.element(),
          method.annotation(),
          null,
          Message.INCREMENT_NOT_COUNTER,
          method.display(),
          table.get().entity().simpleName());
      return Optional.empty();
    }
    List<ColumnModel> key = table.get().primaryKey();
    List<VariableElement> parameters = method.parameters(0);
    List<VariableElement> keyParameters =
        parameters.subList(0, Math.min(key.size(), parameters.size()));
    Optional<KeyParameters.Bound> bound =
        keys.bind(
            method.display(),
            method.element(),
            method.annotation(),
            keyParameters,
            "",
            table.get(),
            true,
            typeMapper,
            report);
    if (bound.isEmpty()) {
      return Optional.empty();
    }
    if (bound.get().key().size() < key.size()) {
      report.error(
          method.element(),
          method.annotation(),
          null,
          Message.KEY_PARAMETERS,
          method.display(),
          keyParameters.size(),
          names(key),
          table.get().entity().simpleName(),
          "an increment names one row: give every key column.");
      return Optional.empty();
    }
    List<ParameterModel> bindings = new ArrayList<>(bound.get().parameters());
    List<ColumnModel> changed = new ArrayList<>();
    String counterNames =
        counters.stream().map(ColumnModel::property).collect(Collectors.joining(", "));
    for (VariableElement parameter : parameters.subList(keyParameters.size(), parameters.size())) {
      String name = parameter.getSimpleName().toString();
      Optional<ColumnModel> counter =
          counters.stream().filter(c -> c.property().equals(name)).findFirst();
      Optional<MappedType> type = typeMapper.map(parameter, parameter.asType());
      boolean isLong =
          type.map(
                  t ->
                      t.typeName().equals(TypeName.LONG)
                          || t.typeName().equals(TypeName.LONG.box()))
              .orElse(false);
      if (counter.isEmpty() || !isLong) {
        String hint =
            counter.isEmpty()
                ? KeyParameters.didYouMean(name, counters)
                : ", and it must be a long";
        report.error(
            parameter,
            Message.INCREMENT_PARAMETER,
            method.display(),
            name,
            table.get().entity().simpleName(),
            counterNames,
            hint);
        return Optional.empty();
      }
      changed.add(counter.get());
      bindings.add(new ParameterModel(name, CqlWriter.name(counter.get()), type.get()));
    }
    if (changed.isEmpty()) {
      report.error(method.element(), Message.INCREMENT_NOTHING, method.display(), counterNames);
      return Optional.empty();
    }
    String cql = CqlWriter.increment(table.get(), changed);
    return finish(method, null, table.get(), cql, bindings, false, false, report);
  }

  /** The entity an insert, update or delete writes, from its first parameter. */
  private record Written(EntityArgument argument, TableModel table) {}

  private Optional<Written> writtenEntity(Method method, Report report) {
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

  private Optional<QueryMethodModel> statement(
      Method method,
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
  private Optional<QueryMethodModel> finish(
      Method method,
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
            callArgument));
  }

  private static List<ParameterModel> sortByDeclaration(
      Method method, List<ParameterModel> parameters) {
    List<String> order =
        method.element().getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
    return parameters.stream()
        .sorted(java.util.Comparator.comparingInt(p -> order.indexOf(p.name())))
        .toList();
  }

  private String using(Method method, boolean lwt, Report report) {
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

  private String condition(Method method, Report report) {
    boolean ifExists = method.flag("ifExists");
    String customIf = method.text("customIfClause");
    if (ifExists && !customIf.isBlank()) {
      report.error(
          method.element(), method.annotation(), null, Message.LWT_EXCLUSIVE, method.display());
    }
    return CqlWriter.condition(ifExists, customIf);
  }

  private static void checkUsingValue(Method method, String member, String value, Report report) {
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

  private static List<String> orderBy(Method method) {
    Object value = Annotations.value(method.annotation(), "orderBy");
    List<String> terms = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        terms.add(String.valueOf(((javax.lang.model.element.AnnotationValue) item).getValue()));
      }
    }
    return terms;
  }

  private Optional<TableModel> namedEntity(Method method, String member, Report report) {
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
  private Optional<TableModel> table(Method method, TypeElement entity, Report report) {
    Optional<TableModel> table = tables.apply(entity);
    if (table.isEmpty()) {
      report.error(
          method.element(), Message.ENTITY_INVALID, method.display(), entity.getSimpleName());
    }
    return table;
  }

  private TypeElement element(ClassName name) {
    return name == null ? null : elements.getTypeElement(name.canonicalName());
  }

  private static String names(List<ColumnModel> columns) {
    return columns.stream().map(ColumnModel::cqlName).collect(Collectors.joining(", "));
  }
}
