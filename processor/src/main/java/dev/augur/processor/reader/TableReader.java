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
 * how instances are created. Problems of a single element are reported as they are found;
 * rules over the whole table are left to {@link dev.augur.processor.validation.TableValidator}.
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
      report.error(type, table, null, Message.TABLE_KIND, type.getSimpleName(), kindName(type));
      return Optional.empty();
    }
    if (type.getNestingKind() == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC)) {
      report.error(type, Message.TABLE_NESTING, type.getSimpleName());
    }
    if (type.getNestingKind() == NestingKind.LOCAL || type.getNestingKind() == NestingKind.ANONYMOUS) {
      report.error(type, Message.TABLE_NESTING, type.getSimpleName());
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      report.error(type, Message.TABLE_PRIVATE, type.getSimpleName());
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(type, Message.TABLE_GENERIC, type.getSimpleName());
    }

    String tableName = name(type, table, "value", CqlNames.snakeCase(type.getSimpleName().toString()), "table", report);
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
      readColumn(field, report).ifPresent(columns::add);
    }
    if (!report.isClean() || columns.size() != mapped.size()) {
      return Optional.empty();
    }
    Optional<Construction> construction = constructions.resolve(type, mapped, report);
    if (construction.isEmpty()) {
      return Optional.empty();
    }
    if (construction.get() == Construction.SETTERS) {
      columns = columns.stream().map(c -> withSetter(c)).toList();
    }
    return Optional.of(
        new TableModel(
            ClassName.get(type), keyspace, tableName, columns, construction.get(), type));
  }

  private Optional<ColumnModel> readColumn(VariableElement field, Report report) {
    String property = field.getSimpleName().toString();
    Optional<MappedType> type = typeMapper.map(field.asType());
    if (type.isEmpty()) {
      report.error(field, Message.UNMAPPABLE_TYPE, property, field.asType(), TypeMapper.supportedTypes());
      return Optional.empty();
    }
    String cqlName = CqlNames.snakeCase(property);
    Optional<AnnotationMirror> column = Annotations.mirror(field, Annotations.COLUMN);
    if (column.isPresent()) {
      AnnotationValue value = Annotations.explicitValue(column.get(), "value");
      String explicit = (String) value.getValue();
      if (!CqlNames.isValidIdentifier(explicit)) {
        report.error(field, column.get(), value, Message.COLUMN_NAME, explicit);
        return Optional.empty();
      }
      cqlName = explicit;
    }
    Optional<AnnotationMirror> partitionKey = Annotations.mirror(field, Annotations.PARTITION_KEY);
    Optional<AnnotationMirror> clustering = Annotations.mirror(field, Annotations.CLUSTERING_COLUMN);
    if (partitionKey.isPresent() && clustering.isPresent()) {
      report.error(field, Message.KEY_CONFLICT, property);
      return Optional.empty();
    }
    Role role = Role.REGULAR;
    int position = -1;
    if (partitionKey.isPresent()) {
      role = Role.PARTITION_KEY;
      position = (Integer) Annotations.value(partitionKey.get(), "value");
    } else if (clustering.isPresent()) {
      role = Role.CLUSTERING_COLUMN;
      position = (Integer) Annotations.value(clustering.get(), "value");
    }
    return Optional.of(new ColumnModel(property, cqlName, type.get(), role, position, null, field));
  }

  private static ColumnModel withSetter(ColumnModel column) {
    String setter = ConstructionResolver.setterName(column.property());
    return new ColumnModel(
        column.property(), column.cqlName(), column.type(), column.role(),
        column.keyPosition(), setter, column.element());
  }

  private static String name(
      TypeElement type, AnnotationMirror table, String member, String fallback, String what, Report report) {
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

  private static String kindName(TypeElement type) {
    return switch (type.getKind()) {
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> type.getKind().toString().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
