package dev.augur.processor.cql;

/** A statement that is not valid CQL; the message says where and what was expected. */
public final class CqlSyntaxException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int offset;

  public CqlSyntaxException(String message, int offset) {
    super(message);
    this.offset = offset;
  }

  /** Where in the statement the problem was found. */
  public int offset() {
    return offset;
  }
}
