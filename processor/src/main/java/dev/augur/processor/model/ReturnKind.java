package dev.augur.processor.model;

/**
 * The closed set of return types a {@code @Query} method may declare. Each member knows which
 * runtime call produces it and whether it reads rows into an entity.
 */
public enum ReturnKind {
  VOID("CompletionStage<Void>", "executeVoid", RowType.NONE),
  ONE("CompletionStage<E>", "executeOne", RowType.ENTITY),
  OPTIONAL("CompletionStage<Optional<E>>", "executeOptional", RowType.ENTITY),
  LIST("CompletionStage<List<E>>", "executeAll", RowType.ENTITY),
  COUNT("CompletionStage<Long>", "executeOne", RowType.COUNT),
  APPLIED("CompletionStage<Boolean>", "executeApplied", RowType.NONE),
  LWT("CompletionStage<LwtResult<E>>", "executeLwt", RowType.ENTITY),
  PUBLISHER("Flow.Publisher<E>", "publish", RowType.ENTITY),
  PAGE("CompletionStage<Page<E>>", "page", RowType.ENTITY),
  ROW_STREAM("RowStream<E>", "stream", RowType.ENTITY),
  /**
   * Whether any row matched: derived {@code existsBy...} methods only, whose statement selects at
   * most one row. Never a {@code @Query} method's kind ({@code CompletionStage<Boolean>} is {@link
   * #APPLIED} there).
   */
  EXISTS("CompletionStage<Boolean>", "executeExists", RowType.NONE);

  /** What each row of the result becomes. */
  public enum RowType {
    /** Rows are not read. */
    NONE,
    /** Rows become the method's entity type. */
    ENTITY,
    /** The first column of the first row becomes a {@code Long}. */
    COUNT
  }

  private final String display;
  private final String runtimeCall;
  private final RowType rowType;

  ReturnKind(String display, String runtimeCall, RowType rowType) {
    this.display = display;
    this.runtimeCall = runtimeCall;
    this.rowType = rowType;
  }

  /** The form shown to users in messages, with {@code E} for an entity. */
  public String display() {
    return display;
  }

  /** The {@code StatementBinder} method that runs the statement and produces this type. */
  public String runtimeCall() {
    return runtimeCall;
  }

  public RowType rowType() {
    return rowType;
  }
}
