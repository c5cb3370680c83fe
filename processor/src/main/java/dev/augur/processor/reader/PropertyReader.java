package dev.augur.processor.reader;

import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.model.ColumnModel;
import dev.augur.processor.model.ColumnModel.Role;
import dev.augur.processor.model.IndexModel;
import dev.augur.processor.model.MappedType;
import dev.augur.processor.source.Annotations;
import dev.augur.processor.source.TypeMapper;
import dev.augur.processor.validation.Message;
import dev.augur.processor.validation.Report;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the mapped properties of an entity or UDT class: its own fields and those of its
 * superclasses (superclass first), each with its CQL name, type, role, and how generated code gets
 * at its value. Used by both the table and the UDT readers.
 */
public final class PropertyReader {
  private final TypeMapper typeMapper;
  private final Elements elements;
  private final Types types;

  public PropertyReader(TypeMapper typeMapper, Elements elements, Types types) {
    this.typeMapper = typeMapper;
    this.elements = elements;
    this.types = types;
  }

  /** A mapped field and its column. */
  public record Property(VariableElement field, ColumnModel column) {}

  /**
   * The mapped properties of {@code type}. Fields with errors still yield columns (with a null
   * type) so that rules over the whole type can be checked in the same compilation.
   */
  public List<Property> read(TypeElement type, String naming, boolean keysAllowed, Report report) {
    boolean isRecord = type.getKind() == ElementKind.RECORD;
    List<Property> properties = new ArrayList<>();
    for (VariableElement field : fieldsWithInherited(type)) {
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
      properties.add(new Property(field, column(type, field, naming, keysAllowed, report)));
    }
    return properties;
  }

  /** Instance fields of the type and its superclasses, superclass first, {@code Object} aside. */
  private List<VariableElement> fieldsWithInherited(TypeElement type) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    for (TypeElement current = type; current != null; current = superclass(current)) {
      chain.push(current);
    }
    List<VariableElement> fields = new ArrayList<>();
    for (TypeElement owner : chain) {
      for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)) {
          fields.add(field);
        }
      }
    }
    return fields;
  }

  private TypeElement superclass(TypeElement type) {
    TypeMirror parent = type.getSuperclass();
    if (parent.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) parent).asElement();
    String name = element.getQualifiedName().toString();
    return name.equals("java.lang.Object") || name.equals("java.lang.Record") ? null : element;
  }

  /**
   * The type of {@code member} (a field or method of {@code owner} or of a superclass) as seen from
   * {@code owner}: type variables of generic superclasses replaced by the arguments the chain
   * gives them, so that {@code T payload} of {@code Versioned<T>} is a {@code String} in a {@code
   * Note extends Versioned<String>}. For a method, its return type.
   */
  static TypeMirror typeIn(Types types, TypeElement owner, javax.lang.model.element.Element member) {
    TypeMirror type = types.asMemberOf((DeclaredType) owner.asType(), member);
    return type instanceof ExecutableType method ? method.getReturnType() : type;
  }

  /** The parameter types of {@code method} (or a constructor) as seen from {@code owner}. */
  static List<? extends TypeMirror> parameterTypesIn(
      Types types, TypeElement owner, ExecutableElement method) {
    return ((ExecutableType) types.asMemberOf((DeclaredType) owner.asType(), method))
        .getParameterTypes();
  }

  private ColumnModel column(
      TypeElement owner, VariableElement field, String naming, boolean keysAllowed, Report report) {
    String property = field.getSimpleName().toString();
    TypeMirror fieldType = typeIn(types, owner, field);
    Optional<MappedType> type = typeMapper.map(field, fieldType);
    if (!VectorFields.valid(field, fieldType, type.isPresent(), report)) {
      type = Optional.empty();
    } else if (type.isEmpty()) {
      DeclaredType raw = rawSuperclass(owner, field);
      if (raw != null) {
        String rawName = raw.asElement().getSimpleName().toString();
        report.error(
            field,
            Message.UNBOUND_TYPE_VARIABLE,
            property,
            field.asType(),
            field.getEnclosingElement().getSimpleName(),
            owner.getSimpleName(),
            rawName,
            rawName,
            rawName);
      } else {
        report.error(
            field, Message.UNMAPPABLE_TYPE, property, fieldType, TypeMapper.supportedTypes());
      }
    }
    String cqlName = defaultName(property, naming);
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
    // A reserved word (from, limit, select) is a column name only in quotes, wherever it is written.
    cqlName = CqlNames.quoteIfReserved(cqlName);
    Role role = Role.REGULAR;
    int position = -1;
    String computed = null;
    Optional<AnnotationMirror> partitionKey = Annotations.mirror(field, Annotations.PARTITION_KEY);
    Optional<AnnotationMirror> clustering =
        Annotations.mirror(field, Annotations.CLUSTERING_COLUMN);
    Optional<AnnotationMirror> computedMirror = Annotations.mirror(field, Annotations.COMPUTED);
    boolean counter = Annotations.isPresent(field, Annotations.COUNTER);
    boolean isStatic = Annotations.isPresent(field, Annotations.STATIC_COLUMN);
    if (partitionKey.isPresent() && clustering.isPresent()) {
      report.error(field, Message.KEY_CONFLICT, property);
    }
    if (!keysAllowed && (partitionKey.isPresent() || clustering.isPresent())) {
      report.error(field, Message.UDT_KEY, property);
    } else if (partitionKey.isPresent()) {
      role = Role.PARTITION_KEY;
      position = positionOf(partitionKey.get());
    } else if (clustering.isPresent()) {
      role = Role.CLUSTERING_COLUMN;
      position = positionOf(clustering.get());
    }
    int kinds = (counter ? 1 : 0) + (isStatic ? 1 : 0) + (computedMirror.isPresent() ? 1 : 0);
    if (kinds > 1 || (kinds == 1 && role.isKey())) {
      report.error(field, Message.COLUMN_KIND_CONFLICT, property);
    } else if (counter) {
      role = Role.COUNTER;
      TypeKind kind = fieldType.getKind();
      boolean isLong =
          kind == TypeKind.LONG
              || (kind == TypeKind.DECLARED
                  && ((TypeElement) ((DeclaredType) fieldType).asElement())
                      .getQualifiedName()
                      .contentEquals("java.lang.Long"));
      if (!isLong) {
        report.error(field, Message.COUNTER_TYPE, property, fieldType);
      }
    } else if (isStatic) {
      role = Role.STATIC;
    } else if (computedMirror.isPresent()) {
      role = Role.COMPUTED;
      computed = (String) Annotations.value(computedMirror.get(), "value");
      if (computed == null || computed.isBlank()) {
        report.error(field, Message.COMPUTED_EMPTY, property);
      }
    }
    boolean descending =
        clustering.isPresent()
            && Boolean.TRUE.equals(Annotations.value(clustering.get(), "descending"));
    MappedType mapped = type.orElse(null);
    IndexModel index =
        Annotations.mirror(field, Annotations.INDEXED)
            .map(indexed -> VectorFields.index(field, indexed, mapped, report))
            .orElse(null);
    return new ColumnModel(
        property,
        cqlName,
        type.orElse(null),
        role,
        position,
        computed,
        null,
        getter(owner, field, fieldType),
        field,
        descending,
        index,
        !fieldType.getKind().isPrimitive() && Nullness.declaredNonNull(field, fieldType));
  }

  /**
   * The superclass between {@code owner} and the class declaring {@code field} that {@code owner}'s
   * chain extends as a raw type, leaving {@code field}'s type variables unbound; or null.
   */
  private DeclaredType rawSuperclass(TypeElement owner, VariableElement field) {
    if (!mentionsTypeVariable(field.asType())) {
      return null;
    }
    for (TypeElement current = owner;
        current != null && !current.equals(field.getEnclosingElement());
        current = superclass(current)) {
      if (current.getSuperclass() instanceof DeclaredType parent
          && parent.getTypeArguments().isEmpty()
          && !((TypeElement) parent.asElement()).getTypeParameters().isEmpty()) {
        return parent;
      }
    }
    return null;
  }

  private static boolean mentionsTypeVariable(TypeMirror type) {
    return switch (type.getKind()) {
      case TYPEVAR -> true;
      case ARRAY -> mentionsTypeVariable(((ArrayType) type).getComponentType());
      case DECLARED ->
          ((DeclaredType) type)
              .getTypeArguments().stream().anyMatch(PropertyReader::mentionsTypeVariable);
      default -> false;
    };
  }

  /** How to read a property: record accessor, getter, or a field the mapper can see. */
  private String getter(TypeElement owner, VariableElement field, TypeMirror fieldType) {
    String name = field.getSimpleName().toString();
    if (owner.getKind() == ElementKind.RECORD) {
      return name + "()";
    }
    String capitalized = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    List<String> candidates = new ArrayList<>(List.of("get" + capitalized));
    if (fieldType.getKind() == TypeKind.BOOLEAN) {
      candidates.add(0, "is" + capitalized);
    }
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(owner))) {
      if (candidates.contains(method.getSimpleName().toString())
          && method.getParameters().isEmpty()
          && visible(method, owner)
          && !method.getModifiers().contains(Modifier.STATIC)
          && types.isSameType(typeIn(types, owner, method), fieldType)) {
        return method.getSimpleName() + "()";
      }
    }
    return visible(field, owner) ? name : null;
  }

  /** Whether generated code in {@code owner}'s package can use {@code member}. */
  static boolean visible(javax.lang.model.element.Element member, TypeElement owner) {
    if (member.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    if (member.getModifiers().contains(Modifier.PUBLIC)) {
      return true;
    }
    TypeElement declaring = (TypeElement) member.getEnclosingElement();
    return packageOf(declaring).equals(packageOf(owner));
  }

  private static String packageOf(TypeElement type) {
    javax.lang.model.element.Element e = type;
    while (e.getKind() != ElementKind.PACKAGE) {
      e = e.getEnclosingElement();
    }
    return e.toString();
  }

  /** A Java name as a CQL name, by the type's naming convention. */
  static String defaultName(String javaName, String naming) {
    return switch (naming) {
      case "LOWER_CASE" -> javaName.toLowerCase(Locale.ROOT);
      case "EXACT" ->
          javaName.equals(javaName.toLowerCase(Locale.ROOT)) ? javaName : "\"" + javaName + "\"";
      default -> CqlNames.snakeCase(javaName);
    };
  }

  private static int positionOf(AnnotationMirror key) {
    Object value = Annotations.value(key, "value");
    return value instanceof Integer position ? position : 0;
  }
}
