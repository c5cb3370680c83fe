package dev.augur.processor.reader;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import dev.augur.processor.codegen.RuntimeTypes;
import dev.augur.processor.model.MappedType;
import dev.augur.processor.model.MappedType.Primitive;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Decides whether a Java type maps to a CQL value through one of the driver's built-in codecs, and
 * how the generated code names it. The runtime checks the pairing with the actual CQL type when
 * statements are prepared.
 */
public final class TypeMapper {
  /** Types with a built-in codec, by qualified name, to their {@code GenericType} constant. */
  private static final Map<String, String> SCALARS = new LinkedHashMap<>();

  static {
    SCALARS.put("java.lang.String", "STRING");
    SCALARS.put("java.lang.Integer", "INTEGER");
    SCALARS.put("java.lang.Long", "LONG");
    SCALARS.put("java.lang.Boolean", "BOOLEAN");
    SCALARS.put("java.lang.Double", "DOUBLE");
    SCALARS.put("java.lang.Float", "FLOAT");
    SCALARS.put("java.lang.Short", "SHORT");
    SCALARS.put("java.lang.Byte", "BYTE");
    SCALARS.put("java.util.UUID", "UUID");
    SCALARS.put("java.time.Instant", "INSTANT");
    SCALARS.put("java.time.LocalDate", "LOCAL_DATE");
    SCALARS.put("java.time.LocalTime", "LOCAL_TIME");
    SCALARS.put("java.math.BigDecimal", "BIG_DECIMAL");
    SCALARS.put("java.math.BigInteger", "BIG_INTEGER");
    SCALARS.put("java.nio.ByteBuffer", "BYTE_BUFFER");
    SCALARS.put("java.net.InetAddress", "INET_ADDRESS");
    SCALARS.put("com.datastax.oss.driver.api.core.data.CqlDuration", "CQL_DURATION");
    SCALARS.put("com.datastax.oss.driver.api.core.data.TupleValue", "TUPLE_VALUE");
    SCALARS.put("com.datastax.oss.driver.api.core.data.UdtValue", "UDT_VALUE");
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
          TypeKind.INT, "INTEGER",
          TypeKind.LONG, "LONG",
          TypeKind.BOOLEAN, "BOOLEAN",
          TypeKind.DOUBLE, "DOUBLE",
          TypeKind.FLOAT, "FLOAT",
          TypeKind.SHORT, "SHORT",
          TypeKind.BYTE, "BYTE");

  /** The supported types, as listed in error messages. */
  public static String supportedTypes() {
    return "int, long, boolean, double, float, short, byte, "
        + String.join(
            ", ", SCALARS.keySet().stream().map(n -> n.substring(n.lastIndexOf('.') + 1)).toList());
  }

  /** How {@code type} maps, or empty when no built-in codec handles it. */
  public Optional<MappedType> map(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      Primitive primitive = PRIMITIVES.get(type.getKind());
      if (primitive == null) {
        return Optional.empty(); // char has no CQL type
      }
      CodeBlock generic =
          CodeBlock.of("$T.$L", RuntimeTypes.GENERIC_TYPE, BOXED.get(type.getKind()));
      return Optional.of(new MappedType(TypeName.get(type), generic, primitive));
    }
    return genericType(type).map(generic -> new MappedType(TypeName.get(type), generic, null));
  }

  private Optional<CodeBlock> genericType(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = (DeclaredType) type;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    String constant = SCALARS.get(name);
    if (constant != null && arguments.isEmpty()) {
      return Optional.of(CodeBlock.of("$T.$L", RuntimeTypes.GENERIC_TYPE, constant));
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
    CodeBlock.Builder call = CodeBlock.builder().add("$T.$L(", RuntimeTypes.GENERIC_TYPE, factory);
    for (int i = 0; i < arguments.size(); i++) {
      Optional<CodeBlock> element = genericType(arguments.get(i));
      if (element.isEmpty()) {
        return Optional.empty();
      }
      call.add(i == 0 ? "$L" : ", $L", element.get());
    }
    return Optional.of(call.add(")").build());
  }
}
