package dev.augur.processor.check;

import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.ParameterModel;
import dev.augur.processor.model.ReturnKind;
import dev.augur.processor.model.TableModel;
import dev.augur.processor.schema.EntityTables;
import dev.augur.processor.schema.SchemaCatalog;
import dev.augur.processor.schema.TableSchema;
import dev.augur.processor.source.Annotations;
import dev.augur.processor.validation.Report;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Runs the {@link QueryChecker} for a DAO method and reports its findings on the annotation value
 * that holds the statement: errors where Cassandra rejects the statement, warnings where it only
 * warns.
 */
public final class QueryValidator {
  private final SchemaCatalog catalog;
  private final Function<TypeElement, Optional<TableModel>> tables;

  /**
   * @param catalog the schema, filled as the compilation's entities are read
   * @param tables the model of an entity, when it is free of errors
   */
  public QueryValidator(SchemaCatalog catalog, Function<TypeElement, Optional<TableModel>> tables) {
    this.catalog = catalog;
    this.tables = tables;
  }

  /** Where a statement is written: the element, the annotation and its value. */
  public record Location(Element element, AnnotationMirror annotation, AnnotationValue value) {}

  /**
   * What the check tells of a statement that the DAO needs.
   *
   * @param idempotent whether running it twice has the effect of running it once
   * @param cql the statement as the DAO prepares it: tables of entities that pin a keyspace
   *     qualified with it
   * @param unqualifiedTables offsets in {@code cql} of the tables the DAO's keyspace qualifies
   */
  public record Validated(boolean idempotent, String cql, List<Integer> unqualifiedTables) {
    public Validated {
      unqualifiedTables = List.copyOf(unqualifiedTables);
    }
  }

  /**
   * Checks {@code cql}, whose markers bind {@code parameters}, for a method returning {@code kind}
   * (rows as {@code rowType}'s entity, when it has one); {@code tableType} is the type whose entity
   * the {@code ${table}} placeholders stand for, or null. Returns what the DAO needs to know of it.
   */
  public Validated validate(
      String subject,
      String cql,
      List<ParameterModel> parameters,
      ReturnKind kind,
      TypeMirror rowType,
      TypeMirror tableType,
      Location location,
      Report report) {
    Map<String, CheckContext.Parameter> byMarker = new LinkedHashMap<>();
    for (ParameterModel parameter : parameters) {
      byMarker.putIfAbsent(
          CqlNames.internal(parameter.marker()),
          new CheckContext.Parameter(parameter.name(), parameter.type()));
    }
    Optional<TableModel> rows = entityIn(rowType).flatMap(tables);
    Optional<TableModel> placeholder = entityIn(tableType).flatMap(tables);
    TableSchema placeholderTable = placeholder.map(this::tableOf).orElse(null);
    CheckContext.Expected expected = null;
    if (kind.rowType() != ReturnKind.RowType.ENTITY || rows.isPresent()) {
      List<CheckContext.EntityColumn> columns =
          rows.map(t -> t.columns().stream().map(QueryValidator::entityColumn).toList())
              .orElse(List.of());
      expected =
          new CheckContext.Expected(
              kind, rows.map(t -> t.entity().simpleName()).orElse(null), columns);
    }
    CheckResult result =
        QueryChecker.check(cql, new CheckContext(catalog, placeholderTable, byMarker, expected));
    for (Finding finding : result.findings()) {
      if (finding.isError()) {
        report.error(
            location.element(),
            location.annotation(),
            location.value(),
            finding.message(),
            finding.argumentsWith(subject));
      } else {
        report.warning(
            location.element(),
            location.annotation(),
            location.value(),
            finding.message(),
            finding.argumentsWith(subject));
      }
    }
    if (result.statement() == null) {
      return new Validated(false, cql, List.of());
    }
    TableQualifier.Qualified qualified =
        TableQualifier.qualify(cql, result.statement(), catalog);
    return new Validated(result.idempotent(), qualified.cql(), qualified.unqualifiedTables());
  }

  /** The entity's table as the catalog has it (a schema file wins), else as the entity says. */
  private TableSchema tableOf(TableModel entity) {
    String keyspace = entity.keyspace().isEmpty() ? null : CqlNames.internal(entity.keyspace());
    return catalog
        .table(keyspace, CqlNames.internal(entity.table()))
        .orElseGet(() -> EntityTables.of(entity, catalog::type));
  }

  private static CheckContext.EntityColumn entityColumn(ColumnModel column) {
    return new CheckContext.EntityColumn(
        CqlNames.internal(column.cqlName()), column.property(), column.type());
  }

  /** The {@code @Table} type in {@code type} or among its type arguments, at any depth. */
  static Optional<TypeElement> entityIn(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    if (Annotations.isPresent(element, Annotations.TABLE)) {
      return Optional.of(element);
    }
    for (TypeMirror argument : declared.getTypeArguments()) {
      Optional<TypeElement> found = entityIn(argument);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }
}
