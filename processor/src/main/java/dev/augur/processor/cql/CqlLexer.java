package dev.augur.processor.cql;

import dev.augur.processor.cql.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a CQL statement into tokens as Cassandra's lexer does: case-insensitive keywords are left
 * to the parser, string literals ({@code '...'}, {@code $$...$$}) and quoted names lose their
 * quotes, comments ({@code --}, {@code //}, {@code /* *}{@code /}) disappear. Markers ({@code
 * :name}) are assembled by the parser, as in Cassandra's grammar, because {@code :} also separates
 * map entries.
 */
public final class CqlLexer {
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]*)?([eE][+-]?[0-9]+)?");
  private static final Pattern DURATION_UNITS =
      Pattern.compile("-?([0-9]+(mo|ms|us|µs|ns|y|w|d|h|m|s))+", Pattern.CASE_INSENSITIVE);
  private static final Pattern DURATION_ISO =
      Pattern.compile(
          "-?P(([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+S)?)?|[0-9]+W)",
          Pattern.CASE_INSENSITIVE);
  private static final String[] SYMBOLS = {
    "<=", ">=", "!=", "+=", "-=", "..", "(", ")", ",", ";", ".", "*", "=", "<", ">", "[", "]", "{",
    "}", "+", "-", "/", "%", ":"
  };

  private final String cql;
  private int position;

  private CqlLexer(String cql) {
    this.cql = cql;
  }

  /** The tokens of {@code cql}, ending with an {@link Kind#END} token. */
  public static List<Token> tokenize(String cql) throws CqlSyntaxException {
    return new CqlLexer(cql).run();
  }

  private List<Token> run() throws CqlSyntaxException {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipBlanks();
      if (position >= cql.length()) {
        tokens.add(new Token(Kind.END, "", position, position));
        return tokens;
      }
      tokens.add(next());
    }
  }

  private void skipBlanks() throws CqlSyntaxException {
    while (position < cql.length()) {
      char c = cql.charAt(position);
      if (Character.isWhitespace(c)) {
        position++;
      } else if (cql.startsWith("--", position) || cql.startsWith("//", position)) {
        int end = cql.indexOf('\n', position);
        position = end < 0 ? cql.length() : end + 1;
      } else if (cql.startsWith("/*", position)) {
        int end = cql.indexOf("*/", position + 2);
        if (end < 0) {
          throw new CqlSyntaxException(
              "the comment at offset " + position + " is not closed", position);
        }
        position = end + 2;
      } else {
        return;
      }
    }
  }

  private Token next() throws CqlSyntaxException {
    int start = position;
    char c = cql.charAt(position);
    if (c == '\'') {
      return new Token(Kind.STRING, quoted('\'', "string literal"), start, position);
    }
    if (c == '"') {
      String name = quoted('"', "quoted name");
      if (name.isEmpty()) {
        throw new CqlSyntaxException("the quoted name at offset " + start + " is empty", start);
      }
      return new Token(Kind.QUOTED_NAME, name, start, position);
    }
    if (cql.startsWith("$$", position)) {
      int end = cql.indexOf("$$", position + 2);
      if (end < 0) {
        throw new CqlSyntaxException("the $$ string at offset " + start + " is not closed", start);
      }
      position = end + 2;
      return new Token(Kind.STRING, cql.substring(start + 2, end), start, position);
    }
    if (cql.startsWith("${", position)) {
      int end = cql.indexOf('}', position);
      if (end < 0) {
        throw new CqlSyntaxException(
            "the placeholder at offset " + start + " is not closed", start);
      }
      position = end + 1;
      return new Token(Kind.PLACEHOLDER, cql.substring(start + 2, end), start, position);
    }
    if (c == '?') {
      position++;
      return new Token(Kind.POSITIONAL_MARKER, null, start, position);
    }
    Token literal = literal();
    if (literal != null) {
      return literal;
    }
    if (isLetter(c)) {
      while (position < cql.length() && isIdentifierPart(cql.charAt(position))) {
        position++;
      }
      return new Token(Kind.IDENTIFIER, cql.substring(start, position), start, position);
    }
    for (String symbol : SYMBOLS) {
      if (cql.startsWith(symbol, position)) {
        position += symbol.length();
        return new Token(Kind.SYMBOL, symbol, start, position);
      }
    }
    throw new CqlSyntaxException("unexpected character '" + c + "' at offset " + start, start);
  }

  /** A uuid, blob, duration or number at the current position, or null. */
  private Token literal() {
    int start = position;
    char c = cql.charAt(position);
    boolean digit = c >= '0' && c <= '9';
    boolean signedDigit =
        c == '-' && position + 1 < cql.length() && Character.isDigit(cql.charAt(position + 1));
    if (isHexDigit(c)) {
      Token uuid = match(UUID, Kind.UUID);
      if (uuid != null) {
        return uuid;
      }
    }
    if (c == '0' && position + 1 < cql.length() && (cql.charAt(position + 1) | 0x20) == 'x') {
      position += 2;
      while (position < cql.length() && isHexDigit(cql.charAt(position))) {
        position++;
      }
      return new Token(Kind.HEX, cql.substring(start, position), start, position);
    }
    if ((c | 0x20) == 'p' || (c == '-' && position + 1 < cql.length())) {
      Token iso = match(DURATION_ISO, Kind.DURATION);
      if (iso != null && iso.text().chars().anyMatch(Character::isDigit)) {
        return iso;
      }
      position = start;
    }
    if (digit || signedDigit) {
      Token duration = match(DURATION_UNITS, Kind.DURATION);
      if (duration != null) {
        return duration;
      }
      Matcher number = NUMBER.matcher(cql).region(position, cql.length());
      number.lookingAt();
      position = number.end();
      boolean isFloat = number.group(1) != null || number.group(2) != null;
      return new Token(
          isFloat ? Kind.FLOAT : Kind.INTEGER, cql.substring(start, position), start, position);
    }
    return null;
  }

  /** A token of {@code kind} if {@code pattern} matches here and is not followed by a name. */
  private Token match(Pattern pattern, Kind kind) {
    Matcher matcher = pattern.matcher(cql).region(position, cql.length());
    if (!matcher.lookingAt()
        || (matcher.end() < cql.length() && isIdentifierPart(cql.charAt(matcher.end())))) {
      return null;
    }
    int start = position;
    position = matcher.end();
    return new Token(kind, cql.substring(start, position), start, position);
  }

  /** The content of a quoted token, where a doubled quote stands for one. */
  private String quoted(char quote, String what) throws CqlSyntaxException {
    int start = position;
    StringBuilder value = new StringBuilder();
    position++;
    while (position < cql.length()) {
      char c = cql.charAt(position);
      if (c == quote) {
        if (position + 1 < cql.length() && cql.charAt(position + 1) == quote) {
          value.append(quote);
          position += 2;
          continue;
        }
        position++;
        return value.toString();
      }
      value.append(c);
      position++;
    }
    throw new CqlSyntaxException("the " + what + " at offset " + start + " is not closed", start);
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isIdentifierPart(char c) {
    return isLetter(c) || (c >= '0' && c <= '9') || c == '_';
  }

  private static boolean isHexDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
