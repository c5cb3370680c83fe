package dev.augur.processor.cql;

import dev.augur.processor.cql.CqlKeywords;
import java.util.Locale;
import java.util.regex.Pattern;

/** Naming rules between Java and CQL. */
public final class CqlNames {
  private static final Pattern UNQUOTED = Pattern.compile("[a-zA-Z][a-zA-Z0-9_]*");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]|\"\")+\"");

  private CqlNames() {}

  /**
   * The snake_case form of a Java name: {@code SensorReading} to {@code sensor_reading}, {@code
   * userID} to {@code user_id}, {@code HTTPRequest} to {@code http_request}.
   */
  public static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char previous = javaName.charAt(i - 1);
        boolean nextIsLower =
            i + 1 < javaName.length() && Character.isLowerCase(javaName.charAt(i + 1));
        if (Character.isLowerCase(previous)
            || Character.isDigit(previous)
            || (Character.isUpperCase(previous) && nextIsLower)) {
          out.append('_');
        }
      }
      out.append(Character.toLowerCase(c));
    }
    return out.toString();
  }

  /** Whether {@code name} is a CQL identifier: unquoted, or double-quoted. */
  public static boolean isValidIdentifier(String name) {
    return UNQUOTED.matcher(name).matches() || QUOTED.matcher(name).matches();
  }

  /**
   * {@code cqlName} as it must be written in a statement: a reserved word ({@code order}, {@code
   * select}...) in double quotes, folded to lower case as the unquoted word would be; any other
   * name as it is.
   */
  public static String quoteIfReserved(String cqlName) {
    if (cqlName.startsWith("\"") || !CqlKeywords.isReserved(cqlName)) {
      return cqlName;
    }
    return "\"" + cqlName.toLowerCase(Locale.ROOT) + "\"";
  }

  /**
   * The identifier as Cassandra stores it, for comparing names: unquoted names fold to lower case,
   * quoted ones keep their case without the quotes.
   */
  public static String internal(String cqlName) {
    if (cqlName.length() >= 2 && cqlName.startsWith("\"") && cqlName.endsWith("\"")) {
      return cqlName.substring(1, cqlName.length() - 1).replace("\"\"", "\"");
    }
    return cqlName.toLowerCase(Locale.ROOT);
  }
}
