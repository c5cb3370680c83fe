package dev.augur.processor.reader;

import com.squareup.javapoet.ClassName;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.ColumnModel.Role;
import dev.augur.processor.model.Construction;
import dev.augur.processor.model.MappedType;
import dev.augur.processor.model.TableModel;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Reads a {@code @Table} type into a {@link TableModel}: its columns, their names and types, and
 * how instances are created. Problems of a single element are reported as they are found; rules
 * over the whole table are left to {@link dev.augur.processor.validation.TableValidator}.
 */
public final class TableReader {
  private final TypeMapper typeMapper;
  private final ConstructionResolver constructions;

  public TableReader(TypeMapper typeMapper, ConstructionResolver constructions) {
    this.typeMapper = typeMapper;
    this.constructions = constructions;
  }

  /** The model of {@code type}, or empty when an error made one impossible (see {@code report}). */
  public Optional<TableModel> read(TypeElement type, Report report) {
    AnnotationMirror table = Annotations.mirror(type, Annotations.TABLE).orElseThrow();
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      report.error(
          type,
          table,
          null,
          Message.TABLE_KIND,
          type.getSimpleName(),
          ElementChecks.kindName(type));
      return Optional.empty();
    }
    if (type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)) {
      report.error(type, Message.TABLE_NESTING, type.getSimpleName());
    }
    if (type.getNestingKind() == NestingKind.LOCAL
        || type.getNestingKind() == NestingKind.ANONYMOUS) {
      report.error(type, Message.TABLE_NESTING, type.getSimpleName());
    }
    String privacy = ElementChecks.privacy(type);
    if (privacy != null) {
      report.error(type, Message.TABLE_PRIVATE, type.getSimpleName(), privacy);
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      report.error(type, Message.TABLE_ABSTRACT, type.getSimpleName());
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(type, Message.TABLE_GENERIC, type.getSimpleName());
    }

    String tableName =
        name(
            type,
            table,
            "value",
            CqlNames.snakeCase(type.getSimpleName().toString()),
            "table",
            report);
    String keyspace = name(type, table, "keyspace", "", "keyspace", report);

    boolean isRecord = type.getKind() == ElementKind.RECORD;
    List<VariableElement> mapped = new ArrayList<>();
    List<ColumnModel> columns = new ArrayList<>();
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      boolean isTransient =
          Annotations.isPresent(field, Annotations.TRANSIENT)
              || field.getModifiers().contains(Modifier.TRANSIENT);
      if (isTransient) {
        if (isRecord) {
          report.error(field, Message.TRANSIENT_RECORD, field.getSimpleName());
        } else if (Annotations.isPresent(field, Annotations.PARTITION_KEY)
            || Annotations.isPresent(field, Annotations.CLUSTERING_COLUMN)
            || Annotations.isPresent(field, Annotations.COLUMN)) {
          report.error(field, Message.TRANSIENT_KEY, field.getSimpleName());
        }
        continue;
      }
      mapped.add(field);
      columns.add(readColumn(field, report));
    }
    // Fields with errors still yield columns (with a null type), so that the table-level rules
    // are checked and reported in the same compilation; the report keeps them from generation.
    Construction construction = constructions.resolve(type, mapped, report).orElse(null);
    if (construction == Construction.SETTERS) {
      columns = columns.stream().map(TableReader::withSetter).toList();
    }
    return Optional.of(
        new TableModel(ClassName.get(type), keyspace, tableName, columns, construction, type));
  }

  /** The column of {@code field}; its type is null when the field's type is not mappable. */
  private ColumnModel readColumn(VariableElement field, Report report) {
    String property = field.getSimpleName().toString();
    Optional<MappedType> type = typeMapper.map(field.asType());
    if (type.isEmpty()) {
      report.error(
          field, Message.UNMAPPABLE_TYPE, property, field.asType(), TypeMapper.supportedTypes());
    }
    String cqlName = CqlNames.snakeCase(property);
    Optional<AnnotationMirror> column = Annotations.mirror(field, Annotations.COLUMN);
    AnnotationValue value = column.map(c -> Annotations.explicitValue(c, "value")).orElse(null);
    // A missing value is javac's error to report; the default name stands in meanwhile.
    if (value != null) {
      String explicit = (String) value.getValue();
      if (CqlNames.isValidIdentifier(explicit)) {
        cqlName = explicit;
      } else {
        report.error(field, column.get(), value, Message.COLUMN_NAME, explicit);
      }
    }
    Optional<AnnotationMirror> partitionKey = Annotations.mirror(field, Annotations.PARTITION_KEY);
    Optional<AnnotationMirror> clustering =
        Annotations.mirror(field, Annotations.CLUSTERING_COLUMN);
    if (partitionKey.isPresent() && clustering.isPresent()) {
      report.error(field, Message.KEY_CONFLICT, property);
      clustering = Optional.empty();
    }
    Role role = Role.REGULAR;
    int position = -1;
    if (partitionKey.isPresent()) {
      role = Role.PARTITION_KEY;
      position = positionOf(partitionKey.get());
    } else if (clustering.isPresent()) {
      role = Role.CLUSTERING_COLUMN;
      position = positionOf(clustering.get());
    }
    return new ColumnModel(property, cqlName, type.orElse(null), role, position, null, field);
  }

  private static int positionOf(AnnotationMirror key) {
    Object value = Annotations.value(key, "value");
    return value instanceof Integer position ? position : 0;
  }

  private static ColumnModel withSetter(ColumnModel column) {
    String setter = ConstructionResolver.setterName(column.property());
    return new ColumnModel(
        column.property(),
        column.cqlName(),
        column.type(),
        column.role(),
        column.keyPosition(),
        setter,
        column.element());
  }

  private static String name(
      TypeElement type,
      AnnotationMirror table,
      String member,
      String fallback,
      String what,
      Report report) {
    AnnotationValue value = Annotations.explicitValue(table, member);
    if (value == null || ((String) value.getValue()).isEmpty()) {
      return fallback;
    }
    String name = (String) value.getValue();
    boolean tooLong = !name.startsWith("\"") && name.length() > 48;
    if (!CqlNames.isValidIdentifier(name) || tooLong) {
      report.error(type, table, value, Message.TABLE_NAME, name, what);
    }
    return name;
  }
}
