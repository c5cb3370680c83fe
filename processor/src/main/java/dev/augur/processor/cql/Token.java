package dev.augur.processor.cql;

import java.util.Locale;

/**
 * One lexical token of a CQL statement.
 *
 * @param kind what the token is
 * @param text for identifiers the name as written, for quoted names and strings the value without
 *     quotes and escapes, for markers the name after the colon (null when positional), otherwise
 *     the token as written
 * @param start offset of the token's first character in the statement
 * @param end offset just past the token
 */
public record Token(Kind kind, String text, int start, int end) {

  /** The kinds of token CQL has. */
  public enum Kind {
    /** An unquoted name or keyword. */
    IDENTIFIER,
    /** A double-quoted name. */
    QUOTED_NAME,
    /** A string literal, {@code '...'} or {@code $$...$$}. */
    STRING,
    INTEGER,
    FLOAT,
    /** A blob literal, {@code 0x...}. */
    HEX,
    UUID,
    /** A duration literal such as {@code 1h30m} or {@code P1DT2H}. */
    DURATION,
    /** {@code :name} or {@code :"Name"}. */
    NAMED_MARKER,
    /** {@code ?}. */
    POSITIONAL_MARKER,
    /** {@code ${name}}: filled in when the DAO is created. */
    PLACEHOLDER,
    /** Punctuation or an operator. */
    SYMBOL,
    END
  }

  /** Whether this is the unquoted keyword (or name) {@code word}, case-insensitively. */
  public boolean is(String word) {
    return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(word);
  }

  /** Whether this is the punctuation {@code symbol}. */
  public boolean isSymbol(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }

  /** How the token reads in an error message. */
  public String describe() {
    return switch (kind) {
      case END -> "the end of the statement";
      case STRING -> "'" + text + "'";
      case QUOTED_NAME -> "\"" + text + "\"";
      case NAMED_MARKER -> ":" + text;
      case POSITIONAL_MARKER -> "?";
      case PLACEHOLDER -> "${" + text + "}";
      default -> "'" + text + "'";
    };
  }

  /** The name an unquoted identifier stands for: folded to lower case, as Cassandra does. */
  public String folded() {
    return kind == Kind.IDENTIFIER ? text.toLowerCase(Locale.ROOT) : text;
  }
}
