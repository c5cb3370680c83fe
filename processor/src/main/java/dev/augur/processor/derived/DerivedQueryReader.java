package dev.augur.processor.derived;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import dev.augur.processor.check.CheckContext;
import dev.augur.processor.check.CheckResult;
import dev.augur.processor.check.Finding;
import dev.augur.processor.check.QueryChecker;
import dev.augur.processor.codegen.GeneratedNames;
import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.cql.Marker;
import dev.augur.processor.cql.MarkerScanner;
import dev.augur.processor.derived.DerivedQuery.Action;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.MappedType;
import dev.augur.processor.model.ParameterModel;
import dev.augur.processor.model.QueryMethodModel;
import dev.augur.processor.model.ReturnKind;
import dev.augur.processor.model.TableModel;
import dev.augur.processor.schema.ColumnSchema;
import dev.augur.processor.schema.EntityTables;
import dev.augur.processor.schema.SchemaCatalog;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.source.Annotations;
import dev.augur.processor.source.ReturnTypeReader;
import dev.augur.processor.source.TypeMapper;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ExecutableType;

/**
 * Reads a DAO method without annotation whose name describes a query ({@code
 * findByUserIdAndOrderDateGreaterThan}) into the model of a {@code @Query} method, with the CQL
 * written for it, so that the same code is generated. The name is checked against the entity's
 * primary key first, in the name's own terms, then the CQL goes through the statement checker like
 * any other.
 */
public final class DerivedQueryReader {

  private final TypeMapper typeMapper;
  private final ReturnTypeReader returnTypes;
  private final SchemaCatalog catalog;
  private final DerivedTargets targets;

  public DerivedQueryReader(
      TypeMapper typeMapper,
      ReturnTypeReader returnTypes,
      Function<TypeElement, Optional<TableModel>> tables,
      SchemaCatalog catalog) {
    this.typeMapper = typeMapper;
    this.returnTypes = returnTypes;
    this.catalog = catalog;
    this.targets = new DerivedTargets(tables);
  }

  /** Whether {@code method}'s name reads as a derived query (find...By..., countBy..., ...). */
  public static boolean describesQuery(ExecutableElement method) {
    return DerivedNameParser.looksDerived(method.getSimpleName().toString());
  }

  /** The model of {@code method} of {@code dao}, or empty after reporting why there is none. */
  public Optional<QueryMethodModel> read(
      TypeElement dao,
      String daoName,
      ExecutableElement method,
      ExecutableType signature,
      Report report) {
    String name = method.getSimpleName().toString();
    String subject = daoName + "." + name + "()";
    if (!method.getTypeParameters().isEmpty()) {
      report.error(method, Message.METHOD_GENERIC, subject);
      return Optional.empty();
    }
    Report scratch = new Report();
    Optional<ReturnTypeReader.Classified> returned =
        returnTypes.read(method, signature.getReturnType(), scratch);
    Action action = actionOf(name);
    ReturnKind kind = returned.map(ReturnTypeReader.Classified::kind).orElse(null);
    if (!returnFits(action, kind)) {
      report.error(
          method,
          Message.DERIVED_RETURN,
          subject,
          action.word(),
          expectedReturn(action),
          signature.getReturnType());
      return Optional.empty();
    }
    Optional<DerivedTargets.Candidate> entity =
        targets.resolve(dao, action, returned.get(), method, subject, report);
    if (entity.isEmpty()) {
      return Optional.empty();
    }
    TableModel model = entity.get().model();
    DerivedQuery query = entity.get().query();
    List<ParameterModel> parameters = parameters(method, signature, query, subject, report);
    if (parameters == null) {
      return Optional.empty();
    }
    if (!computedMarkersBound(method, subject, model, parameters, report)) {
      return Optional.empty();
    }
    TableSchema table = tableOf(model);
    Map<String, ColumnSchema> columns = new LinkedHashMap<>();
    for (ColumnModel column : model.columns()) {
      columns.put(column.property(), table.column(CqlNames.internal(column.cqlName())));
    }
    DerivedKeyRules.Violation violation = DerivedKeyRules.check(query, table, columns);
    if (violation != null) {
      List<Object> arguments = new ArrayList<>(List.of(subject));
      arguments.addAll(List.of(violation.arguments()));
      report.error(method, violation.message(), arguments.toArray());
      return Optional.empty();
    }
    List<String> markers = parameters.stream().map(p -> ":" + p.marker()).toList();
    String cql =
        limitParameter(query, method)
            ? DerivedCql.write(
                query,
                model,
                markers.subList(0, markers.size() - 1),
                markers.get(markers.size() - 1))
            : DerivedCql.write(query, model, markers);
    boolean idempotent =
        check(cql, method, subject, action, kind, model, table, parameters, report);
    if (!report.isClean()) {
      return Optional.empty();
    }
    boolean exists = action == Action.EXISTS;
    ClassName rows = kind.rowType() == ReturnKind.RowType.ENTITY ? model.entity() : null;
    ClassName rowMapper =
        kind.rowType() == ReturnKind.RowType.ENTITY
            ? GeneratedNames.entityMapper(model.entity())
            : null;
    List<QueryMethodModel.JavaParameter> javaParameters =
        parameters.stream()
            .map(p -> new QueryMethodModel.JavaParameter(p.name(), p.type().typeName()))
            .toList();
    return Optional.of(
        new QueryMethodModel(
            name,
            cql,
            Annotations.mirror(method, IDEMPOTENT)
                .map(m -> (Boolean) Annotations.value(m, "value"))
                .orElse(idempotent),
            parameters,
            exists ? ReturnKind.EXISTS : kind,
            TypeName.get(signature.getReturnType()),
            rows,
            rowMapper,
            method,
            null,
            GeneratedNames.entityMapper(model.entity()),
            null,
            null,
            javaParameters,
            null,
            List.of(), // the table is ${qualifiedTable}: the DAO's keyspace fills it
            returned.get().reactive()));
  }

  private static final String IDEMPOTENT = "dev.augur.annotations.Idempotent";

  /** The derived CQL through the statement checker; returns whether it is idempotent. */
  private boolean check(
      String cql,
      ExecutableElement method,
      String subject,
      Action action,
      ReturnKind kind,
      TableModel model,
      TableSchema table,
      List<ParameterModel> parameters,
      Report report) {
    Map<String, CheckContext.Parameter> byMarker = new LinkedHashMap<>();
    parameters.forEach(
        p ->
            byMarker.put(
                CqlNames.internal(p.marker()), new CheckContext.Parameter(p.name(), p.type())));
    CheckContext.Expected expected =
        action == Action.EXISTS
            ? null
            : new CheckContext.Expected(
                kind,
                model.entity().simpleName(),
                model.columns().stream()
                    .map(
                        c ->
                            new CheckContext.EntityColumn(
                                CqlNames.internal(c.cqlName()), c.property(), c.type()))
                    .toList());
    CheckResult result =
        QueryChecker.check(cql, new CheckContext(catalog, table, byMarker, expected));
    String derived =
        subject + ", derived as " + cql.replace("${qualifiedTable}", table.display()) + ",";
    for (Finding finding : result.findings()) {
      if (finding.isError()) {
        report.error(method, finding.message(), finding.argumentsWith(derived));
      } else {
        report.warning(method, null, null, finding.message(), finding.argumentsWith(derived));
      }
    }
    return result.idempotent();
  }

  /** The parameters, bound to the conditions in order; null after reporting a mismatch. */
  private List<ParameterModel> parameters(
      ExecutableElement method,
      ExecutableType signature,
      DerivedQuery query,
      String subject,
      Report report) {
    int expected = conditionParameters(query) + (limitParameter(query, method) ? 1 : 0);
    int actual = method.getParameters().size();
    if (expected != actual) {
      String takes = actual == 1 ? "1 parameter" : actual + " parameters";
      String conditions =
          query.conditions().isEmpty()
              ? "has no condition"
              : "has "
                  + (query.conditions().size() == 1
                      ? "1 condition"
                      : query.conditions().size() + " conditions")
                  + " taking "
                  + (expected == 1 ? "1 parameter" : expected + " parameters");
      report.error(method, Message.DERIVED_PARAMETERS, subject, takes, conditions);
      return null;
    }
    List<ParameterModel> parameters = new ArrayList<>();
    Set<String> markers = new LinkedHashSet<>();
    boolean clean = true;
    for (int i = 0; i < actual; i++) {
      VariableElement parameter = method.getParameters().get(i);
      Optional<MappedType> type = typeMapper.map(parameter, signature.getParameterTypes().get(i));
      if (type.isEmpty()) {
        report.error(
            parameter,
            Message.UNMAPPABLE_TYPE,
            "parameter " + parameter.getSimpleName(),
            parameter.asType(),
            TypeMapper.supportedTypes());
        clean = false;
        continue;
      }
      String marker = DerivedCql.marker(parameter.getSimpleName().toString()).substring(1);
      markers.add(CqlNames.internal(marker));
      parameters.add(new ParameterModel(parameter.getSimpleName().toString(), marker, type.get()));
    }
    if (clean && markers.size() < parameters.size()) {
      report.error(
          method,
          Message.DERIVED_PARAMETERS,
          subject,
          "parameters whose names differ only in case",
          "binds each by name, and CQL folds unquoted names to lower case");
      return null;
    }
    return clean ? parameters : null;
  }

  /**
   * Whether every marker of the entity's computed values ({@code similarity_cosine(embedding,
   * :query)}) names a parameter, which binds it as it binds its condition; reports those that do
   * not.
   */
  private static boolean computedMarkersBound(
      ExecutableElement method,
      String subject,
      TableModel model,
      List<ParameterModel> parameters,
      Report report) {
    Set<String> bound = new LinkedHashSet<>();
    parameters.forEach(p -> bound.add(CqlNames.internal(p.marker())));
    boolean clean = true;
    for (ColumnModel column : model.columns()) {
      if (column.role() != ColumnModel.Role.COMPUTED) {
        continue;
      }
      for (Marker marker : MarkerScanner.scan(column.computed()).markers()) {
        if (!marker.isPositional() && !bound.contains(CqlNames.internal(marker.name()))) {
          report.error(
              method,
              Message.DERIVED_COMPUTED_MARKER,
              subject,
              model.entity().simpleName(),
              column.property(),
              column.computed(),
              marker.name(),
              CqlNames.internal(marker.name()),
              parameters.isEmpty()
                  ? "none"
                  : String.join(", ", parameters.stream().map(ParameterModel::name).toList()));
          clean = false;
        }
      }
    }
    return clean;
  }

  private static int conditionParameters(DerivedQuery query) {
    return query.conditions().stream().mapToInt(c -> c.comparison().parameters()).sum();
  }

  /**
   * Whether the last parameter is the LIMIT of an ANN query without First/Top: {@code
   * findByCategoryAndEmbeddingNear(String category, float[] query, int limit)}.
   */
  private static boolean limitParameter(DerivedQuery query, ExecutableElement method) {
    return query.near() != null
        && query.limit() == 0
        && method.getParameters().size() == conditionParameters(query) + 1;
  }

  private TableSchema tableOf(TableModel model) {
    String keyspace = model.keyspace().isEmpty() ? null : CqlNames.internal(model.keyspace());
    return catalog
        .table(keyspace, CqlNames.internal(model.table()))
        .orElseGet(() -> EntityTables.of(model, catalog::type));
  }

  private static Action actionOf(String name) {
    if (name.startsWith("count")) {
      return Action.COUNT;
    }
    if (name.startsWith("exists")) {
      return Action.EXISTS;
    }
    return name.startsWith("delete") || name.startsWith("remove") ? Action.DELETE : Action.FIND;
  }

  private static boolean returnFits(Action action, ReturnKind kind) {
    if (kind == null) {
      return false;
    }
    return switch (action) {
      case FIND ->
          kind == ReturnKind.ONE
              || kind == ReturnKind.OPTIONAL
              || kind == ReturnKind.LIST
              || kind == ReturnKind.PUBLISHER;
      case COUNT -> kind == ReturnKind.COUNT;
      case EXISTS -> kind == ReturnKind.APPLIED; // as a @Query method would read it
      case DELETE -> kind == ReturnKind.VOID;
    };
  }

  private static String expectedReturn(Action action) {
    return switch (action) {
      case FIND ->
          "CompletionStage<E>, CompletionStage<Optional<E>>, CompletionStage<List<E>> or"
              + " Flow.Publisher<E>, where E is the @Table entity it reads";
      case COUNT -> "CompletionStage<Long>";
      case EXISTS -> "CompletionStage<Boolean>";
      case DELETE -> "CompletionStage<Void>";
    };
  }
}
