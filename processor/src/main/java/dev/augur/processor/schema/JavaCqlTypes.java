package dev.augur.processor.schema;

import dev.augur.processor.cql.CqlParser;
import dev.augur.processor.cql.CqlSyntaxException;
import dev.augur.processor.model.MappedType;
import dev.augur.processor.schema.CqlType.NativeType;
import dev.augur.processor.source.TypeMapper;

/**
 * Between Java types and CQL types. A Java type's default CQL type is the one {@link
 * dev.augur.processor.source.TypeMapper} gives it ({@link MappedType#defaultCqlType()}: the
 * driver's default mapping, enums as text or int, {@code @Udt} classes as their UDT); here it is
 * read as a {@link CqlType}, and compared with the CQL type a column or marker actually has, with
 * the leeway of the driver's codecs ({@code String} also reads ascii, {@code Long} counters, {@code
 * UUID} timeuuids).
 */
public final class JavaCqlTypes {
  private JavaCqlTypes() {}

  /**
   * The CQL type a column of Java type {@code type} has by default; {@link CqlType.Unknown} when
   * only a custom codec knows it, or it names a UDT {@code udts} does not have.
   */
  public static CqlType defaultType(MappedType type, TypeResolver.UdtLookup udts) {
    String cql = type == null ? null : type.defaultCqlType();
    if (cql == null || cql.contains("?")) {
      return new CqlType.Unknown(type == null ? "?" : type.typeName().toString());
    }
    try {
      return TypeResolver.resolve(CqlParser.parseType(cql), udts);
    } catch (CqlSyntaxException | TypeResolver.UnknownTypeException e) {
      return new CqlType.Unknown(cql);
    }
  }

  /**
   * Whether a value of Java type {@code java} (read as its default CQL type) can be bound to, or
   * read from, a value of CQL type {@code actual} through the driver's codecs.
   */
  public static boolean compatible(CqlType java, CqlType actual) {
    if (java instanceof CqlType.Unknown || actual instanceof CqlType.Unknown) {
      return true;
    }
    if (java instanceof CqlType.Native j && actual instanceof CqlType.Native a) {
      return j.type() == a.type()
          || (j.type() == NativeType.TEXT && a.type() == NativeType.ASCII)
          || (j.type() == NativeType.BIGINT && a.type() == NativeType.COUNTER)
          || (j.type() == NativeType.UUID && a.type() == NativeType.TIMEUUID);
    }
    if (java instanceof CqlType.ListOf j && actual instanceof CqlType.ListOf a) {
      return compatible(j.element(), a.element());
    }
    if (java instanceof CqlType.SetOf j && actual instanceof CqlType.SetOf a) {
      return compatible(j.element(), a.element());
    }
    if (java instanceof CqlType.MapOf j && actual instanceof CqlType.MapOf a) {
      return compatible(j.key(), a.key()) && compatible(j.value(), a.value());
    }
    if (java instanceof CqlType.Udt j && actual instanceof CqlType.Udt a) {
      return j.name().equals(a.name());
    }
    if (java instanceof CqlType.Vector j && actual instanceof CqlType.Vector a) {
      return j.dimension() == a.dimension() && compatible(j.element(), a.element());
    }
    return java instanceof CqlType.Custom || actual instanceof CqlType.Custom;
  }

  /** The Java type to declare for values of CQL type {@code type}, for messages. */
  public static String javaTypeFor(CqlType type) {
    if (type instanceof CqlType.Native n) {
      return switch (n.type()) {
        case ASCII, TEXT -> "String";
        case BIGINT, COUNTER -> "long";
        case BLOB -> "ByteBuffer";
        case BOOLEAN -> "boolean";
        case DATE -> "LocalDate";
        case DECIMAL -> "BigDecimal";
        case DOUBLE -> "double";
        case DURATION -> "CqlDuration";
        case FLOAT -> "float";
        case INET -> "InetAddress";
        case INT -> "int";
        case SMALLINT -> "short";
        case TIME -> "LocalTime";
        case TIMESTAMP -> "Instant";
        case TIMEUUID, UUID -> "UUID";
        case TINYINT -> "byte";
        case VARINT -> "BigInteger";
      };
    }
    if (type instanceof CqlType.ListOf list) {
      return "List<" + boxed(javaTypeFor(list.element())) + ">";
    }
    if (type instanceof CqlType.SetOf set) {
      return "Set<" + boxed(javaTypeFor(set.element())) + ">";
    }
    if (type instanceof CqlType.MapOf map) {
      return "Map<" + boxed(javaTypeFor(map.key())) + ", " + boxed(javaTypeFor(map.value())) + ">";
    }
    if (type instanceof CqlType.TupleOf) {
      return "TupleValue";
    }
    if (type instanceof CqlType.Vector vector) {
      return CqlType.is(vector.element(), NativeType.FLOAT)
          ? "float[]"
          : "CqlVector<" + boxed(javaTypeFor(vector.element())) + ">";
    }
    if (type instanceof CqlType.Udt udt) {
      return "a @Udt class of " + udt.name() + " (or UdtValue)";
    }
    return "a type with a codec for " + type.cql();
  }

  private static String boxed(String type) {
    return switch (type) {
      case "long" -> "Long";
      case "boolean" -> "Boolean";
      case "double" -> "Double";
      case "float" -> "Float";
      case "int" -> "Integer";
      case "short" -> "Short";
      case "byte" -> "Byte";
      default -> type;
    };
  }
}
