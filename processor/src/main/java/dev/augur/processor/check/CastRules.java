package dev.augur.processor.check;

import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import java.util.EnumSet;
import java.util.Set;

/** The conversions CAST performs, as Cassandra's {@code CastFcts} defines them. */
final class CastRules {
  private static final Set<NativeType> TO_TEXT =
      EnumSet.of(
          NativeType.INET,
          NativeType.BOOLEAN,
          NativeType.TIMEUUID,
          NativeType.TIMESTAMP,
          NativeType.DATE,
          NativeType.TIME,
          NativeType.UUID);

  private CastRules() {}

  static boolean castable(CqlType from, CqlType to) {
    if (TypeRules.sameIgnoringFrozen(from, to)) {
      return true;
    }
    if (!(from instanceof CqlType.Native f) || !(to instanceof CqlType.Native t)) {
      return false;
    }
    NativeType source = f.type();
    return switch (t.type()) {
      case TEXT ->
          TypeRules.NUMBERS.contains(source)
              || TO_TEXT.contains(source)
              || source == NativeType.ASCII;
      case ASCII -> TypeRules.NUMBERS.contains(source) || TO_TEXT.contains(source);
      case TINYINT, SMALLINT, INT, BIGINT, VARINT, FLOAT, DOUBLE, DECIMAL ->
          TypeRules.NUMBERS.contains(source);
      case DATE -> source == NativeType.TIMESTAMP || source == NativeType.TIMEUUID;
      case TIMESTAMP -> source == NativeType.DATE || source == NativeType.TIMEUUID;
      default -> false;
    };
  }
}
