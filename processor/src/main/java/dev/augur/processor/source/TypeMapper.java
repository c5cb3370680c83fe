package dev.augur.processor.source;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import dev.augur.processor.codegen.GeneratedNames;
import dev.augur.processor.codegen.RuntimeTypes;
import dev.augur.processor.cql.CqlNames;
import dev.augur.processor.model.MappedType;
import dev.augur.processor.model.MappedType.Primitive;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Decides how a Java type maps to a CQL value, and how generated code names it: through the
 * driver's codec registry for the types it knows, or composed from the driver's codecs for enums,
 * {@code Optional}, {@code byte[]}, {@code @Udt} classes, {@code @Codec} codecs, and collections of
 * those. The runtime checks the pairing with the actual CQL type when statements are prepared.
 */
public final class TypeMapper {
  /** Types with a built-in codec: qualified name to {@code GenericType} constant and CQL type. */
  private static final Map<String, String[]> SCALARS = new LinkedHashMap<>();

  static {
    scalar("java.lang.String", "STRING", "text");
    scalar("java.lang.Integer", "INTEGER", "int");
    scalar("java.lang.Long", "LONG", "bigint");
    scalar("java.lang.Boolean", "BOOLEAN", "boolean");
    scalar("java.lang.Double", "DOUBLE", "double");
    scalar("java.lang.Float", "FLOAT", "float");
    scalar("java.lang.Short", "SHORT", "smallint");
    scalar("java.lang.Byte", "BYTE", "tinyint");
    scalar("java.util.UUID", "UUID", "uuid");
    scalar("java.time.Instant", "INSTANT", "timestamp");
    scalar("java.time.LocalDate", "LOCAL_DATE", "date");
    scalar("java.time.LocalTime", "LOCAL_TIME", "time");
    scalar("java.math.BigDecimal", "BIG_DECIMAL", "decimal");
    scalar("java.math.BigInteger", "BIG_INTEGER", "varint");
    scalar("java.nio.ByteBuffer", "BYTE_BUFFER", "blob");
    scalar("java.net.InetAddress", "INET_ADDRESS", "inet");
    scalar("com.datastax.oss.driver.api.core.data.CqlDuration", "CQL_DURATION", "duration");
    scalar("com.datastax.oss.driver.api.core.data.TupleValue", "TUPLE_VALUE", null);
    scalar("com.datastax.oss.driver.api.core.data.UdtValue", "UDT_VALUE", null);
  }

  private static void scalar(String name, String constant, String cqlType) {
    SCALARS.put(name, new String[] {constant, cqlType});
  }

  private static final Map<TypeKind, Primitive> PRIMITIVES =
      Map.of(
          TypeKind.INT, Primitive.INT,
          TypeKind.LONG, Primitive.LONG,
          TypeKind.BOOLEAN, Primitive.BOOLEAN,
          TypeKind.DOUBLE, Primitive.DOUBLE,
          TypeKind.FLOAT, Primitive.FLOAT,
          TypeKind.SHORT, Primitive.SHORT,
          TypeKind.BYTE, Primitive.BYTE);

  private static final Map<TypeKind, String> BOXED =
      Map.of(
          TypeKind.INT, "java.lang.Integer",
          TypeKind.LONG, "java.lang.Long",
          TypeKind.BOOLEAN, "java.lang.Boolean",
          TypeKind.DOUBLE, "java.lang.Double",
          TypeKind.FLOAT, "java.lang.Float",
          TypeKind.SHORT, "java.lang.Short",
          TypeKind.BYTE, "java.lang.Byte");

  /** The supported types, as listed in error messages. */
  public static String supportedTypes() {
    return "int, long, boolean, double, float, short, byte, "
        + String.join(
            ", ", SCALARS.keySet().stream().map(n -> n.substring(n.lastIndexOf('.') + 1)).toList())
        + ", byte[], enums, Optional, @Udt classes, float[] and CqlVector (with @Vector)";
  }

  /** How {@code type} maps, ignoring annotations; empty when Augur cannot map it. */
  public Optional<MappedType> map(TypeMirror type) {
    return map(null, type);
  }

  /**
   * How the type of {@code element} (a field, record component or parameter) maps, honouring its
   * {@code @Enumerated} and {@code @Codec} annotations; empty when Augur cannot map it.
   */
  public Optional<MappedType> map(Element element, TypeMirror type) {
    if (element != null) {
      Optional<AnnotationMirror> codec = Annotations.mirror(element, Annotations.CODEC);
      if (codec.isPresent()) {
        Object codecClass = Annotations.value(codec.get(), "value");
        if (codecClass instanceof DeclaredType declared) {
          CodeBlock value =
              CodeBlock.of("$T.codec(new $T())", RuntimeTypes.VALUE_TYPE, TypeName.get(declared));
          return Optional.of(new MappedType(TypeName.get(type), value, null, null, null));
        }
        return Optional.empty();
      }
    }
    boolean ordinal =
        element != null
            && Annotations.mirror(element, Annotations.ENUMERATED)
                .map(m -> String.valueOf(Annotations.value(m, "value")).equals("ORDINAL"))
                .orElse(false);
    if (element != null) {
      Optional<AnnotationMirror> vector = Annotations.mirror(element, Annotations.VECTOR);
      if (vector.isPresent()) {
        Object dimensions = Annotations.value(vector.get(), "dimensions");
        return vector(type, dimensions instanceof Integer n ? n : 0, true, ordinal);
      }
    }
    Optional<MappedType> vector = vector(type, 0, false, ordinal);
    if (vector.isPresent()) {
      return vector;
    }
    if (type.getKind().isPrimitive()) {
      Primitive primitive = PRIMITIVES.get(type.getKind());
      if (primitive == null) {
        return Optional.empty(); // char has no CQL type
      }
      String[] scalar = SCALARS.get(BOXED.get(type.getKind()));
      CodeBlock generic = CodeBlock.of("$T.$L", RuntimeTypes.GENERIC_TYPE, scalar[0]);
      return Optional.of(
          new MappedType(
              TypeName.get(type),
              CodeBlock.of("$T.of($L)", RuntimeTypes.VALUE_TYPE, generic),
              generic,
              primitive,
              scalar[1]));
    }
    return shape(type, ordinal)
        .map(
            s ->
                new MappedType(
                    TypeName.get(type),
                    s.generic != null
                        ? CodeBlock.of("$T.of($L)", RuntimeTypes.VALUE_TYPE, s.generic)
                        : s.composed,
                    s.generic,
                    null,
                    s.cqlType));
  }

  /** Whether {@code type} is {@code float[]} or the driver's {@code CqlVector}: a vector only. */
  public static boolean isVectorOnly(TypeMirror type) {
    return isFloatArray(type) || isCqlVector(type);
  }

  private static boolean isFloatArray(TypeMirror type) {
    return type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.FLOAT;
  }

  private static boolean isCqlVector(TypeMirror type) {
    return type instanceof DeclaredType declared
        && ((TypeElement) declared.asElement()).getQualifiedName().contentEquals(CQL_VECTOR);
  }

  private static final String CQL_VECTOR = "com.datastax.oss.driver.api.core.data.CqlVector";

  /**
   * {@code type} as a vector of {@code dimension} (0: whatever dimension the marker has, written
   * {@code ?}): {@code float[]}, {@code CqlVector<E>}, or with {@code @Vector} also {@code
   * List<E>}; empty for other types.
   */
  private Optional<MappedType> vector(
      TypeMirror type, int dimension, boolean annotated, boolean ordinal) {
    String size = dimension > 0 ? String.valueOf(dimension) : "?";
    if (isFloatArray(type)) {
      return Optional.of(
          new MappedType(
              TypeName.get(type),
              CodeBlock.of("$T.floatVector($L)", RuntimeTypes.VALUE_TYPE, Math.max(dimension, 0)),
              null,
              null,
              "vector<float, " + size + ">"));
    }
    boolean list =
        annotated
            && type instanceof DeclaredType declared
            && ((TypeElement) declared.asElement())
                .getQualifiedName()
                .contentEquals("java.util.List");
    if (!(isCqlVector(type) || list)) {
      return Optional.empty();
    }
    List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
    if (arguments.size() != 1) {
      return Optional.empty();
    }
    return shape(arguments.get(0), ordinal)
        .filter(element -> element.cqlType != null)
        .map(
            element ->
                new MappedType(
                    TypeName.get(type),
                    CodeBlock.of(
                        "$T.$L($L, $L)",
                        RuntimeTypes.VALUE_TYPE,
                        list ? "vectorList" : "vector",
                        Math.max(dimension, 0),
                        element.valueType()),
                    null,
                    null,
                    "vector<" + element.cqlType + ", " + size + ">"));
  }

  /**
   * A type's mapping: {@code generic} when the registry knows the whole type, else {@code
   * composed}, a {@code ValueType} expression built from its parts.
   */
  private record Shape(CodeBlock generic, CodeBlock composed, String cqlType) {
    CodeBlock valueType() {
      return generic != null
          ? CodeBlock.of("$T.of($L)", RuntimeTypes.VALUE_TYPE, generic)
          : composed;
    }
  }

  private Optional<Shape> shape(TypeMirror type, boolean ordinal) {
    if (type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.BYTE) {
      return Optional.of(
          new Shape(null, CodeBlock.of("$T.byteArray()", RuntimeTypes.VALUE_TYPE), "blob"));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String name = element.getQualifiedName().toString();
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    String[] scalar = SCALARS.get(name);
    if (scalar != null && arguments.isEmpty()) {
      return Optional.of(
          new Shape(CodeBlock.of("$T.$L", RuntimeTypes.GENERIC_TYPE, scalar[0]), null, scalar[1]));
    }
    if (element.getKind() == ElementKind.ENUM) {
      return Optional.of(
          new Shape(
              null,
              CodeBlock.of(
                  "$T.$L($T.class)",
                  RuntimeTypes.VALUE_TYPE,
                  ordinal ? "enumByOrdinal" : "enumByName",
                  ClassName.get(element)),
              ordinal ? "int" : "text"));
    }
    if (Annotations.isPresent(element, Annotations.UDT)) {
      return Optional.of(
          new Shape(
              null,
              CodeBlock.of(
                  "$T.udt($T.INSTANCE)",
                  RuntimeTypes.VALUE_TYPE,
                  GeneratedNames.udtMapper(ClassName.get(element))),
              "frozen<" + udtName(element) + ">"));
    }
    if (name.equals("java.util.Optional") && arguments.size() == 1) {
      return shape(arguments.get(0), ordinal)
          .map(
              inner ->
                  new Shape(
                      null,
                      CodeBlock.of("$T.optional($L)", RuntimeTypes.VALUE_TYPE, inner.valueType()),
                      inner.cqlType));
    }
    String factory =
        switch (name) {
          case "java.util.List" -> "listOf";
          case "java.util.Set" -> "setOf";
          case "java.util.Map" -> "mapOf";
          default -> null;
        };
    if (factory == null || arguments.isEmpty()) {
      return Optional.empty();
    }
    CodeBlock.Builder generic =
        CodeBlock.builder().add("$T.$L(", RuntimeTypes.GENERIC_TYPE, factory);
    CodeBlock.Builder composed =
        CodeBlock.builder().add("$T.$L(", RuntimeTypes.VALUE_TYPE, factory);
    boolean registryKnowsAll = true;
    StringBuilder cql = new StringBuilder(factory.substring(0, factory.length() - 2)).append('<');
    for (int i = 0; i < arguments.size(); i++) {
      Optional<Shape> part = shape(arguments.get(i), ordinal);
      if (part.isEmpty()) {
        return Optional.empty();
      }
      registryKnowsAll &= part.get().generic != null;
      generic.add(i == 0 ? "$L" : ", $L", part.get().generic);
      composed.add(i == 0 ? "$L" : ", $L", part.get().valueType());
      cql.append(i == 0 ? "" : ", ").append(frozenIfCollection(part.get().cqlType));
    }
    String cqlType = cql.append('>').toString().replace("null", "?");
    return Optional.of(
        registryKnowsAll
            ? new Shape(generic.add(")").build(), null, cqlType)
            : new Shape(null, composed.add(")").build(), cqlType));
  }

  /** Collections nested in collections must be frozen in CQL. */
  private static String frozenIfCollection(String cqlType) {
    if (cqlType != null
        && (cqlType.startsWith("list<")
            || cqlType.startsWith("set<")
            || cqlType.startsWith("map<"))) {
      return "frozen<" + cqlType + ">";
    }
    return cqlType;
  }

  private static String udtName(TypeElement element) {
    return Annotations.mirror(element, Annotations.UDT)
        .map(m -> (String) Annotations.value(m, "value"))
        .filter(v -> !v.isEmpty())
        .map(CqlNames::quoteIfReserved)
        .orElse(CqlNames.quoteIfReserved(CqlNames.snakeCase(element.getSimpleName().toString())));
  }

  /** Whether {@code element} is a parameter of type {@code StatementOptions}. */
  public static boolean isStatementOptions(VariableElement element) {
    return element.asType().getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) element.asType()).asElement())
            .getQualifiedName()
            .contentEquals(RuntimeTypes.STATEMENT_OPTIONS.canonicalName());
  }
}
