package dev.augur.processor.cql;

import dev.augur.processor.cql.Token.Kind;
import java.util.List;
import java.util.Locale;

/** Reads tokens one by one for the parsers, and phrases their syntax errors. */
final class TokenCursor {
  private final List<Token> tokens;
  private int index;

  TokenCursor(List<Token> tokens) {
    this.tokens = tokens;
  }

  Token peek() {
    return tokens.get(index);
  }

  /** The token {@code ahead} places after the current one (the END token past the end). */
  Token peek(int ahead) {
    return tokens.get(Math.min(index + ahead, tokens.size() - 1));
  }

  Token next() {
    Token token = tokens.get(index);
    if (token.kind() != Kind.END) {
      index++;
    }
    return token;
  }

  int mark() {
    return index;
  }

  void reset(int mark) {
    index = mark;
  }

  boolean atEnd() {
    return peek().kind() == Kind.END;
  }

  /** Consumes the keyword {@code word} if it comes next. */
  boolean accept(String word) {
    if (peek().is(word)) {
      index++;
      return true;
    }
    return false;
  }

  /** Consumes the keywords {@code words} if they all come next, in order. */
  boolean acceptAll(String... words) {
    for (int i = 0; i < words.length; i++) {
      if (!peek(i).is(words[i])) {
        return false;
      }
    }
    index += words.length;
    return true;
  }

  boolean acceptSymbol(String symbol) {
    if (peek().isSymbol(symbol)) {
      index++;
      return true;
    }
    return false;
  }

  void expect(String word) throws CqlSyntaxException {
    if (!accept(word)) {
      throw expected(word.toUpperCase(Locale.ROOT));
    }
  }

  void expectSymbol(String symbol) throws CqlSyntaxException {
    if (!acceptSymbol(symbol)) {
      throw expected("'" + symbol + "'");
    }
  }

  /** Whether a name (unquoted and not reserved, or quoted) comes next. */
  boolean atName() {
    Token token = peek();
    return token.kind() == Kind.QUOTED_NAME
        || (token.kind() == Kind.IDENTIFIER && !CqlKeywords.isReserved(token.text()));
  }

  /** A column, table, keyspace, field or alias name; reserved words must be quoted. */
  Identifier name(String what) throws CqlSyntaxException {
    Token token = peek();
    if (token.kind() == Kind.QUOTED_NAME) {
      index++;
      return new Identifier(token.text(), true, token.start());
    }
    if (token.kind() == Kind.IDENTIFIER) {
      if (CqlKeywords.isReserved(token.text())) {
        throw error(
            what
                + " expected at offset "
                + token.start()
                + ", but "
                + token.text()
                + " is a reserved word; quote it to use it as a name: \""
                + token.text().toLowerCase(Locale.ROOT)
                + "\"");
      }
      index++;
      return new Identifier(token.folded(), false, token.start());
    }
    throw expected(what);
  }

  CqlSyntaxException expected(String what) {
    Token token = peek();
    return error(what + " expected at offset " + token.start() + ", found " + token.describe());
  }

  CqlSyntaxException error(String message) {
    return new CqlSyntaxException(message, peek().start());
  }
}
