package dev.augur.processor.check;

import dev.augur.processor.cql.Term.Literal;
import dev.augur.processor.cql.Term.LiteralKind;
import dev.augur.processor.schema.CqlType;
import dev.augur.processor.schema.CqlType.NativeType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Whether a literal suits a receiver's type, as Cassandra's {@code Constants.Literal} decides when
 * a statement is prepared: first by kind (a string is no int), then by value (2147483648 is no int,
 * '2020-13-01' no date, a version 4 UUID no timeuuid).
 */
final class LiteralRules {
  private static final Pattern DATE = Pattern.compile("-?\\d{1,}-\\d{1,2}-\\d{1,2}");
  private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{1,2}:\\d{1,2}(\\.\\d{1,9})?");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "\\d{4}-\\d{1,2}-\\d{1,2}([ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?)?"
              + "\\s?(Z|[+-]\\d{2}:?\\d{2}|[A-Za-z]{1,5}|GMT[+-]?\\d{0,2}:?\\d{0,2})?");
  private static final Pattern DIGITS = Pattern.compile("-?\\d+");
  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

  private LiteralRules() {}

  /** How {@code literal} fits {@code receiver}, by its kind only. */
  static Fit fit(Literal literal, CqlType receiver) {
    if (receiver instanceof CqlType.Unknown || receiver instanceof CqlType.Custom) {
      return Fit.WEAK;
    }
    if (!(receiver instanceof CqlType.Native n)) {
      return Fit.NONE;
    }
    NativeType type = n.type();
    if (type == preferred(literal)) {
      return Fit.EXACT;
    }
    boolean weak =
        switch (literal.kind()) {
          case STRING ->
              type == NativeType.ASCII
                  || type == NativeType.TEXT
                  || type == NativeType.INET
                  || type == NativeType.DATE
                  || type == NativeType.TIME
                  || type == NativeType.TIMESTAMP;
          case INTEGER ->
              type == NativeType.DATE
                  || type == NativeType.TIME
                  || type == NativeType.TIMESTAMP
                  || type == NativeType.DURATION
                  || TypeRules.NUMBERS.contains(type);
          case UUID -> type == NativeType.UUID || type == NativeType.TIMEUUID;
          case FLOAT, SPECIAL_FLOAT ->
              type == NativeType.DECIMAL || type == NativeType.DOUBLE || type == NativeType.FLOAT;
          case BOOLEAN -> type == NativeType.BOOLEAN;
          case HEX -> type == NativeType.BLOB;
          case DURATION -> type == NativeType.DURATION;
        };
    return weak ? Fit.WEAK : Fit.NONE;
  }

  /** What types Cassandra reads a literal of this kind as, for messages. */
  static String kindRule(Literal literal) {
    return switch (literal.kind()) {
      case STRING ->
          "Cassandra reads a string literal only as text, ascii, inet, date, time or timestamp";
      case INTEGER ->
          "Cassandra reads an integer literal only as a number, date, time, timestamp or duration";
      case FLOAT, SPECIAL_FLOAT ->
          "Cassandra reads a decimal literal only as float, double or decimal";
      case BOOLEAN -> "Cassandra reads true and false only as boolean";
      case UUID -> "Cassandra reads a UUID literal only as uuid or timeuuid";
      case HEX -> "Cassandra reads a 0x literal only as blob";
      case DURATION -> "Cassandra reads a duration literal only as duration";
    };
  }

  /** The type Cassandra prefers for a literal, which fits exactly. */
  static NativeType preferred(Literal literal) {
    return switch (literal.kind()) {
      case STRING -> NativeType.TEXT;
      case INTEGER -> {
        BigInteger value = new BigInteger(literal.text());
        if (value.bitLength() < 32) {
          yield NativeType.INT;
        }
        yield value.bitLength() < 64 ? NativeType.BIGINT : NativeType.VARINT;
      }
      case FLOAT -> {
        BigDecimal value = new BigDecimal(literal.text());
        yield value.compareTo(BigDecimal.valueOf(value.doubleValue())) == 0
            ? NativeType.DOUBLE
            : NativeType.DECIMAL;
      }
      case SPECIAL_FLOAT -> NativeType.DOUBLE;
      case BOOLEAN -> NativeType.BOOLEAN;
      case UUID -> NativeType.UUID;
      case HEX -> NativeType.BLOB;
      case DURATION -> NativeType.DURATION;
    };
  }

  /**
   * Why the literal's value is not one of {@code type}, or null when it is. Only called once the
   * literal's kind fits.
   */
  static String invalidValue(Literal literal, CqlType type) {
    if (!(type instanceof CqlType.Native n)) {
      return null;
    }
    String text = literal.text();
    LiteralKind kind = literal.kind();
    return switch (n.type()) {
      case INT -> integerRange(kind, text, 32, "int");
      case BIGINT, COUNTER -> integerRange(kind, text, 64, "bigint");
      case SMALLINT -> integerRange(kind, text, 16, "smallint");
      case TINYINT -> integerRange(kind, text, 8, "tinyint");
      case DECIMAL -> kind == LiteralKind.SPECIAL_FLOAT ? "decimal has no " + text : null;
      case ASCII ->
          StandardCharsets.US_ASCII.newEncoder().canEncode(text)
              ? null
              : "it has characters outside ASCII";
      case TIMEUUID -> timeuuid(text);
      case DATE -> date(kind, text);
      case TIME -> time(kind, text);
      case TIMESTAMP ->
          kind == LiteralKind.STRING
                  && !TIMESTAMP.matcher(text).matches()
                  && !DIGITS.matcher(text).matches()
              ? "it is not a date/time such as '2024-05-01 10:00:00+0000'"
              : null;
      case INET -> kind == LiteralKind.STRING && !isInet(text) ? "it is not an IP address" : null;
      case BLOB -> (text.length() - 2) % 2 != 0 ? "it has an odd number of hex digits" : null;
      default -> null;
    };
  }

  private static String integerRange(LiteralKind kind, String text, int bits, String type) {
    if (kind != LiteralKind.INTEGER) {
      return null;
    }
    return new BigInteger(text).bitLength() < bits ? null : "it is out of the range of " + type;
  }

  private static String timeuuid(String text) {
    // The version is the first hex digit of the third group: 1 for time-based UUIDs.
    return text.charAt(14) == '1' ? null : "a timeuuid must be a version 1 (time-based) UUID";
  }

  private static String date(LiteralKind kind, String text) {
    if (kind == LiteralKind.INTEGER) {
      BigInteger days = new BigInteger(text);
      return days.signum() >= 0 && days.bitLength() <= 32 ? null : "it is out of the range of date";
    }
    if (DIGITS.matcher(text).matches()) {
      return null;
    }
    if (!DATE.matcher(text).matches()) {
      return "it is not a date such as '2024-05-01'";
    }
    String[] parts = text.startsWith("-") ? text.substring(1).split("-") : text.split("-");
    int month = Integer.parseInt(parts[1]);
    int day = Integer.parseInt(parts[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return "it is not a valid date";
    }
    return null;
  }

  private static String time(LiteralKind kind, String text) {
    if (kind == LiteralKind.INTEGER) {
      BigInteger nanos = new BigInteger(text);
      return nanos.signum() >= 0 && nanos.compareTo(BigInteger.valueOf(86_399_999_999_999L)) <= 0
          ? null
          : "it is out of the range of time";
    }
    if (DIGITS.matcher(text).matches()) {
      return null;
    }
    if (!TIME.matcher(text).matches()) {
      return "it is not a time such as '10:30:00'";
    }
    String[] parts = text.split("[:.]");
    return Integer.parseInt(parts[0]) > 23
            || Integer.parseInt(parts[1]) > 59
            || Integer.parseInt(parts[2]) > 59
        ? "it is not a valid time"
        : null;
  }

  private static boolean isInet(String text) {
    var v4 = IPV4.matcher(text);
    if (v4.matches()) {
      for (int i = 1; i <= 4; i++) {
        if (Integer.parseInt(v4.group(i)) > 255) {
          return false;
        }
      }
      return true;
    }
    return IPV6.matcher(text).matches();
  }
}
