package dev.augur.processor.reader;

import com.squareup.javapoet.ClassName;
import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.Construction;
import dev.augur.processor.model.TableModel;
import dev.augur.processor.source.Annotations;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads a {@code @Table} type (or, with {@link #readUdt}, a {@code @Udt} type) into a {@link
 * TableModel}: its columns, their names and types, and how instances are created. Problems of a
 * single element are reported as they are found; rules over the whole table are left to {@link
 * dev.augur.processor.validation.TableValidator}.
 */
public final class TableReader {
  private final PropertyReader properties;
  private final ConstructionResolver constructions;

  public TableReader(PropertyReader properties, ConstructionResolver constructions) {
    this.properties = properties;
    this.constructions = constructions;
  }

  /** The model of {@code type}, or empty when an error made one impossible (see {@code report}). */
  public Optional<TableModel> read(TypeElement type, Report report) {
    return read(type, Annotations.TABLE, true, report);
  }

  /** The model of a {@code @Udt} type: fields, name, construction, and no key. */
  public Optional<TableModel> readUdt(TypeElement type, Report report) {
    return read(type, Annotations.UDT, false, report);
  }

  private Optional<TableModel> read(
      TypeElement type, String annotationName, boolean isTable, Report report) {
    AnnotationMirror annotation = Annotations.mirror(type, annotationName).orElseThrow();
    if (type.getKind() != ElementKind.CLASS && type.getKind() != ElementKind.RECORD) {
      report.error(
          type,
          annotation,
          null,
          isTable ? Message.TABLE_KIND : Message.UDT_KIND,
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

    String naming = String.valueOf(Annotations.value(annotation, "naming"));
    String name =
        name(
            type,
            annotation,
            "value",
            PropertyReader.defaultName(type.getSimpleName().toString(), naming),
            isTable ? "table" : "type",
            report);
    String keyspace = name(type, annotation, "keyspace", "", "keyspace", report);

    List<PropertyReader.Property> mapped = properties.read(type, naming, isTable, report);
    List<VariableElement> fields = mapped.stream().map(PropertyReader.Property::field).toList();
    List<ColumnModel> columns = mapped.stream().map(PropertyReader.Property::column).toList();
    Construction construction = constructions.resolve(type, fields, report).orElse(null);
    if (construction == Construction.SETTERS) {
      List<ColumnModel> populated = new java.util.ArrayList<>();
      for (PropertyReader.Property property : mapped) {
        populated.add(
            property.column().withSetter(constructions.setterOrNull(type, property.field())));
      }
      columns = populated;
    }
    return Optional.of(
        new TableModel(ClassName.get(type), keyspace, name, columns, construction, type));
  }

  private static String name(
      TypeElement type,
      AnnotationMirror annotation,
      String member,
      String fallback,
      String what,
      Report report) {
    AnnotationValue value = Annotations.explicitValue(annotation, member);
    if (value == null || ((String) value.getValue()).isEmpty()) {
      // A reserved word (a table of orders, a type called index) is a name only in quotes.
      return CqlNames.quoteIfReserved(fallback);
    }
    String name = (String) value.getValue();
    boolean tooLong = !name.startsWith("\"") && name.length() > 48;
    if (!CqlNames.isValidIdentifier(name) || tooLong) {
      report.error(type, annotation, value, Message.TABLE_NAME, name, what);
    }
    return CqlNames.quoteIfReserved(name);
  }
}
