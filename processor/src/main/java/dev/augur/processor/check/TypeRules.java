package dev.augur.processor.check;

import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Cassandra's rules between CQL types: which values a type can read, and which are numbers. */
final class TypeRules {
  static final Set<NativeType> NUMBERS =
      EnumSet.of(
          NativeType.TINYINT,
          NativeType.SMALLINT,
          NativeType.INT,
          NativeType.BIGINT,
          NativeType.VARINT,
          NativeType.FLOAT,
          NativeType.DOUBLE,
          NativeType.DECIMAL,
          NativeType.COUNTER);

  private TypeRules() {}

  /**
   * Whether a receiver of type {@code receiver} can hold a value of type {@code value}, as {@code
   * AbstractType.isValueCompatibleWith}: text reads ascii, bigint reads timestamps, timestamp reads
   * bigints, varint reads int and bigint, uuid reads timeuuid, blob reads anything.
   */
  static boolean canRead(CqlType receiver, CqlType value) {
    if (receiver instanceof CqlType.Unknown || value instanceof CqlType.Unknown) {
      return true;
    }
    if (sameIgnoringFrozen(receiver, value)) {
      return true;
    }
    if (receiver instanceof CqlType.Native r && value instanceof CqlType.Native v) {
      NativeType to = r.type();
      NativeType from = v.type();
      return switch (to) {
        case BLOB -> true;
        case TEXT -> from == NativeType.ASCII;
        case BIGINT -> from == NativeType.TIMESTAMP;
        case TIMESTAMP -> from == NativeType.BIGINT;
        case VARINT -> from == NativeType.INT || from == NativeType.BIGINT;
        case UUID -> from == NativeType.TIMEUUID;
        default -> false;
      };
    }
    if (receiver instanceof CqlType.Native r && r.type() == NativeType.BLOB) {
      return true;
    }
    if (receiver instanceof CqlType.ListOf r && value instanceof CqlType.ListOf v) {
      return canRead(r.element(), v.element());
    }
    if (receiver instanceof CqlType.SetOf r && value instanceof CqlType.SetOf v) {
      return canRead(r.element(), v.element());
    }
    if (receiver instanceof CqlType.MapOf r && value instanceof CqlType.MapOf v) {
      return canRead(r.key(), v.key()) && canRead(r.value(), v.value());
    }
    if (receiver instanceof CqlType.TupleOf r && value instanceof CqlType.TupleOf v) {
      if (v.elements().size() > r.elements().size()) {
        return false;
      }
      for (int i = 0; i < v.elements().size(); i++) {
        if (!canRead(r.elements().get(i), v.elements().get(i))) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /** The fit of a value whose type is known, such as a function's result, for a receiver. */
  static Fit fitOfType(CqlType value, CqlType receiver) {
    if (sameIgnoringFrozen(receiver, value)) {
      return Fit.EXACT;
    }
    return canRead(receiver, value) ? Fit.WEAK : Fit.NONE;
  }

  /** Whether two types are the same, frozen or not. */
  static boolean sameIgnoringFrozen(CqlType a, CqlType b) {
    return a.freeze().equals(b.freeze()) || nameOnlyUdtMatch(a, b);
  }

  private static boolean nameOnlyUdtMatch(CqlType a, CqlType b) {
    return a instanceof CqlType.Udt x
        && b instanceof CqlType.Udt y
        && x.name().equals(y.name())
        && (x.keyspace().isEmpty() || y.keyspace().isEmpty() || x.keyspace().equals(y.keyspace()));
  }

  static boolean isNumber(CqlType type) {
    return type instanceof CqlType.Native n && NUMBERS.contains(n.type());
  }

  static boolean isCollection(CqlType type) {
    return type instanceof CqlType.ListOf
        || type instanceof CqlType.SetOf
        || type instanceof CqlType.MapOf;
  }

  /** Whether a column of this type holds many cells: a non-frozen collection or UDT. */
  static boolean isMultiCell(CqlType type) {
    return (isCollection(type) || type instanceof CqlType.Udt) && !type.isFrozen();
  }

  /** What a column's type is called in messages: "a set<text>", "the counter", ... */
  static String describe(CqlType type) {
    return type.cql();
  }

  /** The element type a CONTAINS restriction compares with, or null if the type has none. */
  static CqlType containedElement(CqlType type) {
    if (type instanceof CqlType.ListOf list) {
      return list.element();
    }
    if (type instanceof CqlType.SetOf set) {
      return set.element();
    }
    if (type instanceof CqlType.MapOf map) {
      return map.value();
    }
    return null;
  }

  /** The type of the wider operand of an arithmetic operation, as Cassandra's operations pick. */
  static CqlType widerNumber(CqlType a, CqlType b) {
    List<NativeType> order =
        List.of(
            NativeType.TINYINT,
            NativeType.SMALLINT,
            NativeType.INT,
            NativeType.BIGINT,
            NativeType.COUNTER,
            NativeType.VARINT,
            NativeType.FLOAT,
            NativeType.DOUBLE,
            NativeType.DECIMAL);
    NativeType x = ((CqlType.Native) a).type();
    NativeType y = ((CqlType.Native) b).type();
    if ((x == NativeType.VARINT && (y == NativeType.FLOAT || y == NativeType.DOUBLE))
        || (y == NativeType.VARINT && (x == NativeType.FLOAT || x == NativeType.DOUBLE))) {
      return CqlType.of(NativeType.DECIMAL);
    }
    NativeType wider = order.indexOf(x) >= order.indexOf(y) ? x : y;
    return CqlType.of(wider == NativeType.COUNTER ? NativeType.BIGINT : wider);
  }
}
