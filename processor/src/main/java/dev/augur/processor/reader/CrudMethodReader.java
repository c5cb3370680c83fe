package dev.augur.processor.reader;

import com.squareup.javapoet.TypeName;
import dev.augur.processor.check.QueryValidator;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.ColumnModel.Role;
import dev.augur.processor.model.MappedType;
import dev.augur.processor.model.ParameterModel;
import dev.augur.processor.model.QueryMethodModel;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;
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
  private final KeyParameters keys = new KeyParameters();
  private final CrudSupport support;

  public CrudMethodReader(
      TypeMapper typeMapper,
      ReturnTypeReader returnTypes,
      Function<TypeElement, Optional<TableModel>> tables,
      Elements elements,
      QueryValidator validator) {
    this.typeMapper = typeMapper;
    this.returnTypes = returnTypes;
    this.support = new CrudSupport(typeMapper, returnTypes, tables, elements, validator);
  }

  public Optional<QueryMethodModel> read(
      String daoName,
      ExecutableElement element,
      ExecutableType signature,
      String annotationName,
      Report report) {
    String kind = annotationName.substring(annotationName.lastIndexOf('.') + 1);
    CrudMethod method =
        new CrudMethod(
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
  private Optional<QueryMethodModel> readInsert(CrudMethod method, Report report) {
    Optional<CrudSupport.Written> written = support.writtenEntity(method, report);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    TableModel table = written.get().table();
    boolean lwt = method.flag("ifNotExists");
    String using = support.using(method, lwt, report);
    String cql = CqlWriter.insert(table, lwt, using);
    return support.statement(method, written.get(), table, cql, lwt, lwt ? false : true, report);
  }

  // UPDATE ${qualifiedTable} [USING ...] SET a = :a WHERE k = :k [IF EXISTS | IF ...]
  private Optional<QueryMethodModel> readUpdate(CrudMethod method, Report report) {
    Optional<CrudSupport.Written> written = support.writtenEntity(method, report);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    TableModel table = written.get().table();
    if (CqlWriter.updatable(table).isEmpty()) {
      report.error(
          method.element(), Message.UPDATE_NOTHING, method.display(), table.entity().simpleName());
      return Optional.empty();
    }
    String condition = support.condition(method, report);
    boolean lwt = !condition.isEmpty();
    String cql = CqlWriter.update(table, support.using(method, lwt, report), condition);
    return support.statement(method, written.get(), table, cql, lwt, !lwt, report);
  }

  // DELETE FROM ${qualifiedTable} [USING TIMESTAMP t] WHERE k = :k [IF EXISTS | IF ...]
  private Optional<QueryMethodModel> readDelete(CrudMethod method, Report report) {
    String condition = support.condition(method, report);
    boolean lwt = !condition.isEmpty();
    String timestamp = method.text("timestamp");
    support.checkUsingValue(method, "timestamp", timestamp, report);
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
      Optional<CrudSupport.Written> written = support.writtenEntity(method, report);
      if (written.isEmpty()) {
        return Optional.empty();
      }
      TableModel table = written.get().table();
      String cql = CqlWriter.delete(table.primaryKey(), using, condition);
      return support.statement(method, written.get(), table, cql, lwt, !lwt, report);
    }
    Optional<TableModel> table = support.namedEntity(method, "entity", report);
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
          support.names(table.get().primaryKey()),
          support.names(bound.get().key()));
      return Optional.empty();
    }
    String cql = CqlWriter.delete(bound.get().key(), using, condition);
    return support.finish(
        method, null, table.get(), cql, bound.get().parameters(), lwt, !lwt, report);
  }

  // SELECT a, b FROM ${qualifiedTable} WHERE k = :k
  //     [ORDER BY embedding ANN OF :query | ORDER BY ..] [PER PARTITION LIMIT ..] [LIMIT ..]
  private Optional<QueryMethodModel> readSelect(CrudMethod method, Report report) {
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
    TypeElement entity = support.element(returned.get().entity());
    Optional<TableModel> table = support.table(method, entity, report);
    if (table.isEmpty()) {
      return Optional.empty();
    }
    String customWhere = method.text("customWhere").trim();
    String limit = method.text("limit").trim();
    String perPartitionLimit = method.text("perPartitionLimit").trim();
    support.checkUsingValue(method, "limit", limit, report);
    support.checkUsingValue(method, "perPartitionLimit", perPartitionLimit, report);
    String clauses = customWhere + " " + limit + " " + perPartitionLimit;
    String annProperty = method.text("orderByAnn").trim();
    AnnOrdering.Ann ann = null;
    if (!annProperty.isEmpty()) {
      ann = AnnOrdering.read(method, table.get(), annProperty, clauses, report);
      if (ann == null) {
        return Optional.empty();
      }
      // The vector binds by name, as do the markers of computed values (a similarity score).
      clauses += " " + ann.marker() + " " + CqlWriter.selectors(table.get());
    }
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
    List<String> orderBy = new ArrayList<>(support.orderBy(method));
    if (ann != null) {
      orderBy.add(0, ann.cql());
    }
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
    return support.finish(
        method, null, table.get(), cql.toString(), parameters, false, true, report);
  }

  // UPDATE ${qualifiedTable} SET c = c + :c WHERE k = :k
  private Optional<QueryMethodModel> readIncrement(CrudMethod method, Report report) {
    Optional<TableModel> table = support.namedEntity(method, "entity", report);
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
          support.names(key),
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
    return support.finish(method, null, table.get(), cql, bindings, false, false, report);
  }
}
